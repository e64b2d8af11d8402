"""The built wheel carries the app's resources, and the app finds them there.

Built from this checkout with the build backend of `pyproject.toml`, unpacked into a
folder of its own, and imported from there in a fresh interpreter (PYTHONPATH comes
before the editable install's path), so that nothing is found in the checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

PROBE = """
import json, sys
import evidence_app
from evidence_app import bundled
from evidence_app.domain import wordlist
from evidence_app.export.pdf_fonts import font_path
from evidence_app.export.texts import Texts
from evidence_app.export import texts as T
print(json.dumps({
    "package": evidence_app.__file__,
    "resources": str(bundled.root()),
    "dutch": Texts("nl")(T.AUDIT_HEAD),
    "french": Texts("fr")(T.AUDIT_HEAD),
    "font": font_path("DejaVuSans.ttf"),
    "words": len(wordlist.word_list("nl")),
    "icon": bundled.resource("icons", "lock.svg").is_file(),
}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = ["wheel", "--quiet", "--no-deps", "--no-build-isolation", "--wheel-dir", str(out)]
    subprocess.run(
        [sys.executable, "-m", "pip", *build, str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("evidence_app-*.whl")
    return built


def test_the_wheel_carries_translations_fonts_icons_and_word_lists(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("nl", "fr", "en"):
        for stem in ("bewijskluis", "dossier"):
            assert f"evidence_app/resources/translations/{stem}_{language}.qm" in names
        assert f"evidence_app/resources/wordlists/{language}/words.txt" in names
    assert "evidence_app/resources/fonts/DejaVuSans.ttf" in names
    assert any(n.startswith("evidence_app/resources/icons/") for n in names)
    assert not [n for n in names if n.startswith(("tests/", "resources/", "scripts/"))]


def test_the_installed_app_finds_its_resources_inside_itself(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout)
    assert Path(found["package"]).is_relative_to(site)
    assert found["resources"] == str(site / "evidence_app" / "resources")
    assert found["dutch"] == "Laatste schakel van de auditketen vóór deze export"
    assert found["french"] == "Dernier maillon de la chaîne d’audit avant cet export"
    assert Path(found["font"]).is_relative_to(site) and Path(found["font"]).is_file()
    assert found["words"] > 5000
    assert found["icon"]


def test_every_compiled_translation_is_its_source_compiled() -> None:
    """The .qm files are committed: they must be what the .ts files compile to now."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
