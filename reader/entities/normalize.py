"""Provides the one Arabic normalisation shared by extraction, the index and search.

Extraction, the store's indexes and the search box must agree exactly on what
"the same word" means, or a query will miss what the index holds.  So every
comparison of words in this program goes through the functions here:

* :func:`fold` -- character level: diacritics (harakat), tatweel and direction
  marks removed; alef/hamza forms unified (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي);
  ى -> ي and ة -> ه; Persian ی ک -> ي ك; Arabic-Indic digits -> ASCII;
  presentation forms (pasted shaped text) back to letters; Latin lower-cased.
* :func:`tokenize` -- words with their logical offsets in the original text.
* :func:`clitic_variants` -- what a glued word may stand for (وبكين -> بكين),
  tried in order, longest first, so that a real name is never eaten: the
  caller looks each variant up and takes the first one that exists, and the
  unstripped word is always tried first (بكين is Beijing, not ب + كين).
* :func:`light_stem` -- a consistent prefix stem for the full-text index.
* :func:`skeleton` -- a consonant skeleton that joins transliteration
  variants of foreign names (بينج/بينغ, زيلينسكي/زيلنسكي, شولتس/شولتز).

Nothing here imports Textual; everything is a function of plain strings.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

#: Harakat, Quranic marks, superscript alef, tatweel, and invisible direction marks.
_DROP_CHARS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c"
)
_DROP = re.compile(f"[{_DROP_CHARS}]")

_FOLD_LETTERS: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    "ؤ": "و", "ک": "ك", "ڪ": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
}
_FOLD_TABLE = str.maketrans(_FOLD_LETTERS)
#: The same letters, for :func:`_fold_letters`: no letter is folded to one that is folded
#: again (tests/unit/test_normalize.py), so replacing them one after another is what
#: the table does at once.
_FOLD_PAIRS = tuple(_FOLD_LETTERS.items())


def _fold_letters(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``, faster on a long text (:func:`fold_words`):
    ``str.translate`` looks every character up in the table, while a text holds
    only a few of the letters folded, each replaced in one C-level pass (twenty
    times as fast on an article; :func:`fold`, on one word, keeps the table)."""
    for letter, folded in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, folded)
    return text


#: Word characters: letters, digits, and the marks that live inside Arabic words.
#: The Arabic letters (all of them \w already) come first: the regex engine tries a
#: class's parts in order, and most characters of an article are Arabic letters (a
#: fifth faster to split an article).
WORD_CHARS = rf"\u0621-\u064a\w{_DROP_CHARS}"
WORD_RE = re.compile(rf"[{WORD_CHARS}]+")

#: Single-letter proclitics that glue onto the next word.
PROCLITICS = "وفبلك"

#: Arabic letters (folded), used to tell Arabic tokens from Latin ones.
_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufeff]")

# Transliteration classes for the consonant skeleton.  Each group holds
# letters that Arabic media use interchangeably for one foreign sound.
_SKELETON_TABLE = str.maketrans(
    {
        "غ": "ج", "گ": "ج", "ق": "ك", "ذ": "ز", "ظ": "ز", "ص": "س",
        "ث": "س", "ط": "ت", "ض": "د", "ح": "ه", "ڤ": "ف", "پ": "ب",
        "چ": "ش", "ژ": "ج",
    }
)
_SKELETON_VOWELS = re.compile("[اويء]")


#: ``str.lower``, called as Python calls it.  mypyc compiles ``text.lower()`` to a
#: lower-casing of each character alone, which misses the final sigma ("ΟΔΟΣ" would
#: fold to "οδοσ" compiled and to "οδος" from the sources): the two builds, and the
#: compiled split (reader/entities/_wordsplit.c), must fold every word alike.
_lower: Callable[[str], str] = str.lower


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold one string to its comparison form (see the module docstring).

    Args:
        text: Any text; usually one word or a short name.

    Returns:
        The folded text.  Its length may differ from the input's: fold tokens,
        not whole texts, when offsets matter.
    """
    if not text.isascii():
        if any("\ufb50" <= ch <= "\ufeff" for ch in text):
            # Presentation forms (text pasted from a shaped display) back to letters.
            text = unicodedata.normalize("NFKC", text)
        return _lower(_DROP.sub("", text).translate(_FOLD_TABLE))
    return text.lower()


def fold_text(text: str) -> str:
    """Fold a whole text and collapse every run of non-word characters to one space.

    (A word of marks only folds to nothing and leaves its two spaces.)"""
    return " ".join(fold_words(WORD_RE.findall(text)))


_PRESENTATION = re.compile("[\ufb50-\ufeff]")


def fold_words(words: list[str]) -> list[str]:
    """:func:`fold` of each word, in one pass over all of them at C speed.

    The words are joined by NUL (never in a word), folded as one string and
    split again: dropping marks, the table and lower-casing act on each
    character alone (and NUL, neither cased nor case-ignorable, ends a word
    for the Greek final sigma as the end of a string does), so the result is
    word for word what :func:`fold` gives, without a cache lookup per word
    (real text has more distinct words than any cache holds).  Words with
    presentation forms (rare: text pasted from a shaped display) go through
    :func:`fold` one by one, since NFKC may change them beyond one character.
    """
    joined = "\0".join(words)
    if joined.isascii():
        return joined.lower().split("\0") if words else []
    if _PRESENTATION.search(joined) is not None:
        return list(map(fold, words))
    return _lower(_fold_letters(_DROP.sub("", joined))).split("\0")


_SPLIT_RE = re.compile(rf"([{WORD_CHARS}]+)")


SplitWords = tuple[list[int], list[int], list[str], list[str]]
"""What :func:`split_words` returns: ``(starts, ends, folded, gaps)``."""


def split_words(text: str) -> SplitWords:
    """Words of a text, with offsets and the gaps between them, at C speed.

    The same words as :func:`tokenize`.  The importer runs this over every
    article, millions of words: where the install compiled
    ``reader/entities/_wordsplit.c`` it walks the text once in C, with the
    same results; else (or for a text it leaves to Python, see there)
    :func:`split_words_py`.

    Returns:
        ``(starts, ends, folded, gaps)``: for word k its offsets, its folded
        form, and ``gaps[k]``, the text between word k-1 and word k.
    """
    if _NATIVE_SPLIT is not None:
        found = _NATIVE_SPLIT(text)
        if found is not None:
            return found
    return split_words_py(text)


def split_words_py(text: str) -> SplitWords:
    """:func:`split_words` in Python: one ``re.split`` and a running sum of lengths
    instead of a Python step per match."""
    parts = _SPLIT_RE.split(text)
    bounds = list(accumulate(map(len, parts)))
    folded = fold_words(parts[1::2])
    starts = bounds[0::2][: len(folded)]
    ends = bounds[1::2]
    gaps = parts[0::2][: len(folded)]
    if "" in folded:  # a "word" of marks only
        keep = [k for k, w in enumerate(folded) if w]
        starts = [starts[k] for k in keep]
        ends = [ends[k] for k in keep]
        gaps = [text[ends[i - 1] if i else 0:starts[i]] for i in range(len(keep))]
        folded = [folded[k] for k in keep]
    return starts, ends, folded, gaps


def class_chars(body: str) -> str:
    """Every character of a regex character class's body made of single characters
    and ranges ("a-c" is "abc"), such as the dropped characters'."""
    chars: list[str] = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            chars.extend(map(chr, range(ord(body[k]), ord(body[k + 2]) + 1)))
            k += 3
        else:
            chars.append(body[k])
            k += 1
    return "".join(chars)


def _native_split() -> Callable[[str], SplitWords | None] | None:
    """The compiled :func:`split_words`, given this module's tables; None where the
    install did not build it, or runs the package from its sources (reader.native)."""
    try:
        from reader.entities import _wordsplit
    except ImportError:
        return None
    try:
        _wordsplit.configure(class_chars(_DROP_CHARS), _FOLD_LETTERS)
    except ValueError:  # tables it cannot honour (edited here, not there): the Python split
        return None
    return _wordsplit.split_words


_NATIVE_SPLIT = _native_split()


def folded_title_and_body(text: str, title_length: int, split: SplitWords) -> str | None:
    """``fold_text(title) + "\\n" + fold_text(body)`` from ``text``'s :func:`split_words`,
    where ``text`` is the title, a blank line and the body (the title's first
    ``title_length`` characters) or the body alone (``title_length`` 0), with no
    second fold.  None when the text has no word: the caller folds it itself then.
    """
    starts, ends, folded, gaps = split
    if not folded:
        return None
    tail = text[ends[-1]:]
    if _DROP.search("".join(gaps) + tail) is None:
        cut = bisect_left(starts, title_length) if title_length else 0
        return " ".join(folded[:cut]) + "\n" + " ".join(folded[cut:])
    # A gap holds a word of marks only (a tatweel set off as a dash, " ـ ", in 6%
    # of real articles), which the split drops and fold_text keeps as an empty word.
    title: list[str] = []
    body: list[str] = []
    for k in range(len(folded) + 1):
        gap_start = ends[k - 1] if k else 0
        for match in WORD_RE.finditer(gaps[k] if k < len(folded) else tail):
            (title if gap_start + match.start() < title_length else body).append("")
        if k < len(folded):
            (title if starts[k] < title_length else body).append(folded[k])
    return " ".join(title) + "\n" + " ".join(body)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Split text into words, keeping where each one lies.

    Args:
        text: Logical text as stored.

    Returns:
        ``(start, end, folded)`` per word, offsets into ``text``.  Empty folded
        forms (a word of only marks) are skipped.
    """
    out = []
    for m in WORD_RE.finditer(text):
        folded = fold(m.group())
        if folded:
            out.append((m.start(), m.end(), folded))
    return out


def is_arabic(token: str) -> bool:
    """Return True when the token holds Arabic letters."""
    return _ARABIC.search(token) is not None


@lru_cache(maxsize=65536)
def clitic_variants(token: str) -> tuple[str, ...]:
    """Readings of a folded token with glued proclitics and the article removed.

    The token itself always comes first, then ever shorter readings, each
    leaving at least two letters for a bare stem and three after the article:
    ``وبالصين`` gives ``وبالصين, بالصين, الصين, صين``.  Callers look the
    readings up in order and keep the first that names something, so a name
    that begins with a proclitic letter (بكين، فرنسا، لندن، كندا) matches as
    itself before any stripping is tried.

    Args:
        token: A folded token (see :func:`fold`).

    Returns:
        The readings, longest first, without duplicates.
    """
    out = [token]
    if not is_arabic(token):
        return tuple(out)
    rest = token
    # Up to two proclitics: a conjunction (و ف) then a preposition (ب ل ك).
    for _ in range(2):
        if len(rest) >= 3 and rest[0] in PROCLITICS:
            rest = rest[1:]
            # ل + ال is written لل: "للصين" = ل + الصين.
            if (token[0] == "ل" and rest.startswith("ل") and not rest.startswith("ال")
                    and len(rest) >= 4):
                out.append("ا" + rest)
            out.append(rest)
        if rest.startswith("ال"):
            break
    for cand in list(out):
        if cand.startswith("ال") and len(cand) >= 5:
            out.append(cand[2:])
    seen: dict[str, None] = {}
    for cand in out:
        seen.setdefault(cand, None)
    return tuple(seen)


def clitic_prefix(token: str, variant: str) -> int:
    """Letters cut from the front of ``token`` to read it as ``variant`` (one of its
    :func:`clitic_variants`); -1 for the لل contraction (ل + ال with the alef
    dropped: للصين -> الصين)."""
    if len(variant) == len(token) and variant != token:
        return -1
    return len(token) - len(variant)


def drops_article(token: str, variant: str) -> bool:
    """True when reading ``token`` as ``variant`` (one of its :func:`clitic_variants`)
    removed a definite article."""
    if variant.startswith("ال") or len(variant) >= len(token):
        return False
    cut = token[: len(token) - len(variant)]
    return cut.endswith("ال") or cut.endswith("لل")


@lru_cache(maxsize=65536)
def strip_article(token: str) -> str:
    """Drop a leading ال (and a glued و/ف/ب/ل/ك before it) when three letters remain."""
    t = token
    if t.startswith("لل") and len(t) >= 5:
        return t[2:]
    if len(t) >= 6 and t[0] in PROCLITICS and t[1:3] == "ال":
        t = t[1:]
    if t.startswith("ال") and len(t) >= 5:
        return t[2:]
    return t


@lru_cache(maxsize=131072)
def light_stem(token: str) -> str:
    """A consistent prefix stem for the full-text index and full-text queries.

    Strips a conjunction, a preposition and the article the way light Arabic
    stemmers do (Larkey et al., "light10", prefixes only), as long as three
    letters remain.  It is applied to both the index and the query, so it
    only has to be consistent, not linguistically exact.

    Args:
        token: A folded token.
    """
    if not is_arabic(token):
        return token
    t = token
    if len(t) >= 4 and t[0] in "وف":
        t = t[1:]
    for prefix in ("وال", "بال", "كال", "فال", "لل", "ال"):
        if t.startswith(prefix) and len(t) - len(prefix) >= 2:
            return t[len(prefix):]
    if len(t) >= 4 and t[0] in "بلك":
        t = t[1:]
    return t


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton of a folded token, for transliteration variants.

    Long vowels (ا و ي) and hamza after the first letter are dropped and
    letters that transliterate one foreign sound are merged (ج غ گ; ق ك;
    ز ذ ظ; س ص ث; ت ط; ...), so بينج and بينغ, زيلينسكي and زيلنسكي, شولتس
    and شولتز share one skeleton.  Latin tokens come back folded.

    Args:
        token: A folded token.
    """
    if not is_arabic(token):
        return token
    t = token.translate(_SKELETON_TABLE)
    t = t[:1] + _SKELETON_VOWELS.sub("", t[1:])
    # Scholz: شولتس/شولتز -> the skeleton merges ز into س too, for name endings.
    t = t.replace("ز", "س") if t.endswith("ز") else t
    return t


def normalize_query(query: str) -> str:
    """Fold a user's query the way the index is folded, words joined by one space."""
    return " ".join(fold(m.group()) for m in WORD_RE.finditer(query))
