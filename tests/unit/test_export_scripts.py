"""The dossier PDF draws every character of a record, whatever script it is written in.

Names, handles, addresses and notes in many scripts go into a real vault; a real dossier is
exported and read back with poppler (pdftotext, pdffonts). A character that no shipped font has
must still be seen: as its escape, never left out.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pikepdf

from evidence_app.export import build_dossier, export_dossier
from evidence_app.export.pdf_layout import MARGIN, PageLayout
from evidence_app.export.texts import Texts
from evidence_app.vault.service import VaultService

# The way people write their names and handles; each is a person, the poster of an item, a
# handle, the end of the item's address and its note. The Arabic name has no lam-alef (لا):
# drawn right, as one ligature, it comes back from pdftotext as "ال", its letters swapped.
WRITTEN = {
    "Latin": "Zoë Ñúñez-Çelik",
    "Cyrillic": "Дмитрий Соколов",
    "Arabic": "محمد العلي",
    "Hebrew": "דוד כהן",
    "Devanagari": "प्रिया शर्मा",
    "Chinese": "王小明",
    "Chinese (traditional)": "陳大文",
    "Japanese": "やまだ タロウ",
    "Korean": "김민준",
    "Thai": "สมชาย ใจดี",
    "Emoji": "😈🔥👀",
}


def pdftext(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def readable(text: str) -> str:
    """Text as compared: what pdftotext adds or changes but the eye does not see, taken out.

    pdftotext puts right-to-left runs between embedding controls (U+202B ... U+202C). Shaped
    Arabic is drawn with joined letter forms, which a reader may give back as presentation
    forms (U+FE80 ...); NFKC folds them to the letters stored. pdftotext guesses spaces from
    glyph positions, and a Devanagari vowel sign drawn before its consonant (िप) can look like
    a gap to it: so spaces are left out of both sides.
    """
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e]", "", text)


def test_names_handles_addresses_and_notes_in_every_script_are_in_the_pdf(
    service: VaultService, tmp_path: Path
) -> None:
    for script, written in WRITTEN.items():
        person = service.add_person(1, name=written, handles=f"@{written}")
        item = service.add_record(
            case_id=1,
            url="https://x.com/" + written.replace(" ", ""),
            notes=f"{script}: {written}",
        )
        service.update_item(item.id, {"poster_id": person.id})
    pdf = export_dossier(service, tmp_path / "dossier").path / "dossier.pdf"

    text = readable(pdftext(pdf))
    for script, written in WRITTEN.items():
        # The persons table (name, handle), the overview (address, poster), the item's page
        # (address, poster, note).
        assert text.count(readable(written)) >= 7, script
        assert readable(f"https://x.com/{written}") in text, script
        assert readable(f"{script}: {written}") in text, script
    # The right-to-left name reads in its own order, not reversed: the Arabic was drawn right
    # to left (drawn left to right, pdftotext gives it back reversed).
    assert readable("محمد العلي")[::-1] not in text

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    embedded = fonts.stdout.splitlines()[2:]
    names = " ".join(line.split()[0] for line in embedded)
    for font in (
        "DejaVuSans",
        "NotoSansArabic",
        "NotoSansHebrew",
        "NotoSansDevanagari",
        "NotoSansThai",
        "WenQuanYiMicroHei",
        "NotoEmoji",
    ):
        assert font in names
    # Every font embedded, as the subset of the glyphs used ("emb yes sub yes"): 9.6 MB of
    # fonts make a dossier of a few hundred kilobytes.
    assert all(re.search(r"\byes\s+yes\b", line) for line in embedded)
    assert pdf.stat().st_size < 400_000


def test_right_to_left_text_is_laid_out_right_to_left(
    service: VaultService, tmp_path: Path
) -> None:
    # pdftotext -bbox gives each word where it is drawn, its letters in the order drawn
    # (left to right), so an Arabic word comes back reversed.
    note = "sent by محمد 2024\nمحمد العلي 1999\n@zoe"
    service.add_record(case_id=1, notes=note)
    pdf = export_dossier(service, tmp_path / "dossier").path / "dossier.pdf"
    bbox = pdftext(pdf, "-bbox")
    words = [
        (float(x), text[::-1] if re.search("[\u0600-\u06ff]", text) else text)
        for x, text in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', bbox)
    ]
    at = {text: [x for x, word in words if word == text] for text in ("2024", "1999", "العلي")}
    names = [x for x, word in words if word == "محمد"]
    # Each word drawn as one word (a letter drawn on the wrong side would split it).
    assert len(names) == 2 and all(len(found) == 1 for found in at.values()), words
    (first_name, second_name), (x_2024,), (x_1999,), (x_family,) = names, *at.values()
    # In a left-to-right line, an Arabic name and the number after it read right to left:
    # the number is drawn first (left), the name second.
    assert x_2024 < first_name
    # A line of its own in Arabic is laid out right to left: first word at the right.
    assert x_1999 < x_family < second_name
    # A Latin line below it keeps its own direction: not "zoe@".
    assert "@zoe" in [word for _, word in words]


def test_a_latin_dossier_embeds_no_fallback_font(service: VaultService, tmp_path: Path) -> None:
    service.add_record(case_id=1, url="https://x.com/noel.dupont", notes="Noël a dit: « ça »")
    pdf = export_dossier(service, tmp_path / "dossier").path / "dossier.pdf"
    # Every font in the file, used on a page or not (pdffonts lists only the used ones).
    embedded = set(re.findall(rb"/FontName /[A-Z]+\+([\w-]+)", pdf.read_bytes()))
    assert embedded == {b"DejaVuSansBook", b"DejaVuSansBold", b"DejaVuSansMonoBook"}


def test_a_character_no_font_has_is_shown_as_its_escape(
    service: VaultService, tmp_path: Path
) -> None:
    # U+E000 and U+F0001 are for private use (a logo on one phone, nothing on another), U+0378
    # is not assigned; no font has them. A right-to-left override (U+202E) would show the
    # address below as ending in "exe.jpg": it is shown as its escape, the order stays the
    # stored one.
    note = "privé \ue000 vrij \u0378 en \U000f0001 {nb}\nhttps://x.com/a\u202egpj.exe"
    service.add_record(case_id=1, notes=note)
    pdf = export_dossier(service, tmp_path / "dossier").path / "dossier.pdf"
    text = pdftext(pdf, "-layout")
    # "{nb}" too is kept as written (fpdf2 puts the number of pages for it, unless told not to).
    assert "privé \\ue000 vrij \\u0378 en \\U000f0001 {nb}\n" in text
    assert "https://x.com/a\\u202egpj.exe\n" in text
    assert "\u202e" not in text


def _footer_numbers(page: pikepdf.Page) -> list[str]:
    """The font of each text drawn at the right of the page's footer (where its number is)."""
    fonts = {str(name): str(font.BaseFont) for name, font in page.Resources.Font.items()}
    width = float(page.MediaBox[2])
    font, at, found = "", (0.0, 0.0), []
    for operands, operator in pikepdf.parse_content_stream(page):
        if str(operator) == "Tf":
            font = fonts[str(operands[0])]
        elif str(operator) == "Td":
            at = (float(operands[0]), float(operands[1]))
        elif str(operator) in ("Tj", "TJ") and at[1] < 15 * 72 / 25.4 and at[0] > width * 0.6:
            found.append(font)
    return found


def test_every_page_is_numbered_once_in_the_footers_font_whatever_the_case_is_called(
    service: VaultService, tmp_path: Path
) -> None:
    # The footer shows the case's name before the page number, in whatever script it is
    # written; the number is drawn once on each page, in DejaVu Sans, never in the font
    # the name ended in.
    service.rename_case(1, "案件 王小明 قضية")
    for n in range(3):
        service.add_record(case_id=1, notes=f"note {n}\n" * 90)
    pdf = export_dossier(service, tmp_path / "dossier").path / "dossier.pdf"
    with pikepdf.open(pdf) as document:
        total = len(document.pages)
        assert total > 5
        for number, page in enumerate(document.pages, start=1):
            fonts = _footer_numbers(page)
            assert len(fonts) == 1, f"page {number}: {fonts}"
            assert fonts[0].endswith("+DejaVuSansBook"), f"page {number}: {fonts}"
            text = pdftext(pdf, "-f", str(number), "-l", str(number))
            assert f"Page {number} / {total}" in text


def test_the_page_total_of_a_dossier_of_thousands_of_pages_fits_in_its_footer(
    service: VaultService, tmp_path: Path
) -> None:
    # A dossier of 2,000 screenshots has over 2,000 pages; the footer's "Page x / y" is
    # written once y is known, every digit of it, and ends where the footer's line ends.
    service.add_record(case_id=1, notes="one")
    layout = PageLayout(build_dossier(service), Texts("en"))
    for _ in range(10_001):
        layout.add_page()
    pdf = tmp_path / "pages.pdf"
    pdf.write_bytes(bytes(layout.output()))
    bbox = pdftext(pdf, "-bbox", "-f", "10001", "-l", "10001")
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox)[1])  # type: ignore[index]
    words = re.findall(
        r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]+)</word>', bbox
    )
    assert [text for _, text in words][-4:] == ["Page", "10001", "/", "10001"]
    right_margin = MARGIN * 72 / 25.4  # mm to points
    cell_margin = layout.c_margin * 72 / 25.4
    assert abs(float(words[-1][0]) - (page_width - right_margin - cell_margin)) < 0.05
