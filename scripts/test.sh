#!/usr/bin/env bash
# Set up (scripts/setup.sh) and run the whole check: ruff, then the full pytest suite,
# with Qt offscreen (no display needed). Extra arguments go to pytest. A skipped test
# fails the run: on a machine set up by setup.sh every test can run, so a skip hides
# a missing install step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check pcmd_desktop tests benchmarks scripts installer
.venv/bin/ruff format --check pcmd_desktop tests benchmarks scripts installer
log=$(mktemp)
trap 'rm -f "$log"' EXIT
.venv/bin/python -m pytest "$@" | tee "$log"  # pipefail: pytest's own exit code
if tail -n 3 "$log" | grep -Eq '(^|[ =])[0-9]+ skipped'; then
  echo "test.sh: some tests were skipped (see 'SKIPPED' above): install what they need" \
    "in scripts/setup.sh" >&2
  exit 1
fi
