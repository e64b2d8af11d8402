"""A file prepared beforehand (its picture decoded on another thread) is stored with what
was found in it, unless it changed since: then it is looked at again."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from evidence_app.domain.model import Preview
from evidence_app.vault.item_store import prepare_file
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
