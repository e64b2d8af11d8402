"""Sentences for the errors and labels that the core gives as codes.

The core raises typed errors and stores plain codes (kinds, preview reasons);
this module is the one place that words them, in the person's language. Every
sentence says what happened and what to do, never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from evidence_app.domain import model
from evidence_app.domain.errors import (
    BadInput,
    CannotWrite,
    MalformedRecoveryKey,
    NameInUse,
    PassphraseTooWeak,
    PictureRefused,
    VaultBusy,
    VaultDamaged,
    VaultLocked,
    VaultUnreadable,
    WrongSecret,
)
from evidence_app.domain.web import BadUrl


def unreadable(reason: str) -> str:
    """A precise sentence for each way a vault can fail to open."""
    # Every sentence is a literal QCoreApplication.translate("Messages", ...) call:
    # that is what lupdate finds and puts into the .ts files.
    if reason == VaultUnreadable.MISSING:
        return QCoreApplication.translate(
            "Messages", "There is no vault in this folder. Nothing was changed."
        )
    if reason == VaultUnreadable.KEY_HEADER_MISSING:
        return QCoreApplication.translate(
            "Messages",
            "The key file of your vault (vault.key) is missing, so your passphrase cannot "
            "open it. Your evidence is still there. Put back a copy of vault.key, or open "
            "the vault with your recovery key.",
        )
    if reason == VaultUnreadable.KEY_HEADER_DAMAGED:
        return QCoreApplication.translate(
            "Messages",
            "The key file of your vault (vault.key) is damaged, so your passphrase cannot "
            "open it. Put back a copy of vault.key, or open the vault with your recovery key.",
        )
    if reason == VaultUnreadable.DATABASE_DAMAGED:
        return QCoreApplication.translate(
            "Messages",
            "Your key is right, but the vault file (vault.db) is damaged and cannot be "
            "opened. Do not delete anything. Ask someone you trust to help you put back "
            "a backup.",
        )
    if reason == VaultUnreadable.TOO_NEW:
        return QCoreApplication.translate(
            "Messages",
            "This vault was made by a newer version of Bewijskluis. Install the newest "
            "version to open it. Nothing was changed.",
        )
    return QCoreApplication.translate(
        "Messages", "The vault cannot be opened. Nothing was changed."
    )


def error_text(exc: BaseException, *, recovery: bool = False) -> str:
    """The sentence to show for `exc`; `recovery` when a recovery key was tried."""
    if isinstance(exc, MalformedRecoveryKey):
        return QCoreApplication.translate(
            "Messages",
            "A recovery key has 64 characters: the digits 0 to 9 and the letters A to F. "
            "Check what you typed.",
        )
    if isinstance(exc, WrongSecret):
        if recovery:
            return QCoreApplication.translate(
                "Messages",
                "This recovery key does not open the vault. Check each group and try again.",
            )
        return QCoreApplication.translate(
            "Messages",
            "This passphrase does not open the vault. Check that Caps Lock is off and try again.",
        )
    if isinstance(exc, VaultUnreadable):
        return unreadable(exc.reason)
    if isinstance(exc, VaultDamaged):
        return damaged()
    if isinstance(exc, PassphraseTooWeak):
        return too_guessable() if exc.guessable else too_short(exc.minimum)
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate(
            "Messages", "The vault is locked. Open it again to go on."
        )
    if isinstance(exc, BadUrl):
        return QCoreApplication.translate(
            "Messages",
            "This web address does not look right. Copy it from the address bar of your "
            "browser (it starts with https://) and try again.",
        )
    if isinstance(exc, NameInUse):
        return QCoreApplication.translate(
            "Messages", "There is already a case with that name. Choose another name."
        )
    if isinstance(exc, PictureRefused):
        return QCoreApplication.translate(
            "Messages",
            "You did nothing wrong. This case is about pictures of someone under 18, so the "
            "picture was not kept. Use “Write it down, without a picture” instead.",
        )
    if isinstance(exc, BadInput):
        return QCoreApplication.translate(
            "Messages", "This could not be done: something in the input cannot be used."
        )
    if isinstance(exc, CannotWrite):
        if exc.reason == CannotWrite.FULL:
            return QCoreApplication.translate(
                "Messages",
                "There is no space left on the disk. Nothing was lost: everything saved before "
                "is still there. Free some space, or choose another place, and try again.",
            )
        return QCoreApplication.translate(
            "Messages",
            "Bewijskluis cannot write there: the disk or folder is read-only. Nothing was "
            "changed. Choose another place, or make it writable.",
        )
    if isinstance(exc, VaultBusy):
        return QCoreApplication.translate(
            "Messages",
            "Another program is writing to the vault right now. Nothing was changed; try "
            "again in a moment.",
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Messages", "A file could not be read or written. Nothing was lost from the vault."
        )
    return QCoreApplication.translate(
        "Messages", "Something went wrong. Nothing was lost from the vault."
    )


def damaged() -> str:
    """A part of the vault's file is damaged and what was asked needs that part."""
    return QCoreApplication.translate(
        "Messages",
        "Part of your vault is damaged, so this could not be done. Nothing was changed. "
        "Export the dossier now: it saves everything that can still be read, and says "
        "what is missing.",
    )


def some_items_unreadable() -> str:
    """The list of a damaged vault, when how many items are missing cannot be known."""
    return QCoreApplication.translate(
        "Messages",
        "Part of your vault is damaged: some items could not be read and are not in this "
        "list. Export the dossier now: it saves everything that can still be read.",
    )


class Messages(QObject):
    """Sentences with a number in them. lupdate (PySide6 6.11) only records plural
    forms for `self.tr(text, "", n)` inside a class; this class's name is the
    context "Messages", as for the other sentences here."""

    def too_short(self, minimum: int) -> str:
        return self.tr("Your passphrase needs at least %n characters.", "", minimum)

    def saves_missing(self, missing: int) -> str:
        return self.tr(
            "Your vault is missing its last %n save(s). The vault file (vault.db) is older than "
            "when the vault was last used: after a crash, its companion file vault.db-wal was "
            "probably lost.",
            "",
            missing,
        )

    def items_unreadable(self, count: int) -> str:
        return self.tr(
            "Part of your vault is damaged: %n items could not be read and are not in this "
            "list. Export the dossier now: it saves everything that can still be read.",
            "",
            count,
        )

    def dossier_incomplete(self, count: int) -> str:
        return self.tr(
            "The dossier was saved, but it is not complete: your vault is damaged, and %n "
            "things in it could not be read. The dossier lists what is missing. Keep it, and "
            "ask someone you trust to help you with the vault.",
            "",
            count,
        )


def items_unreadable(count: int) -> str:
    return Messages().items_unreadable(count)


def dossier_incomplete(count: int) -> str:
    return Messages().dossier_incomplete(count)


def too_short(minimum: int) -> str:
    return Messages().too_short(minimum)


def rollback(missing: int, other_history: bool) -> str:
    """What opening found when the database is older than its seal (storage.seal)."""
    if other_history:
        what = QCoreApplication.translate(
            "Messages",
            "The vault file (vault.db) is not the one this vault last saved: it may be an "
            "older copy that was put back in its place.",
        )
    else:
        what = Messages().saves_missing(missing)
    advice = QCoreApplication.translate(
        "Messages",
        "Everything else in it is intact and you can go on. If you have a newer copy of the "
        "vault folder, do not overwrite it: ask someone you trust to help. This is now noted "
        "in the vault's history, so a dossier shows it too.",
    )
    return f"{what}\n\n{advice}"


def too_guessable() -> str:
    return QCoreApplication.translate(
        "Messages",
        "This passphrase is easy to guess: programs that guess passwords try common words, "
        "names, number rows and repeats first. Put a few words together that only you would "
        "choose, with spaces between them.",
    )


def strength_word(score: int) -> str:
    """Plain words for a strength score from 0 to 4."""
    words = (
        QCoreApplication.translate("Messages", "Very easy to guess"),
        QCoreApplication.translate("Messages", "Easy to guess"),
        QCoreApplication.translate("Messages", "Could be better"),
        QCoreApplication.translate("Messages", "Good"),
        QCoreApplication.translate("Messages", "Strong"),
    )
    return words[max(0, min(score, len(words) - 1))]


def kind_label(kind: str) -> str:
    """How an item came in, in words."""
    labels: dict[str, str] = {
        model.ItemKind.FILE: QCoreApplication.translate("Messages", "File"),
        model.ItemKind.SCREEN: QCoreApplication.translate("Messages", "Screenshot"),
        model.ItemKind.REGION: QCoreApplication.translate("Messages", "Part of the screen"),
        model.ItemKind.WINDOW: QCoreApplication.translate("Messages", "Window"),
        model.ItemKind.CLIPBOARD: QCoreApplication.translate("Messages", "Clipboard"),
        model.ItemKind.WEB: QCoreApplication.translate("Messages", "Web page"),
        model.ItemKind.RECORD: QCoreApplication.translate("Messages", "Written down"),
    }
    return labels.get(kind, kind)


def no_preview(reason: str) -> str:
    """Why an item is not shown as a picture."""
    if reason == model.Preview.RECORD_ONLY:
        return QCoreApplication.translate(
            "Messages",
            "No file or picture is kept for this item: only what is written down here.",
        )
    if reason == model.Preview.BROKEN:
        return QCoreApplication.translate(
            "Messages",
            "This picture cannot be shown: the file is damaged or incomplete. "
            "It is kept exactly as it came in.",
        )
    if reason == model.Preview.TOO_LARGE:
        return QCoreApplication.translate(
            "Messages",
            "This picture is too large to show safely. It is kept exactly as it came in.",
        )
    return QCoreApplication.translate(
        "Messages",
        "This file is not a picture, so it cannot be shown here. It is kept exactly as it came in.",
    )


# Errors we expect and explain; anything else is logged by its type as unexpected.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (
    WrongSecret,
    VaultUnreadable,
    VaultDamaged,
    BadInput,
    VaultLocked,
    CannotWrite,
    VaultBusy,
    OSError,
)
