"""Every sentence of the dossier and of VERIFY.txt, in one place, for Qt's translation tools.

The strings are marked with `QT_TRANSLATE_NOOP("Dossier", ...)` so that
`pyside6-lupdate evidence_app/export -ts .../dossier_<lang>.ts` finds them;
`Texts` translates them at export time with a `QTranslator` loaded from
`resources/translations/dossier_<lang>.qm`. No application object is needed:
`QTranslator.translate` works on its own, so the command line exports in
Dutch or French without starting Qt's GUI.

Placeholders are Python's `{name}`: translators keep them as they are.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QTranslator

from evidence_app.bundled import resource
from evidence_app.domain import clock, images
from evidence_app.domain.errors import BadInput
from evidence_app.domain.event_time import EventPrecision, EventTime
from evidence_app.domain.model import AttachmentRole, ItemKind, RecheckResult
from evidence_app.domain.platforms import platform_info

CONTEXT = "Dossier"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context`; PySide6's own is typed as returning object."""
    return source


LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")

# -- the cover ----------------------------------------------------------------
TITLE = QT_TRANSLATE_NOOP("Dossier", "Evidence dossier")
REDACTED_TITLE = QT_TRANSLATE_NOOP("Dossier", "Evidence dossier (redacted copy)")
CASE = QT_TRANSLATE_NOOP("Dossier", "Case")
PREPARED_BY = QT_TRANSLATE_NOOP("Dossier", "Prepared by")
EXPORTED_ON = QT_TRANSLATE_NOOP("Dossier", "Exported on")
ITEM_COUNT = QT_TRANSLATE_NOOP("Dossier", "Number of items")
AUDIT_HEAD = QT_TRANSLATE_NOOP("Dossier", "Audit chain head before this export")
HEAD_FOLLOWS = QT_TRANSLATE_NOOP(
    "Dossier",
    "The export adds one entry to the chain that names this PDF by its SHA-256; the head "
    "after it, to write down, is in VERIFY.txt.",
)
MADE_WITH = QT_TRANSLATE_NOOP("Dossier", "Made with")
COVER_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "This dossier was exported from an encrypted evidence vault. Every original file is in the "
    "folder originals/ of this bundle, byte for byte as it was recorded. Its SHA-256 fingerprint "
    "is printed on its page and in the file SHA256SUMS. The audit chain head above fixes the "
    "state of the vault at the moment of export. VERIFY.txt explains how to check that nothing "
    "was changed.",
)
REDACTED_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "This is a redacted copy: parts of some images are hidden and the original files are not "
    "included. The person concerned can provide the complete dossier to the police.",
)
MINORS_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "The pictures in this case show someone under 18. On purpose, this dossier holds no "
    "pictures of them: the addresses, the accounts and what happened were written down instead.",
)
MINORS_KEPT_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "The pictures in this case show someone under 18. Where it could, the person kept only "
    "words of them; the pictures in this dossier were kept all the same.",
)

INCOMPLETE_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "INCOMPLETE: the vault this dossier was exported from is damaged, and not everything could "
    "be read from it. The page “Missing from this dossier” lists what is not in it, and why.",
)
HEAD_PARTIAL = QT_TRANSLATE_NOOP(
    "Dossier", "(of the last audit entry that could be read: see “Missing from this dossier”)"
)

# -- what a damaged vault could not give ---------------------------------------
MISSING = QT_TRANSLATE_NOOP("Dossier", "Missing from this dossier")
MISSING_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "The vault's database is damaged. What is listed here is recorded in the vault, but could "
    "not be read from it whole, so it is not in this dossier. Everything else in this dossier "
    "was read whole and matches its SHA-256 fingerprint.",
)
COL_RECORDED_AS = QT_TRANSLATE_NOOP("Dossier", "Recorded as")
COL_WHY = QT_TRANSLATE_NOOP("Dossier", "Why it is missing")
MISSING_ITEM = QT_TRANSLATE_NOOP("Dossier", "item {id} in the vault")
MISSING_ATTACHMENT = QT_TRANSLATE_NOOP("Dossier", "a file kept with item {number} of this dossier")
REASON_RECORD = QT_TRANSLATE_NOOP("Dossier", "its record is on a damaged part of the vault")
REASON_FILE = QT_TRANSLATE_NOOP("Dossier", "its stored file is on a damaged part of the vault")
REASON_DIFFERS = QT_TRANSLATE_NOOP(
    "Dossier", "its stored file no longer matches its SHA-256 fingerprint"
)
AUDIT_GAP = QT_TRANSLATE_NOOP(
    "Dossier",
    "Audit entries {first} to {last} could not be read: the audit chain in this dossier cannot "
    "be followed through them.",
)
AUDIT_GAP_END = QT_TRANSLATE_NOOP(
    "Dossier",
    "Audit entries from number {first} on could not be read: the audit chain head on the cover "
    "is that of the last entry that could be read, not the vault's own.",
)

# -- summary and persons ------------------------------------------------------
SUMMARY = QT_TRANSLATE_NOOP("Dossier", "Summary of the facts")
SUMMARY_INTRO = QT_TRANSLATE_NOOP("Dossier", "In the words of the person concerned.")
NO_SUMMARY = QT_TRANSLATE_NOOP("Dossier", "No summary was written.")
PERSONS = QT_TRANSLATE_NOOP("Dossier", "Persons involved")
PERSONS_INTRO = QT_TRANSLATE_NOOP(
    "Dossier", "Whoever posted or sent the material, as recorded with the items."
)
NO_PERSONS = QT_TRANSLATE_NOOP("Dossier", "No person was named with the items.")
PERSON_ITEMS = QT_TRANSLATE_NOOP("Dossier", "Items")
PERSON_NAMES = QT_TRANSLATE_NOOP("Dossier", "Name and usernames")
PERSON_CONTACT = QT_TRANSLATE_NOOP("Dossier", "E-mail, phone and notes")
EMAIL = QT_TRANSLATE_NOOP("Dossier", "E-mail")
PHONE = QT_TRANSLATE_NOOP("Dossier", "Phone")

# -- the chronological table --------------------------------------------------
OVERVIEW = QT_TRANSLATE_NOOP("Dossier", "Chronological list of items")
COL_NUMBER = QT_TRANSLATE_NOOP("Dossier", "No.")
COL_LOCAL = QT_TRANSLATE_NOOP("Dossier", "Local time")
COL_UTC = QT_TRANSLATE_NOOP("Dossier", "UTC")
COL_PLATFORM = QT_TRANSLATE_NOOP("Dossier", "Platform")
COL_URL = QT_TRANSLATE_NOOP("Dossier", "Web address")
COL_POSTED_BY = QT_TRANSLATE_NOOP("Dossier", "Posted by")
COL_HASH = QT_TRANSLATE_NOOP("Dossier", "SHA-256 (start)")
COL_EVENT = QT_TRANSLATE_NOOP("Dossier", "When it happened")
OVERVIEW_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "Ordered by when it happened where that is known, else by when it was captured. Rows "
    "numbered J1, J2, … are entries of the journal.",
)
JOURNAL_ROW = QT_TRANSLATE_NOOP("Dossier", "journal")
EVENT_ABOUT = QT_TRANSLATE_NOOP("Dossier", "about {when}")

# -- the journal ---------------------------------------------------------------
JOURNAL = QT_TRANSLATE_NOOP("Dossier", "Journal: what happened without a file")
JOURNAL_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "Events the person wrote down that left no file, such as a threat by phone, a message "
    "that was deleted, or telling someone. Each entry is in the audit chain with the time it "
    "was written down.",
)
COL_WHAT = QT_TRANSLATE_NOOP("Dossier", "What happened")
COL_INVOLVED = QT_TRANSLATE_NOOP("Dossier", "Who was involved")
COL_WRITTEN = QT_TRANSLATE_NOOP("Dossier", "Written down (UTC)")

# -- one page per item --------------------------------------------------------
ITEM_HEADING = QT_TRANSLATE_NOOP("Dossier", "Item {number} of {total}")
URL = QT_TRANSLATE_NOOP("Dossier", "Web address")
FINAL_URL = QT_TRANSLATE_NOOP("Dossier", "Address after redirects")
PAGE_TITLE = QT_TRANSLATE_NOOP("Dossier", "Page title")
PLATFORM = QT_TRANSLATE_NOOP("Dossier", "Platform")
CAPTURED_LOCAL = QT_TRANSLATE_NOOP("Dossier", "Captured at (local time)")
CAPTURED_UTC = QT_TRANSLATE_NOOP("Dossier", "Captured at (UTC)")
POSTED_BY = QT_TRANSLATE_NOOP("Dossier", "Posted by")
POSTED_AT = QT_TRANSLATE_NOOP("Dossier", "Posted or seen")
KIND = QT_TRANSLATE_NOOP("Dossier", "Kind of capture")
FILE_NAME = QT_TRANSLATE_NOOP("Dossier", "Original file name")
FILE_IN_BUNDLE = QT_TRANSLATE_NOOP("Dossier", "File in this bundle")
FILE_TYPE = QT_TRANSLATE_NOOP("Dossier", "File type and size")
PIXELS = QT_TRANSLATE_NOOP("Dossier", "{width} × {height} pixels")
BYTES = QT_TRANSLATE_NOOP("Dossier", "{count} bytes")
FILE_MODIFIED = QT_TRANSLATE_NOOP("Dossier", "File last modified (UTC)")
EXIF_DATE = QT_TRANSLATE_NOOP("Dossier", "Date written in the image")
OWNER = QT_TRANSLATE_NOOP("Dossier", "the owner of the vault")
EXIF_CLOCK = QT_TRANSLATE_NOOP(
    "Dossier", "{when} (the camera’s clock; its time zone is not recorded)"
)
DESCRIPTION = QT_TRANSLATE_NOOP("Dossier", "What it shows")
NOTES = QT_TRANSLATE_NOOP("Dossier", "Notes")
RECORDED_BY = QT_TRANSLATE_NOOP("Dossier", "Recorded by")
SHA256 = QT_TRANSLATE_NOOP("Dossier", "SHA-256")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "Dossier",
    "This item is not an image, so it is not shown here. The original file is in the bundle "
    "with the fingerprint below.",
)
RECORD_ONLY = QT_TRANSLATE_NOOP(
    "Dossier",
    "For this item no file or picture was kept, on purpose: only what is written on this page "
    "(for instance because keeping the picture of a minor is itself against the law).",
)
IMAGE_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "Dossier",
    "This image cannot be shown in the PDF (too large or damaged). The original file is in the "
    "bundle with the fingerprint below.",
)
IMAGE_LOSSLESS = QT_TRANSLATE_NOOP(
    "Dossier", "The image shown is the original, pixel for pixel (no compression loss)."
)
REDACTED_PAGE = QT_TRANSLATE_NOOP(
    "Dossier",
    "REDACTED: parts of this image are hidden. The original is not included in this copy.",
)
IMAGE_WITHHELD = QT_TRANSLATE_NOOP(
    "Dossier",
    "REDACTED: this image is withheld from this copy, because no part of it was marked to be "
    "shown. The original is not included.",
)
FOOTER_PAGE = QT_TRANSLATE_NOOP("Dossier", "Page {page} / {total}")
ITEM_CONTINUED = QT_TRANSLATE_NOOP("Dossier", "Item {number} of {total} (continued)")
HTTP_STATUS = QT_TRANSLATE_NOOP("Dossier", "HTTP status")
HTTP_UNKNOWN = QT_TRANSLATE_NOOP("Dossier", "not known")
SAME_ADDRESS = QT_TRANSLATE_NOOP("Dossier", "the same (no redirect)")

# -- a web capture's further files ---------------------------------------------
ATTACHMENTS = QT_TRANSLATE_NOOP("Dossier", "Files kept with this item")
ATTACHMENTS_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "Recorded at the same moment as the original. Each file is in the folder originals/ of "
    "this bundle, byte for byte as it was recorded, with the SHA-256 fingerprint shown here.",
)
ATTACHMENTS_REDACTED = QT_TRANSLATE_NOOP(
    "Dossier",
    "Recorded at the same moment as the original. These files are not included in this copy; "
    "their fingerprints identify them in the complete dossier.",
)
ROLE_VIEWPORT = QT_TRANSLATE_NOOP("Dossier", "Visible part of the page, as it was on screen")
ROLE_ARCHIVE = QT_TRANSLATE_NOOP(
    "Dossier", "Page archive (MHTML: the page's HTML with its images and styles)"
)
ROLE_STAMPED = QT_TRANSLATE_NOOP(
    "Dossier", "Stamped copy: the whole page with its address and the time drawn above it"
)
DERIVED_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "This copy was made by Bewijskluis for easier reading; it is not evidence as found. The "
    "evidence is the unstamped original of this item.",
)

# -- later re-checks -------------------------------------------------------------
RECHECKS = QT_TRANSLATE_NOOP("Dossier", "Checked again later")
RECHECKS_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "Whether the page was still online when Bewijskluis loaded its address again, for "
    "following up requests to take it down.",
)
RECHECKED_LOCAL = QT_TRANSLATE_NOOP("Dossier", "Checked at (local time)")
RECHECKED_UTC = QT_TRANSLATE_NOOP("Dossier", "Checked at (UTC)")
RECHECK_RESULT = QT_TRANSLATE_NOOP("Dossier", "Result")
RECHECK_ADDRESS = QT_TRANSLATE_NOOP("Dossier", "Address reached: {url}")
RESULT_PRESENT = QT_TRANSLATE_NOOP("Dossier", "still online")
RESULT_CHANGED = QT_TRANSLATE_NOOP("Dossier", "online, changed")
RESULT_REMOVED = QT_TRANSLATE_NOOP("Dossier", "removed")
RESULT_UNREACHABLE = QT_TRANSLATE_NOOP("Dossier", "not reachable")
RECHECKS_LEGEND = QT_TRANSLATE_NOOP(
    "Dossier",
    "“online, changed”: the visible text of the page differs from the page archive "
    "kept at capture. “removed”: the site answered that the page is gone (HTTP 404, "
    "410 or 451). “not reachable”: no server answered, or it answered with an error.",
)
LATEST_CHECK = QT_TRANSLATE_NOOP("Dossier", "Checked {date}: {result}")
SHORTENED = QT_TRANSLATE_NOOP(
    "Dossier", "(shortened: {count} characters in all, the whole text is on the item's page)"
)

# -- kinds of capture ---------------------------------------------------------
KIND_FILE = QT_TRANSLATE_NOOP("Dossier", "file import")
KIND_SCREEN = QT_TRANSLATE_NOOP("Dossier", "screenshot of the whole screen")
KIND_REGION = QT_TRANSLATE_NOOP("Dossier", "screenshot of a region")
KIND_WINDOW = QT_TRANSLATE_NOOP("Dossier", "screenshot of a window")
KIND_CLIPBOARD = QT_TRANSLATE_NOOP("Dossier", "pasted from the clipboard")
KIND_WEB = QT_TRANSLATE_NOOP("Dossier", "web page capture")
KIND_RECORD = QT_TRANSLATE_NOOP("Dossier", "written down, no file kept")

# -- VERIFY.txt ---------------------------------------------------------------
VERIFY_TITLE = QT_TRANSLATE_NOOP("Dossier", "How to check this evidence dossier")
VERIFY_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "This bundle was exported by Bewijskluis {version} on {date}. It holds the dossier "
    "(dossier.pdf), the original files (originals/), a description of every item "
    "(manifest.json) and the SHA-256 fingerprint of every file (SHA256SUMS). If any byte of any "
    "file were changed, its fingerprint would no longer match.",
)
VERIFY_APP = QT_TRANSLATE_NOOP(
    "Dossier",
    "1. With Bewijskluis installed, this checks every fingerprint, the manifest against the "
    "files and the audit entries against each other, and names every file that does not match:",
)
VERIFY_LINUX = QT_TRANSLATE_NOOP(
    "Dossier",
    "2. Without Bewijskluis, on Linux or macOS, open a terminal in this folder and run the "
    "command below. Every line must end in OK:",
)
VERIFY_WINDOWS = QT_TRANSLATE_NOOP(
    "Dossier",
    "3. On Windows, open a command prompt in this folder and run, for each file, the command "
    "below. The fingerprint it prints must be the one listed for that file in SHA256SUMS:",
)
VERIFY_HEAD = QT_TRANSLATE_NOOP(
    "Dossier",
    "The audit chain head of this dossier is {head}. It is the export's own entry, which names "
    "the PDF by its SHA-256, the kind of copy (complete or redacted) and every item of the "
    "dossier. The owner of the vault can show that this value is part of the vault's own chain.",
)
VERIFY_LIMITS = QT_TRANSLATE_NOOP(
    "Dossier",
    "What these checks prove: that no file of this dossier changed after it was made, that its "
    "records agree with the vault's audit chain, and that the PDF, the kind of copy and the "
    "list of items are the ones the export named. They cannot prove by themselves that the "
    "dossier came from this vault, because someone who rewrote the files could rewrite the "
    "fingerprints and the head too. So write down the audit chain head above when you receive "
    "the dossier "
    "(for instance in the report of the complaint): the owner of the vault can later show that "
    "the vault's own chain contains it.",
)
VERIFY_REDACTED = QT_TRANSLATE_NOOP(
    "Dossier",
    "This is a redacted copy: parts of images are hidden and the original files are not included.",
)

VERIFY_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Dossier",
    "This dossier is incomplete: the vault it came from is damaged. What is missing, and why, "
    "is listed in dossier.pdf and in manifest.json, and the check with Bewijskluis names it.",
)

REASON_TEXTS: dict[str, str] = {
    "record-unreadable": REASON_RECORD,
    "file-unreadable": REASON_FILE,
    "file-differs": REASON_DIFFERS,
}

# Platforms without a brand name (`domain.web`, `domain.report`), said in words.
PLATFORM_WORDS: dict[str, str] = {
    "other": QT_TRANSLATE_NOOP("Dossier", "another website or host"),
    "search": QT_TRANSLATE_NOOP("Dossier", "a search engine"),
    "adult": QT_TRANSLATE_NOOP("Dossier", "an adult site"),
}

RESULT_TEXTS: dict[str, str] = {
    RecheckResult.PRESENT: RESULT_PRESENT,
    RecheckResult.CHANGED: RESULT_CHANGED,
    RecheckResult.REMOVED: RESULT_REMOVED,
    RecheckResult.UNREACHABLE: RESULT_UNREACHABLE,
}

ROLE_TEXTS: dict[str, str] = {
    AttachmentRole.VIEWPORT: ROLE_VIEWPORT,
    AttachmentRole.ARCHIVE: ROLE_ARCHIVE,
    AttachmentRole.STAMPED: ROLE_STAMPED,
}

KIND_TEXTS: dict[str, str] = {
    ItemKind.FILE: KIND_FILE,
    ItemKind.SCREEN: KIND_SCREEN,
    ItemKind.REGION: KIND_REGION,
    ItemKind.WINDOW: KIND_WINDOW,
    ItemKind.CLIPBOARD: KIND_CLIPBOARD,
    ItemKind.WEB: KIND_WEB,
    ItemKind.RECORD: KIND_RECORD,
}


class MissingTranslation(BadInput):
    """The dossier's translation for a language is not installed (no `.qm`)."""


class Texts:
    """The dossier's sentences in one language; call with a source text and its placeholders."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise BadInput(f"the dossier is available in {', '.join(LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self._translator = QTranslator()
        self._data = b""  # QTranslator reads from this buffer: keep it alive with the object
        if lang != "en":
            folder = resource("translations")
            try:
                self._data = (folder / f"dossier_{lang}.qm").read_bytes()
            except (FileNotFoundError, NotADirectoryError):
                raise MissingTranslation(
                    f"the {lang} translation of the dossier is not installed"
                ) from None
            if not self._translator.load(self._data):
                raise MissingTranslation(f"the {lang} translation of the dossier is damaged")

    def __call__(self, source: str, **values: object) -> str:
        text = self._translator.translate(CONTEXT, source) or source
        return text.format(**values) if values else text

    def kind(self, kind: str) -> str:
        return self(KIND_TEXTS[kind]) if kind in KIND_TEXTS else kind

    def event(self, event: EventTime) -> str:
        """When something happened, in the dossier's language: `13 november 2024, 22:15
        (UTC+01:00)`, `about …` when it is rough, the date alone for a day; "—" if unknown."""
        if not event.known:
            return "—"
        locale = QLocale(self.lang)
        if event.precision == EventPrecision.DAY:
            day = date.fromisoformat(event.at)
            return str(locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy"))
        moment = event.local()
        assert moment is not None
        offset = moment.utcoffset() or timedelta(0)
        text = "{}, {:%H:%M} (UTC{})".format(
            locale.toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy"),
            moment,
            clock.format_offset(int(offset.total_seconds() // 60)),
        )
        if event.precision == EventPrecision.ABOUT:
            return self(EVENT_ABOUT, when=text)
        return text

    def exif(self, written: str) -> str:
        """A date the camera wrote, in the dossier's language; as written if it is not one."""
        moment = images.exif_moment(written)
        if moment is None:
            return written
        day = QLocale(self.lang).toString(
            QDate(moment.year, moment.month, moment.day), "d MMMM yyyy"
        )
        return self(EXIF_CLOCK, when=f"{day}, {moment:%H:%M:%S}")

    def actor(self, name: str) -> str:
        """Who did something: the vault's own word for its owner in the dossier's language,
        a name as it was given."""
        return self(OWNER) if name == "owner" else name

    def platform(self, key: str) -> str:
        """A platform as it writes its own name, or in words in the dossier's language."""
        info = platform_info(key)
        if info is not None and info.name:
            return info.name
        return self(PLATFORM_WORDS[key]) if key in PLATFORM_WORDS else key

    def result(self, result: str) -> str:
        """A re-check's result in words."""
        return self(RESULT_TEXTS[result]) if result in RESULT_TEXTS else result

    def reason(self, reason: str) -> str:
        """Why something is missing from the dossier, in words."""
        return self(REASON_TEXTS[reason]) if reason in REASON_TEXTS else reason

    def role(self, role: str) -> str:
        """What an attachment is to its item, in words."""
        return self(ROLE_TEXTS[role]) if role in ROLE_TEXTS else role
