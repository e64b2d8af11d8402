"""Carry translations over after code moved to another class (a new translation context).

    python scripts/update_translations.py     # the moved texts are now unfinished
    python scripts/carry_translations.py      # copy their translations from the last commit
    python scripts/update_translations.py     # normalise and compile

Qt keys a translation by its context (the class) and its source text: when a method
moves from `MainWindow` to `Importer`, lupdate marks its texts unfinished. This copies,
for every unfinished message, the translation the same source text had in the
committed .ts file (any context), and says which it could not find.
"""

from __future__ import annotations

import copy
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def carry(path: Path) -> tuple[int, list[str]]:
    """Fill the unfinished messages of `path` from its committed version."""
    relative = path.relative_to(ROOT).as_posix()
    committed = subprocess.run(
        ["git", "show", f"HEAD:{relative}"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    known: dict[str, ET.Element] = {}
    for message in ET.fromstring(committed).iter("message"):  # noqa: S314 - our own file
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            known.setdefault(message.findtext("source") or "", translation)
    tree = ET.parse(path)  # noqa: S314 - our own file
    carried, missing = 0, []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if source in known:
            message.remove(translation)
            message.append(copy.deepcopy(known[source]))
            carried += 1
        else:
            missing.append(source)
    if carried:
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return carried, missing


def main() -> int:
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        carried, missing = carry(path)
        print(f"{path.name}: {carried} carried over, {len(missing)} still to translate")
        for source in missing:
            print(f"  {source[:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
