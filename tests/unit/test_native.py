"""The compiled extraction rules are used only while their sources are unchanged (reader.native)."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reader.entities
from reader.native import BUILT, LIBRARY, PURE_ENV, SourceFirst, stale_sources


def _package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             c_sources: dict[str, str] | None = None, **sources: str) -> Path:
    """A package folder whose modules were 'compiled' from ``sources``, laid out as
    installed: ``site/top/pkg``, with the shared library (here a plain module of a
    name unique to the test) in ``site``, which is on sys.path."""
    site = tmp_path / "site"
    folder = site / "top" / "pkg"
    folder.mkdir(parents=True)
    library = f"lib_{tmp_path.name.replace('-', '_')}__mypyc"
    (site / f"{library}.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    for name, text in sources.items():
        (folder / f"{name}.py").write_text(text, encoding="utf-8")
    for name, text in (c_sources or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    record = {"library": f"{library}.py",
              "modules": {name: hashlib.sha256(text.encode()).hexdigest()
                          for name, text in sources.items()},
              "sources": {name: hashlib.sha256(text.encode()).hexdigest()
                          for name, text in (c_sources or {}).items()}}
    (folder / BUILT).write_text(json.dumps(record), encoding="utf-8")
    return folder


def test_unchanged_sources_are_not_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    folder = _package(tmp_path, monkeypatch, a="x = 1\n", b="y = 2\n")
    assert stale_sources(folder) == []


def test_an_edited_or_missing_source_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    folder = _package(tmp_path, monkeypatch, a="x = 1\n", b="y = 2\n", c="z = 3\n")
    (folder / "b.py").write_text("y = 3\n", encoding="utf-8")
    (folder / "c.py").unlink()
    assert stale_sources(folder) == ["b", "c"]


def test_an_edited_c_source_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _package(tmp_path, monkeypatch, {"fast.c": "int x;\n"}, a="x = 1\n")
    assert stale_sources(folder) == []
    (folder / "fast.c").write_text("int y;\n", encoding="utf-8")
    assert stale_sources(folder) == ["fast.c"]


@pytest.mark.parametrize("record", [None, "not json", "[1, 2]", '{"modules": {}}',
                                    '{"modules": {}, "library": "x", "sources": []}'])
def test_nothing_compiled_without_a_readable_record(tmp_path: Path, record: str | None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _package(tmp_path, monkeypatch, a="x = 1\n")
    if record is None:
        (folder / BUILT).unlink()
    else:
        (folder / BUILT).write_text(record, encoding="utf-8")
    assert stale_sources(folder) is None


def test_a_library_that_is_not_the_one_built_beside_the_package_is_stale(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A partial build leaves the modules' stubs without their library: an import
    would fail, or load another install's library of the same name."""
    folder = _package(tmp_path, monkeypatch, a="x = 1\n")
    library = json.loads((folder / BUILT).read_text(encoding="utf-8"))["library"]
    elsewhere = tmp_path / "other-install"
    elsewhere.mkdir()
    (elsewhere / library).write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(elsewhere))
    importlib.invalidate_caches()
    assert stale_sources(folder) == [LIBRARY]
    (elsewhere / library).unlink()
    (folder.parent.parent / library).unlink()
    importlib.invalidate_caches()
    assert stale_sources(folder) == [LIBRARY]


def test_finder_leaves_fresh_compiled_modules_to_the_usual_import(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    monkeypatch.delenv(PURE_ENV, raising=False)
    finder = SourceFirst("pkg", _package(tmp_path, monkeypatch, a="x = 1\n"))
    assert finder.find_spec("pkg.a") is None
    assert finder.use_sources is False
    assert finder.find_spec("other.a") is None


def test_finder_imports_every_module_from_source_once_one_is_edited(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PURE_ENV, raising=False)
    folder = _package(tmp_path, monkeypatch, a="x = 1\n", b="y = 2\n")
    (folder / "b.py").write_text("y = 3\n", encoding="utf-8")
    finder = SourceFirst("pkg", folder)
    spec = finder.find_spec("pkg.a")  # a is unchanged, but its group is not
    assert spec is not None and spec.origin == str(folder / "a.py")
    assert finder.stale == ["b"]
    assert finder.find_spec("pkg.missing") is None


def test_finder_keeps_a_module_written_in_c_out_when_the_group_runs_from_sources(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its callers take their Python path then (reader.entities.normalize's split)."""
    monkeypatch.setenv(PURE_ENV, "1")
    folder = _package(tmp_path, monkeypatch, {"fast.c": "int x;\n"}, a="x = 1\n")
    finder = SourceFirst("pkg", folder)
    with pytest.raises(ModuleNotFoundError, match="runs from its sources"):
        finder.find_spec("pkg.fast")
    monkeypatch.delenv(PURE_ENV)
    assert SourceFirst("pkg", folder).find_spec("pkg.fast") is None  # the usual import


def test_finder_imports_from_source_without_a_complete_build(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """No record: nothing compiled, or a build that failed part way, whose
    compiled modules may be older than the sources."""
    monkeypatch.delenv(PURE_ENV, raising=False)
    folder = _package(tmp_path, monkeypatch, a="x = 1\n")
    (folder / BUILT).unlink()
    spec = SourceFirst("pkg", folder).find_spec("pkg.a")
    assert spec is not None and spec.origin == str(folder / "a.py")


def test_finder_obeys_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PURE_ENV, "1")
    folder = _package(tmp_path, monkeypatch, a="x = 1\n")
    spec = SourceFirst("pkg", folder).find_spec("pkg.a")
    assert spec is not None and spec.origin == str(folder / "a.py")


def _words_module_file(env: dict[str, str]) -> str:
    code = "import reader.entities.words as w; print(w.__file__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    return done.stdout.strip()


def test_installed_rules_run_compiled_unless_asked_not_to() -> None:
    """Where the install compiled the rules (setup.py), they run compiled; with
    READER_PURE_PYTHON set, from their sources.  Both give the same results: the
    whole suite runs on whichever this install has.  An install that could not
    compile them is skipped here, unless READER_EXPECT_COMPILED is set (CI sets
    it: a machine like the developers' compiles, and the speed depends on it)."""
    folder = Path(reader.entities.__file__).parent
    stale = stale_sources(folder)
    why = ("the rules were not compiled in this install (no C compiler, or mypyc failed)"
           if stale is None else f"sources edited since the install compiled them: {stale}"
           if stale else "")
    if why:
        if os.environ.get("READER_EXPECT_COMPILED"):
            pytest.fail(why)
        pytest.skip(why)
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    assert _words_module_file(env).endswith(".so")
    assert _words_module_file({**env, PURE_ENV: "1"}).endswith("words.py")
    code = "import reader.entities.normalize as n; print(n._NATIVE_SPLIT is not None)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    assert done.stdout.strip() == "True"  # reader/entities/_wordsplit.c is used too
