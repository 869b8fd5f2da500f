#!/usr/bin/env python3
"""Hand annotations of eval/structure37 (source of truth, thirty-seventh session, helper u37a): `python3 eval/structure37/tools/annotate37.py [name ...]`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it.
A line's text is the source line with its tags and JSX comment braces stripped; a line whose text lives only in a
`title="…"` prop (a React component's section title) takes that prop's value.  The script refuses a line with no
text and a line annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md, plus
`look_alike_lines`.  Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

INDEX_LICENSE = "unknown: index text only (treat as all rights reserved; test fixture only)"


def index_src(index_id, note, repo=None, path=None, commit=None):
    """A text the code index gave by id (read_file), saved as given; repo/path/commit when the index named them."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": index_id, "mode": "index text",
            "license": INDEX_LICENSE, "note": note}



def repo_src(repo, commit, path, license_, note):
    """A file taken byte for byte from a repository snapshot (`git cat-file blob COMMIT:PATH`)."""
    return {"repo": repo, "path": path, "commit": commit, "index_id": None, "mode": "git blob",
            "license": license_, "note": note}


NO_LICENSE = "none found in the repository (treat as all rights reserved; test fixture only)"

# name: (set, file, source, script, region, kind, title line or None, {level: [lines]}, ambiguous, look-alikes, notes)
DOCS = {
    "magazines-privacy-md": (
        "dev", "privacy.md",
        repo_src("magazinesclubnew/magazinesclubnew.github.io", "e9b0d36f7b1a67fc574166b2dcbcb42070d11560",
                 "privacy.md", NO_LICENSE, "a Jekyll page: front matter, then the policy as an HTML <article> block"),
        "hans", "cn",
        "**Markdown file whose body is an HTML block**: front matter `title:`, `<h1>` title, a bold date line, six `<h2>`",
        9,
        {1: [15, 24, 32, 35, 43, 51]},
        [],
        [3, 13, 38, 39, 40],
        "Title 9 (h1; the front matter repeats it on 3). Six h2 sections. 13 the bold date, 38-40 bullets opening with "
        "bold service names.",
    ),
    "lumysia-privacy-md": (
        "dev", "index.zh-cn.md",
        repo_src("Lumysia/blog", "0a50f06a505c53222bcbb8ca0196c3ae6852318a", "content/privacy-policy/index.zh-cn.md",
                 "AGPL-3.0 (repository LICENSE)", "a Hugo blog's privacy page (LoveIt-style front matter of 65 lines)"),
        "hans", "cn",
        "**Hugo Markdown with a 65-line YAML front matter** full of `# --- … ---` comment lines, then `## 1.`…`## 7.`",
        3,
        {1: [69, 73, 77, 85, 91, 95, 99]},
        [],
        [2, 9, 14, 19, 67, 81, 83],
        "Title only in the front matter (3). 2/9/14/19 YAML comments that look like Markdown headings inside the front "
        "matter; 67 the bold effective date; 81/83 bullets opening with bold service names.",
    ),
    "paijiu-privacy-tsx": (
        "dev", "PrivacyContent.tsx",
        index_src("49302192640", "React component (name from the component); zh-Hant, a Taiwan company"),
        "hant", "tw",
        "**TSX whose titles are bold `<p>`s** (`className=\"font-bold text-[18px]\"`) 一、…六、 and whose paragraphs are "
        "template literals in JSX children (`<p>{`…`}</p>`, `<li>{`…`}</li>`)",
        None,
        {1: [8, 14, 23, 32, 38, 45]},
        [],
        [6, 12],
        "No title (a content component). Six bold <p> titles. 6/12 JSX comments `{/* Section 1 */}`.",
    ),
    "dms-notice-tsx": (
        "dev", "SecurityNoticeDialog.tsx",
        index_src("55243462258", "shadcn/ui dialog shown once a day (name from the component); zh-Hant"),
        "hant", "tw",
        "**a notice in a dialog component**: `<DialogTitle>` (icon then text on its own line), `<DialogDescription>`, "
        "two `<h3>` 壹、/貳、 over ordered lists, a closing note and an accept button",
        41,
        {1: [51, 65]},
        [],
        [44, 79, 86],
        "Title 41 (DialogTitle text line). 壹、 and 貳、 h3 are the sections. 44 the description, 79 the closing note, "
        "86 the button.",
    ),
    "danci-privacy-js": (
        "dev", "privacyPolicy.js",
        index_src("67181366871", "a game's policy kept as a block list built by helper calls (`h(\"…\")`, `p([t(\"…\")])`); "
                  "file name a guess from its exports"),
        "hans", "cn",
        "**a JavaScript module whose policy is data**: headings are `h(\"一、…\")` calls, paragraphs `p([t(\"…\")])`, "
        "a table of contents `toc([t(\"一、…\")], …)` repeating the ten section names; 一、…十、 with （一）…（三） under 一、",
        None,
        {1: [92, 134, 141, 144, 149, 159, 164, 169, 180, 185], 2: [93, 125, 129]},
        [78],
        [1, 73, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89],
        "No title in the file. 78 the TOC's lead-in 「本隐私政策将帮助您了解以下内容：」 written as h(): ambiguous. "
        "80-89 the TOC entries (not headings); 73 「我们在此提醒您：」; 1 a comment naming the SDK policy.",
    ),
    "istupass-modals-jsx": (
        "dev", "Modals.jsx",
        index_src("21898035144", "a learning platform's modals file (name from its `./Modals.module.scss` import); "
                  "zh-Hant; no final newline"),
        "hant", "tw",
        "**three documents in one JSX file**: terms (`<h4>` 1.…4. over 3.1/4.1 lines), a privacy policy (`<h3>` name, six "
        "`<h4>`), and a company's security plan (`<h3>` name, 壹、 as a sentence, 貳、…： then 一、…四、…： over (一)…(八) "
        "lines, all in `<p>`)",
        None,
        {1: [33, 38, 43, 49, 58, 102], 2: [62, 67, 81, 86, 91, 96, 108], 3: [109, 121, 128, 137]},
        [104],
        [12, 44, 45, 50, 51, 59, 70, 71, 72, 73, 74, 75, 76, 110, 111],
        "Terms 1.-4. and the two documents' names at level 1; the policy's h4 and 貳、 at 2; 一、-四、 (closed by ：) at 3. "
        "104 壹、 is a whole sentence (ambiguous). 12 the modal's `{title}` h2 (computed), 44/45/50/51 numbered clauses, "
        "59 the opening paragraph, 70-76 list items with run-in labels, 110/111 (一)(二) clauses.",
    ),
    "xs-policy-ts": (
        "holdout", "info.ts",
        repo_src("liyongyang/xs", "a21d90c384e82420f967ffd4dc53ccb756221208", "src/views/privacy-policy/info.ts",
                 NO_LICENSE, "a Vue site's policy kept as two HTML template literals (`info_zh`, `info_en`) returned by "
                 "a function"),
        "hans", "cn",
        "**HTML in template literals of a `.ts` module, bilingual**: a Chinese and an English edition, titles are "
        "`<p><strong>…</strong><p>` (unclosed <p>), run-in bold labels 「1.访问信息：」, a repeated 信息安全",
        None,
        {1: [3, 6, 12, 21, 28, 30, 32, 34, 41, 44, 50, 58, 65, 67, 69]},
        [19, 37, 72],
        [7, 8, 9, 10, 13, 23, 24, 25, 26, 38, 45, 46, 47, 48, 51, 56, 60, 61, 62, 63, 71, 73],
        "Both editions' bold-only <p> lines are the sections (level 1, no title). 19 「信息共享」 bold then text on the same "
        "line (ambiguous); 37/72 the company name as a bold signature (ambiguous); run-in labels and bold dates are "
        "look-alikes.",
    ),
    "bmedaa-privacy-tsx": (
        "holdout", "PrivacyPage.tsx",
        repo_src("BMEDAA/bmedaa-website", "5c1c3b6d9e88b8563bcbdd9dd2e2dff289a00adf",
                 "frontend/src/pages/public/PrivacyPage.tsx", NO_LICENSE, "a Hong Kong alumni association's React page"),
        "hant", "hk",
        "**Hong Kong TSX page of cards**: `<h1>` and a subtitle `<p>`, each card an icon beside an `<h2>`, three inner "
        "boxes with an `<h4>` (inline styles), JSX comments repeating each card's name, a contact card without a title",
        8,
        {1: [17, 32, 47, 68, 89, 113, 128], 2: [55, 76, 97]},
        [],
        [9, 12, 27, 42, 63, 84, 108, 123, 137, 143, 148, 153],
        "Title 8. Seven h2 cards at level 1, three h4 boxes at level 2. 9 the subtitle, JSX comments, 137 a bold "
        "「重要提醒：」 run-in label, 148 the bold association name in the contact card, 153 the computed date line.",
    ),
    "cheliang-agreement-vue": (
        "holdout", "agreement.vue",
        index_src("71095262927", "a uni-app vehicle-lookup mini-program's rules page (file name a guess)"),
        "hans", "cn",
        "**uni-app `.vue` with `<view>` only**: `document-title` and `document-meta` views, seven `class=\"title\"` "
        "views 一、…七、, numbered clause views 1.…5., `{{ }}` interpolations, a `<style>` of one line",
        4,
        {1: [9, 15, 23, 32, 38, 43, 48]},
        [],
        [5, 16, 17, 18, 19, 24, 25, 26, 27, 28],
        "Title 4. Seven title views. 5 the effective-date view (computed), numbered clauses are look-alikes.",
    ),
    "ivod-privacy-tsx": (
        "holdout", "privacy.tsx",
        index_src("63168362544", "a Next.js pages-router privacy page of a Legislative Yuan IVOD transcript search "
                  "(billy3321/ivod_transcript_db by its name; its snapshot holds no such file); zh-Hant"),
        "hant", "tw",
        "**Next.js page, two levels**: `<Head><title>`, `<h1>`, `<h2>` 1.…10. with `<h3>` 2.1…5.1, a cookie table, "
        "bold run-in rights, a closing summary box `<h2>簡而言之`",
        22,
        {1: [26, 37, 64, 77, 121, 155, 168, 181, 188, 196, 216], 2: [39, 51, 79, 84, 109, 123]},
        [],
        [10, 32, 89, 90, 91, 173, 174, 175, 176],
        "Title 22. Eleven h2 at level 1 (the summary box's 簡而言之 included), six h3 at 2. 10 the <title>, 32 the computed "
        "date, 89-91 table headers, 173-176 bold run-in rights.",
    ),
}

_TAG = re.compile(r"<[^>]*>")
_TITLE_PROP = re.compile(r'\btitle="([^"]+)"')


def _line_text(line):
    text = _TAG.sub("", line).replace("&nbsp;", " ")
    text = text.replace("{/*", "").replace("*/}", "").strip()
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
        "languages": ["zh"],
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
