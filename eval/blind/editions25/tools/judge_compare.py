"""Verdicts on every divergence and sentence entry of runs/ (frozen main e730dc0a) and of later runs of `compare` on
eval/blind/editions25, written after reading the first run (u25c); the counts per run (sure / unsure entries; of the
sure ones true, false, borderline) and how many annotated real divergences a true sure entry names. Timelines have
no divergence entries: their steps are judged in README.md.

Keys: group → "kind section-title-or-fact" (a sentence entry: "sentence <its base section's title>") →
(verdict, annotation id or reason). An entry no key names is "?" (to be read and judged before a figure is quoted).

Usage: python tools/judge_compare.py RUN [RUN...]  → compare.score.txt and compare_judgments.json"""
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = "false"
J = {
    "neko": {"section-content *": (F, "Taiwan wording: 画像/輪廓, 披露/揭露, 运营/營運 (N noise)")},
    "snapnote": {
        "fact email": (F, "label glued to the address: <strong>Support email</strong><a>support@…</a> read as emailsupport@…"),
        "section-content *": (F, "SN2: Taiwan rewording"),
    },
    "timer": {"section-content *": (F, "TM1/TM2: the reworded Traditional translation")},
    "tokenwatch": {"sentence 本地文件访问": (F, "费用估算 read as payment; the English says 'cost estimation' (TW: faithful)")},
    "timer-lag": {"lagging en": ("true", "TL1"), "lagging-section 4. 儿童隐私": ("true", "TL3"),
                  "lagging-section 6. 全屏应用监测说明": ("true", "TL2")},
    "timer-list": {"sentence 6. 全屏应用监测说明": ("true", "TLI1")},
}


def verdict(group: str, d: dict) -> tuple[str, str]:
    v = J.get(group, {})
    title = (d.get("section") or d.get("other") or {}).get("title")
    if d["kind"] == "fact":
        return v.get(f"fact {d['fact']}", ("?", ""))
    if d["kind"] == "sentence-only":
        return v.get(f"sentence {title}", ("?", ""))
    key = f"{d['kind']} {title}" if title else f"{d['kind']} (preamble)"
    return v.get(key) or v.get(f"{d['kind']} *") or ("?", "")


def main(runs: list[str]) -> None:
    out, rows = {}, []
    keys = ("sure", "unsure", "true", "false", "borderline", "?", "lagging", "lagging true", "errors", "real found")
    for run in runs:
        total = dict.fromkeys(keys, 0)
        for name in sorted(os.listdir(os.path.join(HERE, run))):
            if not (name.startswith("compare-") and name.endswith(".json")):
                continue
            group = name[len("compare-") : -len(".json")]
            data = json.load(open(os.path.join(HERE, run, name), encoding="utf-8"))
            c = dict.fromkeys(keys, 0)
            found = set()
            for p in data["products"]:
                c["errors"] += len(p.get("errors", []))
                for d in p["divergences"] + p.get("sentences", []):
                    v, why = verdict(group, d)
                    if d["confidence"] >= 0.5:
                        c["sure"] += 1
                        c[v] = c.get(v, 0) + 1
                        if v == "true":
                            found.add(why.split(":")[0])
                    else:
                        c["unsure"] += 1
                    out.setdefault(run, {}).setdefault(group, []).append(
                        {"kind": d["kind"], "edition": d["edition"], "confidence": d["confidence"],
                         "section": (d.get("section") or d.get("other") or {}).get("title"), "fact": d.get("fact"),
                         "text": d.get("text"), "verdict": v, "why": why}
                    )
                for lag in p.get("lagging", []):
                    c["lagging"] += 1
                    v, why = J.get(group, {}).get(f"lagging {lag['edition'].split('.')[0]}", ("?", ""))
                    if v == "true":
                        c["lagging true"] += 1
                        found.add(why)
                    for lack in lag["lacks"]:
                        lv, lwhy = J.get(group, {}).get(f"lagging-section {lack['section']['title']}", ("?", ""))
                        if lv == "true":
                            found.add(lwhy)
                    out.setdefault(run, {}).setdefault(group, []).append({"kind": "lagging", **lag, "verdict": v, "why": why})
            c["real found"] = len(found)
            for k in total:
                total[k] += c[k]
            rows.append((run, group, c))
        rows.append((run, "ALL", total))
    with open(os.path.join(HERE, "compare_judgments.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    lines = [f"{run:11} {group:20} " + " ".join(f"{k} {v}" for k, v in c.items()) for run, group, c in rows]
    with open(os.path.join(HERE, "compare.score.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:] or ["runs"])
