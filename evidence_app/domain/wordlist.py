"""Suggested passphrases: a few random words from a list in the person's language.

Five words drawn with `secrets.choice` from a list of about 7,400 to 7,776 give
64 bits or more (`entropy_bits`): far beyond what a guessing program can try
against our Argon2id key file, and still words a person can write down, read
back and type. The words are joined by a space, the one separator that sits in
the same place on every keyboard and on a phone, and that the passphrase hint
already asks for ("a few words ... with spaces between them").

The lists ship in `resources/wordlists/<code>/words.txt` (Dutch, French,
English). How they were made, from which sources and under which licences, is
in the README beside each list and in `scripts/make_wordlists.py`. They hold
only plain lower-case words a to z, with no sexual, insulting or violent word:
the people using this app may be children harmed by sexual extortion.
"""

from __future__ import annotations

import functools
import math
import secrets

from evidence_app.bundled import resource
from evidence_app.domain import passphrase as passphrase_rules

LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "en"
WORDS = 5
SEPARATOR = " "
# A random draw that zxcvbn still finds easy to guess is drawn again; with five
# words this does not happen in practice, so the cap is only a guard.
_TRIES = 20


def language_code(language: str) -> str:
    """`nl`, `fr` or `en` for a code such as `nl_BE` or `fr-BE`; anything else gives English."""
    code = language.replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@functools.cache
def word_list(language: str) -> tuple[str, ...]:
    """The words of a language's list (English for an unknown language)."""
    code = language_code(language)
    text = resource("wordlists", code, "words.txt").read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line)


def entropy_bits(language: str, words: int = WORDS) -> float:
    """How many bits a passphrase of `words` words from this list holds (words × log2 size)."""
    return words * math.log2(len(word_list(language)))


def generate_passphrase(language: str, words: int = WORDS) -> str:
    """A new passphrase of `words` random words from the list of `language`, space between.

    It always passes the strength rule that a typed passphrase must pass.
    """
    if words < 1:
        raise ValueError("a passphrase needs at least one word")
    pool = word_list(language)
    for _ in range(_TRIES):
        suggestion = SEPARATOR.join(secrets.choice(pool) for _ in range(words))
        if len(suggestion) >= passphrase_rules.MIN_LENGTH and not (
            passphrase_rules.too_guessable(suggestion)
        ):
            return suggestion
    raise ValueError(f"{words} word(s) are too few for a passphrase that is hard to guess")
