"""Provides a small store for the corrections tests: four articles about known people."""

from __future__ import annotations

from pathlib import Path

from reader.models import ArticleDraft
from reader.store import ArticleStore, open_store

#: title -> (body, date): Ash Carter, John Kerry, Obama and Kerry (newest), Catherine Ashton.
ARTICLES: dict[str, tuple[str, str]] = {
    "كارتر في الرياض": ("التقى وزير الدفاع الأمريكي آشتون كارتر بولي العهد في الرياض. "
                        "وقال كارتر إن التعاون قوي.", "2015-07-20"),
    "كيري في فيينا": ("قال وزير الخارجية الأمريكي جون كيري إن الاتفاق مع إيران جيد. "
                      "وأضاف كيري أن المفاوضات طويلة.", "2015-07-21"),
    "آشتون في بروكسل": ("قالت مسؤولة السياسة الخارجية كاثرين آشتون إن الاتحاد الأوروبي "
                        "يدعم الاتفاق.", "2015-07-22"),
    "أوباما وكيري": ("قال الرئيس الأمريكي باراك أوباما إن جون كيري نجح في فيينا.", "2015-07-23"),
}
OBAMA, KERRY, CARTER, ASHTON = ("person:barack-obama", "person:john-kerry",
                                "person:ash-carter", "person:catherine-ashton")


def people_store(path: Path) -> ArticleStore:
    """A store of :data:`ARTICLES` at ``path``."""
    store = open_store(path)
    store.import_drafts([ArticleDraft(title=t, body=b, date=d, language="ar")
                         for t, (b, d) in ARTICLES.items()])
    return store


def article_id(store: ArticleStore, title: str) -> str:
    """The id of the article with this title."""
    return next(s.id for s in store.latest() if s.title == title)
