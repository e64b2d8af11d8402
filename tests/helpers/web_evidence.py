"""A web capture stored the way `capture.web.capture` stores one, without QtWebEngine:
`add_bytes` with `kind=web`, its fields and attachments, and re-checks through `add_recheck`.

Shared by tests/unit/test_export_web.py and tests/e2e/test_export_cli.py.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from evidence_app.domain.model import (
    Attachment,
    AttachmentRole,
    Item,
    ItemKind,
    NewAttachment,
    Recheck,
    RecheckResult,
)
from evidence_app.vault.service import VaultService

PAGE_URL = "https://www.instagram.com/p/Cx9aBqR2/"
FINAL_URL = "https://www.instagram.com/p/Cx9aBqR2/?img_index=1"
MOVED_URL = "https://www.instagram.com/accounts/login/?next=%2Fp%2FCx9aBqR2%2F"
MHTML = (
    "From: <Saved by Blink>\r\nSnapshot-Content-Location: " + FINAL_URL + "\r\n"
    "Subject: Foto's van Zoë\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--"\r\n'
    "\r\n------MultipartBoundary--\r\nContent-Type: text/html\r\n\r\n"
    "<html><body><p>Kijk wat ze gestuurd heeft</p></body></html>\r\n"
    "------MultipartBoundary----\r\n"
).encode()


def png(size: tuple[int, int], seed: int, band: int = 0) -> bytes:
    """A page-like picture: white, grey text lines, coloured blocks; `band` px of dark top."""
    rng = random.Random(seed)
    img = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(img)
    if band:
        draw.rectangle((0, 0, size[0], band), fill=(30, 30, 30))
        draw.text((10, 10), PAGE_URL, fill=(255, 255, 255))
    for y in range(band + 20, size[1], 60):
        draw.rectangle((40, y, 40 + rng.randrange(200, 1000), y + 12), fill=(90, 90, 90))
        if rng.random() < 0.2:
            draw.rectangle((40, y + 20, 600, y + 50), fill=(rng.randrange(256), 120, 200))
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class WebEvidence:
    """What `add_web_item` stored, and the bytes of each attachment by its role."""

    service: VaultService
    item: Item
    attachments: list[Attachment]
    data: dict[str, bytes]  # role -> bytes
    rechecks: list[Recheck]


def add_web_item(
    service: VaultService, *, height: int = 4000, rechecks: bool = True
) -> WebEvidence:
    """A web capture as the capture browser stores it, and four later re-checks."""
    full = png((1280, height), 1)
    data = {
        AttachmentRole.VIEWPORT: png((1280, 800), 1),
        AttachmentRole.ARCHIVE: MHTML,
        AttachmentRole.STAMPED: png((1280, height + 90), 1, band=90),
    }
    item = service.add_bytes(
        full,
        case_id=service.cases()[0].id,
        original_name="web-page-20260303T200405Z.png",
        kind=ItemKind.WEB,
        capture_method="web-page",
        url=PAGE_URL,
        fields={
            "final_url": FINAL_URL,
            "http_status": 200,
            "page_title": "Zoë (@zoe.b) • Instagram-foto's",
            "user_agent": "Mozilla/5.0 (X11; Linux x86_64) QtWebEngine/6.11.3",
        },
        attachments=[
            NewAttachment(
                data[AttachmentRole.VIEWPORT], AttachmentRole.VIEWPORT, "viewport.png", "image/png"
            ),
            NewAttachment(
                data[AttachmentRole.ARCHIVE],
                AttachmentRole.ARCHIVE,
                "page.mhtml",
                "multipart/related",
            ),
            NewAttachment(
                data[AttachmentRole.STAMPED],
                AttachmentRole.STAMPED,
                "stamped-copy.png",
                "image/png",
                derived=True,
            ),
        ],
    )
    done = []
    if rechecks:
        done = [
            service.add_recheck(
                item.id, RecheckResult.PRESENT, http_status=200, final_url=FINAL_URL
            ),
            service.add_recheck(
                item.id,
                RecheckResult.CHANGED,
                http_status=200,
                final_url=FINAL_URL,
                note="the visible text differs from the page archive",
            ),
            service.add_recheck(
                item.id, RecheckResult.REMOVED, http_status=404, final_url=MOVED_URL
            ),
            service.add_recheck(
                item.id, RecheckResult.UNREACHABLE, note="Host www.instagram.com not found"
            ),
        ]
    return WebEvidence(service, item, service.attachments(item.id), data, done)
