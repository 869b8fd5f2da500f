#!/usr/bin/env python3
"""Source of truth for eval/blind/round35b/{dev,holdout}/*/annotation.json (hand annotations, round 35b).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document), so no line number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate35b.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "no licence file in the repository (treat as all rights reserved; test fixture only)"
MIT = "MIT (LICENSE file of the repository)"
INDEX = ("text of the search index's stored version at that commit (no snapshot of the repository could be fetched); "
         "written back byte for byte from the index's JSON string, its length checked against the index's total_chars")


def src(repo, path, commit, lic, note):
    return {"repo": repo, "path": path, "commit": commit, "license": lic, "note": note}


QC = "qcxgsxs/shuxiseonzn"
QC_C = "044d749c2268cdc8b020861398114eae195715b4"
LF = "chaos-design/linguaflow"
LF_TMPL = "36fd8fc87ccb816d004e098e10b07c2c0a0547f6"
LF_LATER = "a6bc5088115a08ddfc12df9428a56c0c600539d4"
PQ = "iofree/pasteQ-site"
PQ_C = "5b2e9f0108f5de0427bb925893236563bfad178e"
EMPTY_P = '<p class="group-infos__hd-privacyText"></p>'

# name: (set, file, meta, placeholders [(text, note)], look-alikes [(text, note)])
DOCS = {
    "qcxgsxs-privacy-md": ("dev", "privacy_policy.md",
        {"kind": "template (browser extension's store-submission kit, zh-Hans policy marked 示例)", "repo_kind": "repository",
         "script": "hans/cn", "lang": "zh",
         "source": src(QC, "privacy_policy.md", QC_C, NOLIC, INDEX)},
        [("七彩星光隐私政策（示例）", "the title calls the policy a sample"),
         ("请在提交商店前根据实际业务调整并在可公开访问的 URL（例如 GitHub Pages）上托管。",
          "drafting note to the author: adjust before submitting to the store"),
         ("- 如有疑问，请联系：your-email@example.com", "dummy contact address")],
        [("# privacy_policy.md", "the file's own name as its first heading"),
         ("（例如 exchangerate.host）", "a real third-party service named as an example")]),
    "qcxgsxs-store-md": ("dev", "store_metadata.md",
        {"kind": "template (store listing metadata with a privacy paragraph, English and zh-Hans)", "repo_kind": "repository",
         "script": "latn", "lang": "en+zh",
         "source": src(QC, "store_metadata.md", QC_C, NOLIC, INDEX)},
        [("# Store Metadata (draft)", "draft marker in the title"),
         ("Use this content as the app listing metadata when uploading to stores. Edit as needed.",
          "note to the author: edit before use"),
         ("Support contact: [your-email@example.com]", "dummy contact address in square brackets")],
        [("生成跟卖草稿（需人工确认）", "product feature: drafts need the user's confirmation (not a review note)"),
         ("- 违禁品检测与人工复核提示", "product feature: a prompt for manual review"),
         ("用户需人工确认提交", "product feature: the user confirms before submitting"),
         ("host_permissions for *.ozon.ru", "a host glob of a permission list")]),
    "nxon-en-md": ("dev", "privacypolicy.md",
        {"kind": "template (English policy of a white-label MkDocs site; {{ user_name }} is a macros variable set in mkdocs.yml)",
         "repo_kind": "repository", "script": "latn", "lang": "en",
         "source": src("PongsiriTK/nxon-doc", "docs/privacypolicy.md", "4c3000fcf460f42c900bdd7b002df7d339a85ae1", NOLIC,
                       "git cat-file of the snapshot; mkdocs.yml at that commit sets extra.user_name: NXON, so "
                       "{{ user_name }} itself is filled at build; the commit after it (d1c7a37) still leaves the contact lines")},
        [('Company ("", "we", "the company")', "the company's short name left empty"),
         ("- Email: [<privacy@ {{ user_name }} .com>]", "contact e-mail still a bracketed pattern"),
         ("- Mailing Address: [ {{ user_name }}  Company Address, specific address]", "address slot"),
         ("- Contact Phone Number: [phone number]", "phone slot")],
        [("company name (if applicable), job title (if applicable)", "data fields collected, not slots")]),
    "pasteq-zh-md": ("dev", "privacy.md",
        {"kind": "clean (the widely copied 本应用 policy template, filled as an app's VitePress page, zh-Hans)",
         "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src(PQ, "docs/guide/privacy.md", PQ_C, NOLIC, "git cat-file of the snapshot")},
        [],
        [("您不可避免的要向交易对方或潜在的交易对", "a sentence cut off mid-word (a copy defect, not a slot)")]),
    "pasteq-en-md": ("dev", "privacy.md",
        {"kind": "clean (English edition of pasteq-zh-md by the same Chinese developer)", "repo_kind": "repository",
         "script": "latn", "lang": "en",
         "source": src(PQ, "docs/en/guide/privacy.md", PQ_C, NOLIC, "git cat-file of the snapshot")},
        [],
        []),
    "linguaflow-tmpl-tsx": ("holdout", "page.tsx",
        {"kind": "template (Next.js scaffold's privacy page, the version before the product filled it; zh-Hans TSX data)",
         "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src(LF, "src/app/privacy/page.tsx", LF_TMPL, NOLIC, INDEX)},
        [('description: "LinguaFlow 隐私政策模板。"', "the page describes itself as a template"),
         ("生产运营方应在上线前列明实际使用的服务商、处理地点、共享范围和对应隐私政策。", "note to the operator: list the providers before launch"),
         ("具体渠道、处理期限和例外情形应由生产运营方补充。", "note to the operator: channels and deadlines to be added")],
        [("除非生产版本另有说明，这些技术不应用于无关的广告追踪。", "hedge on the production version (ambiguous)"),
         ('effectiveDate="2026年"', "an effective date of a year only (ambiguous)"),
         ("运营方应采用访问控制、传输保护、密钥隔离和日志治理等合理措施", "a duty of the operator, normative (ambiguous)"),
         ("请通过运营主体公开的隐私联系渠道反馈。", "no contact given, but no slot either (ambiguous)")]),
    "linguaflow-tsx": ("holdout", "page.tsx",
        {"kind": "slot (the same page after the product filled it: one operator note left)", "repo_kind": "repository",
         "script": "hans/cn", "lang": "zh",
         "source": src(LF, "src/app/privacy/page.tsx", LF_LATER, NOLIC, INDEX)},
        [("运营方在上线前应列明实际使用的全部服务商、处理地点、共享范围与对应隐私政策。", "note to the operator left in the filled page")],
        [("除非生产版本另有说明，这些技术不用于无关的广告追踪。", "hedge on the production version (ambiguous)"),
         ('effectiveDate="2026年"', "an effective date of a year only (ambiguous)"),
         ("运营方应在适用法律规定的期限内处理请求。", "a duty of the operator, normative (ambiguous)")]),
    "wotstarter-ts": ("holdout", "content.ts",
        {"kind": "clean (uni-app starter's WeChat mini-program privacy guide as an HTML string in a TS module, zh-Hans)",
         "repo_kind": "repository", "script": "hans/cn", "lang": "zh",
         "source": src("dodu2014/wot-starter", "src/pages/login/content.ts", "d9cff7331094c96284fd9a382e2280a8bd36b635", MIT,
                       "git cat-file of the snapshot (HEAD 40b47ed9 holds the same blob; a later zh/en edition seen in the search index is not in the snapshot)")},
        [],
        [("<li>开发者 收集你的地址，用于快速登记收件地址。</li>", "the guide generator's space after 开发者 (not a blank)"),
         ("本指引是本应用开发者（以下简称“开发者”）为处理你的个人信息而制定。", "generic 本应用开发者 (the starter's own wording)")]),
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
        for i, line in enumerate(lines):  # the WeChat guide's empty description paragraphs (markup, not a slot)
            if EMPTY_P in line:
                amb_out.append({"line": i + 1, "text": line.strip(), "note": "empty paragraph of the guide's markup"})
                amb_lines.append(i + 1)
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
        print(f"{s:8} {name:20} slots {len(out)} lines {slot_lines} (capped {capped}) ambiguous {sorted(set(amb_lines))}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
