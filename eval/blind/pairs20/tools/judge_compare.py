"""Write compare_judgments.json: the hand verdict on every divergence of runs/compare.json (policylens compare over
the four zh-Hans/zh-Hant edition groups in compare/editions/, numbered in report order per product). (q20d, pairs20)

No edition difference is annotated (all four pairs: expected zero changes), so every divergence is noise."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = "regional vocabulary / paraphrase (confidence 1.0)"
J = {
    "_about": "verdicts by q20d on `policylens compare editions -j 1 --format json` (main @ 8f734080)",
    "aia": {"1": ["noise", R + ": 得到遵守/已遵守"],
            "2": ["noise", "navigation (confidence 1.0): the site footer's contact block 咨询/聯絡我們, 节假日/國定假日"]},
    "health": {"1": ["noise", "navigation + regional (confidence 1.0): language links 繁體/简体中文, 跟踪/追蹤"],
               "2": ["noise", R + ": 只读/唯讀, 填充/填入"],
               "3": ["noise", R + ": 应用跟踪/App 追蹤"]},
    "koji": {"1": ["noise", R + ": 访问分析/流量分析, 仅/只會; also renamed 隐私政策/隱私權"]},
    "larderia": {"1": ["noise", R + ": 可选/選用, 如/若, 条形码/條碼, 图像/影像"],
                 "2": ["noise", R + ": 跟踪/追蹤, 可选/選用"],
                 "3": ["noise", R + ": 发布/正式, 云/雲端, 界面/畫面, 退出/登出"],
                 "4": ["noise", R + ": 活跃状态/使用中, 按照/依照, 发送邮件/寄信"]},
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
