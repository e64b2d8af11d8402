"""The dossier, exported on a real desktop as a person does it, then checked as the police would."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from PIL import Image

from evidence_app.vault.service import VaultService
from tests.helpers.desktop import Desktop, wait_until
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


def test_export_from_the_dialog_makes_a_dossier_that_verifies(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = tmp_path / "base"
    service, _ = VaultService.create(
        base / "vault", PASSPHRASE, first_case_name="School", kdf=FAST_KDF
    )
    picture = tmp_path / "screenshot.png"
    Image.effect_noise((160, 120), 70).convert("RGB").save(picture)
    item = service.add_file(picture, case_id=1, url="https://www.instagram.com/p/abc")
    service.lock()
    target = tmp_path / "out" / "dossier-school.zip"
    target.parent.mkdir()

    app = start_app(base)
    app.unlock(PASSPHRASE)
    dialog = app.start_export(target)
    wait_until(
        "the export to finish",
        lambda: [n for n in dialog.find_all("label") if n.name.startswith("Done.")],
        timeout=120,
    )
    # What the police receive checks out, without the app's vault.
    verified = subprocess.run(
        [sys.executable, "-m", "evidence_app", "verify", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
        original = next(name for name in names if name.endswith("-screenshot.png"))
        assert bundle.read(original) == picture.read_bytes()
        manifest = json.loads(bundle.read(next(n for n in names if n.endswith("manifest.json"))))
    assert any(name.endswith("dossier.pdf") for name in names)
    assert [i["sha256"] for i in manifest["items"]] == [item.sha256]
