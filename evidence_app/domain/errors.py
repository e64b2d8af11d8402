"""Typed errors of the domain and storage layers.

The core never formats sentences for people: it raises one of these, and the
command line or the GUI turns it into a message in the person's language.
Every error carries an `exit_code` that the command line uses as it is.
"""

from __future__ import annotations


class EvidenceError(Exception):
    """Base class of every error that Bewijskluis expects and explains."""

    exit_code = 2


class BadInput(EvidenceError):
    """Something the person gave us cannot be used (a missing file, a bad URL, ...)."""

    exit_code = 2


class PictureRefused(BadInput):
    """The case's pictures show someone under 18, and keeping a picture was not chosen a
    second time: only words are kept (`domain.guide`)."""


class NameInUse(BadInput):
    """Another case has that name already."""


class PassphraseTooWeak(BadInput):
    """A new passphrase is shorter than the minimum, or (`guessable`) easy to guess."""

    def __init__(self, minimum: int, *, guessable: bool = False) -> None:
        super().__init__(
            "passphrase easy to guess" if guessable else f"passphrase shorter than {minimum}"
        )
        self.minimum = minimum
        self.guessable = guessable


class WrongSecret(EvidenceError):
    """The passphrase or recovery key does not open this vault."""

    exit_code = 3


class MalformedRecoveryKey(WrongSecret):
    """The text given as recovery key is not 64 hexadecimal digits."""


class VaultUnreadable(EvidenceError):
    """The vault exists but cannot be opened; `reason` says which way."""

    exit_code = 4

    # One of these; each gets its own message in the GUI and the command line.
    MISSING = "missing"  # no vault in that folder
    KEY_HEADER_MISSING = "key-header-missing"  # vault.db without vault.key
    KEY_HEADER_DAMAGED = "key-header-damaged"  # vault.key is not a key header we can read
    DATABASE_DAMAGED = "database-damaged"  # the key is right but vault.db does not open
    TOO_NEW = "too-new"  # written by a newer Bewijskluis

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class VaultDamaged(EvidenceError):
    """Part of `vault.db` is damaged (a page fails SQLCipher's check), and what was asked
    needs that part. The vault opened: the rest can still be read, checked and exported.

    Nothing was changed by the failed request. `what` names the part when known
    ("item 3", "audit"), for the log and the command line.
    """

    exit_code = 4

    NOTHING_READABLE = "nothing chosen can be read"  # `what` of an export that saved nothing

    def __init__(self, what: str = "") -> None:
        super().__init__(f"damaged: {what}" if what else "damaged")
        self.what = what


class VaultExists(EvidenceError):
    """`init` was asked for a folder that already holds a vault."""

    exit_code = 2


class CannotWrite(EvidenceError):
    """A write could not be made: the disk is full, or the place is read-only or not ours.

    Nothing is damaged and nothing that was saved before is lost; the person frees
    space, or chooses another place, and tries again. Never "restore a backup".
    """

    exit_code = 5

    FULL = "full"  # no space left (or the quota is used up)
    READ_ONLY = "read-only"  # a read-only disk or folder, or one we may not write in

    def __init__(self, reason: str, where: str = "") -> None:
        super().__init__(f"{reason}: {where}" if where else reason)
        self.reason = reason
        self.where = where


class VaultBusy(EvidenceError):
    """Another program (another Bewijskluis) is writing to the vault right now."""

    exit_code = 5


class CheckStopped(EvidenceError):
    """A check of the vault was stopped before its end, by something that had to change the
    vault's file (a new recovery key). Nothing was changed by the check; it can be run again."""

    exit_code = 5


class VaultLocked(EvidenceError):
    """The vault was locked while something still wanted to use it."""

    exit_code = 4


class NotFound(EvidenceError):
    """An item or case that does not exist (or was deleted)."""

    exit_code = 2
