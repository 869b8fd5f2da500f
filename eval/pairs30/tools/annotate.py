"""Write pairs/<name>/annotation.json for pairs30 (u30b), by hand from `git diff --word-diff`, before any run.  Format of
eval/pairs26 (dev22d): `changes` the true changes, one per edit place (a paragraph, a list item, a heading); `noise` what
must not be reported (kind `optional`: tolerated either way)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {"cofacts": "cofacts/rumors-site", "coscup": "COSCUP/COSCUP-Volunteer"}
LICENCE = {"cofacts": "MIT (LICENSE in the repository)", "coscup": "AGPL-3.0 (LICENSE.txt in the repository)"}


def c(ot, nt, old, new, kind, note=""):
    d = {"old_title": ot, "new_title": nt, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def s(t):
    return (t, t)


A = {}
T = "Cofacts 真的假的 網站使用者條款"
S1 = "一、網站功能"
S3 = "三、資料爭議申訴"
S4 = "四、隱私及個人資料"
V1 = "> Version 1, 17 February 2021"
V2 = "> Version 2, 16 September 2021"
V3 = "> Version 3, 14 Feb 2022"
V3B = "> Version 3, 14 February 2022"
V4 = "> Version 4, 27 September 2023"
URL = c(
    *s(S3),
    "4. …相關處理資訊紀錄於 https://github.com/cofacts/takedown。",
    "4. …相關處理資訊紀錄於 https://github.com/cofacts/takedowns 。",
    "modified",
    "the takedown log's address corrected (takedown → takedowns)",
)
SPACE = c(
    *s(S1),
    "6. …紀錄於 https://github.com/cofacts/takedowns。",
    "6. …紀錄於 https://github.com/cofacts/takedowns 。",
    "noise",
    "a space before 。 only",
)
ITEMS = [
    c(
        *s(S4),
        "1. 網站協作者登入後，Cofacts 真的假的網站會取得協作者的 Google、Facebook 或 Github 之顯示名稱，與這些平台的公開顯示資訊。",
        "1. 網站協作者登入後，Cofacts 真的假的網站會取得協作者的：",
        "modified",
        "a clause turned into a lead and two sub-items (one rewritten passage)",
    ),
    c(*s(S4), None, "1. Google、Facebook、Github 或 Google 之電子郵件地址與使用者 ID，用以分辨不同帳號以及聯繫協作者。", "added", "sub-item; e-mail and user ID newly disclosed"),
    c(*s(S4), None, "2. 顯示名稱與頭像等公開顯示資訊，作為 Cofacts 真的假的網站的預設頭像與顯示名稱。", "added", "sub-item"),
]
CLAUSE4 = c(*s(S4), None, "4. 網站協作者可寄信至 Cofacts WG 之連絡信箱，請求刪除或更換…", "added")
A["cofacts-url"] = ([URL], [SPACE], "Commit 'Fix cofacts/takedowns URL': one address corrected, one space added before 。. 1 change.")
A["cofacts-items"] = (
    [*ITEMS, CLAUSE4],
    [],
    "Commit 'Comply to 3rd party platform terms': 四.1 turned into a lead with two sub-items, clause 四.4 added. 4 changes.",
)
A["cofacts-version"] = ([c(*s(T), V1, V2, "date", "version line")], [], "Commit 'Update version & date'. 1 change.")
A["cofacts-v3"] = ([c(*s(T), V2, V3, "date", "version line")], [], "Commit 'Update date and version'. 1 change.")
A["cofacts-platforms"] = (
    [
        c(*s(S4), "1. …會取得協作者的：", "1. …會取得協作者在 Facebook、Twitter、Github 或 Google 上的：", "modified", "lead; Twitter added, the platforms moved up from the sub-item"),
        c(*s(S4), "1. Google、Facebook、Github 或 Google 之電子郵件地址與使用者 ID，…", "1. 電子郵件地址與應用程式使用者 ID，…", "modified", "sub-item"),
    ],
    [],
    "Commit 'Update wording for platform data': the lead and its first sub-item reworded. 2 changes.",
)
A["cofacts-profile"] = (
    [c(*s(S4), "4. 網站協作者可寄信至 Cofacts WG 之連絡信箱，…", "4. 網站協作者可在個人頁面逕行變更…另外，協作者亦可寄信至 Cofacts WG 之連絡信箱，…", "modified", "a sentence prepended to the clause")],
    [],
    "Commit 'Add description about the user can change the info by themselves'. 1 change.",
)
A["cofacts-30days"] = (
    [c(*s(S4), "4. …Cofacts WG 會在比對寄件者電子郵件地址後進行處理。", "4. …Cofacts WG 會在確認收到請求後的最遲三十天內，…進行刪除或更換處理。", "modified", "a 30-day deadline")],
    [],
    "Commit 'Add 30-day response time in deletion requests'. 1 change.",
)
A["cofacts-email"] = (
    [c(*s(S4), "4. …Cofacts WG 之連絡信箱，請求…", "4. …Cofacts WG 之連絡信箱（cofacts@googlegroups.com），請求…", "contact", "e-mail address inserted")],
    [],
    "Commit 'Insert contact email in privacy policy sections'. 1 change.",
)
CLOUD = c(
    *s(S1),
    "6. 如果網站協作者有廣告投放或是惡意的文章散布、違法情形，Cofacts WG 得直接終止…",
    "6. 如果網站協作者有廣告投放或是惡意的文章散布、違法、或致使 Cofacts WG 違反所使用的雲端儲存服務之條款（…）之情形，Cofacts WG 得直接終止…",
    "modified",
    "the clause more than twice its length",
)
A["cofacts-cloud"] = ([CLOUD], [], "Commit 'Update legal to include cloud storage terms': 一.6 grown past twice its length. 1 change.")
A["cofacts-case"] = (
    [],
    [
        c(*s(T), V3, V3B, "optional", "Feb → February: the same date"),
        c(*s(S1), "6. …Google cloud 服務條款…", "6. …Google Cloud 服務條款…", "optional", "a product's name capitalised"),
    ],
    "Commit 'Fix typo': the month spelt out, a name capitalised. Expected: no change of meaning (tolerated).",
)
CIB = c(*s(S1), "6. …違法、或致使 Cofacts WG…", "6. …違法、以多帳號進行協同性造假行為（Coordinated Inauthentic Behavior, CIB）、或致使 Cofacts WG…", "modified")
A["cofacts-cib"] = ([c(*s(T), V3B, V4, "date", "version line"), CIB], [], "Commit 'Update LEGAL.md': version 4, CIB added to 一.6. 2 changes.")
A["cofacts-span"] = (
    [
        c(*s(T), V1, V4, "date", "version line"),
        c(*s(S1), "6. …違法情形，Cofacts WG…takedowns。", "6. …違法、以多帳號進行協同性造假行為（…CIB）、或致使 Cofacts WG 違反…（…）之情形，Cofacts WG…takedowns 。", "modified", "grown past twice its length"),
        URL,
        ITEMS[0] | {"new_text": "1. 網站協作者登入後，Cofacts 真的假的網站會取得協作者在 Facebook、Twitter、Github 或 Google 上的："},
        ITEMS[1] | {"new_text": "1. 電子郵件地址與應用程式使用者 ID，用以分辨不同帳號以及聯繫協作者。"},
        ITEMS[2],
        c(*s(S4), None, "4. 網站協作者可在個人頁面逕行變更…（cofacts@googlegroups.com）…最遲三十天內…", "added"),
    ],
    [],
    "Version 1 (69ae6a8, 2021-02-11) against version 4 (e123b62, 2023-09-24): ten commits apart, not consecutive. 7 changes.",
)
PT = "Volunteer 志工服務系統 隱私權政策"
A["coscup-txt-md"] = (
    [],
    [c(PT, PT, "privacy.txt (Markdown in a .txt file)", "privacy.md (the same bytes' text)", "noise", "the same text: read as plain text, then as Markdown")],
    "Commit 'Rename privacy to md file format and read from setting': privacy.txt → privacy.md, the same text. Expected: no change.",
)
R = "權利行使"
D = "公告時間"
A["coscup-mailbox"] = (
    [
        c(*s(R), None, "或行政組郵政信箱：", "added"),
        c(*s(R), None, "- 11099 台北信義郵局第 203 號信箱", "added", "contact"),
        c(*s(R), None, "- P.O.BOX 203 Xinyi, Taipei City 11099, Taiwan(R.O.C)", "added", "contact"),
        c(*s(D), None, "- 2020年03月20日 新增郵政信箱", "added", "a dated line"),
    ],
    [c(*s(D), "2020年02月22日", "- 2020年02月22日", "noise", "the same date, now a list item")],
    "Commit 'Add mail box info in privacy': a postal box added; the announcement date became a list of two. 4 changes.",
)
A["coscup-postcode"] = (
    [
        c(*s(R), "- 11099 台北信義郵局第 203 號信箱", "- 110928 台北信義郵局第 203 號信箱", "contact", "postcode"),
        c(*s(D), None, "- 2020年07月04日 變更郵遞區號 11099 → 110928", "added"),
    ],
    [],
    "Commit 'Update mailbox': the postcode changed, a dated line added. 2 changes.",
)


def main() -> None:
    src: dict[str, dict[str, list[str]]] = {}
    for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
        pair, side, commit, blob, size, sha, path = line.split()
        src.setdefault(pair, {})[side] = [path, commit, blob, size, sha]
    for pair, (changes, noise, notes) in A.items():
        key = pair.split("-")[0]
        source = {"repo": REPOS[key], "license": LICENCE[key]}
        for side in ("old", "new"):
            path, commit, blob, size, sha = src[pair][side]
            source[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
        out = {"source": source, "changes": changes, "noise": noise, "notes": notes}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    assert set(A) == set(src), set(A) ^ set(src)


main()
