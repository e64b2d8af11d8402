#!/usr/bin/env bash
# Test the built package, not the checkout: install it with apt in a clean Debian 12 made
# with debootstrap (no Python, no Qt, nothing of this checkout), use it as a person does,
# and remove it.
# Usage, as root: bash packaging/linux/test-deb.sh dist/bewijskluis_*.deb
#
# In the clean system, as an ordinary user:
#   - the commands start in under a second (`evidence-app --help`);
#   - `init` makes a vault, `add` stores a screenshot with its address, `capture-web`
#     captures a page served from this machine, `export` writes a dossier (PDF and
#     bundle) and `verify` accepts it;
#   - the window (`bewijskluis`), discreet, opens on an X server titled "Notes", is
#     unlocked with the passphrase typed as keys, and shows the items (a screenshot of
#     it: build/test-deb-window.png); the person's menu entry is named "Notes" too;
# then `apt-get purge` removes the app and leaves the person's vault as it was.
set -euo pipefail
deb="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
shots="$here/../build"
mkdir -p "$shots"
base="${BK_DEBIAN_ROOT:-/var/tmp/bewijskluis-debian12}"
root="$base.test"
display=:94
say() { printf '%s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }

if [ ! -x "$base/usr/bin/apt-get" ]; then
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian >/dev/null
fi
rm -rf "$root"
cp -a "$base" "$root"
cleanup() {
  [ -n "${window:-}" ] && kill "$window" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  for m in tmp/.X11-unix dev/shm dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf "${site:-/nonexistent}"
  if findmnt -R "$root" >/dev/null 2>&1; then
    say "left $root in place: something is still mounted in it"
    return
  fi
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs shm "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" "$@"; }
as_person() {
  chroot --userspec=person:person "$root" env -i HOME=/home/person PATH=/usr/bin:/bin \
    LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/run-person "$@"
}

export DEBIAN_FRONTEND=noninteractive
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null
say "ok: apt installed $(basename "$deb") and what it depends on"
in_root test ! -e /usr/bin/python3 || fail "python3 came with it"
in_root useradd --create-home person
in_root install -d -o person -g person -m 700 /tmp/run-person

start=$(date +%s%N)
as_person evidence-app --help >/dev/null
took=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$took" -lt 1000 ] || fail "evidence-app --help took $took ms"
say "ok: evidence-app --help in $took ms"

pass="violet harbour candle mosaic thunder"
as_person sh -c "printf '%s\n%s\n' '$pass' '$pass' | evidence-app init" > "$root/tmp/init.out" \
  || fail "init: $(cat "$root/tmp/init.out")"
say "ok: init made a vault"

# A screenshot and a page to capture, made here (the clean system has no Python).
site="$(mktemp -d)"
"$here/../.venv/bin/python" - "$root/tmp/shot.png" "$site" <<'PY'
import sys
from pathlib import Path
from PIL import Image, ImageDraw
image = Image.new("RGB", (640, 400), "white")
ImageDraw.Draw(image).rectangle((40, 40, 600, 120), fill=(200, 30, 30))
image.save(sys.argv[1])
Path(sys.argv[2], "post.html").write_text(
    "<!doctype html><title>A post</title><body style='background:#e8f0ff'>"
    "<h1>A post about someone</h1><p>Posted by someone else.</p></body>", encoding="utf-8")
PY
chmod 644 "$root/tmp/shot.png"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$site" "$port" >/dev/null 2>&1 &
server=$!
sleep 1

run() { as_person sh -c "printf '%s\n' '$pass' | evidence-app $*"; }
out=$(run add /tmp/shot.png --url https://example.org/post/1 --note first) \
  || fail "add: $out"
[ "$(echo "$out" | cut -d' ' -f1)" = added ] || fail "add said: $out"
sha=$(sha256sum "$root/tmp/shot.png" | cut -d' ' -f1)
[ "$(echo "$out" | cut -d' ' -f3)" = "$sha" ] || fail "add stored another hash: $out"
say "ok: add stored the screenshot ($sha)"
out=$(run capture-web "http://127.0.0.1:$port/post.html" 2>&1) || fail "capture-web: $out"
echo "$out" | grep -q "^added " || fail "capture-web said: $out"
say "ok: capture-web stored the page"
out=$(run list) || fail "list: $out"
[ "$(echo "$out" | grep -c .)" -ge 2 ] || fail "list: $out"
out=$(run export --out /home/person/dossier 2>&1) || fail "export: $out"
out=$(as_person evidence-app verify /home/person/dossier 2>&1) || fail "verify: $out"
pdf=$(find "$root/home/person/dossier" -name '*.pdf' | head -1)
[ -n "$pdf" ] && head -c5 "$pdf" | grep -q '%PDF-' || fail "no PDF in the dossier"
say "ok: export wrote a dossier that verify accepts"
# A 7z with a password: py7zr and the passphrase scorer are loaded only for it.
pw="seven words for the police officer"
out=$(as_person sh -c "printf '%s\\n' '$pass' '$pw' '$pw' \
  | evidence-app export --out /home/person/dossier.7z --password" 2>&1) || fail "export 7z: $out"
out=$(as_person sh -c "printf '%s\\n' '$pw' | evidence-app verify /home/person/dossier.7z --password" \
  2>&1) || fail "verify 7z: $out"
head -c6 "$root/home/person/dossier.7z" | od -An -tx1 | grep -q "37 7a bc af 27 1c" \
  || fail "dossier.7z is not a 7z file"
say "ok: export wrote a 7z with a password that verify opens"

# The window, on an X server of this machine shared into the clean system.
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X${display#:}" ] || fail "Xvfb did not start on $display"
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
# Discreet (Settings), as a person on a shared computer would have it.
settings="$root/home/person/.local/share/Bewijskluis/settings.ini"
printf '\n[privacy]\ndiscreet=true\n' >> "$settings"
in_root chown person:person /home/person/.local/share/Bewijskluis/settings.ini
# exec: $! is then the app itself (through chroot), which the test can stop.
start=$(date +%s%N)
(exec chroot --userspec=person:person "$root" env -i HOME=/home/person PATH=/usr/bin:/bin \
  LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/run-person DISPLAY="$display" bewijskluis) \
  > "$root/tmp/window.log" 2>&1 &
window=$!
# The unlock window, looked for every 20 ms (xdotool's own --sync waits half a second).
shown=""
for _ in $(seq 1500); do
  if DISPLAY=$display xdotool search --onlyvisible --name '^Notes$' >/dev/null 2>&1; then
    shown=$(( ($(date +%s%N) - start) / 1000000 ))
    break
  fi
  sleep 0.02
done
[ -n "$shown" ] || fail "no window: $(cat "$root/tmp/window.log")"
say "ok: the unlock window shown $shown ms after the start (the first start after install)"
sleep 2
DISPLAY=$display xdotool type --delay 20 "$pass"
DISPLAY=$display xdotool key Return
# The vault's window is the big one (the unlock window is 460 pixels wide).
opened=""
for _ in $(seq 60); do
  for id in $(DISPLAY=$display xdotool search --onlyvisible --name '^Notes$' 2>/dev/null); do
    width=$(DISPLAY=$display xdotool getwindowgeometry --shell "$id" | sed -n 's/^WIDTH=//p')
    [ "${width:-0}" -ge 1000 ] && opened=yes
  done
  [ -n "$opened" ] && break
  sleep 0.5
done
[ -n "$opened" ] || fail "the vault's window did not open after the passphrase: $(cat "$root/tmp/window.log")"
sleep 2
DISPLAY=$display QT_QPA_PLATFORM=xcb "$here/../.venv/bin/python" - "$shots/test-deb-window.png" <<'PY'
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
app.primaryScreen().grabWindow(0).save(sys.argv[1])
PY
kill "$window" 2>/dev/null || true
wait "$window" 2>/dev/null || true
window=""
say "ok: the window opened, took the passphrase and showed the vault (see $shots/test-deb-window.png)"
menu="$root/home/person/.local/share/applications/bewijskluis.desktop"
grep -qx 'Name=Notes' "$menu" && grep -qx 'Exec=/usr/bin/bewijskluis' "$menu" \
  || fail "discreet: the menu entry is not the neutral one: $(cat "$menu" 2>&1)"
say "ok: discreet, the window is titled 'Notes' and so is the menu entry"

vault_sum() { find "$root/home/person/.local/share/Bewijskluis" -type f -path '*vault*' -exec sha256sum {} + | sort; }
before=$(vault_sum)
[ -n "$before" ] || fail "no vault in the person's folder"
in_root apt-get purge -y -qq bewijskluis >/dev/null
for gone in /opt/bewijskluis /usr/bin/bewijskluis /usr/bin/evidence-app \
  /usr/share/applications/bewijskluis.desktop /usr/share/icons/hicolor/scalable/apps/bewijskluis.svg; do
  in_root test ! -e "$gone" || fail "$gone is still there after purge"
done
[ "$(vault_sum)" = "$before" ] || fail "the vault changed when the app was removed"
say "ok: apt-get purge removed the app and left the vault as it was"
say "PASSED"
