"""What the person chose (`domain.guide`): who uses the app, the country, whether the
pictures show someone under 18 (for the vault or one case), and the state of each step
of the guide per case. Every choice is added whole to the audit chain; the actor of
every later entry follows the role and name chosen here.
"""

from __future__ import annotations

import dataclasses

from evidence_app.domain import audit, clock, guide
from evidence_app.domain.errors import NotFound, VaultDamaged
from evidence_app.domain.guide import Choice, Profile, StepState
from evidence_app.storage import database
from evidence_app.vault.base import VaultBase


class GuideBook(VaultBase):
    """The choices of the vault and its cases."""

    def choices(self) -> list[Choice]:
        """Every choice in the order made; from a damaged vault, those that can be read
        (or rebuilt from the chain)."""
        try:
            with self._guard():
                self._db()
                return self._repo.choices()
        except VaultDamaged:
            return list(self.readable().choices)

    def profile(self) -> Profile:
        """Who uses the app, the country, and whether the pictures show a minor."""
        return guide.profile(self.choices())

    def step_states(self, case_id: int) -> dict[str, StepState]:
        return guide.step_states(self.choices(), case_id)

    def minors(self, case_id: int | None = None) -> bool:
        """Whether the pictures (of a case, else of the vault) show someone under 18."""
        return guide.minors_in(self.choices(), case_id)

    def choose(self, name: str, value: str, *, case_id: int | None = None) -> Choice | None:
        """Make a choice (audited). Choosing what holds already changes nothing and
        returns None. Raises BadInput, NotFound."""
        name, value = guide.checked_choice(case_id, name, value)
        with self._writing():
            if case_id is not None and not any(c.id == case_id for c in self._repo.cases()):
                raise NotFound(f"no case {case_id}")
            unmarked = "" if name.startswith(guide.STEP_PREFIX) else None
            if guide.latest(self._repo.choices()).get((case_id, name), unmarked) == value:
                return None
            choice = Choice(0, case_id, name, value, clock.now().utc)
            choice = dataclasses.replace(choice, id=self._repo.insert_choice(choice))
            self._append(audit.CHOICE, f"choice:{choice.id}", choice.state())
            chosen = self._repo.choices()
        if name in (guide.ROLE, guide.HELPER_NAME):  # from the next entry on, once kept
            self._actor = guide.profile(chosen).actor
        return choice

    def set_profile(self, profile: Profile) -> None:
        """Choose what differs from the profile now (each choice audited); an empty
        country leaves the country as it is."""
        now = self.profile()
        if profile.helper_name != now.helper_name:
            self.choose(guide.HELPER_NAME, profile.helper_name)
        if profile.role is not now.role:
            self.choose(guide.ROLE, profile.role.value)
        if profile.minors != now.minors:
            self.choose(guide.MINORS, "yes" if profile.minors else "no")
        if profile.country and profile.country != now.country:
            self.choose(guide.COUNTRY, profile.country)

    def mark_step(self, case_id: int, step: str, state: StepState) -> Choice | None:
        """Set a step of the guide done, later or skip (or open again) for a case."""
        return self.choose(guide.step_choice(step), state.value, case_id=case_id)

    def _take_actor_from_choices(self) -> None:
        """At opening: the actor of what follows is the one the choices name. A vault whose
        choices cannot be read goes on as its owner."""
        try:
            with self._guard():
                self._db()
                chosen = self._repo.choices()
        except VaultDamaged:  # `check` names it; rebuilt from the chain where it can be
            try:
                chosen = list(self.readable().choices)
            except (VaultDamaged, database.DatabaseError):
                chosen = []  # opening goes on; what follows is the owner's until chosen again
        self._actor = guide.profile(chosen).actor
