"""The guide on the command line: its steps with their state for a case and where to get
help (`guide`), a step marked (`guide mark`), and the vault's choices (`guide set`).

The words are the window's, translated with its catalogue (`gui.guide.step_words`,
`gui.guide.help_dialog`): Qt's translators need a core application, made here
without any display.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from evidence_app.cli.common import EXIT_OK, SecretReader, _case, _open, _out, _say, _text
from evidence_app.cli.item_commands import _JSON_C1
from evidence_app.domain import guide, helplines
from evidence_app.domain.errors import BadInput
from evidence_app.domain.guide import Profile, StepState
from evidence_app.domain.helplines import Organisation
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.settings import local_country
from evidence_app.gui.guide import step_words
from evidence_app.paths import Paths

_translations: Translations | None = None  # kept alive while the words are read


def _speak(lang: str) -> None:
    """Install the window's translation of `lang` (and Qt's own) for what follows."""
    global _translations
    if QCoreApplication.instance() is None:
        QCoreApplication(["evidence-app"])
    _translations = Translations()
    _translations.switch(lang)


def organisations_for(profile: Profile) -> list[Organisation]:
    """Where to get help for the vault's country and age setting (`helplines.for_person`)."""
    return helplines.for_person(profile.country or local_country(), profile.minors)


def cmd_guide(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    from evidence_app.gui.guide.help_dialog import card_text  # Qt's widgets: only for this

    service = _open(paths, args, secrets)
    try:
        case = _case(service, _text(args, "case", secrets).strip())
        profile = service.profile()
        states = service.step_states(case.id)
        minors = service.minors(case.id)
    finally:
        service.lock()
    _speak(args.lang)
    profile = Profile(profile.role, profile.helper_name, minors, profile.country)
    steps = []
    for step in guide.steps_for(profile.role):
        title, text = step_words.words(step.key, profile.role, minors=minors)
        steps.append(
            {
                "key": step.key,
                "state": states.get(step.key, StepState.OPEN).value or "open",
                "title": title,
                "text": text,
                "button": step_words.button(step.action),
                "action": step.action.value,
                "sources": list(step.sources),
            }
        )
    orgs = organisations_for(profile)
    if args.json:
        document: dict[str, Any] = {
            "case": case.name,
            "role": profile.role.value,
            "minors": minors,
            "country": profile.country or local_country(),
            "steps": steps,
            "organisations": [_organisation(o) for o in orgs],
        }
        _out(json.dumps(document, indent=2, ensure_ascii=False).translate(_JSON_C1))
        return EXIT_OK
    for number, shown in enumerate(steps, 1):
        state = step_words.state(StepState(str(shown["state"]).replace("open", "")))
        _out(f"{number:>2}. [{state}] {shown['title']}  ({shown['key']})")
        _out(f"    {shown['text']}")
    _out()
    for org in orgs:
        _out(card_text(org)[1])
        _out()
    return EXIT_OK


def _organisation(org: Organisation) -> dict[str, Any]:
    from evidence_app.gui.guide.help_dialog import hours_text, what_it_does

    return {
        "id": org.id,
        "name": org.name,
        "what": what_it_does(org.id),
        "phone": org.phone,
        "email": org.email,
        "website": org.website,
        "chat": org.chat,
        "chat_offered": org.chat_offered,
        "hours": hours_text(org.hours) if org.hours else "",
        "anonymous": org.anonymous,
        "free": org.free,
        "sources": [s.file or s.url for s in org.sources],
    }


def cmd_guide_mark(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    state = {"done": StepState.DONE, "later": StepState.LATER, "skip": StepState.SKIP}
    state["open"] = StepState.OPEN
    guide.checked_choice(1, guide.step_choice(args.step), state[args.state].value)  # said early
    service = _open(paths, args, secrets)
    try:
        case = _case(service, _text(args, "case", secrets).strip())
        changed = service.mark_step(case.id, args.step, state[args.state])
    finally:
        service.lock()
    if changed is None:
        _say(f"The step {args.step} was {args.state} already.")
    return EXIT_OK


def cmd_guide_set(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    name = args.name.replace("-", "_")
    value = _text(args, "value", secrets)
    case_name = _text(args, "case", secrets).strip()
    if name != guide.MINORS and case_name:
        raise BadInput(f"{args.name} is chosen for the whole vault, not for a case")
    guide.checked_choice(1 if case_name else None, name, value)  # said before opening
    service = _open(paths, args, secrets)
    try:
        case_id = service.case_by_name(case_name).id if case_name else None
        service.choose(name, value, case_id=case_id)
    finally:
        service.lock()
    return EXIT_OK
