"""The ready text of a report: what a person can copy into a platform's form or e-mail.

Built from the record alone: the platform, the exact reported addresses, an earlier
ticket, and, when the person gives them, their name and e-mail. It holds the
elements an EU notice needs under article 16 of the Digital Services Act: the
reasons, the exact addresses, the sender's name and e-mail (not asked when the
content shows a minor, art. 16(2)(c)), and a statement of good faith. It says that
the person shown did not consent and asks for removal. The app sends nothing.

The sentences are in the dossier's translation (`export.texts`), addressed to the
platform formally ("u", "vous").
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence_app.domain.platforms import platform_info
from evidence_app.domain.report import Report
from evidence_app.export.texts import QT_TRANSLATE_NOOP, Texts

SUBJECT = QT_TRANSLATE_NOOP("Dossier", "Request to remove intimate images shared without consent")
GREETING = QT_TRANSLATE_NOOP("Dossier", "Dear {platform} team,")
GREETING_ANY = QT_TRANSLATE_NOOP("Dossier", "Dear Sir or Madam,")
WHAT = QT_TRANSLATE_NOOP(
    "Dossier",
    "I report the following content on {platform}. It shows intimate images of a person who "
    "did not consent to their being shared:",
)
WHAT_ANY = QT_TRANSLATE_NOOP(
    "Dossier",
    "I report the following content. It shows intimate images of a person who did not "
    "consent to their being shared:",
)
NO_ADDRESS = QT_TRANSLATE_NOOP("Dossier", "(the exact address is still to be added here)")
REQUEST = QT_TRANSLATE_NOOP(
    "Dossier",
    "I ask you to remove this content without delay, to make sure it cannot be shared or "
    "uploaded again, and to tell me what you decided.",
)
NOTICE = QT_TRANSLATE_NOOP(
    "Dossier",
    "This is a notice under article 16 of the Digital Services Act (Regulation (EU) 2022/2065).",
)
REASONS = QT_TRANSLATE_NOOP(
    "Dossier",
    "Reasons: sharing intimate images of someone without their consent is a criminal offence. "
    "The person shown never agreed to this content being made public.",
)
MINOR = QT_TRANSLATE_NOOP(
    "Dossier",
    "The content shows a minor. Please treat it with priority. Under article 16(2)(c) of the "
    "Digital Services Act, I do not give my name and e-mail address.",
)
EARLIER = QT_TRANSLATE_NOOP(
    "Dossier", "I reported this before under ticket number {ticket}, without a result."
)
SENDER = QT_TRANSLATE_NOOP("Dossier", "Name: {name}")
EMAIL = QT_TRANSLATE_NOOP("Dossier", "E-mail: {email}")
YOUR_NAME = QT_TRANSLATE_NOOP("Dossier", "[your name]")
YOUR_EMAIL = QT_TRANSLATE_NOOP("Dossier", "[your e-mail address]")
GOOD_FAITH = QT_TRANSLATE_NOOP(
    "Dossier",
    "I declare in good faith that the information and the statements in this notice are "
    "accurate and complete.",
)
CLOSING = QT_TRANSLATE_NOOP("Dossier", "Kind regards,")


@dataclass(frozen=True)
class Sender:
    """Who sends the report, when they want to say it (kept out of the vault)."""

    name: str = ""
    email: str = ""
    minor: bool = False  # the content shows someone under 18: no name or e-mail is asked


def ready_text(report: Report, lang: str, sender: Sender = Sender()) -> tuple[str, str]:
    """The subject and the body of a report in `lang` (nl, fr or en)."""
    t = Texts(lang)
    info = platform_info(report.platform)
    name = info.name if info is not None else ""
    lines = [t(GREETING, platform=name) if name else t(GREETING_ANY), ""]
    lines.append(t(WHAT, platform=name) if name else t(WHAT_ANY))
    lines += [f"- {url}" for url in report.urls] or [f"- {t(NO_ADDRESS)}"]
    lines += ["", t(REQUEST), ""]
    if report.ticket:
        lines += [t(EARLIER, ticket=report.ticket), ""]
    lines += [t(NOTICE), t(REASONS), ""]
    if sender.minor:
        lines += [t(MINOR)]
    else:
        lines += [
            t(SENDER, name=sender.name.strip() or t(YOUR_NAME)),
            t(EMAIL, email=sender.email.strip() or t(YOUR_EMAIL)),
        ]
    lines += ["", t(GOOD_FAITH), "", t(CLOSING)]
    if not sender.minor:
        lines.append(sender.name.strip() or t(YOUR_NAME))
    return t(SUBJECT), "\n".join(lines) + "\n"
