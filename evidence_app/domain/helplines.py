"""Where to get help: the organisations the guides name, kept as data in
`resources/help/organisations.json`.

Each organisation has its contact details (phone, e-mail, website, chat, opening
hours) only as the guides in `../shared/guides/` give them, each with the passage it
was copied from, or from a web page named with the date it was checked. What a
source does not give is empty: the window then says nothing about it rather than
guess. The country says where it helps: "BE", "NL", or "any".
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from evidence_app.bundled import resource

COUNTRIES: tuple[str, ...] = ("BE", "NL")


@dataclass(frozen=True)
class Hours:
    """When it can be reached: always, or on some days between two times."""

    always: bool = False
    days: str = ""  # "mon-fri"
    start: str = ""  # "13:00"
    end: str = ""
    as_written: str = ""  # the guide's own words, for the record


@dataclass(frozen=True)
class Source:
    """Where the facts were read: a guide file and its passage, or a page and a date."""

    quote: str
    file: str = ""
    url: str = ""
    checked: str = ""


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    country: str  # "BE", "NL" or "any"
    phone: str = ""
    email: str = ""
    website: str = ""
    chat: str = ""  # the chat's address, when a source gives it
    chat_offered: bool = False  # a source says one can chat, perhaps without an address
    hours: Hours | None = None
    anonymous: bool | None = None
    free: bool | None = None
    sources: tuple[Source, ...] = ()

    def helps_in(self, country: str) -> bool:
        return self.country in (country, "any")


@functools.cache
def organisations() -> tuple[Organisation, ...]:
    """Every organisation of the data file, in its order."""
    raw = json.loads(resource("help", "organisations.json").read_text(encoding="utf-8"))
    found = []
    for entry in raw["organisations"]:
        hours = entry.get("hours")
        found.append(
            Organisation(
                id=entry["id"],
                name=entry["name"],
                country=entry["country"],
                phone=entry.get("phone", ""),
                email=entry.get("email", ""),
                website=entry.get("website", ""),
                chat=entry.get("chat", ""),
                chat_offered=bool(entry.get("chat_offered")),
                hours=Hours(
                    always=bool(hours.get("always")),
                    days=hours.get("days", ""),
                    start=hours.get("from", ""),
                    end=hours.get("to", ""),
                    as_written=hours.get("as_written", ""),
                )
                if hours
                else None,
                anonymous=entry.get("anonymous"),
                free=entry.get("free"),
                sources=tuple(
                    Source(
                        quote=s["quote"],
                        file=s.get("file", ""),
                        url=s.get("url", ""),
                        checked=s.get("checked", ""),
                    )
                    for s in entry.get("sources", ())
                ),
            )
        )
    return tuple(found)


def for_country(country: str) -> list[Organisation]:
    """The organisations that help in `country` ("BE" or "NL"), and those that help anywhere."""
    return [o for o in organisations() if o.helps_in(country)]


def for_person(country: str, minors: bool) -> list[Organisation]:
    """`for_country`; for pictures of someone under 18, without the service for pictures
    made as an adult (StopNCII.org): Take It Down is theirs."""
    return [o for o in for_country(country) if not (minors and o.id == "stopncii")]


def link(address: str) -> str:
    """A website as a link: `www.awel.be` becomes `https://www.awel.be`."""
    return address if "://" in address else f"https://{address}"


def unsourced(org: Organisation) -> list[str]:
    """The contact details of `org` that none of its sources gives (should be none).

    A detail counts as given when it is written in a quote (spaces of any kind alike),
    or, for a website, when a page of the same site was checked on a given date.
    """
    quotes = [" ".join(s.quote.split()) for s in org.sources]
    checked_sites = {_site(s.url) for s in org.sources if s.url and s.checked}
    details = {
        "phone": org.phone,
        "email": org.email,
        "website": org.website,
        "chat": org.chat,
        "hours": org.hours.as_written if org.hours else "",
    }
    missing = []
    for name, value in details.items():
        if not value:
            continue
        written = " ".join(value.split())
        if any(written in quote for quote in quotes):
            continue
        if name == "website" and _site(value) in checked_sites:
            continue
        missing.append(f"{org.id}: {name} {value!r} has no source")
    if org.hours is not None and not org.hours.as_written:
        missing.append(f"{org.id}: hours without the words they were read from")
    return missing


def _site(address: str) -> str:
    host = link(address).split("://", 1)[1].split("/", 1)[0].lower()
    return host.removeprefix("www.")
