"""The question before a picture of a case about a minor, for every way a picture comes in
(capture, files, a folder, paste, drop, a web page): `PictureGate.first(go)`.

Whether each case is about a minor is read in the background when it is shown and kept
here; a case not read yet is read at the moment it is needed. The question itself is
`gui.common.minors`; the vault refuses a picture without the second choice in any case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.minors import (
    PictureChoice,
    ask_before_picture,
    holds_pictures,
    without_pictures,
)
from evidence_app.vault.service import VaultService


class PictureGate(QObject):
    """Asks before a picture for the case `case_id()` shows, in `window`."""

    def __init__(
        self,
        window: QWidget,
        service: Callable[[], VaultService | None],
        case_id: Callable[[], int | None],
        words_only: Callable[[], object],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._case_id = case_id
        self._words_only = words_only  # a new item of words only, its form open
        self._failed = failed
        self.known: dict[int | None, bool] = {}  # each case read: about a minor or not

    def refresh(self) -> None:
        """Read again, in the background, whether the case shown is about a minor."""
        self.known.clear()
        service, case_id = self._service(), self._case_id()
        if service is None:
            return

        def read(minors: bool) -> None:
            self.known[case_id] = minors

        tasks.run_task(lambda: service.minors(case_id), read, self._failed, context=self)

    def minors(self) -> bool:
        """Whether the case shown is about a minor, as far as it was read."""
        return self.known.get(self._case_id(), False)

    def asks_first(self, paths: Sequence[Path] | None = None) -> bool:
        """Whether the case shown is about a minor (and `paths`, if given, hold pictures)."""
        service = self._service()
        if service is None:
            return False
        case_id = self._case_id()
        if case_id not in self.known:  # not read yet: read now, once
            try:
                self.known[case_id] = service.minors(case_id)
            except messages.EXPECTED_ERRORS:
                return False  # the vault refuses the picture itself if it must
        return self.known[case_id] and (paths is None or holds_pictures(paths))

    def first(
        self,
        go: Callable[[bool], object],
        paths: Sequence[Path] | None = None,
        rest: Callable[[list[Path]], object] | None = None,
    ) -> None:
        """Start a capture or an import (`go(picture_ok)`); for a case about a minor, ask
        first and offer words only. `paths`: files whose content says whether they are
        pictures at all; `rest(files)` stores those that are not, when words are chosen."""
        if self._service() is None:
            return
        if not self.asks_first(paths):
            go(False)
            return
        choice = ask_before_picture(self._window)
        if choice is PictureChoice.WORDS:
            kept = without_pictures(paths or ())
            if kept and rest is not None:  # the chats and texts among them are kept
                rest(kept)
            self._words_only()
        elif choice is PictureChoice.PICTURE:
            go(True)
