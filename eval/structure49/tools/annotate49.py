#!/usr/bin/env python3
"""Hand annotations of eval/structure49 (source of truth, forty-ninth session, helper u49a): `python3 eval/structure49/tools/annotate49.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags and JSX comment braces stripped; a line that only continues an
opening tag begun on an earlier line keeps the text after the `>`.  A heading whose text is split over two source
lines (a number badge `<span>1</span>` over its words) is annotated on the line where its text begins.  The script
refuses a line with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of
eval/README.md, plus `look_alike_lines`.  Copied from eval/structure48/tools/annotate48.py (same conventions).
Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def repo_src(repo, commit, path, license_, note, blob):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob", "blob": blob,
            "license": license_, "note": note}


def index_src(repo, commit, path, index_id, license_, note, total_chars):
    """A file the index stores (read_file), written character for character and checked against total_chars; the
    snapshot that `fetch` brought lacks it (or none could be had), so it is not a git blob of a fetched commit."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": index_id, "mode": "index text",
            "total_chars": total_chars, "license": license_, "note": note}



LANGS: dict = {}

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "huawushang-privacy-txt": (
        "dev", "privacy.txt",
        repo_src("Rupan3th/hwsAppAndroid", "f295a6f5fadd7f80b251ed3509617c6e45d51d46", "app/src/main/assets/privacy.txt",
                 NO_LICENSE, "an e-commerce app's bundled plain-text policy (华物商), the common shopping template; index "
                 "24462160899 holds the same text (13,448 characters)", "14f88fa9323fdc661aacc6c3d8bec518315c1beb"),
        "hans", "cn",
        "**Android asset plain text**: a title line, a contents list 一、–七、 under a lead-in, four numbering levels "
        "一、 / （一） / 1、 / （1）, where 1、 and （1） are titles over paragraphs in some places and numbered sentences "
        "or run-in labels (「（1）您的订单信息：…」) in others; lines holding one space between blocks",
        1,
        {1: [16, 77, 82, 115, 145, 180, 189],
         2: [24, 52, 58, 67, 69, 78, 83, 104, 110, 116, 138, 147, 152, 161, 164, 171],
         3: [26, 48, 50, 118, 125, 133],
         4: [27, 31, 37, 41, 43, 45]},
        [167],
        [4, 5, 6, 7, 8, 9, 10, 11, 19, 20, 21, 36, 53, 54, 84, 95, 129, 137, 139, 149, 168, 185, 190],
        "Title 1. Level 1: 一、–七、 (16 …). Level 2: （一）–（五） (24, 52, 58 a sentence-shaped title ending in a colon "
        "over its list, 67, 69; 78; 83, 104, 110; 116, 138) and 五's 1、–6、 titles (147, 152, 161, 164, 171; 五 has no "
        "（一）). Level 3: 1、 titles under a （一） (26, 48, 50 under 一（一）; 118, 125, 133 under 四（一）, where 3、–6、 and "
        "8、 are numbered paragraphs). Level 4: （1） titles over paragraphs (27 …45). Ambiguous: 167 「5、如果您不想接受…"
        "取消：」 a sentence lead-in in 五's run of titles. Look-alikes: 4–11 the contents list and its lead-in, 19 a "
        "lead-in, 20/21 numbered sentences, 36 「3） 如您不想…」, 53 a numbered sentence, 54/95/139/149/168 run-in labels, "
        "84/129/137/185/190 numbered sentences.",
    ),
    "lanjingling-privacy-pre-html": (
        "dev", "privacy_zh.html",
        repo_src("lan-genius/lan-genius.github.io", "1d8bbdb5591f54333d89260c4ab0a7f7c14c3918", "static/privacy_zh.html",
                 NO_LICENSE, "a LAN tool's (局域网精灵) site page; the policy is a plain-text block inside `<pre>`; removed "
                 "from the repository later (the newest snapshot lacks static/)", "363b58fd5fc00c0a3137cf202a39838acc51aed9"),
        "hans", "cn",
        "**HTML page whose policy is one `<pre>` block**: `<h1>` title, two date lines outside the block, then "
        "unnumbered one-line titles (适用范围, 信息使用 …) over (a)/(b) items, and one leftover numbered title "
        "「7.本隐私政策的更改」 among them; an orphaned sentence fragment at the end",
        12,
        {1: [18, 33, 40, 57, 60, 67, 72]},
        [],
        [8, 13, 14, 25, 41, 78],
        "Title 12 (<h1>; the <title> 8 repeats it, a look-alike). Level 1: the six unnumbered titles and the numbered "
        "72 「7.本隐私政策的更改」 (their peer; the template's other numbers were dropped). Look-alikes: 13/14 dates, 25 "
        "and 41 lead-ins ending in a colon, 78 a fragment cut from 70.",
    ),
    "milkyway-privacy-txt": (
        "dev", "privacy.txt",
        repo_src("zzxjl1/MilkyWayBarrage_Server", "4d5b70588c0a48a37f40532d9bc19930bafc6631", "static/privacy.txt",
                 NO_LICENSE, "a danmaku app server's static policy: an HTML document saved under a .txt name (served to "
                 "the app's web view)", "2c2956e001b4d4642de3e5bf913fdf8589d54757"),
        "hans", "cn",
        "**an HTML page in a `.txt` file**: a blank first line, `<!DOCTYPE html>`, a `<style>` block, `<h1 "
        "class=\"title\">`, `<h4>` 1.–7. over `<p>` items (a)…(g), a commented-out button and a script",
        67,
        {1: [70, 78, 82, 91, 93, 97, 100]},
        [],
        [7, 74, 83, 103],
        "Read as the HTML it is (the file is an HTML document whatever its name; a reader shown its tags would see no "
        "policy). Title 67 (<h1>; <title> 7 repeats it, a look-alike). Level 1: the seven <h4> 1.–7. Look-alikes: 74 and "
        "83 lead-ins, 103 the closing paragraph.",
    ),
    "bnucrow-privacy-txt": (
        "holdout", "privacy.txt",
        repo_src("BNU-Crow/BNU-Crow.github.io", "4899220211fc173daab5eacaba8803bbdbead873", "static/privacy.txt",
                 NO_LICENSE, "a campus app's (树洞) plain-text policy on its GitHub Pages site", 
                 "cbdada169fc4a7c2ad3a1428d5c3996de4ee569e"),
        "hans", "cn",
        "**plain text**: a title in book-title marks 《隐私政策协议》, 1.–7. titles between blank lines (「7.本隐私政策的更改」 "
        "without a space), (a)–(g) items, lead-ins and a closing paragraph",
        1,
        {1: [4, 14, 20, 31, 35, 41, 46]},
        [],
        [9, 22, 50],
        "Title 1. Level 1: 1.–7. Look-alikes: 9 and 22 lead-ins ending in a colon, 50 the closing paragraph.",
    ),
    "ikan-privacy-html": (
        "holdout", "privacy_policy.html",
        repo_src("ChrisKyle/ikan-android", "4fab499e201a129e59405be84eb0e0c4f6a7b4fa",
                 "app/src/main/assets/privacy_policy.html", NO_LICENSE,
                 "a video app's (爱看) bundled policy fragment for a web view", "7beb6df05186586bf8c95badf6ddf3f7aa2a5e7d"),
        "hans", "cn",
        "**Android asset HTML fragment**: `<html>` with no head or title, `<h4>` sections, sub-titles as a bold "
        "`<span class=\"font_color\">` alone in a `<p>` (written over three source lines), two plain one-line "
        "`<p><span>` sub-titles, bold sentences in the same class, `<li class=\"pointB\">` lead-ins",
        None,
        {1: [2, 6, 47, 61, 64, 76, 80, 85, 90, 95, 106], 2: [12, 21, 29, 91, 93]},
        [],
        [34, 40, 65, 69, 83, 89],
        "No title (the page never names itself; 《隐私政策》 only in sentences). Level 1: the eleven <h4>. Level 2: 12/21/29 "
        "bold sub-titles of 我们可能收集的信息 (each alone in its <p>, over a list), 91/93 plain one-line sub-titles "
        "「邮件和信息推送」「与服务有关的公告」 over one paragraph each. Look-alikes: 34/40/69 pointB list lead-ins, 65 a "
        "sentence opening on a bold 「未经您同意」, 83/89 bold sentences.",
    ),
    "tongue-privacy-txt": (
        "dev", "privacy.txt",
        repo_src("couriourc/tongue-h5", "2116b93bb0d9bcbcab823f1e23b689e11f2e3ffc", "public/privacy.txt", NO_LICENSE,
                 "a tongue-diagnosis mini-program's (汉方舌诊) policy text, second batch", "ded6a531ca81af52b94b5f9780d539fe3670b308"),
        "hans", "cn",
        "**a `.txt` with inline HTML**: `<strong>` title over `<br/>`, an intro, a part label 「汉方个人信息保护政策：」 over "
        "一、–五、 (bold `<strong>` titles after the numeral), an unnumbered part title over a second run 一、–九、 whose 五、 "
        "holds four unnumbered sub-titles (共享, 转让, 公开披露, the exceptions), numbered lists 1.–11., `- ` bullets, "
        "contact fields, a sentence broken over a blank line, hard-wrapped lines",
        2,
        {1: [11, 41], 2: [13, 18, 24, 30, 36, 44, 50, 58, 63, 81, 127, 137, 146, 159], 3: [84, 94, 103, 111]},
        [],
        [5, 66, 86, 87, 92, 96, 113, 149, 151, 152],
        "Read line by line with its tags as markup (a .txt; the tags are emphasis and breaks). Title 2. Level 1: the two "
        "parts, 11 「汉方个人信息保护政策：」 (a colon-closed name over 一、–五、, a judgement: the page's second part is "
        "titled the same way at 41) and 41 「我们如何收集和使用您的个人信息」 (unnumbered, over 一、–九、). Level 2: both runs. "
        "Level 3: 五、's unnumbered sub-titles 84, 94, 103, 111. Look-alikes: 5 a sentence, 66/113 lead-ins, 86 a numbered "
        "lead-in, 87 a bullet, 92 a run-in label, 96 half a sentence cut by a blank line, 149/151/152 contact fields.",
    ),
    "billx-privacy-html": (
        "holdout", "privacy.html",
        index_src("ipinker/bill-x-client", "28985a2f68d224e3ffa3d833b2f589e546f616e2", "hybrid/html/privacy.html",
                  "68915063207", NO_LICENSE, "a bookkeeping uni-app's bundled policy (`hybrid/html`), generated by "
                  "Aspose.Words; no snapshot could be had: index text, LF, 7,499 characters = total_chars; second batch",
                  7499),
        "hans", "cn",
        "**Word export (Aspose.Words) in a uni-app `hybrid/html` page**: a dev-preview notice `<p>`, an `<h1>` title "
        "written as four `<span>`s over four source lines, `p.row.title` 一、–十、 (bold by the page's CSS class), plain "
        "`p.row.span` sub-titles 1.1 …, 3.1 …, 4.1 … over paragraphs, numbered sentences 2.1 …, 5.1 …, run-in labelled "
        "1.2.1/1.2.2 over (1)… lists, contact fields, three right-aligned closing lines in the title class",
        52,
        {1: [66, 92, 104, 111, 124, 130, 134, 137, 140, 144],
         2: [68, 75, 85, 87, 89, 105, 107, 109, 112, 114, 122]},
        [76, 82],
        [7, 48, 69, 94, 116, 126, 132, 146, 151, 153, 154, 155],
        "Title 52 (the <h1>'s text begins on its first <span>; <title> 7 「用户隐私协议」 a look-alike). Level 1: the ten "
        "p.row.title 一、–十、. Level 2: 1.1–1.5, 3.1–3.3, 4.1–4.3 (short titles over text). Ambiguous: 76/82 「1.2.1 日志信息。"
        "当您…」 and 「1.2.2 位置信息。…」, run-in labelled numbered paragraphs over their (1)… lists. Look-alikes: 7, 48 the "
        "preview notice, 69/94/116/126 numbered sentences, 132 an SDK entry, 146/151 contact lines, 153–155 the "
        "right-aligned closing lines in the title class.",
    ),
}


_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")
_COMMENT = re.compile(r"<!--.*?-->")
_TITLE_PROP = re.compile(r"""\btitle=["']([^"']+)["']""")
_TAIL = re.compile(r"^[^<>]*>")  # the end of an opening tag begun on an earlier line
_OPEN = re.compile(r"<[A-Za-z/!?][^>]*$")  # an opening tag that goes on to the next line


def _line_text(line):
    line = _COMMENT.sub("", line)
    line = _OPEN.sub("", _TAIL.sub("", line))
    text = _TAG.sub("", line).replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = text.replace("{/*", "").replace("*/}", "").replace("\\n", " ").strip()
    if text.startswith("#"):
        text = text.lstrip("#").strip()
    if not text:
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


_NUMBER_ONLY = re.compile(r"^[（(]?[一二三四五六七八九十壹0-9]*[、)）]?$")  # 「(」, 「一、」, 「（六）」, a badge 「1」: the rest is on the next line


def _joined(texts, line):
    """A heading split over two lines (「(」 / 「一)访问…」 in a Word export, a number badge 「1」 over its text) is shown with the next line's text."""
    text = texts[line]
    return text + texts.get(line + 1, "") if _NUMBER_ONLY.match(text) else text


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname))
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    marked = [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks)
    for line in marked:
        if line not in texts:
            raise SystemExit(f"{name}: no text on line {line}")
    twice = sorted({x for x in marked if marked.count(x) > 1})
    if twice:
        raise SystemExit(f"{name}: lines annotated twice: {twice}")
    ann = {
        "source": source, "format": os.path.splitext(fname)[1].lstrip("."), "script": script, "region": region,
        "languages": LANGS.get(name, ["zh"]),
        "kind": kind,
        "file": fname,
        "title": {"line": title, "text": texts[title]} if title else None,
        "headings": [{"line": line, "level": level, "text": _joined(texts, line)[:120]} for line, level in heads],
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
