#!/usr/bin/env bash
# Build the self-contained app from this checkout: `bash packaging/build.sh`.
# Linux: dist/bewijskluis_VERSION_ARCH.deb (and the app's folder, build/dist/bewijskluis/).
# Windows and macOS: the app's folder (and Bewijskluis.app), from the same recipe
# (packaging/bewijskluis.spec); .github/workflows/package.yml runs it there.
#
# It installs the package as a wheel with PyInstaller into its own environment
# (packaging/.venv, never the developer's .venv), so that what is built is what a wheel
# holds: the resources inside the package.
set -euo pipefail
cd "$(dirname "$0")"
here="$PWD"
python=python3
case "$(uname -s)" in
  Linux) bash ../scripts/debian-packages.sh build ;;
  MINGW* | MSYS* | CYGWIN*) python=python ;;  # Windows: python3 may be the Store's stub
esac
"$python" -m venv .venv
if [ -x .venv/Scripts/python.exe ]; then py=.venv/Scripts/python.exe; else py=.venv/bin/python; fi
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet --upgrade .. 'pyinstaller>=6.11'
# The checkout as it is now, even when its version number did not change since the last build.
"$py" -m pip install --quiet --force-reinstall --no-deps ..
rm -rf build/dist
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work bewijskluis.spec
if [ "$(uname -s)" = Linux ]; then
  bash linux/make-deb.sh "$here/build/dist/bewijskluis" "$here/../dist"
fi
