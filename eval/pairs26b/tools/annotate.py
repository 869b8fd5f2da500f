"""Write pairs/<name>/annotation.json for pairs26b (u26d), written by hand from `git diff --word-diff` before any run.
Format of eval/pairs26 (dev22d): `changes` the true changes, one per edit place; `noise` what must not be reported."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {
    "sqliteflow": "BESaw/sqliteflow.github.io",
    "aegisight": "AegiSight/aegisight.github.io",
    "pyke": "hashgreen/pyke-ldp-public",
    "anbu": "l10s18bok/anbu-legal",
    "image2pixel": "JobYu/image2pixel-web",  # LICENSE file in the repository
}


def c(ot, nt, old, new, kind, note=""):
    d = {"old_title": ot, "new_title": nt, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


PP = "Privacy Policy"
HOME = c(PP, PP, "[Home](/)", "[Home](./)", "markup", "the Home link's target / → ./ (navigation, same page)")
GA = "3. This website(https://www.sqliteflow.com) uses Google Analytics … (two paragraphs)"
A = {
    "sqliteflow-hans-edit": ([], [HOME], "Commit 'Update privacy.md': only the Home link's target. Expected: no change."),
    "sqliteflow-hans-cut": (
        [
            c(PP, PP, "1. SQLiteFlow for Mac doesn't collect your data. / 2. SQLiteFlow for iOS doesn't collect your data too.",
              "SQLiteFlow does not collect your data.", "modified", "two numbered items merged into one sentence"),
            c(PP, PP, GA, None, "removed", "the Google Analytics clause of the website dropped"),
        ],
        [],
        "Commit 'text': an English policy in zh-Hans/; items 1–2 merged, item 3 (Google Analytics, 2 paragraphs) dropped. 2 changes.",
    ),
    "sqliteflow-hant-cut": (
        [
            c(PP, PP, "1. SQLiteFlow for Mac doesn't collect your data. / 2. SQLiteFlow for iOS doesn't collect your data too.",
              "SQLiteFlow does not collect your data, period.", "modified", "two numbered items merged into one sentence"),
            c(PP, PP, GA, None, "removed", "the Google Analytics clause of the website dropped"),
        ],
        [HOME],
        "Commit 'text': an English policy in zh-Hant/; items 1–2 merged, item 3 dropped, the Home link's target. 2 changes.",
    ),
}


def aeg1(t):
    s2, s6 = ("2. 資訊使用方式", "6. 廣告") if t == "tw" else ("2. 信息使用方式", "6. 广告")
    return (
        [
            c(s2, s2, "僅在允許的非儀式介面顯示廣告…", "僅在 Home 與 Map 顯示廣告…", "modified", "where ads show"),
            c(s6, s6, "廣告可能出現在 Home 或 Profile/Tools 等非神聖…", "廣告可能出現在 Home 與 Map，這些屬於非神聖…", "modified"),
        ],
        [],
        f"zh-{t.upper()} HTML, commit 'Add files via upload': the screens that show ads, in a list item and a paragraph. 2 changes.",
    )


def aeg2(t):
    tw = t == "tw"
    h1 = "隱私權政策" if tw else "隐私权政策"
    s1 = "1. 我們處理的資訊" if tw else "1. 我们处理的信息"
    s2 = "2. 資訊使用方式" if tw else "2. 信息使用方式"
    s4 = "4. 第三方服務" if tw else "4. 第三方服务"
    s7 = "7. 分析與當機回報" if tw else "7. 分析与崩溃报告"
    renum = [("7. 兒童", "8. 兒童"), ("8. 保留與刪除", "9. 保留與刪除"), ("9. 變更", "10. 變更"), ("10. 聯絡", "11. 聯絡")]
    return (
        [
            c(h1, h1, "最後更新: April 28, 2026", "最後更新: April 30, 2026", "date"),
            c(s1, s1, None, "<li>在 Android 版本中，Firebase Analytics 可能會收集…</li>", "added", "list item"),
            c(s1, s1, None, "<li>在 Android 版本中，Firebase Crashlytics 可能會收集…</li>", "added", "list item (next to the previous: one place or two)"),
            c(s2, s2, None, "<li>透過 Android 上的 Firebase Analytics 與 Firebase Crashlytics 了解…</li>", "added", "list item"),
            c(s4, s4, "…Google User Messaging Platform 管理同意選項、Mapbox…", "…管理同意選項、Firebase Analytics 進行使用情況分析、Firebase Crashlytics 進行當機回報、Mapbox…", "modified", "two SDKs added to the SDK list sentence"),
            c(None, s7, None, "<h2>7. 分析與當機回報</h2> + one paragraph", "added", "a section inserted"),
        ],
        [c(o, n, "<h2>" + o, "<h2>" + n, "renumber", "every later heading's number moved by one") for o, n in renum],
        f"zh-{t.upper()} HTML, commit 'Add files via upload': Firebase Analytics/Crashlytics added: a date, three list items, an SDK sentence, a section inserted as 7. with 7.–10. renumbered 8.–11. 6 changes (the two adjacent items may count as one place).",
    )


def anbu(t):
    tw = t == "tw"
    h1 = "隱私權政策" if tw else "隐私权政策"
    names = {
        "12": "1.2 經您許可收集的資訊" if tw else "1.2 经您许可收集的信息",
        "13": "1.3 我們不收集的資訊" if tw else "1.3 我们不收集的信息",
        "14": "1.4 收集方式" if tw else "1.4 收集方法",
        "2": "2. 資訊使用方式" if tw else "2. 信息使用方式",
        "3": "3. 資料保留" if tw else "3. 数据保留",
        "4": "4. 資料共享" if tw else "4. 数据共享",
    }
    return (
        [
            c(h1, h1, "生效日期：2026年4月16日 | 最後更新：2026年4月16日", "生效日期：2026年4月27日 | 最後更新：2026年4月27日", "date", "two dates on one line"),
            c(names["12"], names["12"], None, "table row 位置資訊（受關注者，選擇性）| 緯度、經度… | 僅在受關注者本人按下 [🚨 我需要幫助]…", "added", "a table row"),
            c(names["13"], names["13"], "<li>位置資料（GPS、Wi-Fi或基地台）</li>", "<li>日常安否確認（heartbeat）期間不收集位置資訊——我們絕不進行背景位置追蹤</li>", "modified", "list item"),
            c(None, names["14"], None, "<h3>1.4 收集方式</h3> + four list items", "added", "a subsection"),
            c(names["2"], names["2"], None, "<li><strong>緊急求助請求處理：</strong>…</li>", "added", "ordered list item; later items shift number (HTML <ol>, numbers not in the text)"),
            c(names["3"], names["3"], None, "table row 緊急求助請求位置資訊 | 最長24小時 | …", "added", "a table row"),
            c(names["4"], names["4"], None, "<li><strong>緊急求助請求時的位置分享：</strong>…</li>", "added", "ordered list item"),
        ],
        [],
        f"zh-{t.upper()} HTML, commit '업데이트: … 긴급 도움 …': an emergency-help location feature: dates, two table rows, a list item replaced, a subsection, two list items. 7 changes.",
    )


HEAD = c(None, None, None, "<meta>/<link> in <head>", "markup")
for t in ("tw", "cn"):
    A[f"aegisight-{t}-1"] = aeg1(t)
    A[f"aegisight-{t}-2"] = aeg2(t)
    A[f"anbu-{t}"] = anbu(t)
    A[f"pyke-{t}"] = ([], [c(None, None, "main.<hash>.js", "main.<hash'>.js", "markup", "script and preload hashes of a Docusaurus build")], "Docusaurus re-deploy: only asset hashes. Expected: no change.")
    A[f"image2pixel-{t}-seo"] = ([], [c(None, None, None, "<link rel=canonical/alternate …> ×5", "markup", "and whitespace-only re-indentation")], "Commit 'SEO improvements': <head> links. Expected: no change.")
    A[f"image2pixel-{t}-ads"] = ([], [c(None, None, '<meta name="google-adsense-account" …>', None, "markup")], "Commit '移除Google Ads': a <meta> removed. Expected: no change.")
A["image2pixel-tw-meta"] = ([], [c(None, None, None, '<meta name="google-adsense-account" …>', "markup")], "Commit 'Add Google AdSense account verification meta tag': expected no change.")

src = {}
for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
    pair, side, commit, blob, size, sha, path = line.split()
    src.setdefault(pair, {})[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
for pair, (changes, noise, notes) in sorted(A.items()):
    repo = REPOS[pair.split("-")[0]]
    ann = {"source": {"repo": repo, "license": "see the repository (LICENSE only in JobYu/image2pixel-web; none seen in the others)", **src[pair]}, "changes": changes, "noise": noise, "notes": notes}
    with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "annotations", sum(len(v[0]) for v in A.values()), "changes")
