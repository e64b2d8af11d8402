"""Platforms under the names people know them by (`gui.common.platforms`)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from evidence_app.domain.web import PLATFORMS, platform_for
from evidence_app.gui.cases import report_words
from evidence_app.gui.common.platforms import ORDER, PlatformBox, platform_name


def test_every_platform_has_a_name_and_brands_are_named_as_in_the_reports(
    qapp: QApplication,
) -> None:
    for platform in PLATFORMS:
        assert platform_name(platform) not in ("", platform)
    assert platform_name("youtube") == "YouTube"
    assert platform_name("x") == "X (Twitter)"
    # One list of brand names: an item's platform and a report's are named alike.
    for platform in set(PLATFORMS) - {"search", "adult", "other"}:
        assert report_words.platform_name(platform) == platform_name(platform)


def test_a_youtube_address_is_youtube_in_the_list_people_choose_from(qapp: QApplication) -> None:
    box = PlatformBox()
    names = [box.itemText(i) for i in range(box.count())]
    assert "YouTube" in names
    assert names.index("YouTube") == names.index("WhatsApp") + 1  # the big apps first
    box.set_platform(platform_for("https://www.youtube.com/watch?v=abc"))
    assert box.currentText() == "YouTube" and box.platform() == "youtube"
    assert len(ORDER) == len(PLATFORMS)
