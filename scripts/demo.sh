#!/usr/bin/env bash
# Set up (scripts/setup.sh), build a demo database once (Phường Chương Dương, Hà Nội,
# 2018) in demo-data/, and open the window on it. Extra arguments go to `pcmd demo`
# (e.g. --scale 30) and rebuild the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
db=demo-data/pcmd-demo.sqlite3
mkdir -p demo-data
if [ ! -f "$db" ] || [ $# -gt 0 ]; then
  .venv/bin/pcmd demo --db "$db" --replace "$@"
fi
exec .venv/bin/pcmd-desktop --db "$db"
