"""Bad input at scale: hundreds of malformed text, JSON, HTML and feed files to `reader import`.

A seeded generator writes ~300 files: structure-aware breakage of each
format (truncated JSON, wrong types, deep nesting, broken front matter,
unclosed HTML, feeds with bad entities and dates, wrong declared encodings,
binary and empty files) and random mutations (cuts, flipped bytes,
insertions, repeats, splices) of the real sample files.  One `reader import`
subprocess takes the whole directory, and import_paths() takes it again in
this process: never a traceback or an internal error, never a hang, one
report line per file naming it (with a reason when it failed), and a store
that `reader check` finds consistent.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.paths import ARTICLES, DATA
from helpers.processes import assert_no_traceback, run_reader
from reader.store import open_store
from reader.store.maintenance import check

SEEDS = sorted(p for d in (ARTICLES, DATA / "import")
               for p in d.iterdir() if p.is_file() and p.stat().st_size > 0)
GOOD = {"title": "قمة في أستانا", "content": "اجتمع القادة في أستانا لبحث التجارة.",
        "date": "2024-07-04", "source": "وكالة", "url": "https://e.test/a", "author": "مراسل"}


def _json_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    good = json.dumps(GOOD, ensure_ascii=False).encode()
    cut = good[: rng.randrange(1, len(good))]
    wrong_types = [dict(GOOD, title=5), dict(GOOD, content=["a", {"b": None}]),
                   dict(GOOD, date=True), dict(GOOD, url=12.5),
                   dict(GOOD, title=None, content=None), dict(GOOD, author={"x": 1}),
                   dict(GOOD, date="31/02/2024"), dict(GOOD, date="9999-99-99"),
                   dict(GOOD, url="javascript:x")]
    out = [("json", cut), ("json", b"[" + good + b"," + cut), ("json", b"[]"), ("json", b"{}"),
           ("json", b"[1, \"two\", null, [3]]"), ("json", b"NaN"), ("json", b'{"title": NaN}'),
           ("json", b"[" * 5000 + b"]" * 5000), ("json", b'{"a":' * 3000 + b"1" + b"}" * 3000),
           ("json", b"\xef\xbb\xbf" + good), ("json", good.replace(b"\xd8", b"\xff")),
           ("json", b'{"title": "t", "title": "u", "content": "x"}'),
           ("json", b'{"title": "' + b"\\ud800" + b'", "content": "lone surrogate"}'),
           ("json", b'{"items": [' + good + b"]}"), ("json", b'"just a string"'),
           ("jsonl", good + b"\n" + cut + b"\n" + good.replace(b"/a", b"/b") + b"\n\n{}\n")]
    out += [("json", json.dumps(case).encode()) for case in wrong_types]
    return out


def _text_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    return [("txt", b"   \n\t\n  "), ("txt", b"\xff\xfe"), ("txt", b"title: x\nno blank line"),
            ("txt", b"---\ntitle: [unclosed\n---\nbody"),
            ("txt", "عنوان\n\n".encode() + b"\xd8" * 50),
            ("txt", b"a" * 300_000), ("md", b"#\n\n#\n\n#"), ("md", b"# " + b"x" * 10_000),
            ("txt", b"\x1b[2J\x1b]52;c;ZXZpbA==\x07\n\n\x9b6n body"), ("txt", bytes(range(1, 256))),
            ("txt", "\u202e\u2066".encode() * 1000), ("md", b"```\n" * 500),
            ("txt", b"date: not a date\nsource:\n\nbody"), ("txt", b"\r\r\r\n\n\r")]


def _html_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    return [("html", b"<html><body><p>unclosed <div><span>"), ("html", b"<html></html>"),
            ("html", b"<html><script>" + b"x" * 50_000), ("html", b"<div>" * 5000),
            ("html", b'<html><head><meta charset="no-such-charset"></head>'
                     b"<body><p>x</p></body></html>"),
            ("html", b'<meta charset="utf-16"><p>\xd8\xa7</p>'),
            ("html", b"<!DOCTYPE html><title>" + b"t" * 20_000 + b"</title>"),
            ("html", b"<html><body>" + b"&amp;" * 10_000 + b"</body></html>"),
            ("html", b"<html><body><p>" + "نص عربي ".encode() * 2000 + b"</p></body></html>"),
            ("htm", b"<html><head><style>p{}</style></head><body><nav>menu</nav></body></html>"),
            ("html", b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body>x")]


def _feed_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    item = b"<item><title>t</title><link>https://e.test/i</link><description>d</description></item>"
    return [("rss", b"<rss><channel>" + item * 3), ("rss", b"<rss><channel></channel></rss>"),
            ("xml", b"<?xml version='1.0'?><notafeed/>"),
            ("atom", b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x</title></entry></feed>"),
            ("rss", (b"<rss><channel><item><pubDate>yesterday-ish</pubDate><title>t</title>"
                    b"<description>d</description></item></channel></rss>")),
            ("rss", (b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                     b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                    b"<rss><channel><item><title>&b;&b;&b;</title><description>x</description>"
                    b"</item></channel></rss>")),
            ("rss", (b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item>'
                    b"<title>&x;</title><description>xxe</description></item></channel></rss>")),
            ("rss", b"<rss><channel><item><title><![CDATA[unterminated</title></item>"),
            ("xml", b"<rss>" + b"<channel>" * 3000),
            ("rss", b"<rss><channel>" + item * 2000 + b"</channel></rss>"[: rng.randrange(5, 20)])]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(6)
    n = len(data)
    if kind == 0:
        return data[: rng.randrange(n + 1)]
    if kind == 1:
        out = bytearray(data)
        for _ in range(rng.randrange(1, 30)):
            if out:
                out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if kind == 2:
        at = rng.randrange(n + 1)
        return data[:at] + rng.randbytes(rng.randrange(1, 80)) + data[at:]
    if kind == 3:
        a = rng.randrange(n + 1)
        return data[:a] + data[min(n, a + rng.randrange(1, 400)):]
    if kind == 4:
        a = rng.randrange(n + 1)
        piece = data[a:a + rng.randrange(1, 8)] or b"<"
        return data[:a] + piece * rng.randrange(50, 3000) + data[a:]
    other = rng.choice(SEEDS).read_bytes()
    return data[: rng.randrange(n + 1)] + other[rng.randrange(len(other) + 1):]


def write_fuzz_corpus(directory: Path, seed: int, mutants: int) -> list[str]:
    """Write the malformed corpus; returns the file names."""
    rng = random.Random(seed)
    directory.mkdir(parents=True)
    made: list[tuple[str, bytes]] = []
    builders: list[Callable[[random.Random], list[tuple[str, bytes]]]] = [
        _json_cases, _text_cases, _html_cases, _feed_cases]
    for build in builders:
        made += build(rng)
    suffixes = ["txt", "md", "html", "json", "jsonl", "xml", "rss", "atom", ""]
    for _ in range(mutants):
        source = rng.choice(SEEDS)
        suffix = source.suffix.lstrip(".") if rng.random() < 0.7 else rng.choice(suffixes)
        made.append((suffix, _mutate(source.read_bytes(), rng)))
    made += [("bin", bytes(rng.randrange(256) for _ in range(512))), ("txt", b""),
             ("json", b"\x00" * 10)]
    names = []
    for i, (suffix, data) in enumerate(made):
        name = f"f{i:03d}" + (f".{suffix}" if suffix else "")
        (directory / name).write_bytes(data)
        names.append(name)
    return names


LINE = re.compile(r"^(imported|duplicate|partial|failed)\s+bad/(f\d{3}(?:\.\w+)?)\b")


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    directory = tmp_path_factory.mktemp("fuzz") / "bad"
    return directory, write_fuzz_corpus(directory, seed=7, mutants=240)


@pytest.mark.timeout(240)
def test_reader_import_of_hundreds_of_malformed_files_reports_each_and_keeps_the_store_sound(
    fuzz_dir: tuple[Path, list[str]], tmp_path: Path
) -> None:
    directory, files = fuzz_dir
    assert len(files) >= 300
    db = tmp_path / "store"
    run = run_reader("--db", db, "import", directory, cwd=directory.parent, timeout=180)
    assert run.returncode in (0, 1), str(run)
    assert_no_traceback(run)
    lines = run.out.splitlines()
    reported = {}
    for line in lines[:-1]:
        m = LINE.match(line)
        assert m, line
        name = Path(m.group(2)).name
        assert name not in reported, f"{name} reported twice"
        reported[name] = line
    assert sorted(reported) == sorted(files)
    failed = [line for line in reported.values() if line.startswith(("failed", "partial"))]
    assert len(failed) >= 100 and all(re.search(r": \S", line) for line in failed)
    assert not [line for line in failed if "internal error" in line]
    imported = sum(1 for line in reported.values() if line.startswith(("imported", "partial")))
    assert imported >= 20  # mutants that stayed articles were kept
    whole = sum(1 for line in failed if line.startswith("failed"))
    assert re.fullmatch(rf"{len(files)} files: [\d,]+ articles? imported, [\d,]+ duplicates?, "
                        rf"[\d,]+ entr(y|ies) skipped( \([^)]*\))?; {whole} files? failed; "
                        r"the store holds [\d,]+ articles?", lines[-1]), lines[-1]

    checked = run_reader("--db", db, "check")
    assert checked.returncode == 0, str(checked)
    listed = run_reader("--db", db, "list", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == open_store(db).count()


@pytest.mark.timeout(240)
def test_import_paths_in_process_gives_one_report_per_file_and_a_sound_store(
    fuzz_dir: tuple[Path, list[str]], tmp_path: Path
) -> None:
    from reader.ingest import import_paths

    directory, files = fuzz_dir
    store = open_store(tmp_path / "store")
    reports = import_paths(store, [directory])
    assert sorted(r.path.name for r in reports) == sorted(files)
    for report in reports:
        assert report.failed == (report.status == "failed")
        assert bool(report.problems) == (report.status in ("failed", "partial"))
        assert all(p and "\n" not in p and not p.startswith("internal error")
                   for p in report.problems)
        assert report.path.name in report.describe()
    assert check(store) == []
    again = import_paths(open_store(tmp_path / "store"), [directory])
    assert sum(r.imported for r in again) == 0
    assert open_store(tmp_path / "store").count() == store.count()


def test_a_lone_surrogate_in_one_json_file_does_not_abort_the_import_of_the_others(
    tmp_path: Path,
) -> None:
    """A JSON "\\ud800" escape decodes to text with no UTF-8 form; the commit used to fail
    (UnicodeEncodeError), losing every file of the import."""
    files = tmp_path / "in"
    files.mkdir()
    (files / "a.json").write_bytes(b'{"title": "t\\ud800x", "content": "lone surrogate body"}')
    (files / "b.md").write_bytes((ARTICLES / "010_en_sco_summit_astana_2024.md").read_bytes())
    db = tmp_path / "store"
    run = run_reader("--db", db, "import", files, cwd=tmp_path)
    assert run.returncode == 0, str(run)
    assert ("2 files: 2 articles imported, 0 duplicates, 0 entries skipped; 0 files failed"
            in run.out)
    titles = sorted(s.title for s in open_store(db).latest())
    assert "t\ufffdx" in titles
    assert run_reader("--db", db, "check").returncode == 0


def test_the_store_writes_a_lone_surrogate_given_through_its_api(tmp_path: Path) -> None:
    from reader.models import ArticleDraft

    store = open_store(tmp_path / "store")
    store.import_drafts([ArticleDraft(title="t\udc9bx", body="from a file name that is not UTF-8")])
    assert [s.title for s in open_store(tmp_path / "store").latest()] == ["t\udc9bx"]
    assert check(open_store(tmp_path / "store")) == []
