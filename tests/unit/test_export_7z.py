"""The password export: a 7z (AES-256, encrypted headers) that shows nothing without it.

Read back with the real 7-Zip command (`7zz`, Debian package 7zip), with sha256sum and
with verify; old password ZIPs are made as the earlier version made them (pyzipper)."""

from __future__ import annotations

import gc
import hashlib
import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

import py7zr
import pytest
import pyzipper

from evidence_app.domain.errors import BadInput, PassphraseTooWeak
from evidence_app.export import BundleUnreadable, bundle_reading, sevenzip, verify_bundle
from evidence_app.export.sevenzip import MAGIC
from evidence_app.vault.service import VaultService
from tests.helpers.evidence import Evidence, add_evidence, export

PASSWORD = "Wachtwoord voor de politie 2026!"
BUNDLE_FILES = ["dossier.pdf", "VERIFY.txt", "manifest.json", "SHA256SUMS"]


def seven_zip() -> str:
    found = shutil.which("7zz") or shutil.which("7z")
    if found is None:  # scripts/debian-packages.sh installs it: missing means a broken setup
        pytest.fail("7-Zip is not installed (Debian package 7zip)")
    return found


def run_7z(*args: str) -> subprocess.CompletedProcess[str]:
    """7-Zip with no terminal: where it would ask for a password, it gets none."""
    return subprocess.run(
        [seven_zip(), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def listing(archive: Path, password: str) -> dict[str, dict[str, str]]:
    """`7zz l -slt`: each entry's path -> its fields (Size, Method, Encrypted, ...)."""
    result = run_7z("l", "-slt", f"-p{password}", str(archive))
    assert result.returncode == 0, result.stdout + result.stderr
    entries: dict[str, dict[str, str]] = {}
    for block in result.stdout.split("----------", 1)[1].strip().split("\n\n"):
        fields = dict(line.split(" = ", 1) for line in block.splitlines() if " = " in line)
        entries[fields["Path"]] = fields
    return entries


@pytest.fixture
def evidence(service: VaultService, tmp_path: Path) -> Evidence:
    return add_evidence(service, tmp_path / "files")


@pytest.fixture
def bundle(evidence: Evidence, tmp_path: Path) -> Path:
    return export(evidence.service, tmp_path / "dossier").path


@pytest.fixture
def archive(evidence: Evidence, tmp_path: Path) -> Path:
    return export(evidence.service, tmp_path / "dossier.7z", password=PASSWORD).path


def _names(evidence: Evidence, unpacked: Path | None = None) -> list[str]:
    names = [*BUNDLE_FILES, "originals"]
    names += [p.name for p in evidence.files]
    if unpacked is not None:
        names += [p.name for p in (unpacked / "originals").iterdir()]
    return names


def test_without_the_password_nothing_of_the_evidence_can_be_read(
    evidence: Evidence, archive: Path, tmp_path: Path
) -> None:
    unpacked = tmp_path / "unpacked"
    assert run_7z("x", f"-p{PASSWORD}", f"-o{unpacked}", str(archive)).returncode == 0
    names = _names(evidence, unpacked)
    sizes = [str(p.stat().st_size) for p in unpacked.rglob("*") if p.is_file()]
    assert len(names) > 10 and len(sizes) == 9
    # 7-Zip asks for the password before it shows anything; with none, or a wrong one,
    # it lists and unpacks nothing: no names, no sizes, no times.
    attempts = {
        "no password": ("l", "-slt", str(archive)),
        "wrong password": ("l", "-slt", "-pnot the password", str(archive)),
        "unpack, wrong password": ("x", "-pnot the password", f"-o{tmp_path / 'x'}", str(archive)),
    }
    for what, args in attempts.items():
        result = run_7z(*args)
        said = result.stdout + result.stderr
        assert result.returncode != 0, what
        assert "Cannot open encrypted archive" in said or "Enter password" in said, said
        assert "Path = " + archive.as_posix() in said or "Path" not in said
        assert said.count("Path = ") <= 1, said  # the archive's own line at most
        for name in names:
            assert name not in said, (what, name)
        for size in sizes:
            assert f"Size = {size}" not in said, (what, size)
        assert "Modified" not in said
    assert not any(p.is_file() for p in (tmp_path / "x").rglob("*"))
    # The bytes of the file: a 7z signature, then ciphertext only. No name (7z stores
    # names as UTF-16), no text of the dossier, no piece of any original.
    data = archive.read_bytes()
    assert data.startswith(MAGIC)
    for name in names:
        assert name.encode("utf-8") not in data and name.encode("utf-16-le") not in data, name
    for text in ("%PDF-1.", "instagram.com", "Notitie bij", "Noël Dupont", "sha256", "BEWIJSKLUIS"):
        assert text.encode("utf-8") not in data, text
    for original in evidence.files:
        content = original.read_bytes()
        for at in (0, len(content) // 2, max(0, len(content) - 32)):
            assert content[at : at + 32] not in data, original.name


def test_7zip_unpacks_it_with_the_password_into_a_bundle_that_verifies(
    evidence: Evidence, archive: Path, tmp_path: Path
) -> None:
    unpacked = tmp_path / "unpacked"
    result = run_7z("x", f"-p{PASSWORD}", f"-o{unpacked}", str(archive))
    assert result.returncode == 0, result.stdout + result.stderr
    assert verify_bundle(unpacked) == []
    checked = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=unpacked,
        capture_output=True,
        check=False,
    )
    assert checked.returncode == 0
    by_hash = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in evidence.files}
    originals = sorted((unpacked / "originals").iterdir())
    assert len(originals) == len(evidence.files)
    for path in originals:
        assert (
            path.read_bytes() == by_hash[hashlib.sha256(path.read_bytes()).hexdigest()].read_bytes()
        )
    # Every entry is encrypted, stored as it is (Copy), and has its real size: the
    # export hands py7zr streams of unknown length (see sevenzip._PipeReader).
    entries = listing(archive, PASSWORD)
    files = {p.relative_to(unpacked).as_posix(): p for p in unpacked.rglob("*") if p.is_file()}
    assert set(entries) == set(files)
    for name, fields in entries.items():
        assert fields["Encrypted"] == "+", name
        assert fields["Method"].startswith("Copy 7zAES"), fields["Method"]
        assert int(fields["Size"]) == files[name].stat().st_size, name


def test_verify_reads_the_7z_with_its_password_only(archive: Path) -> None:
    assert verify_bundle(archive, PASSWORD) == []
    with pytest.raises(BundleUnreadable, match="protected with a password: give it with"):
        verify_bundle(archive)
    with pytest.raises(BundleUnreadable, match=r"this password does not open dossier\.7z"):
        verify_bundle(archive, PASSWORD + "x")
    renamed = archive.rename(archive.with_name("dossier.dat"))  # known by its content
    assert verify_bundle(renamed, PASSWORD) == []


def test_an_accented_password_opens_it_however_it_was_typed(
    evidence: Evidence, tmp_path: Path
) -> None:
    typed = "Één wachtwoord voor de politie, à Liège"
    decomposed = unicodedata.normalize("NFD", typed)
    assert decomposed != typed
    archive = export(evidence.service, tmp_path / "d.7z", password=decomposed).path
    assert verify_bundle(archive, typed) == []
    assert verify_bundle(archive, decomposed) == []
    assert len(listing(archive, typed)) == 9  # 7-Zip, given the composed form


def test_verify_names_a_file_changed_inside_a_7z(archive: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "unpacked"
    assert run_7z("x", f"-p{PASSWORD}", f"-o{unpacked}", str(archive)).returncode == 0
    photo = unpacked / "originals" / "3-foto.jpg"
    data = bytearray(photo.read_bytes())
    data[500] ^= 0x01
    photo.write_bytes(bytes(data))
    repacked = tmp_path / "repacked.7z"
    with py7zr.SevenZipFile(repacked, "w", password=PASSWORD, header_encryption=True) as out:
        for path in sorted(p for p in unpacked.rglob("*") if p.is_file()):
            out.write(path, path.relative_to(unpacked).as_posix())
    assert [str(f) for f in verify_bundle(repacked, PASSWORD)] == [
        "originals/3-foto.jpg: its SHA-256 does not match SHA256SUMS (changed)",
        "originals/3-foto.jpg: its SHA-256 differs from manifest.json",
    ]


def test_a_7z_of_too_many_entries_is_not_read(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_reading, "MAX_ENTRIES", 8)  # the dossier has 9 files
    with pytest.raises(BundleUnreadable, match="holds 9 entries, far more than"):
        verify_bundle(archive, PASSWORD)


@pytest.mark.parametrize(
    ("name", "password", "error"),
    [
        ("d.7z", "x", PassphraseTooWeak),  # one character
        ("d.7z", "aaaaaaaaaaaaaaa", PassphraseTooWeak),  # long, and easy to guess
        ("d.7z", "wachtwoord12", PassphraseTooWeak),
        ("d.zip", PASSWORD, BadInput),  # a password makes a 7z, never a ZIP
        ("d", PASSWORD, BadInput),
        ("d.7z", None, BadInput),
    ],
)
def test_a_weak_or_misplaced_password_is_refused_before_anything_is_written(
    evidence: Evidence, tmp_path: Path, name: str, password: str | None, error: type[Exception]
) -> None:
    before = len(evidence.service.audit_entries())
    with pytest.raises(error):
        export(evidence.service, tmp_path / name, password=password)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["files", "home"]
    assert len(evidence.service.audit_entries()) == before


def test_the_export_is_recorded_as_an_encrypted_7z(evidence: Evidence, archive: Path) -> None:
    entry = evidence.service.audit_entries()[-1]
    assert entry.action == "export"
    assert (entry.details["format"], entry.details["encrypted"]) == ("7z", True)


def test_a_password_zip_made_by_an_earlier_version_still_verifies(
    bundle: Path, tmp_path: Path
) -> None:
    """Dossiers already in police hands: AES ZIPs as pyzipper wrote them before the 7z."""
    old = tmp_path / "old.zip"
    with pyzipper.AESZipFile(
        old, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as out:
        out.setpassword(PASSWORD.encode("utf-8"))
        out.setencryption(pyzipper.WZ_AES, nbits=256)
        for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
            out.write(path, path.relative_to(bundle).as_posix())
    assert verify_bundle(old, PASSWORD) == []
    with pytest.raises(BundleUnreadable, match="encrypted"):
        verify_bundle(old)
    with pytest.raises(BundleUnreadable, match="encrypted"):
        verify_bundle(old, "not the password")


def test_each_file_written_lets_go_of_its_pipe(evidence: Evidence, tmp_path: Path) -> None:
    # py7zr keeps every file's reader until the archive is closed: with its pipe (a queue
    # and events), 2,000 screenshots held 9 MiB more at the end.
    alive: list[int] = []

    def progress(done: int, total: int) -> None:
        gc.collect()
        alive.append(sum(isinstance(o, sevenzip._Pipe) for o in gc.get_objects()))

    export(evidence.service, tmp_path / "dossier.7z", password=PASSWORD, progress=progress)
    assert len(alive) >= len(evidence.items)
    assert max(alive) <= 1  # the file being written, if any


def test_pieces_of_every_size_come_out_of_the_7z_as_they_went_in(tmp_path: Path) -> None:
    # The pipe gathers writes into chunks of exactly the size py7zr reads, and hands a
    # MiB of an original over as it is: every boundary case, read back by py7zr.
    block = sevenzip._BLOCK
    rng = random.Random(7)
    pieces = [rng.randbytes(n) for n in (1, 8192, block - 8193, block, 3 * block + 5, block, 17)]
    pieces += [bytearray(rng.randbytes(block)), memoryview(rng.randbytes(block + 1))]
    target = tmp_path / "pieces.7z"
    sink = sevenzip.SevenZipSink(target, tmp_path / ".pieces.7z.partial", PASSWORD)
    with sink.open("all.bin", compress=False) as handle:
        for piece in pieces:
            assert handle.write(piece) == len(piece)
    with sink.open("one-block.bin", compress=False) as handle:
        handle.write(pieces[3])
    sink.commit()
    with py7zr.SevenZipFile(target, password=sevenzip.password_for_key(PASSWORD)) as archive:
        archive.extractall(path=tmp_path / "out")
    assert (tmp_path / "out" / "all.bin").read_bytes() == b"".join(map(bytes, pieces))
    assert (tmp_path / "out" / "one-block.bin").read_bytes() == pieces[3]


def test_a_reader_asked_for_less_than_a_chunk_gives_it_in_order() -> None:
    # py7zr reads a whole chunk at a time today; a smaller read must still lose nothing.
    pipe = sevenzip._Pipe(bytearray(sevenzip._BLOCK))
    pipe._put(b"abcdefgh")
    pipe._put(b"ij")
    pipe._put(None)
    reads = [pipe.reader.read(n) for n in (3, 3, 10, 1, 5, 5)]
    assert reads == [b"abc", b"def", b"gh", b"i", b"j", b""]
