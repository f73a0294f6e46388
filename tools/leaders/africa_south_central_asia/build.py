"""Build africa_south_central_asia.json from the compact data files asca/*.txt.

Line formats:
  ## CC Country name [| CODE=Office title | ...]      country header; sets defaults
  English {alias, alias} | ar1, ar2 | short1, short2 | amb1, amb2 | OFFICES
  OFFICES = office; office; ...   office = CODE[Custom title] FROM..TO [note]
  CODE: S head of state, G head of govt, F foreign minister, D defence, I interior,
        V vice president, P speaker (needs title), O other (needs title), M minister (needs title),
        optional @CC after code for an office of another country (S@XX).
  Optional key override: English name prefixed by "key=slug " .
"""
import json, re, sys, unicodedata, glob, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE.parent / "base_leaders.json"
OUT = HERE.parent / "build" / "africa_south_central_asia.json"
ROLE = {"S": "head_of_state", "G": "head_of_government", "F": "minister", "D": "minister",
        "I": "minister", "V": "other", "P": "other", "O": "other", "M": "minister", "N": "international"}
DEFAULT = {"S": "President of {n}", "G": "Prime Minister of {n}", "F": "Minister of Foreign Affairs of {n}",
           "D": "Minister of Defence of {n}", "I": "Minister of Interior of {n}", "V": "Vice President of {n}"}
ORGS = {"African Union": "AU", "United Nations": "UN", "World Health": "WHO", "Organisation of Islamic": "OIC"}
OFF = re.compile(r"^([A-Z])(?:@([A-Z]{2}))?(?:\[(.+?)\])?\s+(\S*)\.\.(\S*)(?:\s+(.*))?$")

def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

def split(s, sep=","):
    return [x.strip() for x in s.split(sep) if x.strip()]

def parse(files):
    people, errors = [], []
    names = {}
    for f in files:
        cc = cname = None
        defaults = {}
        for ln, line in enumerate(Path(f).read_text().splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#") and not line.startswith("##"):
                continue
            if line.startswith("##"):
                parts = split(line[2:], "|")
                cc, cname = parts[0].split(" ", 1)
                names[cc] = cname
                defaults = dict(DEFAULT)
                for p in parts[1:]:
                    k, v = p.split("=", 1)
                    defaults[k.strip()] = v.strip()
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) != 5:
                errors.append(f"{f}:{ln}: need 5 fields: {line}")
                continue
            eng, ar, short, amb, offs = fields
            key = None
            m = re.match(r"^key=(\S+)\s+(.*)$", eng)
            if m:
                key, eng = "person:" + m.group(1), m.group(2)
            aliases = []
            m = re.match(r"^(.*?)\s*\{(.*)\}$", eng)
            if m:
                eng, aliases = m.group(1), split(m.group(2))
            offices = []
            for o in split(offs, ";"):
                m = OFF.match(o)
                if not m:
                    errors.append(f"{f}:{ln}: bad office {o!r}")
                    continue
                code, occ, title, fr, to, note = m.groups()
                n = names.get(occ, cname) if occ else cname
                if title is None:
                    if code not in defaults:
                        errors.append(f"{f}:{ln}: office {code} needs a title")
                        continue
                    title = defaults[code].format(n=n)
                rec = {"office": title, "role": ROLE[code], "from": fr or None, "to": to or None}
                if occ:
                    rec["country"] = occ
                if note:
                    rec["note"] = note
                offices.append(rec)
            people.append({"key": key or "person:" + slug(eng), "english": eng, "english_aliases": aliases,
                           "ar": split(ar), "short": split(short), "short_ambiguous": split(amb),
                           "country": cc, "offices": offices})
    return people, errors

def fold(s):
    s = re.sub("[\u0623\u0625\u0622\u0671]", "\u0627", s)
    return s.replace("\u0649", "\u064a").replace("\u0629", "\u0647")

def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if fold(x) not in seen:
            seen.add(fold(x)); out.append(x)
    return out

def order(offices):
    cur = [o for o in offices if not o.get("to")]
    old = sorted([o for o in offices if o.get("to")], key=lambda o: (str(o.get("from") or ""), str(o["to"])))
    return cur + old

def main():
    files = sorted(glob.glob(str(HERE / "*.txt")))
    people, errors = parse(files)
    base = {p["key"]: p for p in json.loads(BASE.read_text())["people"]}
    base_by_name = {p["english"].lower(): p["key"] for p in base.values()}
    merged = {}
    for p in people:
        k = p["key"]
        if k not in base and p["english"].lower() in base_by_name:
            errors.append(f"{k}: name matches existing key {base_by_name[p['english'].lower()]}")
        if k in merged:  # same person listed twice (e.g. in two countries' sections)
            q = merged[k]
            for fld in ("english_aliases", "ar", "short", "short_ambiguous"):
                q[fld] += [x for x in p[fld] if x not in q[fld]]
            q["offices"] += p["offices"]
            continue
        if k in base:
            old = json.loads(json.dumps(base[k]))
            for fld in ("english_aliases", "ar", "short", "short_ambiguous"):
                old.setdefault(fld, [])
                old[fld] += [x for x in p[fld] if x not in old[fld]]
            have = {(o["office"], o.get("from")) for o in old["offices"]}
            for o in p["offices"]:
                if (o["office"], o["from"]) not in have:
                    old["offices"].append(o)
            p = old
        merged[k] = p
    # short forms shared by two people (here or in leaders.json) -> short_ambiguous only
    owners = collections.defaultdict(set)
    for p in list(merged.values()) + [b for k, b in base.items() if k not in merged]:
        for s in p.get("short", []):
            owners[s].add(p["key"])
        for a in p.get("ar", []):  # a short form equal to someone else's last name word is fine
            pass
    out = []
    for p in merged.values():
        for s in list(p["short"]):
            if len(owners[s]) > 1:
                p["short"].remove(s)
                if s not in p["short_ambiguous"]:
                    p["short_ambiguous"].append(s)
                errors.append(f"note: {p['key']}: shared short form {s} -> short_ambiguous ({sorted(owners[s])})")
        p["offices"] = order(p["offices"])
        for fld in ("ar", "short", "short_ambiguous"):
            if fld in p:
                p[fld] = dedupe(p[fld])
        rec = {"key": p["key"], "english": p["english"], "english_aliases": p.get("english_aliases", []),
               "ar": p["ar"], "short": p["short"]}
        if p.get("short_ambiguous"):
            rec["short_ambiguous"] = p["short_ambiguous"]
        rec["country"] = p["country"]
        if not p.get("org"):
            for o in p["offices"]:
                if o["role"] == "international":
                    for k, v in ORGS.items():
                        if k in o["office"]:
                            p["org"] = v
        if p.get("org"):
            rec["org"] = p["org"]
        rec["offices"] = p["offices"]
        out.append(rec)
    OUT.write_text(json.dumps({"people": out}, ensure_ascii=False, indent=1) + "\n")
    for e in errors:
        print(e)
    print(f"wrote {OUT}: {len(out)} people, {sum(len(p['offices']) for p in out)} offices")

if __name__ == "__main__":
    main()
