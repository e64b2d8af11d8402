"""A file prepared beforehand (its picture decoded on another thread) is stored with what
was found in it, unless it changed since: then it is looked at again."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.domain.errors import BadInput
from evidence_app.domain.model import Preview
from evidence_app.vault.item_store import prepare_file, prepared_ahead
from evidence_app.vault.service import VaultService


def test_a_prepared_picture_is_stored_with_what_its_decoding_found(
    created: tuple[VaultService, str], tmp_path: Path
) -> None:
    service, _ = created
    path = tmp_path / "shot.png"
    Image.new("RGB", (320, 200), (10, 120, 200)).save(path)
    prepared = prepare_file(path)
    assert (prepared.found.preview, prepared.found.width) == (Preview.IMAGE, 320)
    item = service.add_file(path, case_id=1, prepared=prepared)
    assert (item.preview, item.width, item.height) == (Preview.IMAGE.value, 320, 200)
    assert service.original_bytes(item.id) == path.read_bytes()


def test_a_file_changed_after_it_was_prepared_is_looked_at_again(
    created: tuple[VaultService, str], tmp_path: Path
) -> None:
    service, _ = created
    path = tmp_path / "shot.png"
    Image.new("RGB", (320, 200), (10, 120, 200)).save(path)
    prepared = prepare_file(path)
    path.write_bytes(b"not a picture any more")
    later = path.stat().st_mtime_ns + 10**9
    os.utime(path, ns=(later, later))
    item = service.add_file(path, case_id=1, prepared=prepared)
    assert item.preview == Preview.NOT_IMAGE.value and item.width is None
    assert service.original_bytes(item.id) == b"not a picture any more"
    assert service.check() == []


def test_what_was_prepared_for_another_file_is_not_used(
    created: tuple[VaultService, str], tmp_path: Path
) -> None:
    service, _ = created
    picture, other = tmp_path / "a.png", tmp_path / "b.bin"
    Image.new("RGB", (64, 64)).save(picture)
    other.write_bytes(b"plain bytes")
    item = service.add_file(other, case_id=1, prepared=prepare_file(picture))
    assert item.preview == Preview.NOT_IMAGE.value


def test_files_prepared_ahead_come_in_their_order_with_what_each_holds(
    created: tuple[VaultService, str], tmp_path: Path
) -> None:
    """The command line's way (`evidence-app add`): the next pictures are decoded on other
    threads while one is stored; each is stored with its own findings, in the order given."""
    service, _ = created
    paths = []
    for n in range(6):
        path = tmp_path / f"shot{n}.png"
        Image.new("RGB", (40 + n, 30), (n * 40, 90, 160)).save(path)
        paths.append(path)
    cut = tmp_path / "cut.png"
    cut.write_bytes(paths[0].read_bytes()[:-40])  # its last pixels missing
    missing, folder, pipe = tmp_path / "gone.png", tmp_path / "a folder", tmp_path / "pipe"
    folder.mkdir()
    os.mkfifo(pipe)  # opening it to read would wait for a writer for ever
    given = [paths[0], missing, paths[1], folder, pipe, cut, *paths[2:]]

    with contextlib.closing(prepared_ahead(given, workers=2)) as files:
        found = list(files)

    assert [path for path, _ in found] == given
    prepared = dict(found)
    assert prepared[missing] is None and prepared[folder] is None and prepared[pipe] is None
    for not_a_file in (missing, folder, pipe):  # `add_file` says what is wrong with each
        with pytest.raises(BadInput, match="not a readable file"):
            service.add_file(not_a_file, case_id=1, prepared=prepared[not_a_file])
    assert prepared[cut] is not None and prepared[cut].found.preview == Preview.BROKEN
    for n, path in enumerate(paths):
        ready = prepared[path]
        assert ready is not None and ready.path == path
        assert (ready.found.preview, ready.found.width) == (Preview.IMAGE, 40 + n)
    stored = [service.add_file(path, case_id=1, prepared=prepared[path]) for path in [*paths, cut]]
    assert [item.width for item in stored] == [40, 41, 42, 43, 44, 45, None]
    assert [service.original_bytes(item.id) for item in stored] == [
        path.read_bytes() for path in [*paths, cut]
    ]


def test_stopping_early_leaves_no_thread_behind(tmp_path: Path) -> None:
    paths = []
    for n in range(12):
        path = tmp_path / f"shot{n}.png"
        Image.new("RGB", (400, 300), (n, 0, 0)).save(path)
        paths.append(path)
    files = prepared_ahead(paths, workers=2)
    first, ready = next(files)
    assert first == paths[0] and ready is not None
    files.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("prepare-file")]
