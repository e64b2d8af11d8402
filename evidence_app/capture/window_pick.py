"""Which window of another program is where, on an X11 desktop (no Qt in here).

Qt knows only its own windows, so picking someone else's chat or browser window
asks the X server directly, through python-xlib (pure Python; an optional
dependency: without it picking is simply not offered).

The windows listed are the viewable children of the root window, bottom to
top, as the X server stacks them. Under a window manager these are its frames,
which include the title bar (so the capture shows the program's name); without
one (Xvfb in tests) they are the programs' own windows. Their rectangles are in
device pixels of the root window, the coordinates the X server itself uses.

Left out on purpose: override-redirect windows (menus, tooltips, the overlay
that shows the frozen screen), input-only and zero-size windows, and our own
windows (found by `_NET_WM_PID`; they are hidden during a capture anyway).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# How deep a frame may nest its program's window (frame > decoration > client).
CLIENT_SEARCH_DEPTH = 3
WM_NAME = 39  # a predefined atom (Xatom.WM_NAME)


@dataclass(frozen=True)
class Rect:
    """A rectangle in device pixels of the root window; `right`/`bottom` are exclusive."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, x: int, y: int) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def is_empty(self) -> bool:
        return self.width <= 0 or self.height <= 0


@dataclass(frozen=True)
class ForeignWindow:
    """One top-level window on the desktop: its X id, where it is, and its title."""

    id: int
    rect: Rect
    title: str


class PickUnavailable(RuntimeError):
    """There is no X server to ask (or python-xlib is not installed)."""


def window_at(windows: Sequence[ForeignWindow], x: int, y: int) -> ForeignWindow | None:
    """The topmost window containing the point; `windows` are listed bottom to top."""
    for window in reversed(windows):
        if window.rect.contains(x, y):
            return window
    return None


def _xlib() -> Any:
    try:
        from Xlib import X, display, error  # optional: imported only when asked
    except ImportError as exc:
        raise PickUnavailable("python-xlib is not installed") from exc
    return X, display, error


def _open(display_name: str | None) -> Any:
    _, display, error = _xlib()
    # python-xlib leaves the sockets of a failed connection to the garbage
    # collector, which warns (https://github.com/python-xlib/python-xlib/pull/291):
    # let them go quietly here, where the error is handled.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return display.Display(display_name)
        except (error.DisplayError, error.ConnectionClosedError, OSError):
            pass  # leaving this block frees the traceback, and with it the sockets
    raise PickUnavailable("no X server answered")


def x_server_answers(display_name: str | None) -> bool:
    """Whether an X server answers on `display_name` (None: `$DISPLAY`)."""
    try:
        conn = _open(display_name)
    except PickUnavailable:
        return False
    conn.close()
    return True


def list_windows(
    display_name: str | None, *, exclude_pid: int | None = None
) -> list[ForeignWindow]:
    """The viewable top-level windows on the first screen of `display_name`, bottom to top.

    Windows whose program has the process id `exclude_pid` are left out. A
    window that disappears while it is being looked at is skipped. Raises
    `PickUnavailable` when the X server cannot be asked.
    """
    X, _, error = _xlib()
    conn = _open(display_name)
    try:
        root = conn.screen().root
        names = _Names(conn)
        found = []
        for child in root.query_tree().children:
            try:
                window = _describe(X, child, names, exclude_pid)
            except error.XError:
                continue  # it went away (BadWindow) or changed while we looked
            if window is not None:
                found.append(window)
        return found
    except (error.XError, error.ConnectionClosedError, OSError) as exc:
        # Whatever the X server says, the capture must go on (as a region).
        raise PickUnavailable("the X server did not list its windows") from exc
    finally:
        conn.close()


class _Names:
    """The atoms we read, interned once per connection."""

    def __init__(self, conn: Any) -> None:
        self.net_wm_name = conn.intern_atom("_NET_WM_NAME")
        self.net_wm_pid = conn.intern_atom("_NET_WM_PID")
        self.utf8 = conn.intern_atom("UTF8_STRING")
        self.wm_state = conn.intern_atom("WM_STATE")
        self.frame_extents = conn.intern_atom("_GTK_FRAME_EXTENTS")


def _describe(X: Any, window: Any, names: _Names, exclude_pid: int | None) -> ForeignWindow | None:
    attributes = window.get_attributes()
    if (
        attributes.map_state != X.IsViewable
        or attributes.override_redirect
        or attributes.win_class != X.InputOutput
    ):
        return None
    geometry = window.get_geometry()
    border = geometry.border_width
    # The border is drawn on the screen too, outside width × height.
    rect = Rect(geometry.x, geometry.y, geometry.width + 2 * border, geometry.height + 2 * border)
    if rect.is_empty():
        return None
    client = _client_of(window, names, CLIENT_SEARCH_DEPTH) or window
    if exclude_pid is not None and exclude_pid in (_pid(window, names), _pid(client, names)):
        return None
    rect = _without_shadow(rect, client, names)
    title = _title(window, names) or _title(client, names)
    return ForeignWindow(window.id, rect, title)


def _client_of(window: Any, names: _Names, depth: int) -> Any | None:
    """The program's own window inside a frame: the one the window manager gave WM_STATE."""
    if window.get_full_property(names.wm_state, 0) is not None:
        return window
    if depth == 0:
        return None
    for child in window.query_tree().children:
        client = _client_of(child, names, depth - 1)
        if client is not None:
            return client
    return None


def _pid(window: Any, names: _Names) -> int | None:
    prop = window.get_full_property(names.net_wm_pid, 0)
    return int(prop.value[0]) if prop is not None and len(prop.value) else None


def _title(window: Any, names: _Names) -> str:
    prop = window.get_full_property(names.net_wm_name, names.utf8)
    if prop is not None and prop.value:
        return _text(prop.value, "utf-8")
    prop = window.get_full_property(WM_NAME, 0)  # Latin-1 (or compound text, rarely)
    return _text(prop.value, "latin-1") if prop is not None and prop.value else ""


def _text(value: Iterable[int] | bytes | str, encoding: str) -> str:
    if isinstance(value, str):
        return value
    return bytes(value).decode(encoding, errors="replace").strip()


def _without_shadow(rect: Rect, window: Any, names: _Names) -> Rect:
    """The window less the invisible shadow a client-side decorated (GTK) program draws.

    Without it the capture would include a margin of whatever lies behind the window.
    """
    prop = window.get_full_property(names.frame_extents, 0)
    if prop is None or len(prop.value) != 4:
        return rect
    left, right, top, bottom = (int(v) for v in prop.value)
    inner = Rect(rect.x + left, rect.y + top, rect.width - left - right, rect.height - top - bottom)
    return rect if inner.is_empty() else inner
