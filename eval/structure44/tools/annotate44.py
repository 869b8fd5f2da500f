#!/usr/bin/env python3
"""Hand annotations of eval/structure44 (source of truth, forty-fourth session, helper u44a): `python3 eval/structure44/tools/annotate44.py`.

Every heading, title, ambiguous and look-alike line below was read in the document before policylens was run on it
(the ten files were saved and their lengths checked, the held-out three drawn, then these lines written).
A line's text is its first string literal (escapes `\\n`, `\\r`, `\\"` dropped) for app code (Kotlin, Java, C#, Swift),
its text without tags for TSX, and without `#`/`**` for Markdown.  The script refuses a line with no text and a line
annotated twice, and writes <set>/<name>/annotation.json in the format of eval/README.md plus `look_alike_lines`.
Conventions as in eval/structure38 (a file holding several documents: the title is the first document's name, the
first document's sections are level 1, a later document's name is level 1 and its sections level 2).
Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

INDEX_LICENSE = "unknown: index text only (treat as all rights reserved; test fixture only)"


def index_src(index_id, chars, note):
    """A text the code index gave by id (read_file), written out character for character (length checked)."""
    return {"repo": None, "path": None, "commit": None, "index_id": index_id, "mode": f"index text ({chars} characters)",
            "license": INDEX_LICENSE, "note": note}


# name: (set, file, source, format, script, region, languages, kind, title line, {level: [lines]}, ambiguous,
#        look-alikes, notes)
DOCS = {
    "shiji-privacy-kt": (
        "dev", "PrivacyPolicyScreen.kt",
        index_src("62455979191", 3885, "a Chinese Android app's (时迹, usage-time tracker) privacy page, Jetpack "
                  "Compose (file name assumed from the function PrivacyPolicyScreen)"),
        "kotlin", "hans", "cn", ["zh"],
        "**Kotlin Jetpack Compose, section titles through a local helper** `Section(\"一、总则\")` (defined at the end of "
        "the file as a SemiBold `Text`) and bodies through `Paragraph(\"…\" + \"…\")` (string concatenations over "
        "several lines, numbered clauses 1.–4. with `\\n` inside one paragraph); the only title is the TopAppBar "
        "`Text(\"隐私政策\")`",
        38,
        {1: [52, 56, 61, 68, 74, 77, 81]},
        [],
        [1, 29, 62, 64, 65, 66, 87],
        "Title 38 (TopAppBar title). Level 1: the seven Section(...) calls. Look-alikes: 1 and 29 comments, 62/64-66 "
        "numbered clauses inside one Paragraph, 87 the update date.",
    ),
    "datidashi-agreement-java": (
        "dev", "AgreementActivity.java",
        index_src("2438495454", 7147, "a Chinese Android quiz app's (答题大师) agreement activity holding a user "
                  "licence agreement and a privacy policy as Java string concatenations (file name from the class)"),
        "java", "hans", "cn", ["zh"],
        "**Android Java, two documents as `return \"…\\n\" + \"…\\n\" + …` concatenations**, one literal per source "
        "line: a user licence agreement (用户许可协议, 一、…七、) then the fallback privacy policy (隐私政策, 一、…七、, "
        "numbered items 1.–4., a. b. c. sub-items); the dialog title set with `setText(\"用户许可协议\")`",
        132,
        {1: [133, 135, 138, 141, 143, 146, 148, 157, 158, 160, 164, 169, 175, 178, 180]},
        [],
        [55, 136, 139, 144, 150, 161, 165, 170, 176, 182],
        "Title 132 (the first document's name 用户许可协议). Level 1: the agreement's 一、…七、, the policy's name "
        "隐私政策 (157) and the policy's 一、…七、 (docs/headings.md, several documents in one file: each document's "
        "sections from level 1; re-annotated by u45a in the forty-fifth session, first annotated at level 2). "
        "Look-alikes: 55 the dialog title set in code, numbered sentences 136/139/144/161/165/170/176, the dates 150 "
        "and 182.",
    ),
    "heungtime-hk-tsx": (
        "dev", "page.tsx",
        index_src("61096204393", 1376, "a Hong Kong events/dining site's privacy page (享時 HeungTime), Next.js TSX"),
        "tsx", "hant", "hk", ["zh"],
        "**Hong Kong Next.js TSX**: `export const metadata = { title: \"私隱政策\" }`, an `<h1>` inside an app shell, "
        "five short `<h2>` titles without numbers, an e-mail contact line",
        9,
        {1: [14, 18, 22, 26, 30]},
        [],
        [3, 10, 31],
        "Title 9 (h1). Level 1: the five h2. Look-alikes: 3 metadata.title, 10 the date, 31 the contact line.",
    ),
    "qiuqiu-consent-cs": (
        "dev", "PrivacyConsentPanel.cs",
        index_src("66494218796", 6203, "a Chinese Unity game's (球球战争) consent panel holding a summary, a privacy "
                  "policy and a user agreement as C# string constants (file name from the class)"),
        "csharp", "hans", "cn", ["zh"],
        "**Unity C#, documents as `const string X = \"…\\n\\n\" + …` concatenations**: the consent dialog's title "
        "constant 隐私政策与用户协议 and its summary, then 《球球战争》隐私政策 (一、…六、) and 《球球战争》用户协议 "
        "(一、…六、), each section title a literal of its own followed by one body literal",
        20,
        # (forty-eighth session, u48a) re-annotated to the several-documents convention of docs/headings.md: each
        # document's sections from level 1 beside its name (the dialog's title 「隐私政策与用户协议」 names both), as
        # zhijian was in the forty-fifth session; annotated at level 2 in the forty-fourth
        {1: [27, 28, 30, 32, 34, 36, 38, 42, 43, 45, 47, 49, 51, 53]},
        [],
        [22, 44, 82, 86, 128],
        "Title 20 (SummaryTitle, the dialog's title). Level 1: the two documents' names and their 一、…六、 (several documents). "
        "Look-alikes: 22 summary text, 44 a body sentence starting with the game's name, 82/86 ShowDocument title "
        "arguments, 128 a log message.",
    ),
    "shoestore-settings-java": (
        "dev", "SettingsFragment.java",
        index_src("26217502624", 7198, "a Chinese shoe-shop Android app's settings fragment whose privacy policy is "
                  "one AlertDialog message among account, about, cache and logout dialogs"),
        "java", "hans", "cn", ["zh"],
        "**Android Java settings screen with a short privacy policy in one dialog**: `String privacyText = "
        "\"隐私政策\\n\\n\" + \"1. 信息收集\\n\" + …` (four numbered titles each followed by one sentence), among other "
        "dialogs (account info, about text with 主要功能： and bullets, clear cache, logout) and `setTitle(...)` calls",
        115,
        {1: [116, 118, 120, 122]},
        [105, 133, 145, 156, 188],
        [92, 93, 126, 135, 176],
        "Title 115 (the policy's first line). Level 1: 1.–4. Ambiguous: the other dialogs' titles (105 账户信息, 145 "
        "关于应用, 156 清除缓存, 188 退出登录) and 133 the about text's name (not part of the policy). Look-alikes: "
        "92/93/176 version and cache labels, 126 the privacy dialog's setTitle, 135 主要功能：.",
    ),
    "tangzhe-tw-md": (
        "dev", "PLAY_STORE.md",
        index_src("31856079987", 3663, "a Taiwan Android location app's (躺著逛街) Google Play release document "
                  "whose section 2 is its privacy policy template (file name assumed)"),
        "markdown", "hant", "tw", ["zh", "en"],
        "**Taiwan Markdown whose sub-headings are bold lines**: `#` title, six `##` sections 1)–6), and under them "
        "standalone `**…**` lines heading lists (Chinese and English, questions ending in ？); in section 2 a bold "
        "**隱私政策** template title over bold numbered titles **1. …**–**7. …** and a bold label line "
        "**生效日期：** YYYY-MM-DD",
        1,
        {1: [5, 30, 63, 110, 118, 154],
         2: [7, 18, 23, 34, 65, 68, 71, 78, 87, 90, 97, 105, 120, 123, 131, 134, 137, 140, 143],
         3: [38, 42, 46, 49, 52, 55, 58]},
        [86],
        [3, 32, 36],
        "Title 1. Level 1: the six ## sections. Level 2: every standalone bold line heading a list or paragraph "
        "(including the template's name 隱私政策 at 34). Level 3: the template's bold 1.–7. Ambiguous: 86 English "
        "Version (Playful), a bold line directly followed by another bold line (a group name or a level-2 title). "
        "Look-alikes: 3 and 32 block quotes, 36 the bold label 生效日期： with its value.",
    ),
    "zhijian-legal-swift": (
        "dev", "PrivacyLegalHubView.swift",
        index_src("71177970889", 8899, "a Chinese iOS e-book reader's (纸间 SourceRead) legal hub: a menu view, the "
                  "privacy policy, a user agreement, a disclaimer and open-source licences as SwiftUI views"),
        "swift", "hans", "cn", ["zh"],
        "**SwiftUI file with a menu and four documents**: a `List` hub (`Section(\"合规与条款\")` with "
        "`NavigationLink` labels, a `.headline` promise), then views whose name is `Text(…).font(.title2.bold())` "
        "and whose sections are `Text(\"一、…\").font(.headline)` inside `Group`s, numbered clauses as plain `Text`, "
        "`.navigationTitle` on each view, and a licences `List` of `Section`s",
        58,
        {1: [68, 76, 83, 89, 95, 113, 123, 129, 136, 143, 161, 167, 175, 181]},
        [7, 11, 17, 23, 29, 33, 38, 198, 204, 206, 214, 216, 224, 226, 234, 236],
        [41, 48, 61, 70, 78, 103, 116, 131, 151, 169, 189, 244],
        "Title 58 (the privacy policy's name; the hub above it is a menu). Level 1: the policy's 一、…五、, the "
        "agreement's and disclaimer's names and their 一、… (docs/headings.md, several documents in one file: each "
        "document's sections from level 1; re-annotated by u45a2 in the forty-fifth session, first annotated at level "
        "2 under the names). Ambiguous: the hub's Section/Label/headline lines "
        "(7-38) and the licences view (198-236). Look-alikes: 41 the hub's promise text, navigationTitle lines, dates "
        "61/116, numbered clauses.",
    ),
    "examq-privacy-java": (
        "holdout", "PrivacyPolicyActivity.java",
        index_src("20842293602", 2113, "a Chinese exam question-bank Android app's privacy activity (考试题库应用), "
                  "the policy as one Java string concatenation (file name from the class)"),
        "java", "hans", "cn", ["zh"],
        "**Android Java activity, the policy as `String content = \"隐私政策\\n\\n\" + …`**, one literal per line: "
        "eight numbered titles 1.–8. each followed by clauses 1.1, 2.1 … (sentences)",
        43,
        {1: [45, 47, 51, 55, 58, 61, 64, 67]},
        [],
        [9, 40, 44, 46, 62, 65, 68],
        "Title 43. Level 1: 1.–8. Look-alikes: 9/40 comments, 44 the welcome line, clauses 1.1/6.1/7.1/8.1.",
    ),
    "suibianchi-privacy-kt": (
        "holdout", "PrivacyScreen.kt",
        index_src("70173208345", 4477, "a Chinese diet-logging app's (随便吃) privacy screen, Jetpack Compose, the "
                  "sections as a Kotlin list of pairs (file name assumed from the function PrivacyScreen)"),
        "kotlin", "hans", "cn", ["zh"],
        "**Kotlin Compose with the sections as data**: `listOf(\"一、…\" to \"1. …\\n\" + …, …)` rendered by "
        "`forEach { (title, body) -> Text(title, … SemiBold) }`; the name in `Text(\"随便吃 · 隐私政策\")`, a second "
        "`Text(\"隐私政策\")` in the page's top row",
        72,
        {1: [29, 35, 40, 46, 50, 55, 57, 59]},
        [],
        [63, 75, 81, 101, 114],
        "Title 72. Level 1: the eight list keys 一、…八、. Look-alikes: 63/101 KDoc comments, 75 the date, 81 the "
        "intro, 114 the top row's 隐私政策.",
    ),
    "zaoba-privacy-cs": (
        "holdout", "PrivacyPolicyPopup.cs",
        index_src("63380487381", 6723, "a Chinese Unity game's (早八在逃) privacy popup drawn with IMGUI, the policy "
                  "as an expression-bodied C# property (file name from the class)"),
        "csharp", "hans", "cn", ["zh"],
        "**Unity C# IMGUI popup**: `static string PolicyText => \"《早八在逃》隐私政策\\n\\n\" + …` (一、…四、, numbered "
        "items, `· ` items), a `GUI.Label(…, \"隐私政策提示\", title)` header, XML doc comments and log messages "
        "naming 隐私政策",
        31,
        {1: [33, 37, 43, 46]},
        [89],
        [7, 29, 32, 34, 38, 47, 48, 153],
        "Title 31 (the policy's first line). Level 1: 一、…四、. Ambiguous: 89 the popup's label 隐私政策提示 (a "
        "second title). Look-alikes: 7/29 doc comments, 32 the intro, 34 a numbered item, 38 a · item, 47 the "
        "e-mail, 48 the closing line, 153 a log message.",
    ),
}

LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def line_text(path, n, fmt):
    """The text of line n of the document (1-based) as described in the module docstring."""
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read().split("\n")[n - 1]
    if fmt == "markdown":
        t = re.sub(r"^#+\s*", "", raw.strip())
        t = t.replace("**", "")
    elif fmt == "tsx":
        t = re.sub(r"<[^>]*>", "", raw)
    else:
        m = LITERAL.search(raw)
        t = m.group(1) if m else raw
        t = re.sub(r"\\[nr]", "", t).replace('\\"', '"')
    t = t.strip()
    if not t:
        sys.exit(f"line {n} of {path} has no text")
    return t


def main():
    for name, (which, fname, src, fmt, script, region, langs, kind, title, levels, amb, looks, notes) in DOCS.items():
        d = os.path.join(ROOT, which, name)
        path = os.path.join(d, fname)
        seen = set()
        heads = []
        for lv, lines in levels.items():
            for n in lines:
                if n in seen:
                    sys.exit(f"{name}: line {n} annotated twice")
                seen.add(n)
                heads.append({"line": n, "level": lv, "text": line_text(path, n, fmt)})
        heads.sort(key=lambda h: h["line"])
        for n in list(amb) + list(looks) + [title]:
            if n in seen:
                sys.exit(f"{name}: line {n} annotated twice")
            seen.add(n)
        ann = {"source": src, "format": fmt, "script": script, "region": region, "languages": langs, "kind": kind,
               "file": fname, "title": {"line": title, "text": line_text(path, title, fmt)}, "headings": heads,
               "ambiguous_lines": list(amb), "look_alike_lines": list(looks), "notes": notes}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{which}/{name}: {len(heads)} headings, title {title}")


if __name__ == "__main__":
    main()
