#!/usr/bin/env python3
"""Train reader/entities/data/name_detector.json: does a word look like a transliterated name?

Foreign names written in Arabic letters (أرتورو، فيدال، روزينباخ، تيلرسون) have
letter sequences ordinary Arabic words rarely have (long vowels in a row,
تش، غر، ـوف، ـسكي ...).  A naive Bayes model over character 1-4-grams of the
folded word (with its edges marked) tells the two apart; the extractor asks
it only at words no other rule read (see reader/entities/detector.py).

Training words:
- foreign: the foreign-name tokens of /work/research/out/translit_lists.json
  (arabnamer CC BY 4.0, arwikicats MIT, non-Arab city names of the
  gazetteer, the foreign given names; frequent words and native names were
  taken out when that list was made, see tools/leaders/README.md), plus the
  words of the names of the leaders of non-Arab states (reader/entities/data/
  leaders/) and the foreign given names (given_names.json);
- ordinary: wordfreq's 50,000 most frequent Arabic words (CC BY-SA 4.0), less
  every foreign token and every word of a non-Arab leader's name.

One fifth of each class is held out and the precision and recall at the
shipped threshold are printed (and stored in the file's meta).  The ordinary
words the final model still reads as names (دبلوماسي، كبيرا) are shipped as
exceptions.  Native Arab
names are in neither class: the given-name rules read them.

Usage: python tools/train_name_detector.py [translit_lists.json]
(pip install -e '.[gazetteer]' for wordfreq).
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import wordfreq  # noqa: E402

from reader.entities.detector import MAX_N, ngrams  # noqa: E402
from reader.entities.loaders import ARAB_STATES  # noqa: E402
from reader.entities.normalize import fold, is_arabic, tokenize  # noqa: E402

DATA = ROOT / "reader" / "entities" / "data"
OUT = DATA / "name_detector.json"
DEFAULT_LISTS = Path("/work/research/out/translit_lists.json")
ALPHA = 0.5
"""Add-alpha smoothing of the n-gram counts."""
MIN_COUNT = 2
"""N-grams seen fewer times in both classes together are left out of the shipped table."""
THRESHOLD = 6.0
"""Log-odds above which a word reads as a foreign name (the extractor's default)."""


def words_of(name: str) -> list[str]:
    """The folded Arabic words of a name, three letters or more."""
    return [w for _, _, w in tokenize(name) if len(w) >= 3 and is_arabic(w)]


def foreign_words(lists: Path) -> set[str]:
    """Transliterated foreign name words."""
    doc = json.loads(lists.read_text(encoding="utf-8"))
    found = {fold(t["t"]) for t in doc["foreign_tokens"]}
    for path in sorted((DATA / "leaders").glob("*.json")):
        for p in json.loads(path.read_text(encoding="utf-8"))["people"]:
            if p["country"] not in ARAB_STATES and p["country"] not in ("IR", "AF", "PK"):
                for name in p["ar"]:
                    found.update(words_of(name))
    given = json.loads((DATA / "given_names.json").read_text(encoding="utf-8"))
    for names in given["foreign"].values():
        for n in names:
            found.update(words_of(n))
    return {w for w in found if len(w) >= 3}


def ordinary_words(foreign: set[str]) -> set[str]:
    """Frequent Arabic words that are not foreign names."""
    out = set()
    for w in wordfreq.top_n_list("ar", 50000):
        f = fold(w)
        if len(f) >= 3 and is_arabic(f) and " " not in f and f not in foreign:
            out.add(f)
    return out


def count(words: list[str]) -> Counter[str]:
    grams: Counter[str] = Counter()
    for w in words:
        grams.update(ngrams(w))
    return grams


def train(pos: list[str], neg: list[str]) -> dict[str, object]:
    """Log-odds per n-gram (foreign over ordinary), the prior and the unseen default."""
    cp, cn = count(pos), count(neg)
    vocab = set(cp) | set(cn)
    tp, tn = sum(cp.values()), sum(cn.values())
    v = len(vocab)

    def ratio(g: str) -> float:
        return (math.log((cp[g] + ALPHA) / (tp + ALPHA * v))
                - math.log((cn[g] + ALPHA) / (tn + ALPHA * v)))

    table = {g: round(ratio(g), 2) for g in sorted(vocab) if cp[g] + cn[g] >= MIN_COUNT}
    unseen = round(math.log((tn + ALPHA * v) / (tp + ALPHA * v)), 3)
    return {"prior": round(math.log(len(pos) / len(neg)), 3), "unseen": unseen, "grams": table}


def score(model: dict[str, object], word: str) -> float:
    grams = model["grams"]
    assert isinstance(grams, dict)
    total = float(model["prior"])  # type: ignore[arg-type]
    for g in ngrams(word):
        total += grams.get(g, model["unseen"])
    return total


def evaluate(model: dict[str, object], pos: list[str], neg: list[str]) -> dict[str, float]:
    tp = sum(score(model, w) > THRESHOLD for w in pos)
    fp = sum(score(model, w) > THRESHOLD for w in neg)
    return {"precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / len(pos), 3),
            "held_out_foreign": len(pos), "held_out_ordinary": len(neg)}


def main() -> None:
    lists = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_LISTS
    foreign = foreign_words(lists)
    ordinary = ordinary_words(foreign)
    rng = random.Random(14)
    pos, neg = sorted(foreign), sorted(ordinary)
    rng.shuffle(pos)
    rng.shuffle(neg)
    cut_p, cut_n = len(pos) // 5, len(neg) // 5
    held = evaluate(train(pos[cut_p:], neg[cut_n:]), pos[:cut_p], neg[:cut_n])
    model = train(pos, neg)
    # The ordinary words the model itself misreads (دبلوماسي، كبيرا): shipped as exceptions.
    model["ordinary"] = sorted(w for w in neg if score(model, w) > THRESHOLD)
    model["meta"] = {
        "description": f"Naive Bayes log-odds of character 1-{MAX_N}-grams: a folded Arabic "
                       "word that is a transliterated foreign name vs an ordinary Arabic word.",
        "built_by": "tools/train_name_detector.py",
        "sources": "foreign: arabnamer 0.1.3 name pairs (CC BY 4.0), arwikicats 0.2.3 people "
                   "(MIT), the gazetteer's non-Arab city names, the foreign given names and the "
                   "names of non-Arab leaders; ordinary: wordfreq 3.1.1 top 50,000 Arabic words "
                   "(data CC BY-SA 4.0) less those names.",
        "threshold": THRESHOLD,
        "trained_on": {"foreign": len(pos), "ordinary": len(neg)},
        "held_out_one_fifth": held,
    }
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{len(model['grams'])} n-grams, {len(model['ordinary'])} ordinary look-alikes -> {OUT};"
          f" held out: {held}")


if __name__ == "__main__":
    main()
