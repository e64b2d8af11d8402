"""Kinds, previews, roles, results and styles are declared once, as enums of the domain,
and each has its words in the dossier (in every language) and in the window."""

from __future__ import annotations

import pytest

from evidence_app.domain.model import AttachmentRole, ItemKind, Preview, RecheckResult, RedactStyle
from evidence_app.export import texts as T
from evidence_app.export.texts import Texts


def test_every_member_has_its_words_in_the_dossier() -> None:
    assert set(T.KIND_TEXTS) == set(ItemKind)
    assert set(T.RESULT_TEXTS) == set(RecheckResult)
    assert set(T.ROLE_TEXTS) == set(AttachmentRole)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_dossier_words_are_translated(language: str) -> None:
    english, other = Texts("en"), Texts(language)
    for kind in ItemKind:
        assert other.kind(kind) != english.kind(kind) != kind.value, kind
    for result in RecheckResult:
        assert other.result(result) != english.result(result), result
    for role in AttachmentRole:
        assert other.role(role) != english.role(role), role


def test_stored_values_stay_what_they_were() -> None:
    """The values are in every vault and every manifest already: they never change."""
    assert [k.value for k in ItemKind] == [
        "file", "screen", "region", "window", "clipboard", "web", "record"
    ]  # fmt: skip
    assert [p.value for p in Preview] == [
        "image", "not-an-image", "broken-image", "record-only", "too-large"
    ]  # fmt: skip
    assert [r.value for r in RecheckResult] == ["present", "changed", "removed", "unreachable"]
    assert [r.value for r in AttachmentRole] == ["viewport", "archive", "stamped"]
    assert [s.value for s in RedactStyle] == ["black", "blur"]
