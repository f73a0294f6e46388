"""Fail when a function of reader/ is too complex or a module too long (a CI gate).

Usage: python tools/complexity.py [--max-cc 25] [--max-lines 500]

Cyclomatic complexity is radon's count (boolean operators count too, unlike
ruff's mccabe); lines are physical lines of each module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-cc", type=int, default=25)
    parser.add_argument("--max-lines", type=int, default=500)
    parser.add_argument("--report", type=int, default=0,
                        help="also count functions over this complexity and modules over "
                             "this many lines (the figures issue notes give)")
    args = parser.parse_args()
    bad: list[str] = []
    over_cc = over_lines = 0
    for path in sorted((ROOT / "reader").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        lines = text.count("\n")
        if lines > args.max_lines:
            bad.append(f"{rel}: {lines} lines (limit {args.max_lines})")
        if args.report and lines > 400:
            over_lines += 1
        for block in cc_visit(text):
            if block.complexity > args.max_cc:
                bad.append(f"{rel}:{block.lineno}: {block.fullname} has complexity "
                           f"{block.complexity} (limit {args.max_cc})")
            if args.report and block.complexity >= 15:
                over_cc += 1
    for line in bad:
        print(line)
    if args.report:
        print(f"modules over 400 lines: {over_lines}; "
              f"functions of complexity 15 or more: {over_cc}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
