#!/usr/bin/env python3
"""Source of truth for eval/blind/round36d/{dev,holdout}/*/annotation.json (hand annotations, round 36d, helper u36k).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document, or after the line holding the entry's third element, an anchor), so no line
number is typed by hand.  Written before policylens ran on any document of this set.

    python3 tools/annotate36d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "none in the repository; treat as all rights reserved, test fixture only"
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders [(text, note[, anchor])], ambiguous [(text, note)])
DOCS = {
    "relaygo-dart": ("dev", "privacy_policy_page.dart",
        {"kind": "template (privacy policy, draft)", "index_id": "52115864258", "license": IDX, "script": "hant/tw",
         "lang": "zh", "format": "Flutter .dart screen (Text and helper-method calls)",
         "note": "Flutter screen of a Taiwan chauffeur platform's driver app; its title calls it a draft template, the date and the mailbox are fill-in requests"},
        [("RELAY GO 司機端隱私權政策 (草案範本)", "the title calls the text a draft template 「(草案範本)」"),
         ("生效日期：[請填入您的生效日期，例如：2025 年 10 月 25 日]", "effective date left as a fill-in request with an example"),
         ("電子信箱：[請填入客服信箱]", "contact mailbox left as a fill-in request")],
        []),
    "rnfood-js": ("dev", "Privacy.js",
        {"kind": "template (privacy policy and terms)", "index_id": "30397785385", "license": IDX, "script": "hant/tw",
         "lang": "zh", "format": "React Native component saved as .js (name chosen here: the index gives no path)",
         "note": "React Native screen of a food-recommendation app; the app's name left as XXX and the contact as an example address"},
        [("歡迎使用XXX App!", "the app's name left as XXX in the title"),
         ("電子郵件：contact@exampleapp.com", "contact e-mail left as an example address (exampleapp.com)")],
        []),
    "yxtrans-md": ("dev", "PRIVACY.md",
        {"kind": "template (privacy policy, en + zh)", "index_id": "61242168884", "license": IDX, "script": "hans/cn",
         "lang": "zh+en", "format": "Markdown",
         "note": "Chrome extension privacy policy, English then Chinese; the contact mailbox left as a bracketed slot in both"},
        [("please contact us at: [Your Contact Email]", "English contact slot [Your Contact Email]"),
         ("请联系我们：[您的联系邮箱]", "Chinese contact slot [您的联系邮箱]")],
        [("**Last updated / 最后更新日期:** May 16, 2026", "a filled date (not a slot)")]),
    "alerttriage-md": ("dev", "PRIVACY.md",
        {"kind": "template (privacy policy, zh + en summary)", "index_id": "71105302968", "license": IDX,
         "script": "hans/cn", "lang": "zh+en", "format": "Markdown (half-width punctuation in the Chinese)",
         "note": "browser extension privacy policy, Chinese then an English summary; the mailbox left as a slot in both"},
        [("邮箱:[您的联系邮箱]", "contact slot [您的联系邮箱] after a half-width colon"),
         ("**Contact**: [your-email@example.com]", "English contact slot, an example address in brackets")],
        []),
    "yunji-ets": ("dev", "PrivacyPage.ets",
        {"kind": "clean", "repo": "WingedFin1251/YunjiCangma", "commit": "598e0f60bcf39eafacb29ba693dc9bc273019d40",
         "path": "entry/src/main/ets/pages/PrivacyPage.ets", "license": "GPL-3.0 (repository LICENSE)",
         "script": "hans/cn", "lang": "zh", "format": "HarmonyOS ArkTS .ets (one string built with + and \\n escapes)",
         "note": "privacy agreement of 云笈藏码 (a GitHub client), real developer mailbox; the whole text is one concatenated string"},
        [], []),
    "honghui-ets": ("dev", "PrivacyPage.ets",
        {"kind": "clean", "repo": "kyouccc/honghuixiezuoban", "commit": "a25684a7d5e06c8cdcc46b3630d307caa741201f",
         "path": "entry/src/main/ets/pages/PrivacyPage.ets", "license": "Apache-2.0 (repository LICENSE)",
         "script": "hans/cn", "lang": "zh", "format": "HarmonyOS ArkTS .ets (@Builder section helper, CRLF)",
         "note": "privacy policy of 鸿绘协作板 (a whiteboard app); text from the index (no snapshot could be fetched), CRLF restored from the index's character count"},
        [], [("邮箱：privacy@harmonycanvas.dev", "a product-domain mailbox that cannot be verified (look-alike, not scored)")]),
    "fintrack-dart": ("holdout", "terms_of_use_screen.dart",
        {"kind": "template (terms of use)", "index_id": "12425144441", "license": IDX, "script": "hans/cn",
         "lang": "zh", "format": "Flutter .dart screen (const Text children)",
         "note": "Flutter terms-of-use screen of a finance tracker; the contact mailbox left as a bracketed slot"},
        [("请通过 [您的联系邮箱] 与我们联系", "contact slot [您的联系邮箱] inside the sentence")],
        []),
    "sprout-eula-md": ("holdout", "EULA.md",
        {"kind": "template (end-user licence agreement, draft)", "index_id": "59657639116", "license": IDX,
         "script": "hant/tw", "lang": "zh", "format": "Markdown (table, HTML comments marking the text to paste)",
         "note": "Taiwan app's custom EULA draft; [[DOUBLE_BRACKET]] build tokens for date, operator, mailbox and URL, a draft status line and a how-to section for the author"},
        [("| 版本 | v0.1（草稿，尚未生效） |", "status line: a draft, not yet in force"),
         ("| 生效日期 | [[EFFECTIVE_DATE]] |", "effective date token"),
         ("生效日期：[[EFFECTIVE_DATE]]　版本：v0.1", "effective date token in the pasted text"),
         ("本 App 由 [[OPERATOR_NAME]]（下稱「授權人」）提供", "operator name token before its short-name clause"),
         ("或寄信至 [[SUPPORT_EMAIL]] 檢舉", "mailbox token"),
         ("（[[SUPPORT_URL]]/privacy）", "URL token"),
         ("（[[SUPPORT_URL]]/terms）", "URL token"),
         ("授權人聯絡方式：[[OPERATOR_NAME]]，電子郵件 [[SUPPORT_EMAIL]]，支援網頁 [[SUPPORT_URL]]", "three tokens on the contact line")],
        [("## 這份文件怎麼用（非合約內容）", "a how-to section for the author (drafting note; not scored either way)"),
         ("請勿貼入本節說明", "drafting note to the author (not scored either way)"),
         ("<!-- BEGIN PASTE -->", "an HTML comment marking the text to paste (not scored)")]),
    "starlumina-axml": ("holdout", "privacy.axml",
        {"kind": "clean (one ambiguous bracket)", "index_id": "28285751797", "repo": "0x13217D4/starlumina-tools-ali",
         "commit": "010e99babed3e63f4a4d9564fe8ff33d3b27041e", "path": "pages/privacy/privacy.axml", "license": NOLIC,
         "script": "hans/cn", "lang": "zh", "format": "Alipay mini-program .axml (<view>/<text>, CRLF)",
         "note": "privacy policy of 星芒集盒 (an Alipay mini program), real mailbox; text from the index (the fetched snapshot no longer holds the file), CRLF restored from the index's character count"},
        [], [("星芒集盒小程序开发者[个人开发者]", "the developer given as a category in brackets [个人开发者] where a name usually goes: ambiguous, not scored")]),
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


def main():
    total = capped_total = 0
    for name, (s, fname, meta, phs, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for entry in phs:
            text, note = entry[0], entry[1]
            start = locate(lines, entry[2], 0) if len(entry) > 2 else pos
            ln = locate(lines, text, start)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        amb_out, amb_lines = [], []
        for text, note in amb:
            ln = locate(lines, text, 0)
            amb_out.append({"line": ln, "text": text, "note": note})
            amb_lines.append(ln)
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
               "placeholders": out, "look_alike_lines": amb_out,
               "ambiguous_lines": [], "ambiguous_placeholder_lines": sorted(set(amb_lines))}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        slot_lines = sorted({p["line"] for p in out})
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(f"{s:8} {name:18} slots {len(out)} lines {slot_lines} (capped {capped}) ambiguous {sorted(set(amb_lines))}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
