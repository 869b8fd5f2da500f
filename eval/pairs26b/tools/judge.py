"""Verdicts on every entry of the first run (runs/, lead26 at d7998ccf), written after reading `tools/dump.py runs PAIR` (u26d).
An entry is ["true", [annotated change indices]] or ["noise", []]."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


N = ["noise", []]
first = {
    "aegisight-cn-1": {"1": t(0), "2": t(1)},
    "aegisight-tw-1": {"1": t(0), "2": t(1)},
    "aegisight-tw-2": {"1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(4), "6": t(5)},
    "anbu-tw": {"1": t(0), "2": t(1), "3": t(1), "4": t(1), "5": t(2), "6": t(2), "7": t(3), "8": t(3), "9": t(3), "10": t(3),
                "11": t(4), "12": t(5), "13": t(5), "14": t(5), "15": t(6)},
    "image2pixel-tw-ads": {}, "image2pixel-tw-meta": {}, "image2pixel-tw-seo": {}, "pyke-tw": {},
    "sqliteflow-hans-cut": {"1": t(0), "2": t(0), "3": t(1), "4": t(1)},
    "sqliteflow-hans-edit": {"1": N},
    "sqliteflow-hant-cut": {"1": t(0), "2": t(0), "3": t(1), "4": t(1), "5": N},
}
out = {"_": "first = runs/ (lead26 d7998ccf, /tmp/snap26c-pl.sh); after = runs-after/ (branch u26d); held = runs-held/ (u26d, held-out pairs, run once at the end)",
       "first": {p: {"reported": r, "section_errors": []} for p, r in first.items()}}
path = os.path.join(HERE, "judgments.json")
if os.path.exists(path):
    old = json.load(open(path, encoding="utf-8"))
    out.update({k: v for k, v in old.items() if k not in out})
json.dump(out, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# after = runs-after/ (branch u26d): the Home link entries are gone, the rest numbered as before
after = {p: dict(r) for p, r in first.items()}
after["sqliteflow-hans-edit"] = {}
after["sqliteflow-hant-cut"] = {k: v for k, v in first["sqliteflow-hant-cut"].items() if k != "5"}
out["after"] = {p: {"reported": r, "section_errors": []} for p, r in after.items()}
json.dump(out, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# held = runs-held/ (branch u26d at 5a06925f, the held-out pairs, run once after the fixes; identical to lead26's output)
held = {
    "aegisight-cn-2": {"1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(4), "6": t(5)},
    "anbu-cn": dict(first["anbu-tw"]),
    "image2pixel-cn-ads": {}, "image2pixel-cn-seo": {}, "pyke-cn": {},
}
out["held"] = {p: {"reported": r, "section_errors": []} for p, r in held.items()}
json.dump(out, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
