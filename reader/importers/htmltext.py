"""Provides html_to_paragraphs(): an HTML fragment (feed or JSON content) reduced to paragraphs.

Whole saved pages go through trafilatura (see :mod:`reader.importers.htmlpage`),
which finds the main text among menus and footers.  Fragments are different:
they *are* the article, often too short for trafilatura's thresholds, so lxml
parses them and block elements become paragraph breaks.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from reader.importers.base import word_set

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Elements whose content is never article text.
_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "head",
    "form",
    "button",
    "select",
    "textarea",
    "nav",
    "footer",
    "aside",
)
_BLOCKS = word_set(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article "
    "header dd dt dl figcaption figure hr address main"
)
_BREAK = "\ue000"  # a private-use character marks the breaks we insert
_SPACES = re.compile(r"\s+")
_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|img|figure|figcaption|"
    r"blockquote|table|tr|td|section|article|script|style|iframe)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});")
# Characters XML cannot hold; lxml refuses strings containing them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def looks_like_html(text: str) -> bool:
    """Return True when ``text`` contains common HTML tags (so it needs reducing to text)."""
    return _TAG.search(text[:100000]) is not None


def has_entities(text: str) -> bool:
    """Return True when ``text`` contains HTML character references such as ``&amp;``."""
    return _ENTITY.search(text) is not None


def html_to_paragraphs(fragment: str) -> list[str]:
    """Reduce an HTML fragment to its text, one string per paragraph.

    Scripts, styles, forms and navigation are dropped; block elements (``p``,
    ``div``, ``br``, ``li``, headings ...) end paragraphs; other whitespace is
    folded as a browser would; list items start with "• ".

    Args:
        fragment: HTML, a fragment or a whole document.

    Returns:
        The paragraphs, without blank ones; empty when there is no text.
    """
    from lxml import etree
    from lxml import html as lxml_html

    cleaned = _NOT_XML.sub(" ", fragment.replace(_BREAK, " "))
    if not cleaned.strip():
        return []
    try:
        root = lxml_html.fragment_fromstring(cleaned, create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        text = html.unescape(re.sub(r"<[^>]{0,1000}>", " ", cleaned))
        line = _SPACES.sub(" ", text).strip()
        return [line] if line else []
    _drop_non_text(root)
    _keep_preformatted_lines(root)
    _mark_blocks(root)
    return _split_paragraphs(root.text_content())


def _drop_non_text(root: HtmlElement) -> None:
    """Remove scripts, styles, forms, navigation and the like, with their content."""
    for element in list(root.iter(*_DROP)):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()


def _keep_preformatted_lines(root: HtmlElement) -> None:
    """Turn the line breaks inside ``<pre>`` into paragraph breaks (folding would eat them)."""
    for element in root.iter("pre"):
        for node in element.iter():
            if node.text:
                node.text = node.text.replace("\n", _BREAK)
            if node is not element and node.tail:
                node.tail = node.tail.replace("\n", _BREAK)


def _mark_blocks(root: HtmlElement) -> None:
    """Put a paragraph break before and after every block element; list items start with "• "."""
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in _BLOCKS:
            prefix = _BREAK + ("• " if tag.lower() == "li" else "")
            element.text = prefix + (element.text or "")
            element.tail = _BREAK + (element.tail or "")


def _split_paragraphs(text: str) -> list[str]:
    """Cut the text at the marked breaks and fold whitespace; blank pieces and lone bullets go."""
    paragraphs = []
    for part in text.split(_BREAK):
        line = _SPACES.sub(" ", part).strip()
        if line and line != "•":
            paragraphs.append(line)
    return paragraphs


def fragment_to_text(value: str) -> str:
    """Return text from a field that may hold HTML or character references.

    Args:
        value: A title or body from a feed or JSON file.

    Returns:
        Paragraphs joined by ``\\n``: HTML reduced, entities decoded; plain text
        with its line breaks kept as paragraph breaks.
    """
    if looks_like_html(value):
        return "\n".join(html_to_paragraphs(value))
    if has_entities(value):
        value = html.unescape(value)
    lines = [line.strip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)
