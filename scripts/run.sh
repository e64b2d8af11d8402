#!/usr/bin/env bash
# Install Bewijskluis into .venv and start it. Extra arguments go to the app (e.g. --basedir DIR).
# The install is editable (the checkout's code runs) and is done again only when pyproject.toml
# (the dependencies) changed since, so a start after the first takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/debian-packages.sh app
stamp=.venv/.installed-from
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -x .venv/bin/evidence-app ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet --editable .
  echo "$wanted" > "$stamp"
fi
exec .venv/bin/evidence-app "$@"
