#!/usr/bin/env python3
"""Source of truth for eval/blind/round32/{dev,holdout}/*/annotation.json (hand annotations, round 32).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document), so no line number is typed by hand.

    python3 tools/annotate32.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders [(text, note, nth)], ambiguous [(text, note)])
DOCS = {
    "clipworks-tsx": ("dev", "page.tsx",
        {"kind": "draft", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "55812264236", "license": IDX,
                    "note": "whole file (Next.js page), 2,671 characters as the index gives them"}},
        [("正式版本将在本政策中列出具体服务商名单", "promise that the real list of service providers comes in a later version"),
         ("本草案暂未配置对外联系方式。正式版本将在此提供隐私事务联系邮箱", "no contact: the draft says the e-mail comes later")],
        [("ClipWorks 映工厂隐私政策（草案）", "draft marker in the page metadata (not shown as text)")]),
    "shengciben-md": ("dev", "store-listing.md",
        {"kind": "draft (store kit with a policy)", "repo_kind": "index", "script": "hans/cn", "lang": "zh+en",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "62952748172", "license": IDX,
                    "note": "whole file: a Chrome Web Store listing kit whose section '隐私政策（草案）' is the policy"}},
        [("（此处填写联系邮箱）", "contact e-mail to fill in")],
        [("## 隐私政策（草案）", "draft marker in a section title"),
         ("**联系邮箱**（商店资料 + 隐私政策删除条款）", "the operator's to-do list names the missing e-mail"),
         ("**隐私政策公开网址**", "the operator's to-do list")]),
    "idcd-tsx": ("dev", "page.tsx",
        {"kind": "draft", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "55189437375", "license": IDX,
                    "note": "whole file (Next.js page)"}},
        [("待法务审核后填充完整条款内容", "pending legal review: full clause still to be filled (section 1)"),
         ("待法务审核后填充完整条款内容", "same note, section 2"),
         ("待法务审核后填充完整条款内容", "same note, section 3"),
         ("待法务审核后填充完整条款内容", "same note, section 4"),
         ("待法务审核后填充完整条款内容", "same note, section 5")],
        []),
    "lurus-jsx": ("dev", "PrivacyPage.jsx",
        {"kind": "clean", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "53936379009", "license": IDX,
                    "note": "whole file (React page); values in constants"}},
        [],
        [("法务终稿前请由律师 review。这是工程兜底版本。", "a drafting note in a code comment, not on the page")]),
    "llmtranslate-md": ("dev", "privacy-policy.zh-CN.md",
        {"kind": "clean", "repo_kind": "git", "script": "hans/cn", "lang": "zh",
         "source": {"repo": "Junrin-Lee/llm-translate", "path": "docs/privacy-policy.zh-CN.md",
                    "commit": "795d1a1b0aa1aa8b0c3a6a9c37676c99214c1a99",
                    "blob": "fb30e7e477208191b31fdf80c4d5faa7603cba2a", "license": "none found at the root (treat as all rights reserved; test fixture only)"}},
        [], []),
    "xiangsha-bi-md": ("holdout", "PRIVACY.md",
        {"kind": "template", "repo_kind": "index", "script": "hans/cn", "lang": "zh+en",
         "source": {"repo": "fengxiaohai/xiangsha (named in the text; no snapshot)", "path": None, "commit": None,
                    "index_id": "71627639552", "license": IDX, "note": "whole file, no final newline"}},
        [("fengxiaohai@example.com（占位，请替换为真实邮箱）", "contact e-mail described as a placeholder (zh)"),
         ("fengxiaohai@example.com (placeholder)", "contact e-mail described as a placeholder (en)")],
        []),
    "geoagent-vue-md": ("holdout", "agreement.md",
        {"kind": "template (agreement)", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "68647710338", "license": IDX,
                    "note": "extraction (tools/extract32.md): the el-dialog title as '# ', texts.text0 as a paragraph, "
                            "each textN.title as '## ' and each list item as a paragraph; outer whitespace trimmed"}},
        [("（以下简称“XX”）", "the product's short name left as XX")],
        [("请停止使用XX", "later uses of the XX name (same slot)"),
         ("1.1 在使用XX时", "same slot"), ("1.2 您承诺在使用XX时", "same slot"), ("1.3 XX提供的", "same slot"),
         ("1.4 如果您对外发布或传播XX", "same slot"), ("2.1 XX按现有技术", "same slot"),
         ("2.2 为提升服务，XX", "same slot"), ("2.8 使用XX", "same slot")]),
    "panictab-md": ("holdout", "privacy-policy.zh-CN.md",
        {"kind": "clean", "repo_kind": "git", "script": "hans/cn", "lang": "zh",
         "source": {"repo": "wubh2012/PanicTab", "path": "docs/privacy-policy.zh-CN.md",
                    "commit": "bbbe1210ebc7ff1c9acab57875f3656d33bb7e14",
                    "blob": "14b9ea0db2da88ea9aeacdaf29ef2b59784b9e2e", "license": "none found at the root (treat as all rights reserved; test fixture only)"}},
        [], []),
    # added after the session's fixes (held out: annotated before any run, first run on the base and the branch together)
    "aikouyu-tsx": ("holdout", "MePrivacy.tsx",
        {"kind": "sample", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "53476262783", "license": IDX,
                    "note": "whole file (React page; the file name is a guess from its component), added late"}},
        [("隐私政策（示例）", "the policy calls itself a sample")],
        []),
    "agentmind-jsx": ("holdout", "PrivacyPage.jsx",
        {"kind": "sample", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "44331363281", "license": IDX,
                    "note": "whole file (React page; the file name is a guess from its component), added late"}},
        [("隐私政策（示例）", "the page title calls the policy a sample"),
         ("privacy@example.com", "template contact e-mail")],
        []),
    "atlas-tsx": ("holdout", "SensitiveUploadPanel.tsx",
        {"kind": "draft (consent notice)", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
         "source": {"repo": None, "path": None, "commit": None, "index_id": "55590348330", "license": IDX,
                    "note": "whole file (a sensitive-upload notice panel; the file name is a guess from its component), added late"}},
        [("保存期限：待确认。第三方 AI、OCR、云服务和跨境处理：待配置", "retention period and third parties left to confirm / configure")],
        [("正式保存方式待配置", "a message string in the page's code (shown after an upload in the prototype)")]),
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
    total = 0
    for name, (s, fname, meta, phs, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for text, note in phs:
            ln = locate(lines, text, pos)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln  # the next same text is looked for after this line
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
        capped = min(5, len({p["line"] for p in out}))
        total += len(out)
        print(f"{s:8} {name:18} slots {len(out)} (capped {capped}) ambiguous {amb_lines}")
    print("slot lines", total)


if __name__ == "__main__":
    main()
