"""Verdicts on every divergence of runs/ (frozen main 8b6e25bc) and runs-after/ (branch r21d) `compare` JSON, written
after reading the runs (r21d), and the counts per run: sure / unsure entries, and of the sure ones true, false, borderline.

Keys: group → run → "kind edition section-title-or-fact" → verdict (true | false | borderline) with the annotation id."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = "false"
J = {
    "andyxcg": {"date en→zh-CN missing": (F, "U+2011 date not read (noise: date notation)")},
    "mycirql": {"section-content 6. 提供給第三方": (F, "paraphrase 不投放广告/不刊登廣告 and a turned heading")},
    "rectoly": {"section-content *": (F, "Taiwan localisation: 批注/註解, 应用/App, 高亮/螢光標示, 报告/回報, 剥离/移除")},
    "pilldaddy": {"section-content *": (F, "separate translation; P1 (5. 資料共享與揭露) and P2 (12. 含廣告版本) borderline")},
    "waterdrink": {
        "section-content (preamble)": ("true", "W1: operator 王亚博 / [營運主體]"),
        "section-content 6. 未成年人": ("true", "W2: guardian sentence in zh-Hans only"),
        "section-content 4. 儲存與安全": (F, "W4: rhetorical 100% (annotated not real)"),
        "section-content other": (F, "condensed translation"),
    },
    "jasperseed-closed": {
        "fact email": ("true", "J4"),
        "fact duration aged 13 → 15个工作日": ("true", "J5 and J1 in one entry"),
        "fact section-count 6 → 10": ("true", "not annotated as such; reflects J6 (sections of zh-CN only)"),
        "section-extra 1. 我们收集的个人信息": (F, "en has Data We Collect"),
        "section-extra 3. 个人信息的使用": ("borderline", "no en counterpart, says nothing beyond section 1"),
        "section-extra 7. 投诉与反馈": (F, "en has Contact"),
        "section-extra 6. 您的权益 (0.4)": (F, "unsure"),
    },
}


def verdict(group: str, d: dict) -> tuple[str, str]:
    v = J.get(group, {})
    title = (d.get("section") or d.get("other") or {}).get("title")
    if d["kind"] == "fact":
        for k, x in v.items():
            if k.startswith(f"fact {d['fact']}") or (d["fact"] == "date" and k.startswith("date")):
                return x
    if d["kind"] == "section-extra":
        t = (d.get("other") or {}).get("title")
        for k, x in v.items():
            if k.startswith(f"section-extra {t}"):
                return x
    if d["kind"] == "section-content":
        key = f"section-content {title}" if title else "section-content (preamble)"
        if key in v:
            return v[key]
        return v.get("section-content other") or v.get("section-content *") or ("?", "")
    return ("?", "")


out, rows = {}, []
for run in ("runs", "runs-after"):
    for name in sorted(os.listdir(os.path.join(HERE, run))):
        if not (name.startswith("compare-") and name.endswith(".json")):
            continue
        group = name[len("compare-") : -len(".json")]
        data = json.load(open(os.path.join(HERE, run, name), encoding="utf-8"))
        c = {"sure": 0, "unsure": 0, "true": 0, "false": 0, "borderline": 0, "errors": 0}
        for p in data["products"]:
            c["errors"] += len(p.get("errors", []))
            for d in p["divergences"]:
                v, why = verdict(group, d)
                if d["confidence"] >= 0.5:
                    c["sure"] += 1
                    c[v] = c.get(v, 0) + 1
                else:
                    c["unsure"] += 1
                out.setdefault(run, {}).setdefault(group, []).append(
                    {"kind": d["kind"], "edition": d["edition"], "confidence": d["confidence"],
                     "section": (d.get("section") or d.get("other") or {}).get("title"), "fact": d.get("fact"), "verdict": v, "why": why}
                )
        rows.append((run, group, c))
with open(os.path.join(HERE, "compare_judgments.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
for run, group, c in rows:
    print(f"{run:11} {group:18} " + " ".join(f"{k} {v}" for k, v in c.items()))
