#!/usr/bin/env python3
"""Hand annotations of eval/structure42c (source of truth, forty-second session, helper m42x): `python3 eval/structure42c/tools/annotate42c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line that only closes an opening tag begun on the line before (`style="…">text`) keeps the
text after the `>`.  The script refuses a line with no text and a line annotated twice, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Copied from
eval/structure41c/tools/annotate41c.py (same conventions).  Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

INDEX_LICENSE = "unknown: index text only (treat as all rights reserved; test fixture only)"
NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def index_src(index_id, chars, note):
    """A text the code index gave by id (read_file), saved as given (its total_chars checked); no repository named."""
    return {"repo": None, "path": None, "commit": None, "index_id": index_id, "mode": f"index text ({chars} characters)",
            "license": INDEX_LICENSE, "note": note}


def repo_src(repo, commit, path, license_, note, blob):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob", "blob": blob,
            "license": license_, "note": note}


LANGS = {"moonshot-privacy-jsx": ["zh", "en"]}

CHATGRAPH_SRC = {
    "repo": "fzfzzfzzzfzzzz/ChatGPT-Chat-Grapher", "path": "PRIVACY.zh-CN.md",
    "commit": "ce919f30cb4fc723280e0e24aee02d8c4e38935e", "index_id": "70930243005",
    "mode": "index text (2390 characters; the repository has no snapshot here: read_file by repository and path, "
            "saved as given with LF line ends, its length equal to total_chars)",
    "license": "none seen (no snapshot); treat as all rights reserved; test fixture only",
    "note": "a browser extension's Chinese privacy policy (Chat Graph, for ChatGPT conversations)",
}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "sime-privacy-wxml": (
        "dev", "privacy.wxml",
        repo_src("guohaiqiangwork/simeWx", "c3cd9a1f5d87441b5d42cce15df16fdef3cd1f0e", "pages/privacy/privacy.wxml",
                 NO_LICENSE, "a Beijing shopping mini-program's privacy policy (《笑容隐私政策》, 北京笑容科技有限公司)",
                 "38ad1480d7c88854f3619e9261f37ce4f296fbc3"),
        "hans", "cn",
        "**WeChat mini-program `.wxml`**: a `<navbar title='隐私政策'>`, a centred bold title, then the whole policy in "
        "one `<text>` whose lines open with literal `\\n` escapes; the first five section titles 1.–5. are "
        "`<text style=\"font-weight:600\">` runs, the last three (6., 6. again, 7.) plain lines; sub-titles 2.3–7.2 "
        "and 2.2.1–2.2.5 are bare numbered lines, 1)–4) sub-sub-titles under 2.2.3, numbered sentences 1.1, 2.1, "
        "3.1 … and run-in label items 2.3.1 位置信息：…",
        7,
        {1: [12, 15, 71, 75, 101, 110, 135, 137],
         2: [37, 45, 58, 62, 76, 89, 95, 102, 111, 117, 124, 126, 138, 140],
         3: [18, 20, 24, 33, 35],
         4: [25, 29, 31]},
        [9, 17],
        [2, 10, 13, 16, 22, 23, 28, 39, 47, 72, 77, 104, 128],
        "Title 7 (bold 笑容隐私政策; 2 the navbar title attribute). Level 1: the eight section titles 1.–7. (12…101 bold, "
        "110/135/137 plain; 135 repeats the number 6.). Level 2: bare numbered sub-titles 2.3 … 7.2 (each followed "
        "by a paragraph or list). Level 3: 2.2.1–2.2.5 (bare titles under the sentence 2.2). Level 4: 1) 订单信息, "
        "3) 客服与/售后服务所需信息, 4) 保障交易安全所需信息 under 2.2.3. Ambiguous: 9 the bold 特别提示： label "
        "over the preamble; 17 the numbered sentence 2.2 (a lead-in closed by ： that heads 2.2.1–2.2.5). "
        "Look-alikes: 10/13 sentences with bold runs; 16/72/104/128 numbered sentences; 22/23/39 run-in labels "
        "设备信息：…; 28 「2) 支付信息在您下单后…」 (a title glued to its sentence); 47/77 numbered list items.",
    ),
    "hidancing-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("wojiazaiyugang/HiDancingCourt", "80170e24273c18388a58d4fd4c41499479ce5553", "pages/privacy/privacy.vue",
                 NO_LICENSE, "a sports-venue video app's privacy agreement, uni-app Vue (深赛科技)",
                 "44a8160e15ec382ae28291b66161ca77b4c855b8"),
        "hans", "cn",
        "**uni-app Vue page**: a centred bold `<view>` title, then 13 collapsible sections: a `<view "
        "class=\"privacy-name-second\" @tap=…>` whose text 「1.&nbsp;我们可能收集的信息」 sits on its own line (引言 in a "
        "nested `<view>`), `(1)&nbsp;` items, a./b. sub-items, `font-weight: 600` sub-titles under 8. and bold "
        "sentences inside paragraphs",
        15,
        {1: [22, 40, 65, 113, 130, 192, 211, 229, 270, 290, 316, 329, 357], 2: [277, 281]},
        [],
        [57, 77, 140, 148, 166, 221, 247, 307],
        "Title 15 (隐私协议). Level 1: 引言 (22) and 1.–12. (each a `privacy-name-second` view, text on its own line "
        "with &nbsp;). Level 2: the bold views 邮件和消息推送 (277) and 与服务有关的公告 (281) under 8. Look-alikes: "
        "57/77/166/247 (n) items, 148 a. item, 140 a short inline `<text>` run 未经您同意, 221/307 bold sentences.",
    ),
    "kangrentang-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("Aibol51/medical-web", "d645df540232eb149e2f62cc8cc97537c9329ef6", "pages/privacy/privacy.vue",
                 NO_LICENSE, "an Almaty health-management app's privacy policy (KangRenTang), Vue",
                 "16b77377d761afba268844b85283205432b2244e"),
        "hans", "cn",
        "**Vue page, one run-on paragraph**: the whole policy is the text of a single `<view>`, hard-wrapped over 20 "
        "source lines (rendered as one paragraph); the title, the table of contents 一、…三、 and the section names "
        "一、…三、 run inline with the sentences",
        3,
        {},
        [8, 12, 17],
        [21, 22],
        "Title 3 (the run-in 「KangRenTang 隐私政策」 that opens the text). No heading: the rendered page is one "
        "paragraph. Ambiguous: 8 (the inline table of contents and the inline section name 一、), 12 (二、 mid-line), "
        "17 (三、 at the line start, its sentence on the same line). Look-alikes: 21/22 lines opening with a list "
        "item 3、… / 6、….",
    ),
    "longli-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("dingdangpocket/Auction-miniProgram", "22fecfa4a1928b31092ef1033b309fbcbe4ac46b",
                 "pages/privacy/privacy.vue", NO_LICENSE,
                 "an auction mini-program's short privacy summary (龙鲤网, 成都比特智链科技有限公司), uni-app Vue",
                 "0d50a413de0d1964633f511c6381a268d4226211"),
        "hans", "cn",
        "**uni-app Vue, no sections**: a `<text>` title 龙鲤网-隐私政策, an intro, a lead-in and six numbered summary "
        "points 1.–6., each a `<text>` (three with the opening tag on the line before)",
        3,
        {},
        [],
        [5, 6, 8, 10, 11, 12, 14],
        "Title 3. No heading. Look-alikes: 5 the lead-in 本隐私政策的主要内容如下：; 6…14 the numbered points 1.–6. "
        "(sentences).",
    ),
    "loyaulty-privacy-tsx": (
        "dev", "page.tsx",
        index_src("10667631054", 4362, "Hong Kong: a pre-order shop's privacy policy in Cantonese written Chinese "
                  "(LoyaultyClub; 我們收集嘅資料, 唔會, 嚟), Next.js TSX (file name assumed: page.tsx)"),
        "hant", "hk",
        "**Hong Kong, Next.js TSX**: an English `<h1>Privacy Policy</h1>` over a Cantonese policy, a date line, seven "
        "`<section>`s with `<h2>` 1.–7., lead-ins closed by ：, `<ul>` lists, an e-mail field",
        15,
        {1: [20, 33, 46, 53, 65, 72, 84]},
        [],
        [12, 16, 22, 35, 55, 74, 86, 89],
        "Title 15 (h1 in English). Level 1: seven h2. Look-alikes: 12 the back link 返回首頁; 16 the date line; "
        "22/35/55/74/86 lead-ins closed by ：; 89 the e-mail field 電郵：….",
    ),
    "moonshot-privacy-jsx": (
        "dev", "Policy.jsx",
        index_src("9925561319", 9476, "Taiwan: a website's privacy policy (Moonshot 網站, moonshot.today), a zh-TW "
                  "edition and an English edition in one React component switched by a 中/ENG toggle (file name from "
                  "its component Policy)"),
        "hant", "tw",
        "**Taiwan, bilingual JSX**: two JSX constants (the Traditional Chinese edition first, then an English "
        "edition), each section title a `<div className='text-xl font-bold  mb-4'>` (一、…七、; Who We Are …), body "
        "`<p>` items opening with •; the page title and an eyebrow `Private Policy` come last in the file, in the "
        "returned JSX",
        173,
        {1: [26, 35, 47, 57, 66, 86, 94, 113, 124, 132, 139, 146, 153, 160]},
        [],
        [21, 69, 172],
        "Title 173 (隱私權政策, rendered first but written last). Level 1: seven zh-TW section titles 一、…七、 "
        "(26…94) and seven English ones (113…160), all `text-xl font-bold` divs. Look-alikes: 21 the intro, 69 the "
        "lead-in 前項但書之情形包括但不限於：, 172 the eyebrow Private Policy.",
    ),
    "zhonglu-privacy-jsx": (
        "dev", "policy.jsx",
        index_src("6718638617", 2474, "Taiwan: a housing project's website privacy policy (中路大璽網站), Gatsby "
                  "React (a page component left named NotFoundPage; file name assumed: policy.jsx)"),
        "hant", "tw",
        "**Taiwan, Gatsby JSX (Bulma)**: `<SEO title=\"Policy\">`, a hero `<h1 class=\"title\">` with the title on "
        "its own line, then every section title an `<h1 className=\"title is-size-4\">` (one inline, four with the "
        "text on the line between the tags), `<br/>`-separated sentences, a lead-in 前項但書之情形包括不限於：",
        13,
        {1: [22, 27, 36, 43, 49]},
        [],
        [8, 21, 56],
        "Title 13 (隱私權政策 in the hero h1). Level 1: five section h1 一、…五、 (22 inline; 27/36/43/49 text on its "
        "own line). Look-alikes: 8 the SEO title attribute Policy; 21 the intro; 56 the lead-in.",
    ),
    "beejai-privacy-tsx": (
        "holdout", "Privacy.tsx",
        index_src("37350980000", 15020, "Hong Kong: a school-admission information platform's privacy policy "
                  "(BeeJAI 香港升學資訊平台), React TSX with shadcn cards and wouter (file name from its component "
                  "Privacy)"),
        "hant", "hk",
        "**Hong Kong, TSX cards**: a hero `<h1>私隱政策</h1>` with an English subtitle and a date, then one `<Card>` "
        "per section whose `<h2>` sits beside an icon (1.–10., and a separate card `1.3 第三方內容與學校資訊`), "
        "sub-titles as whole-bold paragraphs `<p><strong>1.1 …</strong></p>` (numbered) or un-numbered "
        "(學校資訊來源 …), a JSX comment naming each card, run-in labels, a footer",
        29,
        {1: [54, 128, 154, 190, 218, 244, 279, 308, 329, 350],
         2: [57, 68, 87, 159, 165, 170, 175, 249, 252, 255, 258, 261],
         3: [90, 101, 107]},
        [],
        [30, 34, 47, 80, 113, 121, 286, 288, 357, 378],
        "Title 29 (h1 私隱政策). Level 1: the ten card h2 1.–10. Level 2: whole-bold numbered sub-titles 1.1, 1.2, "
        "3.1–3.4, 6.1–6.5, and the card h2 「1.3 第三方內容與學校資訊」 (87; an h2 like the sections, but numbered "
        "under 1.). Level 3: the un-numbered whole-bold sub-titles 學校資訊來源, 知識產權聲明, 不代表官方關係 under "
        "1.3. Look-alikes: 30 the English subtitle Privacy Policy; 34 the date; 47/80/121 JSX comments "
        "{/* 1. 收集的資料 */}; 113 a run-in bold label 投訴與移除機制：; 286 a whole-bold lead-in closed by ："
        "; 288 a list item with a bold label; 357 the label 私隱事務主任; 378 a footer link 私隱政策.",
    ),
    "chatgraph-privacy-md": (
        "holdout", "PRIVACY.zh-CN.md",
        CHATGRAPH_SRC,
        "hans", "cn",
        "**browser extension, Markdown**: `# 隐私政策`, a language link, a bare date line, ten `##` sections with "
        "lead-ins closed by ： over `-` lists and inline code",
        1,
        {1: [9, 13, 25, 45, 61, 72, 76, 82, 86, 90]},
        [],
        [3, 5, 27, 35, 49, 63],
        "Title 1. Level 1: ten ## sections. Look-alikes: 3 the [English] link, 5 the date line 生效日期：…, "
        "27/35/49/63 lead-ins closed by ：.",
    ),
    "kicad-privacy-txt": (
        "holdout", "privacy_cn.txt",
        repo_src("kicadviewer/app", "128d2a2fc71f78e9853a97a66fc075a42d15448a", "privacy_cn.txt", NO_LICENSE,
                 "a mobile app's short Chinese privacy text (generic 移动APP应用 wording; the KiCad viewer's "
                 "repository)", "d088d0760cc1502b57500019f9d771b3cb625458"),
        "hans", "cn",
        "**plain text**: an untitled opening paragraph, one numbered section title 1.信息安全 with no space after "
        "the dot, two items a）b） indented by a no-break space, no final newline",
        None,
        {1: [3]},
        [],
        [5, 7],
        "No title (the text opens with a paragraph). Level 1: 3 (1.信息安全). Look-alikes: 5/7 the items a）/b）.",
    ),
}

_TAG = re.compile(r"<[^>]*>")
_TITLE_PROP = re.compile(r"""\btitle=["']([^"']+)["']""")
_DATA_FIELD = re.compile(r"\b(?:title|text|navTitle)\s*[:=]\s*['\"]([^'\"]+)['\"]")
_OPEN_TAIL = re.compile(r"""^\s*(?:style|class|className)=["'][^"']*["']\s*>""")


def _line_text(line):
    m = _DATA_FIELD.search(line)
    if m and "<" not in line:
        return m.group(1).strip()
    line = _OPEN_TAIL.sub("", line)
    text = _TAG.sub("", line).replace("&nbsp;", " ")
    text = text.replace("{/*", "").replace("*/}", "").replace("\\n", " ").strip()
    if text.startswith("#"):  # a Markdown heading's markup
        text = text.lstrip("#").strip()
    if not text or text.startswith(("className=", "style=")):
        m = _TITLE_PROP.search(line)
        text = m.group(1).strip() if m else ""
    return text


def _source_lines(path):
    with open(path, encoding="utf-8-sig", newline=None) as f:
        out = {}
        for n, line in enumerate(f, 1):
            text = _line_text(line)
            if text:
                out[n] = text
        return out


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname))
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no text on line {line}")
    marked = [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks)
    twice = sorted({x for x in marked if marked.count(x) > 1})
    if twice:
        raise SystemExit(f"{name}: lines annotated twice: {twice}")
    ann = {
        "source": source, "format": os.path.splitext(fname)[1].lstrip("."), "script": script, "region": region,
        "languages": LANGS.get(name, ["zh"]),
        "kind": kind,
        "file": fname,
        "title": {"line": title, "text": texts[title]} if title else None,
        "headings": [{"line": line, "level": level, "text": texts[line][:120]} for line, level in heads],
        "ambiguous_lines": sorted(ambiguous),
        "look_alike_lines": [{"line": line, "text": texts[line][:80]} for line in sorted(looks)],
        "notes": notes,
    }
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(heads)


def main(only):
    total = 0
    for name in only or DOCS:
        n = build(name)
        total += n
        print(f"{DOCS[name][0]}/{name}: {n} headings")
    print(f"total {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
