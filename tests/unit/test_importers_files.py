"""Importers on whole files: bad files, format detection, folder walking, the samples, imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.importing import IMPORT_DATA as DATA
from helpers.importing import failure, one
from helpers.paths import ARTICLES, SEED
from reader.importers import (
    ImportProblem,
    Refused,
    detect_format,
    iter_article_files,
    read_article_file,
)
from reader.models import ArticleDraft

# --- bad files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("image.png", "binary file (PNG image), not an article"),
        ("image_named.txt", "binary file (PNG image), not an article"),
        ("archive.zip", "binary file (ZIP archive or office document), not an article"),
        ("nul_bytes.txt", "binary file, not an article"),
        (
            "unknown_format.csv",
            "unknown format (.csv file): expected text, Markdown, HTML, JSON or an RSS/Atom feed",
        ),
    ],
)
def test_bad_file_reasons(name: str, reason: str) -> None:
    assert failure(DATA / name) == reason


def test_missing_file(tmp_path: Path) -> None:
    assert failure(tmp_path / "nope.txt") == "no such file"


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert failure(link) == "broken symbolic link"


def test_directory(tmp_path: Path) -> None:
    assert failure(tmp_path) == "is a directory"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.timeout(10)
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert failure(fifo).startswith("not a regular file")


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads anything"
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n", encoding="utf-8")
    path.chmod(0)
    assert failure(path) == "permission denied"


def test_file_above_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_MAX_FILE_MB", "0.001")
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    assert failure(path).startswith(
        "file too large (0 MiB; the limit is 0 MiB, set READER_MAX_FILE_MB"
    )


def test_bad_size_limit_setting_falls_back_to_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_MAX_FILE_MB", "lots")
    path = tmp_path / "small.txt"
    path.write_text("Title\n\nBody text.\n", encoding="utf-8")
    assert one(path).body == "Body text."


def test_reasons_are_one_line_without_the_path(tmp_path: Path) -> None:
    odd = tmp_path / "line\nbreak"
    odd.mkdir()
    for name in ("empty.txt", "json_truncated.json", "broken_feed.rss", "latin1_not_cp1256.txt"):
        target = odd / name
        target.write_bytes((DATA / name).read_bytes())
        reason = failure(target)
        assert "\n" not in reason
        assert str(odd) not in reason


# --- detect_format -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"Title\n\nBody", "text"),
        ("a", b"Title\n\nBody", "text"),
        ("a.md", b"# Title", "markdown"),
        ("a.html", b"<p>hi</p>", "html"),
        ("a.txt", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("a.json", b'{"title": "x"}', "json"),
        ("a.txt", b'[Reuters] {"not": "json"}', "text"),
        ("a.dat", b'[{"title": "x"}]', "json"),
        ("a.jsonl", b'{"title": "x"}\n', "jsonl"),
        ("a.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("a.txt", b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c -->\n<feed xmlns='x'>", "feed"),
        ("a.html", b"<?xml version='1.0'?><rdf:RDF>", "feed"),
        ("a.TXT", b"Title", "text"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(Path(name), head) == expected


def test_detect_format_utf16_head() -> None:
    head = b"\xff\xfe" + '<?xml version="1.0"?><rss>'.encode("utf-16-le")
    assert detect_format(Path("feed.xml"), head) == "feed"


def test_detect_format_refuses_binary_head() -> None:
    with pytest.raises(ImportProblem, match="binary"):
        detect_format(Path("a.txt"), b"GIF89a\x01\x00")


# --- iter_article_files ------------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "a.txt").write_text("x", encoding="utf-8")
    (root / "b" / "c.json").write_text("{}", encoding="utf-8")
    (root / "b" / "a.md").write_text("x", encoding="utf-8")
    (root / ".hidden.txt").write_text("x", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("x", encoding="utf-8")


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_files([tmp_path])]
    assert found == ["a.txt", "b/a.md", "b/c.json"]


def test_explicit_paths_are_yielded_as_given_even_hidden_or_missing(tmp_path: Path) -> None:
    make_tree(tmp_path)
    given = [tmp_path / ".hidden.txt", tmp_path / "missing.txt"]
    assert list(iter_article_files(given)) == given


def _walked(root: Path, **kw: bool) -> list[str]:
    """What walking ``root`` gives: relative paths, and refusals as ``path: reason``."""
    out = []
    for found in iter_article_files([root], **kw):
        if isinstance(found, Refused):
            out.append(f"{found.path.relative_to(root).as_posix()}: "
                       f"{'failed' if found.failed else 'skipped'}: {found.reason}")
        else:
            out.append(found.relative_to(root).as_posix())
    return out


def test_a_link_back_to_a_folder_being_walked_is_one_failed_loop(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    assert _walked(tmp_path) == [
        "a.txt", "b/a.md", "b/c.json",
        "b/loop: failed: symbolic link loop (it leads back to a folder being imported)"]


def test_loops_of_links_and_dangling_links_are_yielded_for_the_reader_to_report(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert _walked(tmp_path) == ["a.txt", "gone.txt", "self.txt", "x.txt", "y.txt"]
    assert failure(tmp_path / "x.txt") == "symbolic link loop (the link leads back to itself)"
    assert failure(tmp_path / "self.txt") == "symbolic link loop (the link leads back to itself)"
    assert failure(tmp_path / "gone.txt") == "broken symbolic link"


def test_links_inside_the_folder_are_followed(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "also").symlink_to(tmp_path / "sub")
    (tmp_path / "y.txt").symlink_to(tmp_path / "sub" / "x.txt")
    assert _walked(tmp_path) == ["also/x.txt", "sub/x.txt", "y.txt"]


def test_links_that_leave_the_folder_are_not_followed_unless_asked(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text("x", encoding="utf-8")
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "link").symlink_to(outside)
    (inside / "passwd").symlink_to("/etc/passwd")
    assert _walked(inside) == [
        "link: skipped: a symbolic link to a folder outside the folder, not followed "
        "(`reader import --follow-links` imports it)",
        "passwd: skipped: a symbolic link to a file outside the folder, not followed "
        "(`reader import --follow-links` imports it)"]
    assert _walked(inside, follow_links=True) == ["link/x.txt", "passwd"]


def test_a_folder_given_through_a_link_is_walked_as_the_folder_it_leads_to(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "sub" / "x.txt").write_text("x", encoding="utf-8")
    (real / "y.txt").symlink_to(real / "sub" / "x.txt")
    (tmp_path / "given").symlink_to(real)
    assert _walked(tmp_path / "given") == ["sub/x.txt", "y.txt"]


def test_a_collections_documentation_is_not_an_article(tmp_path: Path) -> None:
    for name in ("README.md", "readme", "LICENSE", "License-MIT.txt", "NOTICE.txt", "news.txt",
                 "readme-of-the-week.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [line.split(":")[0] + (": skipped" if ": skipped" in line else "")
            for line in _walked(tmp_path)] == [
        "LICENSE: skipped", "License-MIT.txt: skipped", "NOTICE.txt: skipped",
        "README.md: skipped", "news.txt", "readme: skipped", "readme-of-the-week.txt"]
    assert list(iter_article_files([tmp_path / "README.md"])) == [tmp_path / "README.md"]


# --- the sample articles -----------------------------------------------------------------


def sample_drafts() -> list[ArticleDraft]:
    found: list[ArticleDraft] = []
    for path in iter_article_files([ARTICLES]):
        assert isinstance(path, Path), path
        for item in read_article_file(path):
            assert isinstance(item, ArticleDraft), f"{path.name}: {item}"
            found.append(item)
    return found


def test_every_sample_article_imports_with_a_date_and_a_source() -> None:
    for draft in sample_drafts():
        if Path(draft.origin) == SEED:
            continue  # the seed came without them and is kept as it came
        assert draft.date and draft.source, draft.origin


def test_samples_cover_every_format_and_both_languages() -> None:
    found = sample_drafts()
    suffixes = {Path(d.origin.split("#")[0]).suffix for d in found}
    assert suffixes == {".txt", ".md", ".html", ".json", ".atom"}
    assert {d.language for d in found} == {"ar", "en"}
    assert len(found) >= 12


def test_sample_json_and_feed_hold_several_articles() -> None:
    counts: dict[str, int] = {}
    for draft in sample_drafts():
        name = Path(draft.origin.split("#")[0]).name
        counts[name] = counts.get(name, 0) + 1
    assert counts["040_mixed_central_asia_briefs.json"] == 4
    assert counts["050_mixed_gulf_arab_g20_summits_feed.atom"] == 4


def test_sample_cp1256_article_is_really_windows_1256() -> None:
    path = ARTICLES / "060_ar_cp1256_uzbekistan_referendum_2023.txt"
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "ميرضيائيف" in data.decode("cp1256")
    assert "ميرضيائيف" in one(path).body


# --- no Textual, lazy heavy imports -----------------------------------------------------


def test_importers_never_import_textual() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.importers import iter_article_files, read_article_file, ImportProblem\n"
        f"for p in iter_article_files([{str(ARTICLES)!r}, {str(DATA)!r}]):\n"
        "    try:\n"
        "        list(read_article_file(p))\n"
        "    except ImportProblem:\n"
        "        pass\n"
        "assert 'trafilatura' in sys.modules and 'feedparser' in sys.modules\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_importing_the_registry_loads_no_parsing_library() -> None:
    code = (
        "import sys, reader.importers\n"
        "print(sorted(m for m in ('trafilatura', 'feedparser', 'markdown_it', 'lxml', "
        "'charset_normalizer')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_reasons_never_carry_terminal_controls(tmp_path: Path) -> None:
    path = tmp_path / "evil.xml"
    path.write_bytes(b'<?xml version="1.0"?><x\x1b]0;pwned\x07 a="1"/>')
    reason = failure(path)
    assert "\x1b" not in reason and "\x07" not in reason


def test_problem_text_is_neutralised() -> None:
    assert str(ImportProblem("bad \x1b[2J \u202e name")) == "bad \u241b[2J \ufffd name"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[]", "empty JSON list: no articles"),
        ('"just a string"', "JSON holds a string, not an article object"),
        ("42", "JSON holds a number, not an article object"),
        (
            '["a", "b"]',
            "no importable article: entry 1: a string, not an article object "
            "(and 1 more bad entry)",
        ),
        ("", "empty file"),
        ("   \n", "empty file (only blank space)"),
    ],
)
def test_json_files_without_articles(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    assert failure(path) == reason


def test_json_nested_too_deeply_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert failure(path) == "JSON nested too deeply"
