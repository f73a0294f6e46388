"""Very large files: a 100 MB article file is refused with a reason, cheaply; nothing else is hurt.

The file is written into tmp_path (real Arabic text, not a sparse file) and
deleted at the end.  Peak memory is measured on the child alone
(:func:`helpers.peak.measured`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.paths import ROOT
from helpers.peak import measured
from helpers.processes import reader_env, run_reader, store_ids
from reader.store import open_store

MB = 1024 * 1024
PARAGRAPH = ("اجتمع زعماء من كازاخستان وقيرغيزستان في مدينة شيآن التاريخية، وقال الرئيس إن "
             "العلاقات بين البلدين تتطور في مجالات التجارة والطاقة. " * 20 + "\n\n").encode()

def _import_measured(
    db: Path, path: Path, cwd: Path, *, timeout: float, verbose: bool = False,
) -> tuple[int, int, list[str]]:
    """``reader import path`` in a child process: (its peak RSS in KiB, exit status, its lines)."""
    return measured("--db", db, "import", path, *(["--verbose"] if verbose else []),
                    cwd=cwd, timeout=timeout)


@pytest.fixture
def huge(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "in" / "huge.txt"
    path.parent.mkdir()
    with path.open("wb") as fh:
        fh.write(b"A very long article\n\n")
        fh.write(PARAGRAPH * (100 * MB // len(PARAGRAPH) + 1))
    assert path.stat().st_size >= 100 * MB
    yield path
    path.unlink()


def test_a_100_mb_file_is_refused_with_a_reason_before_it_is_read(
    huge: Path, tmp_path: Path,
) -> None:
    peak_kib, status, out = _import_measured(tmp_path / "store", huge, tmp_path, timeout=120)
    assert status == 1, out
    assert out[0] == ("failed     in/huge.txt: file too large (100 MiB; the limit is 64 MiB, "
                      "set READER_MAX_FILE_MB to change it)")
    assert out[1].startswith("1 file: 0 articles imported, 0 duplicates, 0 entries skipped; "
                             "1 file failed")
    # Refused from its size alone: the process never holds the file (100 MiB).
    assert peak_kib < 80 * 1024, f"peak RSS {peak_kib // 1024} MiB"


def test_a_huge_file_among_others_does_not_stop_them(huge: Path, tmp_path: Path) -> None:
    sample = (ROOT / "articles" / "010_en_sco_summit_astana_2024.md").read_bytes()
    (huge.parent / "small.md").write_bytes(sample)
    db = tmp_path / "store"
    run = run_reader("--db", db, "import", huge.parent, cwd=tmp_path)
    assert run.returncode == 1, str(run)
    assert "failed     in/huge.txt: file too large" in run.out
    assert "imported   in/small.md (1 new)" in run.out
    assert len(store_ids(db)) == 1


def test_import_paths_in_process_refuses_it_too(huge: Path, tmp_path: Path) -> None:
    from reader.ingest import import_paths

    store = open_store(tmp_path / "store")
    [report] = import_paths(store, [huge])
    assert report.failed and report.problems[0].startswith("file too large (100 MiB")
    assert store.count() == 0


def test_the_limit_is_the_users_to_lower(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_bytes(b"Two megabytes\n\n" + PARAGRAPH * (2 * MB // len(PARAGRAPH) + 1))
    run = run_reader("--db", tmp_path / "store", "import", path, cwd=tmp_path,
                     env=reader_env({"READER_MAX_FILE_MB": "1"}))
    assert run.returncode == 1 and "file too large (2 MiB; the limit is 1 MiB" in run.out, str(run)
    listed = run_reader("--db", tmp_path / "store", "list", "--json")
    assert json.loads(listed.stdout) == []


def test_an_article_under_the_file_limit_but_book_length_is_refused_in_bounded_memory(
    tmp_path: Path,
) -> None:
    """60 MiB of one article fits the file limit; its text (a book, 33 million
    characters) is refused by the per-article limit before it is analysed,
    stored or laid out, and other articles of the same file still land."""
    path = tmp_path / "in" / "long.jsonl"
    path.parent.mkdir()
    body = PARAGRAPH.decode() * (60 * MB // len(PARAGRAPH))
    with path.open("w", encoding="utf-8") as fh:
        for title, text in (("A book, not an article", body),
                            ("A short one", "اجتمع الزعماء في شيآن.")):
            fh.write(json.dumps({"title": title, "body": text}, ensure_ascii=False) + "\n")
    del body
    db = tmp_path / "store"
    peak_kib, status, out = _import_measured(db, path, tmp_path, timeout=300)
    assert status == 0, out  # the file was imported, one entry skipped
    assert out[0].startswith("partial    in/long.jsonl (1 new; 1 entry skipped: too long)"), out
    peak_kib, status, out = _import_measured(db, path, tmp_path, timeout=300, verbose=True)
    assert "entry 1: article 'A book, not an article' is too long (" in out[1], out
    assert "the limit is 2,000,000, READER_MAX_ARTICLE_CHARS)" in out[1], out
    assert out[-1].startswith("1 file: 0 articles imported, 1 duplicate, 1 entry skipped (too "
                              "long); 0 files failed"), out
    assert peak_kib < 900 * 1024, f"peak RSS {peak_kib // 1024} MiB"
    assert [s.title for s in open_store(db).latest(5)] == ["A short one"]
