#!/usr/bin/env python3
"""Source of truth for eval/blind/round40/{dev,holdout}/*/annotation.json (hand annotations, round 40, helper u40r).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (the layout and fields are round39d's, ../round39d/tools/annotate39d.py).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (scored: such a finding there is a false positive);
* ambiguous_placeholder_lines: lines not scored either way (code comments, notes rendered only through a binding).

    python3 tools/annotate40.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"
BLOCK = "none in the stored file; licence file not read (no snapshot could be fetched); treat as all rights reserved, test fixture only"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "blockrunner-html": ("dev", "privacy.html",
        {"kind": "published page with a slot (GitHub Pages privacy page of an Android game, zh-CN + English)",
         "repo": "howard-hang/phaser-platformer", "commit": "e9156fa9f3a6dce0d0e68cdd3e745c6a6dc16b77",
         "path": "public/privacy.html", "index_id": "71168560844", "license": BLOCK, "script": "hans/cn", "lang": "zh+en",
         "format": "HTML page, a zh-CN article then an English article",
         "note": "方块跑酷 / Block Runner privacy page (AdMob, UMP); the repository's README says the page is published on GitHub Pages and its contact is still a placeholder; both contact lines a bracketed instruction in a highlighted span; the index's text of the file at the listed commit (no snapshot could be fetched; 4,972 characters)"},
        [("隐私问题请发邮件到 <span class=\"placeholder\">[请替换为你的邮箱]</span>", "contact mailbox left as [请替换为你的邮箱] with a note to replace it before listing"),
         ("Privacy questions: <span class=\"placeholder\">[replace with your email]</span>", "English half: contact left as [replace with your email]")],
        [(".placeholder {", "a CSS class name (not text)"),
         ("<p>生效日期：2026-10-03。", "a filled effective date"),
         ("应用 ID 为 ca-app-pub-3218611878548189~9810569030", "a real AdMob app id (not a slot)"),
         ("<p>Effective date: 2026-10-03.", "a filled effective date (English)")],
        []),
    "blockrunner-filled-html": ("dev", "privacy.html",
        {"kind": "clean (the same page after the slot was filled; precision control)",
         "repo": "howard-hang/phaser-platformer", "commit": "5b6d4bd4e7fda73a1cf1d1349946d6a41ca8e869",
         "path": "public/privacy.html", "index_id": "71345019968", "license": BLOCK, "script": "hans/cn", "lang": "zh+en",
         "format": "HTML page, a zh-CN article then an English article",
         "note": "the later version of blockrunner-html: both contact lines now a real mailbox; the .placeholder CSS rule is still in the style sheet; the index's text of the file at the listed commit (4,924 characters; it follows blockrunner-html in the held-out draw)"},
        [],
        [(".placeholder {", "a CSS class name left in the style sheet (not text)"),
         ("隐私问题请发邮件到 <a href=\"mailto:zhanghang2357@gmail.com\">", "a real mailbox"),
         ("Privacy questions: <a href=\"mailto:zhanghang2357@gmail.com\">", "a real mailbox (English)"),
         ("应用 ID 为 ca-app-pub-3218611878548189~9810569030", "a real AdMob app id (not a slot)"),
         ("<p>生效日期：2026-10-03。", "a filled effective date")],
        []),
    "tongri-tsx": ("dev", "LegalPage.tsx",
        {"kind": "template (a company site's legal notice / privacy page, every clause marked a placeholder)", "index_id": "71304886428",
         "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "React TSX component: clause bodies in string literals of two arrays, page header props, a meta description in template literals; file name chosen here (2,332 characters)",
         "note": "同日新能源 corporate site: every clause of the legal notice and the privacy policy ends with 【占位条款，请由法务审定】, the header says the page is a placeholder template, the update date is marked （占位日期）"},
        [("? `${site.name}网站法律声明（占位模板）。`", "meta description of the legal notice marks it a placeholder template"),
         (": `${site.name}网站隐私政策（占位模板）。`", "meta description of the privacy page marks it a placeholder template"),
         ("归同日新能源及相关权利人所有，未经书面许可，任何单位或个人不得以任何方式复制、转载或传播。【占位条款，请由法务审定】", "clause ends with a placeholder mark"),
         ("具体合作内容以双方签署的正式协议为准。【占位条款，请由法务审定】", "clause ends with a placeholder mark"),
         ("本公司不承担赔偿责任。【占位条款，请由法务审定】", "clause ends with a placeholder mark"),
         ("仅用于与您取得联系并响应您的请求。【占位条款，请由法务审定】", "privacy clause ends with a placeholder mark"),
         ("法律法规另有规定的除外。【占位条款，请由法务审定】", "privacy clause ends with a placeholder mark"),
         ("请通过商务邮箱与我们联系。【占位条款，请由法务审定】", "privacy clause ends with a placeholder mark"),
         ("desc=\"本页为占位模板，正式文本请由公司法务审定后替换。\"", "page header: a placeholder template to be replaced"),
         ("最近更新：2026-09-27（占位日期）", "update date marked a placeholder date")],
        [("title: isTerms ? '法律声明' : '隐私政策',", "page title (not a slot)"),
         ("<h2 className=\"text-lg font-semibold text-white\">{i + 1}. {item.title}</h2>", "JSX bindings (not a slot)")],
        [("/** 法律声明 / 隐私政策（占位模板，正式文本请由公司法务审定后替换） */", "a code comment (not shown)"),
         ("imageAlt=\"页头背景（占位图，可替换）\"", "an image's alt text says the picture is a stand-in (about the image, not the policy text)")]),
    "gobob-tsx": ("dev", "page.tsx",
        {"kind": "template (a privacy page skeleton, operator/contact/retention left for legal review)", "index_id": "71000822217",
         "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js TSX page: sections in an array of JSX fragments, to-do strings rendered under each section; file name chosen here (4,186 characters)",
         "note": "Gobob SOHO (study-abroad agency SaaS): operator, credit code, privacy officer mailbox, storage region, dates and contact left as 【待法务确认…】, a visible notice that the page is not final, a comment block for developers"},
        [("<p>本政策由 <strong>【待法务确认：运营主体全称】</strong>（统一社会信用代码", "operator left as 【待法务确认：运营主体全称】"),
         ("【待法务确认】）运营，产品名称为 Gobob SOHO。</p>", "credit code left as 【待法务确认】"),
         ("<p>【待法务确认：是否还有支付、短信、客服等其他第三方，逐一列明名称、", "third-party list left as an instruction in brackets"),
         ("<p>行使方式：发送邮件至 <strong>【待法务确认：个人信息保护负责人邮箱】</strong>，", "request mailbox left as a bracket"),
         ("【待法务确认：数据存储地域、是否存在跨境传输、留存期限与到期处置方式】</p>", "storage region and retention left as a bracket"),
         ("更新日期：【待法务确认】　|　生效日期：【待法务确认】", "dates left as 【待法务确认】"),
         ("<strong>本页尚未定稿。</strong>", "visible notice: the page is not final"),
         ("以下已按法定要素搭好结构，但仍有若干条目需由业务与法务确认后填入", "visible notice: entries still to be filled in"),
         ("<strong>【待法务确认：个人信息保护负责人姓名 / 邮箱 / 通讯地址】</strong>", "contact left as a bracket")],
        [("title: '二、我们收集哪些信息，以及为什么',", "a section title (not a slot)"),
         ("<h2 className=\"text-lg font-semibold mb-2\">{s.title}</h2>", "JSX binding (not a slot)"),
         ("院校 / 专业 / 排名 / 智能匹配等数据能力由 <strong>Gobob Data API</strong>", "a named recipient (filled)")],
        [(" * ⚠️ 上线前需法务定稿。", "a code comment for developers (not shown)"),
         (" * 【待法务确认】都是需要业务/法务给出真实答案的条目", "a code comment (not shown)"),
         ("（以「待法务确认」标注）。正式发布前请勿认为其已构成完整告知。", "the end of the visible notice (scored on its first lines)"),
         ("todo: '运营主体全称、统一社会信用代码、注册地址、联系电话',", "a to-do string shown only through the binding 待法务确认：{s.todo}"),
         ("todo: '逐项核对实际采集字段，确保与后端落库字段一一对应',", "a to-do string shown only through a binding"),
         ("todo: '完整第三方清单（含支付 / 短信 / 客服），及其隐私政策链接',", "a to-do string shown only through a binding"),
         ("todo: '个人信息保护负责人姓名、邮箱、响应时限的承诺口径',", "a to-do string shown only through a binding"),
         ("todo: '数据存储地域、跨境情况、各类数据的留存期限',", "a to-do string shown only through a binding"),
         ("todo: '是否需要监护人单独同意流程，以及具体实现方式',", "a to-do string shown only through a binding"),
         ("待法务确认：{s.todo}", "the JSX line that renders the to-do strings")]),
    "certifine-hk-tsx": ("dev", "page.tsx",
        {"kind": "clean (Hong Kong, written Cantonese)", "index_id": "56823849009", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "Next.js TSX page, sections by data protection principle; file name chosen here (7,383 characters)",
         "note": "Certifine (a Hong Kong authentication marketplace) privacy policy under the PDPO, DPP1-DPP6, privacy@certifine.hk, PCPD address and hotline"},
        [],
        [("收集目的包括：（一）核實用戶身分；（二）撮合及完成交易；（三）爭議處理；", "an enumeration of purposes (not a slot)"),
         ("熱線：(852) 2827 2827 · 網址：", "a real hotline"),
         ("（Cap. 486，下稱「<strong>條例</strong>」）所訂明嘅六項保障資料原則", "a defined term in brackets (not a slot)"),
         ("<li>取得該等資料之副本（我哋可能依條例第 28(2) 條收取合理費用）；</li>", "a section reference (not a slot)"),
         ("私隱事務主任：<a href=\"mailto:privacy@certifine.hk\"", "a real mailbox")],
        []),
    "official-vue": ("holdout", "privacy.vue",
        {"kind": "template with stand-in contact (open-source company-site template, Nuxt page)",
         "repo": "Squirtles331/Official-website-open-source", "commit": "64582aca1a29a6e9c807d0ba4c960006d3f94ab3",
         "path": "pages/privacy.vue", "license": "GPL-3.0 (LICENSE in the repository)", "script": "hans/cn", "lang": "zh",
         "format": "Vue single-file component: the policy's sections in a script array rendered by v-for, the contact box in the template",
         "note": "an open-source official-website template's privacy page: filled update date and sections, but the contact box is a stand-in (abcd@example.com, +86 AAA-BBB-CCCC, A市B区C路DDD号); byte-exact git blob"},
        [("<p>邮箱：abcd@example.com</p>", "contact mailbox on the reserved example.com domain"),
         ("<p>电话：+86 AAA-BBB-CCCC</p>", "phone number a letter mask"),
         ("<p>地址：A市B区C路DDD号</p>", "address a letter mask")],
        [("<p class=\"notice-date\">最后更新：2024年12月27日</p>", "a filled date"),
         ("<h2 class=\"section-title\">{{ section.title }}</h2>", "a Vue binding (the format's syntax)"),
         ("'• 个人身份信息：如姓名、邮箱地址、电话号码等您主动提供的信息',", "a list of data kinds (not a slot)")],
        []),
    "legaldoc-dart": ("holdout", "legal_document.dart",
        {"kind": "template (built-in privacy policy of a Flutter app, marked placeholder in a doc comment)", "index_id": "61234226860",
         "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Dart source: the policy and the user agreement as const LegalSection lists with string literals; file name chosen here (2,283 characters)",
         "note": "a Flutter app's built-in legal documents: the doc comments say the content is a placeholder to be replaced by the legal final before launch; the contact section names privacy@example.com"},
        [("body: '如对隐私有任何疑问，可通过应用内反馈或 privacy@example.com 联系我们。',", "contact mailbox on the reserved example.com domain")],
        [("effectiveDate: DateTime(2026, 5, 24),", "a filled date in code"),
         ("const String kPrivacyPolicyVersion = '1.0.0';", "a version constant"),
         ("/// 配合 [ConsentStore]（T24.1）触发重新同意。", "a doc-comment reference in brackets (not a slot)")],
        [("/// 内置隐私政策（占位内容，上线前替换为法务定稿）。", "a doc comment (not shown to users) says the policy is placeholder content"),
         ("/// 内置用户协议（占位内容，上线前替换为法务定稿）。", "a doc comment on the user agreement (not shown)")]),
    "disinfo-tw-blade": ("holdout", "privacy.blade.php",
        {"kind": "clean (Taiwan)", "index_id": "44970071861", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Laravel Blade template (HTML with @section directives and {{ }} bindings); file name chosen here (8,850 characters)",
         "note": "DISINFO_SCANNER (a YouTube comment analysis service by 投好壯壯有限公司) privacy policy in thirteen articles, contact themustbig+ds@gmail.com, governed by ROC law"},
        [],
        [("@section('title', '隱私政策 - DISINFO_SCANNER')", "the product's name in capitals (not a constant left unfilled)"),
         ("<p>電子郵件：themustbig+ds@gmail.com</p>", "a real mailbox"),
         ("<a href=\"{{ route('register') }}\"", "a Blade binding (the format's syntax)"),
         ("<p class=\"text-sm text-gray-500 mb-8\">最後更新日期：2025年1月1日</p>", "a filled date")],
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
        print(f"{s:8} {name:24} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
