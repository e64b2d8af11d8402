#!/usr/bin/env bash
# Wrap the built app's folder (packaging/build.sh) as a Debian package.
# Usage: bash packaging/linux/make-deb.sh APP_FOLDER OUT_FOLDER
#   /opt/bewijskluis/              the app's folder, as PyInstaller made it
#   /usr/bin/bewijskluis           the window; /usr/bin/evidence-app: the commands
#   /usr/share/applications/, /usr/share/icons/hicolor/: the menu entry and its icon
# The vault is never the package's: it is in each person's own folder
# (~/.local/share/Bewijskluis), which removing or purging the package leaves in place.
set -euo pipefail
app="$(realpath "$1")"
out="$(realpath -m "$2")"
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
version="$("$app/evidence-app" --version | awk '{print $NF}')"
arch="$(dpkg --print-architecture)"
root="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$root" "$work"' EXIT

install -d "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/bewijskluis" "$root/DEBIAN"
cp -a "$app" "$root/opt/bewijskluis"
ln -s /opt/bewijskluis/bewijskluis "$root/usr/bin/bewijskluis"
ln -s /opt/bewijskluis/evidence-app "$root/usr/bin/evidence-app"
install -m 644 "$here/bewijskluis.desktop" "$root/usr/share/applications/bewijskluis.desktop"
install -m 644 "$top/resources/icons/bewijskluis.svg" \
  "$root/usr/share/icons/hicolor/scalable/apps/bewijskluis.svg"
cat > "$root/usr/share/doc/bewijskluis/copyright" <<COPYRIGHT
Bewijskluis $version
License: GPL-3.0-or-later (/usr/share/common-licenses/GPL-3)

The app's folder, /opt/bewijskluis, also holds the libraries it runs with, each under
its own license: Python (PSF), Qt and PySide6 (LGPL-3.0), QtWebEngine/Chromium (LGPL-3.0
and BSD-style), SQLCipher (BSD-3-Clause), and the Python packages listed in the
project's pyproject.toml. Their license texts are in /opt/bewijskluis/_internal beside
them (the *.dist-info folders) and in the fonts' folder (resources/fonts/LICENSE-*).
COPYRIGHT
find "$root" -type d -exec chmod 755 {} +
chmod -R u+rwX,go+rX,go-w "$root/opt" "$root/usr"

# The system libraries the bundled ones link and PyInstaller leaves to the system
# (libc, OpenGL/EGL, ...): what dpkg-shlibdeps finds for them, plus a font, as Qt draws
# with the system's.
mkdir -p "$work/debian"
printf 'Source: bewijskluis\n\nPackage: bewijskluis\nArchitecture: any\n' > "$work/debian/control"
mapfile -t elves < <(find "$root/opt/bewijskluis" -type f \( -name '*.so*' -o -perm -u+x \) \
  -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
mapfile -t libdirs < <(find "$root/opt/bewijskluis" -name '*.so*' -printf '-l%h\n' | sort -u)
(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info "${libdirs[@]}" "${elves[@]}" 2>"$work/errors") \
  | sed -n 's/^shlibs:Depends=//p' > "$work/depends" || { grep -v warning "$work/errors" >&2; exit 1; }
depends="$(cat "$work/depends"), fonts-dejavu-core"

cat > "$root/DEBIAN/control" <<CONTROL
Package: bewijskluis
Version: $version
Architecture: $arch
Maintainer: Bewijskluis maintainers <maintainers@users.noreply.h-seed-c87fb3ca.example>
Installed-Size: $(du -sk "$root/opt" "$root/usr" | awk '{s+=$1} END {print s}')
Depends: $depends
Section: utils
Priority: optional
Description: private, encrypted evidence vault for victims of online abuse
 Bewijskluis keeps screenshots, files and web pages with their address, date,
 time and who posted them, in an encrypted vault on this computer, and makes a
 dossier for the police. Nothing is sent anywhere.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zzstd --build "$root" "$out/bewijskluis_${version}_${arch}.deb" >/dev/null
echo "$out/bewijskluis_${version}_${arch}.deb"
