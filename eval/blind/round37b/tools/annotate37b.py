#!/usr/bin/env python3
"""Source of truth for eval/blind/round37b/{dev,holdout}/*/annotation.json (hand annotations, round 37b).

Placeholders only (headings_annotated: false).  Traditional Chinese (Taiwan) policies, a bilingual zh-Hant / English
module and an English edition of a Taiwan app: drafts published as policies (status labels, notes to the lawyer,
"to be added before launch" instructions, a `.example` mailbox) and clean pages.  Each placeholder, ambiguous and
look-alike text is checked to occur on its line of the stored file; the line is found by the text itself (first line
holding it after the previous entry of the same document), so no line number is typed by hand.  Written before
policylens ran on any document.

* placeholders: slot lines a reviewer would flag before publication (scored);
* ambiguous: lines where a placeholder finding is neither a hit nor a false positive (not scored);
* look-alikes: lines that are NOT slots and stay scored: a placeholder finding there is a false positive.

    python3 tools/annotate37b.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "unknown (the search index names no repository for this text; treat as all rights reserved; test fixture only)"
NOREPO_LIC = "no licence file in the repository at that commit (treat as all rights reserved; test fixture only)"
INDEX = ("text of the search index's stored version (the index names no repository or commit for it); written back by "
         "hand from the index's JSON string, its length checked against the index's total_chars")


def src(index_id, path_hint):
    return {"repo": f"index:{index_id}", "path": path_hint, "commit": None, "license": NOLIC, "note": INDEX}


def git(repo, path, commit, lic=NOREPO_LIC):
    return {"repo": repo, "path": path, "commit": commit, "license": lic,
            "note": "byte-exact git blob (git cat-file blob COMMIT:PATH from a fetched snapshot; git hash-object checked)"}


# name: (set, file, meta, placeholders [(text, note)], ambiguous [(text, note[, nth])], look-alikes [(text, note[, nth])])
DOCS = {
    "folio-zh-md": ("dev", "privacy_zh.md",
        {"kind": "slot (a Taiwan reading-buddy app's first privacy policy, published as a draft outline: effective date to be set, status draft)",
         "repo_kind": "git", "script": "hant/tw", "lang": "zh",
         "source": git("folio0427/folio-web", "legal/privacy_zh.md", "6e964bc6d007465ed368388528caccbb5749c505")},
        [("**生效日** 待定", "effective date left to be set (待定)"),
         ("**狀態** 草稿", "status label of an unpublished draft (same line)"),
         ("> **本頁為草稿大綱。** 正式版本將由台灣執業律師（含 GDPR 顧問）審閱後填上完整文字。",
          "note: a draft outline, full text to be filled in after a lawyer's review")],
        [("> **本服務目前由獨立開發者提供。** 公司成立後將更新本政策之主體資訊", "operator named only as an independent developer (no legal name); an announced future update")],
        [("- 付費紀錄（未來）：5–7 年（依商業會計法、稅捐稽徵法）", "a retention period for a future feature (a real period)"),
         ("- 麥克風、相機（未來功能開放且您主動授權者除外）", "a future feature hedge (a statement)")]),
    "folio-en-md": ("holdout", "privacy_en.md",
        {"kind": "slot (the English edition of the same Taiwan app's draft outline: Effective Date TBD, Status Draft)",
         "repo_kind": "git", "script": "latn", "lang": "en",
         "source": git("folio0427/folio-web", "legal/privacy_en.md", "6e964bc6d007465ed368388528caccbb5749c505")},
        [("**Effective Date** TBD", "effective date TBD"),
         ("**Status** Draft", "status label of an unpublished draft (same line)"),
         ("> **This is a draft outline.** Final policy will be reviewed by a Taiwan-licensed attorney", "note: a draft outline awaiting an attorney")],
        [("> **Service is currently provided by an independent developer.**", "operator named only as an independent developer; an announced future update")],
        [("- Payment records (future): 5–7 years", "a retention period for a future feature (a real period)"),
         ("- Microphone, camera (unless future feature with explicit consent)", "a future feature hedge")]),
    "sakuyal-tw-jsx": ("dev", "PrivacyPolicyPage.jsx",
        {"kind": "slot (a Taiwan NLP site's React privacy page whose only body is 'content to be added here')",
         "repo_kind": "git", "script": "hant/tw", "lang": "zh",
         "source": git("YURULIN1995/sakuyal-nlp", "src/pages/legal/PrivacyPolicyPage.jsx", "6d146626e937f02edf513148e9ff64130ae8defd")},
        [("詳細隱私權政策內容將在此處補充。", "the page body is a note that the policy will be added here")],
        [("{/* TODO: 加入實際的隱私權政策文字 */}", "a JSX comment (not rendered) saying the same")],
        [("<SEO title=\"隱私權政策\" description=\"Sakuyal 自然語言煉金術網站隱私權政策說明。\" />", "page metadata (real)")]),
    "taigu-tw-tsx": ("dev", "page.tsx",
        {"kind": "slot (a Taiwan stock-signal site's Next.js privacy page published as a pre-launch draft, with status cards and 'to add before launch' notes)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh",
         "source": src("55054392971", "app/privacy/page.tsx (台股燈號)")},
        [("本頁為正式上線前的隱私權政策草案，用來先界定追蹤事件、會員功能、廣告與 Email 週報可能涉及的資料使用。", "the page calls itself a pre-launch draft"),
         ("<strong>上線前草案</strong>", "status card: pre-launch draft"),
         ("<strong>需補流程</strong>", "status card: process still to be added"),
         ("<p>會員功能上線前，需補齊查詢、更正、刪除、停用與聯絡窗口。</p>", "rights process and contact to be added"),
         ("第三方服務會依其各自條款處理資料，正式上線前需補上實際服務商清單。", "the list of processors to be added before launch"),
         ("正式版本會補上聯絡方式與資料刪除流程。", "contact and deletion process to be added in the final version")],
        [("<span>目前狀態</span>", "label of the status card"),
         ("<p>目前先界定追蹤事件、會員、Email 週報與廣告可能用到的資料範圍。</p>", "the status card's description")],
        [("正式上線後，本網站可能使用 GA4、Vercel Analytics 或其他網站分析工具。若使用 Cookie 或類似技術，", "a hedge on future analytics (a statement)"),
         ("未來若開放會員功能，可能會蒐集 Email、登入識別、收藏清單、訂閱狀態與偏好設定。", "a hedge on a future feature (a statement)"),
         ("<p className=\"eyebrow\">Privacy</p>", "an English eyebrow label")]),
    "mele-tw-tsx": ("dev", "page.tsx",
        {"kind": "slot (a Taiwan fortune-telling platform's Next.js privacy page: a pre-launch draft to be reviewed by a lawyer, mailbox to be replaced)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh",
         "source": src("56729339744", "app/legal/privacy/page.tsx (MELE 命理媒介中心)")},
        [("本頁是產品上線前的隱私權政策草案，用於清楚告知使用者 MELE 如何處理資料。", "the page calls itself a pre-launch draft"),
         ("正式公開收費前，仍應由熟悉台灣個資法與跨境資料處理的律師審閱。", "still to be reviewed by a lawyer"),
         ("正式上線時，請將下列信箱替換為實際客服與隱私聯絡信箱：", "instruction: replace the mailbox below at launch"),
         ("privacy@mele.example", "the mailbox is a .example placeholder")],
        [("'老師申請者上傳的高敏感文件應設定非公開儲存，並依內部政策定期清除。',", "a 'should be set' retention statement (ambiguous)")],
        [("<p className=\"mt-3 text-xs text-white/50\">最後更新：2026 年 4 月 30 日</p>", "a real date"),
         ("'付款可能透過綠界科技或其他金流服務完成。',", "a hedge naming a real processor"),
         ("<div className=\"mele-subtitle\">PRIVACY POLICY</div>", "an English subtitle")]),
    "truthshield-tw-js": ("dev", "legalDocuments.js",
        {"kind": "slot (a Taiwan news-credibility platform's bilingual zh-Hant / English legal module: every document is a draft 'for legal review', processors, retention and contact left for the final version)",
         "repo_kind": "index text", "script": "hant/tw+latn", "lang": "zh+en",
         "source": src("54719819811", "legal documents module (TruthShield; file name not given by the index)")},
        [("title: '隱私權政策草案',", "the privacy policy's title says draft"),
         ("subtitle: 'Draft for legal review',", "English status label"),
         ("intro: '本文件是 TruthShield 上線前草案，供使用者理解資料處理方式，正式公開前應由台灣律師審閱。", "note: pre-launch draft, a lawyer must review it before publication"),
         ("'若正式上線使用 CDN、雲端主機、PostgreSQL、Redis、queue 或監控服務，應在正式版本補上服務商與資料區域。',", "processors and regions to be added in the final version"),
         ("正式版應由營運政策設定具體年限。", "retention period left to be set"),
         ("'正式上線前應提供專用隱私聯絡信箱、資安通報信箱與資料權利處理 SLA。',", "no contact: a mailbox to be provided before launch"),
         ("'正式上線前應提供 security@truthshield.example 或等效私密通報管道。',", "a .example mailbox to be provided before launch"),
         ("title: 'Privacy Policy Draft',", "English title says draft"),
         ("intro: 'This is a pre-launch draft for legal review.", "English note: pre-launch draft for legal review")],
        [("title: '服務條款草案',", "the terms' draft title (not the privacy policy)"),
         ("subtitle: 'Draft for legal review',", "the terms' draft label (second occurrence)", 2),
         ("title: '社群治理規則草案',", "draft title of another document"),
         ("subtitle: 'Community Guidelines Draft',", "draft label of another document"),
         ("title: '資料處理說明草案',", "draft title of another document"),
         ("subtitle: 'Data Processing Notice Draft',", "draft label of another document"),
         ("title: '官方澄清與答辯權政策草案',", "draft title of another document"),
         ("subtitle: 'Right of Reply Policy Draft',", "draft label of another document"),
         ("title: '安全漏洞回報政策草案',", "draft title of another document"),
         ("subtitle: 'Security Policy Draft',", "draft label of another document"),
         ("title: 'Terms of Service Draft',", "English draft title of the terms"),
         ("title: 'Community Guidelines Draft',", "English draft title"),
         ("title: 'Data Processing Notice Draft',", "English draft title"),
         ("title: 'Official Response and Right of Reply Policy Draft',", "English draft title"),
         ("title: 'Security Vulnerability Reporting Policy Draft',", "English draft title"),
         ("'登入 token、OAuth state、bot challenge、nonce 與 session 類資料應採短期保存或到期失效。',", "a vague 'should' retention (ambiguous)"),
         ("'高影響操作應有二次確認、理由、audit log 與申訴通道。未來應將權限切分為", "governance plan (a future intention)")],
        [("const effectiveDate = '2026-05-07'", "a real effective date"),
         ("'登入服務可能包含 Facebook、Google、GitHub 或開發期 dev login。", "a statement about login providers"),
         ("'捐款付款由綠界處理。TruthShield 保存交易狀態與必要對帳資料，不保存信用卡號。',", "a statement naming a real processor"),
         ("const documents = locale === 'en' ? en : zh", "code choosing the edition")]),
    "teaching-tw-md": ("holdout", "privacy-policy.draft.md",
        {"kind": "slot (a Taiwan teaching-material marketplace's privacy policy draft: banners 'NOT LAWYER APPROVED', bracketed [LAWYER REVIEW REQUIRED — …] and [OWNER DECISION REQUIRED — …] markers, retention periods deliberately left unset)",
         "repo_kind": "index text (repository named by the index, no snapshot)", "script": "hant/tw", "lang": "zh+en markers",
         "source": {"repo": "mush1200/teaching-platform", "path": "docs/legal-drafts/privacy-policy.draft.md",
                    "commit": "0fc5b30a91069c4c4cb2c2344193f464dfd7af69", "license": "unknown (no snapshot could be fetched; treat as all rights reserved; test fixture only)",
                    "note": "text of the search index's stored version at that commit (no snapshot could be fetched); written back by hand from the index's JSON string, its length checked against total_chars"}},
        [("DRAFT — NOT LAWYER APPROVED", "draft banner (status label)"),
         ("NOT FOR PRODUCTION PUBLICATION", "draft banner"),
         ("# 隱私權政策（草稿）", "title says draft"),
         ("`[LAWYER REVIEW REQUIRED — L-22 / 各類資料之法定蒐集依據", "bracketed note to the lawyer in place of the legal basis"),
         ("`[LAWYER REVIEW REQUIRED — O-19 / 郵件傳送服務供應商之身分揭露：條文表述]`", "bracketed note in place of the mail processor's disclosure"),
         ("**本草稿刻意未填入任何供應商名稱，亦不得猜測。**", "the processor's name deliberately left blank"),
         ("`[LAWYER REVIEW REQUIRED — 法定揭露條款之表述]`", "bracketed note"),
         ("`[LAWYER REVIEW REQUIRED — 部署環境（主機、儲存服務）之委外處理者揭露：條文表述]`", "bracketed note"),
         ("6.2 **各類資料之具體保存期間目前尚未訂定。**", "retention periods not set"),
         ("`[LAWYER REVIEW REQUIRED — L-21 / 稽核紀錄（activity_logs）依個人資料", "bracketed note in place of a retention period"),
         ("`[LAWYER REVIEW REQUIRED — L-22 / 各類資料之法定保存依據覆核]`", "bracketed note"),
         ("`[LAWYER REVIEW REQUIRED — RM-15 / 教材檔案之保存期間]`", "bracketed note"),
         ("`[ACCOUNTANT REVIEW REQUIRED — T-14 / 稅務憑證與帳簿之法定保存年限，", "bracketed note to the accountant"),
         ("**本草稿刻意未填入任何年限。**", "periods deliberately left blank"),
         ("`[LAWYER REVIEW REQUIRED — 法律保留之要件、期間與解除條件]`", "bracketed note"),
         ("**本草稿刻意未填入任何法律保留期限。**", "period deliberately left blank"),
         ("`[LAWYER REVIEW REQUIRED — 當事人權利之行使流程與法定條文用語；", "bracketed note in place of the rights process"),
         ("`[OWNER DECISION REQUIRED — O-21 / 人工受理之作業流程]`", "bracketed note to the owner"),
         ("`[LAWYER REVIEW REQUIRED — L-21 / 刪除使用者時，稽核紀錄中", "bracketed note"),
         ("`[OWNER DECISION REQUIRED — SCHEMA-02 / 帳號刪除之技術語意與流程]`", "bracketed note"),
         ("`[LAWYER REVIEW REQUIRED — 網路交易定型化契約應記載事項第十三點", "bracketed note"),
         ("`[LAWYER REVIEW REQUIRED — 個人資料檔案安全維護管理辦法之適用性", "bracketed note"),
         ("`[OWNER DECISION REQUIRED — DEC-LEGAL-01 / 「重大變更」定義]`", "bracketed note"),
         ("`[LAWYER REVIEW REQUIRED — DEC-LEGAL-01 / 隱私權政策變更之", "bracketed note"),
         ("DRAFT — NOT LAWYER APPROVED", "closing draft banner"),
         ("NOT FOR PRODUCTION PUBLICATION", "closing draft banner")],
        [("Internal drafting / lawyer review only.", "draft banner's purpose line"),
         ("Status:", "draft banner's status label"),
         ("Draft.", "draft banner's status value"),
         ("**Draft Identifier:** `draft-2026-08`", "draft identifier"),
         ("**對應 public route：** `/privacy`（目前無 published 版本 → **404**）", "internal routing note"),
         ("> **本節條文本文本輪未修改。** 是否揭露供應商名稱、如何表述、是否需揭露分包商層級，", "editorial status note"),
         ("> 屬定稿判斷 —— `LEGAL SUFFICIENCY: PENDING LAWYER REVIEW`。", "editorial status note"),
         ("> **本節條文本文本輪未修改。** `LEGAL SUFFICIENCY: PENDING LAWYER REVIEW`。", "editorial status note"),
         ("> **仍未齊備：production 網域與主機名稱（`PENDING`），以及 Render 之法人名稱與", "editorial status note (host pending)"),
         ("> **狀態（2026-08-31，Owner 拍板 `DEC-14`）：`FACT KNOWN`。**", "editorial status note"),
         ("## 未解決事項索引", "index of open questions (drafting material)"),
         ("| `O-21` | 當事人權利之**受理作業流程**與法定回覆期限（管道已定，見下） | §8.3 |", "open-question row"),
         ("> 兩者皆為法定問題，維持上列 `LAWYER REVIEW REQUIRED`。", "editorial note")],
        [("**mush1200@hotmail.com**", "a real (personal) mailbox, the chosen contact"),
         ("| 刪除 | **尚未提供** |", "a disclosure that deletion is not offered yet (a statement, not a blank)"),
         ("* 平台**不蒐集完整銀行帳號**（資料庫層以 `^[0-9]{4}$` 限制僅接受四位數字）。", "a regex quoted as a fact")]),
    "eudaimonia-tw-tsx": ("dev", "PrivacyPolicy.tsx",
        {"kind": "clean (an IP consultancy's bilingual React privacy page: `lang === 'zh' ? <>…</> : <>…</>`, both editions complete)",
         "repo_kind": "index text", "script": "hant/tw+latn", "lang": "zh+en",
         "source": src("58934112905", "PrivacyPolicy.tsx (Eudaimonia IP)")},
        [],
        [],
        [("{lang === 'zh' ? '最後更新日期：2025年1月1日' : 'Last Updated: January 1, 2025'}", "real dates in both editions"),
         ("<p className=\"mt-4 font-medium\">Email: genius@eudaimonia-ip.com</p>", "a real mailbox"),
         ("<p>Eudaimonia IP (\"we\", \"us\", or \"our\") values your privacy.", "the English edition names its operator")]),
    "copilotpro-tw-tsx": ("dev", "page.tsx",
        {"kind": "clean (a family office's short Next.js privacy page)",
         "repo_kind": "git", "script": "hant/tw", "lang": "zh",
         "source": git("drink365/copilot-pro", "app/privacy/page.tsx", "fb4079a4495df62ad4ec450a208891826a9421e6")},
        [],
        [],
        [("title: \"隱私權政策 | 永傳家族辦公室\",", "page title naming the operator"),
         ("本平台尊重並保護使用者的隱私，僅於合法必要之情況下蒐集、處理及使用您的個人資料。", "a statement")]),
    "isunfa-tw-md": ("holdout", "privacy_policy.md",
        {"kind": "clean (a Taiwan accounting SaaS's Markdown privacy terms, read by its Next.js page)",
         "repo_kind": "git", "script": "hant/tw", "lang": "zh",
         "source": git("CAFECA-IO/iSunFA", "documents/privacy_policy.md", "8c803e3068270ec7ba526ee35e481aac11857190", "GPL-3.0 (LICENSE at the snapshot's HEAD)")},
        [],
        [],
        [("**生效日期：2024年08月09日**", "a real effective date"),
         ("- **聯絡電話**：+886-2-2546-6225", "a real phone number"),
         ("請透過 `contact@isunfa.com` 聯繫我們。", "a real mailbox in code spans")]),
}


def lines_of(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def locate(lines, text, start):
    for i in range(start, len(lines)):
        if text in lines[i]:
            return i + 1
    sys.exit(f"not found after line {start}: {text!r}")


def locate_nth(lines, text, nth):
    """The line of the nth (1-based) line holding text."""
    ln = 0
    for _ in range(nth):
        ln = locate(lines, text, ln)
    return ln


def main():
    total = capped_total = 0
    for name, (s, fname, meta, phs, amb, look) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for text, note in phs:
            ln = locate(lines, text, max(pos - 1, 0))
            if out and out[-1]["line"] == ln and out[-1]["text"] == text:
                ln = locate(lines, text, ln)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        amb_out = [{"line": locate_nth(lines, e[0], e[2] if len(e) > 2 else 1), "text": e[0], "note": e[1]} for e in amb]
        look_out = [{"line": locate_nth(lines, e[0], e[2] if len(e) > 2 else 1), "text": e[0], "note": e[1]} for e in look]
        slot_lines = sorted({p["line"] for p in out})
        clash = sorted({a["line"] for a in look_out} & (set(slot_lines) | {a["line"] for a in amb_out}))
        if clash:
            sys.exit(f"{name}: look-alike lines {clash} are also slot or ambiguous lines")
        ann = {"file": fname, **meta, "headings_annotated": False, "headings": [],
               "placeholders": out, "ambiguous_placeholder_notes": amb_out, "look_alike_lines": look_out,
               "ambiguous_lines": [], "ambiguous_placeholder_lines": sorted({a["line"] for a in amb_out})}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(f"{s:8} {name:20} slots {len(out)} lines {slot_lines} (capped {capped}) "
              f"ambiguous {sorted({a['line'] for a in amb_out})} look-alikes {sorted({a['line'] for a in look_out})}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
