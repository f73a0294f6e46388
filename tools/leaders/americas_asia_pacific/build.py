import json, sys, importlib, os, glob, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "base_leaders.json")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "americas_asia_pacific.json")
mods = sorted(os.path.basename(f)[:-3] for f in glob.glob(os.path.join(os.path.dirname(__file__), "c_*.py")))
for m in mods:
    importlib.import_module(m)
base = {p["key"]: p for p in json.load(open(BASE))["people"]}

def uniq(xs):
    return list(dict.fromkeys(xs))

merged = collections.OrderedDict()
REGION = set("US CA MX BR AR VE CU CO CL PE BO EC PY UY GY SR GT HN SV NI CR PA BZ DO HT JM TT BB BS AG DM GD KN LC VC CN JP KP KR MN TW ID MY PH TH VN MM SG KH LA BN TL AU NZ FJ PG SB VU WS TO KI TV NR MH FM PW".split())
# every existing record of the region is carried over (copied, then extended below)
for k, p in base.items():
    if p["country"] in REGION and not p.get("org") or any(o.get("country") in REGION for o in p["offices"]):
        merged[k] = json.loads(json.dumps(p))
        merged[k].setdefault("english_aliases", [])
for rec in lib.PEOPLE:
    k = rec["key"]
    if k in merged:  # existing record, or same person defined twice: merge
        cur = merged[k]
    elif k in base:
        cur = json.loads(json.dumps(base[k]))
        cur.setdefault("english_aliases", [])
    else:
        merged[k] = rec
        continue
    for f in ("english_aliases", "ar", "short", "short_ambiguous"):
        cur[f] = uniq(cur.get(f, []) + rec.get(f, []))
    if not cur.get("short_ambiguous"):
        cur.pop("short_ambiguous", None)
    have = {(o["office"], o["from"]) for o in cur["offices"]}
    for o in rec["offices"]:
        if (o["office"], o["from"]) not in have:
            cur["offices"].append(o)
            have.add((o["office"], o["from"]))
    merged[k] = cur

out = []
for k, p in merged.items():
    if not p.get("short_ambiguous"):
        p.pop("short_ambiguous", None)
    opn = [o for o in p["offices"] if o["to"] is None]
    past = sorted([o for o in p["offices"] if o["to"] is not None], key=lambda o: o["from"])
    p["offices"] = opn + past
    order = ["key", "english", "english_aliases", "ar", "short", "short_ambiguous", "country", "org", "offices"]
    out.append({f: p[f] for f in order if f in p})
json.dump({"people": out}, open(OUT, "w"), ensure_ascii=False, indent=1)
print(len(out), "people", sum(len(p["offices"]) for p in out), "offices ->", OUT)
