"""What a list of items asks the vault for: which items, in which order, matching which words.

A list of 100,000 items is never read whole: the vault answers a `ListQuery` with the
ids in order (sorted and searched in the database), and the rows shown are read by
id as they come into view.

Names that are translated text (the kind "Screenshot", the platform "Instagram") are
the window's business, not the vault's: the window tells the query how they sort
(`kind_order`, `platform_order`) and which of them a search word names
(`Word.kinds`, `Word.platforms`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Order(StrEnum):
    """The columns a list can be sorted by."""

    EVENT = "event"  # when it happened where known, else when it was captured
    CAPTURED = "captured"
    KIND = "kind"
    PLATFORM = "platform"
    URL = "url"
    DESCRIPTION = "description"
    HASH = "hash"


@dataclass(frozen=True)
class Word:
    """One word searched for; an item matches when its text holds a word that starts
    with `text`, or it is of one of `kinds`, or on one of `platforms`."""

    text: str
    kinds: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()

    def looks_like_time(self) -> bool:
        """Digits as in a date or a time (`2024-11`, `22:15`): also matched against the
        local time of capture."""
        return bool(_TIME_LIKE.fullmatch(self.text))


_TIME_LIKE = re.compile(r"\d[\d:\-]*")


@dataclass(frozen=True)
class ListQuery:
    """The items of a case (every case: None), sorted by `order`, matching every word."""

    case_id: int | None
    order: Order = Order.EVENT
    descending: bool = False
    words: tuple[Word, ...] = ()
    kind_order: tuple[str, ...] = ()  # kinds in the order of their names
    platform_order: tuple[str, ...] = ()  # platforms in the order of their names
    first: int | None = None  # only so many from the start (what fills a window at once)


def split_words(text: str) -> list[str]:
    """The words of a search as typed, in lower case as the full-text index folds them
    (not `casefold`, which makes "ss" of "ß")."""
    return text.lower().split()


def narrows(text: str) -> bool:
    """Whether a word of a search says anything: one with no letter or digit ("-", a
    quote) is passed over."""
    return any(ch.isalnum() for ch in text)
