"""The exported bundle: a folder, a ZIP, or with a password a 7z, written all or nothing.

Contents: `dossier.pdf`, `originals/<number>-<safe name>` (the original bytes,
streamed from the vault, and after each original the item's further files, such
as a web capture's `3-viewport.png`, `3-page.mhtml` and `3-stamped-copy.png`),
`VERIFY.txt`, `manifest.json` and `SHA256SUMS`
(`sha256sum -c` format, covering every other file). Everything is written
under a temporary name beside the target (`.<name>.partial-<pid>`), each file
fsynced, then renamed to the target in one step; a cancel, an error or a
crash leaves nothing under the final name. An existing target is refused.

A password makes a 7z with AES-256 and encrypted headers (`sevenzip`): without
the password not even the names of the files can be read, which a password ZIP
shows to anyone. The password must be as hard to guess as a vault passphrase
(`domain.passphrase`). Bundles made before as password ZIPs are still verified.

Progress: `progress(done, total)` after each step (each image in the PDF, each
original and each further file); returning False cancels, as does setting `cancel`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, NoReturn, Protocol

from evidence_app.domain.errors import BadInput, EvidenceError
from evidence_app.domain.model import AuditEntry
from evidence_app.domain.passphrase import Accepted, require_acceptable
from evidence_app.export import manifest as mf
from evidence_app.export import texts as T
from evidence_app.export.dossier import Dossier, Missing
from evidence_app.export.leftovers import best_effort, remove_temp
from evidence_app.export.pdf import write_dossier_pdf
from evidence_app.export.pdf_layout import format_utc
from evidence_app.export.texts import Texts
from evidence_app.storage.atomic import close_into_place, fsync_dir
from evidence_app.storage.diskerrors import write_problem
from evidence_app.vault.base import SealedExport
from evidence_app.vault.service import VaultService

Progress = Callable[[int, int], bool | None]
SEVEN_ZIP = ".7z"  # a bundle with a password (`sevenzip`)


class ExportCancelled(EvidenceError):
    """The person cancelled the export; nothing was left under the target name."""

    exit_code = 130


class TargetExists(BadInput):
    """The export's target path exists already; it is never overwritten."""


class FileDiffers(EvidenceError):
    """A stored file read while writing the bundle does not match its SHA-256 (nothing is
    left under the target name; `export_dossier` then leaves that file out and says so)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest_sha256: str
    files: dict[str, str]  # name in the bundle -> SHA-256
    # The vault's `export` entry; None when the vault's own disk was full or busy (or the
    # vault damaged there): the dossier is as complete all the same, and the person is
    # told it was not noted.
    audit_entry: AuditEntry | None
    head: str  # the hash of the export's own entry: the bundle's audit chain head
    # What the dossier lacks because the vault's database is damaged (see `Dossier`).
    missing: tuple[Missing, ...] = ()
    audit_gaps: tuple[tuple[int, int | None], ...] = ()
    damaged: bool = False  # the vault's database is damaged (the dossier may be complete)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.audit_gaps


class _Hashing:
    """A writable that hashes and counts what passes through it."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._out.write(data)
        self.digest.update(data)
        self.size += len(data)
        return len(data)


class _Sink(Protocol):
    def open(
        self, name: str, *, compress: bool
    ) -> contextlib.AbstractContextManager[IO[bytes]]: ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...


class _FolderSink:
    def __init__(self, target: Path, temp: Path) -> None:
        self._target, self._temp = target, temp
        temp.mkdir(mode=0o700)
        self._dirs = {temp}

    @contextlib.contextmanager
    def open(self, name: str, *, compress: bool) -> Iterator[IO[bytes]]:
        path = self._temp / name
        if path.parent not in self._dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self) -> None:
        for folder in self._dirs:
            fsync_dir(folder)
        if self._target.exists():
            raise TargetExists(f"{self._target.name} exists already")
        os.rename(self._temp, self._target)
        fsync_dir(self._target.parent)

    def abort(self) -> None:
        shutil.rmtree(self._temp, ignore_errors=True)


class _ZipSink:
    """A plain ZIP: for a bundle without a password (Windows opens it as it is)."""

    def __init__(self, target: Path, temp: Path, when: datetime) -> None:
        self._target, self._temp = target, temp
        self._when = when.timetuple()[:6]
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        self._file = os.fdopen(fd, "w+b")
        self._zip = zipfile.ZipFile(self._file, "w", compression=zipfile.ZIP_DEFLATED)

    @contextlib.contextmanager
    def open(self, name: str, *, compress: bool) -> Iterator[IO[bytes]]:
        info = zipfile.ZipInfo(name, date_time=self._when)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        with self._zip.open(info, "w", force_zip64=True) as handle:
            yield handle

    def commit(self) -> None:
        self._zip.close()
        close_into_place(self._file, self._temp, self._target)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(Exception):
            self._file.close()
        # A ZIP abandoned mid-file (a full disk) refuses to close, and would say so again
        # when Python frees it: it has nothing left to write to.
        self._zip.fp = None
        with contextlib.suppress(FileNotFoundError):
            self._temp.unlink()


def verify_text(dossier: Dossier, texts: Texts, head: str) -> str:
    """VERIFY.txt in the dossier's language; `head`: the export's own entry's hash."""
    lines = [
        texts(T.VERIFY_TITLE),
        "=" * len(texts(T.VERIFY_TITLE)),
        "",
        texts(
            T.VERIFY_INTRO,
            version=dossier.app_version,
            date=format_utc(dossier.exported_at.utc),
        ),
        "",
    ]
    if dossier.redacted:
        lines += [texts(T.VERIFY_REDACTED), ""]
    if not dossier.complete:
        lines += [texts(T.VERIFY_INCOMPLETE), ""]
    lines += [
        texts(T.VERIFY_APP),
        "",
        "    evidence-app verify <folder, .zip or .7z>  [--password]",
        "",
        texts(T.VERIFY_LINUX),
        "",
        "    sha256sum -c SHA256SUMS",
        "",
        texts(T.VERIFY_WINDOWS),
        "",
        "    certutil -hashfile dossier.pdf SHA256",
        "",
        texts(T.VERIFY_HEAD, head=head),
        "",
        *(
            line
            for first, last in dossier.audit_gaps
            if last is None  # the head above is not the vault's own then
            for line in (texts(T.AUDIT_GAP_END, first=first), "")
        ),
        texts(T.VERIFY_LIMITS),
        "",
    ]
    return "\r\n".join(lines)  # CRLF: Notepad on an old Windows shows it properly too


class _Steps:
    """Counts steps, reports them, and stops the export when asked to."""

    def __init__(self, total: int, progress: Progress | None, cancel: threading.Event | None):
        self.done, self.total = 0, total
        self._progress, self._cancel = progress, cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ExportCancelled("the export was cancelled")

    def __call__(self) -> None:
        self.done += 1
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise ExportCancelled("the export was cancelled")
        self.check()


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


def write_bundle(
    service: VaultService,
    dossier: Dossier,
    target: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Write the bundle of `dossier` to `target`: a name ending in `.7z` gives a 7z
    (then `password` is needed), `.zip` a ZIP, anything else a folder.

    Records an `export` entry in the vault's audit chain once the bundle is in place.
    Raises TargetExists, PassphraseTooWeak (a password easy to guess), BadInput (a
    password without `.7z`, a missing folder), ExportCancelled.
    """
    kind = _kind(target, password)
    if target.exists() or target.is_symlink():
        raise TargetExists(f"{target.name} exists already")
    if not target.parent.is_dir():
        raise BadInput(f"the folder {target.parent} does not exist")
    texts = Texts(dossier.language)
    images = sum(1 for entry in dossier.items if entry.shows_image)
    originals = 0
    if not dossier.redacted:
        originals = sum(1 + len(entry.attachments) for entry in dossier.items)
    steps = _Steps(images + originals + 1, progress, cancel)
    when = datetime.fromisoformat(dossier.exported_at.utc.replace("Z", "+00:00"))
    temp = _temp_name(target)
    # Noted before anything is written: if this process is killed, the next start
    # removes what it left (`sweep_unfinished`).
    best_effort(lambda: service.note_export_started(temp))
    try:
        sink: _Sink
        if password is not None:
            # py7zr (6 MiB) is loaded for a 7z only.
            from evidence_app.export.sevenzip import SevenZipSink

            sink = SevenZipSink(target, temp, password)
        elif kind == "zip":
            sink = _ZipSink(target, temp, when)
        else:
            sink = _FolderSink(target, temp)
    except BaseException as exc:  # cut short while making it (Ctrl+C, a full disk)
        remove_temp(temp)
        best_effort(lambda: service.note_export_ended(temp))
        _raise_as_written(exc, target.parent)
    files: dict[str, dict[str, Any]] = {}
    sums: dict[str, str] = {}
    try:
        steps.check()
        with sink.open(mf.PDF, compress=False) as handle:
            out = _Hashing(handle)
            write_dossier_pdf(dossier, service, _binary(out), steps)
        files[mf.PDF] = {"sha256": out.digest.hexdigest(), "size": out.size}
        if not dossier.redacted:
            for entry in dossier.items:
                item = entry.item
                if not entry.has_file:
                    steps()
                    continue
                sums[entry.file_name] = _copy(
                    sink,
                    entry.file_name,
                    service.stored_file(item.id),
                    (item.sha256, item.size),
                    f"item {item.id}",
                    steps,
                )
                steps()
                for extra in entry.attachments:
                    attachment = extra.attachment
                    sums[extra.file_name] = _copy(
                        sink,
                        extra.file_name,
                        service.stored_file(attachment.id, attachment=True),
                        (attachment.sha256, attachment.size),
                        f"item {item.id}, file {attachment.id} ({attachment.role})",
                        steps,
                    )
                    steps()
        steps()
        # From here on nothing is cancelled: the export's own entry binds the PDF, the
        # kind of copy and the list of items into the chain's head (`_seal`).
        sealed = _seal(service, dossier, files[mf.PDF]["sha256"], kind)
        verify = verify_text(dossier, texts, sealed.entry.hash).encode("utf-8")
        with sink.open(mf.VERIFY, compress=True) as handle:
            handle.write(verify)
        files[mf.VERIFY] = {"sha256": hashlib.sha256(verify).hexdigest(), "size": len(verify)}
        tail = (*sealed.between, sealed.entry)
        with sink.open(mf.NAME, compress=True) as handle:
            manifest_sha, _ = mf.write_manifest(mf.build_manifest(dossier, files, tail), handle)
        sums.update({name: info["sha256"] for name, info in files.items()})
        sums[mf.NAME] = manifest_sha
        lines = "".join(f"{sums[name]}  {name}\n" for name in sorted(sums))
        with sink.open(mf.SUMS, compress=True) as handle:
            handle.write(lines.encode("utf-8"))
        try:
            sink.commit()
        except FileExistsError:  # made by someone else while this export ran
            raise TargetExists(f"{target.name} exists already") from None
    except BaseException as exc:
        sink.abort()
        best_effort(lambda: service.note_export_ended(temp))
        _raise_as_written(exc, target.parent)
    best_effort(lambda: service.note_export_ended(temp))
    return ExportResult(
        target,
        manifest_sha,
        dict(sums),
        sealed.entry if sealed.kept else None,
        sealed.entry.hash,
        dossier.missing,
        dossier.audit_gaps,
        dossier.damaged or not dossier.complete,
    )


def _raise_as_written(exc: BaseException, folder: Path) -> NoReturn:
    """Raise `exc`; a full or read-only target as such (never "damaged"). Nothing is left
    behind by then. (A 7z writes its first bytes as it is made, so this can come early.)"""
    problem = write_problem(exc, folder) if isinstance(exc, OSError) else None
    if problem is not None:
        raise problem from exc
    raise exc


def _kind(target: Path, password: str | None) -> str:
    """The kind of bundle ("7z", "zip" or "folder") the target's name asks for; checks
    that a password comes with a 7z only, and that it is hard enough to guess."""
    suffix = target.suffix.lower()
    if password is None:
        if suffix == SEVEN_ZIP:
            raise BadInput("a 7z file is made with a password only: give one, or choose .zip")
        return "zip" if suffix == ".zip" else "folder"
    if suffix != SEVEN_ZIP:
        raise BadInput("a password makes a 7z file: give a path that ends in .7z")
    if not isinstance(password, Accepted):  # else scored once already
        require_acceptable(password)
    return "7z"


def _seal(service: VaultService, dossier: Dossier, pdf_sha256: str, kind: str) -> SealedExport:
    """Append the export's own entry to the vault's chain; it is the bundle's head.

    It binds what the chain of items cannot: the SHA-256 of the PDF, the kind of copy
    (complete or redacted), the language, and which items, further files, cases and
    persons the dossier holds. Changing any of them, even with every fingerprint
    recomputed, changes the head that the receiver writes down (`VERIFY.txt`).
    """
    return service.seal_export(
        export_details(dossier, pdf_sha256, kind), dossier.audit_entries.last
    )


def export_details(dossier: Dossier, pdf_sha256: str, kind: str) -> dict[str, Any]:
    """The `details` of an export's entry (`verify` checks each against the bundle)."""
    return {
        "items": [e.item.id for e in dossier.items],
        "attachments": [a.attachment.id for e in dossier.items for a in e.attachments],
        "cases": sorted(dossier.case_ids),
        "persons": sorted(p.record.id for p in dossier.persons if p.record is not None),
        "journal": [entry.id for entry in dossier.journal],
        "reports": [r.report.id for r in dossier.reports],
        "custody": [e.id for e in dossier.custody],
        "variant": "redacted" if dossier.redacted else "complete",
        "language": dossier.language,
        "pdf_sha256": pdf_sha256,
        "dossier_head": dossier.audit_head,
        "format": kind,
        "encrypted": kind == "7z",
        **(
            {}
            if dossier.complete
            else {
                "missing_items": sorted({m.item_id for m in dossier.missing}),
                "audit_gaps": [list(gap) for gap in dossier.audit_gaps],
            }
        ),
    }


def _copy(
    sink: _Sink,
    name: str,
    chunks: Iterable[bytes],
    expected: tuple[str, int],
    what: str,
    steps: _Steps,
) -> str:
    """Write `chunks` to `name` in the bundle; their SHA-256 and size must be `expected`."""
    with sink.open(name, compress=False) as handle:
        out = _Hashing(handle)
        for chunk in chunks:
            out.write(chunk)
            steps.check()
    digest = out.digest.hexdigest()
    if (digest, out.size) != expected:
        raise FileDiffers(f"{what}: the stored bytes do not match their SHA-256")
    return digest


def _binary(out: _Hashing) -> BinaryIO:
    # The PDF writer only calls write(); _Hashing offers exactly that.
    return out  # type: ignore[return-value]
