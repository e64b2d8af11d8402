"""The translations as files: every Dutch and French string translated, placeholders kept, the
system's language one we have. (Switching language in the app: tests/gui/test_language.py.)"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from evidence_app.bundled import resource
from evidence_app.gui.common import i18n

TS_FOLDER = resource("translations")


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_every_string_is_translated(code: str) -> None:
    root = ET.parse(TS_FOLDER / f"bewijskluis_{code}.ts").getroot()  # noqa: S314 - our own file
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source")
        assert translation.get("type") is None, f"{code}: unfinished: {source!r}"
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(forms), f"{code}: empty translation for {source!r}"
        # Placeholders survive translation.
        for placeholder in ("%1", "%2", "%n"):
            if placeholder in (source or ""):
                assert all(placeholder in (form or "") for form in forms), (code, source)


def test_system_language_is_one_we_have() -> None:
    assert i18n.system_language() in i18n.LANGUAGES
