"""Runs `grab_via_portal` in its own process, for `test_portal.py`.

Usage: python portal_client.py OUT_PNG [TIMEOUT_MS]

Prints one JSON line: `available` (portal_available()), and either the shot
(`screen_name`, `geometry`, `ratio`, with its pixels written to OUT_PNG) or
the GrabFailed's `error` and class.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtGui import QGuiApplication

from evidence_app.capture.portal import grab_via_portal, portal_available
from evidence_app.capture.screen import GrabFailed


def main() -> int:
    out = sys.argv[1]
    timeout_ms = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    app = QGuiApplication([])
    result: dict[str, object] = {"available": portal_available()}
    try:
        shot = grab_via_portal(timeout_ms=timeout_ms)
    except GrabFailed as exc:
        result.update(error=str(exc), error_type=type(exc).__name__)
    else:
        if not shot.image.save(out, "PNG"):
            result["error"] = "could not save"
        geometry = shot.geometry
        result.update(
            screen_name=shot.screen_name,
            geometry=[geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            ratio=shot.device_pixel_ratio,
            size=[shot.image.width(), shot.image.height()],
        )
    print(json.dumps(result), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
