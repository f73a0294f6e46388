"""Provides the tests for names of institutions, facilities and works (no Textual).

A head noun makes the words after it part of another thing's name: an
organisation or building ("جامعة القاهرة", "قصر السلام"), a place named after
a person ("استاد محمد بن زايد"), a work ("فيلم بنات ألفة").  Then they are no
mention of the place or person they name.  The head nouns are in
:mod:`reader.entities.lexicon` (ORG_HEADS, FACILITY_HEADS, WORK_HEADS); the
rules of people and places ask here.  Organisations and facilities as
entities of their own would be read here too.
"""

from __future__ import annotations

from reader.entities.lexicon import FACILITY_HEADS, ORG_HEADS, WORK_HEADS
from reader.entities.normalize import drops_article
from reader.entities.words import Words


def after_head(w: Words, k: int, heads: frozenset[str]) -> bool:
    """Does word k follow one of ``heads`` (a glued proclitic allowed) with no break?"""
    return k > 0 and not w.brk[k] and w.hit(k - 1, heads) is not None


# The two tests below are after_head written out: they run at every known
# name and given name, and one call less is worth it there.

def inside_org_name(w: Words, k: int) -> bool:
    """Is word k part of an organisation's or a building's name ("جامعة القاهرة")?"""
    return k > 0 and not w.brk[k] and w.hit(k - 1, ORG_HEADS) is not None


def inside_facility_name(w: Words, k: int) -> bool:
    """Is the name at word k part of a place's, an institution's or a prize's name
    ("استاد محمد بن زايد", "جامعة الملك سعود")?  The gold policy counts no mention
    there.  A head with the article is no construct: "للمسابقة المخرجة X" is a
    prize won by X, not a prize named after her."""
    if k == 0 or w.brk[k]:
        return False
    head = w.hit(k - 1, FACILITY_HEADS)
    return head is not None and not drops_article(w.words[k - 1], head)


def inside_named_thing(w: Words, k: int) -> bool:
    """Is word k part of an organisation's, a facility's or a work's name
    ("مجموعة غولدمان ساكس", "فيلم بنات ألفة")?"""
    return (inside_org_name(w, k) or inside_facility_name(w, k)
            or after_head(w, k, WORK_HEADS))
