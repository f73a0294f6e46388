"""Provides what every importer shares: ImportProblem, limits and draft building."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from reader.models import ArticleDraft
from reader.textsafe import neutralise

#: Files above this many MiB are refused unless READER_MAX_FILE_MB says otherwise.
DEFAULT_MAX_FILE_MB = 64

#: An article's text (title and body) above this many characters is refused:
#: a news article is rarely 100,000; two million is a book, and laying one out
#: or analysing it would cost gigabytes.  READER_MAX_ARTICLE_CHARS overrides.
DEFAULT_MAX_ARTICLE_CHARS = 2_000_000


def max_article_chars() -> int:
    """The per-article limit in characters (``READER_MAX_ARTICLE_CHARS`` or the default)."""
    env = os.environ.get("READER_MAX_ARTICLE_CHARS", "").strip()
    return int(env) if env.isdigit() and int(env) > 0 else DEFAULT_MAX_ARTICLE_CHARS


#: A file holding more articles than this is refused before any is imported:
#: every article costs memory while it is imported (its record, its keys, its
#: postings) and a place in the store's indexes, so a 63 MiB file of 1.45
#: million two-word articles would take gigabytes.  A day of a newspaper
#: archive is some hundreds.  READER_MAX_FILE_ARTICLES overrides.
DEFAULT_MAX_FILE_ARTICLES = 100_000


def max_file_articles() -> int:
    """The per-file limit in articles (``READER_MAX_FILE_ARTICLES`` or the default)."""
    env = os.environ.get("READER_MAX_FILE_ARTICLES", "").strip()
    return int(env) if env.isdigit() and int(env) > 0 else DEFAULT_MAX_FILE_ARTICLES


def too_many_articles(count: str, limit: int) -> ImportProblem:
    """The problem of a file above the per-file limit (``count``: ``more than 100,000``)."""
    return ImportProblem(
        f"the file holds {count} articles; the limit is {limit:,} per file (set "
        "READER_MAX_FILE_ARTICLES to change it, or split the file)", kind="too many articles")


_SPACES = re.compile(r"\s+")


class ImportProblem(Exception):
    """A file (or one entry of it) is not an importable article.

    ``str(exc)`` is one clear line: the reason, without the path (the caller
    names the file).  Newlines and runs of spaces in the reason are folded and
    control characters neutralised, so a message quoting broken input stays
    one harmless line.
    """

    def __init__(self, reason: str, *, kind: str | None = None) -> None:
        # Reasons can quote the file (an element name, a library's message):
        # controls are made visible here too, not only where they are printed.
        reason = neutralise(_SPACES.sub(" ", str(reason)).strip())
        if len(reason) > 300:
            reason = reason[:299] + "…"
        super().__init__(reason)
        self.kind = kind or "unreadable"
        """What sort of problem, in two words (``no text``, ``invalid JSON``): reports
        count skipped entries by it."""

    @property
    def reason(self) -> str:
        """The one-line reason."""
        return str(self)


class EntryProblem(ImportProblem):
    """One entry of a multi-article file (a JSON list, JSON Lines, a feed) was skipped.

    The file's other entries still import: readers *yield* these between the
    drafts.  ``str(exc)`` is ``"entry 3: no title and no text"``.
    """

    def __init__(self, where: str, problem: ImportProblem | str, *,
                 kind: str | None = None) -> None:
        detail = str(problem)
        super().__init__(f"{where}: {detail}",
                         kind=kind or getattr(problem, "kind", None))
        self.where = where
        """Which entry: ``entry 3`` (its place in a list or feed) or ``line 7`` (JSON Lines)."""
        self.detail = detail
        """Why it was skipped."""


#: What a reader yields: an article, or a problem with one entry of a multi-article file.
Item = ArticleDraft | ImportProblem
Items = Iterator[Item]


def word_set(words: str) -> frozenset[str]:
    """Return the set of space-separated words in ``words`` (word lists read best as text)."""
    return frozenset(words.split())


def max_file_bytes() -> int:
    """Return the size limit for one file, in bytes.

    ``READER_MAX_FILE_MB`` (a positive number of MiB) overrides the default of
    64 MiB; an unreadable value falls back to the default rather than failing
    every import.
    """
    raw = os.environ.get("READER_MAX_FILE_MB", "").strip()
    megabytes: float = DEFAULT_MAX_FILE_MB
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = 0.0
        if 0 < value < float("inf"):  # also refuses NaN
            megabytes = value
    return int(megabytes * 1024 * 1024)


def clean_field(value: object, limit: int = 500) -> str | None:
    """Return a metadata value as a single stripped line, or None when empty.

    Args:
        value: Whatever a format held for the field (only strings and numbers are used).
        limit: Longest value kept; metadata longer than this is cut at a word boundary.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", value).strip()
    if not text:
        return None
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip() + "…"
    return text


#: A run of blank space inside a line that no sentence holds: two characters or more
#: with a no-break (or other typographic) space among them, or three plain spaces.
_BLANK_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}")
#: The blank characters of :data:`_BLANK_RUN` but the plain space.
_ODD_BLANK = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
#: The end of a sentence: a full stop, question or exclamation mark or an ellipsis
#: (Latin or Arabic), then perhaps closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?؟…۔][\"'”’»)\]]{0,3}$")


def split_blank_runs(line: str) -> list[str]:
    """A line of scraped text cut into paragraphs where the scraper flattened them.

    News sites' bodies often lose their paragraph breaks to a run of blank
    space: SaudiNewsNet's sabq articles separate every paragraph by
    ``" \\xa0 "``, alwatan's by ``".\\xa0 "``, alriyadh's by ``". \\xa0"``.
    The line is cut at such a run (see :data:`_BLANK_RUN`) only when a
    sentence ends right before it and more text follows, so a sentence is
    never cut: a lone no-break space (``الملك سلمان\\xa0بن``), two spaces after
    a full stop (typewriter style) and runs after a heading without a full
    stop stay as they are.
    """
    if "  " not in line and _ODD_BLANK.search(line) is None:
        # No run at all (most lines): found at half the cost of looking for
        # runs, which stops at every space between two words.
        return [line]
    return _cut_at_runs(line)


def _cut_at_runs(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for run in _BLANK_RUN.finditer(line):
        blank = run.group()
        if len(blank) < 3 and all(c in " \t" for c in blank):
            continue  # two plain spaces: between sentences, not paragraphs
        before = line[start:run.start()]
        if not _SENTENCE_END.search(before[-8:]) or not line[run.end():].strip():
            continue
        parts.append(before)
        start = run.end()
    parts.append(line[start:])
    return parts


def clean_body(lines: list[str], *, split_runs: bool = True) -> str:
    """Join paragraphs into a body: one paragraph per line, trailing spaces stripped.

    Blank lines are dropped: a body's paragraphs are its lines (see
    :class:`~reader.models.ArticleDraft`), whatever separated them in the file.

    Args:
        lines: Paragraphs (or lines) in logical order.
        split_runs: Also cut a line into paragraphs at the blank runs scrapers
            leave between them (see :func:`split_blank_runs`); Markdown, whose
            paragraphs are explicit, does not.

    Returns:
        The non-blank paragraphs joined by ``\\n``.
    """
    out = []
    for line in lines:
        for part in split_blank_runs(line) if split_runs else (line,):
            if part.strip():
                out.append(part.rstrip())
    return "\n".join(out)


_URL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)\S+$")


def clean_url(value: object) -> str | None:
    """Return a web address (``scheme://...`` or ``www....``), or None for anything else.

    Feed ids such as ``urn:uuid:...`` and relative paths are not addresses a
    reader can open, so they are not kept as the article's url.
    """
    text = clean_field(value, limit=4000)
    if text is None or _URL.match(text) is None:
        return None
    return text


def make_draft(
    *,
    title: str | None,
    body: str,
    origin: str,
    date: str | None = None,
    source: object = None,
    url: object = None,
    author: object = None,
    language: str | None = None,
) -> ArticleDraft:
    """Build a draft, deriving what is missing (title from the text, language from the script).

    Args:
        title: Headline when the format had one.
        body: Body text (already cleaned, paragraphs separated by ``\\n``).
        origin: Where it was found (path, plus ``#n`` for an entry of a multi-article file).
        date: ISO 8601 date, already normalised (see :mod:`reader.importers.dates`).
        source: Publisher, any scalar.
        url: Where it was published.
        author: Byline.
        language: Primary language code from metadata, when the format had one.

    Raises:
        ImportProblem: When there is neither a title nor any text.
    """
    from reader.importers.language import guess_language, primary_language
    from reader.importers.titles import derive_title

    title_text = clean_field(title, limit=1000)
    if not body.strip():
        if not title_text:
            raise ImportProblem("no title and no text", kind="no text")
        raise ImportProblem("no article text (only a title)", kind="no text")
    if not title_text:
        title_text = derive_title(body)
    lang = primary_language(language) or guess_language(title_text + "\n" + body)
    return ArticleDraft(
        title=title_text,
        body=body,
        date=date,
        source=clean_field(source),
        url=clean_url(url),
        author=clean_field(author),
        language=lang,
        origin=origin,
    )
