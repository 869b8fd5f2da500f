"""Write one annotation file and record its sha256 (called once per document, before policylens is run on it)."""
import hashlib, json, sys, datetime, os
HERE = "/work/eval6p"
ITEMS = {
 "cn-pipl": "processor purposes methods categories retention rights sensitive-necessity minors abroad-recipient abroad-purposes abroad-methods abroad-categories abroad-rights".split(),
 "cn-gbt35273": "identity-contact functions sensitive-marked methods retention cross-border sharing transfer public-disclosure access correct delete close-account withdraw-consent copy effect-of-not-providing security complaint".split(),
 "tw-pdpa": "agency purposes categories period area recipients methods rights effect-of-not-providing source".split(),
 "eu-gdpr": "controller dpo purposes legal-basis legitimate-interests recipients transfers retention rights withdraw-consent complaint requirement automated-decisions source".split(),
 "us-ccpa": "categories-collected sources purposes sold-or-shared right-to-know right-to-delete right-to-correct right-to-opt-out right-to-limit non-discrimination how-to-submit authorized-agent last-updated".split(),
}
def save(name, file, source, profiles, verdicts, notes):
    out = {}
    for p in profiles:
        for i in ITEMS[p]:
            k = f"{p}/{i}"
            if k not in verdicts:
                sys.exit(f"missing verdict {k}")
            v = verdicts[k]
            assert v in ("missing", "n/a", "?") or (isinstance(v, list) and v and all(isinstance(x, int) for x in v)), (k, v)
            out[k] = v
    extra = set(verdicts) - set(out)
    if extra: sys.exit(f"unknown items {extra}")
    for k in notes:
        assert k in out, k
    path = f"{HERE}/holdout/{name}.json"
    assert not os.path.exists(path), f"{path} exists: annotations are written once"
    doc = {"file": file, "source": source, "verdicts": out, "notes": notes}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1); fh.write("\n")
    h = hashlib.sha256(open(path, "rb").read()).hexdigest()
    now = datetime.datetime.utcnow().strftime("%H:%M:%S")
    with open(f"{HERE}/HASHES.txt", "a") as fh:
        fh.write(f"{h}  holdout/{name}.json  (saved {now} UTC, before policylens was run on it)\n")
    print(h, path)
