"""Provides a source's short name for the article list's source column (no Textual).

Known sources have a short name people use (``Asharq Al-Awsat`` -> ``Awsat``,
``Saudi Press Agency`` -> ``SPA``); any other is shortened by rule: a web
address loses its scheme, ``www.`` and its domain suffix, a leading "The" or
"al-" article is set aside when words follow, and what is left is cut at a
word boundary when it can be.  The column's painter elides whatever is still
too long.
"""

from __future__ import annotations

import re

KNOWN: dict[str, str] = {
    "asharq al-awsat": "Awsat",
    "aawsat": "Awsat",
    "saudi press agency": "SPA",
    "spa": "SPA",
    "al arabiya": "Arabiya",
    "alarabiya": "Arabiya",
    "al jazeera": "Jazeera",
    "aljazeera": "Jazeera",
    "aljazirah": "Jazirah",
    "al jazirah": "Jazirah",
    "al riyadh": "Riyadh",
    "alriyadh": "Riyadh",
    "aleqtisadiya": "Eqtisadiya",
    "al eqtisadiah": "Eqtisadiya",
    "okaz": "Okaz",
    "alyaum": "Yaum",
    "al yaum": "Yaum",
    "alwatan": "Watan",
    "al watan": "Watan",
    "almadina": "Madina",
    "al madina": "Madina",
    "alweeam": "Weeam",
    "sabq": "Sabq",
    "3alyoum": "3alyoum",
    "associated press": "AP",
    "agence france-presse": "AFP",
    "reuters": "Reuters",
    "bbc news": "BBC",
    "bbc arabic": "BBC",
    "bbc عربي": "BBC",
    "the new york times": "NYT",
    "the washington post": "WaPo",
    "the guardian": "Guardian",
    "وكالة الأنباء السعودية": "واس",
    "واس": "واس",
    "الشرق الأوسط": "الشرق الأوسط",
}
"""Short names of well-known sources, by their name folded to lower case."""

_SCHEME = re.compile(r"^[a-z]+://", re.IGNORECASE)
_SUFFIX = re.compile(r"\.(com|net|org|info|news|co|gov|edu)(\.[a-z]{2})?$|\.[a-z]{2}$",
                     re.IGNORECASE)
_ARTICLE = re.compile(r"^(the|al)[\s-]+(?=\S)", re.IGNORECASE)


def short_source(source: str | None, room: int = 12) -> str:
    """A short name for ``source`` in about ``room`` cells (a known name, else by rule)."""
    if not source:
        return ""
    text = " ".join(source.split())
    known = KNOWN.get(text.casefold())
    if known is not None:
        return known
    if "." in text and " " not in text:
        text = _SCHEME.sub("", text).split("/", 1)[0]
        text = text.removeprefix("www.").removeprefix("WWW.")
        text = _SUFFIX.sub("", text) or text
        known = KNOWN.get(text.casefold())
        if known is not None:
            return known
    if len(text) <= room:
        return text
    text = _ARTICLE.sub("", text)
    words = text.split()
    kept = ""
    for word in words:
        candidate = f"{kept} {word}".strip()
        if len(candidate) > room:
            break
        kept = candidate
    return kept or text
