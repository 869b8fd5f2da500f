#!/usr/bin/env python3
"""Source of truth for eval/blind/round37/{dev,holdout}/*/annotation.json (hand annotations, round 37).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document, or after the line holding the entry's third element, an anchor), so no line
number is typed by hand.  Written before policylens ran on any document (same machinery as round36).

    python3 tools/annotate37.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "none in the repository; treat as all rights reserved, test fixture only"
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"
IDXREPO = "the search index's stored text of this repository file (no snapshot could be fetched); treat as all rights reserved, test fixture only"

# name: (set, file, meta, placeholders [(text, note[, anchor])], ambiguous [(text, note)])
DOCS = {
    "cardcenter-dart": ("dev", "app_localizations_zh.dart",
        {"kind": "template (Flutter gen-l10n bundle)", "index_id": "70416194969", "license": IDX,
         "note": "a Flutter app's generated zh localizations (gen-l10n Dart): the whole privacy policy is one string, its developer and e-mail two more strings left as slots"},
        [("privacyDeveloper => '【开发者姓名】'", "developer name left as a slot"),
         ("privacyEmail => '【联系邮箱】'", "contact e-mail left as a slot")],
        [("return '开发者：$developer\\n电子邮箱：$email';", "Dart interpolation that shows the two slot strings above (the language's own syntax)")]),
    "portalterms-tsx": ("dev", "page.tsx",
        {"kind": "template (user agreement pending legal review)", "index_id": "62752338203", "license": IDX,
         "note": "a Next.js + antd customer-portal user agreement (vehicle subscription), marked pending legal confirmation, to be replaced before launch"},
        [("本页面为车辆订阅客户门户用户协议的待法务确认版本。", "status: the text is a version pending legal confirmation"),
         ("待法务确认版本。上线前请替换为正式文本。", "note: pending legal confirmation, to be replaced by the formal text before launch")],
        []),
    "huami-swift": ("dev", "LegalDocumentView.swift",
        {"kind": "template (SwiftUI legal page footer)", "index_id": "70393787716", "license": IDX,
         "note": "an iOS messaging app's SwiftUI reader of its legal documents: the footer's effective date and contact e-mail are TODO"},
        [('Text("生效日期：TODO（待填写）")', "effective date left TODO"),
         ('Text("联系邮箱：TODO（待填写）")', "contact e-mail left TODO")],
        []),
    "saidseed-sql": ("dev", "seed.sql",
        {"kind": "template (SQL seed rows)", "index_id": "53508437543", "license": IDX,
         "note": "an architecture studio site's SQL seed: the privacy page row's content is a to-be-filled stub (zh and en)"},
        [("'隐私政策内容待填写...', 'Privacy policy content to be filled...'", "the policy's whole content is a to-be-filled stub, zh and en")],
        [("('email', NULL, NULL, 'text', 'contact', '邮箱地址', 3)", "a site-settings row with no value yet (set in the admin, not policy text)")]),
    "siweizhe-js": ("dev", "doc-display.js",
        {"kind": "template (WeChat mini-program page data)", "index_id": "57479692355", "license": IDX,
         "note": "a WeChat mini-program page (pages/doc-display/doc-display.js) holding its user agreement and privacy policy as rich-text HTML template literals; the customer phone is 400-XXX-XXXX in both"},
        [("客服电话：400-XXX-XXXX", "customer phone left as 400-XXX-XXXX (agreement)"),
         ("客服电话：400-XXX-XXXX", "customer phone left as 400-XXX-XXXX (privacy policy)", "九、联系我们")],
        []),
    "moyue-swift": ("dev", "MoYueLegalDocument.swift",
        {"kind": "clean", "index_id": "70147170490", "license": IDX,
         "note": "an open-source e-book reader's SwiftUI legal documents: privacy policy and user agreement as (heading, body) tuples"},
        [], []),
    "gamebob-ts": ("dev", "zh.ts",
        {"kind": "clean", "repo": "jjlmoya/jjlmoya", "path": "src/data/gamebob/translations/zh.ts",
         "commit": "06da69eab3e878be6c9adeda3db64e03b5ef9812", "license": IDXREPO.replace("no snapshot could be fetched", "not fetched: a large personal site"),
         "note": "a game studio site's zh translation bundle (TypeScript object): its privacy policy and terms"},
        [], [("可以通过以下方式联系我们：", "terms' contact sentence: the channels are rendered by the page, not held in this bundle")]),
    "huami-py": ("holdout", "build-legal-html.py",
        {"kind": "template (Python str.format page template)", "index_id": "70376375767", "license": IDX,
         "note": "the same iOS app's generator of its hosted legal pages: a str.format HTML template whose effective date and contact e-mail are TODO"},
        [("Huami Message · 生效日期：TODO（待填写）", "effective date left TODO"),
         ("联系邮箱：TODO（待填写）<br>", "contact e-mail left TODO")],
        [("https://<用户名>.github.io/<仓库名>/legal/xxx.html", "a docstring naming where the pages will be hosted (developer documentation)")]),
    "supermarket-java": ("holdout", "LegalDocService.java",
        {"kind": "template (Java text-block seed)", "index_id": "68641907093", "license": IDX,
         "note": "a supermarket app's Spring service seeding its user agreement and privacy policy as Java text blocks, every party fact a 【…】 slot and a template note on top"},
        [("【模板提示：本正文由系统预置，上线前请把全部【】占位符替换为真实信息，", "template note: replace every 【】 slot before launch (agreement)"),
         ("生效日期：____年__月__日】", "effective date left blank (agreement)"),
         ("欢迎使用【平台名称】（以下简称\"本平台\"）。本平台由【公司全称】", "platform name, company name and credit code slots"),
         ("向【公司注册地】有管辖权的人民法院", "court seat left as a slot"),
         ("客服电话：【客服电话】", "customer phone slot (agreement)"),
         ("联系邮箱：【联系邮箱】", "contact e-mail slot (agreement)"),
         ("注册地址：【注册地址】", "registered address slot (agreement)"),
         ("【模板提示：本正文由系统预置，上线前请把全部【】占位符替换为真实信息，", "template note (privacy policy)", "KEY_PRIVACY"),
         ("生效日期：____年__月__日】", "effective date left blank (privacy policy)"),
         ("【公司全称】（以下简称\"我们\"）深知", "company name slot (privacy policy)"),
         ("6.5 上述请求可通过【联系邮箱】提出", "contact e-mail slot in the rights clause"),
         ("客服电话：【客服电话】", "customer phone slot (privacy policy)"),
         ("联系邮箱：【联系邮箱】", "contact e-mail slot (privacy policy)"),
         ("注册地址：【注册地址】", "registered address slot (privacy policy)")],
        [(" * 正文里的主体信息全部是【】占位符，上线前必须在后台替换并经法务确认。", "Javadoc: the same note for developers (not shown)"),
         ("/** 模板正文：主体信息一律用【】占位，明确提示需替换 */", "code comment (not shown)"),
         ("份协议模板（正文含【】占位符，上线前请在后台替换）", "a log message (not shown to users)")]),
    "voicechanger-py": ("holdout", "voice_changer.py",
        {"kind": "template (PySide6 dialog HTML)", "index_id": "18342509850", "license": IDX,
         "note": "a PySide6 voice-changer's login and agreement dialogs: the agreement is setHtml() HTML naming its provider XXX公司"},
        [("<p>本服务由XXX公司提供，您同意遵守本协议的所有条款和条件。</p>", "provider left as XXX公司")],
        [('"path_to_your_qq_qr_image.png"', "an image path to replace (code, not text)"),
         ('"QQ二维码"', "text drawn on a placeholder image"),
         ('"主界面内容区域 - 这里将显示变声器的主要功能"', "a placeholder label of the app's main window (not the agreement)")]),
    "douyinbulk-md": ("holdout", "PRIVACY.md",
        {"kind": "clean", "repo": "redrain-wang/douyin-bulk-management", "path": "chrome-extension/PRIVACY.md",
         "commit": "30f2fee2589ee16362764d11737a6bc5f5cada1d", "license": NOLIC,
         "note": "a Chrome extension's bilingual (English, zh-Hans) privacy policy (blob 6ada2538)"},
        [], []),
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
            repo_kind = "repository"
        else:
            source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": meta["license"],
                      "note": "whole file as the index gives it; " + meta["note"]}
            repo_kind = "index"
        ann = {"file": fname, "kind": meta["kind"], "repo_kind": repo_kind, "script": "hans/cn", "lang": "zh",
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
