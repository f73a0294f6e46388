"""Build tools/leaders/build/europe_intl.json from src/*.txt (line format, see below).

Line:  English | ar1, ar2 | short1, short2 | amb1 | OFF FROM TO {note}; OFF ... | key=.. aka=a/b org=UN cc=XX
'@XX' sets the current country. '#' starts a comment line.
OFF is a code (HS HG FM DEF INT ...; CODE@YY = office held for state YY) or "Office name"/role.
FROM/TO: ISO date, YYYY-MM, YYYY, or '-' (TO: still in office; FROM: unknown).
"""
import json, re, sys, unicodedata, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = json.loads((Path(__file__).resolve().parent.parent / "base_leaders.json").read_text())["people"]
BASEK = {p["key"]: p for p in BASE}

NAMES = {
 "AL":"Albania","AD":"Andorra","AM":"Armenia","AT":"Austria","AZ":"Azerbaijan","BY":"Belarus","BE":"Belgium",
 "BA":"Bosnia and Herzegovina","BG":"Bulgaria","HR":"Croatia","CY":"Cyprus","CZ":"the Czech Republic","DK":"Denmark",
 "EE":"Estonia","FI":"Finland","FR":"France","GE":"Georgia","DE":"Germany","GR":"Greece","HU":"Hungary","IS":"Iceland",
 "IE":"Ireland","IT":"Italy","XK":"Kosovo","LV":"Latvia","LI":"Liechtenstein","LT":"Lithuania","LU":"Luxembourg",
 "MT":"Malta","MD":"Moldova","MC":"Monaco","ME":"Montenegro","NL":"the Netherlands","MK":"North Macedonia","NO":"Norway",
 "PL":"Poland","PT":"Portugal","RO":"Romania","RU":"Russia","SM":"San Marino","RS":"Serbia","SK":"Slovakia","SI":"Slovenia",
 "ES":"Spain","SE":"Sweden","CH":"Switzerland","UA":"Ukraine","GB":"the United Kingdom","VA":"the Holy See",
 "PE":"Peru","EG":"Egypt","TN":"Tunisia","KW":"Kuwait","AE":"the United Arab Emirates","SA":"Saudi Arabia","QA":"Qatar","NE":"Niger","MA":"Morocco","TR":"Turkey","TD":"Chad","TZ":"Tanzania","CI":"Côte d'Ivoire","ML":"Mali","GA":"Gabon","ZA":"South Africa","US":"the United States","JP":"Japan","KR":"South Korea","CN":"China","ID":"Indonesia","NG":"Nigeria","VE":"Venezuela","LY":"Libya","GH":"Ghana","ET":"Ethiopia",
 "SU":"the Soviet Union","YU":"Yugoslavia","CS":"Czechoslovakia","DD":"East Germany",
}
DEFAULT = {
 "HS": ("President of {n}", "head_of_state"), "HG": ("Prime Minister of {n}", "head_of_government"),
 "FM": ("Minister of Foreign Affairs of {n}", "minister"), "DEF": ("Minister of Defence of {n}", "minister"),
 "INT": ("Minister of the Interior of {n}", "minister"), "KING": ("King of {n}", "head_of_state"),
 "QUEEN": ("Queen of {n}", "head_of_state"), "VP": ("Vice President of {n}", "other"),
 "DPM": ("Deputy Prime Minister of {n}", "other"), "SPK": ("Speaker of the Parliament of {n}", "other"),
 "FIN": ("Minister of Finance of {n}", "minister"),
}
OVR = {
 "GB": {"HG": "Prime Minister of the United Kingdom", "FM": "Foreign Secretary of the United Kingdom",
        "DEF": "Secretary of State for Defence of the United Kingdom", "INT": "Home Secretary of the United Kingdom",
        "SPK": "Speaker of the House of Commons of the United Kingdom", "DPM": "Deputy Prime Minister of the United Kingdom",
        "FIN": "Chancellor of the Exchequer of the United Kingdom",
        "QUEEN": "Queen of United Kingdom", "KING": "King of United Kingdom"},
 "FR": {"SPK": "President of the National Assembly of France", "SEN": ("President of the Senate of France", "other")},
 "DE": {"HG": "Chancellor of Germany", "FM": "Foreign Minister of Germany", "SPK": "President of the Bundestag",
        "VC": ("Vice-Chancellor of Germany", "other")},
 "AT": {"HG": "Chancellor of Austria"},
 "IT": {"SPK": "President of the Chamber of Deputies of Italy", "SEN": ("President of the Senate of Italy", "other")},
 "ES": {"DPM": "First Deputy Prime Minister of Spain", "SPK": "President of the Congress of Deputies of Spain", "SEN": ("President of the Senate of Spain", "other")},
 "RU": {"INT": "Minister of Internal Affairs of Russia", "SPK": "Chairman of the State Duma of Russia",
        "SEN": ("Chairman of the Federation Council of Russia", "other"), "VP": "Vice President of Russia",
        "SEC": ("Secretary of the Security Council of Russia", "other")},
 "UA": {"INT": "Minister of Internal Affairs of Ukraine", "SPK": "Chairman of the Verkhovna Rada of Ukraine"},
 "BY": {"INT": "Minister of Internal Affairs of Belarus"},
 "SU": {"HS": "President of the Soviet Union", "HG": "Premier of the Soviet Union"},
 "YU": {"HS": "President of Yugoslavia", "HG": "Prime Minister of Yugoslavia"},
 "CH": {"HS": "President of the Swiss Confederation", "FM": "Head of the Federal Department of Foreign Affairs of Switzerland"},
 "VA": {"HS": "Pope (Bishop of Rome)", "HG": ("Cardinal Secretary of State of the Holy See", "other"),
        "FM": "Secretary for Relations with States of the Holy See"},
 "LU": {"GD": ("Grand Duke of Luxembourg", "head_of_state")},
 "MC": {"PR": ("Prince of Monaco", "head_of_state"), "HG": "Minister of State of Monaco"},
 "LI": {"PR": ("Prince of Liechtenstein", "head_of_state"), "HG": "Prime Minister of Liechtenstein"},
 "AD": {"HG": "Head of Government of Andorra", "CP": ("Co-Prince of Andorra", "head_of_state")},
 "SM": {"FM": "Secretary of State for Foreign Affairs of San Marino"},
 "BA": {"HS": "Chairman of the Presidency of Bosnia and Herzegovina", "MEM": ("Member of the Presidency of Bosnia and Herzegovina", "head_of_state"),
        "HG": "Chairman of the Council of Ministers of Bosnia and Herzegovina", "HR": ("High Representative for Bosnia and Herzegovina", "international")},
 "IE": {"HG": "Taoiseach of Ireland"},
 "XK": {"FM": "Minister of Foreign Affairs of Kosovo"},
}
ORGOFF = {
 "UNSG": ("Secretary-General of the United Nations", "UN"),
 "ECP": ("President of the European Commission", "EU"),
 "EUCO": ("President of the European Council", "EU"),
 "HREP": ("High Representative of the Union for Foreign Affairs and Security Policy", "EU"),
 "HRCFSP": ("High Representative for the Common Foreign and Security Policy of the EU", "EU"),
 "EPP": ("President of the European Parliament", "EU"),
 "NATO": ("Secretary General of NATO", "NATO"),
 "ALSG": ("Secretary-General of the Arab League", "ARAB_LEAGUE"),
 "GCCSG": ("Secretary-General of the Gulf Cooperation Council", "GCC"),
 "OICSG": ("Secretary-General of the Organisation of Islamic Cooperation", "OIC"),
 "AUC": ("Chairperson of the African Union Commission", "AU"),
 "OAUSG": ("Secretary-General of the Organisation of African Unity", "AU"),
 "IMF": ("Managing Director of the International Monetary Fund", "IMF"),
 "WB": ("President of the World Bank Group", "WORLD_BANK"),
 "WHO": ("Director-General of the World Health Organization", "WHO"),
 "IAEA": ("Director General of the International Atomic Energy Agency", "IAEA"),
 "OPEC": ("Secretary General of OPEC", "OPEC"),
 "ECB": ("President of the European Central Bank", "ECB"),
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "person:" + re.sub(r"[^a-z0-9]+", "-", s).strip("-")

def office(code, cc):
    m = re.match(r'^"([^"]+)"/(\w+)(?:@([A-Z]{2}))?$', code)
    if m:
        occ = m.group(3)
        return m.group(1), m.group(2), (occ if occ and occ != cc else None), None
    occ = cc
    if "@" in code:
        code, occ = code.split("@")
    if code in ORGOFF:
        name, org = ORGOFF[code]
        return name, "international", None, org
    o = OVR.get(occ, {}).get(code)
    if isinstance(o, tuple):
        name, role = o
    elif o:
        name, role = o, DEFAULT.get(code, (None, "other"))[1]
    else:
        if code not in DEFAULT:
            raise ValueError(f"unknown office code {code} for {occ}")
        name, role = DEFAULT[code]
        name = name.format(n=NAMES[occ])
    return name, role, (occ if occ != cc else None), None

def splitlist(s):
    out = []
    for x in s.split(","):
        x = x.strip()
        if x and x not in out:
            out.append(x)
    return out

def parse(path, people, order):
    cc = None
    for ln, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            cc = line[1:].strip(); continue
        f = [x.strip() for x in line.split("|")]
        while len(f) < 6:
            f.append("")
        eng, ar, short, amb, offs, extra = f[:6]
        ex = dict(re.findall(r"(\w+)=(\S+)", extra))
        pc = ex.get("cc", cc)
        key = ex.get("key", slug(eng))
        offices, orgs = [], []
        for o in [x.strip() for x in offs.split(";") if x.strip()]:
            note = None
            m = re.search(r"\{(.*)\}\s*$", o)
            if m:
                note = m.group(1).strip(); o = o[:m.start()].strip()
            m = re.match(r'^("[^"]+"/\w+(?:@[A-Z]{2})?|\S+)\s+(\S+)\s+(\S+)$', o)
            if not m:
                raise ValueError(f"{path.name}:{ln}: bad office {o!r}")
            code, fr, to = m.groups()
            name, role, occ, org = office(code, pc)
            rec = {"office": name, "role": role, "from": None if fr == "-" else fr, "to": None if to == "-" else to}
            for d in (rec["from"], rec["to"]):
                if d is not None and not DATE.match(d):
                    raise ValueError(f"{path.name}:{ln}: bad date {d}")
            if occ: rec["country"] = occ
            if note: rec["note"] = note
            if org: orgs.append(org)
            offices.append(rec)
        p = {"key": key, "english": eng, "english_aliases": [a.replace("_", " ") for a in ex.get("aka", "").split("/") if a],
             "ar": splitlist(ar), "short": splitlist(short), "short_ambiguous": splitlist(amb), "country": pc}
        org = ex.get("org") or (orgs[0] if orgs else None)
        if org: p["org"] = org
        p["offices"] = offices
        if key in people:
            q = people[key]  # same person listed twice (e.g. in a country file and the intl file): merge
            for fld in ("ar", "short", "short_ambiguous", "english_aliases"):
                q[fld] += [x for x in p[fld] if x not in q[fld]]
            q["offices"] += p["offices"]
            if org and not q.get("org"): q["org"] = org
        else:
            people[key] = p; order.append(key)

def merge_base(p):
    b = BASEK.get(p["key"])
    if not b:
        return p
    q = json.loads(json.dumps(b))
    for fld in ("ar", "short", "short_ambiguous", "english_aliases"):
        cur = q.get(fld, [])
        q[fld] = cur + [x for x in p.get(fld, []) if x not in cur]
    have = {(o["office"], o["from"]) for o in q["offices"]}
    for o in p["offices"]:
        if (o["office"], o["from"]) not in have:
            # skip if an existing office of the same name overlaps the same year span
            q["offices"].append(o)
    if p.get("org") and not q.get("org"): q["org"] = p["org"]
    if len(q["offices"]) > len(b["offices"]):
        first = q["offices"][0]
        if first["to"] is None:
            rest = {"offices": q["offices"][1:]}
            sort_offices(rest)
            q["offices"] = [first] + rest["offices"]
        else:
            sort_offices(q)
    return q

def sort_offices(p):
    offs = p["offices"]
    cur = [o for o in offs if o["to"] is None]
    past = sorted([o for o in offs if o["to"] is not None], key=lambda o: (str(o["from"] or ""), str(o["to"])))
    p["offices"] = cur + past

def main():
    people, order = {}, []
    for f in sorted((HERE / "src").glob("*.txt")):
        parse(f, people, order)
    out = []
    for k in order:
        p = people[k]
        if k not in BASEK:
            sort_offices(p)
        p = merge_base(p)
        if not p.get("short_ambiguous"): p.pop("short_ambiguous", None)
        if not p.get("english_aliases"): p["english_aliases"] = []
        out.append(p)
    ORDER = ["key", "english", "english_aliases", "ar", "short", "short_ambiguous", "country", "org", "offices"]
    # short forms that are also common words or names (checked against wordfreq and by eye)
    FORCE_AMB = set("ميتا كول كوبر بايت شيلي كوك والاس توبي رينولدز هيلي روبل هاردي سيلينا توران لحبيب كالفين إلفيس ميخال".split())
    for p in out:
        for s in list(p["short"]):
            if s in FORCE_AMB and s not in BASEK.get(p["key"], {}).get("short", []):
                p["short"].remove(s)
                p.setdefault("short_ambiguous", [])
                if s not in p["short_ambiguous"]: p["short_ambiguous"].append(s)
    # short forms shared by two people (here or in leaders.json, as short or ambiguous form) -> ambiguous
    owners = collections.defaultdict(set)
    for p in out + [b for b in BASE if b["key"] not in people]:
        for s in p.get("short", []) + p.get("short_ambiguous", []):
            owners[s].add(p["key"])
    for p in out:
        for s in list(p["short"]):
            if len(owners[s]) > 1:
                amb = p.setdefault("short_ambiguous", [])
                if s not in BASEK.get(p["key"], {}).get("short", []):
                    p["short"].remove(s)
                if s not in amb:
                    amb.append(s)
                    print("shared short ->ambiguous:", s, sorted(owners[s]), file=sys.stderr)
    out = [{k: p[k] for k in ORDER + [k for k in p if k not in ORDER] if k in p} for p in out]
    (HERE.parent / "build" / "europe_intl.json").write_text(json.dumps({"people": out}, ensure_ascii=False, indent=1) + "\n")
    print(len(out), "people,", sum(len(p["offices"]) for p in out), "offices", file=sys.stderr)

if __name__ == "__main__":
    main()
