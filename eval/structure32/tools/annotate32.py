#!/usr/bin/env python3
"""Hand annotations of eval/structure32 (source of truth): `python3 eval/structure32/tools/annotate32.py [name ...]`.

Every heading, title and look-alike line below was read in the document before policylens was run on it.  For a
Flutter screen (`.dart`) a "block" is the first argument of a `Text(…)` widget: one string literal or adjacent
literals joined (Dart concatenates `'a' 'b'`), keyed by the source line of its first literal; `\\n` escapes are
newlines.  For HTML and markup pages a block is what `eval/dev23g/tools/annotate23g.py`'s `blocks_of` finds.  This
script copies each annotated line's text from the block that starts there, refuses a line where none starts, and
writes <set>/<name>/annotation.json in the format of eval/README.md, plus `look_alike_lines` (lines that look like
headings and are not: numbered sentences and lead-ins, list items, greetings, app-bar titles).  Standard library only.
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

LICENSE = "none found; test fixture only"


def src(repo, path, commit, license=LICENSE):
    return {"repo": repo, "path": path, "commit": commit, "mode": "blob", "license": license}


# name: (set, file, format read as, source, script, region, kind, title line or None, {level: [lines]},
#        ambiguous lines, look-alike lines, notes)
DOCS = {
    "eams-dart": (
        "dev", "policy.dart", "dart", src("wu-yiqiang/eams_app", "lib/views/user/policy.dart", "d1b7445fcd2262018b0b17a4803027e7f8578833", "MIT (repository LICENSE)"),
        "hans", "cn", "**Flutter screen** (GetX): every paragraph a `Text('…')` widget in a `Row`/`Expanded`/`Container`, bold "
        "16-pt `一.`/`二.` parts over `1.`/`2.` titles, (a)/(b) items, 1、 sentences",
        None,
        {1: [21, 153], 2: [51, 113]},
        [],
        [37, 68, 80, 91, 102, 129, 141, 169, 181, 193],
        "No visible title (the app bar shows `\"privacyPolicy\".tr`, a translation key). 一.隐私政策 (21) over its intro and "
        "1.适用范围 / 2.信息使用; 二.服务条款 (153) over three 1、 sentences (169…193). 80 is a lead-in over (a)/(b) items.",
    ),
    "thumbsir-dart": (
        "dev", "service_agreement_page.dart", "dart", src("borite/ThumbSir", "lib/pages/mycenter/service_agreement_page.dart", "31f86a5654efe31d6dd769a2ed7725cfc923fd52"),
        "hans", "cn", "**Flutter screen**: a service agreement of 108 `Text('…', style: …)` widgets in `Padding`s, 一、…十三、 "
        "section titles, 1、 clauses, 4.1 / 5.1 / 3.1 sub-items, (a)–(j) items",
        50,
        {1: [91, 111, 141, 181, 261, 651, 701, 771, 811, 861, 981, 1011, 1031]},
        [],
        [37, 61, 71, 121, 131, 151, 191, 301, 311, 321, 421, 521, 531, 731, 741, 901, 911],
        "Title 服务协议 (50; 37 is the same words in the navigation row). 一、…十三、 are the sections; every 1、 line is a "
        "clause sentence, 4.1…4.11, 5.1…, 3.1…, 4.1… their items; 301, 521, 731, 901 are numbered lead-ins closed by 「：」.",
    ),
    "glonly-blade": (
        "dev", "privacy.blade.php", "html", src("j100002ben/GLonly-laravel", "application/views/home/privacy.blade.php", "dd378600c3bdd3f50c5314d3fa71b5add45e597f", "repository license.txt (Laravel's MIT); test fixture only"),
        "hant", "tw", "**Laravel Blade view** (`@include` directives around the markup): two language editions in one modal, "
        "`<h3>隱私權政策</h3>` over six `<p>`s, then `<h3>Privacy Policies</h3>` over their English translation",
        7,
        {1: [16]},
        [],
        [1, 14, 23, 28],
        "Title 隱私權政策 (7). The English edition's name (16) is a heading at the title's rank (level 1), the second "
        "edition of the same policy; its six paragraphs are not under the Chinese title's text. 1 and 28 are Blade "
        "directives, 14 and 23 the last-updated lines.",
    ),
    "podcast-privacy-dart": (
        "holdout", "privacy_policy_page.dart", "dart", src("shang1219178163/podcast_app", "lib/pages/privacy_policy_page.dart", "0804ed2a9427cfcf04be644926d51f77e47683f5", "MIT (repository LICENSE)"),
        "hans", "cn", "**Flutter screen**: `Text` widgets with theme styles, `1. 信息收集`…`4. 信息共享` titles over `Text`s of "
        "adjacent literals ('…：\\n' '• …\\n' …)",
        25,
        {1: [43, 63, 83, 103]},
        [34],
        [12, 52, 72, 92, 112],
        "Title 隐私政策 (25, 24-pt bold; 12 is the app bar). 我们重视您的隐私 (34, 18-pt) is a tagline (ambiguous). Each "
        "numbered title is over one Text of a lead-in and • items.",
    ),
    "podcast-agreement-dart": (
        "holdout", "user_agreement_page.dart", "dart", src("shang1219178163/podcast_app", "lib/pages/user_agreement_page.dart", "0804ed2a9427cfcf04be644926d51f77e47683f5", "MIT (repository LICENSE)"),
        "hans", "cn", "**Flutter screen**: the same app's agreement, `1. 服务说明`…`4. 协议修改`",
        25,
        {1: [43, 60, 80, 97]},
        [],
        [12, 34, 52, 69, 89, 106],
        "Title 用户协议 (25; 12 the app bar). 欢迎使用播客应用！ (34) is a greeting.",
    ),
}

_LIT = re.compile(r"""'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)\"""")


def _dart_line_texts(path):
    """The first argument of each `Text(` widget: its adjacent string literals joined, keyed by the line of the first."""
    with open(path, encoding="utf-8") as f:
        src_text = f.read()
    out = {}
    for m in re.finditer(r"\bText\(\s*", src_text):
        pos = m.end()
        parts = []
        first = None
        while True:
            lit = _LIT.match(src_text, pos)
            if not lit:
                break
            if first is None:
                first = src_text.count("\n", 0, lit.start()) + 1
            raw = lit.group(1) if lit.group(1) is not None else lit.group(2)
            parts.append(raw.replace("\\n", "\n").replace("\\'", "'").replace('\\"', '"'))
            pos = lit.end()
            ws = re.match(r"\s*", src_text[pos:])
            pos += ws.end() if ws else 0
        if first is not None:
            out[first] = "".join(parts)
    return out


def _line_texts(path, fmt, encoding="utf-8-sig"):
    if fmt == "dart":
        return _dart_line_texts(path)
    return _a23g.blocks_of(path, encoding)


def build(name):
    sset, fname, fmt, source, script, region, kind, title, levels, ambiguous, looks, notes = DOCS[name]
    folder = os.path.join(ROOT, sset, name)
    texts = _line_texts(os.path.join(folder, fname), fmt)
    heads = sorted((line, level) for level, lines in levels.items() for line in lines)
    for line in [h for h, _ in heads] + ([title] if title else []) + list(ambiguous) + list(looks):
        if line not in texts:
            raise SystemExit(f"{name}: no block starts on line {line}")
    overlap = ({h for h, _ in heads} & set(looks)) | (set(ambiguous) & set(looks)) | ({h for h, _ in heads} & set(ambiguous))
    if overlap:
        raise SystemExit(f"{name}: lines annotated twice: {sorted(overlap)}")
    ann = {
        "source": source, "format": fmt, "script": script, "region": region, "languages": ["zh"], "kind": kind,
        "file": fname,
        "title": {"line": title, "text": texts[title]} if title else None,
        "headings": [{"line": line, "level": level, "text": texts[line]} for line, level in heads],
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
        print(f"{name}: {n} headings")
    print(f"total {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
