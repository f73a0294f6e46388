"""Provides guess_language() and primary_language(): a language code from metadata or script.

Metadata wins when present.  Otherwise the script decides: Arabic letters
dominant means ``ar`` (unless letters only Persian and Urdu use are common,
when the answer is None rather than a wrong ``ar``); Latin text is told apart
by counting very common function words of English, French, Spanish and German.
Anything unclear is None: an unknown language is better than a wrong one.
"""

from __future__ import annotations

import re

from reader.importers.base import word_set
from reader.importers.script_count import script_counts

_TAG = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")

_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f']+")

#: Very frequent function words, chosen to overlap as little as possible.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": word_set(
        "the and of to in is was that for with on are as by it at from this be "
        "have has had were which will would their they his her its an but not "
        "been also said"
    ),
    "fr": word_set(
        "le la les des du et est dans une pour que qui sur pas au aux avec ce "
        "cette sont par il elle ont été ses leur mais comme plus"
    ),
    "es": word_set(
        "el los las del y es en una por que con para se su al como más pero sus "
        "fue ha este esta son entre sobre también"
    ),
    "de": word_set(
        "der die das und ist nicht mit den dem des ein eine sich auf für von zu "
        "im auch wird wurde sind bei nach aus hat über einer"
    ),
}

#: Text examined; the start of an article says enough and keeps this cheap.
_SAMPLE = 20000


def primary_language(tag: object) -> str | None:
    """Return the primary subtag of a language tag (``"en-US"`` -> ``"en"``), or None.

    Args:
        tag: A BCP 47 or POSIX-style tag from metadata (``ar``, ``en_GB``, ``fr-CA``).
    """
    if not isinstance(tag, str):
        return None
    match = _TAG.match(tag.strip())
    if match is None:
        return None
    code = match.group(0).lower()
    if code in ("und", "mul", "zxx", "mis"):
        return None
    return code


def guess_language(text: str) -> str | None:
    """Return ``ar``, ``en``, ``fr``, ``es`` or ``de`` when the text says so clearly, else None.

    Args:
        text: Title and body in logical order.
    """
    sample = text[:_SAMPLE]
    arabic, persian = script_counts(sample)
    # Letters are counted (in one C-level pass) only when the Arabic ones could be
    # half of them or less: more than half of all characters, an Arabic letter
    # proper among them, settles it.
    many = arabic * 2 > len(sample) and _ARABIC_LETTER.search(sample) is not None
    letters = len(sample) if many else sum(map(str.isalpha, sample))
    if letters == 0:
        return None
    if arabic * 2 > letters:
        if persian * 50 > arabic:
            return None
        return "ar"
    if _count(_LATIN, sample) * 2 <= letters:
        return None
    words = list(map(str.lower, _LATIN_WORD.findall(sample)))
    scores = {code: sum(map(stop.__contains__, words)) for code, stop in _STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    # A short text needs a couple of hits; a long one a fair share of its words.
    if top < 2 or top < len(words) * 0.04 or top < second * 1.5:
        return None
    return best


def _count(one_char: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the one-character class ``one_char`` matches
    (what is left out once they are removed: no list of matches is built)."""
    return len(text) - len(one_char.sub("", text))
