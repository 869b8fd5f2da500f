#!/usr/bin/env python3
"""Source of truth for eval/blind/round36b/{dev,holdout}/*/annotation.json (hand annotations, round 36b).

Placeholders only (headings_annotated: false).  Traditional Chinese (Taiwan, Hong Kong) and bilingual zh-Hant/en
documents.  Each placeholder, ambiguous and look-alike text is checked to occur on its line of the stored file; the
line is found by the text itself (first line holding it after the previous entry of the same document), so no line
number is typed by hand.  Written before policylens ran on any document.

* placeholders: slot lines a reviewer would flag before publication (scored);
* ambiguous: lines where a placeholder finding is neither a hit nor a false positive (not scored);
* look-alikes: lines that are NOT slots and stay scored: a placeholder finding there is a false positive.

    python3 tools/annotate36b.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "unknown (the search index names no repository for this text; treat as all rights reserved; test fixture only)"
INDEX = ("text of the search index's stored version (the index names no repository or commit for it); written back by "
         "hand from the index's JSON string, its length checked against the index's total_chars")


def src(index_id, path_hint):
    return {"repo": f"index:{index_id}", "path": path_hint, "commit": None, "license": NOLIC, "note": INDEX}


# name: (set, file, meta, placeholders [(text, note)], ambiguous [(text, note)], look-alikes [(text, note)])
DOCS = {
    "kaidian-tw-tsx": ("dev", "page.tsx",
        {"kind": "template (a shop-tools site's Next.js privacy page that calls itself a general template)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh",
         "source": src("55613795108", "app/privacy/page.tsx (Next.js App Router, 開店小工具箱)")},
        [("請透過本網站日後公布的聯絡方式與我們聯繫", "no contact: the contact channel is to be published later"),
         ("提醒：本頁內容為一般網站隱私權政策範本，並非法律意見。", "the page calls itself a general template (note to the operator)")],
        [("若網站未來加入會員系統、付款功能、表單、電子報、廣告服務或跨境服務，", "second line of the template note"),
         ("建議依實際功能重新調整本政策內容。", "third line of the template note: adjust the policy to the real features")],
        [("本網站未來可能使用 Cookie 或類似技術，以便提供網站功能、分析流量、", "a hedge on future cookies (a statement, not a slot)"),
         ("本網站未來可能使用第三方服務，例如網站流量分析、廣告投放、網站主機、", "a hedge on future services (a statement)"),
         ("最後更新日期：2026 年 7 月 1 日", "a real date")]),
    "sharedledger-tw-md": ("dev", "app-store-zh-Hant.md",
        {"kind": "template (an iOS app's App Store / TestFlight submission kit in zh-TW with English review notes; its privacy section lists what the policy must say)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh+en",
         "source": src("55665218173", "docs/ App Store listing (Shared Ledger, com.shaunchuang.SharedLedger)")},
        [("| Copyright | `2026 [你的姓名或公司法定名稱]` |", "copyright holder slot"),
         ("| 隱私權政策 URL | `[https://你的網域/privacy]` |", "privacy-policy URL slot"),
         ("| 支援 URL | `[https://你的網域/support]` |", "support URL slot"),
         ("| 行銷 URL（選填） | `[https://你的網域/shared-ledger]` |", "marketing URL slot"),
         ("| 姓名 | `[審查聯絡人姓名]` |", "review contact name slot"),
         ("| Email | `[可即時收信的 Email]` |", "review contact e-mail slot"),
         ("| 電話 | `[含國碼，例如 +886...]` |", "review contact phone slot"),
         ("若審查期間需要協助，請聯絡：[審查聯絡 Email]", "contact e-mail slot in the review notes"),
         ("[你的 TestFlight 回饋 Email]", "feedback e-mail slot"),
         ("Contact: [review contact email]", "English review notes: contact slot")],
        [("> 本文件依目前產品規格撰寫。正式送審前，必須將文案與「實際上傳的 build」逐項比對；", "the kit's own instruction to its author"),
         ("| 欄位 | 待填內容 |", "table header 'content to fill' (labels the slot rows)"),
         ("上方描述是「完整 MVP 版本」文案。若 1.0 build 尚未具備下列任一功能，送審前請刪除對應段落：", "kit instruction: cut features not in the build"),
         ("若 build 的共享入口、選單名稱或操作路徑不同，請在備註中改成逐步且可重現的實際路徑。", "kit instruction"),
         ("這個答案必須先以實際程式碼、SDK 清單與 CloudKit 權限設定做最後確認。", "kit instruction"),
         ("- [ ] 填入法定姓名／公司名稱與 Copyright。", "to-do item of the kit's checklist"),
         ("- [ ] 填入 App Review 聯絡姓名、Email 與電話。", "to-do item"),
         ("- [ ] 填入 TestFlight Feedback Email。", "to-do item"),
         ("- [ ] 建立可公開瀏覽的隱私權政策頁面。", "to-do item"),
         ("- [ ] 建立含有效聯絡資訊的支援頁面。", "to-do item")],
        [("Bundle ID：`com.shaunchuang.SharedLedger`", "a real bundle identifier"),
         ("| SKU | `SHAREDLEDGER-IOS-001` | 僅供內部識別，建立後不可更改 |", "a real SKU"),
         ("| 主要語言 | 繁體中文 | 建議先以台灣市場為主 |", "a recommendation, not a slot"),
         ("更新日期：2026-07-18  ", "a real date")]),
    "fortune-tw-tsx": ("dev", "page.tsx",
        {"kind": "slot (an AI fortune-reading site's Next.js privacy page; the contact section is a note to add a contact before launch)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh",
         "source": src("59712373052", "app/privacy/page.tsx")},
        [("若你對隱私權政策有疑問，建議在正式上線前補上聯絡信箱或客服窗口，供使用者提出查詢與刪除請求。",
          "note to the operator in place of the contact: add a mailbox before launch")],
        [("若未來加入會員或紀錄功能，我們會再補充保存期間、刪除方式與帳號管理規則。", "retention deferred until a future feature (ambiguous)")],
        [("title: `隱私權政策 | ${siteConfig.name}`,", "a template literal filled from the site's configuration")]),
    "drdowai-tw-tsx": ("dev", "page.tsx",
        {"kind": "clean (a company's Next.js privacy page; names and mailbox are constants imported from the site's configuration)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh",
         "source": src("51838092061", "app/privacy/page.tsx (Dr.Dow AI, drdowai.com)")},
        [],
        [],
        [("<p>{SITE.name}（以下簡稱「本公司」）重視您的隱私權。", "the company name from a constant (filled at build)"),
         ("<p>如需行使上述權利，請聯繫：<a href={`mailto:${SITE.email}`}>{SITE.email}</a></p>", "the mailbox from a constant"),
         ("<li>公司：{SITE.company}</li>", "the company from a constant")]),
    "ngprivacy-tw-ts": ("dev", "privacy.component.ts",
        {"kind": "clean (an Angular standalone component holding the common Taiwan 「非常歡迎您光臨本網站」 privacy text, adapted to a shop)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh",
         "source": src("51839351035", "privacy.component.ts (Angular)")},
        [],
        [],
        [("請透過本網站下方之客服信箱或官方 LINE 聯繫我們", "contact channels given elsewhere on the site (not a slot)"),
         ("（如 Google Firebase 等）", "an example of a real service"),
         ("（如 7-11 賣貨便、全家、宅配公司等）", "examples of real carriers")]),
    "legendx-hk-tsx": ("holdout", "page.tsx",
        {"kind": "slot (a Hong Kong tutoring site's 收集個人資料聲明 in Cantonese written register, marked as a draft; contact details to be added before launch)",
         "repo_kind": "index text", "script": "hant/hk", "lang": "zh",
         "source": src("58767488805", "app/privacy/page.tsx (LegendX)")},
        [("草擬版本 · 正式上線前須由營運方及香港法律顧問確認", "status line: a draft to be confirmed by the operator and Hong Kong counsel"),
         ("正式聯絡人、電郵及郵寄地址會喺上線前補上。", "contact person, e-mail and address to be added before launch")],
        [],
        [("報名所需資料會清楚標示為必填。", "a statement about form fields")]),
    "rankwoven-hk-ts": ("holdout", "publicPageMessages.ts",
        {"kind": "template (an SEO SaaS's public-page messages in English and zh-Hant with Hong Kong wording; privacy and terms are skeletons that tell the operator what to write)",
         "repo_kind": "index text", "script": "latn+hant/hk", "lang": "en+zh",
         "source": src("68450657944", "src/i18n/publicPageMessages.ts (RankWoven)")},
        [("body: 'This page is a product-ready placeholder. Replace the sections below with the approved policy before production launch.',",
          "the privacy page calls itself a placeholder to replace"),
         ("body: 'Define retention periods for account data, synced content, snapshots, logs, and deleted workspaces.",
          "instruction in place of the retention section"),
         ("body: 'Publish the legal entity, support address, effective date, and a process for notifying users",
          "instruction in place of the contact section"),
         ("body: 'This page is a product-ready placeholder. Replace the sections below with approved terms before accepting paid subscriptions.',",
          "the terms page calls itself a placeholder"),
         ("body: 'Define plan entitlements, usage limits, billing cycles,", "instruction in place of the plans section"),
         ("body: 'Document support commitments, service changes, termination rights,", "instruction in place of the termination section"),
         ("body: '這是可直接放入產品的文件骨架。正式上線前請替換成已批准的政策內容。',", "zh-Hant: the privacy page is a skeleton to replace"),
         ("body: '請定義帳戶資料、同步內容、快照、日誌和已刪除工作區的保留期限", "zh-Hant: instruction in place of retention"),
         ("body: '請公開法律主體、支援地址、生效日期，以及重大政策變更的通知方式。'", "zh-Hant: instruction in place of contact"),
         ("body: '這是可直接放入產品的文件骨架。接受付費訂閱前請替換成已批准的條款內容。',", "zh-Hant: the terms page is a skeleton"),
         ("body: '請定義套餐權益、用量上限、結算週期", "zh-Hant: instruction in place of plans"),
         ("body: '請說明支援承諾、服務變更、終止權", "zh-Hant: instruction in place of termination")],
        [("screenshotLabel: 'Product screenshot placeholder',", "a UI placeholder for a screenshot (not policy text)"),
         ("screenshotLabel: '產品截圖預留位置',", "zh-Hant UI placeholder for a screenshot"),
         ("supportNote: 'For production, connect this form to the support API", "developer note on the contact form"),
         ("supportNote: '正式環境需要把表單接到支援 API", "zh-Hant developer note on the contact form"),
         ("The form is ready for a backend handoff and does not send data from this prototype.", "prototype note on the contact page"),
         ("表單已預留後端接入，目前不會從這個原型發送資料。", "zh-Hant prototype note")],
        [("code: '{\\n  \"platform\": \"wordpress\",\\n  \"siteUrl\": \"https://example.com\"\\n}',", "an example payload in the docs (example.com as an example, on purpose)"),
         ("Suggestions are provided for review and do not guarantee traffic", "a real disclaimer of the terms")]),
    "songfu-tw-js": ("holdout", "legal.js",
        {"kind": "clean (an Express router generating a LINE official account's privacy policy and terms from settings with real defaults)",
         "repo_kind": "index text", "script": "hant/tw", "lang": "zh",
         "source": src("56047839036", "legal routes (compiled JS, 松富物流)")},
        [],
        [],
        [("phone: (process.env.LEGAL_CONTACT_PHONE || \"\").trim(),", "an optional setting, shown only when set"),
         ("${i.phone ? `<br>電話：${i.phone}` : \"\"}", "the phone line shown only when set"),
         ("<p>${i.company}（以下簡稱「本公司」）非常重視您的個人資料保護。", "the company from settings, default 松富物流"),
         ("<div class=\"meta\">最後更新日期：${i.updated}</div>", "the date from settings, default today")]),
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
        amb_out = [{"line": locate(lines, t, 0), "text": t, "note": n} for t, n in amb]
        look_out = [{"line": locate(lines, t, 0), "text": t, "note": n} for t, n in look]
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
