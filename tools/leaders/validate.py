"""Validate a leaders data file against reader/entities/data/leaders.json's schema.

Usage: python validate.py FILE.json [FILE.json ...]
Each FILE is {"people": [...]} (or a bare list) of person records as in leaders.json.
Prints problems, then counts by role and country coverage per year.
"""
import json, re, sys, collections
from pathlib import Path

BASE = Path(__file__).resolve().parent / "base_leaders.json"
ROLES = {"head_of_state", "head_of_government", "minister", "international", "other"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HARAKAT = re.compile(r"[\u064B-\u065F\u0670\u0640]")
ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3 \-'\.]+$")


def load(f):
    d = json.loads(Path(f).read_text())
    return d["people"] if isinstance(d, dict) else d

def main():
    base = {p["key"]: p for p in json.loads(BASE.read_text())["people"]}
    problems, people = [], []
    for f in sys.argv[1:]:
        people += [(f, p) for p in load(f)]
    seen = {}
    for f, p in people:
        k = p.get("key", "")
        where = f"{Path(f).name}:{k}"
        if not re.match(r"^person:[a-z0-9-]+$", k):
            problems.append(f"{where}: bad key")
        if k in seen:
            problems.append(f"{where}: duplicate key (also in {seen[k]})")
        seen[k] = Path(f).name
        for fld in ("english", "ar", "short", "country", "offices"):
            if fld not in p:
                problems.append(f"{where}: missing {fld}")
        if not re.match(r"^[A-Z]{2}$", str(p.get("country", ""))):
            problems.append(f"{where}: country must be ISO alpha-2")
        for name in [*p.get("ar", []), *p.get("short", []), *p.get("short_ambiguous", [])]:
            if HARAKAT.search(name):
                problems.append(f"{where}: harakat/tatweel in {name}")
            if not ARABIC.match(name):
                problems.append(f"{where}: not plain Arabic: {name!r}")
        if not p.get("ar"):
            problems.append(f"{where}: no Arabic full name")
        for o in p.get("offices", []):
            if o.get("role") not in ROLES:
                problems.append(f"{where}: bad role {o.get('role')}")
            for d in ("from", "to"):
                v = o.get(d)
                if v is not None and not DATE.match(str(v)):
                    problems.append(f"{where}: bad date {d}={v}")
            if o.get("from") and o.get("to") and str(o["to"]) < str(o["from"]):
                problems.append(f"{where}: ends before it starts")
            if "office" not in o:
                problems.append(f"{where}: office lacks its name")
        if k in base:
            old = base[k]
            lost = [a for a in old["ar"] if a not in p.get("ar", [])]
            if lost:
                problems.append(f"{where}: drops Arabic forms of the existing entry: {lost}")
            oldoff = {(o['office'], o['from']) for o in old['offices']}
            newoff = {(o['office'], o['from']) for o in p['offices']}
            if not oldoff <= newoff:
                problems.append(f"{where}: drops offices of the existing entry: {oldoff - newoff}")
    for line in problems:
        print(line)
    roles = collections.Counter(o["role"] for _, p in people for o in p.get("offices", []))
    print(f"{len(people)} people, offices by role: {dict(roles)}; {len(problems)} problems")
    for role in ("head_of_state", "head_of_government", "minister"):
        for year in (1992, 2000, 2008, 2016, 2024):
            cs = {o.get("country") or p["country"] for _, p in people for o in p.get("offices", [])
                  if o["role"] == role and str(o.get("from") or "0") <= f"{year}-06-30"
                  and (o.get("to") is None or str(o["to"]) >= f"{year}-06-30")}
            print(f"  {role} in {year}: {len(cs)} countries")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
