#!/usr/bin/env python3
"""Rebuild reader/entities/data/leaders/ (and the name detector) from the curated sources.

Runs each region's builder (tools/leaders/REGION/build.py: the curators' records,
one person a line, plus the original hand-curated file base_leaders.json), then
merge.py, then tools/train_name_detector.py (which learns from the leaders'
names), then merge.py again (it asks the detector which short forms are
ordinary words).  Needs the gazetteer extra (pip install -e '.[gazetteer]').

Usage: python tools/leaders/rebuild.py [translit_lists.json]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGIONS = ("arab_me", "europe_intl", "americas_asia_pacific", "africa_south_central_asia")


def run(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, cwd=HERE)


def main() -> None:
    (HERE / "build").mkdir(exist_ok=True)
    for region in REGIONS:
        run(str(HERE / region / "build.py"))
    run(str(HERE / "merge.py"))
    run(str(HERE.parent / "train_name_detector.py"), *sys.argv[1:])
    run(str(HERE / "merge.py"))


if __name__ == "__main__":
    main()
