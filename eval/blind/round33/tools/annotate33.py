#!/usr/bin/env python3
"""Source of truth for eval/blind/round33/{dev,holdout}/*/annotation.json (hand annotations, round 33).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document), so no line number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate33.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"
NOLIC = "no licence known (index text; treat as all rights reserved; test fixture only)"

# name: (set, file, meta, placeholders [(text, note)], ambiguous [(text, note)])
DOCS = {
    "paperbanana-bi-md": ("dev", "privacy-policy.md",
        {"kind": "template (bilingual draft)", "repo_kind": "index", "script": "hans/cn", "lang": "zh+en",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "55646857889", "license": IDX,
                    "note": "whole file, 12,724 characters as the index gives them (a README beside it names privacy-policy.md)"}},
        [("本文件为 PaperBanana iOS 应用隐私政策的**初稿模板**，仅供产品团队参考与填写占位符之用", "the document calls itself a draft template to be completed (zh)"),
         ("This document is a **draft template**", "same note (en)"),
         ("`[填写日期 / YYYY-MM-DD]`", "effective date to fill"),
         ("`[填写日期 / YYYY-MM-DD]`", "last-updated date to fill"),
         ("`[运营方名称 / Operator Name]`", "operator name"),
         ("`[联系邮箱 / contact@example.com]`", "contact e-mail"),
         ("`[填写服务器所在地区 / 例如：中国大陆]`", "server region to fill"),
         ("`[如适用，请补充跨境传输的合规依据与说明]`", "cross-border note to write"),
         ("`[运营方名称]`", "operator in the contact section"),
         ("`[联系邮箱]`", "e-mail in the contact section"),
         ("`[fill in region, e.g., Mainland China]`", "server region (en)"),
         ("`[If applicable, add the legal basis and details for cross-border transfer.]`", "cross-border note (en)"),
         ("`[Operator Name]`", "operator (en)"),
         ("`[contact@example.com]`", "e-mail (en)")],
        [("**⚠️ 初稿模板声明 / DRAFT TEMPLATE NOTICE**", "title of the draft notice box")]),
    "navaxterms-tsx": ("dev", "page.tsx",
        {"kind": "template (terms of service)", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "56203425568", "license": IDX,
                    "note": "whole file (React page of the nav.ax self-host template)"}},
        [("[网站地址]", "site address"), ("[运营方名称]", "operator name, same line"),
         ("[运营方名称] 之间的服务关系", "operator name in the licence section"),
         ("[司法辖区/所在地区]", "governing law to choose"),
         ("[运营方名称]</strong>", "operator in the contact section"), ("[联系邮箱]", "e-mail, same line")],
        [("nav.ax Terms of Service (self-host template)", "code comment, not on the page")]),
    "carsub-tsx": ("dev", "page.tsx",
        {"kind": "draft (user agreement)", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "62752338203", "license": IDX,
                    "note": "whole file (Next.js + Ant Design page)"}},
        [("本页面为车辆订阅客户门户用户协议的待法务确认版本", "the text says it is a version pending legal confirmation"),
         ("待法务确认版本。上线前请替换为正式文本。", "note to replace with the formal text before launch")],
        []),
    "anomalops-hant-md": ("dev", "privacy-policy.md",
        {"kind": "draft", "repo_kind": "index (repository named in the text: tengigabytes/Anomalops, no snapshot)",
         "script": "hant/tw", "lang": "zh",
         "source": {"repo": "tengigabytes/Anomalops (named in the text; no snapshot)", "path": None, "commit": None,
                    "index_id": "71323482811", "license": NOLIC, "note": "whole file, zh-Hant"}},
        [("狀態：草案，發布前要確認第 6 節各項", "status line: draft, items to confirm before release"),
         ("發布到 GitHub Pages 並在 Play Console 填寫網址", "drafting note to the operator"),
         ("生效日期：（發布時填入）", "effective date to fill at release"),
         ("## 6. 發布前要確認的事項（不隨政策發布）", "a section of open items not to be published")],
        [("# Anomalops 隱私權政策（草案）", "draft marker in the title"),
         ("推測會傳回使用紀錄", "open item row (inside section 6)"),
         ("推測只有 Play Console 的訂單紀錄", "open item row"),
         ("依 Android 的 APP 專屬儲存空間規則，推測成立", "open item row"),
         ("M3 定稿後核對第 1 節表格", "open item row"),
         ("功能加入前改寫第 1、2 節", "open item row"),
         ("與本文同步修改", "open item row")]),
    "simplenote-vue": ("dev", "privacy.vue",
        {"kind": "clean", "repo_kind": "index (repository listed)", "script": "hans/cn", "lang": "zh",
         "source": {"repo": "silence3838438/SimpleNote", "path": "pages/privacy/privacy.vue",
                    "commit": "6da9335465d733354ba2181c77d039a4b76bedb9", "index_id": "70538934729", "license": NOLIC,
                    "note": "stored text at that commit (no snapshot can be fetched); uni-app page"}},
        [],
        [("【小獭记账】深知个人信息", "the product name written in 【】 (a real name, not a slot)")]),
    "pethome-md": ("dev", "privacy-policy.md",
        {"kind": "clean", "repo_kind": "index (repository listed)", "script": "hans/cn", "lang": "zh",
         "source": {"repo": "Apollo465/pethome", "path": "design/store/privacy-policy.md",
                    "commit": "d709b5a5a7e7783471604be27732d336eddd7fdc", "index_id": "69297771050", "license": NOLIC,
                    "note": "stored text at that commit (no snapshot can be fetched); the README said the slots were to be replaced, and they were"}},
        [], []),
    "navax-tsx": ("holdout", "page.tsx",
        {"kind": "template", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "56288068512", "license": IDX,
                    "note": "whole file (React page of the nav.ax self-host template; same template family as navaxterms-tsx in dev)"}},
        [("[运营方名称]", "operator name"), ("[网站地址]", "site address, same line"),
         ("[联系邮箱]", "e-mail in the rights section"),
         ("[最低年龄，如 14]", "minimum age to choose"),
         ("[运营方名称]</strong>", "operator in the contact section"), ("[联系邮箱]", "e-mail, same line")],
        [("nav.ax Privacy Policy (self-host template)", "code comment, not on the page")]),
    "legaldraft-dart": ("holdout", "legal_draft_page.dart",
        {"kind": "draft", "repo_kind": "index", "script": "hans/cn", "lang": "zh+en",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "56022688538", "license": IDX,
                    "note": "whole file (Flutter screen holding a privacy policy, refund, data-deletion and paid-service notes)"}},
        [("'Development draft only. It has not completed legal review", "draft notice: legal review not done (en)"),
         ("当前仅为开发草案，尚未经过正式法律审核，不可视为最终商业协议。", "draft notice (zh)")],
        [("'隐私政策（草案）'", "draft marker in a title"), ("'Privacy Policy (Draft)'", "draft marker in a title")]),
    "luminous-sql-md": ("holdout", "privacy.md",
        {"kind": "template (bilingual, extracted)", "repo_kind": "index", "script": "hans/cn", "lang": "zh+en",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "59553157626", "license": IDX,
                    "note": "extraction from a SQL migration: the 'privacy' row's content_zh, one blank line, its content_en "
                            "(SQL string bodies taken as they are; no quote escapes occur in them)"}},
        [("> 待法务审阅填充", "body to be filled after legal review"),
         ("公司名称：待填充", "company name to fill"), ("联系邮箱：待填充", "e-mail to fill"),
         ("个人信息保护负责人：待填充", "DPO to fill"),
         ("> Pending legal review", "same (en)"), ("Company name: TBD", "(en)"), ("Contact email: TBD", "(en)"),
         ("Data Protection Officer: TBD", "(en)")],
        []),
    "ruraltouch-vue": ("holdout", "privacy.vue",
        {"kind": "clean", "repo_kind": "index (repository listed)", "script": "hans/cn", "lang": "zh",
         "source": {"repo": "Xinyu-Cui111/RuralTouch", "path": "pages/agreement/privacy.vue",
                    "commit": "29207f7eac2133283f4f696d95891fb4d916991a", "index_id": "71128078105", "license": NOLIC,
                    "note": "stored text at that commit (the fetched snapshot is older and lacks the file)"}},
        [],
        [("正式通道开通前不会滥发通知", "a statement about the push channel, not a slot"),
         ("需已配置片源", "a condition of the feature, not a slot")]),
    # added after the session's fixes (held out by construction: annotated before any run, then run on the base and the
    # branch together)
    "weihe-tsx": ("holdout", "PrivacyPage.tsx",
        {"kind": "draft (page shell, body from a config)", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "63465275308", "license": IDX,
                    "note": "whole file (React page; the file name is a guess from its component), added late"}},
        [("（草稿，待法务审核后正式生效）", "draft status after the date: in force only after legal review"),
         ("本页为隐私政策草稿，正式发布前须经法务或专业人员审核", "note: a draft to be reviewed before publication")],
        [("隐私政策内容待配置（site_configs.privacy_policy）", "the page's fallback while the policy is not configured (a state the code shows)")]),
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
        for text, note in phs:
            ln = locate(lines, text, max(pos - 1, 0))
            if out and out[-1]["line"] == ln and out[-1]["text"] == text:
                ln = locate(lines, text, ln)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        amb_out, amb_lines = [], []
        for text, note in amb:
            ln = locate(lines, text, 0)
            amb_out.append({"line": ln, "text": text, "note": note})
            amb_lines.append(ln)
        ann = {"file": fname, **meta, "headings_annotated": False, "headings": [],
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
