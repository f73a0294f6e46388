"""The README stays true: its key table is the one the app uses, its commands are what CI runs."""

from __future__ import annotations

import re

from helpers.paths import ROOT
from reader.keys import markdown_table

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_key_table_matches_the_bindings() -> None:
    table = README.split("<!-- keys:start -->\n", 1)[1].split("<!-- keys:end -->", 1)[0]
    assert table.strip() == markdown_table().strip()


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    command = re.search(r"python3 -m pip install -e '\.\[test\]' && python3 -m pytest", README)
    assert command is not None
    assert command.group(0) in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_ci_applies_the_quality_gates_the_readme_lists() -> None:
    section = README.split("### Quality gates\n", 1)[1].split("\n## ", 1)[0]
    gates = [line.split("#", 1)[0].strip() for line in section.splitlines()
             if line.startswith("    python3 ")]
    assert len(gates) == 3
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert all(gate in ci for gate in gates), gates
    assert ci.index(gates[-1]) < ci.index("python3 -m pytest")  # before the tests


def test_screenshots_shown_exist() -> None:
    for path in re.findall(r"\]\((screenshots/[^)]+)\)", README):
        assert (ROOT / path).is_file(), path
