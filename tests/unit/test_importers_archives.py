"""What real news archives need of the importers: dates from every field, paragraphs
recovered from scraped text, feeds with long prologs, big JSON files read an entry at a time."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.importing import failure, items, one
from reader.importers import (
    EntryProblem,
    ImportProblem,
    detect_format,
    jsonstream,
    read_article_text,
)
from reader.importers.base import _cut_at_runs, clean_body, split_blank_runs
from reader.importers.jsonstream import TooManyEntries, scan
from reader.models import ArticleDraft

BODY = "نص الخبر الكامل عن القمة."

# --- dates from every common field ---------------------------------------------------------


@pytest.mark.parametrize("key", [
    "date", "published", "pubDate", "published_at", "datePublished", "publication_date",
    "dc:date", "dcterms:issued", "created_at", "dateCreated", "updated", "dateModified",
    "modified", "lastmod", "date_extracted", "crawled_at",
])
def test_json_dates_come_from_every_common_field(tmp_path: Path, key: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "t", "content": BODY, key: "2015-07-23T22:28:17+03:00"}))
    assert one(path).date == "2015-07-23T19:28:17Z"


def test_json_publication_beats_update_beats_extraction(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "t", "content": BODY, "date_extracted": "2015-07-25",
                                "updated": "2015-07-24", "published": "2015-07-23"}))
    assert one(path).date == "2015-07-23"
    path.write_text(json.dumps({"title": "t", "content": BODY, "date": "soon",
                                "date_extracted": "2015-07-25 10:00:00"}))
    assert one(path).date == "2015-07-25T10:00:00Z"  # an unreadable date gives way
    path.write_text(json.dumps({"title": "t", "content": BODY,
                                "date": {"$date": "2015-07-23T01:02:03Z"}}))
    assert one(path).date == "2015-07-23T01:02:03Z"


def test_a_saudinewsnet_entry_keeps_its_date_source_and_url(tmp_path: Path) -> None:
    path = tmp_path / "2015-07-23.json"
    path.write_text(json.dumps([{
        "source": "aawsat", "url": "http://aawsat.com/home/article/412746",
        "date_extracted": "2015-07-23 19:28:17", "title": "المالكي ونصيحة سعود الفيصل",
        "author": "", "content": BODY}], ensure_ascii=False), encoding="utf-8")
    draft = one(path)
    assert (draft.date, draft.source, draft.url, draft.author) == (
        "2015-07-23T19:28:17Z", "aawsat", "http://aawsat.com/home/article/412746", None)


@pytest.mark.parametrize(("front", "expected"), [
    ("date: 2015-07-23 19:28:17", "2015-07-23T19:28:17Z"),
    ("dc:date: 2015-07-23T10:00:00+02:00", "2015-07-23T08:00:00Z"),
    ("updated: 23 July 2015", "2015-07-23"),
    ("date_extracted: 2015-07-23", "2015-07-23"),
    ("التاريخ: 23 يوليو 2015", "2015-07-23"),
])
def test_front_matter_dates(tmp_path: Path, front: str, expected: str) -> None:
    for suffix in (".txt", ".md"):
        path = tmp_path / f"a{suffix}"
        path.write_text(f"---\ntitle: T\n{front}\nurl: https://e.test/a\n---\n\n{BODY}\n",
                        encoding="utf-8")
        draft = one(path)
        assert (draft.date, draft.url) == (expected, "https://e.test/a"), suffix


def test_a_key_paragraph_with_a_namespaced_date_is_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"title: T\ndc:date: 2015-07-23\nurl: https://e.test/a\n\n{BODY}\n",
                    encoding="utf-8")
    draft = one(path)
    assert (draft.title, draft.date, draft.url, draft.body) == (
        "T", "2015-07-23", "https://e.test/a", BODY)


def test_feed_dc_date_and_updated_are_read(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>T</title>"
        f"<item><title>a</title><description>{BODY}</description>"
        "<dc:date>2015-07-23T19:28:17+03:00</dc:date></item>"
        "</channel></rss>", encoding="utf-8")
    assert one(path).date == "2015-07-23T16:28:17Z"


def test_html_prefers_the_publication_date_to_the_modification(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        "<html><head><title>T</title>"
        '<meta property="article:modified_time" content="2015-07-25T10:00:00Z">'
        '<meta property="article:published_time" content="2015-07-23T10:00:00+03:00">'
        f"</head><body><article><h1>T</h1><p>{BODY * 20}</p></article></body></html>",
        encoding="utf-8")
    assert one(path).date == "2015-07-23T07:00:00Z"


# --- paragraphs of scraped news ------------------------------------------------------------


def test_sabq_runs_of_blank_space_are_paragraph_breaks() -> None:
    line = ("سبق- متابعة: وصلت طائرة ثانية إلى مطار عدن. \xa0 وقال مدير المركز: إن القوافل "
            "تحركت. \xa0 \xa0 وأضاف: \"الجسر الجوي سيستمر\". \xa0 ")
    assert clean_body([line]).split("\n") == [
        "سبق- متابعة: وصلت طائرة ثانية إلى مطار عدن.", "وقال مدير المركز: إن القوافل تحركت.",
        "وأضاف: \"الجسر الجوي سيستمر\"."]


@pytest.mark.parametrize("line", [
    "ورأس الجلسة الملك سلمان\xa0بن عبدالعزيز\xa0 ولي العهد في الرياض.",  # inside a sentence
    "أكد أبعدوا النجعة \xa0 \xa0 \xa0وأخطأوا الطريق، فالوزير وفقه الله.",  # no sentence end
    "It ended.  Then the next sentence began.",  # two spaces after a full stop
    "دراسة جامعة أوكسفورد \xa0 يقول الأستاذ بالجامعة إن النتائج مهمة.",  # a heading
    "Figures: 1.5\xa0\xa0million.",  # a decimal point is no sentence end here
])
def test_a_sentence_is_never_cut(line: str) -> None:
    assert split_blank_runs(line) == [line]
    assert clean_body([line]) == line


def test_runs_after_a_question_or_a_closing_quote_break_too() -> None:
    assert split_blank_runs("هل انتهى؟  \xa0 نعم انتهى.") == ["هل انتهى؟", "نعم انتهى."]
    assert split_blank_runs('قال: "انتهى."\xa0 ثم غادر.') == ['قال: "انتهى."', "ثم غادر."]
    assert split_blank_runs("Done.    Next one.") == ["Done.", "Next one."]


@given(st.text(alphabet=" \t\xa0\u2009\u3000\u200b.؟aبـ\n", max_size=40))
def test_a_line_without_a_run_is_found_at_once(line: str) -> None:
    # The shortcut for lines without a run changes nothing.
    assert split_blank_runs(line) == _cut_at_runs(line)


_WORD = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=6)
_RUN = st.sampled_from([" ", "  ", "\xa0", " \xa0 ", "\xa0\xa0", "   "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORD, _RUN), min_size=1, max_size=30))
def test_splitting_keeps_every_word_and_cuts_only_after_a_sentence_end(
    words: list[tuple[str, str]],
) -> None:
    line = "".join(w + (run if k % 5 else "." + run) for k, (w, run) in enumerate(words))
    parts = split_blank_runs(line)
    assert " ".join(parts).split() == line.split()
    for part in parts[:-1]:
        assert part.endswith(".")


# --- feeds with any prolog -----------------------------------------------------------------

_ITEM = (f"<item><title>One &a;</title><description>{BODY} &b;</description>"
         "<link>https://e.test/1</link></item>")


def _feed(prolog: str) -> bytes:
    return (f'<?xml version="1.0"?>\n{prolog}<rss version="2.0"><channel><title>T</title>'
            f"{_ITEM}</channel></rss>").encode()


def test_a_feed_after_a_10_kb_comment_is_a_feed(tmp_path: Path) -> None:
    data = _feed("<!-- " + "x" * 10_000 + " -->\n<?pi some instruction?>\n")
    assert detect_format(tmp_path / "f.xml", data) == "feed"
    path = tmp_path / "f.xml"
    path.write_bytes(data)
    assert one(path).url == "https://e.test/1"


def test_a_doctype_declaring_entities_is_skipped_and_they_stay_unexpanded(tmp_path: Path) -> None:
    doctype = ('<!DOCTYPE rss [\n<!ENTITY a "alpha > beta">\n<!-- ] > -->\n'
               "<!ENTITY b 'gamma'>\n]>\n")
    path = tmp_path / "f.xml"
    path.write_bytes(_feed(doctype))
    draft = one(path)
    assert "alpha" not in draft.title and "gamma" not in draft.body
    assert draft.title.startswith("One &a")


def test_external_entities_are_never_fetched(tmp_path: Path) -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    connected: list[object] = []

    def watch() -> None:
        with contextlib.suppress(OSError):
            connected.append(server.accept())

    watcher = threading.Thread(target=watch)
    watcher.start()
    doctype = (f'<!DOCTYPE rss SYSTEM "http://127.0.0.1:{port}/x.dtd" [\n'
               f'<!ENTITY ext SYSTEM "http://127.0.0.1:{port}/e">\n'
               '<!ENTITY pw SYSTEM "file:///etc/passwd">\n]>\n')
    data = _feed(doctype).replace(b"&b;", b"&ext; &pw;")
    path = tmp_path / "f.xml"
    path.write_bytes(data)
    draft = one(path)
    watcher.join()
    server.close()
    assert connected == []
    assert "root:" not in draft.body


# --- big JSON files, an entry at a time ----------------------------------------------------


@pytest.mark.parametrize("text", [
    '[{"title": "a", "content": "b"}, {"title": "c", "content": "d"}]',
    '  [ ]  ', '{"articles": [{"title": "a"}, 2, [3]], "source": "S"}', '"just text"',
    '{"title": "x", "items": ["tag", "other"]}', '[1, [2, [3, {"k": "v"}]], "\\u2028"]',
])
@pytest.mark.parametrize("whole", [True, False])
def test_the_scan_reads_what_json_loads_reads(text: str, whole: bool,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # An array is decoded whole when the text is short enough, else scanned and
    # decoded an entry at a time: the same entries either way.
    if not whole:
        monkeypatch.setattr(jsonstream, "WHOLE_ARRAY", 0)
    top = scan(text, lambda key: key in ("articles", "items"))
    assert (top.decoded is not None) == (whole and top.kind == "array")
    if top.kind == "array":
        assert list(top.items()) == json.loads(text)
    elif top.kind == "object":
        rebuilt = {m.key: top.value(m.start, m.end) for m in top.members}
        assert rebuilt == json.loads(text)


@pytest.mark.parametrize("text", [
    '[{"title": "a"}, ', '[1 2]', '{"a": 1,}', '{"a" 1}', '[1] x', '{"articles": [1,]}', "",
])
def test_the_scan_refuses_what_json_loads_refuses(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    with pytest.raises(json.JSONDecodeError):
        scan(text, lambda key: True)


@pytest.mark.parametrize("whole", [True, False])
def test_the_scan_stops_at_too_many_entries_either_way(
    whole: bool, monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not whole:
        monkeypatch.setattr(jsonstream, "WHOLE_ARRAY", 0)
    assert len(list(scan("[1, 2, 3]", lambda key: True, 3).items())) == 3
    with pytest.raises(TooManyEntries):
        scan("[1, 2, 3, 4]", lambda key: True, 3)


def test_a_broken_array_imports_nothing_even_after_good_entries(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('[{"title": "a", "content": "b"}, {"title": "c", "content": ')
    assert failure(path).startswith("invalid JSON at line 1 column")
    assert failure(path).endswith("(the file looks truncated)")


def test_a_file_over_the_article_limit_is_refused_before_any_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("READER_MAX_FILE_ARTICLES", "3")
    entries = [{"title": f"t{i}", "content": BODY} for i in range(4)]
    cases = {
        "list.json": json.dumps(entries),
        "wrapped.json": json.dumps({"articles": entries}),
        "lines.jsonl": "\n".join(json.dumps(e) for e in entries),
        "feed.rss": '<rss version="2.0"><channel>' + "".join(
            f"<item><title>t{i}</title><description>{BODY}</description></item>"
            for i in range(4)) + "</channel></rss>",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        got: list[object] = []
        with pytest.raises(ImportProblem, match="the limit is 3 per file") as info:
            got.extend(read_article_text(path.read_bytes(), path))
        assert got == [], name
        assert "READER_MAX_FILE_ARTICLES" in str(info.value)
    monkeypatch.setenv("READER_MAX_FILE_ARTICLES", "4")
    for name in cases:
        assert len([i for i in items(tmp_path / name) if isinstance(i, ArticleDraft)]) == 4


def test_json_lines_end_at_newlines_only(tmp_path: Path) -> None:
    """A JSON string may hold U+2028 and U+0085, which str.splitlines would cut at."""
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"title": "a\u2028b", "content": "c\x85d " + BODY},
                               ensure_ascii=False) + "\n\n" + '{"title": "x"}\n',
                    encoding="utf-8")
    found = items(path)
    assert isinstance(found[0], ArticleDraft) and found[0].title.startswith("a")
    assert isinstance(found[1], EntryProblem) and found[1].where == "line 3"
    assert found[1].kind == "no text"
