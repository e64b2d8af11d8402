"""GUI test fixtures: synchronous background tasks, a Qt translator in English and a painted
desktop to capture."""

from __future__ import annotations

import functools
import inspect
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evidence_app import gui
from evidence_app.gui.common import tasks, text_size
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.lock import safety
from evidence_app.vault.service import NewVault, VaultService
from tests.helpers.painted_desktop import PaintedDesktop


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Background work runs inline, so tests see its result at once.

    Tests of the real thread pool ask for `threaded_tasks` instead.
    """
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


# Called from the GUI thread by design: the lock goes first, whatever runs (fail closed).
ON_THE_GUI_THREAD = frozenset({"lock"})
_HERE = str(Path(__file__).resolve().parents[1])  # tests/
_GUI = str(Path(gui.__file__).resolve().parent)  # evidence_app/gui/


def _called_from_the_window() -> str:
    """Where the window's code called the vault from ("" when a test did it itself)."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_HERE):
            return ""
        if name.startswith(_GUI):
            return f"{Path(name).relative_to(_GUI)}:{frame.f_lineno} {frame.f_code.co_name}"
        frame = frame.f_back
    return ""


@pytest.fixture(scope="session")
def gui_thread_calls() -> Iterator[list[str]]:
    """Every call the window makes to the vault service on the GUI thread itself, outside a
    task (DESIGN: nothing but the background helper touches the vault from there)."""
    calls: list[str] = []
    main = threading.main_thread()
    replaced: list[tuple[type, str, Any]] = []

    def watched(name: str, method: Any) -> Any:
        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is main and not tasks.running_inline():
                where = _called_from_the_window()
                if where:
                    calls.append(f"{name} from {where}")
            return method(*args, **kwargs)

        return call

    # The service's methods, its class and static ones (unlock, create) too, and putting a
    # new vault in place. Forgetting a key not in force (`discard`) opens no vault: it wipes
    # the key, and a setup's staging folder of a few small files.
    owners = [*VaultService.__mro__[:-1], NewVault]
    for cls in owners:
        for name, member in list(vars(cls).items()):
            if name.startswith("_") or name in ON_THE_GUI_THREAD or name == "discard":
                continue
            if isinstance(member, (classmethod, staticmethod)):
                wrapped: Any = type(member)(watched(name, member.__func__))
            elif inspect.isfunction(member):
                wrapped = watched(name, member)
            else:
                continue
            replaced.append((cls, name, member))
            setattr(cls, name, wrapped)
    yield calls
    for cls, name, method in replaced:
        setattr(cls, name, method)


@pytest.fixture(autouse=True)
def nothing_touches_the_vault_on_the_gui_thread(gui_thread_calls: list[str]) -> Iterator[None]:
    gui_thread_calls.clear()
    yield
    assert gui_thread_calls == [], "the vault was used on the GUI thread, not in a task"


@pytest.fixture(autouse=True)
def quick_exits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Quick exit in a test neither arms the hard exit (it would end the test run) nor ends
    the event loops (Qt would then skip every later wait): it records both instead."""
    calls: list[str] = []
    monkeypatch.setattr(safety, "arm_hard_exit", lambda: calls.append("armed"))
    monkeypatch.setattr(safety, "end_event_loops", lambda: calls.append("ended"))
    return calls


@pytest.fixture
def threaded_tasks(synchronous_tasks: None) -> Iterator[None]:
    tasks.set_synchronous(False)
    yield
    tasks.wait_idle()


@pytest.fixture
def translations(qtbot: QtBot) -> Iterator[Translations]:
    """Translators installed in English; switched back to English afterwards."""
    t = Translations()
    t.switch("en")
    yield t
    t.switch("en")


@pytest.fixture
def twice_as_big() -> Iterator[None]:
    """Settings > Text size at 200 %; the system's font again afterwards."""
    system = QApplication.font()
    text_size.apply(200)
    try:
        yield
    finally:
        QApplication.setFont(system)


@pytest.fixture(autouse=True, scope="session")
def focus_ring_as_in_the_app(qapp) -> None:
    """The app's style (`app.main` installs it): the ring around the control Tab reached."""
    from evidence_app.gui.common import focus_ring

    focus_ring.install(qapp)


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_gui_thread(qapp) -> Iterator[None]:
    """As the app does (gui.common.garbage): cycles holding widgets are never freed by a worker
    thread."""
    from evidence_app.gui.common.garbage import GuiThreadCollector

    collector = GuiThreadCollector()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    """What one test left behind is freed here, on the GUI thread, before the next starts."""
    import gc

    yield
    gc.collect()


@pytest.fixture
def desktop(qtbot: QtBot) -> PaintedDesktop:
    """Someone else's window over the whole screen, shown: what a screen capture grabs."""
    widget = PaintedDesktop()  # held by pytest for the test: qtbot keeps only a weak reference
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
