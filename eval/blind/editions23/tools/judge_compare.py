"""Verdicts on every divergence of runs/ (frozen main 205f37e8) and runs-after/ (branch t23c) `compare` JSON, written
after reading the runs (t23c), the counts per run (sure / unsure entries; of the sure ones true, false, borderline),
and how many annotated real divergences a true sure entry names (timelines have no divergence entries: their
steps are judged in README.md).

Keys: group → "kind section-title-or-fact" → (verdict, annotation id or reason)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = "false"
J = {
    "ipcam": {
        "fact url": (F, "I1: each edition links to its own canonical URL (privacy_zh-Hans / _zh-Hant / _en.html)"),
        "section-content 接觸": (F, "I1: the same self-link line"),
        "section-content *": (F, "machine translation vs Taiwan conversion: 摄像机/攝影機, 钥匙串/鑰匙圈, 令牌/權杖 …"),
    },
    "fanqie": {
        "section-content 11. 聯繫我們": ("borderline", "F1: 中國 named in zh-Hant's address only"),
        "section-content 8.1 訂閱條款": (F, "paraphrase of one line split by diff into a deletion and an insertion"),
        "section-content *": (F, "separate translation (paraphrase)"),
    },
    "reminisea": {
        # R3 (amendment of the forty-seventh session, lead's ruling, annotations/reminisea.amend47.json): OpenCC's
        # 注销 → 登出 in the zh-Hant edition tells readers that logging out starts deletion
        "section-content 六、資料保留期限": ("true", "R3: 登出帳號 for 注销账号 (retention)"),
        "section-content 七、您的權利（參考 CCPA / 通用隱私原則）": ("true", "R3: 登出帳號 for 注销账号 (rights)"),
        "section-content *": (F, "Taiwan wording: 实施/實作, 异常/例外, 不能/無法, 泄露/外洩"),
    },
    "sportsperf-contact": {"fact email": ("true", "C1"), "section-content 隐私问题反馈": ("true", "C1: zh-Hans against the zh-CN base")},
    "sportsperf": {"section-content *": ("true", "S1: the Umeng row in zh-Hans only")},
}

def verdict(group: str, d: dict) -> tuple[str, str]:
    v = J.get(group, {})
    title = (d.get("section") or d.get("other") or {}).get("title")
    if d["kind"] == "fact":
        return v.get(f"fact {d['fact']}", ("?", ""))
    key = f"{d['kind']} {title}" if title else f"{d['kind']} (preamble)"
    return v.get(key) or v.get(f"{d['kind']} *") or ("?", "")


def main(runs: list[str]) -> None:
    out, rows = {}, []
    for run in runs:
        total = {"sure": 0, "unsure": 0, "true": 0, "false": 0, "borderline": 0, "errors": 0, "real found": 0}
        for name in sorted(os.listdir(os.path.join(HERE, run))):
            if not (name.startswith("compare-") and name.endswith(".json")):
                continue
            group = name[len("compare-") : -len(".json")]
            data = json.load(open(os.path.join(HERE, run, name), encoding="utf-8"))
            c = {"sure": 0, "unsure": 0, "true": 0, "false": 0, "borderline": 0, "errors": 0, "real found": 0}
            found = set()
            for p in data["products"]:
                c["errors"] += len(p.get("errors", []))
                for d in p["divergences"]:
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
                         "verdict": v, "why": why}
                    )
            c["real found"] = len(found)
            for k in total:
                total[k] += c[k]
            rows.append((run, group, c))
        rows.append((run, "ALL", total))
    with open(os.path.join(HERE, "compare_judgments.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    lines = [f"{run:11} {group:18} " + " ".join(f"{k} {v}" for k, v in c.items()) for run, group, c in rows]
    with open(os.path.join(HERE, "compare.score.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:] or ["runs"])
