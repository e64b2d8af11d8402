"""The password-protected bundle: one 7z file, AES-256, its list of files encrypted too.

Why 7z. A password ZIP (AES, as pyzipper writes it) encrypts the contents of
each file but not its entry: anyone could read the names, sizes and times of
the evidence without the password ("3-nude-photo.jpg, 2.1 MB"). ZIP has no way
to hide them, and a ZIP inside an encrypted ZIP would leave the person or the
police to open two archives and type the password for the inner one. A 7z with
encrypted headers shows nothing at all until the password is given: 7-Zip (free,
on Windows), Keka and The Unarchiver (macOS), p7zip/7zip (Linux) ask for it
before they list anything. Windows 11's own Explorer opens 7z files (23H2),
but not encrypted ones; VERIFY.txt and the export dialog name 7-Zip.

How it is written. py7zr (pure Python, with pycryptodomex for AES) compresses
from a stream it reads, while the bundle pushes each file out piece by piece
(the PDF as it is laid out, each original as the vault decrypts it). So each
file goes through a small pipe: the export's thread writes chunks of at most
1 MiB into a queue of `_DEPTH` chunks, and a short-lived thread runs py7zr's
`writef`, which reads them, encrypts them and writes them to the temporary
file. Memory holds a few chunks, never the dossier. Nothing is compressed
("Copy" then AES): screenshots and photos do not shrink, and LZMA took ~25
times as long on them; the whole archive is one solid stream, written once,
front to back. The key is derived from the password as 7-Zip does (SHA-256,
2^19 rounds).

What touches the disk: the temporary `.NAME.7z.partial-PID`, which only ever
holds ciphertext and the 32-byte 7z signature header (where the encrypted header
starts, its size and checksum), then the final name. No plaintext temp file is
made anywhere: the PDF is laid out and the images decoded in memory, and the
vault keeps its temporary tables in memory (`temp_store`). What the operating
system may write from memory to swap is outside what an application decides.

Reading (for verify) is the same in reverse: one pass over the archive, every
entry hashed as py7zr decrypts it, nothing written anywhere; `manifest.json`
and `SHA256SUMS` are kept up to a bound.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import queue
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, cast

import py7zr
from py7zr.io import Py7zIO, WriterFactory

from evidence_app.domain.passphrase import normalize
from evidence_app.storage.atomic import close_into_place
from evidence_app.vault.base import CHUNK_SIZE

MAGIC = b"7z\xbc\xaf\x27\x1c"
# Stored as they are, then encrypted: see the module docstring.
FILTERS = [{"id": py7zr.FILTER_COPY}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
_BLOCK = CHUNK_SIZE  # py7zr reads and encrypts this much at a time: the vault's chunk
_DEPTH = 4  # chunks waiting in a pipe: a few MiB at most
_POLL = 0.05  # seconds between looks at whether the other side of a pipe has stopped
# Bewijskluis stores the files of a 7z as they are, so its content is about as large as
# the file itself; a 7z that unpacks to far more is not ours and would keep verify busy.
_MAX_RATIO = 16
_SLACK = 64 * 1024 * 1024


def password_for_key(password: str) -> str:
    """The password as it goes into the key: NFC, so that "é" typed on any keyboard opens it."""
    return normalize(password)


class _Stopped(Exception):
    """The export gave up on this file: py7zr's read ends here."""


class _Pipe:
    """Chunks written by the export's thread, read by py7zr's `writef` on its own thread."""

    def __init__(self, buffer: bytearray) -> None:
        self._chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=_DEPTH)  # None: the end
        self._stopped = threading.Event()  # the export gave up
        self._ended = threading.Event()  # py7zr is done with this file, or failed
        self._failure: BaseException | None = None
        # Writes (a PDF object, a PNG's 8 kB data chunk) are gathered in `buffer` (the
        # sink's one, filled again for each file) into chunks of exactly the size py7zr
        # reads, each handed over whole, and a MiB of an original goes as it is: fewer
        # blocks of a MiB made and freed on two threads, which glibc's heap kept (a 7z
        # of 2,000 screenshots peaked some 5 MiB higher).
        self._pending = buffer
        self._filled = 0
        self.reader = _PipeReader(self)

    # -- the export's side

    def write(self, data: bytes) -> int:
        if not self._filled and type(data) is bytes and len(data) == _BLOCK:
            self._put(data)  # a MiB of an original, as the vault gives it: as it is
            return _BLOCK
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            taken = min(len(view), _BLOCK - self._filled)
            self._pending[self._filled : self._filled + taken] = view[:taken]
            self._filled += taken
            view = view[taken:]
            if self._filled == _BLOCK:
                self._put(bytes(self._pending))
                self._filled = 0
        return size

    def finish(self, worker: threading.Thread) -> None:
        """The file is complete: let py7zr read to its end, and say how it went."""
        if self._filled:
            self._put(bytes(memoryview(self._pending)[: self._filled]))
            self._filled = 0
        self._put(None)
        worker.join()
        if self._failure is not None:
            raise self._failure

    def stop(self, worker: threading.Thread) -> None:
        self._stopped.set()
        worker.join()

    def _put(self, item: bytes | None) -> None:
        while True:
            if self._ended.is_set():  # py7zr failed (a full disk): say why, here
                raise self._failure or RuntimeError("py7zr stopped reading before the end")
            try:
                self._chunks.put(item, timeout=_POLL)
                return
            except queue.Full:
                continue

    # -- py7zr's side

    def run(self, archive: py7zr.SevenZipFile, name: str) -> None:
        try:
            archive.writef(cast(IO[bytes], self.reader), name)
        except BaseException as exc:  # handed to the export's thread, which raises it
            self._failure = exc
        finally:
            # py7zr keeps each file's reader until the archive is closed: not this pipe
            # with it (its queue and events were some 4 KiB a file, 9 MiB for 2,000).
            self.reader.let_go()
            self._ended.set()

    def take(self) -> bytes | None:
        while True:
            if self._stopped.is_set():
                raise _Stopped
            try:
                return self._chunks.get(timeout=_POLL)
            except queue.Empty:
                continue


_NOTHING = memoryview(b"")


class _PipeReader(io.BufferedIOBase):
    """What py7zr reads from: blocks until the export has written more, b"" at the end."""

    def __init__(self, pipe: _Pipe) -> None:
        super().__init__()
        self._pipe: _Pipe | None = pipe
        self._rest = _NOTHING
        self._at_end = False

    def readable(self) -> bool:
        return True

    def let_go(self) -> None:
        """py7zr is done with this file: keep nothing of it."""
        self._pipe, self._rest = None, _NOTHING

    def read(self, size: int | None = -1) -> bytes:
        if not self._rest and not self._at_end:
            if self._pipe is None:
                raise ValueError("read from a 7z entry that is already written")
            chunk = self._pipe.take()
            if chunk is None:
                self._at_end = True
            elif size is None or size < 0 or size >= len(chunk):
                return chunk  # whole, as py7zr reads: no copy
            else:
                self._rest = memoryview(chunk)
        if size is None or size < 0 or size >= len(self._rest):
            out, self._rest = self._rest, _NOTHING  # py7zr keeps this reader: keep no chunk
        else:
            out, self._rest = self._rest[:size], self._rest[size:]
        return bytes(out)

    # py7zr's `writef` measures a stream with tell() and seek() before reading it. It
    # only checks that the size is not negative, and records the bytes it really read
    # (tests/unit/test_export.py checks the sizes 7-Zip lists). The size is not known
    # yet: the PDF is still being written.
    def tell(self) -> int:
        return 0

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0


class SevenZipSink:
    """The bundle's files into one 7z at `temp`, then renamed to `target` (see bundle)."""

    def __init__(self, target: Path, temp: Path, password: str) -> None:
        self._target, self._temp = target, temp
        self._buffer = bytearray(_BLOCK)  # each file's writes gathered (`_Pipe`)
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        self._file = os.fdopen(fd, "w+b")
        try:
            self._archive = py7zr.SevenZipFile(
                self._file,
                "w",
                filters=FILTERS,
                password=password_for_key(password),
                header_encryption=True,
                blocksize=_BLOCK,
            )
        except BaseException:
            self._file.close()
            raise

    @contextlib.contextmanager
    def open(self, name: str, *, compress: bool) -> Iterator[IO[bytes]]:
        del compress  # every file is stored as it is (FILTERS)
        pipe = _Pipe(self._buffer)
        worker = threading.Thread(
            target=pipe.run, args=(self._archive, name), name="7z writer", daemon=True
        )
        worker.start()
        try:
            yield cast(IO[bytes], pipe)  # the bundle only calls write()
            pipe.finish(worker)
        except BaseException:
            pipe.stop(worker)
            raise

    def commit(self) -> None:
        self._archive.close()  # the end of the stream and the encrypted header
        close_into_place(self._file, self._temp, self._target)

    def abort(self) -> None:
        # The archive is left unclosed: closing would only add a header to a file
        # that is removed now.
        with contextlib.suppress(Exception):
            self._file.close()
        with contextlib.suppress(FileNotFoundError):
            self._temp.unlink()


# -- reading ------------------------------------------------------------------


def is_7z(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


class SevenZipUnreadable(Exception):
    """A 7z that cannot be read; `reason` says why (one of the constants)."""

    PASSWORD_NEEDED = "password needed"  # noqa: S105 - a reason, not a password
    WRONG_PASSWORD = "wrong password or damaged"  # noqa: S105
    DAMAGED = "damaged"
    TOO_MANY = "too many entries"
    TOO_LARGE = "unpacks to far too much"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class Contents:
    """What one pass over a 7z found."""

    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # name -> (SHA-256, size)
    kept: dict[str, bytes | None] = field(default_factory=dict)  # None: longer than allowed
    strange: list[str] = field(default_factory=list)  # links, odd names, names seen twice


class _Hashed(Py7zIO):
    """One entry as py7zr decrypts it: hashed, and kept up to `limit` bytes if asked."""

    def __init__(self, limit: int | None) -> None:
        self.digest = hashlib.sha256()
        self.length = 0
        self.limit = limit
        self.kept = bytearray()

    def write(self, s: bytes | bytearray) -> int:
        self.digest.update(s)
        self.length += len(s)
        if self.limit is not None and len(self.kept) <= self.limit:
            self.kept += s[: self.limit + 1 - len(self.kept)]
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return self.length


class _Products(WriterFactory):
    def __init__(self, root: str, keep: Mapping[str, int]) -> None:
        self._root, self._keep = root, keep
        self.made: dict[str, _Hashed] = {}

    def create(self, filename: str) -> Py7zIO:
        name = PurePosixPath(filename).relative_to(self._root).as_posix()
        product = _Hashed(self._keep.get(name))
        self.made[name] = product
        return product


def _plain(name: str) -> bool:
    """A relative path of plain parts, the same after py7zr tidies it (so it can be found)."""
    parts = name.split("/")
    return (
        bool(name)
        and "\\" not in name
        and "\x00" not in name
        and ":" not in parts[0]
        and all(part not in ("", ".", "..") for part in parts)
    )


def read_entries(
    path: Path, password: str | None, keep: Mapping[str, int], max_entries: int
) -> Contents:
    """Hash every plain file of the 7z at `path`; keep the files named in `keep` (name ->
    most bytes). Raises SevenZipUnreadable; OSError when the file itself cannot be read."""
    key = password_for_key(password) if password else None
    limit = _MAX_RATIO * path.stat().st_size + _SLACK
    with path.open("rb") as handle:
        try:
            archive = py7zr.SevenZipFile(handle, "r", password=key, max_extract_size=limit)
        except py7zr.PasswordRequired:
            raise SevenZipUnreadable(SevenZipUnreadable.PASSWORD_NEEDED) from None
        except OSError:
            raise
        except Exception as exc:
            # A wrong password decrypts the header into noise, and py7zr's parser then
            # fails with whatever it meets (TypeError "Unknown field", KeyError, ...).
            reason = SevenZipUnreadable.WRONG_PASSWORD if key else SevenZipUnreadable.DAMAGED
            raise SevenZipUnreadable(reason, type(exc).__name__) from exc
        try:
            return _read_all(archive, keep, max_entries)
        finally:
            archive.close()


def _read_all(archive: py7zr.SevenZipFile, keep: Mapping[str, int], max_entries: int) -> Contents:
    entries = archive.list()
    if len(entries) > max_entries:
        raise SevenZipUnreadable(SevenZipUnreadable.TOO_MANY, str(len(entries)))
    contents = Contents()
    seen: dict[str, int] = {}
    for entry in entries:
        if not entry.is_directory:
            seen[entry.filename] = seen.get(entry.filename, 0) + 1
    wanted = []
    for entry in entries:
        name = entry.filename
        if entry.is_directory:
            continue
        if entry.is_file and _plain(name) and seen[name] == 1:
            wanted.append(name)
        elif name not in contents.strange:
            contents.strange.append(name)
    # py7zr checks each name against the folder it would extract to, following the
    # links it finds there. The root holds every path, so no link in the working folder
    # makes a plain name look bad; nothing is written there: every file goes to _Products.
    root = Path(os.path.abspath(os.sep))
    products = _Products(root.as_posix(), keep)
    try:
        if wanted:
            archive.extract(path=root, targets=wanted, factory=products)
    except py7zr.DecompressionBombError as exc:
        raise SevenZipUnreadable(SevenZipUnreadable.TOO_LARGE) from exc
    except py7zr.PasswordRequired:
        raise SevenZipUnreadable(SevenZipUnreadable.PASSWORD_NEEDED) from None
    except OSError:
        raise
    except Exception as exc:  # a checksum that fails, a stream cut short
        # The header opened with this password, so the password is right: the data is not.
        raise SevenZipUnreadable(SevenZipUnreadable.DAMAGED, type(exc).__name__) from exc
    for name in wanted:
        product = products.made.get(name)
        if product is None:  # a socket or another kind py7zr does not hand over
            contents.strange.append(name)
            continue
        contents.files[name] = (product.digest.hexdigest(), product.length)
        if name in keep:
            kept = bytes(product.kept)
            contents.kept[name] = kept if len(kept) <= keep[name] else None
    return contents
