"""Picking a window on a real X server: our own Xvfb, real X clients, real grabs.

Each test starts `Xvfb` on a display it chooses itself (`-displayfd`), with no
window manager, so a window's rectangle on the root is exactly its own and it
has no decorations. Qt runs in subprocesses with `QT_QPA_PLATFORM=xcb` (the
test suite itself is offscreen): one process per window of a known colour,
geometry and title, and one that captures. Xvfb missing is a failure, not a
skip: `scripts/debian-packages.sh test` installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from Xlib import X, Xatom, display

from evidence_app.capture.window_pick import (
    PickUnavailable,
    Rect,
    list_windows,
    window_at,
    x_server_answers,
)

TITLE = "Chat met Lotte — 💬 ü"


@dataclass
class XServer:
    name: str  # ":N"
    env: dict[str, str]  # environment for an xcb Qt process on it


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[XServer]:
    """A fresh Xvfb at 1024×768×24 on a free display; stopped afterwards."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.fail("Xvfb is not installed: run `bash scripts/debian-packages.sh test`")
    read, write = os.pipe()
    server = subprocess.Popen(
        # -noreset: no start over between one client leaving and the next coming.
        [
            binary,
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1024x768x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write)
    try:
        # Xvfb writes the display number once it accepts connections.
        with os.fdopen(read) as ready:
            number = ready.readline().strip()
        if not number:
            server.kill()
            pytest.fail(f"Xvfb did not start: {server.communicate()[1].decode()[-2000:]}")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(
            DISPLAY=f":{number}",
            QT_QPA_PLATFORM="xcb",
            XDG_RUNTIME_DIR=str(runtime),
            XDG_SESSION_TYPE="x11",
            HOME=str(tmp_path),
            XDG_CONFIG_HOME=str(tmp_path / ".config"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        yield XServer(f":{number}", env)
    finally:
        server.terminate()
        server.communicate(timeout=10)


# -- X clients ---------------------------------------------------------------------

CLIENT = r"""
import sys
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

x, y, w, h = (int(v) for v in sys.argv[1:5])
colour, title = QColor(sys.argv[5]), sys.argv[6]


class Solid(QWidget):
    painted = False

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour)
        painter.end()
        if not self.painted:
            self.painted = True
            print("painted", flush=True)


app = QApplication([])
window = Solid()
window.setWindowTitle(title)
window.setGeometry(x, y, w, h)
window.show()
app.exec()
"""


@pytest.fixture
def show_window(xserver: XServer, tmp_path: Path) -> Iterator:
    """Start an X client showing one window of one colour; returns once it has painted."""
    script = tmp_path / "client.py"
    script.write_text(CLIENT, encoding="utf-8")
    clients: list[subprocess.Popen[str]] = []

    def show(rect: tuple[int, int, int, int], colour: str, title: str) -> None:
        client = subprocess.Popen(
            [sys.executable, str(script), *map(str, rect), colour, title],
            env=xserver.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        clients.append(client)
        assert client.stdout is not None
        if client.stdout.readline().strip() != "painted":
            client.kill()
            pytest.fail(f"the X client showed nothing: {client.communicate()[1][-2000:]}")

    yield show
    for client in clients:
        client.terminate()
        client.communicate(timeout=10)


CAPTURE = r"""
import json, sys, time
from PySide6.QtGui import QGuiApplication, QImage
from evidence_app.capture.screen import foreign_windows, grab_all_screens, window_picking_available
from evidence_app.capture.window_pick import window_at

app = QGuiApplication([])
points = json.loads(sys.argv[1])
expect = json.loads(sys.argv[2])  # the colour at the first point, once painted
available = window_picking_available()
# The client said it painted; the X server may still be drawing. Wait until the
# first point shows its colour (at most 20 s) before taking the grab that counts.
deadline = time.monotonic() + 20
while True:
    windows = foreign_windows()
    (shot,) = grab_all_screens()
    colour = shot.image.pixelColor(*points[0])
    if [colour.red(), colour.green(), colour.blue()] == expect or time.monotonic() > deadline:
        break
    time.sleep(0.05)
picks = []
for x, y in points:
    window = window_at(windows, x, y)
    rect = shot.device_rect_of(window)
    crop = shot.crop(rect).convertToFormat(QImage.Format.Format_RGB888)
    rows = [bytes(crop.constScanLine(r))[: crop.width() * 3] for r in range(crop.height())]
    data = b"".join(rows)
    counts = {}
    for i in range(0, len(data), 3):
        counts[data[i : i + 3].hex()] = counts.get(data[i : i + 3].hex(), 0) + 1
    picks.append({
        "title": window.title,
        "rect": [window.rect.x, window.rect.y, window.rect.width, window.rect.height],
        "size": [crop.width(), crop.height()],
        "colours": counts,
    })
print(json.dumps({
    "platform": QGuiApplication.platformName(),
    "available": available,
    "screen": [shot.image.width(), shot.image.height()],
    "titles": [w.title for w in windows],
    "picks": picks,
}))
"""


def _capture(
    xserver: XServer, tmp_path: Path, points: list[tuple[int, int]], expect: tuple[int, int, int]
) -> dict:
    script = tmp_path / "capture.py"
    script.write_text(CAPTURE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), json.dumps(points), json.dumps(list(expect))],
        env=xserver.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_picking_a_window_crops_exactly_its_pixels_and_names_it(
    xserver: XServer, show_window, tmp_path: Path
) -> None:
    show_window((100, 120, 400, 300), "#1e50c8", TITLE)
    # Shown second, so on top: overlaps the first one's lower right corner.
    show_window((420, 360, 200, 150), "#c81e1e", "Bovenop")
    result = _capture(xserver, tmp_path, [(430, 370), (150, 150), (499, 359)], (200, 30, 30))
    assert result["platform"] == "xcb" and result["available"] is True
    assert result["screen"] == [1024, 768]
    assert result["titles"] == [TITLE, "Bovenop"]  # bottom to top; the capture's own not listed
    on_top, below, below_at_edge = result["picks"]
    assert on_top == {
        "title": "Bovenop",
        "rect": [420, 360, 200, 150],
        "size": [200, 150],
        "colours": {"c81e1e": 200 * 150},
    }
    assert below["title"] == TITLE
    assert below["rect"] == [100, 120, 400, 300] and below["size"] == [400, 300]
    # What was on the screen inside that window: its own blue, and the red window
    # on top of it where they overlap (80 × 60).
    assert below["colours"] == {"1e50c8": 400 * 300 - 80 * 60, "c81e1e": 80 * 60}
    assert below_at_edge == below  # its last column still belongs to it


def test_windows_are_listed_bottom_to_top_with_frames_titles_and_borders(
    xserver: XServer,
) -> None:
    """Windows made directly with python-xlib, as a window manager would arrange them."""
    conn = display.Display(xserver.name)
    try:
        root = conn.screen().root
        atom = conn.intern_atom
        depth = conn.screen().root_depth

        def window(parent, x, y, w, h, *, border=0, mapped=True, override=False, **props):
            made = parent.create_window(
                x,
                y,
                w,
                h,
                border,
                depth,
                X.InputOutput,
                X.CopyFromParent,
                override_redirect=override,
            )
            for name, value in props.items():
                if name == "title":
                    made.change_property(
                        atom("_NET_WM_NAME"), atom("UTF8_STRING"), 8, value.encode()
                    )
                elif name == "wm_name":
                    made.change_property(Xatom.WM_NAME, Xatom.STRING, 8, value.encode("latin-1"))
                elif name == "pid":
                    made.change_property(atom("_NET_WM_PID"), Xatom.CARDINAL, 32, [value])
                elif name == "wm_state":
                    made.change_property(atom("WM_STATE"), atom("WM_STATE"), 32, [1, 0])
                elif name == "extents":
                    made.change_property(atom("_GTK_FRAME_EXTENTS"), Xatom.CARDINAL, 32, value)
            if mapped:
                made.map()
            return made

        # A window manager's frame: untitled, with the program's window (WM_STATE) inside.
        frame = window(root, 10, 20, 300, 200)
        inner = window(frame, 0, 0, 300, 200)
        window(inner, 4, 24, 292, 172, title="Instagram – Firefox", wm_state=True)
        window(root, 400, 50, 100, 80, border=3, wm_name="Oude naam é")
        window(root, 600, 50, 120, 90, mapped=False, title="Unmapped")
        window(root, 0, 0, 1024, 768, override=True, title="A menu over everything")
        window(root, 30, 40, 50, 50, title="Bewijskluis", pid=os.getpid())
        window(root, 700, 300, 240, 180, title="GTK with shadow", extents=[20, 20, 10, 30])
        root.create_window(0, 0, 500, 500, 0, 0, X.InputOnly, X.CopyFromParent).map()
        conn.sync()

        listed = list_windows(xserver.name, exclude_pid=os.getpid())
        everything = list_windows(xserver.name)
    finally:
        conn.close()

    assert [(w.title, w.rect) for w in listed] == [
        ("Instagram – Firefox", Rect(10, 20, 300, 200)),  # the frame's rectangle, client's title
        ("Oude naam é", Rect(400, 50, 106, 86)),  # its border is on the screen too
        ("GTK with shadow", Rect(720, 310, 200, 140)),  # less the invisible shadow
    ]
    assert "Bewijskluis" in [w.title for w in everything]
    assert window_at(listed, 35, 45) == listed[0]  # our window would be on top, but it is ours


def test_no_x_server_means_no_picking() -> None:
    nowhere = ":4096"  # no socket in /tmp/.X11-unix for it
    assert not Path("/tmp/.X11-unix/X4096").exists()
    assert x_server_answers(nowhere) is False
    with pytest.raises(PickUnavailable):
        list_windows(nowhere)


# -- the whole app: toolbar action, frozen screen, click, stored item ---------------------

APP = r"""
import io, json, sys, time
from pathlib import Path
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from evidence_app.capture.window_pick import ForeignWindow, Rect
from evidence_app.vault.service import VaultService
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.main_window import MainWindow
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.common.settings import Settings
from evidence_app.storage.keyheader import KdfParams

base, overlay_png = Path(sys.argv[1]), sys.argv[2]
x, y = int(sys.argv[3]), int(sys.argv[4])
by, title = sys.argv[5], sys.argv[6]  # "mouse": point and click; "keys": arrows and Enter
NOWHERE = ForeignWindow(0, Rect(0, 0, 0, 0), "")


def wait_until(what, predicate):
    deadline = time.monotonic() + 30
    while not predicate():
        if time.monotonic() > deadline:
            sys.exit(f"timed out waiting for {what}")
        QTest.qWait(20)


app = QApplication([])
service, _ = VaultService.create(
    base / "vault", "paarse olifant danst op het dak", first_case_name="Zaak",
    kdf=KdfParams(time_cost=1, memory_kib=65536, parallelism=1),
)
translations = Translations()
translations.switch("en")
window = MainWindow(VaultSession.holding(service), translations, Settings(base / "settings.ini"))
window.setGeometry(150, 150, 500, 400)  # over the windows to capture: it must hide
window.show()
wait_until("the main window", lambda: window.windowHandle().isExposed())
wait_until("the case to be loaded", lambda: window.current_case_id() is not None)
stored = []
window.capture.stored.connect(lambda item, image, first: stored.append(item))
window.toolbar.capture_window.trigger()
wait_until("the frozen screen", lambda: window.capture.session is not None)
(picker,) = window.capture.session.selectors
wait_until("the picker", lambda: picker.windowHandle().isExposed())
if by == "mouse":
    QTest.mouseMove(picker, QPoint(x, y))
    # On xcb the move warps the real pointer; its event arrives a little later.
    wait_until("the outline", lambda: (picker.hovered() or NOWHERE).rect.contains(x, y))
else:  # from window to window, the topmost first, until the one named `title`
    for _ in range(10):
        QTest.keyClick(picker, Qt.Key.Key_Right)
        if (picker.hovered() or NOWHERE).title == title:
            break
picker.repaint()
QGuiApplication.primaryScreen().grabWindow(0).save(overlay_png)
if by == "mouse":
    QTest.mouseClick(
        picker, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y)
    )
else:
    QTest.keyClick(picker, Qt.Key.Key_Return)
wait_until("the stored item", lambda: stored)
(item,) = stored
with Image.open(io.BytesIO(service.original_bytes(item.id))) as png:
    counts = {}
    for colour in png.convert("RGB").get_flattened_data():
        key = "%02x%02x%02x" % colour
        counts[key] = counts.get(key, 0) + 1
    result = {"format": png.format, "size": list(png.size), "colours": counts}
result.update(
    kind=item.kind, method=item.capture_method, title=item.page_title,
    back=window.isVisible(), hint=picker._hint,
)
print(json.dumps(result))
service.lock()
"""


@pytest.mark.gui  # by hand: its Qt runs in a subprocess, out of the fixtures' sight
@pytest.mark.slow
@pytest.mark.parametrize("by", ["mouse", "keys"])
def test_the_app_stores_the_window_clicked_on_the_frozen_screen(
    xserver: XServer, show_window, tmp_path: Path, by: str
) -> None:
    """Pointed at and clicked; or, for a person who cannot point, reached with the arrow
    keys and chosen with Enter."""
    show_window((100, 120, 400, 300), "#1e50c8", TITLE)
    show_window((420, 360, 200, 150), "#c81e1e", "Bovenop")
    script, base, overlay = tmp_path / "app.py", tmp_path / "base", tmp_path / "overlay.png"
    script.write_text(APP, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(base), str(overlay), "150", "150", by, TITLE],
        env=xserver.env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["hint"].startswith("Click the window you want to keep. Or with the keys")
    assert (result["kind"], result["method"], result["title"]) == ("window", "window-pick", TITLE)
    assert result["format"] == "PNG" and result["size"] == [400, 300]
    # Exactly what was on the screen there, without Bewijskluis's own window that covered it.
    assert result["colours"] == {"1e50c8": 400 * 300 - 80 * 60, "c81e1e": 80 * 60}
    assert result["back"] is True
    # While pointing, the frozen screen showed the window as it is and darkened the rest.
    with Image.open(overlay) as shown:
        rgb = shown.convert("RGB")
        assert rgb.getpixel((110, 300)) == (0x1E, 0x50, 0xC8)
        assert rgb.getpixel((600, 500))[0] < 0xC8 * 0.7  # the red window beside it, shaded
