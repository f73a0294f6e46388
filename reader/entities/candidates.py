"""Provides candidates(): the words at which some rule of extraction may fire (no Textual).

Step 1 runs its rules only at these words.  Today a word is a candidate when
the gazetteer says something may start at it (:meth:`Gazetteer.triggers`: a
title, a nationality adjective, a given name, a one-word name, or the first
word of a longer name when its second word follows), one cached dictionary
lookup per distinct word.  Finding the candidates some other way (say, one
automaton over the whole text) is a change to this module alone, as long as
it finds the same words.
"""

from __future__ import annotations

from itertools import compress

from reader.entities.lookup import Gazetteer, WordFacts


def candidates(words: list[str], gz: Gazetteer,
               facts: list[WordFacts] | None = None) -> list[int]:
    """Indexes of the folded ``words`` at which a title or a known name may start, in
    order (``facts``: the words' :meth:`Gazetteer.facts_of`, if at hand)."""
    flags = gz.triggers_of(words, facts)
    last = len(words) - 1
    # Most words trigger nothing (False): only the others are looked at, in order.
    return [i for i in compress(range(len(flags)), flags)
            if (f := flags[i]) is True
            or (i < last and isinstance(f, frozenset) and words[i + 1] in f)]
