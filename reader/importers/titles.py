"""Provides derive_title(): a readable headline from the first sentence of a text."""

from __future__ import annotations

import re

from reader.importers.base import word_set

#: Longest derived title, in characters; longer first sentences are cut at a word.
TITLE_MAX = 120

# A sentence ends at . ! ? ؟ … ۔ followed by a space (or the end), possibly
# after a closing quote or bracket.  A dot inside "3.5" is not followed by a space.
_SENTENCE_END = re.compile("[.!?\u061f\u2026\u06d4][\"'\u00bb\u201d\u2019)\\]]*(?=\\s|$)")
_ABBREVIATIONS = word_set(
    "mr mrs ms dr st gen col lt sgt capt prof sen rep gov jr sr no vs u.s u.n u.k "
    "e.g i.e inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec"
)
_LEADING_MARKER = re.compile(r"^(?:[*\-•>#]+\s+)+")
_TRAILING_PUNCT = " \t,;:،؛-–—"


def _first_sentence_end(text: str, limit: int) -> int | None:
    """Index just past the first sentence end within ``limit`` characters of ``text``, or None."""
    for match in _SENTENCE_END.finditer(text):
        if match.start() >= limit:
            return None
        if match.group(0).startswith("."):
            before = text[: match.start()].rsplit(None, 1)
            word = before[-1].lower().lstrip("(\"'«") if before else ""
            # "Mr." or an initial ("John F. Kennedy") does not end a sentence.
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        return match.end()
    return None


def derive_title(body: str, limit: int = TITLE_MAX) -> str:
    """Return a headline for a text that has none: its first sentence, cut if long.

    The body is left alone (it keeps the whole first sentence); the title is a
    copy of the sentence's words, without a final full stop, and with an
    ellipsis when it had to be cut at a word boundary.

    Args:
        body: The article text; the first non-blank line is used.
        limit: Longest title wanted, in characters.

    Returns:
        The title; ``"(untitled)"`` when the body has no words at all.
    """
    first = ""
    for line in body.split("\n", 50)[:50]:
        if line.strip():
            first = line.strip()
            break
    first = _LEADING_MARKER.sub("", first[: limit * 4]).strip()
    if not first:
        return "(untitled)"
    end = _first_sentence_end(first, limit)
    if end is not None:
        sentence = first[:end].strip()
        if sentence.endswith(".") and not sentence.endswith(".."):
            sentence = sentence[:-1]
        return sentence.rstrip(_TRAILING_PUNCT) or "(untitled)"
    if len(first) <= limit:
        return first.rstrip(_TRAILING_PUNCT) or "(untitled)"
    cut = first.rfind(" ", 0, limit)
    if cut < limit // 3:
        cut = limit  # one endless word: cut it anyway rather than show it all
    return first[:cut].rstrip(_TRAILING_PUNCT) + "…"
