"""Build tools/leaders/build/arab_me.json from the per-country data files.

Each data_XX.py calls C(code, name-phrases...) then p(...) for each person.
Existing leaders.json records of the region are merged (never dropping forms or offices).
"""
import json, re, sys, glob, importlib.util, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))

HERE = Path(__file__).resolve().parent
BASE = HERE.parent / "base_leaders.json"
OUT = HERE.parent / "build" / "arab_me.json"
REGION = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR TR IL AF PK".split())

ROLE = {"hos": "head_of_state", "hog": "head_of_government", "min": "minister",
        "oth": "other", "int": "international"}

PEOPLE = {}      # key -> record (new data)
ORDER = []
CUR = {}


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", "").replace("’", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def C(code, of, **abbr):
    """Start a country. `of` is the phrase after 'of' (e.g. 'Egypt', 'the United Arab Emirates').
    abbr maps extra abbreviations to (office, role)."""
    CUR.clear()
    CUR["code"] = code
    CUR["abbr"] = {
        "PRES": (f"President of {of}", "hos"),
        "PM": (f"Prime Minister of {of}", "hog"),
        "FM": (f"Minister of Foreign Affairs of {of}", "min"),
        "DEF": (f"Minister of Defence of {of}", "min"),
        "INT": (f"Minister of Interior of {of}", "min"),
        "VP": (f"Vice President of {of}", "oth"),
        "CP": (f"Crown Prince of {of}", "oth"),
        "FIN": (f"Minister of Finance of {of}", "min"),
        "SPK": (f"Speaker of the Parliament of {of}", "oth"),
    }
    CUR["abbr"].update(abbr)


def _split(x):
    if not x:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    return [s.strip() for s in x.split("|") if s.strip()]


def p(english, ar, s=None, amb=None, al=None, o=(), key=None, country=None, org=None):
    code = country or CUR["code"]
    k = "person:" + (key or slug(english))
    offices = []
    for t in o:
        t = list(t)
        if t[0] in CUR["abbr"]:
            name, role = CUR["abbr"][t[0]]
            rest = t[1:]
        else:
            name, role = t[0], t[1]
            rest = t[2:]
        fr = rest[0] if len(rest) > 0 else None
        to = rest[1] if len(rest) > 1 else None
        note = rest[2] if len(rest) > 2 else None
        off = {"office": name, "role": ROLE.get(role, role), "from": fr, "to": to}
        if note:
            off["note"] = note
        offices.append(off)
    rec = {"key": k, "english": english, "english_aliases": _union([], _split(al)), "ar": _union([], _split(ar)),
           "short": _union([], _split(s)), "short_ambiguous": _union([], _split(amb)), "country": code, "offices": offices}
    if org:
        rec["org"] = org
    if k in PEOPLE:
        old = PEOPLE[k]
        merge(old, rec)
    else:
        PEOPLE[k] = rec
        ORDER.append(k)
    return rec


def _union(a, b):
    out = list(a)
    seen = {fold(x) for x in out}
    for x in b:
        if x not in out and fold(x) not in seen:
            out.append(x)
            seen.add(fold(x))
    return out


def merge(old, new):
    for f in ("english_aliases", "ar", "short", "short_ambiguous"):
        old[f] = _union(old.get(f, []), new.get(f, []))
    have = {(o["office"], o["from"]) for o in old["offices"]}
    for o in new["offices"]:
        if (o["office"], o["from"]) not in have:
            old["offices"].append(o)
            have.add((o["office"], o["from"]))
        else:
            # allow filling a missing end date / note
            for oo in old["offices"]:
                if (oo["office"], oo["from"]) == (o["office"], o["from"]):
                    if oo.get("to") is None and o.get("to") is not None and new.get("_fix_to"):
                        oo["to"] = o["to"]
                    if o.get("note") and not oo.get("note"):
                        oo["note"] = o["note"]
    if new.get("org") and not old.get("org"):
        old["org"] = new["org"]


def order_offices(offs):
    cur = [o for o in offs if o.get("to") is None]
    past = [o for o in offs if o.get("to") is not None]
    past.sort(key=lambda o: (str(o.get("from") or ""), str(o.get("to") or "")))
    return cur + past


def main():
    base = json.loads(BASE.read_text())["people"]
    existing = {p_["key"]: p_ for p_ in base
                if p_["country"] in REGION or any(o.get("country") in REGION for o in p_["offices"])}
    for f in sorted(glob.glob(str(HERE / "data_*.py"))):
        spec = importlib.util.spec_from_file_location(Path(f).stem, f)
        mod = importlib.util.module_from_spec(spec)
        mod.C, mod.p = C, p
        spec.loader.exec_module(mod)
    from amb_extra import AMB
    byname = {r["english"]: r for r in PEOPLE.values()}
    for en, forms in AMB.items():
        r = byname[en]
        r["short_ambiguous"] = _union(r.get("short_ambiguous", []), _split(forms))
    out = []
    used = set()
    # existing records first (in leaders.json order), merged with new data
    for k, rec in existing.items():
        r = json.loads(json.dumps(rec))
        if k in PEOPLE:
            n = PEOPLE[k]
            if n["country"] != r["country"]:
                print("country mismatch", k, n["country"], r["country"], file=sys.stderr)
            merge(r, n)
            if n["english"] != r["english"]:
                r["english_aliases"] = _union(r.get("english_aliases", []), [n["english"]])
            used.add(k)
        out.append(r)
    for k in ORDER:
        if k not in used:
            out.append(PEOPLE[k])
    # tidy
    for r in out:
        r["offices"] = order_offices(r["offices"])
        r["short"] = [x for x in r.get("short", [])]
        if not r.get("short_ambiguous"):
            r.pop("short_ambiguous", None)
        # remove english from its own aliases
        r["english_aliases"] = [a for a in r.get("english_aliases", []) if a != r["english"]]
        r.pop("_fix_to", None)
    # checks: duplicate Arabic full names across people
    seen = {}
    for r in out:
        for a in r["ar"]:
            f = fold(a)
            if f in seen and seen[f] != r["key"]:
                print(f"WARN same ar form {a} in {seen[f]} and {r['key']}", file=sys.stderr)
            seen[f] = r["key"]
    OUT.write_text(json.dumps({"people": out}, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {OUT}: {len(out)} people, {sum(len(r['offices']) for r in out)} offices")


def fold(s):
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return re.sub(r"\s+", " ", s).strip()


if __name__ == "__main__":
    main()
