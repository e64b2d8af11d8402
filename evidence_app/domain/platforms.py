"""Where to report, per platform: data kept in `resources/platforms/report.json`.

Each platform the app knows (`domain.report.REPORT_PLATFORMS`), and the services that
take a fingerprint instead of the image (StopNCII.org, Take It Down), has its name as the
platform writes it (none for "another website or host", which is said in words),
and, when a source gave it, the address of its report form, that source and the
date the address was last checked. What the platform asks for in a report is a
list of keys from `ASKS`, which the window says in words. An address is never
written from memory: an empty one means "look in the app or on its help pages".
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from evidence_app.bundled import resource
from evidence_app.domain.report import REPORT_PLATFORMS

# What a platform can ask for in a report, by key.
ASKS: tuple[str, ...] = (
    "address",  # the exact address of the post, video or profile
    "account",  # the username of the account that posted it
    "screenshot",  # a screenshot of the content or the conversation
    "identity",  # that the person shown is you (sometimes with an identity document)
    "reason",  # which rule it breaks (nudity, privacy, harassment)
    "image",  # the image itself, or a fingerprint of it made on your own device
)


@dataclass(frozen=True)
class PlatformInfo:
    """One platform's entry in the data file."""

    key: str
    name: str  # as the platform writes it; "" for "another website or host"
    report_url: str = ""
    email: str = ""
    source: str = ""  # where the address was read
    checked: str = ""  # ISO date: when it was last checked against that source
    asks_for: tuple[str, ...] = ()


@functools.cache
def platforms() -> dict[str, PlatformInfo]:
    """Every platform of the data file, by key, in the order of `REPORT_PLATFORMS`."""
    raw = json.loads(resource("platforms", "report.json").read_text(encoding="utf-8"))
    found: dict[str, PlatformInfo] = {}
    for entry in raw["platforms"]:
        asks = tuple(entry.get("asks_for", ()))
        unknown = set(asks) - set(ASKS)
        if unknown:
            raise ValueError(f"{entry['key']}: unknown asks_for {sorted(unknown)}")
        found[entry["key"]] = PlatformInfo(
            key=entry["key"],
            name=entry.get("name", ""),
            report_url=entry.get("report_url", ""),
            email=entry.get("email", ""),
            source=entry.get("source", ""),
            checked=entry.get("checked", ""),
            asks_for=asks,
        )
    if not set(REPORT_PLATFORMS) <= set(found):
        raise ValueError("resources/platforms/report.json must list every report platform")
    return {
        key: found[key] for key in (*REPORT_PLATFORMS, *sorted(set(found) - set(REPORT_PLATFORMS)))
    }


def platform_info(key: str) -> PlatformInfo | None:
    return platforms().get(key)
