#!/usr/bin/env bash
# Set up (scripts/setup.sh) and run the whole check: ruff, then the full pytest suite,
# with Qt offscreen (no display needed). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check pcmd_desktop tests benchmarks scripts installer
.venv/bin/ruff format --check pcmd_desktop tests benchmarks scripts installer
.venv/bin/python -m pytest "$@"
