"""Compact DSL for curating leaders records (region americas_asia_pacific)."""
import re, unicodedata

PEOPLE = []
ROLE = {"hos": "head_of_state", "hog": "head_of_government", "min": "minister",
        "oth": "other", "int": "international"}


def slug(english):
    s = unicodedata.normalize("NFKD", english).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "person:" + s


class Country:
    """Country("BR", hos="President of Brazil", fm="Minister of Foreign Affairs of Brazil", vp=("Vice President of Brazil","oth"))
    Each shortcut maps to an office name and a role (default role from the shortcut name)."""
    DEFAULT_ROLE = {"hos": "hos", "hog": "hog", "fm": "min", "def": "min", "int": "min", "vp": "oth",
                    "spk": "oth", "cp": "oth"}

    def __init__(self, code, **offices):
        self.code = code
        self.offices = {}
        for k, v in offices.items():
            if isinstance(v, tuple):
                self.offices[k] = v
            else:
                self.offices[k] = (v, self.DEFAULT_ROLE.get(k, "min"))

    def P(self, english, ar, short=(), amb=(), aliases=(), offices=(), key=None, country=None, org=None):
        offs = []
        for o in offices:
            if isinstance(o, dict):
                offs.append(o)
                continue
            o = list(o)
            if o[0] in self.offices:
                name, role = self.offices[o[0]]
                rest = o[1:]
            else:
                name, role = o[0], o[1]
                rest = o[2:]
            frm, to = rest[0], rest[1]
            note = rest[2] if len(rest) > 2 else None
            d = {"office": name, "role": ROLE.get(role, role), "from": frm, "to": to}
            if note:
                d["note"] = note
            offs.append(d)
        rec = {"key": key or slug(english), "english": english, "english_aliases": list(aliases),
               "ar": list(ar), "short": list(dict.fromkeys(list(short) + list(amb))),
               "short_ambiguous": list(amb), "country": country or self.code, "offices": offs}
        if org:
            rec["org"] = org
        PEOPLE.append(rec)
        return rec


def X(office, role, frm, to, country, note=None):
    """An office held for another state (e.g. Queen of Jamaica)."""
    d = {"office": office, "role": ROLE.get(role, role), "from": frm, "to": to, "country": country}
    if note:
        d["note"] = note
    return d
