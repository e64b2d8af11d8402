"""Fill in unfinished translations from a JSON file written by a translator.

    python scripts/fill_translations.py new.json

The file maps a translation file's stem to languages to sources to texts:
{"bewijskluis": {"nl": {"Source": "Tekst"}, "fr": {"Source": "Texte"}}}. English
(`*_en.ts`) gets the source text itself. Only entries still marked unfinished are
touched; a source that is not waiting there is reported, nothing is guessed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
_ENTITIES = {"'": "&apos;", '"': "&quot;"}


def fill(path: Path, texts: dict[str, str]) -> list[str]:
    """Write `texts` into the unfinished entries of `path`; the sources not waiting there."""
    content = path.read_text(encoding="utf-8")
    missing = []
    for source, text in texts.items():
        # Empty, or holding lupdate's guess from a message of the same text elsewhere.
        waiting = re.compile(
            re.escape(f"<source>{escape(source, _ENTITIES)}</source>\n        ")
            + r'<translation type="unfinished">[^<]*</translation>'
        )
        done = (
            f"<source>{escape(source, _ENTITIES)}</source>\n        "
            f"<translation>{escape(text, _ENTITIES)}</translation>"
        )
        content, count = waiting.subn(done.replace("\\", "\\\\"), content)
        if not count:
            missing.append(source)
    path.write_text(content, encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    wanted: dict[str, dict[str, dict[str, str]]] = json.loads(
        Path(argv[1]).read_text(encoding="utf-8")
    )
    for stem, languages in wanted.items():
        sources = {source for texts in languages.values() for source in texts}
        for code, texts in (*languages.items(), ("en", {s: s for s in sources})):
            for source in fill(TRANSLATIONS / f"{stem}_{code}.ts", texts):
                print(f"{stem}_{code}.ts: not waiting for a translation: {source[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
