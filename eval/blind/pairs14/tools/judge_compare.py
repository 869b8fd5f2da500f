"""Write compare_judgments.json: the hand verdict on every divergence of runs/compare.json (policylens compare over
the four zh-Hans/zh-Hant edition groups in compare/editions/, numbered in report order per product). (c9p, pairs14)

The one annotated edition difference (mememo: the ICP filing line only in zh-Hans, section 联系我们) is the only true
divergence; everything else is script, regional vocabulary, paraphrase, navigation or markup."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = "regional vocabulary / paraphrase"
J = {
    "_about": "verdicts by c9p on `policylens compare editions -j 1 --format json` (main @ d49a940)",
    "enso": {"1": ["noise", R + ": 梳理/整理, 派生/衍生"], "2": ["noise", "markup: Markdown link vs bare URL"], "3": ["noise", "metadata: 页面语言 zh-Hans/zh-Hant"]},
    "mememo": {**{str(i): ["noise", R + " (unsure 0.3)"] for i in range(1, 11)},
               "1": ["noise", "navigation 服务条款/使用條款 (unsure 0.3)"],
               "8": ["noise", R + " (unsure 0.3); also a false rename 資料控管者/数据控制者"],
               "11": ["true", "ICP filing line only in zh-Hans (unsure 0.3: same confidence as the paraphrase noise)"],
               "12": ["noise", "fact law: 标准合同条款 vs 標準契約條款 (the same SCCs, Taiwan term) reported as a law absent from the base"]},
    "somniary": {**{str(i): ["noise", R + " (unsure 0.3)"] for i in range(1, 14)},
                 "1": ["noise", "navigation 繁體/简体中文 link + 本应用/本 App (unsure 0.3)"],
                 "9": ["noise", R + " (unsure 0.3); also a false rename 8.4 澳洲/澳大利亚"]},
    "yiceling": {**{str(i): ["noise", R + " (confidence 1.0): 共享/共用, 临时/暫時, 运维/維運, 调起/呼叫, 聚合/彙總 …"] for i in range(1, 13)},
                 "9": ["noise", R + " (confidence 1.0); also a false rename 行動統計/移动统计"],
                 "13": ["noise", "fact controller: 北京日軒資訊科技有限公司 vs 北京日轩信息科技有限公司 — the same company, 資訊/信息 conversion"]},
}
with open(os.path.join(HERE, "compare_judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
tot = {"reported": 0, "true": 0, "noise": 0}
for p, v in J.items():
    if p.startswith("_"):
        continue
    n = len(v)
    tr = sum(1 for x in v.values() if x[0] == "true")
    print(f"{p:10} reported {n:3} true {tr} noise {n - tr}")
    tot["reported"] += n
    tot["true"] += tr
    tot["noise"] += n - tr
print("TOTAL", tot)
