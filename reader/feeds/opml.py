"""Provides OPML import and export of the subscription list (no Textual).

OPML is how feed readers (newsboat, Thunderbird, Feedly) hand each other
their lists: ``<outline type="rss" text="Name" xmlUrl="https://..."/>``,
possibly nested in folders.  Reading uses lxml with entities not resolved, no
DTD loaded and no network, so an OPML file can fetch nothing and expand
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

from reader.feeds.subscriptions import Subscription

#: Largest OPML file read (a list of ten thousand feeds is about 2 MiB).
MAX_OPML_BYTES = 8 * 1024 * 1024


class OpmlError(ValueError):
    """The file is not an OPML list that can be read; ``str()`` is one line."""


@dataclass(frozen=True, slots=True)
class Outline:
    """One feed of an OPML list."""

    url: str
    name: str | None


def read_opml(path: Path) -> list[Outline]:
    """The feeds an OPML file lists, in document order (folders flattened).

    Raises:
        OpmlError: The file cannot be read, is too large, or is not OPML.
    """
    from lxml import etree

    try:
        if path.stat().st_size > MAX_OPML_BYTES:
            raise OpmlError(f"larger than {MAX_OPML_BYTES // 1024 // 1024} MiB; not a feed list")
        data = path.read_bytes()
    except OSError as exc:
        raise OpmlError(exc.strerror or str(exc)) from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OpmlError(f"not valid XML ({exc.msg})") from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        raise OpmlError("not an OPML file (its root element is not <opml>)")
    outlines: list[Outline] = []
    for node in root.iter("{*}outline"):
        attrs = {str(k).lower(): str(v) for k, v in node.attrib.items()}
        url = attrs.get("xmlurl", "").strip()
        if url:
            name = (attrs.get("title") or attrs.get("text") or "").strip()
            outlines.append(Outline(url=url, name=name or None))
    return outlines


def write_opml(subscriptions: list[Subscription], title: str = "Khabar subscriptions") -> str:
    """An OPML 2.0 document listing the subscriptions."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        "  </head>",
        "  <body>",
    ]
    for sub in subscriptions:
        name = quoteattr(sub.name)
        lines.append(f'    <outline type="rss" text={name} title={name} '
                     f"xmlUrl={quoteattr(sub.url)}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
