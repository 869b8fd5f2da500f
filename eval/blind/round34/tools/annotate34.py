#!/usr/bin/env python3
"""Source of truth for eval/blind/round34/{dev,holdout}/*/annotation.json (hand annotations, round 34).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document, or after the line holding the entry's third element, an anchor), so no line
number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate34.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders [(text, note[, anchor])], ambiguous [(text, note)])
DOCS = {
    "blogterms-tsx": ("dev", "page.tsx",
        {"kind": "template (terms of service)", "lang": "zh", "index_id": "45515835863",
         "note": "Next.js page of a personal blog's terms; the file name is a guess from its component"},
        [("电子邮件：[您的邮箱地址]", "contact e-mail to fill"),
         ("[您的GitHub用户名]", "GitHub user name, the link's visible text", "github.com/[您的GitHub用户名]")],
        [("https://github.com/[您的GitHub用户名]", "the same slot inside a link target (an attribute, not shown)")]),
    "investterms-tsx": ("dev", "TermsOfServicePage.tsx",
        {"kind": "template (terms of service)", "lang": "zh", "index_id": "15703767143",
         "note": "React page whose terms are a Markdown constant rendered by ReactMarkdown"},
        [("[您的公司名称]", "company name to fill")],
        [("**生效日期：** [2025年12月7日]", "a real date left in the template's brackets"),
         ("[graham_investing@163.com]", "a real e-mail left in the template's brackets")]),
    "xinqingyu-jsx": ("dev", "ConsentFormPage.jsx",
        {"kind": "template (personal-information consent)", "lang": "zh", "index_id": "1646091241",
         "note": "React page of a mini-program's personal-information promise"},
        [("官方客服邮箱：[指定官方客服邮箱]", "service e-mail to fill"),
         ("客服热线：[指定客服联系电话]", "service phone to fill"),
         ("运营主体（[运营主体全称]）", "operator's full name to fill")],
        [("生效日期：{new Date().getFullYear()}", "effective date computed when the page renders (not a slot)")]),
    "youhaowan-tsx": ("dev", "page.tsx",
        {"kind": "template (privacy policy)", "lang": "zh", "index_id": "31467729320",
         "note": "Next.js page; the product name comes from an i18n dictionary"},
        [("请联系我们：[联系方式]", "contact to fill"),
         ("未满[年龄]岁", "minimum age to fill")],
        [("<title>隐私政策 - [游好玩]</title>", "a product name in brackets in the page title"),
         ("生效日期：[2025-01-01] | 最后更新日期：[2025-01-29]", "real dates left in the template's brackets"),
         ("[{dict.common.name}]（以下简称", "a runtime name inside the template's brackets")]),
    "huihaigou-vue": ("dev", "slotMachine.vue",
        {"kind": "template (user agreement inside a game page)", "lang": "zh", "index_id": "16199820476",
         "note": "Vue page of a vending-machine lottery; the service agreement is a pop-up in its template"},
        [("欢迎申请使用xx科技有限公司", "company name left as xx科技有限公司")],
        []),
    "careerhero-tsx": ("holdout", "PrivacyPolicy.tsx",
        {"kind": "clean", "lang": "zh", "index_id": "52082830284", "note": "React screen of a resume app"},
        [], []),
    "scentpersona-tsx": ("dev", "index.tsx",
        {"kind": "clean", "lang": "zh", "index_id": "56787898929",
         "note": "Taro mini-program page; its sections are a data constant shown through .map"},
        [], []),
    "wuhanpe-tsx": ("dev", "LegalModal.tsx",
        {"kind": "clean", "lang": "zh", "index_id": "13294345884",
         "note": "React modal holding a privacy policy, a user agreement and a risk notice"},
        [], [("【重要提示】市场有风险", "a label in 【】, not a slot")]),
    "aoobee-tsx": ("holdout", "page.tsx",
        {"kind": "template note (privacy policy)", "lang": "zh", "index_id": "60948765205",
         "note": "Next.js page of a directory site"},
        [("注：本页为占位模板，正式上线前请由法务或负责人审阅并补充完整条款。", "note: a placeholder template to be reviewed and completed before launch")],
        []),
    "keyterms-tsx": ("holdout", "page.tsx",
        {"kind": "draft (terms of service)", "lang": "zh", "index_id": "58091610504",
         "note": "Next.js page of an AI decision-aid SaaS"},
        [("生效日期 TBD (上线前确定) · 上线前请律师 review", "effective date TBD and a note to have a lawyer review it before launch"),
         ("[运营主体 TBD]", "operator to fill"),
         ("联系 TBD@email", "contact e-mail TBD")],
        [("(V1 上线后启用)", "a roadmap statement: payment starts with V1 (not a slot)"),
         ("· Terms of Service · v0.1 ·", "a version label")]),
    "paypolicy-tsx": ("holdout", "index.tsx",
        {"kind": "template (privacy policy)", "lang": "zh", "index_id": "59311612469",
         "note": "React page of a payment app"},
        [("邮箱：xxx@xxx.com", "dummy e-mail"), ("电话：400-XXX-XXXX", "dummy phone")],
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
    for name, (s, fname, meta, phs, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for entry in phs:
            text, note = entry[0], entry[1]
            start = locate(lines, entry[2], 0) if len(entry) > 2 else max(pos - 1, 0)
            ln = locate(lines, text, start)
            if out and out[-1]["line"] == ln and out[-1]["text"] == text:
                ln = locate(lines, text, ln)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        amb_out, amb_lines = [], []
        for text, note in amb:
            ln = locate(lines, text, 0)
            amb_out.append({"line": ln, "text": text, "note": note})
            amb_lines.append(ln)
        source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": IDX,
                  "note": "whole file as the index gives it; " + meta["note"]}
        ann = {"file": fname, "kind": meta["kind"], "repo_kind": "index", "script": "hans/cn", "lang": meta["lang"],
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
