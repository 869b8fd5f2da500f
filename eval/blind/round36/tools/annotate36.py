#!/usr/bin/env python3
"""Source of truth for eval/blind/round36/{dev,holdout}/*/annotation.json (hand annotations, round 36).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document, or after the line holding the entry's third element, an anchor), so no line
number is typed by hand.  Written before policylens ran on any document (same machinery as round35).

    python3 tools/annotate36.py
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
    "dshcloud-md": ("dev", "PRIVACY.md",
        {"kind": "template (privacy policy draft)", "index_id": "59875583615", "license": IDX,
         "note": "a desktop AI gateway's Markdown policy draft; every fact to be filled is a 【…】 slot, with a draft note"},
        [("生效日期【上线日期】", "effective date left as a slot"),
         ("文中【】内为占位符，发布前须逐项填写或确认", "drafting note: the 【】 are slots to fill before publishing"),
         ("个人信息处理者：**【运营主体】**", "operator left as a slot (the real name follows as 'currently')"),
         ("当前名单：【上游提供方名单】", "list of upstream providers left as a slot"),
         ("【境外接收方清单及联系方式】", "overseas recipients list left as a slot (line also has 【联系邮箱】)"),
         ("【90】天（建议值，正式发布前确认）", "retention days marked as a suggestion to confirm before publishing"),
         ("发邮件至【联系邮箱】", "contact e-mail slot; 【15】 working days on the same line"),
         ("请联系：【联系邮箱】", "contact e-mail slot"),
         ("【运营主体】注册地址：【注册地址】", "operator and registered address slots"),
         ("DSH Cloud, operated by 【运营主体】", "English summary: operator slot, and Contact: 【联系邮箱】")],
        [("<!-- 本文为草案，正式发布前请经法律专业人士审阅 -->", "the same draft note in an HTML comment (not shown when rendered)")]),
    "legalshell-tsx": ("dev", "legal-page.tsx",
        {"kind": "template (placeholder legal page)", "index_id": "62773361298", "license": IDX,
         "note": "a TanStack/React shell shown at /privacy and /terms until the texts are written: status badge, pending date, review list"},
        [("'未发布 · 待确认' : 'Not published · pending review'", "status badge: not published, pending review (zh and en on one line)"),
         ("'生效日期：待定' : 'Effective date: pending'", "effective date pending"),
         ("以下项目必须由业务与法律负责人确认后，才能移除占位标记并公开注册。", "note: the page is a placeholder until confirmed"),
         ("before this placeholder can be published", "the same note in English")],
        [("/** Shared shell for the placeholder legal pages (/terms, /privacy). */", "a code comment naming the page a placeholder (not shown)"),
         ("'收集的数据与用途', 'R2 媒体", "list of topics the page says must be confirmed (data of the review list)")]),
    "ma3-md": ("dev", "privacy-policy.md",
        {"kind": "template (privacy policy draft)", "index_id": "68316631823", "license": IDX,
         "note": "an open-source hosted service's Markdown policy, marked draft, effective date pending"},
        [("**Draft — not lawyer-reviewed.**", "status: draft, not reviewed"),
         ("生效日期：待定。", "status line: draft, not reviewed by a lawyer, effective date pending")],
        [("Draft Privacy Policy for the ma3 hosted service", "English note describing the document as a draft"),
         ("（正式 SLA 计划 v1.1+）", "a roadmap note about an SLA, not the policy's text"),
         ("联系方式：维护者 GitHub 个人资料页所列邮箱", "contact given indirectly (the maintainer's GitHub profile), a real choice")]),
    "vuedemo-vue": ("dev", "LoginDialog.vue",
        {"kind": "template (demo agreement and policy)", "index_id": "69568885946", "license": IDX,
         "note": "a Vue 3 login dialog whose agreement and policy paragraphs are a string array shown in a second dialog; marked demo data"},
        [("【生效说明】本协议自发布之日起生效。正式上线版本以法务确认后的协议正文为准。",
          "note that the published version will be the legal-reviewed text (this text is not final)"),
         ("【说明】以上内容为演示用的假数据，正式上线前将替换为法务确认后的隐私政策正文。",
          "note: the policy is demo data, to be replaced before going live")],
        [("/** 协议正文（演示假数据，正式上线前替换为法务确认后的正文） */", "the same note in a code comment (not shown)"),
         ("/** 协议标题（演示假数据） */", "code comment"),
         ("<!-- 协议正文弹窗（假数据文案） -->", "template comment (not shown)")]),
    "jkpk-kt": ("dev", "PrivacyPolicyScreen.kt",
        {"kind": "clean", "index_id": "35703179045", "license": IDX,
         "note": "an Android Jetpack Compose screen (Kotlin): a health app's policy in PolicySection(title, content) calls"},
        [], [("本隐私政策将帮助您了解以下内容", "the contents list names sections the screen does not hold (truncated policy, not a slot)")]),
    "youju-ets": ("dev", "PrivacyPage.ets",
        {"kind": "clean", "repo": "2697881905/youju", "path": "entry/src/main/ets/pages/PrivacyPage.ets",
         "commit": "4b95d1ebc5bb922d1ee884feab9174731d1cb948", "license": IDXREPO,
         "note": "a HarmonyOS ArkTS page: a community app's policy in Text() and a section() builder of string arrays"},
        [], [("Text('')", "an empty Text used as a spacer in the top bar")]),
    "legaldraft-ts": ("holdout", "legal-documents.ts",
        {"kind": "template (draft legal documents)", "index_id": "67424775238", "license": IDX,
         "note": "a TypeScript data module of eight legal documents (terms, privacy, membership…), each marked draft with review notices"},
        [("本页面为内部评审草案，尚未正式生效。", "draft notice shown on every document"),
         ("正式文本上线前应由专业律师审核。", "note: not final, to be reviewed by a lawyer before going live"),
         ("title: \"用户协议（草案）\"", "title marks the text a draft"),
         ("title: \"隐私政策（草案）\"", "title marks the policy a draft"),
         ("title: \"会员服务协议（草案）\"", "title marks the text a draft"),
         ("会员收费条款为草案，当前未正式生效，收费功能未开放。", "status: draft, not in force"),
         ("正式计费方式、价格和生效时间将另行公布。", "facts promised for later"),
         ("title: \"退款政策（草案）\"", "draft title"),
         ("退款条款为草案，当前未正式生效，收费功能未开放。", "status: draft, not in force"),
         ("正式规则将说明申请期限、处理时限和争议处理方式。", "facts promised for the formal text"),
         ("title: \"AI 使用声明（草案）\"", "draft title"),
         ("title: \"学术诚信政策（草案）\"", "draft title"),
         ("title: \"发票说明（草案）\"", "draft title"),
         ("发票规则为草案，当前未正式生效，收费功能未开放。", "status: draft, not in force"),
         ("title: \"客服与投诉说明（草案）\"", "draft title"),
         ("具体服务时限将在正式文本中明确。", "facts promised for the formal text")],
        [("继续访问本草案页面不代表用户已同意尚未生效的收费或会员条款。", "mentions the draft page, a statement to users"),
         ("本草案不替代针对具体第三方模型或基础设施另行提供的必要说明。", "mentions the draft, a scope statement"),
         ("当前收费未开放，不产生实际退款承诺。", "summary of the draft refund terms"),
         ("/禁止论文代写/,", "regular expressions the code checks the texts with")]),
    "banban-md": ("holdout", "privacy-policy.md",
        {"kind": "template (privacy policy)", "repo": "chanran324234/banban-app", "path": "docs/privacy-policy.md",
         "commit": "db9398e7ed96013e6c848bc05051f482691edca9", "license": "Apache-2.0 (LICENSE in the repository)",
         "note": "an open-source AI companion app's store-submission kit: the policy's contact e-mail is a note to replace it"},
        [("开发者联系邮箱：提交前替换为真实公开支持邮箱", "instruction in place of the contact e-mail")],
        []),
    "accountdl-html": ("holdout", "user_agreement.html",
        {"kind": "clean", "repo": "xixiaotiam1219-lab/accountDL", "path": "entry/src/main/resources/rawfile/user_agreement.html",
         "commit": "2869964d2b4d486b30d0cef6fb3a00d299bc278f", "license": IDXREPO,
         "note": "a HarmonyOS app's rawfile/ HTML user agreement of a subscription tracker (2026)"},
        [], [("恢复责任限制", "two empty bullets <br>• before this item (stray markup, not a slot)")]),
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
