"""Ready texts to others: a calm stop message to the one who shared the pictures, a
message asking friends who received them to delete them, and a letter from a parent
to the school (guides 000, 002, 003 and 004). The app sends nothing: the person
copies or prints the text.

In the dossier's translation (`export.texts`), so that a text can be written in
another language than the window's. The messages to a person are informal ("je",
"tu"); the letter to the school is formal ("u", "vous"). Names are filled in when the
person gives them; otherwise a placeholder in brackets says what goes there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from evidence_app.export.texts import QT_TRANSLATE_NOOP, Texts


class Kind(StrEnum):
    STOP = "stop"  # to the one who shared the pictures
    FRIENDS = "friends"  # to those who received them
    SCHOOL = "school"  # a parent's letter to the school


@dataclass(frozen=True)
class Names:
    """Who writes, to whom, and about whom; each may be left empty."""

    sender: str = ""
    recipient: str = ""
    child: str = ""  # the letter to the school: the pupil concerned
    contact: str = ""  # the letter to the school: how to reach the parent


# -- the stop message (informal) ---------------------------------------------------
STOP_HELLO = QT_TRANSLATE_NOOP("Dossier", "Hi {name},")
STOP_WHAT = QT_TRANSLATE_NOOP(
    "Dossier",
    "You shared intimate pictures of me without my consent. Sharing nude pictures or videos of "
    "someone without their consent is punishable by law.",
)
STOP_ASK = QT_TRANSLATE_NOOP(
    "Dossier",
    "Stop now. Delete the pictures everywhere you put them or sent them, and don’t share them "
    "again.",
)
STOP_KEPT = QT_TRANSLATE_NOOP(
    "Dossier",
    "I have kept evidence of what happened. If it doesn’t stop, I can file a complaint with the "
    "police.",
)
# -- the message to friends (informal) ---------------------------------------------
FRIENDS_HELLO = QT_TRANSLATE_NOOP("Dossier", "Hi,")
FRIENDS_WHAT = QT_TRANSLATE_NOOP(
    "Dossier",
    "You may have received a picture or a video of me that was shared without my consent.",
)
FRIENDS_ASK = QT_TRANSLATE_NOOP(
    "Dossier",
    "Please delete it, and don’t forward it or show it to anyone: passing it on is punishable "
    "too. Don’t make a screenshot of it either.",
)
FRIENDS_THANKS = QT_TRANSLATE_NOOP("Dossier", "Thank you for helping me.")
# -- the letter to the school (formal) ---------------------------------------------
SCHOOL_SUBJECT = QT_TRANSLATE_NOOP("Dossier", "Pictures of {child} shared without consent")
SCHOOL_HELLO = QT_TRANSLATE_NOOP("Dossier", "Dear Sir or Madam,")
SCHOOL_WHAT = QT_TRANSLATE_NOOP(
    "Dossier",
    "I am writing to you about my child, {child}, a pupil at your school. Intimate pictures of "
    "{child} are being shared without consent, also among pupils.",
)
SCHOOL_ASK = QT_TRANSLATE_NOOP("Dossier", "I ask the school:")
SCHOOL_SUPPORT = QT_TRANSLATE_NOOP(
    "Dossier", "to support {child}, and to make sure no one blames {child};"
)
SCHOOL_REMOVE = QT_TRANSLATE_NOOP(
    "Dossier",
    "to have the pictures deleted from pupils’ phones and app groups, without anyone copying or "
    "forwarding them;",
)
SCHOOL_TALK = QT_TRANSLATE_NOOP("Dossier", "to speak to the pupils who shared them;")
SCHOOL_PARENTS = QT_TRANSLATE_NOOP(
    "Dossier", "to inform other parents only where needed, without naming {child}."
)
SCHOOL_MEET = QT_TRANSLATE_NOOP(
    "Dossier", "I would like to talk about this with you soon. You can reach me at {contact}."
)
# -- shared -------------------------------------------------------------------------
CLOSING = QT_TRANSLATE_NOOP("Dossier", "Kind regards,")
NAME = QT_TRANSLATE_NOOP("Dossier", "[name]")
YOUR_NAME = QT_TRANSLATE_NOOP("Dossier", "[your name]")
CHILD = QT_TRANSLATE_NOOP("Dossier", "[your child’s name]")
CONTACT = QT_TRANSLATE_NOOP("Dossier", "[your phone number or e-mail address]")
FULL_NAME = QT_TRANSLATE_NOOP("Dossier", "[your full name]")  # the letter: formal


def others_text(kind: Kind, lang: str, names: Names = Names()) -> tuple[str, str]:
    """The subject ("" for a message) and the text of a ready text in `lang`."""
    t = Texts(lang)
    sender = names.sender.strip() or t(YOUR_NAME)
    if kind is Kind.STOP:
        lines = [t(STOP_HELLO, name=names.recipient.strip() or t(NAME)), ""]
        lines += [t(STOP_WHAT), "", t(STOP_ASK), "", t(STOP_KEPT), "", sender]
        return "", "\n".join(lines) + "\n"
    if kind is Kind.FRIENDS:
        lines = [t(FRIENDS_HELLO), "", t(FRIENDS_WHAT), "", t(FRIENDS_ASK), ""]
        lines += [t(FRIENDS_THANKS), sender]
        return "", "\n".join(lines) + "\n"
    child = names.child.strip() or t(CHILD)
    lines = [t(SCHOOL_HELLO), "", t(SCHOOL_WHAT, child=child), "", t(SCHOOL_ASK)]
    lines += [
        f"- {t(line, child=child)}"
        for line in (SCHOOL_SUPPORT, SCHOOL_REMOVE, SCHOOL_TALK, SCHOOL_PARENTS)
    ]
    contact = names.contact.strip() or t(CONTACT)
    signed = names.sender.strip() or t(FULL_NAME)
    lines += ["", t(SCHOOL_MEET, contact=contact), "", t(CLOSING), signed]
    return t(SCHOOL_SUBJECT, child=child), "\n".join(lines) + "\n"
