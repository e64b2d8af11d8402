"""Build the word lists that suggested passphrases are drawn from (nl, fr, en).

    python scripts/make_wordlists.py [--dutch FILE] [--french FILE] [--eff FILE]

Writes `resources/wordlists/<code>/words.txt`, one word a line,
sorted. The lists are committed; this script says how they were made and makes
them again from the same sources. It needs, in any Python 3.11+ environment:

- Dutch: the OpenTaal word list, `/usr/share/dict/dutch` from Debian's `wdutch`.
- French: `/usr/share/dict/french` from Debian's `wfrench` (GPL-2+).
- English: the EFF large word list, `wordlists/wordlist_en_eff.txt` inside the
  `diceware` package on PyPI (found by import when installed).
- For Dutch and French, `wordfreq` (PyPI) to keep the words people use most.

Why each rule:

- Lower-case entries only: the dictionaries write names of people and places
  with a capital, so proper nouns stay out.
- 4 to 8 letters a to z only: short enough to write down and type, long enough
  to be a real word. Words with accents or a cedilla are left out, not stripped:
  "ecole" would look like a spelling mistake that the person "corrects" while
  typing, and é is hard to type on a Dutch or English keyboard. Plenty of
  plain words remain.
- The most frequent words (wordfreq, which counts subtitles, Wikipedia, books,
  news and the web): a word a 12-year-old knows is one they remember. Exactly
  7,776 words (6^5, as the EFF list) are kept: log2(7776) = 12.9 bits a word.
- English is the EFF list itself, minus the four words with a hyphen and minus
  the blocklist; EFF chose its words for this purpose and left out vulgar ones.
  Its 3- and 9-letter words stay: cutting it to 4-8 letters would leave 6,137
  words (12.6 bits a word).
- A hand-written blocklist per language (`scripts/wordlist_blocklist/<code>.txt`)
  takes out sexual words, intimate body parts, insults and slurs, and words of
  violence, death, self-harm, drugs, shame and threat: the people using this app
  may be children harmed by sexual extortion, and a passphrase they type every
  day must never hurt them. Entries are shell patterns (`neuk*`, `*hoer*`), so
  compounds are caught too. Frequent words include slang from film subtitles,
  so the finished lists were also read through by a person and the blocklist
  grown from that reading. It also covers every word that the Dutch and English
  spell-checker dictionaries (OpenTaal's and SCOWL's Hunspell files) mark as never
  to be suggested: slurs and vulgar words.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "wordlists"
BLOCKLISTS = Path(__file__).resolve().parent / "wordlist_blocklist"
SIZE = 7776  # 6^5, as the EFF list: 12.9 bits a word
PLAIN = re.compile(r"[a-z]{4,8}")
EFF_WORD = re.compile(r"[a-z]+")


def blocklist(code: str) -> list[str]:
    """The patterns of `scripts/wordlist_blocklist/<code>.txt` (comments and blanks skipped)."""
    lines = (BLOCKLISTS / f"{code}.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def blocker(patterns: list[str]) -> re.Pattern[str]:
    """One expression that matches (`.match`) every word some pattern blocks."""
    return re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns))


def from_dictionary(path: Path, code: str) -> list[str]:
    """The SIZE most frequent plain words of a dictionary, blocked words left out."""
    from wordfreq import get_frequency_dict  # only needed to rebuild nl and fr

    frequency = get_frequency_dict(code, wordlist="large")
    rule = blocker(blocklist(code))
    words = {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if PLAIN.fullmatch(line.strip())
    }
    kept = [w for w in words if w in frequency and not rule.match(w)]
    # Most frequent first; ties by the word itself so that a rebuild gives the same list.
    kept.sort(key=lambda w: (-frequency[w], w))
    if len(kept) < SIZE:
        raise SystemExit(f"{code}: only {len(kept)} words left, {SIZE} needed")
    return sorted(kept[:SIZE])


def from_eff(path: Path) -> list[str]:
    """The EFF large list without hyphenated or blocked words."""
    rule = blocker(blocklist("en"))
    words = [line.split()[-1] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return sorted(w for w in words if EFF_WORD.fullmatch(w) and not rule.match(w))


def _eff_default() -> Path | None:
    try:
        from importlib import resources

        return Path(str(resources.files("diceware") / "wordlists" / "wordlist_en_eff.txt"))
    except ModuleNotFoundError:
        return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dutch", type=Path, default=Path("/usr/share/dict/dutch"))
    parser.add_argument("--french", type=Path, default=Path("/usr/share/dict/french"))
    parser.add_argument("--eff", type=Path, default=_eff_default())
    args = parser.parse_args(argv)
    if args.eff is None:
        parser.error("--eff: install diceware (pip) or give the EFF list's path")
    lists = {
        "nl": from_dictionary(args.dutch, "nl"),
        "fr": from_dictionary(args.french, "fr"),
        "en": from_eff(args.eff),
    }
    for code, words in lists.items():
        target = OUT / code / "words.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
        print(f"{code}: {len(words)} words -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
