"""Importing files: byte for byte, sources untouched, drops, paste, hostile images, batches."""

from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import threading
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThread, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evidence_app.domain.model import Item, ItemKind, Preview
from evidence_app.gui.common import tasks
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.items import batch_import, item_model
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from evidence_app.vault import item_store
from evidence_app.vault.item_store import PreparedFile


@pytest.fixture
def window(qtbot: QtBot, vault, translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(1000, 640)
    win.show()
    qtbot.waitExposed(win)
    return win


def _stored(vault, item_id: int) -> bytes:
    return vault.service.original_bytes(item_id)


def _drop(window: MainWindow, urls: list[QUrl]) -> bool:
    """Send a real drag-enter and drop of `urls` to the window, as a file manager does."""
    mime = QMimeData()
    mime.setUrls(urls)
    pos = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(
        QPoint(int(pos.x()), int(pos.y())),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert drop.dropAction() == Qt.DropAction.CopyAction  # never a move
    return drop.isAccepted()


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares `width`×`height` pixels but carries almost none."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_a_dropped_file_is_stored_byte_for_byte_and_left_alone(
    window: MainWindow, vault, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "foto van mij.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), (30, 200, 90)).save(buffer, "JPEG", quality=93)
    source.write_bytes(buffer.getvalue())
    os.utime(source, (1_700_000_000, 1_700_000_000))
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    assert _drop(window, [QUrl.fromLocalFile(str(source))])
    (item,) = vault.service.items()
    assert _stored(vault, item.id) == before[0]
    assert item.sha256 == hashlib.sha256(before[0]).hexdigest()
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before  # untouched
    assert item.kind == ItemKind.FILE and item.capture_method == "drop"
    assert item.original_name == "foto van mij.jpg"
    assert item.file_modified_at == "2023-11-14T22:13:20.000000Z"
    record = window.record_dialogs[-1]
    assert record.form.item().id == item.id
    assert record.viewer.image_size() == (120, 90)
    assert "2023-11-14 22:13:20 UTC" in record.form.file_date.text()


def test_dropping_web_links_is_refused(window: MainWindow, vault) -> None:
    assert not _drop(window, [QUrl("https://example.com/a.png")])
    assert vault.service.items() == []


def test_a_dropped_folder_is_imported_whole(
    window: MainWindow, vault, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "WhatsApp Chat"
    (folder / "media").mkdir(parents=True)
    files = {
        folder / "_chat.txt": b"[12/05/2026, 21:04] X: stuur die foto\n",
        folder / "media" / "clip.opus": os.urandom(3000),
        folder / "mail.eml": b"From: x@example.com\r\nSubject: hi\r\n\r\nbody\r\n",
    }
    for path, data in files.items():
        path.write_bytes(data)
    assert _drop(window, [QUrl.fromLocalFile(str(folder))])
    qtbot.waitUntil(lambda: window.importer.batch is not None and window.importer.batch.done)
    stored = {item.original_name: _stored(vault, item.id) for item in vault.service.items()}
    assert stored == {path.name: data for path, data in files.items()}
    assert window.record_dialogs == []  # a batch does not open a form per file
    assert window.statusBar().currentMessage() == "3 files stored."


@pytest.mark.parametrize(
    ("name", "make", "preview"),
    [
        ("truncated.png", lambda png: png[: len(png) // 2], Preview.BROKEN),
        # Fixed bytes: some random tails make Pillow say "not an image" instead.
        (
            "garbage.jpg",
            lambda png: b"\xff\xd8\xff\xe0" + random.Random(3).randbytes(5000),
            Preview.BROKEN,
        ),
        ("huge.png", lambda png: _png_header(30_000, 30_000), Preview.TOO_LARGE),
        ("wide.png", lambda png: _png_header(2**31 - 1, 1), Preview.TOO_LARGE),
        # Under the 50-megapixel limit and with valid chunks but no pixels: an import
        # is decoded in full, so the core itself finds it broken.
        ("bomb.png", lambda png: _png_header(7000, 7000), Preview.BROKEN),
    ],
)
def test_hostile_images_are_kept_with_no_preview(
    window: MainWindow, vault, qtbot: QtBot, tmp_path: Path, make_png, name, make, preview
) -> None:
    data = make(make_png((1, 2, 3), (300, 200)).read_bytes())
    source = tmp_path / name
    source.write_bytes(data)
    window.import_paths([source])
    (item,) = vault.service.items()
    assert _stored(vault, item.id) == data
    assert item.preview == preview
    record = window.record_dialogs[-1]
    assert not record.viewer.has_image()
    assert "kept exactly as it came in" in record.note.text()
    window.select_item(item.id)
    assert "kept exactly as it came in" in window.detail.note.text()


def test_paste_stores_a_copied_picture(window: MainWindow, vault, qtbot: QtBot) -> None:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(12, 34, 56))
    image.setPixelColor(5, 7, QColor(255, 255, 0))
    QGuiApplication.clipboard().setImage(image)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (item,) = vault.service.items()
    assert item.kind == ItemKind.CLIPBOARD and item.preview == Preview.IMAGE
    with Image.open(io.BytesIO(_stored(vault, item.id))) as stored:
        assert stored.size == (64, 40)
        assert stored.convert("RGB").getpixel((5, 7)) == (255, 255, 0)
        assert stored.convert("RGB").getpixel((0, 0)) == (12, 34, 56)
    # The clipboard still holds what the person copied: nothing was cleared or added.
    assert QGuiApplication.clipboard().image().pixelColor(5, 7) == QColor(255, 255, 0)
    assert window.record_dialogs[-1].form.item().id == item.id


def test_paste_stores_copied_files(
    window: MainWindow, vault, qtbot: QtBot, make_png, tmp_path: Path
) -> None:
    first, second = make_png((9, 9, 9), name="a.png"), tmp_path / "b.pdf"
    second.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    QGuiApplication.clipboard().setMimeData(mime)
    window.toolbar.paste.trigger()
    qtbot.waitUntil(lambda: window.importer.batch is not None and window.importer.batch.done)
    stored = {i.original_name: _stored(vault, i.id) for i in vault.service.items()}
    assert stored == {"a.png": first.read_bytes(), "b.pdf": second.read_bytes()}
    assert {i.capture_method for i in vault.service.items()} == {"clipboard-files"}


def test_paste_in_a_text_field_pastes_text_not_evidence(
    window: MainWindow, vault, qtbot: QtBot
) -> None:
    QGuiApplication.clipboard().setText("https://www.instagram.com/p/xyz")
    window.case_bar.search.setFocus()
    qtbot.keyClick(window.case_bar.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.case_bar.search.text() == "https://www.instagram.com/p/xyz"
    assert vault.service.items() == []


def _many_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for index in range(count):
        path = folder / f"file{index:04d}.bin"
        path.write_bytes(index.to_bytes(4, "big") * 256)
        paths.append(path)
    return paths


def test_a_batch_import_can_be_cancelled_and_keeps_what_was_committed(
    window: MainWindow, vault, qtbot: QtBot, tmp_path: Path
) -> None:
    paths = _many_files(tmp_path / "many", 40)
    window.import_paths(paths)
    batch, progress = window.importer.batch, window.importer.progress
    assert batch is not None and progress is not None
    qtbot.waitUntil(lambda: len(batch.added) >= 5)
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch.done)
    stored = {i.original_name: _stored(vault, i.id) for i in vault.service.items()}
    assert 5 <= len(stored) < 40
    assert stored == {p.name: p.read_bytes() for p in paths[: len(stored)]}
    assert window.statusBar().currentMessage() == f"Import stopped: {len(stored)} files stored."
    assert window.importer.progress is None


@pytest.mark.usefixtures("threaded_tasks")
def test_the_window_stays_responsive_during_a_500_file_import(
    window: MainWindow, vault, qtbot: QtBot, tmp_path: Path
) -> None:
    paths = _many_files(tmp_path / "many", 500)
    seen_progress: list[int] = []
    window.import_paths(paths)
    # Right after opening, the import waits for the case list, then starts.
    qtbot.waitUntil(lambda: window.importer.batch is not None)
    batch = window.importer.batch
    assert batch is not None
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: seen_progress.append(len(batch.added)))
    timer.start()
    qtbot.waitUntil(lambda: batch.done, timeout=120_000)
    timer.stop()
    assert len(batch.added) == 500
    assert len(vault.service.items()) == 500
    # The event loop kept turning while files were stored: the timer saw the bar move.
    moving = {value for value in seen_progress if 0 < value < 500}
    assert len(moving) >= 10


@pytest.mark.usefixtures("threaded_tasks")
@pytest.mark.parametrize("how", ["one file", "a folder", "paste"])
def test_evidence_that_arrives_before_the_case_list_waits_for_it(
    qtbot: QtBot, vault, translations, tmp_path: Path, how: str
) -> None:
    """Files dropped the moment the window opens were silently dropped (the case was unknown)."""
    files = _many_files(tmp_path / "early", 3)
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    # The case list is asked of the worker; its answer needs the event loop, which has
    # not turned yet: nothing is known of the cases at this moment.
    assert win.current_case_id() is None
    if how == "one file":
        win.import_paths(files[:1])
    elif how == "a folder":
        win.import_paths([tmp_path / "early"])
    else:
        picture = QImage(40, 30, QImage.Format.Format_RGB32)
        picture.fill(QColor("darkred"))
        QGuiApplication.clipboard().setImage(picture)
        win.importer.paste()
    expected = 3 if how == "a folder" else 1
    qtbot.waitUntil(lambda: len(vault.service.items()) == expected, timeout=30_000)
    qtbot.waitUntil(lambda: win.importer.batch is None or win.importer.batch.done, timeout=30_000)
    assert {item.case_id for item in vault.service.items()} == {win.current_case_id()}


@pytest.mark.usefixtures("threaded_tasks")
def test_a_folder_of_pictures_is_decoded_on_the_other_cores_and_stored_in_order(
    window: MainWindow, vault, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pictures are looked at (decoded) on threads of their own, side by side where
    there are cores enough, while another thread stores them one after the other, in the
    order of the folder, each byte for byte, each with what its decoding found."""
    folder = tmp_path / "phone"
    folder.mkdir()
    for index in range(24):
        Image.effect_noise((900, 1600), 40 + index).convert("RGB").save(
            folder / f"Screenshot_{index:03d}.png"
        )
    threads: set[int] = set()
    real = batch_import.prepare_file

    def noting(path: Path) -> PreparedFile:  # the real one, noting on which thread it ran
        threads.add(threading.get_ident())
        return real(path)

    monkeypatch.setattr(batch_import, "prepare_file", noting)
    storing: set[int] = set()
    add_file = vault.service.add_file

    def stored_noting(*args: Any, **kwargs: Any) -> Item:  # the real one, noting its thread
        storing.add(threading.get_ident())
        return add_file(*args, **kwargs)

    monkeypatch.setattr(vault.service, "add_file", stored_noting)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.importer.batch is not None)
    batch = window.importer.batch
    assert batch is not None
    qtbot.waitUntil(lambda: batch.done, timeout=120_000)
    items = vault.service.items()
    assert [i.original_name for i in sorted(items, key=lambda i: i.id)] == [
        f"Screenshot_{index:03d}.png" for index in range(24)
    ]
    for item in items:
        assert _stored(vault, item.id) == (folder / item.original_name).read_bytes()
        assert (item.width, item.height, item.preview) == (900, 1600, Preview.IMAGE.value)
    model = window.model  # the list tells them apart by their names, until they are described
    qtbot.waitUntil(lambda: model.rowCount() == 24)
    qtbot.waitUntil(
        lambda: (
            {model.index(r, item_model.COL_DESCRIPTION).data() for r in range(24)}
            == {f"File: Screenshot_{index:03d}.png" for index in range(24)}
        )
    )
    assert len(storing) == 1 and not storing & threads  # one thread stores, others decode
    assert threading.get_ident() not in threads | storing  # nothing of it on the GUI thread
    spread = tasks.spread_pool().maxThreadCount()
    assert spread == item_store.preparing_threads() <= item_store.MOST_AT_ONCE
    assert spread == 1 or spread < QThread.idealThreadCount()  # a core left to the storing
    assert len(threads) <= spread
    if spread >= 2:
        assert len(threads) >= 2
