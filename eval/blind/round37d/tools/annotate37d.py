#!/usr/bin/env python3
"""Source of truth for eval/blind/round37d/{dev,holdout}/*/annotation.json (hand annotations, round 37d, helper u37k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous entry of
the same list, or after the line holding the entry's third element, an anchor), so no line number is typed by hand.
Written before policylens ran on any document of this set.

* placeholders: slot lines (scored: a placeholder-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (scored: a placeholder-* finding there is a false positive);
* ambiguous_placeholder_lines: lines not scored either way (code comments, language interpolation of a slot constant,
  a contact promised but not given).

    python3 tools/annotate37d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "none in the repository; treat as all rights reserved, test fixture only"
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders [(text, note[, anchor])], look-alikes [(text, note)], ambiguous [(text, note)])
DOCS = {
    "swiftidate-swift": ("dev", "TermsAndPrivacyView.swift",
        {"kind": "template (privacy policy with sample terms)", "repo": "steven-studio/SwiftiDate",
         "commit": "d1ca61aec5d95e192b113f0cbd5a1132b1dbf413", "path": "SwiftiDate/TermsAndPrivacyView.swift",
         "license": NOLIC, "script": "hant/tw", "lang": "zh",
         "format": "SwiftUI .swift view (Text(\"\"\" … \"\"\") multi-line literals, SpreadSheetView string tables)",
         "note": "Taiwan dating app (SwiftiDate) privacy view; its closing generic section keeps a sample mailbox and phone and says the sample terms end here and must be replaced; byte-exact blob (later commits rewrote the file without the slots)"},
        [("• 電子郵件：support@example.com", "contact mailbox left as the sample address support@example.com"),
         ("• 客服電話：+886-2-12345678", "service phone left as a sample number (+886-2-12345678) beside the sample mailbox"),
         ("（範例條款結束，請替換為真實條款）", "drafting note: the sample terms end here and must be replaced with the real ones")],
        [("此隱私政策自 2025 年 3 月 10 日起生效。", "a filled effective date (not a slot)")],
        []),
    "gatherup-tsx": ("dev", "page.tsx",
        {"kind": "template (privacy policy, zh + en)", "index_id": "59752567304", "license": IDX,
         "script": "hans/cn", "lang": "zh+en",
         "format": "Next.js TSX page, the policy in a const sections array (items interleave zh and en); file name chosen here",
         "note": "GatherUp (event and ticketing app) privacy page; the contact mailbox is marked as a placeholder in both languages"},
        [("联系邮箱（占位）：privacy@gatherup.app", "contact line marked as a placeholder 「（占位）」 (the mailbox is a stand-in)"),
         ("Contact email (placeholder): privacy@gatherup.app", "the same contact marked (placeholder) in English")],
        [("最近更新：{lastUpdated}", "JSX interpolation of a date constant defined in the file (2026-08-17): not a slot")],
        []),
    "memearchive-tsx": ("holdout", "page.tsx",
        {"kind": "template (user agreement)", "index_id": "52874983376", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js TSX page (JSX <p>/<ol> markup); file name chosen here",
         "note": "user agreement of 表情包档案馆 (a meme archive site); operator, venue and every contact left as 【…】 slots"},
        [("本协议由【运营主体全称】（以下简称“我们”）", "operator's full name left as 【运营主体全称】"),
         ("提交【运营主体所在地】有管辖权人民法院处理", "court venue left as 【运营主体所在地】"),
         ("<p>运营主体： 【请填写】</p>", "operator left as 【请填写】"),
         ("<p>联系邮箱： 【请填写】</p>", "contact mailbox left as 【请填写】"),
         ("<p>版权投诉邮箱： 【请填写】</p>", "copyright-complaint mailbox left as 【请填写】"),
         ("<p>联系地址： 【请填写】</p>", "contact address left as 【请填写】")],
        [("版本 v1.0 · 生效日期：2026-03-05", "a filled version and effective date (not a slot)")],
        []),
    "hotelagree-tsx": ("dev", "AgreementCheckbox.tsx",
        {"kind": "template (service agreement and privacy policy)", "index_id": "36302685684", "license": IDX,
         "script": "hans/cn", "lang": "zh",
         "format": "React TSX component: a consent checkbox opening two dialogs (agreement, policy) in JSX markup; file name chosen here (after the exported component)",
         "note": "hotel-booking affiliate platform's agreement and privacy policy; the policy's contact block is example mailbox, masked phone and masked address"},
        [("邮箱：privacy@example.com<br />", "contact mailbox left as privacy@example.com"),
         ("电话：400-xxx-xxxx<br />", "phone left as 400-xxx-xxxx"),
         ("地址：北京市朝阳区xxx路xxx号", "address left as 北京市朝阳区xxx路xxx号")],
        [("最后更新时间：2025年10月31日", "a filled update date (not a slot)")],
        []),
    "hbm-md": ("holdout", "privacy-policy.md",
        {"kind": "template (privacy policy, release draft)", "repo": "Panhe-C/PersonalHealthyManager",
         "commit": "8b022b7ea296ed3ff6d4cf8a2fb3978af7bb2171", "path": "docs/privacy-policy.md", "index_id": "60308467642",
         "license": "unknown (no snapshot could be fetched; licence file not read)", "script": "hans/cn", "lang": "zh",
         "format": "Markdown",
         "note": "Healthy Body Manager's privacy notice, a release draft: draft title and note, a cross-border clause promised before release, operator / mailbox / URL 待填写; the index's text of the file at the listed commit (no snapshot could be fetched)"},
        [("# Healthy Body Manager 隐私说明（发布草案）", "the title calls the text a release draft 「（发布草案）」"),
         ("> 本文是与当前实现一致的发布草案。正式对外发布前，必须补充运营主体", "drafting note: operator, mailbox, effective date and URL must be added before release"),
         ("正式发布前，运营者应根据实际部署地域和所选服务商补充跨境处理说明与保存期限。", "cross-border and retention terms promised 'before release' (to be completed)"),
         ("- 运营主体：待填写", "operator 待填写"),
         ("- 隐私联系邮箱：待填写", "privacy mailbox 待填写"),
         ("- 公开隐私政策地址：待填写", "public policy URL 待填写")],
        [("最后更新：2026-07-19", "a filled update date (not a slot)"),
         ("待确认的训练日历草稿和餐食菜单", "data the app processes: calendar drafts waiting for the user's confirmation (not a slot)")],
        []),
    "voaslow-js": ("dev", "legal-pages.js",
        {"kind": "template (draft terms, privacy and refund policies)", "index_id": "70821574798", "license": IDX,
         "script": "hans/cn", "lang": "zh+en",
         "format": "Node.js module building three legal HTML pages from template literals (zh-Hans source, converted to zh-Hant at build); file name chosen here",
         "note": "an unofficial VOA study tool's store policies: every undecided term marked （待幕僚长确认）, the contact an example address, every page described as a draft"},
        [('const CONTACT = "contact@example.com（待幕僚长确认）";', "contact left as contact@example.com, marked to be confirmed"),
         ("\"本站服务条款草稿。", "terms described as a draft (meta description)"),
         ("\"Draft terms.", "the same in English"),
         ("\"本站隐私政策草稿。", "privacy policy described as a draft"),
         ("\"Draft privacy policy.", "the same in English"),
         ("\"本站退款政策草稿。", "refund policy described as a draft; refund days to be confirmed"),
         ("\"Draft refund policy.", "the same in English"),
         ("how renewal, cancellation, and expiry work is （待幕僚长确认）", "renewal terms to be confirmed"),
         ("The operator of this site is （待幕僚长确认）. Governing law", "operator, governing law and venue to be confirmed"),
         ("续费、取消和到期如何处理（待幕僚长确认）", "renewal terms to be confirmed"),
         ("本站经营者名称（待幕僚长确认）。适用法律与争议处理地（待幕僚长确认）", "operator, governing law and venue to be confirmed"),
         ("How long that record is kept after expiry is （待幕僚长确认）", "retention after expiry to be confirmed"),
         ("过期之后再保留多久（待幕僚长确认）", "retention after expiry to be confirmed"),
         ("within 14 days after payment （待幕僚长确认）", "refund window and pro-rata rule to be confirmed"),
         ("The operator of this site is （待幕僚长确认）.</p>", "operator to be confirmed (refund page)"),
         ("申请退款（待幕僚长确认）", "refund window and pro-rata rule to be confirmed"),
         ("本站经营者名称（待幕僚长确认）。</p>", "operator to be confirmed (refund page)"),
         ('convert("开店用的草稿。")', "page eyebrow: 'a draft for opening the store'")],
        [],
        [(" * Draft store policies. No effective date. Clauses marked 待幕僚长确认", "code comment (not shown)"),
         (" * are placeholders, not decided terms.", "code comment (not shown)"),
         ("<p>Contact: ${CONTACT}</p>", "interpolation of the slot constant (the language's own ${…})"),
         ("<p>联系邮箱：${CONTACT}</p>", "interpolation of the slot constant"),
         ("<p>Privacy contact: ${CONTACT}</p>", "interpolation of the slot constant"),
         ("<p>隐私联系邮箱：${CONTACT}</p>", "interpolation of the slot constant"),
         ('<p class="eyebrow">${escapeHtml(draft)}</p>', "interpolation of the draft eyebrow")]),
    "umidraft-tsx": ("dev", "privacy.tsx",
        {"kind": "template (privacy policy outline)", "index_id": "11037800878", "license": IDX, "script": "hans/cn",
         "lang": "zh", "format": "UmiJS / antd-mobile TSX page (JSX <section>/<p>); file name chosen here",
         "note": "an AI-app platform's privacy page; its introduction is still the outline's instruction ('state that the platform values privacy…'), the rest is written"},
        [("说明平台重视用户隐私，承诺依法保护用户个人信息。", "the introduction left as an outline instruction 「说明…」 (what the paragraph should say)")],
        [("• 使用数据（未来）：设备型号、操作系统、使用时长、点击行为等。", "data collected in a future version, stated as such (not a slot)")],
        []),
    "fraisemoe-py": ("holdout", "privacy_policy.py",
        {"kind": "clean (policy summary in a Python module)", "repo": "hyb-oyqq/FRAISEMOE-Addons-Installer-NEXT",
         "commit": "803f32b567a1683bebb449d3c0df7344c1c321ca", "path": "source/config/privacy_policy.py",
         "license": "GPL-3.0 (repository LICENSE)", "script": "hans/cn", "lang": "zh+en",
         "format": "Python module: the policy summary in triple-quoted Markdown strings (zh, en), a loader with a date regex",
         "note": "FRAISEMOE Addons Installer NEXT (a game-patch installer): zh and en policy summaries and the function that reads PRIVACY.md; real content"},
        [],
        [("date_pattern = r'最后更新日期：(\\d{4}年\\d{1,2}月\\d{1,2}日)'", "a regular expression for the date line (code, not a slot)"),
         ("date_obj = datetime.strptime(date_str, '%Y年%m月%d日')", "a date format string (code, not a slot)")],
        []),
    "epubium-html": ("dev", "privacy.html",
        {"kind": "clean", "repo": "ZYFDroid/epub-android", "commit": "b007405ac464e09aaaf2ae365d7e60b3a126a654",
         "path": "app/src/main/assets/privacy.html", "license": NOLIC, "script": "hans/cn", "lang": "zh",
         "format": "HTML page shipped in the Android app's assets (generator output, deep tab indents)",
         "note": "EPUBium (an EPUB reader) privacy policy from a policy generator, filled with the developer's name and mailbox; deleted from the repository two days later"},
        [],
        [("该政策自2022-05-24起生效。", "a filled effective date (not a slot)")],
        []),
    "travalbook-txt": ("dev", "privacy.txt",
        {"kind": "clean", "repo": "robinfoxnan/travalbook", "commit": "36e8265df06e2c590ceab0e260b34a343ddf8f91",
         "path": "app/src/main/res/raw/privacy.txt", "license": "AGPL-3.0 (repository LICENSE)", "script": "hans/cn",
         "lang": "zh", "format": "plain text in the Android app's res/raw (tab-separated SDK table)",
         "note": "知途 (a travel and map app) privacy policy, filled; UI paths written as 【…】-【…】 and a contact mailbox typed with a double @"},
        [],
        [("进入【个人信息】-【编辑资料】访问更正", "UI path in 【】 brackets (not a slot)"),
         ("【个人信息】-【关于知途】-【隐私政策】", "UI path in 【】 brackets (not a slot)"),
         ("你可以在【个人信息】-【注销帐号】", "UI path in 【】 brackets (not a slot)"),
         ("（390017268@@qq.com）", "a real QQ mailbox typed with a double @ (a typo, not a slot)")],
        []),
    "eclaw-md": ("dev", "PRIVACY_POLICY.md",
        {"kind": "clean (one ambiguous line, twice)", "repo": "HankHuang0516/realbot",
         "commit": "6e0b61e57f26675f15f83ffad5f02dae27f898cd", "path": "PRIVACY_POLICY.md",
         "license": "MIT (repository LICENSE)", "script": "hant/tw", "lang": "zh+en", "format": "Markdown (CRLF)",
         "note": "E-claw (電子蝦) privacy policy and OpenClaw commitment, zh-Hant then English; the contact section names an 'official mailbox' without giving it"},
        [],
        [("生效日期：2026年2月13日", "a filled effective date (not a slot)")],
        [("請立即透過官方信箱與我們聯繫。", "a contact promised ('our official mailbox') but not given: a gap, not clearly a slot"),
         ("please immediately contact us via our official email.", "the same in English")]),
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
    for name, (s, fname, meta, phs, look, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for entry in phs:
            text, note = entry[0], entry[1]
            start = locate(lines, entry[2], 0) if len(entry) > 2 else pos
            ln = locate(lines, text, start)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        look_out = [{"line": locate(lines, text, 0), "text": text, "note": note} for text, note in look]
        amb_out = [{"line": locate(lines, text, 0), "text": text, "note": note} for text, note in amb]
        clash = {x["line"] for x in look_out + amb_out} & {x["line"] for x in out}
        if clash:
            sys.exit(f"{name}: a look-alike or ambiguous line is also a slot line: {sorted(clash)}")
        if "repo" in meta:
            source = {"repo": meta["repo"], "path": meta["path"], "commit": meta["commit"], "license": meta["license"],
                      "note": meta["note"]}
            if "index_id" in meta:
                source["index_id"] = meta["index_id"]
            repo_kind = "repository"
        else:
            source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": meta["license"],
                      "note": "whole file as the index gives it; " + meta["note"]}
            repo_kind = "index"
        source["format"] = meta["format"]
        ann = {"file": fname, "kind": meta["kind"], "repo_kind": repo_kind, "script": meta["script"], "lang": meta["lang"],
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
        print(f"{s:8} {name:18} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
