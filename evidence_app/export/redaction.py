"""The redacted copy's pictures: regions blacked out, or pixelated and blurred past recognition."""

from __future__ import annotations

from PIL import Image, ImageFilter

from evidence_app.domain.model import Region


def redact(img: Image.Image, regions: tuple[Region, ...]) -> Image.Image:
    """`img` with each region blacked out or blurred beyond recognition.

    An RGB or RGBA image is changed in place (no second copy of a large
    picture in memory); any other mode is converted to one of them first.
    """
    img.load()
    target = "RGBA" if "A" in img.getbands() else "RGB"
    copy = img if img.mode == target else img.convert(target)
    for region in regions:
        box = (
            max(0, region.x),
            max(0, region.y),
            min(copy.width, region.x + region.width),
            min(copy.height, region.y + region.height),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        if region.style == "blur":
            part = copy.crop(box)
            # Pixelate first, then blur: a plain blur of text can sometimes be undone.
            small = part.resize((max(1, part.width // 24), max(1, part.height // 24)))
            part = small.resize(part.size).filter(ImageFilter.GaussianBlur(12))
            copy.paste(part, box)
        else:
            copy.paste((0, 0, 0) if copy.mode == "RGB" else (0, 0, 0, 255), box)
    return copy
