"""A real desktop for end-to-end tests, and the app driven on it as a person drives it.

`Desktop` starts, for one test, an X server (`Xvfb`), a window manager (`openbox`)
and a private D-Bus session bus, on which the accessibility bus (AT-SPI) starts
when first asked for. `AppProcess` runs `python -m evidence_app` there on Qt's
`xcb` platform with its accessibility bridge on, as a screen reader would find it.

The test finds widgets the way assistive technologies and GUI test tools such
as dogtail do: through AT-SPI, by role and accessible name (`Node`); it then
acts as a person does, with real X input through the XTEST extension
(`xdotool`): a mouse click in the middle of the widget on screen, typed text,
key chords. Nothing is called inside the app. Waiting is always for a
condition (`wait_until`), never for a fixed time.

AT-SPI is spoken over D-Bus with jeepney (pure Python), so the test environment
needs no GObject introspection. Missing programs (Xvfb, openbox, xdotool, the
AT-SPI bus launcher) are a failure, not a skip: `scripts/debian-packages.sh test`
installs them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import psutil
from jeepney import DBusAddress, HeaderFields, Properties, new_method_call
from jeepney.bus_messages import MatchRule, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from PIL import Image
from Xlib import X, Xatom, Xutil, display

from tests.helpers import waiting

LABELLED_BY = 2  # AtspiRelationType
SCREEN = (1366, 768)
ACCESSIBLE = "org.a11y.atspi.Accessible"
COMPONENT = "org.a11y.atspi.Component"
TEXT = "org.a11y.atspi.Text"
ACTION = "org.a11y.atspi.Action"
TABLE = "org.a11y.atspi.Table"
REGISTRY_ROOT = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
REGISTRY = DBusAddress(
    "/org/a11y/atspi/registry",
    bus_name="org.a11y.atspi.Registry",
    interface="org.a11y.atspi.Registry",
)

# AT-SPI states (AtspiStateType), as bits of GetState's two 32-bit words.
ACTIVE, CHECKED, ENABLED, FOCUSED, MODAL, SENSITIVE, SHOWING, VISIBLE = 1, 4, 8, 12, 16, 24, 25, 30


class NotFound(AssertionError):
    """No accessible matched in time."""


def wait_until(what: str, predicate: Callable[[], Any], timeout: float = 30.0) -> Any:
    """Poll `predicate` until it returns something true; that value. Fails after `timeout`.

    An accessible not found yet (`NotFound`, `LookupError`) counts as "not yet".
    """
    return waiting.wait_until(
        what, predicate, timeout, retry_on=(NotFound, LookupError), failure=NotFound
    )


def _need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        raise AssertionError(f"{program} is missing: run `bash scripts/debian-packages.sh test`")
    return found


# -- AT-SPI ---------------------------------------------------------------------------


class Accessibility:
    """A client of the AT-SPI bus of one desktop."""

    def __init__(self, session_address: str) -> None:
        self._session = open_dbus_connection(session_address)
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        address = self._send(self._session, new_method_call(bus, "GetAddress"))[0]
        self.bus: DBusConnection = open_dbus_connection(address)

    @staticmethod
    def _send(conn: DBusConnection, message: Any) -> Any:
        reply = conn.send_and_get_reply(message, timeout=10)
        if reply.header.message_type.name == "error":
            raise LookupError(str(reply.body))
        return reply.body

    def call(
        self,
        ref: tuple[str, str],
        interface: str,
        method: str,
        signature: str | None = None,
        *args: Any,
    ) -> Any:
        address = DBusAddress(ref[1], bus_name=ref[0], interface=interface)
        return self._send(self.bus, new_method_call(address, method, signature, args))

    def prop(self, ref: tuple[str, str], name: str, interface: str = ACCESSIBLE) -> Any:
        address = DBusAddress(ref[1], bus_name=ref[0], interface=interface)
        return self._send(self.bus, Properties(address).get(name))[0][1]

    def node(self, ref: tuple[str, str]) -> Node:
        return Node(self, ref)

    def _listen(self, member: str, event: str) -> tuple[MatchRule, Any]:
        """Receive AT-SPI's `Object:<member>` signals from now on, as a screen reader does:
        the event is registered with the registry, which tells the apps, and Qt sends only
        the events someone listens to. The rule and the queue the signals arrive in."""
        rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object", member=member)
        self._send(self.bus, message_bus.AddMatch(rule))
        queue = self.bus.filter(rule, bufsize=1000).__enter__()
        self._send(self.bus, new_method_call(REGISTRY, "RegisterEvent", "s", (event,)))
        return rule, queue

    def listen_to_announcements(self) -> Announcements:
        """Hear what apps announce from now on, as Orca hears it on Linux: a notification
        shown (`Object:StateChanged:showing`), its words its name (`gui/common/announce`)."""
        _, queue = self._listen("StateChanged", "object:state-changed:showing")
        return Announcements(self, queue)

    def listen_to_text_changes(self) -> TextChanges:
        """Hear what is written into fields and taken out (`Object:TextChanged`) from now on,
        as a screen reader hears each letter typed."""
        _, queue = self._listen("TextChanged", "object:text-changed")
        return TextChanges(self.bus, queue)

    def listen_to_focus(self) -> FocusChanges:
        """Follow the keyboard focus (`Object:StateChanged:focused`) from now on."""
        _, queue = self._listen("StateChanged", "object:state-changed:focused")
        return FocusChanges(self, queue)

    def listen_to_focus_and_caret(self) -> FocusAndCaret:
        """Follow the focus and the carets of text fields, in the order a screen reader
        hears of them, from now on."""
        rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object")
        self._send(self.bus, message_bus.AddMatch(rule))
        queue = self.bus.filter(rule, bufsize=5000).__enter__()
        for event in ("object:state-changed:focused", "object:text-caret-moved"):
            self._send(self.bus, new_method_call(REGISTRY, "RegisterEvent", "s", (event,)))
        return FocusAndCaret(self, queue)

    def applications(self) -> list[Node]:
        return self.node(REGISTRY_ROOT).children()

    def close(self) -> None:
        self.bus.close()
        self._session.close()


class Announcements:
    """What apps said to screen readers since `Accessibility.listen_to_announcements`."""

    def __init__(self, atspi: Accessibility, queue: Any) -> None:
        self._atspi = atspi
        self._queue = queue
        self.texts: list[str] = []

    def _drain(self, timeout: float) -> None:
        try:
            message = self._atspi.bus.recv_until_filtered(self._queue, timeout=timeout)
        except TimeoutError:
            return
        # (detail, detail1, detail2, any_data, properties): shown is ("showing", 1, ...).
        detail, shown = message.body[0], message.body[1]
        if detail != "showing" or shown != 1:
            return
        fields = message.header.fields
        node = self._atspi.node((str(fields[HeaderFields.sender]), str(fields[HeaderFields.path])))
        # Gone before it was read, or the app too busy to answer: not heard.
        with contextlib.suppress(LookupError, TimeoutError):
            if node.role == "notification":
                self.texts.append(node.name)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """`text`, once it is heard; fails if it is not heard in time."""
        return self.wait_for_start(text, timeout, whole=True)

    def wait_for_start(self, start: str, timeout: float = 30.0, *, whole: bool = False) -> str:
        """The first announcement that begins with `start` (or is `start`, `whole`)."""
        deadline = time.monotonic() + timeout
        while True:
            for text in self.texts:
                if text == start or (not whole and text.startswith(start)):
                    return text
            left = deadline - time.monotonic()
            if left <= 0:
                raise NotFound(f"{start!r} was not announced; heard {self.texts!r}")
            self._drain(min(left, 1.0))


class TextChanges:
    """Each text written into or taken out of a field since
    `Accessibility.listen_to_text_changes`: (the field's object path, the text)."""

    def __init__(self, bus: DBusConnection, queue: Any) -> None:
        self._bus = bus
        self._queue = queue
        self.heard: list[tuple[str, str]] = []

    def wait_for(self, text: str, timeout: float = 30.0) -> list[tuple[str, str]]:
        """Everything heard, once the texts written in a row spell `text` (each letter
        typed comes as one); fails if they do not in time."""
        deadline = time.monotonic() + timeout
        while text not in "".join(written for _, written in self.heard):
            left = deadline - time.monotonic()
            if left <= 0:
                raise NotFound(f"{text!r} was not heard; heard {self.heard!r}")
            self._receive(min(left, 1.0))
        return self.heard

    def _receive(self, timeout: float) -> bool:
        try:
            message = self._bus.recv_until_filtered(self._queue, timeout=timeout)
        except TimeoutError:
            return False
        # (detail "insert"/"delete", start, length, any_data: the text, properties)
        signature, text = message.body[3]
        if signature == "s":
            self.heard.append((str(message.header.fields[HeaderFields.path]), str(text)))
        return True

    def drain(self, seconds: float) -> list[tuple[str, str]]:
        """Everything heard until nothing more came for `seconds`."""
        while self._receive(seconds):
            pass
        return self.heard


class FocusAndCaret:
    """What a screen reader hears of the focus and of carets, in order, since
    `Accessibility.listen_to_focus_and_caret`: ("focused", where) when a control takes the
    focus, ("caret", where) when a text field's caret moves; `where` names the object on
    the bus (its app and its path: another app's object may have the same path)."""

    def __init__(self, atspi: Accessibility, queue: Any) -> None:
        self._atspi = atspi
        self._queue = queue
        self.heard: list[tuple[str, str]] = []
        self.nodes: dict[str, Node] = {}  # by where

    def drain(self, seconds: float = 1.0) -> list[tuple[str, str]]:
        """Everything heard until nothing more came for `seconds`."""
        while True:
            try:
                message = self._atspi.bus.recv_until_filtered(self._queue, timeout=seconds)
            except TimeoutError:
                return self.heard
            member = message.header.fields[HeaderFields.member]
            path = str(message.header.fields[HeaderFields.path])
            sender = str(message.header.fields[HeaderFields.sender])
            where = f"{sender} {path}"
            self.nodes.setdefault(where, Node(self._atspi, (sender, path)))
            detail, detail1 = message.body[0], message.body[1]
            if member == "StateChanged" and detail == "focused" and detail1 == 1:
                self.heard.append(("focused", where))
            elif member == "TextCaretMoved":
                self.heard.append(("caret", where))


class FocusChanges:
    """Where the keyboard focus went since `Accessibility.listen_to_focus`."""

    def __init__(self, atspi: Accessibility, queue: Any) -> None:
        self._atspi = atspi
        self._queue = queue

    def next(self, timeout: float = 10.0) -> Node:
        """The next control that takes the focus; fails if none does in time."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self._atspi.bus.recv_until_filtered(self._queue, timeout=left)
            except TimeoutError:
                break
            detail, gained = message.body[0], message.body[1]
            if detail == "focused" and gained == 1:
                fields = message.header.fields
                return Node(self._atspi, (fields[HeaderFields.sender], fields[HeaderFields.path]))
        raise NotFound("the focus did not move")

    def drop(self) -> None:
        """Forget the changes so far."""
        self._queue.clear()


def next_control(focus: FocusChanges) -> Node:
    """The next control to take the focus. A list's current cell takes it with its list,
    before or after it: the list is the control that Tab reached."""
    while True:
        node = focus.next()
        if node.role not in ("cell", "table cell"):
            return node


def focused_now(focus: FocusChanges) -> Node:
    """The next control to take the focus that still has it: a late event of the window
    before (the main window's, as a dialog opens) is passed over."""
    while True:
        node = next_control(focus)
        try:
            if node.has(FOCUSED):
                return node
        except LookupError:
            continue  # gone already


def tab_to(desktop: Desktop, focus: FocusChanges, role: str, name: str) -> list[Node]:
    """Tab until the control `role` `name` has the focus; the stops on the way."""
    way: list[Node] = []
    for _ in range(40):
        desktop.key("Tab")
        node = focused_now(focus)
        way.append(node)
        if (node.role, node.name) == (role, name):
            return way
    raise AssertionError(f"Tab did not reach {name!r}: {[(n.role, n.name) for n in way]}")


@dataclass(frozen=True)
class Node:
    """One accessible object (a window, a button, a field) of the app."""

    atspi: Accessibility = field(repr=False, compare=False)
    ref: tuple[str, str]

    @property
    def role(self) -> str:
        return str(self.atspi.call(self.ref, ACCESSIBLE, "GetRoleName")[0])

    @property
    def name(self) -> str:
        return str(self.atspi.prop(self.ref, "Name"))

    @property
    def description(self) -> str:
        return str(self.atspi.prop(self.ref, "Description"))

    def children(self) -> list[Node]:
        found = self.atspi.call(self.ref, ACCESSIBLE, "GetChildren")[0]
        return [Node(self.atspi, (bus, path)) for bus, path in found]

    def labelled_by(self) -> list[str]:
        """The names of the labels that say what this control is (AT-SPI's "labelled by"
        relation): what a screen reader says of a combo box, whose name is its value."""
        relations = self.atspi.call(self.ref, ACCESSIBLE, "GetRelationSet")[0]
        labels = [t for kind, targets in relations if kind == LABELLED_BY for t in targets]
        return [Node(self.atspi, (bus, path)).name for bus, path in labels]

    def states(self) -> set[int]:
        words = self.atspi.call(self.ref, ACCESSIBLE, "GetState")[0]
        return {
            bit + 32 * i for i, word in enumerate(words) for bit in range(32) if word >> bit & 1
        }

    def has(self, state: int) -> bool:
        return state in self.states()

    def extents(self) -> tuple[int, int, int, int]:
        """x, y, width, height on the screen."""
        x, y, w, h = self.atspi.call(self.ref, COMPONENT, "GetExtents", "u", 0)[0]
        return x, y, w, h

    def text(self) -> str:
        """What a text field or label holds."""
        count = int(self.atspi.prop(self.ref, "CharacterCount", TEXT))
        return str(self.atspi.call(self.ref, TEXT, "GetText", "ii", 0, count)[0])

    def rows(self) -> int:
        """How many rows a table has, as a screen reader is told."""
        return int(self.atspi.prop(self.ref, "NRows", TABLE))

    def cell(self, row: int, column: int) -> Node:
        """A table's cell (its name is the text it shows)."""
        bus, path = self.atspi.call(self.ref, TABLE, "GetAccessibleAt", "ii", row, column)[0]
        return Node(self.atspi, (bus, path))

    def column_header(self, column: int) -> Node:
        bus, path = self.atspi.call(self.ref, TABLE, "GetColumnHeader", "i", column)[0]
        return Node(self.atspi, (bus, path))

    def press(self) -> None:
        """The accessible's first action (a button's "Press"), as a screen reader gives it."""
        self.atspi.call(self.ref, ACTION, "DoAction", "i", 0)

    def parent(self) -> Node | None:
        bus, path = self.atspi.prop(self.ref, "Parent")
        if path in ("/org/a11y/atspi/null", REGISTRY_ROOT[1]):
            return None
        return Node(self.atspi, (bus, path))

    def clipped_by(self, x: int, y: int) -> Node | None:
        """The nearest node above this one that does not show the point (x, y): a scrolled
        pane's visible part, when this node is scrolled out of it."""
        node = self.parent()
        while node is not None and node.role != "application":
            if node.role in MENUS:
                return None  # a menu is a window of its own, over the others: not clipped
            box = node.extents()
            if box[2] > 0 and not _inside(box, x, y):
                return node
            node = node.parent()
        return None

    def scrolled_out_of(self, x: int, y: int) -> Node | None:
        """The nearest pane in sight that scrolls what holds this node and does not show the
        point (x, y). A pane out of sight itself (in a pane that scrolls too) is passed by:
        the pane around it scrolls first, and brings it into sight."""
        inner: Node = self
        node = self.parent()
        while node is not None and node.role != "application":
            if node.role in MENUS:
                return None
            box = node.extents()
            if (
                box[2] > 0
                and not _inside(box, x, y)
                and not _within(inner.extents(), box)  # it holds more than it shows
                and node.visible()[3] > 0
            ):
                return node
            inner, node = node, node.parent()
        return None

    def visible(self) -> tuple[int, int, int, int]:
        """The part of this node that the panes around it show (x, y, width, height)."""
        x, y, w, h = self.extents()
        right, bottom = x + w, y + h
        node = self.parent()
        while node is not None and node.role != "application":
            bx, by, bw, bh = node.extents()
            if bw > 0:
                x, y = max(x, bx), max(y, by)
                right, bottom = min(right, bx + bw), min(bottom, by + bh)
            node = node.parent()
        return (x, y, max(0, right - x), max(0, bottom - y))

    def walk(
        self, skip: frozenset[str] = frozenset({"table", "tree table", "list"})
    ) -> Iterator[Node]:
        """This node and everything below it, depth first; big item views are not entered."""
        yield self
        try:
            role = self.role
            children = [] if role in skip else self.children()
        except LookupError:
            return  # gone while we looked
        for child in children:
            yield from child.walk(skip)

    def find_all(self, role: str | None = None, name: str | None = None, **kw: Any) -> list[Node]:
        found = []
        for node in self.walk(**kw):
            try:
                if (role is None or node.role == role) and (name is None or node.name == name):
                    found.append(node)
            except LookupError:
                continue
        return found

    def find(self, role: str | None = None, name: str | None = None, **kw: Any) -> Node:
        """The one showing node of this role and name; NotFound if there is none."""
        for node in self.find_all(role, name, **kw):
            try:
                if node.has(SHOWING):
                    return node
            except LookupError:
                continue
        raise NotFound(f"no showing {role or 'node'} named {name!r}")


# -- the desktop ----------------------------------------------------------------------


class Desktop:
    """Xvfb + openbox + a private session bus (+ AT-SPI), and real X input on it."""

    def __init__(self, folder: Path, size: tuple[int, int] = SCREEN) -> None:
        self.folder = folder
        self.size = size
        self.home = folder / "home"
        self.home.mkdir(parents=True)
        # Short, private and ours: a socket's path must fit in 108 bytes, or the app's
        # single-instance socket and the buses fall back to /tmp and stay there.
        self.runtime = Path(tempfile.mkdtemp(prefix="bk-run-"))
        self._procs: list[subprocess.Popen[bytes]] = []
        self.display = ""
        self.env: dict[str, str] = {}
        self._atspi: Accessibility | None = None
        # Qt reports places to AT-SPI in its own pixels: with QT_SCALE_FACTOR=1.5 they are
        # 1.5 times smaller than the screen's. The app started last sets this.
        self.scale = 1.0
        self._task_bar: display.Display | None = None

    def start(self) -> None:
        read, write = os.pipe()
        width, height = self.size
        xvfb = subprocess.Popen(
            [
                _need("Xvfb"),
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
                "-dpi",
                "96",
                "-noreset",  # no start over should every client leave at once
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        self._procs.append(xvfb)
        with os.fdopen(read) as ready:
            number = ready.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start")
        self.display = f":{number}"
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("QT_", "WAYLAND", "XDG_", "EVIDENCE_APP", "DBUS_"))
        }
        env.update(
            DISPLAY=self.display,
            HOME=str(self.home),
            XDG_RUNTIME_DIR=str(self.runtime),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_SESSION_TYPE="x11",
            TMPDIR=str(self.folder / "tmp"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        (self.folder / "tmp").mkdir()
        bus = subprocess.Popen(
            [
                _need("dbus-daemon"),
                "--session",
                "--nofork",
                "--print-address=1",
                "--nopidfile",
                f"--address=unix:path={self.runtime / 'bus'}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        self._procs.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self.env = env
        self._start_window_manager(env)

    def _start_window_manager(self, env: dict[str, str]) -> None:
        """openbox, waited for until it has taken the screen (a generous bound: on a busy
        2-core machine it can take well over 15 s). openbox has been seen to end at once
        with exit code 1 now and then on a loaded machine: it is started again then (three
        tries), and what it said is shown if it never stays."""
        log = self.folder / "openbox.log"
        for _ in range(3):
            with log.open("ab") as out:
                wm = subprocess.Popen(
                    [_need("openbox"), "--sm-disable"], env=env, stdout=out, stderr=out
                )
            self._procs.append(wm)
            state = wait_until("the window manager", partial(self._window_manager_state, wm), 90)
            if state == "running" and wm.poll() is None:
                return
        said = log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"openbox did not stay running: {said}")

    def _window_manager_state(self, wm: subprocess.Popen[bytes]) -> str | None:
        """ "running" once openbox holds the screen, "ended" if it exited; None meanwhile."""
        if wm.poll() is not None:
            return "ended"
        screen = display.Display(self.display)
        try:
            root = screen.screen().root
            atom = screen.intern_atom("_NET_SUPPORTING_WM_CHECK")
            return "running" if root.get_full_property(atom, X.AnyPropertyType) else None
        finally:
            screen.close()

    @property
    def atspi(self) -> Accessibility:
        if self._atspi is None:
            self._atspi = Accessibility(self.env["DBUS_SESSION_BUS_ADDRESS"])
        return self._atspi

    def task_bar(self, height: int) -> None:
        """A task bar along the bottom of the screen, `height` pixels high: a dock window
        whose strut the window manager keeps the windows off, as a desktop's panel. The
        windows' free area (`_NET_WORKAREA`, Qt's available geometry) is what is above it."""
        width, full = self.size
        screen = display.Display(self.display)
        root = screen.screen().root
        bar = root.create_window(
            0,
            full - height,
            width,
            height,
            0,
            X.CopyFromParent,
            X.InputOutput,
            X.CopyFromParent,
            background_pixel=screen.screen().black_pixel,
        )
        atom = screen.intern_atom
        dock = [atom("_NET_WM_WINDOW_TYPE_DOCK")]
        bar.change_property(atom("_NET_WM_WINDOW_TYPE"), Xatom.ATOM, 32, dock)
        bar.change_property(atom("_NET_WM_STRUT"), Xatom.CARDINAL, 32, [0, 0, 0, height])
        partial_strut = [0, 0, 0, height, 0, 0, 0, 0, 0, 0, 0, width - 1]
        bar.change_property(atom("_NET_WM_STRUT_PARTIAL"), Xatom.CARDINAL, 32, partial_strut)
        # where it asked to be: without it, Openbox places a dock in the middle of the side
        bar.set_wm_normal_hints(flags=Xutil.USPosition | Xutil.PPosition, x=0, y=full - height)
        self._task_bar = screen  # the bar lives as long as this connection
        kept = f"the task bar kept free (the work area: {self.work_area()})"
        for _ in range(3):  # mapped again, should the window manager have missed it
            bar.map()
            screen.sync()
            try:
                wait_until(kept, lambda: self.work_area()[3] == full - height, timeout=10)
                return
            except NotFound:
                bar.unmap()
                screen.sync()
        raise NotFound(f"{kept}: still {self.work_area()}")

    def work_area(self) -> tuple[int, int, int, int]:
        """Where windows go (x, y, width, height): the screen, less a task bar."""
        screen = display.Display(self.display)
        try:
            root = screen.screen().root
            area = root.get_full_property(screen.intern_atom("_NET_WORKAREA"), Xatom.CARDINAL)
            if area is None or len(area.value) < 4:
                return (0, 0, *self.size)
            x, y, width, height = area.value[:4]
            return (x, y, width, height)
        finally:
            screen.close()

    def stop(self) -> None:
        if self._task_bar is not None:
            self._task_bar.close()
        if self._atspi is not None:
            self._atspi.close()
        # The AT-SPI bus launcher and registry were started by the session bus.
        for proc in reversed(self._procs):
            children: list[psutil.Process] = []
            with contextlib.suppress(psutil.NoSuchProcess):
                if proc.poll() is None:
                    children = psutil.Process(proc.pid).children(recursive=True)
            for child in children:
                # One may end between the listing and the kill (the AT-SPI bus, once its
                # session bus went): gone is what stop wants.
                with contextlib.suppress(psutil.NoSuchProcess, ProcessLookupError):
                    child.kill()
            proc.kill()
            proc.wait(timeout=10)
            if proc.stdout is not None:
                proc.stdout.close()
        shutil.rmtree(self.runtime, ignore_errors=True)

    # -- input, as a person gives it ---------------------------------------------------
    def xdotool(self, *args: str) -> None:
        subprocess.run([_need("xdotool"), *args], env=self.env, check=True, timeout=30)

    def click(self, node: Node) -> None:
        """A left click in the middle of `node` on the screen, scrolled into view first."""
        for _ in range(60):
            x, y, w, h = self.on_screen(node)
            cx, cy = x + w // 2, y + h // 2
            at = round(cx / self.scale), round(cy / self.scale)
            pane = node.scrolled_out_of(*at) or node.clipped_by(*at)
            if pane is None:
                break
            # A person turns the mouse wheel over the pane's scroll bar until it shows (not
            # over the pane: a wheel over a list box would change its choice). Its bar is
            # beside it, not in it (a pane it holds has its own), the tallest in its height.
            around = pane.parent()
            held = set(pane.find_all("scroll bar"))
            bars = (
                [self.scaled(b.visible()) for b in around.find_all("scroll bar") if b not in held]
                if around
                else []
            )
            box = self.scaled(pane.visible())
            beside = [b for b in bars if b[2] > 0 and b[3] > 0 and _across(b, box)]
            px, py, pw, ph = max(beside, key=lambda b: b[3], default=box)
            wheel = "5" if cy >= box[1] + box[3] else "4"
            self.click_at(px + pw // 2, py + ph // 2, button=wheel)
        self.click_at(cx, cy)

    def scaled(self, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        """A place Qt reported, in screen pixels."""
        return tuple(round(v * self.scale) for v in box)  # type: ignore[return-value]

    def on_screen(self, node: Node) -> tuple[int, int, int, int]:
        """Where `node` is on the screen, in screen pixels, once it has a size."""
        return self.scaled(wait_until(f"{node.name!r} on screen", lambda: _on_screen(node)))

    def click_at(self, x: int, y: int, button: str = "1") -> None:
        """Move the pointer to (x, y), which must be on the screen, and press `button` there.

        One xdotool call: the X server handles the move before the press.
        """
        width, height = self.size
        if not (0 <= x < width and 0 <= y < height):
            raise AssertionError(f"({x}, {y}) is off the screen: the widget cannot be reached")
        self.xdotool("mousemove", str(x), str(y), "click", button)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "15", "--", text)

    def key(self, *chords: str) -> None:
        """Keys as xdotool names them: "Return", "ctrl+l", "ctrl+shift+q"."""
        self.xdotool("key", "--delay", "40", *chords)

    def frames(self, pid: int) -> dict[str, tuple[int, int, int, int]]:
        """Every window of process `pid` on the screen, by title: x, y, width, height of
        the window with the window manager's frame around it, in screen pixels."""
        screen = display.Display(self.display)
        try:
            root = screen.screen().root
            atom = screen.intern_atom
            found = {}
            clients = root.get_full_property(atom("_NET_CLIENT_LIST"), X.AnyPropertyType)
            for wid in clients.value if clients else []:
                window = screen.create_resource_object("window", wid)
                owner = window.get_full_property(atom("_NET_WM_PID"), X.AnyPropertyType)
                if owner is None or owner.value[0] != pid:
                    continue
                if window.get_attributes().map_state != X.IsViewable:
                    continue
                geometry = window.get_geometry()
                at = window.translate_coords(root, 0, 0)
                margins = window.get_full_property(atom("_NET_FRAME_EXTENTS"), X.AnyPropertyType)
                left, right, top, bottom = margins.value if margins else (0, 0, 0, 0)
                name = window.get_full_property(atom("_NET_WM_NAME"), X.AnyPropertyType)
                title = bytes(name.value).decode() if name else str(wid)
                found[title] = (
                    -at.x - left,
                    -at.y - top,
                    geometry.width + left + right,
                    geometry.height + top + bottom,
                )
            return found
        finally:
            screen.close()

    def off_screen(self, pid: int) -> dict[str, tuple[int, int, int, int]]:
        """The windows of `pid` that do not fit on the screen, frame included, or that go
        over its task bar (`task_bar`)."""
        left, top, width, height = self.work_area()
        return {
            title: box
            for title, box in self.frames(pid).items()
            if box[0] < left
            or box[1] < top
            or box[0] + box[2] > left + width
            or box[1] + box[3] > top + height
        }

    def grab(self, box: tuple[int, int, int, int]) -> bytes:
        """The pixels of a part of the screen (x, y, width, height), as they are now."""
        x, y, w, h = box
        right, bottom = min(x + w, self.size[0]), min(y + h, self.size[1])
        x, y = max(x, 0), max(y, 0)  # the part on the screen
        if right <= x or bottom <= y:
            return b""  # nothing of it is on the screen
        w, h = right - x, bottom - y
        screen = display.Display(self.display)
        try:
            raw = screen.screen().root.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF)
            return bytes(raw.data)
        finally:
            screen.close()

    def screenshot(self, path: Path) -> Image.Image:
        """The whole screen, as the person sees it; also written to `path`."""
        screen = display.Display(self.display)
        try:
            root = screen.screen().root
            geometry = root.get_geometry()
            raw = root.get_image(0, 0, geometry.width, geometry.height, X.ZPixmap, 0xFFFFFFFF)
            image = Image.frombytes(
                "RGB", (geometry.width, geometry.height), raw.data, "raw", "BGRX"
            )
        finally:
            screen.close()
        image.save(path)
        return image


MENUS = frozenset({"menu", "menu item", "menu bar", "popup menu"})


def _within(box: tuple[int, int, int, int], around: tuple[int, int, int, int]) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = around
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def _across(bar: tuple[int, int, int, int], pane: tuple[int, int, int, int]) -> bool:
    """Whether a scroll bar is within the height of a pane (beside it or in it)."""
    return pane[1] <= bar[1] and bar[1] + bar[3] <= pane[1] + pane[3]


def _inside(box: tuple[int, int, int, int], x: int, y: int) -> bool:
    bx, by, bw, bh = box
    return bx <= x < bx + bw and by <= y < by + bh


def _titled(title: str, wanted: str | None) -> bool:
    """Whether a window's accessible name is `wanted` (Qt adds " — " and the app's name)."""
    return wanted is None or title in (wanted, f"{wanted} — Bewijskluis")


def _on_screen(node: Node) -> tuple[int, int, int, int] | None:
    x, y, w, h = node.extents()
    return (x, y, w, h) if w > 0 and h > 0 else None


# -- the app --------------------------------------------------------------------------


class AppProcess:
    """`python -m evidence_app --basedir BASE` on a desktop, and what a test asks of it."""

    def __init__(
        self,
        desktop: Desktop,
        base: Path,
        *,
        language: str = "en",
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.desktop = desktop
        self.base = base
        env = dict(desktop.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            LANG=f"{ {'en': 'en_GB', 'nl': 'nl_BE', 'fr': 'fr_BE'}[language] }.UTF-8",
            LANGUAGE=language,
            TZ="Europe/Brussels",
            PYTHONFAULTHANDLER="1",
        )
        env.update(extra_env or {})
        desktop.scale = float(env.get("QT_SCALE_FACTOR", "1"))
        self.log = desktop.folder / f"app-{time.monotonic_ns()}.log"
        self._log = self.log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "evidence_app", "--basedir", str(base)],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def output(self) -> str:
        self._log.flush()
        return self.log.read_text(errors="replace")

    def root(self) -> Node:
        """The app's node on the accessibility bus."""

        def ours() -> Node | None:
            for app in self.desktop.atspi.applications():
                try:
                    if app.name == "Bewijskluis":
                        return app
                except LookupError:
                    continue
            return None

        return wait_until("the app on the accessibility bus", ours)

    def window(self, role: str, name: str | None = None, timeout: float = 30) -> Node:
        """A showing top-level window (frame, dialog) of the app."""

        def find() -> Node | None:
            self.check_alive()
            for node in self.root().children():
                try:
                    if node.role == role and _titled(node.name, name) and node.has(SHOWING):
                        return node
                except LookupError:
                    continue
            return None

        return wait_until(f"a {role} {name or ''}".strip(), find, timeout)

    def windows(self) -> list[tuple[str, str]]:
        """Role and name of every showing top-level window."""
        found = []
        for node in self.root().children():
            try:
                if node.has(SHOWING):
                    found.append((node.role, node.name.removesuffix(" — Bewijskluis")))
            except LookupError:
                continue
        return found

    def unlock(self, secret: str) -> Node:
        """Type `secret` into the unlock dialog and press Enter; the main window.

        The dialog opens with the focus in its passphrase field, whatever the language.
        """
        dialog = self.window("dialog", "Bewijskluis")
        wait_until(
            "the passphrase field to have the focus",
            lambda: [n for n in dialog.find_all("text") if n.has(FOCUSED)],
        )
        self.desktop.type(secret)
        self.desktop.key("Return")
        window = self.window("frame", "Bewijskluis")
        wait_until("the vault to be open", self.vault_files_open)
        return window

    def add_file(self, path: Path) -> Node:
        """Ctrl+O, the file's path typed in Qt's file dialog, Enter: the record form that opens."""
        self.desktop.key("ctrl+o")
        self.window("dialog", "Add files to the vault")
        self.desktop.type(str(path))
        self.desktop.key("Return")
        return self.window("dialog", "Tell what you know")

    def open_export(self) -> Node:
        """Ctrl+E: the export dialog (a modal one)."""
        self.desktop.key("ctrl+e")
        return self.window("dialog", "Export a dossier for the police")

    def start_export(self, target: Path) -> Node:
        """Ctrl+E, "Choose…", `target` typed in the file dialog, Enter, then Export once it
        can be clicked: the export dialog, exporting."""
        dialog = self.open_export()
        self.desktop.click(dialog.find("push button", "Choose…"))
        self.window("dialog", "Save the dossier as")
        self.desktop.type(str(target))
        self.desktop.key("Return")
        export = dialog.find("push button", "Export")
        wait_until("the dossier to be ready to export", lambda: export.has(ENABLED))
        self.desktop.click(export)
        return dialog

    def tree(self) -> str:
        """Every showing node of the app, one per line: role, name, place on the screen."""
        lines = []

        def visit(node: Node, depth: int) -> None:
            try:
                if not node.has(SHOWING) and depth > 1:
                    return
                lines.append(f"{'  ' * depth}{node.role} {node.name!r} {node.extents()}")
                for child in node.children():
                    visit(child, depth + 1)
            except (LookupError, ValueError):
                lines.append(f"{'  ' * depth}(gone)")

        visit(self.root(), 0)
        return "\n".join(lines)

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            raise AssertionError(
                f"the app ended with {self.proc.returncode}:\n{self.output()[-3000:]}"
            )

    def vault_files_open(self) -> list[str]:
        """The vault files (`vault.db`, its WAL, shared memory) this process has open or mapped."""
        if self.proc.poll() is not None:
            return []
        process = psutil.Process(self.pid)
        vault = str(self.base / "vault")
        held = [f.path for f in process.open_files()]
        held += [m.path for m in process.memory_maps()]
        return sorted({path for path in held if path.startswith(vault)})

    def wait_gone(self, timeout: float = 15) -> int:
        """Wait for the process, and every process it started, to end; its exit code."""
        children = (
            psutil.Process(self.pid).children(recursive=True) if self.proc.poll() is None else []
        )
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the app is still running:\n{self.output()[-3000:]}") from None
        _, alive = psutil.wait_procs(children, timeout=timeout)
        assert not alive, f"processes left behind: {[p.name() for p in alive]}"
        return code

    def stop(self) -> None:
        if self.proc.poll() is None:
            for child in psutil.Process(self.pid).children(recursive=True):
                child.kill()
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self._log.close()
