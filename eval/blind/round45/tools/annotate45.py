#!/usr/bin/env python3
"""Source of truth for eval/blind/round45/{dev,holdout}/*/annotation.json (hand annotations, round 45, helper u45k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the previous slot
entry, or after the line holding the entry's optional third element, an anchor), so no line number is typed by hand.
Written before policylens ran on any document of this set (layout and fields of round44d, tools/annotate44d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings, capped at 5 slot lines a document);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way.

    python3 tools/annotate45.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown (no licence file could be read: the search index gives the text by id without its repository; file name chosen here)"

JUNSHI_SLOTS = [
    "updated: '【待法务替换 · 生效日期】'", "intro: '【待法务替换】以下为占位条款，仅示意结构，不构成正式协议",
    "body: ['【待法务替换】军师基于人工智能", "'【待法务替换】AI 产出为参考信息", "body: ['【待法务替换】你应对账号下的内容",
    "body: ['【待法务替换】付费套餐", "h: '五、知识产权', body: ['【待法务替换】。']", "h: '六、服务变更与终止', body: ['【待法务替换】。']",
    "【待法务替换 · 补充经营主体、联系方式、管辖】", "updated: '【待法务替换 · 生效日期】'",
    "intro: '【待法务替换】以下为占位条款，仅示意结构。我们重视", "【待法务替换 · 敏感信息范围与单独同意】",
    "body: ['【待法务替换】用于生成", "'【待法务替换】我们不向第三方出售", "【待法务替换 · 列明委托处理方与目的】",
    "【待法务替换 · 存储地域、期限、安全措施】", "'【待法务替换】你可查询、复制", "body: ['【待法务替换】本服务面向企业经营者",
    "【待法务替换 · 个人信息保护负责人 / 联系方式】", "updated: '【待法务替换 · 生效日期】'",
    "intro: '【待法务替换】以下为占位条款，仅示意结构。本政策说明", "body: ['【待法务替换】适用于通过本小程序",
    "【待法务替换 · 未消耗 / 已消耗、按比例、冷静期等规则】", "body: ['【待法务替换】可通过「设置 → 联系客服」",
    "【待法务替换 · 原路退回、到账时间】", "【待法务替换 · 开票方式与时限】",
]

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "junshi-taro-tsx": ("dev", "index.tsx",
        {"kind": "in-app 用户协议 / 隐私政策 / 退款政策 of an AI business-advisor mini program whose every clause is marked 【待法务替换】 (Taro TSX, a Record of documents with section arrays)",
         "index_id": "56413319708", "script": "hans/cn", "lang": "zh",
         "format": "Taro page (.tsx): const DOCS: Record<string, Doc> of three documents (title, updated, intro, sections [{h, body: string[]}]) rendered by a map over the sections (the index's text, 3,625 characters, LF; file name chosen here)",
         "note": "军师 (AI business advisor for founders) legal page: 用户协议, 隐私政策 and 退款政策, each with updated 【待法务替换 · 生效日期】 and bodies starting with 【待法务替换】 (to be replaced by legal counsel); the privacy policy lists the real collection items; footer 本页文本为占位版本"},
        [(t, "a clause, date or contact left as 【待法务替换…】 (to be replaced by legal counsel)") for t in JUNSHI_SLOTS],
        [("title: '隐私政策',", "a document title (not a slot)"),
         ("'· 手机号（登录 / 注册与账号唯一标识）',", "a filled collection item (not a slot)"),
         ("'注销账号将永久删除你的账号、对话、方案库与全部数据（可在「设置 → 注销账号」操作）。',", "a filled statement with a UI path (not a slot)")],
        [("// 合规文本脚手架。正文均为占位，标注【待法务替换】", "a source comment describing the markers (not shown to the user)"),
         ("// 结构与「实际收集项」如实列出", "a source comment (not shown)"),
         ("'为提供服务，我们会收集以下信息（如实列出，供法务核对补全）：',", "a lead-in carrying a drafting note for counsel (供法务核对补全): shown, but the list that follows is filled"),
         ("<Text className=\"lgl-foot\">本页文本为占位版本，正式条款以法务发布为准。</Text>", "a displayed notice that the text is a placeholder version (describes the slots, is not one)")]),
    "feedback-dart": ("dev", "report_info_page.dart",
        {"kind": "in-app 用户反馈项目 agreement (data collection for a user-experience programme) with a template instruction left in brackets (Flutter, Dart)",
         "index_id": "37395479426", "script": "hans/cn", "lang": "zh",
         "format": "Flutter page (.dart): one adjacent-string-literal text of a TextHelper widget, \\n escapes inside (the index's text, 4,728 characters, LF; file name chosen here)",
         "note": "graphic_conversion app 用户参与和用户反馈: 「一旦您选择【参与用户体验反馈】[类似“同意”按钮的选项]并进行后续操作」 keeps the template's bracketed instruction (something like an 'agree' button) after the filled button name; contacts filled inside 【】 (【2146185892@qq.com】, 【4006530189 】)"},
        [("[类似“同意”按钮的选项]", "the template's drafting instruction (name the agree-like button) left after the filled button name")],
        [("\"1.电子邮箱：【2146185892@qq.com】；\\n\"", "a real mailbox filled inside the template's 【】 brackets (filled, not a slot)"),
         ("\"2.客服热线：【4006530189 】（服务时间：9：00-24：00）。\\n\"", "a real 400 hotline filled inside 【】 (filled, not a slot)"),
         ("title: NavigatorTitle(title: \"用户参与和用户反馈\",),", "the page title (not a slot)"),
         ("协商不成时，任何一方可直接向长沙市岳麓区人民法院提起诉讼。", "a filled court (not a slot)")],
        []),
    "appmart-tw-jsp": ("holdout", "registAgree.jsp",
        {"kind": "Taiwan App mart developer-zone member terms (會員條款) whose operator is left as XXXX股份有限公司 (JSP, CRLF)",
         "index_id": "23157981056", "script": "hant/tw", "lang": "zh",
         "format": "JSP include (.jsp): image headings with alt text, an agreebox <p> holding the terms, a checkbox form and a jQuery script (the index's text, 3,172 characters with CRLF line ends: the index shows the text without its CRs and counts them; no final newline; file name chosen here)",
         "note": "App mart 開發商專區會員條款 (developer registration step 3 of 5): 「XXXX股份有限公司(以下稱本公司)將依照以下條款之約定…提供您各項資訊服務」, the terms cut off with 「…….」; a Korean validation message in an attribute"},
        [("<p class=\"pad_b30\">XXXX股份有限公司(以下稱本公司)", "the operating company left as XXXX股份有限公司")],
        [("alt=\"App mart 開發商專區會員條款\"", "the title in an image's alt text (not a slot)"),
         ("<label for=\"useagree\">我同意條款內容</label>", "the consent checkbox label (not a slot)"),
         ("alt=\"同意會員條款 - 請仔細閱讀後勾選同意, 否則無法進行會員註冊.\"", "a heading in alt text (not a slot)")],
        [("故您在此認知並表示同意將會隨時注意並自行上網查詢條款內容是否有所更動及其更動之內容…….</p>", "the terms break off in 「…….」: the rest of the text may never have been filled in, or the ellipsis is the page's (not scored)")]),
    "goumi-tw-tsx": ("dev", "page.tsx",
        {"kind": "clean; published Taiwan 隱私權政策 of a homestay cleaning service (Next.js TSX, shadcn Cards)",
         "index_id": "29462659691", "script": "hant/tw", "lang": "zh",
         "format": "Next.js page (.tsx) with a metadata export: six Card sections, a contact block, a CTA section (the index's text, 7,247 characters, LF; file name chosen here)",
         "note": "狗米整理 (民宿整理服務, 瓏會算有限公司, 宜蘭) 隱私權政策, 最後更新日期 2025 年 8 月 14 日; 客服電話 0963-350089"},
        [],
        [("本公司僅於您透過外部 Google 表單或 LINE 官方帳號主動提供時，蒐集您的個人資料，包括但不限於：姓名、聯絡電話、電子郵件、服務地址及其他必要資訊。", "a filled enumeration after 包括但不限於 (not empty)"),
         ("蒐集之資料僅用於：", "a lead-in whose list follows in the next <ul> (not empty)"),
         ("除非事先取得您的同意或依法律規定，本公司不會向第三方揭露您的個人資料。但以下情況除外：", "a lead-in whose list follows (not empty)"),
         ("如有任何關於隱私權政策的疑問，請聯絡：", "a lead-in whose contact block follows (not empty)"),
         ("<span>客服電話：0963-350089</span>", "a real mobile number (not a stand-in)"),
         ("<span>地址：宜蘭縣宜蘭市陽明三路65號</span>", "a real address (not a slot)")],
        []),
    "hottalk-hk-tsx": ("holdout", "page.tsx",
        {"kind": "clean; published Hong Kong 私隱政策 in written Cantonese of a social-media trend aggregator (Next.js TSX)",
         "index_id": "53422115199", "script": "hant/hk", "lang": "zh",
         "format": "Next.js page (.tsx) with a metadata export: ten <section>s with <h2>/<p>/<ul> (the index's text, 4,324 characters, LF; file name chosen here)",
         "note": "HotTalk HK 私隱政策 (我哋/嘅/唔, 第 486 章), 最後更新 2026 年 2 月 26 日; contact privacy@hottalk.hk in section 10; section 8 says 請透過以下方式聯絡我哋 and the means follow in section 10"},
        [],
        [("如果你認為本平台展示咗你嘅個人資料，請透過以下方式聯絡我哋。", "以下方式 points to section 10's mailbox two sections later (not an empty enumeration)"),
         ("本平台<strong>只收集公開平台嘅 metadata</strong>，包括：", "a lead-in whose list follows (not empty)"),
         ("privacy@hottalk.hk", "the operator's own mailbox (not a slot)"),
         ("<li>用戶個人資料（姓名、電郵、電話等）</li>", "data it does not collect, ending in 等 (not a slot)")],
        []),
    "picklevibes-hk-tsx": ("dev", "Privacy.tsx",
        {"kind": "clean; published Hong Kong 個人資料收集聲明 / 隱私政策 of a pickleball venue (React TSX, framer-motion)",
         "index_id": "12360562409", "script": "hant/hk", "lang": "zh",
         "format": "React page (.tsx): SEO component, hero, six motion.div sections with lettered lists and footnote marks (the index's text, 11,527 characters, LF; file name chosen here)",
         "note": "Picklevibes 智能匹克球室 PICS under 第486章; 出生月份* with a footnote *提供您的出生月份是自願的; superscript notes ¹²³; two mailboxes info@picklevibes.com and info@picklevibes.hk"},
        [],
        [("本公司可能會收集閣下的全名、性別、出生月份*、流動電話號碼、電郵地址及/或住址，用於以下一個或多個用途：", "a footnote asterisk after 出生月份 (not a mask) and a lead-in whose list follows"),
         ("*提供您的出生月份是自願的。", "the asterisk's footnote (not a mask)"),
         ("<h3 className=\"text-lg font-semibold text-gray-900 mb-4\">附注:</h3>", "a notes heading (not a slot)"),
         ("<li>¹ 代理人是指 Picklevibes 聘請的任何通訊、宣傳、客戶關係管理和/或公共關係服務的代理人。</li>", "a superscript note (not a slot)"),
         ("在遵守任何適用法律規定的前提下，您的個人資料可能會出於以下目的提供給以下各方：", "a lead-in whose list follows (not empty)")],
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
        out.append({"line": ln, "text": lines[ln - 1].strip(), "note": note})
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
