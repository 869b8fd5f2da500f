#!/usr/bin/env python3
"""Hand annotations of eval/structure44c (source of truth, forty-fourth session, helper m44x): `python3 eval/structure44c/tools/annotate44c.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags, JSX comment braces and literal `\\n` escapes stripped (a Markdown
heading's `#` too); a line that only closes an opening tag begun on the line before (`style="…">text`) keeps the
text after the `>`.  The script refuses a line with no text and a line annotated twice, and writes
<set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines`.  Copied from
eval/structure43c/tools/annotate43c.py (same conventions, same line-text rules).  Standard library only.
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


LANGS = {"scro-privacy-tsx": ["zh", "en"]}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "aiheadless-privacy-md": (
        "dev", "privacy.md",
        index_src("66687922204", 1007, "Taiwan: a SaaS's privacy policy (ai-headless; 隱私權政策, 個資 wording), Markdown "
                  "with a YAML front matter (file name assumed: privacy.md)"),
        "hant", "tw",
        "**Taiwan, Markdown with YAML front matter**: `title: 隱私權政策` in the front matter, `# ai-headless 隱私權政策`, "
        "two bold label lines (最後更新/版本), nine `##` sections 1.–9., bullet lists with bold run-in labels, a bold "
        "sentence standing alone as a paragraph, lead-ins 我們使用：/你有權：",
        7,
        {1: [12, 18, 27, 33, 44, 56, 64, 71, 75]},
        [],
        [2, 9, 10, 25, 35, 46, 58],
        "Title 7 (# ai-headless 隱私權政策). Level 1: the nine ## 1.–9. Look-alikes: 2 the front-matter `title:`, 9/10 "
        "bold labels 最後更新/版本, 25 a bold sentence on its own line, 35/46/58 lead-ins closed by ：.",
    ),
    "zheli-privacy-md": (
        "dev", "PRIVACY.md",
        index_src("63492524133", 2015, "Taiwan: a Chrome extension's privacy policy (「這裡的意思」, for Taiwanese English "
                  "learners), Markdown (file name assumed: PRIVACY.md)"),
        "hant", "tw",
        "**Taiwan, Markdown**: `#` title in 「」 quotes, a date line, an unnumbered `## 先說結論` then `##` 1.–10. (one "
        "English-titled `## 9. Chrome Web Store Limited Use` with an English paragraph), bullet lists, link lines",
        1,
        {1: [7, 13, 17, 28, 42, 53, 57, 65, 69, 73, 79]},
        [],
        [3, 19, 30, 40, 44, 77],
        "Title 1. Level 1: ## 先說結論 and ## 1.–10. Look-alikes: 3 the date, 19/30/44 lead-ins closed by ：, 40 a link "
        "item 「Google 隱私權政策」, 77 the English Limited Use sentence.",
    ),
    "caidan-privacy-ts": (
        "dev", "privacy.ts",
        index_src("17742121239", 3017, "a WeChat mini-program's utility module (家庭菜单预约) whose function returns the "
                  "privacy policy as an HTML template literal (file name assumed: privacy.ts)"),
        "hans", "cn",
        "**TypeScript module holding the policy as an HTML template literal**: comments 「隐私政策工具函数」/「获取隐私政策」 "
        "above `return \\`…\\``, inside it an `<h1>`, seven `<h2>` 一、…七、, numbered `<p>` items with bold run-in "
        "labels (1. <strong>基本信息</strong>：…), `<ul>` lists, a date `<p>`; after the literal an error string and "
        "helper functions calling wx.* APIs",
        13,
        {1: [17, 29, 37, 46, 50, 59, 63]},
        [],
        [1, 4, 19, 21, 31, 52, 67, 72],
        "Title 13 (h1 家庭菜单预约隐私政策). Level 1: the seven h2 一、…七、. Look-alikes: 1/4 code comments naming the "
        "policy, 19/21/31 numbered items with bold labels, 52 您有权：, 67 the date, 72 the error string "
        "'<p>隐私政策加载失败，请重试</p>'.",
    ),
    "club129-privacy-wxml": (
        "dev", "privacy.wxml",
        repo_src("x-player-001/129club_miniprogram", "5971f31482362d222df2094ba2346292dc586384",
                 "pages/user/privacy/privacy.wxml", NO_LICENSE,
                 "a football-statistics mini-program's privacy guide (快乐足球统计小助手隐私保护指引), the WeChat "
                 "standard 隐私保护指引 wording", "535badd2fc2cae9d07e1123d11e4d6862e5dcfed"),
        "hans", "cn",
        "**WeChat `.wxml`, the platform's 隐私保护指引 template**: `<view class=\"title\">`, a date view, seven "
        "unnumbered `section-title` views over `<text class=\"paragraph\">` lines, settings paths in quotes, two "
        "contact blocks with a `contact-label` 联系电话： and the number",
        5,
        {1: [16, 23, 28, 47, 52, 58, 64]},
        [],
        [8, 29, 30, 33, 41, 67],
        "Title 5. Level 1: the seven section-title views. Look-alikes: 8 the date, 29 a lead-in closed by ：, 30/33 "
        "settings paths, 41/67 the contact label 联系电话：.",
    ),
    "mustapp-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("PiPiPkin/MUST-Helper", "c5cbbec1ebe300255abab19f410af51ff331fca3", "pages/user/privacy.vue",
                 NO_LICENSE, "a Macau university helper app's privacy policy (澳科保姆, contact @mustapp.com), uni-app",
                 "268789a701b7abbb445d762436753745233d0e1b"),
        "hans", "mo",
        "**uni-app Vue page**: a custom header (← back text, `page-title` 隐私政策), then `privacy-title` 澳科保姆隐私政策, "
        "a date view, an intro, seven `section-title` views 1.–7. over `<text>` clauses 1.1…6.2 (sentences) and - items",
        11,
        {1: [19, 28, 37, 48, 56, 64, 72]},
        [],
        [5, 7, 12, 21, 30, 40, 74, 75],
        "Title 11 (privacy-title). Level 1: the seven section-title views 1.–7. Look-alikes: 5 the back arrow, 7 the "
        "header's page-title 隐私政策 (page chrome), 12 the date, 21/30 numbered clauses with a label and a colon, 40/74 "
        "lead-ins closed by ：, 75 the e-mail line.",
    ),
    "paypay-privacy-vue": (
        "dev", "privacy.vue",
        repo_src("jasonwang-tw/paypaydrink-dashboard", "7b9d6dcb93716895f1fdd5ebd1efc46a181892d7",
                 "src/views/privacy.vue", NO_LICENSE,
                 "Taiwan: a drinks-shop site's 隱私政策 page whose text is a member-terms template (貝克漢運動健康事業, "
                 "中華民國 law), Vue 2", "41052c2647b643d1c1baf022bf3b9a955325ab50"),
        "hant", "tw",
        "**Taiwan, Vue page with section titles glued to text**: `<h1>隱私政策</h1>` then bare `<p>`s: 「1. 認知與接受"
        "條款 貝克漢運動健康事業」 (title and the start of the next sentence on one line), 「2. 如須註冊時您的註冊義務 為了能"
        "使用本網站部分服務，您同意以下事項：」 (title and lead-in), 3./4./6. alone, and 5. 免責聲明 at the END of item "
        "(6) 「(6)其他…之行為。 5. 免責聲明」; items (1)…(6) with two on one line, an empty item 「(2)」",
        5,
        {1: [7, 15, 20, 24, 39]},
        [34],
        [8, 16, 31, 43],
        "Title 5 (h1). Level 1: 1. (7, glued to 貝克漢運動健康事業), 2. (15, glued to its lead-in), 3. (20), 4. (24), 6. "
        "(39). Ambiguous: 34, item (6) followed on the same line by the title 5. 免責聲明 (a reader sees section 5 start "
        "there; a line-based heading cannot be right or wrong). Look-alikes: 8 the continuation 「(以下簡稱「本會」)…」, 16 "
        "item (1), 31 two items on one line, 43 the empty item 「(2)」.",
    ),
    "soong-privacy-tsx": (
        "dev", "page.tsx",
        index_src("56765180436", 4616, "Hong Kong: a site's privacy policy (鬆啲 soong.hk; 私隱, 電郵, 《個人資料（私隱）"
                  "條例》（第486章）), Next.js TSX (file name assumed: page.tsx)"),
        "hant", "hk",
        "**Hong Kong, Next.js TSX**: `metadata` title 「私隱政策 | 鬆啲 soong.hk」, a ⬅️ 返回首頁 link, `<h1>` with a style "
        "object, a date `<p>`, seven `<h2>` 1.–7. (two English-named: Google Analytics (GA4), Google AdSense), lists with "
        "bold cookie names, and a footer of links 返回首頁/免責聲明/使用條款",
        10,
        {1: [14, 18, 29, 33, 40, 44, 48]},
        [],
        [2, 8, 11, 19, 53, 54, 55],
        "Title 10 (h1 私隱政策). Level 1: the seven h2 1.–7. Look-alikes: 2 metadata title, 8 the back link, 11 the date, "
        "19 a lead-in closed by ：, 53/54/55 the footer links.",
    ),
    "bakelink-privacy-vue": (
        "holdout", "privacy.vue",
        repo_src("icguanyu/bakelink", "aef94fd00b0dbb5bbe556fe7b5070d1cedca30b2", "src/views/privacy.vue", NO_LICENSE,
                 "Taiwan: a bakery pre-order platform's privacy policy (鋪樂 Prelo, 《個人資料保護法》), Vue 3",
                 "b3b83948006053f4ed7bdfdf0489c9fa1b736dd4"),
        "hant", "tw",
        "**Taiwan, Vue 3 SFC**: `<script setup>` first, a logo-only nav, `<h1>隱私權政策</h1>`, a date `<p>`, ten `<h2>` "
        "一、…十、, two `<h3>` sub-titles under 一、, lists with bold run-in labels, a bold brand line in the contact block",
        14,
        {1: [19, 34, 43, 52, 55, 62, 73, 76, 79, 82], 2: [20, 26]},
        [],
        [15, 44, 46, 63, 83, 84],
        "Title 14 (h1). Level 1: the ten h2 一、…十、. Level 2: h3 店家帳號 (20), 客人下單資料 (26). Look-alikes: 15 the "
        "date, 44/63/83 lead-ins closed by ：, 46 a list item with a bold label, 84 the bold brand line 鋪樂 Prelo.",
    ),
    "scro-privacy-tsx": (
        "holdout", "PrivacyDocument.tsx",
        index_src("70443572439", 4375, "Hong Kong: a video-storyboard service's bilingual privacy policy (Scro; 私隱, "
                  "電郵), a React TSX component (file name assumed from its component PrivacyDocument)"),
        "hant", "hk",
        "**Hong Kong, bilingual TSX component**: a `Version {PRIVACY_VERSION}` line, `<h1>私隱政策</h1>`, six "
        "unnumbered Chinese `<h2>`, then an English part: `<h2>Privacy Policy</h2>` over six `<h3>` that mirror the "
        "Chinese sections",
        13,
        {1: [16, 22, 28, 34, 40, 46, 55], 2: [58, 64, 70, 76, 82, 88]},
        [],
        [11],
        "Title 13 (h1 私隱政策). Level 1: the six Chinese h2 and the English part's h2 Privacy Policy (55). Level 2: the "
        "six English h3 under it. Look-alike: 11 the version line.",
    ),
    "tushe-privacy-tsx": (
        "holdout", "page.tsx",
        index_src("23630688181", 4198, "a vocabulary app's privacy policy (图舌单词, 贵州向宇科技有限公司), Next.js TSX "
                  "(file name assumed: page.tsx)"),
        "hans", "cn",
        "**Next.js TSX**: a `metadata` object (not exported) titled 「隐私政策 | 图舌单词」, a 返回 link with an icon, "
        "`<h1>隐私政策</h1>`, eight unnumbered `<h2>` sections, lists, a date `<p>` computed at run time",
        17,
        {1: [20, 27, 39, 52, 65, 72, 84, 91]},
        [],
        [7, 15, 28, 40, 73, 100],
        "Title 17 (h1). Level 1: the eight h2. Look-alikes: 7 metadata title, 15 the 返回 link, 28/40/73 lead-ins closed "
        "by ：, 100 the date line.",
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
