#!/usr/bin/env python3
"""Hand annotations of eval/dev3h (source of truth); run to (re)write every annotation.json of this folder.

Same format and helper as ../tools/annotate.py (`ann_lib.build` copies each heading's text from
its line).  Levels are the outline a reader sees, chosen by hand after reading each file.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from ann_lib import build  # noqa: E402


def src(repo, path, commit, license):
    return {"repo": repo, "path": path, "commit": commit, "license": license}


build(
    "dev3h/subtitleocr-md",
    src("nhjydywd/SubtitleOCR", "subocr-swiftui/privacy.md", "93b8e9c1a6e5acc99951af7b3e9390bde63d7a37", "GPL-3.0 (repository licence)"),
    "md", "hans", "cn", ["zh", "en"],
    {"line": 1, "text": "隐私政策"},
    [
        (6, 1), (9, 2), (17, 2), (21, 2), (37, 1), (50, 1), (53, 1),
        # the English edition: its sections are top-level like the Chinese ones
        (78, 1), (82, 2), (90, 2), (94, 2), (118, 1), (138, 1), (142, 1),
    ],
    ambiguous=[23, 73, 96],
    notes=(
        "One `###` heading (一、), the other top-level sections bare 二、三、四、 lines; (一) sub-sections, "
        "the long （一）…： / （二）… sentences are list content. Line 73 'Privacy policy' is the English "
        "edition's title (ambiguous, as in eval/README). Its 1、/（1） sections mirror 一、/（一）. "
        "23 and 96 are numbered lead-ins ending in a colon (ambiguous)."
    ),
)

build(
    "dev3h/bookmark-md",
    src("MyMaskKing/cloud_bookmark", "隐私政策.md", "989dd42af86fbdccb015e0b3289dafa63ed7b1d6", "none (no licence file)"),
    "md", "hans", "cn", ["zh"],
    {"line": 1, "text": "隐私政策（Privacy Policy）"},
    [(7, 1), (11, 2), (16, 2), (22, 2), (29, 1), (40, 1), (51, 1), (57, 1), (63, 1), (73, 1), (79, 1)],
    notes="`##` 一、 sections with `###` 1. sub-sections under the first; a bold date line at the end is text.",
)

build(
    "dev3h/knowyourself-md",
    src("JinzeWang10/KnowYourself_website", "隐私政策.md", "80fa166ec0662e80c089ad2aacd15d3e24e30199", "none (no licence file)"),
    "md", "hans", "cn", ["zh"],
    {"line": 1, "text": "🔒 隐私政策"},
    [(10, 1), (25, 1), (35, 1), (48, 1), (56, 1), (63, 1), (71, 1), (83, 1), (89, 1)],
    ambiguous=[12, 19],
    notes=(
        "`##` 一、 sections whose bodies are Markdown ordered lists of sentences (list content, never headings); "
        "12 (a bold numbered lead-in closed by a colon) and 19 (a bold numbered label followed by its text in the "
        "same list item) are ambiguous."
    ),
)

build(
    "dev3h/koqiang-txt",
    src("zhouwude/yiaiiosappzhouwude", "隐私政策.txt", "6aa6c79a1e4c07b853b5c4f3bf13d0874972b1e8", "none (no licence file)"),
    "txt", "hans", "cn", ["zh"],
    {"line": None, "text": None},  # no title line
    [(3, 1), (12, 1), (17, 1), (27, 1), (30, 1), (35, 1)],
    notes="No title line (the file opens with its first paragraph); 1.–6. sections directly above a) b) c) items, which are list content.",
)

build(
    "dev3h/bluescann-md",
    src("NoahEAllen/BlueScann_PrivacyTerms", "隐私政策.md", "44d5e71839ce3bd56e23b36b1e7b18f89b0e0f65", "none (no licence file)"),
    "md", "hans", "cn", ["zh"],
    {"line": 1, "text": "BlueScann 隐私政策"},
    [
        (9, 1), (26, 1), (28, 2), (36, 2), (38, 3), (50, 3), (54, 2), (61, 2),
        (82, 1), (84, 2), (89, 2), (96, 2), (105, 1), (107, 2), (114, 2),
        (120, 1), (124, 2), (129, 2), (135, 2), (140, 2), (145, 1), (153, 1), (161, 1), (173, 1), (175, 2), (179, 2), (183, 2),
    ],
    ambiguous=[75],
    notes="`##` 一、 sections, `###` 1.1 and `####` 1.2.1 sub-sections (three levels); 「**重要说明**：」 is a bold lead-in (ambiguous).",
)
