from pcmd_desktop.cli import main

raise SystemExit(main())
