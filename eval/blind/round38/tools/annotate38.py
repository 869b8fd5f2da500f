#!/usr/bin/env python3
"""Source of truth for eval/blind/round38/{dev,holdout}/*/annotation.json (hand annotations, round 38, helper u38r).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous entry of
the same list, or after the line holding the entry's third element, an anchor), so no line number is typed by hand.
Written before policylens ran on any document of this set.

* placeholders: slot lines (scored: a placeholder-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (scored: a placeholder-* finding there is a false positive);
* ambiguous_placeholder_lines: lines not scored either way (code comments, the items of a drafting note's list,
  a configuration key standing where a value might be).

    python3 tools/annotate38.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "none in the repository; treat as all rights reserved, test fixture only"
IDX = "unknown (no snapshot could be fetched; licence file not read); treat as all rights reserved, test fixture only"

# name: (set, file, meta, placeholders [(text, note[, anchor])], look-alikes [(text, note)], ambiguous [(text, note)])
DOCS = {
    "aitutor-md": ("dev", "隐私政策草案.md",
        {"kind": "template (privacy policy, internal-test draft)", "repo": "zgc1207/ai-tutor",
         "commit": "8d246e59c4008debd4caea6cec40e46d0e9f619e", "path": "隐私政策草案.md",
         "license": NOLIC, "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "AI家庭教师 (K12 tutoring app) privacy policy draft: draft title and status note, obligations promised 'before launch', and the closing list of facts to add before launch left with empty values"},
        [("# AI家庭教师 - 隐私政策草案", "the title calls the text a draft"),
         ("状态: 内测草案。上线前需由法务", "drafting note: internal-test draft, to be reviewed and updated before launch"),
         ("上线前必须维护第三方清单", "drafting instruction: the third-party list must be written before launch (not given)"),
         ("上线前需根据实际合规要求确认。", "retention of AI logs left 'to be confirmed before launch'"),
         ("上线前需在产品内提供可用入口", "drafting instruction: the rights-request entry is to be provided before launch"),
         ("上线前需补充:", "drafting note introducing the facts still to add"),
         ("- 生效日期:", "effective date left empty"),
         ("- 最近更新日期:", "last-updated date left empty"),
         ("- 运营主体:", "operator left empty"),
         ("- 隐私负责人联系方式:", "privacy officer contact left empty"),
         ("- 个人信息权利请求入口:", "rights-request entry left empty")],
        [("- 验证码记录: 用于登录安全校验, 默认按 `AUTH_OTP_RETENTION_DAYS` 清理, 当前默认 7 天。", "a configuration key in a code span with its value given (7 days): not a slot")],
        [("以下能力上线前必须单独评估并更新本政策:", "an internal list of future capabilities to assess: a drafting leftover or a statement of intent"),
         ("上线前需落实以下措施:", "security measures listed as to-dos before launch: a drafting leftover or a commitment"),
         ("题目图片默认按 `UPLOAD_RETENTION_DAYS` 周期清理", "a configuration key standing where the retention period would be (no value given)")]),
    "socialcopilot-md": ("dev", "PRIVACY.zh-CN.md",
        {"kind": "template (privacy policy, first commit of the repository's policy templates)", "repo": "tytsxai/social-copilot",
         "commit": "2d5590ba763f8563ac7c99a94746f4993592a70b", "path": "social-copilot/docs/PRIVACY.zh-CN.md",
         "license": "MIT (repository LICENSE)", "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "Social Copilot (browser extension) privacy policy as first committed ('docs: add privacy policy templates and Pages site'): it calls itself a template, tells the publisher what to list, and ends with the contact section left as an instruction to add the operator, mailbox and data-protection channel (later commits filled it)"},
        [("> 本文件为 Social Copilot（浏览器扩展）的隐私政策模板与数据处理说明（中文版本）。", "the file calls itself a policy template (drafting note)"),
         ("建议你在上架/部署时明确列出可能使用的第三方服务", "drafting instruction to the publisher: list the third parties (not done)"),
         ("如果你将该扩展投入生产并提供给用户，请在此处补充：", "contact section left as an instruction to add operator, mailbox, channel")],
        [("- 不发送消息的 `raw` 字段（原始 DOM/平台对象）", "a field name in a code span (not a slot)")],
        [("> 若你计划发布到 Chrome Web Store：通常需要在商店后台提供一个可公开访问的隐私政策 URL。", "publisher guidance continuing the template note: part of the same drafting leftover"),
         ("- 运营主体名称", "item of the drafting note's list (the note's line is the slot)"),
         ("- 联系邮箱", "item of the drafting note's list"),
         ("- 数据保护联系渠道（如适用）", "item of the drafting note's list")]),
    "socialcopilot-en-html": ("dev", "privacy.html",
        {"kind": "template (privacy policy, English page of the same commit)", "repo": "tytsxai/social-copilot",
         "commit": "2d5590ba763f8563ac7c99a94746f4993592a70b", "path": "docs/privacy.html",
         "license": "MIT (repository LICENSE)", "script": "latin/en", "lang": "en (English half of a zh/en pair; its zh page is docs/privacy.zh-CN.html)",
         "format": "HTML (GitHub Pages)",
         "note": "English page of the Social Copilot policy pair as first committed: the contact section is an instruction to replace it with the organisation's name and contact email"},
        [("please replace this section with your organization name and contact email.", "contact section left as an instruction to the publisher (English)")],
        [("<li>The <code>raw</code> field is not sent</li>", "a field name in <code> (not a slot)")],
        []),
    "mycatcat-md": ("dev", "privacy-policy.zh-CN.md",
        {"kind": "template (privacy policy, market-test draft)", "repo": "DBell-workshop/openclaw",
         "commit": "efab28a7a67e67e799393afae3b1eb766e4b2b67", "path": "docs/legal/privacy-policy.zh-CN.md", "index_id": "65988949610",
         "license": IDX, "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "MyCatCat (agent app) privacy policy draft: draft title, draft note, and the rights channel and contact section left as 'to complete before launch'; the index's text of the file at the listed commit (no snapshot could be fetched; 1,110 characters, checked against the index's total_chars)"},
        [("# MyCatCat 隐私政策（草案）", "the title calls the text a draft"),
         ("本文件为市场测试阶段草案", "drafting note: market-test draft, operator and compliance to complete before launch"),
         ("上线前请补全个人信息权利请求渠道。", "rights-request channel left to complete before launch"),
         ("上线前请补全隐私与数据保护联系渠道。", "contact section left to complete before launch")],
        [("最后更新日期：2026 年 2 月 8 日", "a filled date (not a slot)")],
        []),
    "velohive-md": ("holdout", "privacy-policy.zh-CN.md",
        {"kind": "template (privacy policy)", "repo": "52504882/VeloHive",
         "commit": "45bfe0e46f0bd2a83f15b7f60b6d4b05d8dbc1ed", "path": "docs/legal/privacy-policy.zh-CN.md", "index_id": "59202030257",
         "license": IDX, "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "VeloHive (used road bikes marketplace) privacy policy: a review note left in the opening paragraph and a contact mailbox on the reserved .example domain; the index's text of the file at the listed commit (no snapshot could be fetched; 1,048 characters, checked against the index's total_chars)"},
        [("正式上架前，请由法务或合规顾问复核。", "drafting note left in the opening paragraph (review before launch)"),
         ("support@velohive.example", "contact mailbox on the reserved .example domain (a stand-in)")],
        [("生效日期：2026-07-31", "a filled date (not a slot)")],
        []),
    "yiji-md": ("dev", "隐私政策草案.md",
        {"kind": "template (privacy policy, draft, zh + en)", "repo": "Blizzard1311/EJ",
         "commit": "28b9bb59082b133fb51e2e1899e72fc2180e1154", "path": "隐私政策草案.md", "index_id": "67167165910",
         "license": IDX, "script": "hans/cn", "lang": "zh+en", "format": "Markdown",
         "note": "易记 (Yiji, iOS memo app) privacy policy draft, Chinese then English: the title and the opening note call it a draft (the English half does not); contacts are real and backticked; the index's text of the file at the listed commit (no snapshot could be fetched; 5,355 characters, checked against the index's total_chars)"},
        [("# 易记隐私政策草案", "the title calls the text a draft"),
         ("本草案基于当前 `美区本地版 MVP` 的真实能力撰写", "drafting note: the text is a draft written for the MVP")],
        [("支持邮箱：`zl.kenneth@gmail.com`", "a real mailbox in a code span (not a slot)"),
         ("Support email: `zl.kenneth@gmail.com`", "the same in English")],
        []),
    "getlink-js": ("dev", "privacy.js",
        {"kind": "template (mini-program privacy page left empty)", "repo": "RevFoxOfficial/GetLink",
         "commit": "3760eba49eb8ed587d20c72512a7c39302c54f78", "path": "pages/privacy/privacy.js",
         "license": "AGPL-3.0 (the file's header)", "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program page script (.js): the policy page renders the htmlSnip string with <rich-text>",
         "note": "GetLink (WeChat mini-program) privacy page: its whole policy is the HTML string 「请开发者自行补充」 (to be completed by the developer); the AGPL header keeps the licence's own <one line to give the program's name…> placeholder in a code comment"},
        [('htmlSnip: "<h1>请开发者自行补充</h1>",', "the policy left as 'to be completed by the developer'")],
        [],
        [("// <one line to give the program's name and a brief idea of what it does.>", "the AGPL boilerplate's own placeholder, in a code comment (not policy text)")]),
    "pointapplet-wxml": ("holdout", "privacy.wxml",
        {"kind": "template (mini-program privacy page with filler text)", "repo": "WangXion/PointApplet",
         "commit": "1814e6d1b59cedd9c3cfeaceaa077e9f22974313", "path": "pages/privacy/privacy.wxml",
         "license": NOLIC, "script": "hans/cn", "lang": "zh", "format": "WXML (WeChat mini-program page)",
         "note": "PointApplet (WeChat mini-program) privacy page whose only text is filler: 「这是一大堆隐私协议」 ('this is a big pile of privacy agreement') repeated 16 times"},
        [("这是一大堆隐私协议这是一大堆隐私协议", "filler text standing for the whole policy")],
        [],
        []),
    "hidemeta-md": ("holdout", "privacy-policy-zh.md",
        {"kind": "clean", "repo": "JLZhengkun/hidemeta-website",
         "commit": "579dc1395b493432e25c8c70c0adaff2f28d7b0c", "path": "privacy-policy/privacy-policy-zh.md",
         "license": NOLIC, "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "HideMeta (photo metadata app) privacy policy: no data collected; contact through the App Store page"},
        [],
        [("**最后更新日期：2026年1月22日**", "a filled date (not a slot)")],
        []),
    "mailyou-md": ("dev", "privacy-policy.zh-CN.md",
        {"kind": "clean", "repo": "Cccc-owo/MailYou",
         "commit": "b5c074357c742a008e786a5f1a4cc5712a56a0a6", "path": "docs/legal/privacy-policy.zh-CN.md",
         "license": "MIT (repository LICENSE)", "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "MailYou (desktop mail client) privacy policy with Google API Limited Use terms; real contact mailbox in a code span"},
        [],
        [("`4hhhhfor@gmail.com`", "a real mailbox in a code span (not a slot)")],
        []),
    "inprivate-md": ("dev", "PRIVACY_POLICY_ZH.md",
        {"kind": "clean", "repo": "driveanywherehere/formyprivacy",
         "commit": "fbdf81db65125cfd1edf957e43c50155ea3d2d0a", "path": "PRIVACY_POLICY_ZH.md",
         "license": NOLIC, "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "InPrivate (portfolio tracker) privacy policy: local data only; a named developer and a real QQ mailbox"},
        [],
        [("- **邮箱：** dfer@qq.com", "a real mailbox (not a slot)")],
        []),
    "docket-md": ("dev", "PRIVACY.zh-CN.md",
        {"kind": "clean", "repo": "Dysen177/docket-observatory",
         "commit": "aaac0232dc66bbb8a32363c82ddf299db3b8764f", "path": "PRIVACY.zh-CN.md",
         "license": "MIT (repository LICENSE)", "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "案卷观察台 (Docket Observatory, court-document reader) privacy notice: local data, listed network use, no contact section"},
        [],
        [("程序只连接 `NETWORK.md` 列出的", "a file name in a code span (not a slot)")],
        []),
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
    for name, (s, fname, meta, phs, look, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for entry in phs:
            text, note = entry[0], entry[1]
            start = locate(lines, entry[2], 0) if len(entry) > 2 else pos
            ln = locate(lines, text, start)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        look_out = [{"line": locate(lines, text, 0), "text": text, "note": note} for text, note in look]
        amb_out = [{"line": locate(lines, text, 0), "text": text, "note": note} for text, note in amb]
        clash = {x["line"] for x in look_out + amb_out} & {x["line"] for x in out}
        if clash:
            sys.exit(f"{name}: a look-alike or ambiguous line is also a slot line: {sorted(clash)}")
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
               "placeholders": out, "look_alike_lines": look_out, "ambiguous_lines": [],
               "ambiguous_placeholder_lines": sorted({x["line"] for x in amb_out}),
               "ambiguous_placeholder_notes": amb_out}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        slot_lines = sorted({p["line"] for p in out})
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(f"{s:8} {name:18} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
