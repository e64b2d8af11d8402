#!/usr/bin/env bash
# Install Bewijskluis into .venv and start it. Extra arguments go to the app (e.g. --basedir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/debian-packages.sh app
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
exec .venv/bin/evidence-app "$@"
