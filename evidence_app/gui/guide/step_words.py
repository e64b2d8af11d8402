"""The words of the guide's steps (`domain.guide`), in the window's language.

Written for a frightened 15-year-old, and for the adult beside them: short, plain, no
blame. The facts come from the guides in `../shared/guides/` (named per step in
`domain.guide.STEPS`); the sentences are ours. A helper reads about "the person you
help", a school about "the pupil". Marked with `QT_TRANSLATE_NOOP("Guide", ...)` so
that the window's translation holds them; `text()` translates with the installed
translators, also on the command line (`cli.guide_commands`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidence_app.domain.guide import Action, Role, StepState


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` (PySide6's own is typed as object)."""
    return source


# (title, body) per step for the person themselves; HELPER and SCHOOL replace some.
_SELF: dict[str, tuple[str, str]] = {
    "not-your-fault": (
        QT_TRANSLATE_NOOP("Guide", "It is not your fault"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "The one who shares the pictures, or threatens to, is doing wrong. Not you. Even "
            "if you sent a picture yourself, nobody may pass it on without your consent. You "
            "don’t have to deal with this alone.",
        ),
    ),
    "talk": (
        QT_TRANSLATE_NOOP("Guide", "Talk to someone you trust"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "A parent, a friend, a teacher, or someone at a helpline. You can chat, call or "
            "mail. Some helplines are free, and some let you stay anonymous.",
        ),
    ),
    "capture": (
        QT_TRANSLATE_NOOP("Guide", "Keep the evidence first"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Before you report anything, take screenshots with the web address and the date "
            "and time in view, and write down who posted it. Keep the chats and messages. "
            "Bewijskluis keeps each one as it is, with its date and time.",
        ),
    ),
    "blackmail": (
        QT_TRANSLATE_NOOP("Guide", "If someone threatens you or asks for money"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every "
            "message, capture it first, and only then block them. Tell your parents, your "
            "school or the police straight away. A mail that says your webcam was hacked is "
            "usually bluff: they have no pictures of you.",
        ),
    ),
    "report": (
        QT_TRANSLATE_NOOP("Guide", "Report it and ask for it to be removed"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Report it to the app or website where it is: look for “report”, “abuse”, "
            "“contact” or “help”. Say that you did not agree to this and that you want it "
            "removed. Bewijskluis writes the text with you.",
        ),
    ),
    "check-gone": (
        QT_TRANSLATE_NOOP("Guide", "Check that it is gone"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Look again at the addresses you reported. Now and then, search for your own name, "
            "and search with the picture itself (for example with TinEye) to see where it "
            "appears. Found it somewhere else? Capture it, then report it.",
        ),
    ),
    "stop-reposting": (
        QT_TRANSLATE_NOOP("Guide", "Stop it from being posted again"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Take It Down (pictures made when you were under 18) and StopNCII.org (made when "
            "you were an adult) make a fingerprint of the picture on your own device. Only "
            "the fingerprint is shared with the platforms that take part, never the picture.",
        ),
    ),
    "privacy": (
        QT_TRANSLATE_NOOP("Guide", "Make your accounts safer"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "In the privacy settings of your profiles, choose who can see your photos, who can "
            "react to your posts and who can send you messages. Block people who put pressure "
            "on you, after you captured what they sent.",
        ),
    ),
    "others": (
        QT_TRANSLATE_NOOP("Guide", "Ask others to delete it"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Only if you feel safe: tell the one who shared it that sharing nude pictures "
            "without consent is punishable, and ask them to stop. Ask friends who received it "
            "to delete it and not to pass it on. Ready texts help you.",
        ),
    ),
    "police": (
        QT_TRANSLATE_NOOP("Guide", "Think about a complaint to the police"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Go to your local police station, or make an appointment by phone or online. "
            "Bring the dossier, and the name, e-mail or other details of who put it online. "
            "Someone you trust, a lawyer or Child Focus can come with you. Not filing a "
            "complaint is fine too.",
        ),
    ),
    "hand-over": (
        QT_TRANSLATE_NOOP("Guide", "Write down who got a copy"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "When you give the dossier to the police, a lawyer or a school, write down to whom, "
            "when, and their reference number. It goes into the dossier.",
        ),
    ),
}

_HELPER: dict[str, tuple[str, str]] = {
    "not-your-fault": (
        QT_TRANSLATE_NOOP("Guide", "Tell them it is not their fault"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Say it straight away: “It is not your fault.” Don’t blame them, not even between "
            "the lines. This is stressful and embarrassing: ask what they need and support them.",
        ),
    ),
    "talk": (
        QT_TRANSLATE_NOOP("Guide", "You don’t have to know everything"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Helplines advise the person you help, and you too. You can chat, call or mail. "
            "Some are free, and some let you stay anonymous.",
        ),
    ),
    "capture": (
        QT_TRANSLATE_NOOP("Guide", "Keep the evidence first"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Before anything is reported, take screenshots with the web address and the date "
            "and time in view, and write down who posted it. Keep the chats and messages. "
            "Bewijskluis keeps each one as it is, with its date and time.",
        ),
    ),
    "blackmail": (
        QT_TRANSLATE_NOOP("Guide", "If someone threatens them or asks for money"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Never pay and don’t bargain: a blackmailer keeps asking for more. Keep every "
            "message, capture it first, and only then block them. Tell the police. A mail that "
            "says a webcam was hacked is usually bluff: they have no pictures.",
        ),
    ),
    "report": (
        QT_TRANSLATE_NOOP("Guide", "Report it and ask for it to be removed"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Report it to the app or website where it is: look for “report”, “abuse”, "
            "“contact” or “help”. Say that the person shown did not agree to this and wants it "
            "removed. Bewijskluis writes the text with you.",
        ),
    ),
    "check-gone": (
        QT_TRANSLATE_NOOP("Guide", "Check that it is gone"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Look again at the reported addresses. Now and then, search for their name, and "
            "search with the picture itself (for example with TinEye) to see where it appears. "
            "Found it somewhere else? Capture it, then report it.",
        ),
    ),
    "stop-reposting": (
        QT_TRANSLATE_NOOP("Guide", "Stop it from being posted again"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Take It Down (pictures made under 18) and StopNCII.org (made as an adult) make a "
            "fingerprint of the picture on the person’s own device. Only the fingerprint is "
            "shared with the platforms that take part, never the picture.",
        ),
    ),
    "privacy": (
        QT_TRANSLATE_NOOP("Guide", "Make their accounts safer"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Together, go through the privacy settings of their profiles: who can see the "
            "photos, who can react and who can send messages. Block people who put pressure on "
            "them, after capturing what they sent.",
        ),
    ),
    "others": (
        QT_TRANSLATE_NOOP("Guide", "Ask others to delete it"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Tell the one who shared it that sharing nude pictures without consent is "
            "punishable, and ask them to stop. Ask those who received it to delete it and not "
            "to pass it on. Ready texts help you, also a letter to the school.",
        ),
    ),
    "police": (
        QT_TRANSLATE_NOOP("Guide", "Think about a complaint to the police"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "A complaint is made at the local police station, or first by appointment, by phone "
            "or online. Bring the dossier, and the name, e-mail or other details of who put it "
            "online. You, a lawyer or Child Focus can go along. Not filing a complaint is fine "
            "too: the person you help decides with you.",
        ),
    ),
}

_SCHOOL: dict[str, tuple[str, str]] = {
    "school-scope": (
        QT_TRANSLATE_NOOP("Guide", "Find out what happened"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Which pictures are involved, and who: the pupil shown, who made them, who shared "
            "them, who received them. Write it down, without copying the pictures.",
        ),
    ),
    "school-support": (
        QT_TRANSLATE_NOOP("Guide", "Support the pupil first"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Tell the pupil straight away: “It is not your fault.” Don’t blame them, not even "
            "between the lines. Ask what they need, and arrange help if they want it.",
        ),
    ),
    "capture": (
        QT_TRANSLATE_NOOP("Guide", "Write down the evidence, without the pictures"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Keep the web addresses, the accounts, the dates and times, and what happened. "
            "Pictures of pupils under 18 must not be copied or forwarded, not even as "
            "evidence: write them down in words instead.",
        ),
    ),
    "report": (
        QT_TRANSLATE_NOOP("Guide", "Report it"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Report the pictures to the platform and ask for removal. Pictures of possible "
            "child sexual abuse at a web address can be reported to a hotline: see Where to "
            "get help.",
        ),
    ),
    "school-remove": (
        QT_TRANSLATE_NOOP("Guide", "Have the pictures removed from every phone"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Once reported, have them deleted from every app group, phone, tablet and laptop. "
            "Tell pupils that having them, forwarding them or taking new screenshots is "
            "punishable.",
        ),
    ),
    "school-talk": (
        QT_TRANSLATE_NOOP("Guide", "Talk to those who shared them"),
        QT_TRANSLATE_NOOP(
            "Guide", "Speak to the pupils who spread the pictures about what they did."
        ),
    ),
    "school-parents": (
        QT_TRANSLATE_NOOP("Guide", "Inform the parents"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Think about who needs to know. A letter to all parents does not name the pupil "
            "shown, nor the one who shared the pictures.",
        ),
    ),
    "police": (
        QT_TRANSLATE_NOOP("Guide", "Think about a complaint to the police"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "The pupil and their parents decide whether to file a complaint; the school can "
            "help. Bring the dossier to the police. Someone they trust, a lawyer or Child "
            "Focus can come with them.",
        ),
    ),
    "hand-over": _SELF["hand-over"],
    "school-media": (
        QT_TRANSLATE_NOOP("Guide", "Be ready for questions from the press"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "A larger incident may draw the media. Keep the pupils involved anonymous.",
        ),
    ),
    "school-evaluate": (
        QT_TRANSLATE_NOOP("Guide", "Look back afterwards"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "What went well? What could be better? Does the school’s policy need to change?",
        ),
    ),
}

# When the pictures show someone under 18: no screenshot of the picture, no search with it.
_MINORS_SELF: dict[str, tuple[str, str]] = {
    "capture": (
        QT_TRANSLATE_NOOP("Guide", "Write down the evidence first"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Before you report anything, write down the web address, the account that posted "
            "it, and the date and time. You don’t have to keep the picture itself: for "
            "pictures of someone under 18 that can be against the law. Keep the messages "
            "that threaten you.",
        ),
    ),
    "check-gone": (
        QT_TRANSLATE_NOOP("Guide", "Check that it is gone"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Look again at the addresses you reported. Now and then, search for your own "
            "name. Don’t upload the picture anywhere to search with it. Found it somewhere "
            "else? Write down the address, then report it.",
        ),
    ),
    "stop-reposting": (
        QT_TRANSLATE_NOOP("Guide", "Stop it from being posted again"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Take It Down is for pictures made when you were under 18. It makes a fingerprint "
            "of the picture on your own device. Only the fingerprint is shared with the "
            "platforms that take part, never the picture.",
        ),
    ),
}
_MINORS_HELPER: dict[str, tuple[str, str]] = {
    "capture": (
        QT_TRANSLATE_NOOP("Guide", "Write down the evidence first"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Before anything is reported, write down the web address, the account that posted "
            "it, and the date and time. Don’t copy or forward the picture itself: for "
            "pictures of someone under 18 that can be against the law, also for you.",
        ),
    ),
    "check-gone": (
        QT_TRANSLATE_NOOP("Guide", "Check that it is gone"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Look again at the reported addresses. Now and then, search for their name. Don’t "
            "upload the picture anywhere to search with it. Found it somewhere else? Write "
            "down the address, then report it.",
        ),
    ),
    "stop-reposting": (
        QT_TRANSLATE_NOOP("Guide", "Stop it from being posted again"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Take It Down is for pictures made under 18. The person in them makes a "
            "fingerprint of the picture on their own device; only the fingerprint is shared "
            "with the platforms that take part, never the picture.",
        ),
    ),
}

_BUTTONS: dict[Action, str] = {
    Action.HELP: QT_TRANSLATE_NOOP("Guide", "Where to get help"),
    Action.CAPTURE: QT_TRANSLATE_NOOP("Guide", "Capture…"),
    Action.REPORT: QT_TRANSLATE_NOOP("Guide", "Write a report…"),
    Action.RECHECK: QT_TRANSLATE_NOOP("Guide", "My reports…"),
    Action.MESSAGES: QT_TRANSLATE_NOOP("Guide", "Ready texts…"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Guide", "Make the dossier…"),
    Action.CUSTODY: QT_TRANSLATE_NOOP("Guide", "Hand-overs…"),
}

# What a step's button does, for a screen reader (the guide closes first).
_BUTTON_DESCRIPTIONS: dict[Action, str] = {
    Action.HELP: QT_TRANSLATE_NOOP(
        "Guide", "Closes the steps and shows the organisations that can help you."
    ),
    Action.CAPTURE: QT_TRANSLATE_NOOP(
        "Guide",
        "Opens a menu of ways to capture. The steps close first, so they are not in the picture.",
    ),
    Action.REPORT: QT_TRANSLATE_NOOP(
        "Guide", "Closes the steps and opens a new report to the platform."
    ),
    Action.RECHECK: QT_TRANSLATE_NOOP(
        "Guide", "Closes the steps and opens your reports, to look again whether it is gone."
    ),
    Action.MESSAGES: QT_TRANSLATE_NOOP(
        "Guide", "Closes the steps and opens texts you can send to others."
    ),
    Action.EXPORT: QT_TRANSLATE_NOOP(
        "Guide", "Closes the steps and opens the dossier for the police or someone who helps you."
    ),
    Action.CUSTODY: QT_TRANSLATE_NOOP(
        "Guide", "Closes the steps and opens the list of who got a copy of your evidence."
    ),
}

# What marking a step does, for a screen reader.
_CHOICE_DESCRIPTIONS: dict[StepState, str] = {
    StepState.DONE: QT_TRANSLATE_NOOP(
        "Guide", "Marks the step as done. Pressing it again takes the mark off."
    ),
    StepState.LATER: QT_TRANSLATE_NOOP(
        "Guide", "Keeps the step for later. Pressing it again takes the mark off."
    ),
    StepState.SKIP: QT_TRANSLATE_NOOP(
        "Guide", "Marks the step as not for you: you decide. Pressing it again takes the mark off."
    ),
}

_STATES: dict[StepState, str] = {
    StepState.OPEN: QT_TRANSLATE_NOOP("Guide", "to do"),
    StepState.DONE: QT_TRANSLATE_NOOP("Guide", "done"),
    StepState.LATER: QT_TRANSLATE_NOOP("Guide", "not now"),
    StepState.SKIP: QT_TRANSLATE_NOOP("Guide", "not for me"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("Guide", source)


def words(key: str, role: Role, *, minors: bool = False) -> tuple[str, str]:
    """The title and the text of a step, for someone in `role`, translated; `minors`: the
    pictures show someone under 18."""
    table = {Role.SELF: _SELF, Role.HELPER: _HELPER, Role.SCHOOL: _SCHOOL}[role]
    found = table.get(key) or _SELF[key]
    if minors and role is not Role.SCHOOL:
        found = (_MINORS_HELPER if role is Role.HELPER else _MINORS_SELF).get(key, found)
    title, body = found
    return _tr(title), _tr(body)


def button(action: Action) -> str:
    """What a step's button says; "" for a step with nothing to open."""
    source = _BUTTONS.get(action)
    return _tr(source) if source else ""


def button_description(action: Action) -> str:
    """What a step's button does, for a screen reader; "" for a step with nothing to open."""
    source = _BUTTON_DESCRIPTIONS.get(action)
    return _tr(source) if source else ""


def choice_description(state: StepState) -> str:
    """What marking a step done, not now or not for me does, for a screen reader."""
    return _tr(_CHOICE_DESCRIPTIONS[state])


def state(value: StepState) -> str:
    return _tr(_STATES[value])


def sources() -> dict[str, dict[str, tuple[str, str]]]:
    """The English words per role, and for pictures of a minor (for the tests)."""
    return {
        "self": _SELF,
        "helper": _HELPER,
        "school": _SCHOOL,
        "minors-self": _MINORS_SELF,
        "minors-helper": _MINORS_HELPER,
    }
