#!/usr/bin/env python3
"""Prebuild reader/entities/data/search_names.json, the name index `reader search` loads.

Run after changing places.json, leaders.json, demonyms_en.json or reader.search.NameIndex (a test
fails while the committed file is stale; a stale file is ignored at runtime).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reader.search import PREBUILT, build_gazetteer_index, data_fingerprint  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "reader" / "entities" / "data" / PREBUILT


def main() -> None:
    data = build_gazetteer_index().to_json()
    data = {"inputs": data_fingerprint(), **data}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(data['names'])} names, {len(data['targets'])} targets -> {OUT}")


if __name__ == "__main__":
    main()
