"""The guide of next steps, and what the person chose: who uses the app, whether the
pictures show someone under 18, the country, and each step's state per case.

Every choice is one record (`Choice`): a name, a value, the case it is about (or none,
for the vault), and when it was made. The records are only added, never changed: the
last one of a name is the choice now, the earlier ones its history. Each is in the
audit chain whole, so that `check` can compare them and the dossier can say who did
what.

The steps follow the guides in `../shared/guides/` (the file each one comes from is
named); their words, in three languages, are in `gui.guide.step_words`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from evidence_app.domain.errors import BadInput


class Role(StrEnum):
    """Who uses the app."""

    SELF = "self"  # the person the pictures are of
    HELPER = "helper"  # a parent, a friend, a teacher, a counsellor
    SCHOOL = "school"  # a school handling an incident (guide 003)


class StepState(StrEnum):
    OPEN = ""  # not marked yet
    DONE = "done"
    LATER = "later"  # "not now"
    SKIP = "skip"  # "not for me"


class Action(StrEnum):
    """What a step's button does."""

    READ = "read"  # nothing to open: the step is words to read
    HELP = "help"  # the "Where to get help" panel
    CAPTURE = "capture"  # capture the screen, a window or a file
    WEB = "web"  # capture a web page
    REPORT = "report"  # write a report to a platform
    RECHECK = "recheck"  # the reports, to look again whether it is gone
    MESSAGES = "messages"  # ready texts to others
    EXPORT = "export"  # make the dossier
    CUSTODY = "custody"  # write down a hand-over


@dataclass(frozen=True)
class Step:
    key: str  # stable English key, shown by `guide --json`
    action: Action
    roles: frozenset[Role]
    sources: tuple[str, ...]  # the guide files it follows


_PERSON = frozenset({Role.SELF, Role.HELPER})
_ALL = frozenset(Role)
_SCHOOL = frozenset({Role.SCHOOL})

STEPS: tuple[Step, ...] = (
    Step("not-your-fault", Action.READ, _PERSON, ("000", "003", "004")),
    Step("talk", Action.HELP, _PERSON, ("000", "002")),
    Step("school-scope", Action.READ, _SCHOOL, ("003",)),
    Step("school-support", Action.HELP, _SCHOOL, ("003",)),
    Step("capture", Action.CAPTURE, _ALL, ("000", "001", "002", "004")),
    Step("blackmail", Action.HELP, _PERSON, ("001",)),
    Step("report", Action.REPORT, _ALL, ("001", "003", "004")),
    Step("school-remove", Action.READ, _SCHOOL, ("003",)),
    Step("check-gone", Action.RECHECK, _PERSON, ("001",)),
    Step("stop-reposting", Action.HELP, _PERSON, ("002",)),
    Step("privacy", Action.READ, _PERSON, ("000", "001")),
    Step("others", Action.MESSAGES, _PERSON, ("000", "002")),
    Step("school-talk", Action.READ, _SCHOOL, ("003",)),
    Step("school-parents", Action.READ, _SCHOOL, ("003",)),
    Step("police", Action.EXPORT, _ALL, ("000", "001", "002")),
    Step("hand-over", Action.CUSTODY, _ALL, ("002",)),
    Step("school-media", Action.READ, _SCHOOL, ("003",)),
    Step("school-evaluate", Action.READ, _SCHOOL, ("003",)),
)
STEP_KEYS: frozenset[str] = frozenset(step.key for step in STEPS)


def steps_for(role: Role) -> list[Step]:
    """The steps for someone in `role`, in the order to take them."""
    return [step for step in STEPS if role in step.roles]


# -- the choices ---------------------------------------------------------------

ROLE = "role"
HELPER_NAME = "helper_name"
MINORS = "minors"  # "yes" or "no": the pictures show someone under 18
COUNTRY = "country"  # "BE" or "NL"
STEP_PREFIX = "step:"
VAULT_CHOICES = frozenset({ROLE, HELPER_NAME, MINORS, COUNTRY})
MAX_NAME = 200


@dataclass(frozen=True)
class Choice:
    """One choice the person made; the last of a name (and case) holds."""

    id: int
    case_id: int | None  # None: about the vault, not one case
    name: str
    value: str
    chosen_at: str  # ISO 8601 UTC with "Z"

    def state(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def step_choice(key: str) -> str:
    return STEP_PREFIX + key


def checked_choice(case_id: int | None, name: str, value: str) -> tuple[str, str]:
    """`(name, value)` as they are stored. Raises BadInput on anything else."""
    value = value.strip()
    if name.startswith(STEP_PREFIX):
        key = name.removeprefix(STEP_PREFIX)
        if key not in STEP_KEYS:
            raise BadInput(f"no step {key!r}: one of {', '.join(s.key for s in STEPS)}")
        if case_id is None:
            raise BadInput("a step is marked for a case")
        if value not in {s.value for s in StepState}:
            raise BadInput("a step is done, later or skip")
        return name, value
    if name == MINORS:
        if value not in ("yes", "no"):
            raise BadInput("say yes or no")
        return name, value
    if case_id is not None:
        raise BadInput(f"{name} is chosen for the whole vault")
    if name == ROLE:
        if value not in {r.value for r in Role}:
            raise BadInput(f"the role is one of {', '.join(r.value for r in Role)}")
    elif name == COUNTRY:
        if value not in ("BE", "NL"):
            raise BadInput("the country is BE or NL")
    elif name == HELPER_NAME:
        if len(value) > MAX_NAME:
            raise BadInput(f"a name holds at most {MAX_NAME} characters")
    else:
        raise BadInput(f"no choice named {name!r}")
    return name, value


@dataclass(frozen=True)
class Profile:
    """The vault's choices now."""

    role: Role = Role.SELF
    helper_name: str = ""
    minors: bool = False
    country: str = ""  # "" until chosen

    @property
    def actor(self) -> str:
        """Who the audit chain says did an action: the vault's owner, or the helper by name."""
        if self.role is not Role.SELF and self.helper_name:
            return self.helper_name
        return "owner"


def latest(choices: Iterable[Choice]) -> dict[tuple[int | None, str], str]:
    """The value of each `(case_id, name)` now: its last choice."""
    now: dict[tuple[int | None, str], str] = {}
    for choice in sorted(choices, key=lambda c: c.id):
        now[(choice.case_id, choice.name)] = choice.value
    return now


def profile(choices: Iterable[Choice]) -> Profile:
    now = latest(choices)
    role = now.get((None, ROLE), Role.SELF.value)
    return Profile(
        role=Role(role) if role in {r.value for r in Role} else Role.SELF,
        helper_name=now.get((None, HELPER_NAME), ""),
        minors=now.get((None, MINORS)) == "yes",
        country=now.get((None, COUNTRY), ""),
    )


def step_states(choices: Iterable[Choice], case_id: int) -> dict[str, StepState]:
    """Each step's state for the case (steps never marked are left out)."""
    return {
        name.removeprefix(STEP_PREFIX): StepState(value)
        for (case, name), value in latest(choices).items()
        if case == case_id and name.startswith(STEP_PREFIX)
    }


def minors_in(choices: Iterable[Choice], case_id: int | None) -> bool:
    """Whether the pictures of a case show someone under 18: said for the whole vault, or
    for the case. A case can only add this protection: "no" for a case does not undo the
    vault's "yes" (fail closed)."""
    now = latest(choices)
    said = [now.get((None, MINORS))]
    if case_id is not None:
        said.append(now.get((case_id, MINORS)))
    return "yes" in said
