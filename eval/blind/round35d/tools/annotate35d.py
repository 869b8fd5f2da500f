#!/usr/bin/env python3
"""Source of truth for eval/blind/round35d/{dev,holdout}/*/annotation.json (hand annotations, round 35d, helper u35k).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document, or after the line holding the entry's third element, an anchor), so no line
number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate35d.py
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
    "codename-html": ("dev", "user_agreement.html",
        {"kind": "template (user agreement)", "repo": "ganqiubo/code-name001_android",
         "commit": "4376e391ac09820f355d6a53cf2ef524ac938b7b", "path": "app/src/main/assets/user_agreement.html", "license": NOLIC,
         "note": "Android assets/ agreement saved from a jianshu page; the platform's name before 「（以下简称“本平台”）」 was deleted"},
        [("（以下简称“本平台”）按照下列条款", "hole: the operator/platform name deleted before the short-name clause")],
        [("所有上传至脚步图库的作品", "the app's real name (脚步图库), not a slot"),
         ("因其使用创脚步图库服务", "a typo residue (创), not a slot")]),
    "xxxjsx-agreement": ("dev", "agreement.jsx",
        {"kind": "template (user registration agreement)", "index_id": "10550396010", "license": IDX,
         "note": "React page of a registration agreement; platform and company left as xxx, the paragraph repeated under three headings"},
        [("是xxx平台的经营者xxx有限公司", "platform and operator left as xxx"),
         ("是xxx平台的经营者xxx有限公司", "same, repeated"),
         ("是xxx平台的经营者xxx有限公司", "same, repeated"),
         ("是xxx平台的经营者xxx有限公司", "same, repeated")],
        []),
    "xxxtsx-privacy": ("dev", "PrivacyPolicyPage.tsx",
        {"kind": "template (privacy policy)", "index_id": "59311612469", "license": IDX,
         "note": "React/TSX privacy page of a payments app; contact email and phone left as xxx / XXX"},
        [("<p>邮箱：xxx@xxx.com</p>", "contact email left as xxx@xxx.com"),
         ("<p>电话：400-XXX-XXXX</p>", "contact phone left as 400-XXX-XXXX")],
        [("更新时间：2026年8月8日", "a future-looking date, but a filled value (not a slot)")]),
    "sanxue-html": ("dev", "user_agreement.html",
        {"kind": "clean", "repo": "zxintg/AndroidUtil", "commit": "846e786fee97bdb7cf78d3178e90a0362fd058b0",
         "path": "app/src/main/assets/user_agreement.html", "license": NOLIC,
         "note": "Android assets/ user service agreement of 第三学堂 (上海胜者源网络科技有限公司), real names throughout"},
        [], [("第三学堂公司主要办事机构所在地的法院", "a venue by description, not a slot")]),
    "xxvue-disclaimer": ("holdout", "Disclaimer.vue",
        {"kind": "template (user agreement and disclaimer)", "index_id": "68647710338", "license": IDX,
         "note": "Vue dialog; the product's short name left as 「XX」 (以下简称“XX”) and used so throughout"},
        [("（以下简称“XX”）", "short name defined as XX"),
         ("1.1 在使用XX时", "XX used as the product name"),
         ("1.2 您承诺在使用XX时", "XX used as the product name"),
         ("1.3 XX提供的所有输出", "XX used as the product name"),
         ("1.4 如果您对外发布或传播XX生成的输出", "XX used as the product name"),
         ("2.1 XX按现有技术", "XX used as the product name"),
         ("2.2 为提升服务，XX可能", "XX used as the product name"),
         ("2.8 使用XX应遵守", "XX used as the product name")],
        []),
    "xiaowu-html": ("holdout", "user_agreement.html",
        {"kind": "clean", "repo": "Zer-l/AnimalGuide", "commit": "98ce7e6d9369d6d703458a85788c1c5b528ea115",
         "path": "app/src/main/assets/user_agreement.html", "license": NOLIC,
         "note": "Android assets/ user agreement of 晓物 (animal recognition), contact via the in-app About page"},
        [], [("请通过应用内\"关于\"页面联系我们", "contact through the app, not a missing contact")]),
    "muitsx-agreement": ("dev", "Agreement.tsx",
        {"kind": "template (user agreement + privacy policy)", "index_id": "10664662272", "license": IDX,
         "note": "React/MUI page; the company left as [公司名称] throughout and the contact as [联系邮箱] (added after the first annotation commit, still before any run)"},
        [("欢迎光临[公司名称]网站", "company name slot [公司名称] (three on the line)"),
         ("用户应按照[公司名称]的注册", "company name slot"),
         ("不得违反[公司名称]对发布信息", "company name slot"),
         ("所有用户不得在[公司名称]任何版块", "company name slot (two on the line)"),
         ("[公司名称]（以下简称\"我们\"）", "company name slot as the privacy policy's operator"),
         ("邮箱：[联系邮箱]", "contact email slot")],
        []),
    "vaconv-html": ("holdout", "privacy_policy.html",
        {"kind": "clean", "repo": "qinyiOvO/VAConverter", "commit": "24e8e485db2678b70eb86340da238f2af94d4e2c",
         "path": "privacy_policy.html", "license": NOLIC,
         "note": "privacy policy page of 音视通转 (an Android video-to-audio app), real contact; later deleted from the repository (added after the first annotation commit, still before any run)"},
        [], [("<strong>生效日期：</strong>2024年1月1日", "a round date, a real value (not a slot)"),
             ("<strong>最后更新：</strong>2024年1月1日", "a round date, a real value"),
             ("最后更新时间：2024年1月1日", "a round date, a real value")]),
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
