#!/usr/bin/env bash
# The whole test suite on a fresh checkout: install into .venv, lint, type-check, test.
# Usage: bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/debian-packages.sh test
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --editable '.[test]'  # the tests run the checkout
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/lint-imports --no-cache  # the layer contract in pyproject.toml
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
