"""GUI test fixtures: synchronous background tasks and a Qt translator in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.gui import tasks
from evidence_app.gui.i18n import Translations


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Background work runs inline, so tests see its result at once.

    Tests of the real thread pool ask for `threaded_tasks` instead.
    """
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


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
