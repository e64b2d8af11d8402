"""Cases and the persons involved in them."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from evidence_app.domain import audit, clock
from evidence_app.domain.errors import (
    BadInput,
    NameInUse,
    NotFound,
    VaultDamaged,
)
from evidence_app.domain.model import PERSON_FIELDS, Case, Person
from evidence_app.vault.base import VaultBase


class CaseBook(VaultBase):
    """Cases and the persons involved in them."""

    # -- cases ---------------------------------------------------------------

    def cases(self) -> list[Case]:
        with self._guard():
            self._db()
            return self._repo.cases()

    def cases_readable(self) -> list[Case]:
        """`cases()`; when the database is damaged there, those that can still be read."""
        try:
            return self.cases()
        except VaultDamaged:
            return list(self.readable().cases)

    def create_case(self, name: str) -> Case:
        name = name.strip()
        if not name:
            raise BadInput("a case needs a name")
        with self._writing():
            if self._repo.case_by_name(name):
                raise NameInUse("a case with that name exists already")
            return self._insert_case(name)

    def case_by_name(self, name: str, *, create: bool = False) -> Case:
        with self._guard():
            self._db()
            found = self._repo.case_by_name(name.strip())
        if found:
            return found
        if not create:
            raise NotFound(f"no case named {name!r}")
        return self.create_case(name)

    def rename_case(self, case_id: int, name: str) -> Case:
        """Give a case another name (audited). Raises BadInput, NotFound."""
        name = name.strip()
        if not name:
            raise BadInput("a case needs a name")
        with self._writing():
            current = next((c for c in self._repo.cases() if c.id == case_id), None)
            if current is None:
                raise NotFound(f"no case {case_id}")
            if current.name == name:
                return current
            other = self._repo.case_by_name(name)
            if other is not None and other.id != case_id:
                raise NameInUse("a case with that name exists already")
            self._repo.rename_case(case_id, name)
            self._append(
                audit.CASE_EDIT,
                f"case:{case_id}",
                {"changes": {"name": {"before": current.name, "after": name}}},
            )
            return dataclasses.replace(current, name=name)

    def set_case_summary(self, case_id: int, summary: str) -> Case:
        """The case's account of what happened, in the person's own words (audited)."""
        with self._writing():
            current = next((c for c in self._repo.cases() if c.id == case_id), None)
            if current is None:
                raise NotFound(f"no case {case_id}")
            if current.summary == summary:
                return current
            self._repo.set_case_summary(case_id, summary)
            self._append(
                audit.CASE_EDIT,
                f"case:{case_id}",
                {"changes": {"summary": {"before": current.summary, "after": summary}}},
            )
            return dataclasses.replace(current, summary=summary)

    def _insert_case(self, name: str) -> Case:
        case = self._repo.insert_case(name, clock.now().utc)
        self._append(audit.CASE_CREATE, f"case:{case.id}", {"name": name})
        return case

    # -- persons -------------------------------------------------------------

    def persons(self, case_id: int | None = None) -> list[Person]:
        with self._guard():
            self._db()
            return self._repo.persons(case_id)

    def person(self, person_id: int) -> Person:
        with self._guard():
            self._db()
            found = self._repo.person(person_id)
        if found is None:
            raise NotFound(f"no person {person_id}")
        return found

    def add_person(self, case_id: int, **fields: str) -> Person:
        """Record someone involved, with every identifier known (audited)."""
        values = _person_values(fields)
        if not any(v.strip() for v in values.values()):
            raise BadInput("a person needs at least a name, a username, an e-mail or a phone")
        with self._writing():
            if not any(case.id == case_id for case in self._repo.cases()):
                raise NotFound(f"no case {case_id}")
            person = Person(0, case_id, **values)
            person = dataclasses.replace(
                person, id=self._repo.insert_person(person, clock.now().utc)
            )
            self._append(audit.PERSON_CREATE, f"person:{person.id}", dataclasses.asdict(person))
            return person

    def update_person(self, person_id: int, changes: Mapping[str, str]) -> Person:
        """Change what is known of a person; the audit entry keeps before and after."""
        values = _person_values(changes)
        with self._writing():
            current = self._repo.person(person_id)
            if current is None:
                raise NotFound(f"no person {person_id}")
            diffs = audit.changes(current, values)
            if not diffs:
                return current
            self._repo.set_person_fields(person_id, audit.after_values(diffs))
            self._append(audit.PERSON_EDIT, f"person:{person_id}", {"changes": diffs})
            return dataclasses.replace(current, **audit.after_values(diffs))


def _person_values(fields: Mapping[str, str]) -> dict[str, str]:
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise BadInput(f"not a detail of a person: {', '.join(sorted(unknown))}")
    return {name: str(value).strip() for name, value in fields.items()}
