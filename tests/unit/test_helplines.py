"""Where to get help: every contact detail comes from the guides, or from a page with the
date it was checked; none from memory."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from evidence_app.domain import helplines
from evidence_app.domain.helplines import Organisation, Source

GUIDES = Path(__file__).resolve().parents[2].parent / "shared" / "guides"


def test_every_contact_detail_has_its_source() -> None:
    problems = [p for org in helplines.organisations() for p in helplines.unsourced(org)]
    assert problems == []


def test_a_contact_detail_without_a_source_is_found() -> None:
    child_focus = next(o for o in helplines.organisations() if o.id == "child-focus")
    invented = dataclasses.replace(child_focus, phone="0800 12 345")
    assert helplines.unsourced(invented) == ["child-focus: phone '0800 12 345' has no source"]
    unchecked = Organisation(
        "x",
        "X",
        "any",
        website="https://example.org",
        sources=(Source("", url="https://example.org"),),
    )
    assert helplines.unsourced(unchecked) == ["x: website 'https://example.org' has no source"]


@pytest.mark.skipif(not GUIDES.is_dir(), reason="the guides are not beside the checkout")
def test_every_quote_is_in_its_guide_word_for_word() -> None:
    for org in helplines.organisations():
        for source in org.sources:
            if source.file:
                text = (GUIDES / source.file).read_text(encoding="utf-8")
                assert source.quote in text, (org.id, source.quote[:60])
            else:
                assert source.url.startswith("https://") and source.checked, org.id


def test_the_organisations_the_guides_name_are_there_for_each_country() -> None:
    belgium = {o.id for o in helplines.for_country("BE")}
    netherlands = {o.id for o in helplines.for_country("NL")}
    assert {"child-focus", "awel", "cybersquad", "jac", "1712", "caw", "igvm", "politie"} <= belgium
    assert {"helpwanted", "meldpunt-kinderporno", "hetstoptbijjou"} <= netherlands
    assert {"stopncii", "take-it-down"} <= belgium & netherlands
    assert not {"child-focus", "helpwanted"} <= belgium & netherlands
    child_focus = next(o for o in helplines.organisations() if o.id == "child-focus")
    assert (child_focus.phone, child_focus.email) == ("116 000", "116000@childfocus.org")
    assert child_focus.hours is not None and child_focus.hours.always
