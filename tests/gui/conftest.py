"""GUI test fixtures: synchronous background tasks, a Qt translator in English and a painted
desktop to capture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import tasks
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.lock import safety
from tests.helpers.painted_desktop import PaintedDesktop


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Background work runs inline, so tests see its result at once.

    Tests of the real thread pool ask for `threaded_tasks` instead.
    """
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


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
