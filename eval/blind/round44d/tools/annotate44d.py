#!/usr/bin/env python3
"""Source of truth for eval/blind/round44d/{dev,holdout}/*/annotation.json (hand annotations, round 44d, helper m44p).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round43d, tools/annotate43d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (a value that may be a stand-in or real, a link label).

    python3 tools/annotate44d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown (no licence file could be read: the search index gives the text by id without its repository; file name chosen here)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "hihitutor-hk-tsx": ("holdout", "page.tsx",
        {"kind": "published Hong Kong 隱私權政策 of a tutoring platform with a stand-in phone number (Next.js TSX)",
         "index_id": "22870889324", "script": "hant/hk", "lang": "zh",
         "format": "Next.js client page (.tsx): <h2>/<p>/<ul> sections (the index's text, 3,330 characters, LF, no final newline but a trailing space; file name chosen here)",
         "note": "HiHiTutor (Hong Kong tutor matching) 隱私權政策, 最後更新日期 2024年3月15日: 8. 聯繫我們 gives privacy@hihitutor.com, 電話 +852 1234 5678 (the sequence 1234 5678) and the address of IFC Two (香港中環金融街8號國際金融中心二期)"},
        [("<li>電話：+852 1234 5678</li>", "stand-in phone: the digit sequence 1234 5678 after +852")],
        [("<li>電子郵件：privacy@hihitutor.com</li>", "a mailbox on the operator's own domain (not a slot)"),
         ("最後更新日期：2024年3月15日", "a filled date (not a slot)"),
         ("<li>基本資料：姓名、電子郵件地址、電話號碼、地址等</li>", "the user's data categories, an enumeration ending in 等 (not a slot)")],
        [("<li>地址：香港中環金融街8號國際金融中心二期</li>", "a landmark office tower's address (IFC Two) beside a stand-in phone: possibly a stand-in, possibly a serviced office (not scored)")]),
    "looper-hk-tsx": ("holdout", "page.tsx",
        {"kind": "published Hong Kong 服務條款 of a legal-case search system with a stand-in phone number (Next.js TSX, CRLF)",
         "index_id": "63386777546", "script": "hant/hk", "lang": "zh",
         "format": "Next.js page (.tsx) with a metadata export: nine glass-card sections (the index's text, 10,236 characters with CRLF line ends; the index shows the text without its CRs and counts them; file name chosen here)",
         "note": "香港法律案件查詢系統 服務條款 (Terms of Service), 最後更新 2024年1月: 9. 聯絡方式 gives support@looper-hq.com, 電話 +852 1234 5678 and 香港中環皇后大道中99號"},
        [("<p>電話：+852 1234 5678</p>", "stand-in phone: the digit sequence 1234 5678 after +852")],
        [("<p>電郵：<a href=\"mailto:support@looper-hq.com\"", "a mailbox on the operator's own domain (not a slot)"),
         ("<p className=\"text-sm text-premier-pearl/40\">最後更新：2024年1月</p>", "a filled (month-only) date (not a slot)"),
         ("本服務條款最後更新於2024年1月。", "the date repeated in the footer note (not a slot)"),
         ("<li>提供真實、準確的註冊資訊</li>", "the user's own duty to give true data (not a slot)")],
        [("<p>地址：香港中環皇后大道中99號</p>", "a real building's address (The Center, 99 Queen's Road Central) beside a stand-in phone: possibly a stand-in (not scored)")]),
    "classsync-tw-tsx": ("dev", "page.tsx",
        {"kind": "published Taiwan 隱私權政策 whose contact mailbox is on an example.com subdomain (Next.js TSX)",
         "index_id": "44546235364", "script": "hant/tw", "lang": "zh",
         "format": "Next.js page (.tsx) with a metadata export: nav, then <section> blocks (the index's text, 6,626 characters, LF, no final newline; file name chosen here)",
         "note": "ClassSync (course timetable synced with Google Calendar) 隱私權政策, 最後更新日期 2025年1月15日, 依據中華民國個人資料保護法: 聯絡我們 gives privacy@classsync.example.com (a reserved example domain)"},
        [("<strong>電子郵件：</strong> privacy@classsync.example.com</li>", "stand-in mailbox on a subdomain of example.com (reserved for documentation)")],
        [("最後更新日期：2025年1月15日", "a filled date (not a slot)"),
         ("<strong>回應時間：</strong> 我們將在 7 個工作天內回覆您的詢問", "a filled response time (not a slot)"),
         ("<li>Google 帳戶基本資料（姓名、電子郵件地址、個人資料相片）</li>", "the user's data categories (not a slot)")],
        []),
    "youzhinan-kt": ("dev", "PrivacyPolicyPage.kt",
        {"kind": "published in-app 隐私政策 whose contact mailbox is on your-domain.com (Android Jetpack Compose, Kotlin)",
         "index_id": "59116076897", "script": "hans/cn", "lang": "zh",
         "format": "Kotlin Compose screen (.kt): a header card, then a listOf(title to content) of string concatenations with \\n escapes (the index's text, 6,973 characters, LF; file name chosen here)",
         "note": "优医指南 (medical-guide app, package com.example.youzhinan) 隐私政策, 更新日期 2026年4月13日: 八、联系我们 gives 邮箱 support@your-domain.com"},
        [("\"邮箱：support@your-domain.com\\n\" +", "stand-in mailbox on the generic your-domain.com")],
        [("package com.example.youzhinan.ui.pages", "the Kotlin package name (code, not a slot)"),
         ("text = \"更新日期：2026年4月13日\",", "a filled date (not a slot)"),
         ("\"1. 注册信息：邮箱地址、用户名、昵称；\\n\" +", "the user's data categories (not a slot)")],
        []),
    "zhaobiao-rn-tsx": ("dev", "index.tsx",
        {"kind": "published in-app 隐私政策 with the hotline left as 400-XXX-XXXX (React Native / Expo TSX)",
         "index_id": "52183103328", "script": "hans/cn", "lang": "zh",
         "format": "React Native screen (.tsx): ThemedText paragraphs with section titles (the index's text, 7,492 characters, LF; file name chosen here)",
         "note": "招标通 (tender-information app with VIP membership) 隐私政策, 最后更新日期 2024年1月1日: 八、联系我们 gives 客服邮箱 support@zhaobiao.com and 客服电话 400-XXX-XXXX"},
        [("客服电话：400-XXX-XXXX", "hotline left as 400-XXX-XXXX")],
        [("最后更新日期：2024年1月1日", "a filled date (not a slot)"),
         ("1.1 账号信息：当您注册账号时，我们会收集您的手机号码、昵称等基本信息。", "the user's data (not a slot)")],
        [("客服邮箱：support@zhaobiao.com", "a mailbox on zhaobiao.com, the product's pinyin: may be the operator's own domain or a guess (not scored)")]),
    "liuhen-rn-tsx": ("dev", "privacy.tsx",
        {"kind": "published in-app 隐私政策 with an unfilled hotline and a mailbox marked 待配置 (React Native / Expo TSX)",
         "index_id": "56256053284", "script": "hans/cn", "lang": "zh",
         "format": "React Native screen (.tsx): Text paragraphs and • list items, a StyleSheet at the end (the index's text, 7,638 characters, LF; file name chosen here)",
         "note": "「流痕江湖」 (IPFS-backed message-board app) 隐私政策, 更新日期 2024年1月1日: 九、联系我们 gives 「客服电话：请联系客服」 (no number: the label 'contact customer service' stands where the number belongs) and 「邮箱：support@liuhenjianghu.com（待配置）」 (the author's to-do, to be configured); section 六 links a real mobile through tel: with the label 请联系客服"},
        [("<Text style={styles.listItem}>• 客服电话：请联系客服</Text>", "the hotline field holds 'please contact customer service' instead of a number"),
         ("<Text style={styles.listItem}>• 邮箱：support@liuhenjianghu.com（待配置）</Text>", "a mailbox the author marked 待配置 (to be configured): a publisher's to-do left in the published text")],
        [("<Text style={styles.date}>更新日期：2024年1月1日</Text>", "a filled date (not a slot)"),
         ("onPress={() => Linking.openURL('tel:15613594588')}", "a real mobile in a tel: link (not a slot)"),
         ("<View style={styles.placeholder} />", "a style named placeholder (code, not a slot)")],
        [("                请联系客服\n", "the visible label of the tel: link to a real mobile: a filled link with a generic label (not scored)", "onPress={() => Linking.openURL('tel:15613594588')}")]),
    "beside-tw-tsx": ("dev", "page.tsx",
        {"kind": "clean", "index_id": "33481697192", "script": "hant/tw", "lang": "zh",
         "format": "Next.js page (.tsx): six <section> blocks (the index's text, 2,522 characters, LF, two final newlines; file name chosen here)",
         "note": "clean; Taiwan Beside (companion app) 隱私權政策, 最後更新日期 2025 年 5 月, contact support@beside.app"},
        [],
        [("如果您對本隱私權政策有任何疑問，請聯繫我們：support@beside.app", "a mailbox on the operator's own domain (not a slot)"),
         ("最後更新日期：2025 年 5 月", "a filled month-only date (not a slot)")],
        []),
    "pupupet-tw-tsx": ("holdout", "page.tsx",
        {"kind": "clean", "index_id": "55957898133", "script": "hant/tw", "lang": "zh",
         "format": "Next.js page (.tsx) with a metadata export: six <section> blocks (the index's text, 2,239 characters, LF; file name chosen here)",
         "note": "clean; Taiwan 口袋便便 PupuPet (pet-stool photo analysis app) 隱私權政策 (Privacy Policy), 最後更新日期 2026年5月; contact through the support page (no address given: a gap, not a slot)"},
        [],
        [("如果您對本隱私權政策有任何疑問，請透過支援頁面聯絡我們。", "contact through the support page: no value left blank (not a slot)"),
         ("最後更新日期：2026年5月", "a filled month-only date (not a slot)")],
        []),
    "tabachment-tw-en-md": ("dev", "PRIVACY.md",
        {"kind": "clean", "index_id": "70835644147", "script": "hant/tw+en", "lang": "zh+en",
         "format": "Markdown: a 中文 part, then an English part, each with a permissions table (the index's text, 3,690 characters, LF; file name chosen here)",
         "note": "clean; Taiwan + English Tabachment (Chrome extension opening Gmail attachments in tabs) 隱私權政策 / Privacy Policy, 生效日期 / Effective date 2026-09-27, contact by GitHub issues (NariakiShipo/tabachment)"},
        [],
        [("生效日期 / Effective date: 2026-09-27", "a filled date (not a slot)"),
         ("請在 GitHub 提出問題：<https://github.com/NariakiShipo/tabachment/issues>", "a real contact channel (not a slot)")],
        []),
    "localmemory-tw-en-md": ("dev", "PRIVACY.md",
        {"kind": "clean", "index_id": "53794509216", "script": "hant/tw+en", "lang": "zh+en",
         "format": "Markdown: each bullet in Traditional Chinese followed by its English line, a closing blockquote warning (the index's text, 1,884 characters, LF, no final newline; file name chosen here)",
         "note": "clean; Traditional Chinese (Taiwan usage: 資料, 本機端) + English privacy policy of a self-hosted local-first AI companion (continuous memory, editor, API keys), GDPR/CCPA framing, no operator contact and no date (a self-hosted tool's policy)"},
        [],
        [("我們會收集您的**對話歷史、金鑰設定 (API Keys)、以及透過編輯器修改的檔案內容**。", "the data categories (not a slot)")],
        []),
}


def lines_of(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def locate(lines, text, start):
    text = text.rstrip("\n")
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
        out.append({"line": ln, "text": text.strip(), "note": note})
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
        source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": IDX,
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
        print(f"{s:8} {name:22} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
