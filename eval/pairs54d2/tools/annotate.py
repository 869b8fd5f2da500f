"""Write pairs/*/annotation.json of eval/pairs54d2 (u54d2): each pair's sources (index ids, sha256 of each side as
tools/extract.py cuts it) and its changes, annotated by hand from the two texts read in full, before any run of
policylens.  Rules of eval/pairs53b / pairs54d: one change per edited sentence, list item or place (an added or removed
sentence inside a kept paragraph is its own change); a renamed section title is a change (`renamed`); a list item that
moved counts where it lands; markup, script conversion and regional wording of a cross-script edition (数据 → 資料,
当前 → 目前, 登录 → 登入, 通过 → 透過, 支持 → 支援, 本地 → 本機, 创建 → 建立, 设备 → 裝置, 跟踪 → 追蹤) and a brand's letter case
(Jobbeagle → JobBeagle alone) are no change.  Usage: python3 tools/annotate.py  (from eval/pairs54d2)"""

import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
TS_OLD = {"index": 60860674166, "total_chars": 11931, "file": "lib/legal content module (TypeScript), 2 July 2026 edition"}
TS_NEW = {"index": 60925084675, "total_chars": 13843, "file": "the same module, privacy 12 July 2026 / terms 24 August 2026"}


def c(old_title, new_title, old_text, new_text, kind, note=None):
    d = {"old_title": old_title, "new_title": new_title, "old_text": old_text, "new_text": new_text, "kind": kind}
    if note:
        d["note"] = note
    return d


P_TOP = "隱私權政策"
PRIVACY = [
    c(P_TOP, P_TOP, "2026 年 7 月 2 日", "2026 年 7 月 12 日", "modified", "lastUpdated"),
    c(
        P_TOP,
        P_TOP,
        "Jobbeagle（「我們」）營運 jobbeagle.com，包含 AI 職缺分析與 Jobbeagle Shorts。",
        "JobBeagle（「我們」）營運 jobbeagle.com 與 JobBeagle Chrome 外掛。",
        "modified",
        "intro: the scope (Shorts → the Chrome extension)",
    ),
    c(P_TOP, P_TOP, None, "我們不會出售個人資料。", "added", "intro: a sentence added"),
    c(
        "我們收集的資訊",
        "我們收集的資訊",
        "求職者資料：您上傳的履歷、求職信、申請留言及 AI 分析報告。",
        "求職者資料：您貼上或外掛抓取的職缺描述、上傳的履歷（文字／PDF／DOCX）與 AI 分析報告。",
        "modified",
    ),
    c(
        "我們收集的資訊",
        "我們收集的資訊",
        None,
        "成功分析後，系統會自動將履歷版本存入您的帳號履歷庫（依內容去重），並把每份報告與該履歷版本對應。",
        "added",
    ),
    c("我們收集的資訊", "我們收集的資訊", "企業資料：公司名稱、簡介、聯絡信箱、職缺內容與招募影片。", None, "deleted"),
    c("我們收集的資訊", "我們收集的資訊", None, "Chrome 外掛資料：僅在您點擊外掛圖示時，…我們不會抓取瀏覽紀錄或其他分頁。", "added"),
    c(
        "我們收集的資訊",
        "我們收集的資訊",
        "技術資料：IP 位址（經雜湊用於 AI 分析次數限制）、瀏覽器類型及登入工作階段 Cookie。",
        "技術資料：IP（用於限流）、瀏覽器類型、裝置指紋（防止濫用免費額度）及登入 Cookie。",
        "modified",
    ),
    c(
        "我們收集的資訊",
        "我們收集的資訊",
        "使用資料：頁面瀏覽（Google Analytics）、影片觀看次數、按讚、收藏與追蹤。",
        "使用資料：頁面瀏覽（若啟用 Google Analytics）與產品互動指標。",
        "modified",
        "also moved below 技術資料 (counted where it lands)",
    ),
    c(
        None,
        "Chrome 外掛 — 允許的網站",
        None,
        "外掛僅申請存取白名單職缺網：LinkedIn、…以及 jobbeagle.com（交接用）。",
        "added",
        "a section added",
    ),
    c(None, "Chrome 外掛 — 允許的網站", None, "我們不會販售抓取的職缺內容或您的履歷；職缺文字僅用於您主動要求的 AI 分析。", "added"),
    c(None, "Chrome 外掛 — 允許的網站", None, "您可隨時於 chrome://extensions → JobBeagle → 網站存取權限撤銷授權。", "added"),
    c(
        "我們如何使用您的資訊",
        "我們如何使用您的資訊",
        "提供 AI 職缺匹配分析、Shorts 瀏覽、申請與企業管理功能。",
        "提供 AI 職缺分析（Lite／Full）與 Pre-Flight 確認。",
        "modified",
    ),
    c("我們如何使用您的資訊", "我們如何使用您的資訊", "求職者申請職缺時，透過 Resend 寄送通知信給企業聯絡信箱。", None, "deleted"),
    c("我們如何使用您的資訊", "我們如何使用您的資訊", None, "透過 Lemon Squeezy 處理付款與額度。", "added"),
    c("我們如何使用您的資訊", "我們如何使用您的資訊", "在您登入後儲存分析歷史、收藏職缺與申請紀錄。", None, "deleted"),
    c(
        "我們如何使用您的資訊",
        "我們如何使用您的資訊",
        "透過次數限制與重複申請檢查防止濫用。",
        "透過限流、額度檢查與裝置指紋防止濫用。",
        "modified",
    ),
    c("資訊分享", "資訊分享", "當您申請職缺時，您的姓名、Email、電話、履歷、求職信與留言會提供給該職缺的企業。", None, "deleted"),
    c(
        "資訊分享",
        "資訊分享",
        "我們使用第三方服務：Supabase（資料庫與驗證）、Google Gemini（AI 分析）、Resend（Email）、Vercel（主機）、Google Analytics。",
        "我們使用第三方處理者：Supabase、Google Gemini、Lemon Squeezy、Vercel、Resend（若啟用）、Google Analytics（若啟用）。",
        "modified",
    ),
    c(
        "資訊分享",
        "資訊分享",
        "若法律要求或為保護我們與使用者的權益，我們可能依法揭露資訊。",
        "若法律要求或為保護權益，我們可能依法揭露資訊。",
        "modified",
    ),
    c("資料保留", "資料保留與刪除（CCPA／GDPR）", "資料保留", "資料保留與刪除（CCPA／GDPR）", "renamed", "the section's title"),
    c(
        "資料保留",
        "資料保留與刪除（CCPA／GDPR）",
        "分析報告與履歷在帳號有效期間保留；您可聯絡我們要求刪除。",
        "履歷版本與分析報告於帳號有效期間保留。",
        "modified",
    ),
    c("資料保留", "資料保留與刪除（CCPA／GDPR）", None, "從履歷庫移除為軟刪除（列表隱藏），不會抹去曾使用該履歷的歷史報告。", "added"),
    c("資料保留", "資料保留與刪除（CCPA／GDPR）", None, "部分免費用戶單次報告約 90 天後可能自動清除。", "added"),
    c("資料保留", "資料保留與刪除（CCPA／GDPR）", "求職申請紀錄保留，供企業審閱與求職者查詢自己的申請歷史。", None, "deleted"),
    c(
        "資料保留",
        "資料保留與刪除（CCPA／GDPR）",
        None,
        "您可於登入後至「帳戶管理」執行硬刪除：包含驗證帳號、profile、履歷庫、分析報告，以及相關上傳媒體檔案。",
        "added",
    ),
    c("資料保留", "資料保留與刪除（CCPA／GDPR）", "企業職缺內容保留至企業自行刪除或因違規被移除。", None, "deleted"),
    c(
        "資料保留",
        "資料保留與刪除（CCPA／GDPR）",
        None,
        "加州 CCPA 等法規下的使用者，亦可透過站內刪除或 henry061680@gmail.com 行使權利。",
        "added",
    ),
    c(
        "您的權利",
        "您的權利",
        "您可登入後於個人設定管理資料，或 Email 聯絡我們存取、更新、刪除帳號資料。",
        "您可登入後至帳戶管理刪除帳號，或 Email 聯絡我們存取、更新、刪除資料。",
        "modified",
    ),
    c("您的權利", "您的權利", "您可隨時拒絕行銷通訊。", None, "deleted"),
    c(
        "您的權利",
        "您的權利",
        "依您所在司法管轄區，您可能享有 GDPR、CCPA 等額外權利。",
        "依司法管轄區，您可能享有 GDPR、CCPA 等額外權利。",
        "modified",
    ),
    c(
        "資訊安全",
        "資訊安全",
        "我們使用 HTTPS、Supabase 列級安全（RLS）及 API 驗證保護資料。",
        "我們使用 HTTPS、Supabase RLS、API 驗證、金流 webhook 簽章驗證與限流保護服務。",
        "modified",
    ),
    c(
        "聯絡我們",
        "聯絡我們",
        "隱私相關問題：請透過 jobbeagle.com 留言表單或 henry061680@gmail.com 聯絡。",
        "隱私相關問題：henry061680@gmail.com 或 jobbeagle.com 留言表單。",
        "modified",
        "the two channels swapped, 請透過…聯絡 dropped",
    ),
]

T_TOP = "服務條款"
TERMS = [
    c(T_TOP, T_TOP, "2026 年 7 月 2 日", "2026 年 8 月 24 日", "modified", "lastUpdated"),
    c(T_TOP, T_TOP, "使用 Jobbeagle 即表示您同意本條款。", "使用 JobBeagle（網站與 Chrome 外掛）即表示您同意本條款。", "modified", "intro"),
    c(
        "服務說明",
        "服務說明",
        "Jobbeagle 提供 AI 職缺分析工具及 Shorts 短影片職缺平台，供企業發布職缺、求職者瀏覽與申請。",
        "JobBeagle 提供 AI 職缺分流與分析（Lite／Full）、Chrome 外掛抓取後的 Pre-Flight 確認，以及付費額度方案。",
        "modified",
    ),
    c(None, "Chrome 外掛", None, "外掛僅可用於隱私權政策所列白名單職缺網；您須有權瀏覽所抓取的職缺頁。", "added", "a section added"),
    c(None, "Chrome 外掛", None, "您有責任在 Pre-Flight 確認抓取內容後再啟動分析並消耗額度。", "added"),
    c(None, "Chrome 外掛", None, "若職缺網站改版或封鎖自動化存取，我們不保證抓取一定成功。", "added"),
    c("帳號", "帳號與額度", "帳號", "帳號與額度", "renamed", "the section's title"),
    c("帳號", "帳號與額度", None, "分析需 Google 登入。", "added", "a sentence added to the first item"),
    c("帳號", "帳號與額度", "您須對帳號下的一切活動負責。", None, "deleted"),
    c("帳號", "帳號與額度", "企業使用者聲明其有權代表該組織發布招聘內容。", None, "deleted"),
    c("帳號", "帳號與額度", None, "免費帳號享有有限終身 Lite 額度；付費額度與訂閱於 Lemon Squeezy 付款成功後發放。", "added"),
    c("帳號", "帳號與額度", None, "您可在帳戶管理頁一鍵取消月費 Standard／Advanced 訂閱。本期結束前仍可使用；剩餘額度會保留。", "added"),
    c("帳號", "帳號與額度", None, "額度不可轉讓；退款依 Lemon Squeezy 與適用法律辦理。", "added"),
    c("求職者申請", None, "送出申請即表示您確認履歷與資料真實，並同意將資料提供給該職缺之企業。", None, "deleted", "a section removed"),
    c("求職者申請", None, "不得提交虛假、誤導或垃圾申請。", None, "deleted"),
    c("求職者申請", None, "Email 通知不保證送達；企業亦可於 Jobbeagle 企業後台查看申請。", None, "deleted"),
    c("企業內容", None, "企業對職缺內容、影片與錄用決策負全部責任。", None, "deleted", "a section removed"),
    c("企業內容", None, "不得發布假職缺、歧視性內容或違法資訊。", None, "deleted"),
    c("企業內容", None, "違反本條款之內容或帳號，我們得移除或停權，無需事先通知。", None, "deleted"),
    c(
        "AI 分析免責",
        "AI 分析免責",
        "AI 匹配分數與報告僅供參考，不構成錄用建議或保證。",
        "AI 分數與報告僅供參考，不構成錄用、法律或財務建議。",
        "modified",
    ),
    c(None, "可接受使用", None, "不得濫用限流、註冊假帳號洗免費額度、逆向工程，或將外掛用於非白名單網站。", "added", "a section added"),
    c(None, "可接受使用", None, "違反本條款之帳號，我們得停權。", "added"),
    c(
        "責任限制",
        "責任限制",
        "服務依「現狀」提供，我們不對錄用結果、企業行為或間接損害負責。",
        "服務依「現狀」提供，我們不對錄用結果或間接損害負責。",
        "modified",
    ),
    c(
        "聯絡我們",
        "聯絡我們",
        "問題請透過 jobbeagle.com 留言表單或 henry061680@gmail.com。",
        "問題請透過 henry061680@gmail.com 或 jobbeagle.com 留言表單。",
        "modified",
        "the two channels swapped",
    ),
]

SEIZE = [
    c(
        "联系我们 / Contact Us",
        "联系我们 / Contact Us",
        "[your-email@example.com]",
        "[janis.j.wang@gmail.com]",
        "modified",
        "the contact address: a placeholder filled in",
    ),
]

PAIRS = {
    "jobbeagle-privacy": (
        PRIVACY,
        ".ts",
        {"old": dict(TS_OLD, extracted="const PRIVACY_ZH_TW"), "new": dict(TS_NEW, extracted="const PRIVACY_ZH_TW")},
        "zh-Hant, TypeScript object literal; the 2 July → 12 July 2026 editions (the Chrome extension, payments, deletion)",
    ),
    "jobbeagle-terms": (
        TERMS,
        ".ts",
        {"old": dict(TS_OLD, extracted="const TERMS_ZH_TW"), "new": dict(TS_NEW, extracted="const TERMS_ZH_TW")},
        "zh-Hant, TypeScript object literal; the 2 July → 24 August 2026 editions (held out)",
    ),
    "seize-email": (
        SEIZE,
        ".html",
        {
            "old": {
                "repo": "MisswangWorld/privacy-policies",
                "path": "privacy-policy/privacy-policy-seize-cn.html",
                "commit": "8f8e9b2cb590e0fe23c1daec2c2a6dbf177787b1",
                "index": 25424169121,
                "total_chars": 3175,
            },
            "new": {
                "repo": "MisswangWorld/privacy-policies",
                "path": "privacy-policy-seize-cn.html",
                "commit": "fda5e678eafccc19b08be271d96edcff22ca7112",
                "index": 59574362420,
                "total_chars": 3175,
            },
        },
        "zh-Hans (with English lines), HTML; two stored copies of one page, the older with a placeholder address (order inferred: no snapshot of the repository's history)",
    ),
    "shaxian-xscript": (
        [],
        ".html",
        {
            "old": {"index": 57143765532, "total_chars": 4389, "generated": "public/zh-Hans/privacy/index.html"},
            "new": {"index": 57143765532, "total_chars": 4389, "generated": "public/zh-Hant/privacy/index.html"},
        },
        "cross-script: the zh-Hans page against the zh-Hant edition of the same version, both written by one bash generator; only script and regional wording differ",
    ),
}

lines = []
for pair, (changes, suffix, source, note) in PAIRS.items():
    folder = HERE / "pairs" / pair
    for side in ("old", "new"):
        data = (folder / f"{side}{suffix}").read_bytes()
        source[side]["sha256"] = hashlib.sha256(data).hexdigest()
    ann = {"pair": pair, "source": source, "license": "no licence stated (index text)", "note": note, "changes": changes}
    text = json.dumps(ann, ensure_ascii=False, indent=1) + "\n"
    (folder / "annotation.json").write_text(text, encoding="utf-8")
    lines.append(f"{hashlib.sha256(text.encode()).hexdigest()}  pairs/{pair}/annotation.json  ({len(changes)} changes)")
(HERE / "ANNOTATION_HASHES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
print("\n".join(lines))
