#!/usr/bin/env bash
# Install the Debian packages Bewijskluis needs that are missing; nothing else.
# Usage: bash scripts/debian-packages.sh app|test|build
#   app:  python3-venv (Debian's Python makes no virtual environment without it), a font for
#         Qt to draw text with, and the libraries Qt's widgets and QtWebEngine link
#   test: those, plus what the tests use (Xvfb, poppler's pdftotext/pdfimages, 7-Zip, strace
#         (to watch that a password export writes no plaintext file), a private
#         D-Bus for the desktop-portal tests, and for the tests that drive the app as a person
#         does: a window manager (openbox), the accessibility bus (at-spi2-core), real X input
#         (xdotool) and an X clipboard owner (xclip); gdb's gcore, to search a locked app's memory)
#   build: the app's, plus what packaging/build.sh uses to make the .deb (binutils for
#         PyInstaller, dpkg-dev's dpkg-shlibdeps, the Wayland libraries Qt's Wayland plugins
#         link, so that their packages are found) and packaging/linux/test-deb.sh
#         (debootstrap, for a clean Debian to install it in)
# Runs apt-get directly as root, else through sudo; on a system without apt-get it only
# lists what it would have installed.
set -euo pipefail

app=(python3-venv fonts-dejavu-core
     libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
     libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
     libxcb-shape0 libxcb-xkb1 libxcb-randr0
     libnss3 libnspr4 libgbm1 libasound2 libxcomposite1 libxdamage1 libxrandr2 libxtst6
     libxkbfile1)
build=(binutils dpkg-dev debootstrap libwayland-client0 libwayland-cursor0 libwayland-egl1)
test=(xvfb xauth poppler-utils 7zip strace dbus-daemon openbox at-spi2-core xdotool xclip gdb)

case "${1:-}" in
  app) wanted=("${app[@]}") ;;
  test) wanted=("${app[@]}" "${test[@]}") ;;
  build) wanted=("${app[@]}" "${build[@]}") ;;
  *) echo "usage: $0 app|test|build" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install these Debian/Ubuntu packages or their equivalents: ${missing[*]}" >&2
  exit 0
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
