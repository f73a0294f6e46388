"""Provides the rule that finds foreign names with no title or known given name (no Textual).

"وسجل أرتورو فيدال هدفين": no list holds every player, artist or official,
and nothing before the name says it is one.  After step 1 has read every
title, known name and given name, :func:`detect_foreign_names` looks at the
words left: two to four in a row, with no break, each a word the name
detector (:mod:`reader.entities.detector`) reads as a transliterated
foreign name and none an ordinary word, are a person found on the
detector's word alone.  That is weak evidence (a club, a brand or a town
abroad look the same), so such a person is listed on request unless a
verb of speech or action stands next to the name (or a colon after it opens a
quote: "شوارزنيجر: العرب ..."); a later mention of the surname alone joins it
in step 2 as for any name.  Whether a word has the shape of such a name
(no article, no digit, no ordinary or function word) is cached per word and
looked up for the whole article in one C-level pass; the detector, the
costly test, scores only the words with such a neighbour (a lone word is
never a name here), each distinct word once per process.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress

from reader.entities.detector import Detector, load_detector
from reader.entities.evidence import CONFIDENCE, Evidence
from reader.entities.institutions import inside_named_thing
from reader.entities.lexicon import STOP_WORDS, VERBS
from reader.entities.mentions import Mentions
from reader.entities.place_context import after_head_in_quotes

#: Most words of a name read this way.
MAX_WORDS = 4
#: Added to the detector's confidence when a verb stands next to the name.
VERB_BONUS = 0.2
#: Added when every word is far above the detector's threshold.
STRONG_BONUS = 0.1
#: How far above the threshold (log-odds) counts as far.
STRONG_MARGIN = 10.0


def detect_foreign_names(ex: Mentions) -> None:
    """Record as people the runs of 2-4 unclaimed words that read as foreign names."""
    det = load_detector()
    if det.threshold == float("inf"):
        return
    maybe = _maybe_name_words(ex, det)
    n = ex.n
    resume = 0
    for k in compress(range(n), maybe):
        if k < resume or not _name_word(ex, k, first=True):
            continue
        j = k + 1
        while (j < n and j - k < MAX_WORDS and not ex.brk[j] and maybe[j]
               and _name_word(ex, j, False)):
            j += 1
        if j - k >= 2:
            first = ex.words[k]
            # "وشيجيرو مياموتو": "and" glued on the first name is not the name's
            # (a name that starts with و or ف, ويلسون or فيدريكا, reads less like one without)
            prefix = 1 if first[:1] in "وف" and det.score(first[1:]) > det.score(first) else 0
            ex.unknown_person(k, j, None, False, prefix, evidence=Evidence.DETECTOR,
                              confidence=_confidence(ex, det, k, j))
        resume = j


def _maybe_name_words(ex: Mentions, det: Detector) -> list[bool]:
    """For each word: may it be part of a foreign name, by the context-free tests?

    Only the words that can be in a run of two are asked the detector: a word
    whose neighbours (not across a break) lack a name's shape would be a run
    of one, which the caller never keeps, so it reads as False here.  Both
    answers are kept per word in its WordFacts.
    """
    words, facts, brk = ex.words, ex.facts, ex.brk
    shaped = _shape_test(ex)
    shape: list[bool] = []
    for k, f in enumerate(facts):
        found_shape = f.name_shape
        if found_shape is None:
            found_shape = f.name_shape = shaped(words[k])
        shape.append(found_shape)
    maybe = [False] * ex.n
    last = ex.n - 1
    gz = ex.gz
    for k in compress(range(ex.n), shape):
        if not ((k > 0 and shape[k - 1] and not brk[k])
                or (k < last and shape[k + 1] and not brk[k + 1])):
            continue
        found = facts[k].foreign
        if found is None:
            w = words[k]
            found = facts[k].foreign = w in gz.given or det.foreign(w)
        maybe[k] = found
    return maybe


def _shape_test(ex: Mentions) -> Callable[[str], bool]:
    """Has a folded word the shape of a word of a foreign name (all the context-free
    tests but the detector's)?"""
    gz = ex.gz

    def shaped(w: str) -> bool:
        # A word with the article (or a proclitic on it) is no transliterated name.
        return (len(w) >= 3 and w[:2] != "ال" and w[1:3] != "ال" and w not in gz.common
                and not any(c.isdigit() for c in w)
                and w not in STOP_WORDS and w not in VERBS)

    return shaped


def _name_word(ex: Mentions, k: int, first: bool) -> bool:
    """Can word k (a candidate word) be part of a foreign name here?"""
    if ex.claimed[k] or not ex.arabic[k]:
        return False
    w = ex.words[k]
    gz = ex.gz
    if first and (w in gz.given or gz.triggers(w) is True):
        return False  # a given name, a leader's surname, a title: the other rules' words
    if first and (inside_named_thing(ex, k) or after_head_in_quotes(ex, k)):
        return False  # a magazine's, a company's or a film's name: مجلة " لورالي أيرو "
    if not first and w[:1] in "وف" and w not in gz.given:
        return False  # "فيدال وسانشيز": a conjunction starts another name
    if not first and len(w) >= 5 and w.endswith("ا") and w[:-1] in gz.common:
        return False  # "ترامب رسوما": an indefinite accusative (a name may end in ا: جيما)
    return not (ex.nisba_at(k) or ex.glued_word(k, conjunctions=not first)
                or ex.future_verb(k))


def _confidence(ex: Mentions, det: Detector, k: int, j: int) -> float:
    """The detector's confidence, more when a verb stands next to the name or
    every word is far above the threshold."""
    confidence = CONFIDENCE[Evidence.DETECTOR]
    before, after = k - 1, j
    if (before >= 0 and not ex.brk[k] and _verb(ex.words[before])) or (
            after < ex.n and not ex.brk[after] and _verb(ex.words[after])) or _speaks(ex, j):
        confidence += VERB_BONUS
    if all(det.score(ex.words[q]) > det.threshold + STRONG_MARGIN for q in range(k, j)):
        confidence += STRONG_BONUS
    return round(confidence, 2)


def _speaks(ex: Mentions, j: int) -> bool:
    """Does a colon follow the name ending before word j, as when news quotes a person
    ("شوارزنيجر: العرب ...", "ترامب: سنرد")?"""
    end = ex.ends[j - 1]
    gap = ex.text[end:ex.starts[j]] if j < ex.n else ex.text[end:end + 3]
    return ":" in gap.lstrip(" ")[:1]


def _verb(w: str) -> bool:
    """Is the folded word a verb of speech or action (a conjunction glued on or not)?"""
    return w in VERBS or (w[:1] in "وف" and w[1:] in VERBS)
