#!/usr/bin/env python3
"""Hand annotations of eval/structure51s (source of truth, fifty-first session, helper u51s): `python3 eval/structure51s/tools/annotate51s.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document, in full, before policylens was run
on it.  A line's text is the text of the HTML block whose first visible character is on that line (eval/dev23g's
`blocks_of`, standard library `html.parser`: scripts, styles and comments left out, `<br>` ends a block), else the
source line with its tags stripped; in Markdown the line without its `#` marks.  A heading written on the line after its
opening tag (richer `<h4>` / `1. 适用范围` / `</h4>`) is annotated on the line of its text.  The script refuses a line
with no text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Copied from eval/structure50a/tools/annotate50a.py (same conventions); a .tsx/.php page is read as HTML, a JSX prop line
(title="…") by its TEXT override.  Standard library only.
"""

import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
_spec = importlib.util.spec_from_file_location("a23g", os.path.join(ROOT, "..", "dev23g", "tools", "annotate23g.py"))
_a23g = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_a23g)

INDEX_LICENSE = "not checked: index text (treat as all rights reserved; test fixture only)"


def index_src(repo, commit, path, index_id, chars, note, license_=INDEX_LICENSE):
    """A text the code index gave by id (read_file names its repository, path and commit), saved character for
    character (its total_chars checked): the repository could not be fetched or its snapshot lacks the file."""
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "index_id": index_id,
        "mode": f"index text ({chars} characters)",
        "license": license_,
        "note": note,
    }


NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"


def repo_src(repo, commit, path, note, blob, license_=NO_LICENSE):
    """A file taken byte for byte from a repository snapshot (`git show COMMIT:PATH`); blob = its git hash-object."""
    return {
        "repo": repo,
        "path": path,
        "commit": commit,
        "index_id": None,
        "mode": "git blob",
        "blob": blob,
        "license": license_,
        "note": note,
    }


def idx(index_id, chars, note):
    """An index text whose repository the index did not name (read_file gives only the id and total_chars)."""
    return index_src("unknown (index text; read_file names no repository)", None, None, index_id, chars, note)


LANGS = {"lumin-tsx": ["zh", "en"]}
TEXT = {
    ("hegui-tsx", 12): "合规与服务",
    ("hegui-tsx", 13): "隐私政策",
    ("hegui-tsx", 14): "我们会以最小必要原则处理你的个人信息。",
}
ENCODING = {}


# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "gofarm-tsx": (
        "dev",
        "privacy.tsx",
        repo_src(
            "LazyBoyJgn99/task-project",
            "f328a0cb8eaec471f5e761f186510c4747d6137a",
            "frontend/src/pages/clause-privacy-policy/index.tsx",
            "a farm-ticket mini program's privacy guide (Go Farm体感式农场小程序隐私保护指引, Taro page)",
            "3c4c4221471926a98f5b81ae8a6f02da5bf98b49",
        ),
        "hans",
        "cn",
        "**Taro `.tsx` page of `<View>` blocks**: `View.title-1` (the name), six `View.title-2` numbered titles over "
        "`View.content` blocks whose text **Prettier wrapped inside a phrase** (`GO` / `FARM门票`), **a number alone on "
        "its line** (`2.1` over the sentence), a `·` alone on its line, an empty `title-2` before two date lines",
        6,
        {1: [12, 33, 51, 57, 66, 75]},
        [],
        [8, 14, 17, 21, 25, 29, 35, 39, 43, 47, 53, 59, 62, 68, 71, 76, 77, 80, 81],
        "Title 6 (title-1). Level 1: the six title-2 1.…6. Look-alikes: 8/35 hard-wrapped sentences; 14 a sentence; "
        "17/21/25/29 '· ' items wrapped inside a phrase (29 the dot alone); 39/43/47/53/62/71 a number alone on its line "
        "over its sentence (2.1, 2.2, 2.3, 3.1, 4.2, 5.2); 59 and 68 numbered sentences on one line (68 '5.1 信息的使用规则 "
        "开发者将会…' repeats the section name before its sentence); 76/77 contact lines; 80/81 dates under an empty "
        "title-2 (line 79, no text).",
    ),
    "hegui-tsx": (
        "dev",
        "privacy.tsx",
        idx("14002429796", 1741, "a legal-consultation site's privacy page (React Router page, PageHeader with an eyebrow prop)"),
        "hans",
        "cn",
        "React `.tsx` page: **the name, an eyebrow and a description as props of `<PageHeader eyebrow=… title=… "
        "description=…>`**, a `返回注册` button in its `right` prop, five bold `<div>` numbered titles over plain `<div>` "
        "paragraphs, a footer date",
        13,
        {1: [25, 30, 35, 40, 45]},
        [],
        [12, 14, 18, 27, 32, 37, 42, 47, 50],
        "Title 13 (the title prop 隐私政策). Level 1: the five bold 1.…5. Look-alikes: 12 the eyebrow prop 合规与服务 (a "
        "category label, no heading); 14 the description prop; 18 the back button 返回注册 (page chrome); 27…47 "
        "paragraphs; 50 the footer date 最后更新：v1.",
    ),
    "angan-tsx": (
        "dev",
        "privacy.tsx",
        idx("51887332039", 1798, "a Taiwan video-room service's privacy page (安感島, Next.js page)"),
        "hant",
        "tw",
        "Next `.tsx` page with `<TopNav />` and `<SiteFooter />`: **an English kicker `Privacy Policy` and an eyebrow "
        "`隱私權政策` stacked over the h1 name `安感島隱私權政策`**, a lead paragraph, four `<h2>` 1.…4. over paragraphs "
        "and a list",
        13,
        {1: [20, 27, 36, 43]},
        [],
        [11, 12, 15, 22, 29, 30, 31, 38, 45],
        "Title 13 (h1 安感島隱私權政策, the full name). Level 1: the four h2. Look-alikes: 11 the kicker 'Privacy Policy' and "
        "12 the eyebrow 隱私權政策 (two labels stacked over the name: no headings, no levels); 15 the lead; 22/38/45 "
        "paragraphs; 29-31 list items.",
    ),
    "pain-php": (
        "dev",
        "privacy.php",
        idx("57020654600", 2487, "a Taiwan idea-check site's privacy policy (痛點 P.A.I.N., PHP page with partials)"),
        "hant",
        "tw",
        "PHP page: a `$page` array (title, desc) and `require` of head/header/footer partials, `<main>` with **an "
        "eyebrow `隱私權政策` over an h1 headline**, seven `<h2>` 一、…七、, bold run-in labels joined by `<br>`, PHP "
        "echo tags in the contact paragraph, **a back link `← 回首頁` after the policy**",
        13,
        {1: [17, 22, 25, 31, 34, 37, 40]},
        [],
        [12, 15, 18, 19, 20, 26, 27, 28, 29, 45],
        "Title 13 (h1 我們怎麼處理你的資料; the eyebrow names the document, the h1 is the page's heading: a judgement "
        "call, see README). Level 1: the seven h2 一、…七、. Look-alikes: 12 the eyebrow; 15 the intro with the date; "
        "18/19/20 and 26-29 bold run-in labels (你主動提供的 email：…); 45 the back link ← 回首頁 (page chrome).",
    ),
    "gaozhe-tsx": (
        "holdout",
        "privacy.tsx",
        idx("54948081314", 1133, "an ideas newsletter site's privacy page (搞着玩, Next.js page)"),
        "hans",
        "cn",
        "Next `.tsx` page: `metadata` with a title, **an eyebrow `隐私政策` over an h1 headline `只收集必要的数据`**, a "
        "lead, four `value-row` blocks of an `<h3>` over a `<p>`, a mailto slot",
        14,
        {1: [22, 26, 30, 34]},
        [],
        [5, 6, 13, 16, 23, 27, 31, 36],
        "Title 14 (h1 只收集必要的数据; the eyebrow names the document: a judgement call, see README). Level 1: the four "
        "h3 (the page's only section titles). Look-alikes: 5/6 the metadata strings; 13 the eyebrow; 16 the lead; "
        "23/27/31/36 paragraphs.",
    ),
    "lumin-tsx": (
        "holdout",
        "privacy.tsx",
        idx("55922078685", 7921, "an anonymous-posting community's privacy policy (Lumin, Next.js client page)"),
        "hans",
        "cn",
        "Next `.tsx` client page with **two editions in one file**: an `if (isEnglishMode)` branch (English eyebrow, "
        "h1, date, eight `<h2>` 1.…8.) and the default Chinese return (**eyebrow `隐私政策` over the h1 `Lumin 隐私政策`**, "
        "date, eight `<h2>` 一、…八、), lists, paragraphs hard-wrapped in the source",
        153,
        {1: [46, 57, 73, 82, 91, 112, 128, 137, 158, 169, 180, 189, 195, 205, 216, 224]},
        [41],
        [40, 42, 47, 60, 152, 154, 159, 161, 171, 182, 190, 197, 207, 218, 226],
        "Title 153 (h1 Lumin 隐私政策 of the default, Chinese, edition). Level 1: the eight English h2 1.…8. and the "
        "eight Chinese h2 一、…八、 (peers: two editions of the same sections). Ambiguous (not scored): 41 the English "
        "edition's h1 Lumin Privacy Policy (a second name: a level-1 part or the title). Look-alikes: 40/152 the "
        "eyebrows; 42/154 the dates; 47/159 leads; 60, 161, 171, 182, 190, 197, 207, 218, 226 paragraphs and items.",
    ),
}


def _source_lines(path, enc):
    out = {}
    with open(path, encoding=enc) as f:
        raw = f.read().split("\n")
    if path.endswith(".md"):
        for n, line in enumerate(raw, 1):
            text = re.sub(r"^#{1,6}\s*", "", line.strip()).strip()
            if text:
                out[n] = text
        return out
    blocks = _a23g.blocks_of(path, enc)
    for n, line in enumerate(raw, 1):
        text = blocks.get(n) or " ".join(re.sub(r"<[^>]*>", "", line).split())
        if text:
            out[n] = text
    return out


def build(name):
    sset, fname, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _source_lines(os.path.join(folder, fname), ENCODING.get(name, "utf-8-sig"))
    texts.update({line: t for (n, line), t in TEXT.items() if n == name})
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    marked = [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks)
    for line in marked:
        if line not in texts:
            raise SystemExit(f"{name}: no text on line {line}")
    twice = sorted({x for x in marked if marked.count(x) > 1})
    if twice:
        raise SystemExit(f"{name}: lines annotated twice: {twice}")
    ann = {
        "source": source,
        "format": os.path.splitext(fname)[1].lstrip("."),
        "script": script,
        "region": region,
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
