#!/usr/bin/env python3
"""Source of truth for eval/blind/round44/{dev,holdout}/*/annotation.json (hand annotations, round 44, helper u44k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round43d, tools/annotate43d.py there).

* placeholders: slot lines (scored; Issue #11's figure, tools/issue11.py, counts error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way.

    python3 tools/annotate44.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown (no licence file could be read: the search index gives the text by id without its repository; file name chosen here)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "seoulmoment-tw-tsx": ("dev", "PrivacyPolicyContent.tsx",
        {"kind": "published Taiwan 隱私權政策 of a shopping-guide site, the customer hotline left as (02)xxxx-xxxx (React TSX)",
         "index_id": "55660688903", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "React TSX component: the app's own legal-document kit imported from another file (<LegalDocument title>, <Section title>, <SubSection title>, <Paragraph>, <Bullets items={[…]}/>): most text is string literals in the items arrays of <Bullets> (the index's text, 12,474 characters, LF; file name chosen here)",
         "note": "首爾映像有限公司 (seoulmoment.com.tw) 隱私權政策, 最後更新日期 2024年11月26日, 個資法 §8/§9 notice; its two hotline lines give 客服專線（02）xxxx-xxxx; the 客服信箱 is named but no address is given"},
        [("\"客服電話：撥打客服專線（02）xxxx-xxxx，服務時間 週一至週日 09:00-21:00，客服人員將協助您進行申請\",", "hotline left as (02)xxxx-xxxx in the rights-exercise list"),
         ("\"客服電話：（02）xxxx-xxxx\",", "hotline left as (02)xxxx-xxxx in the contact block")],
        [("<Paragraph>最後更新日期：2024年11月26日</Paragraph>", "a filled date (not a slot)"),
         ("\"識別資料（C001）：姓名、行動電話號碼、電子郵件信箱、會員帳號\",", "a data-category code of the official list (not a slot)"),
         ("\"通訊地址：臺北市大安區忠孝東路4段231號10樓之2\",", "a real address (not a slot)"),
         ("\"服務時間：週一至週日 09:00-21:00\",", "filled hours (not a slot)")],
        [("\"電子郵件：寄送申請至客服信箱，主旨請註明「行使個人資料當事人權利」，並檢附身分證明文件掃描檔\",", "the 客服信箱 is named but its address is never given: a missing value, not a slot form (not scored)")]),
    "easyhabit-bi-swift": ("dev", "PrivacyPolicyView.swift",
        {"kind": "clean; bilingual (zh-Hans + en) in-app 隐私政策 screen (SwiftUI, every string a language switch)",
         "index_id": "18460912906", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "SwiftUI view: Text(habitStore.appLanguage == \"en\" ? \"…\" : \"…\") for every title and paragraph, \\n escapes inside (the index's text, 6,628 characters, LF, no final newline; file name chosen here)",
         "note": "EasyHabit (habit tracker) 隐私政策 / Privacy Policy, updated 2024-03-20; contact through the app's 用户反馈 feature"},
        [],
        [("Text(habitStore.appLanguage == \"en\" ? \"Last updated: March 20, 2024\" : \"本隐私政策更新日期：2024年3月20日\")", "a filled date in both editions (not a slot)"),
         ("\"如果您对本隐私政策有任何疑问，请通过应用中的\\\"用户反馈\\\"功能与我们联系。\")", "contact through a named in-app feature (not a slot)")],
        []),
    "voxpro-hk-tsx": ("dev", "page.tsx",
        {"kind": "clean; Hong Kong 私隱政策 in written Cantonese (Next.js page)",
         "index_id": "55182471111", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "Next.js TSX page: <h1>/<h2>/<h3>/<p>/<ul> markup with comments {/* … */} (the index's text, 7,737 characters, LF; file name chosen here)",
         "note": "Vox Pro (voice-practice platform) 私隱政策, 最後更新日期 2026 年 6 月; processors Supabase, Creem, Vercel, Resend, YouTube; contact iatsam@gmail.com"},
        [],
        [("<p className=\"text-sm text-gray-500 mb-10\">最後更新日期：2026 年 6 月</p>", "a month-precision date (not a slot)"),
         ("📧 電郵：<span className=\"text-purple-400\">iatsam@gmail.com</span>", "a real mailbox (not a slot)")],
        []),
    "agreementmodal-vue": ("holdout", "AgreementModal.vue",
        {"kind": "published 用户协议 / 隐私政策 modal with the privacy contact left as stand-ins (Vue 3 SFC, element-plus dialog)",
         "index_id": "55660055620", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Vue SFC: the two texts are HTML in template literals of <script setup>, shown with v-html (the index's text, 9,786 characters, LF; file name chosen here)",
         "note": "generic platform 用户服务协议 and 隐私政策 (更新日期 2026年5月22日, 版本号 V1.0); the privacy policy's 9. 联系我们 gives 客服邮箱 support@example.com and 客服热线 400-XXX-XXXX"},
        [("<p>客服邮箱：support@example.com</p>", "stand-in mailbox on example.com"),
         ("<p>客服热线：400-XXX-XXXX</p>", "hotline left as 400-XXX-XXXX")],
        [("<p style=\"text-align: right; margin-top: 40px; font-size: 13px; color: #999;\">隐私政策更新日期：2026年5月22日</p>", "a filled date (not a slot)"),
         ("<p>当您注册账号时，我们会收集您的手机号、用户名、密码等信息，用于身份验证和账号管理。</p>", "an enumeration ending in 等 (not a slot)"),
         ("<p>本协议的解释和执行适用中华人民共和国法律。</p>", "the governing law named (not a slot)")],
        []),
    "rental819-hk-tsx": ("holdout", "page.tsx",
        {"kind": "clean; Hong Kong 私隱政策, zh-HK + en, text kept as an object keyed by locale (Next.js page)",
         "index_id": "61363587462", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "Next.js TSX page: const content: Record<Locale, {title, blocks}> with 'zh-hk' and en editions, rendered through an imported <GuideArticle blocks={c.blocks}/> (the index's text, 3,630 characters, LF; file name chosen here)",
         "note": "RENTAL819 香港（頭盔王集團）私隱政策; the contact is ${site.email} / ${site.phone}, values of an imported site config (filled at build time, not slots)"},
        [],
        [("      { type: \"p\", text: `你有權查閱及更正我們持有的個人資料。如有任何私隱相關查詢，請電郵 ${site.email} 或 WhatsApp ${site.phone}。` },", "bound values of the site config (not a slot)"),
         ("      { type: \"p\", text: `You may access and correct the personal data we hold about you. For any privacy enquiry, email ${site.email} or WhatsApp ${site.phone}.` },", "bound values of the site config (not a slot)")],
        []),
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


def place(lines, entries, chain):
    """Line of each entry: after its anchor's line, or (chain) after the previous entry of the list."""
    out, pos = [], 0
    for entry in entries:
        text, note = entry[0], entry[1]
        start = locate(lines, entry[2], 0) if len(entry) > 2 else (pos if chain else 0)
        ln = locate(lines, text, start)
        out.append({"line": ln, "text": text, "note": note})
        pos = ln
    return out


def main():
    total = capped_total = 0
    for name, (s, fname, meta, phs, look, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out = place(lines, phs, True)
        look_out = place(lines, look, False)
        amb_out = place(lines, amb, False)
        clash = {x["line"] for x in look_out + amb_out} & {x["line"] for x in out}
        if clash:
            sys.exit(f"{name}: a look-alike or ambiguous line is also a slot line: {sorted(clash)}")
        if len({x["line"] for x in out}) != len(out):
            sys.exit(f"{name}: two slot entries on one line")
        source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": meta["license"],
                  "note": "whole file as the index gives it; " + meta["note"], "format": meta["format"]}
        ann = {"file": fname, "kind": meta["kind"], "repo_kind": "index", "script": meta["script"], "lang": meta["lang"],
               "source": source, "headings_annotated": False, "headings": [],
               "placeholders": out, "look_alike_lines": look_out, "ambiguous_lines": [],
               "ambiguous_placeholder_lines": sorted({x["line"] for x in amb_out}),
               "ambiguous_placeholder_notes": amb_out}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        slot_lines = sorted({p["line"] for p in out})
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(f"{s:8} {name:20} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
