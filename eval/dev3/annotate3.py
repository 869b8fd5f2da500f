"""The hand annotations of eval/dev3 (placeholder set, issue #11): source of truth.

`python3 eval/dev3/annotate3.py` re-extracts every policy file byte-exact from the fetched
snapshot (`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is
there, checks that every placeholder text occurs on its line, and rewrites annotation.json.
Headings are not annotated in this set (use `--what placeholders`).
"""

from __future__ import annotations

import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
MIRROR = "/work/.mirror"

DOCS = [
    {
        "name": "gallarysecret-md",
        "repo": "lmk1010/GallarySecret",
        "path": "隐私协议.md",
        "commit": "c267dd9d54ca198688de29a541e6b2e9d8cdd84f",
        "license": "none (no licence file)",
        "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
        "placeholders": [(79, "[您的邮箱地址]", "contact e-mail slot never filled")],
        "ambiguous": [],
        "look_alikes": [(3, "## 最后更新日期：2024年12月 — a month, not a slot")],
        "notes": "AI-drafted photo-vault app policy; one bracketed slot in the contact list.",
    },
    {
        "name": "hmachine-md",
        "repo": "jihongxing/HMachineMessage",
        "path": "docs/隐私政策.md",
        "commit": "ad9b35f426e9bc9aeb626dad78a44f2e7a8ab2ff",
        "license": "none (no licence file)",
        "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
        "placeholders": [
            (331, "[待定]", "customer-service phone 'to be decided'"),
            (332, "[待定]", "customer-service e-mail 'to be decided'"),
            (334, "[待定]", "postal address 'to be decided'"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (26, "**实名认证信息**（可选）： — a bold label before a list, not an empty field"),
            (147, "**注**：联系方式不会直接展示… — a note, not a drafting note"),
            (333, "- **工作时间**：周一至周五 9:00-18:00 — filled, between two slots"),
        ],
        "notes": "Operator never named (重型机械信息中介平台): generic wording, not counted. Many bold labels ending in a colon before lists.",
    },
    {
        "name": "hkcmt-hk",
        "repo": "organizersdb/hkcmt-app-stg",
        "path": "privacy-zh.md",
        "commit": "217c169f20b26dfca64a2c59771bd2daf9c069bb",
        "license": "none (no licence file)",
        "format": "md", "script": "hant", "region": "hk", "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (1, "# 個人資料(私隱)條例——————私隱政策… — a long dash run in the title, not a fill-in line"),
            (41, "電話： 25666677 — filled after a space"),
            (43, "電郵： info@hkcmt.org — filled after a space"),
        ],
        "notes": "Hong Kong (PDPO) policy with typos (慰下, 私糰, 姬議, 圖體) and a Simplified 内; no template slot.",
    },
    {
        "name": "taowang-md",
        "repo": "pancheeplay/taowangnanfang",
        "path": "privacy.md",
        "commit": "04bd8c6a4b17b933abc5428c118f3c50f9364cde",
        "license": "none (no licence file)",
        "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (24, "我们在此提醒您： — a colon before the next paragraph"),
        ],
        "notes": "Single-player game; contact block 名称：/地址：/联系邮件： all filled. Front matter title.",
    },
    {
        "name": "xiaomigao-md",
        "repo": "QingYingX-Bot/TSaPP",
        "path": "隐私政策.md",
        "commit": "7c0f0d262e08a85b02ae26abc82db865a75e00bd",
        "license": "none (no licence file)",
        "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [3],
        "look_alikes": [
            (63, "「删除绑定」「删除 cred」 — quoted bot commands, not slots"),
        ],
        "notes": "Line 3 **生效日期**：以项目发布或首次部署为准 gives no date (deliberate wording, a reviewer might flag it): ambiguous.",
    },
    {
        "name": "rpos-tw",
        "repo": "abuabuliu/rPOS_single",
        "path": "隱私權政策.md",
        "commit": "d2a6456edf23947d6b0c5d2b806c2d6b306d2956",
        "license": "none (no licence file)",
        "format": "md", "script": "hant", "region": "tw", "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (75, "mailto : abuabuliu@gmail.com — spaced mailto, filled"),
            (114, "mailto : abuabuliu@gmail.com — spaced mailto, filled"),
        ],
        "notes": "Taiwan POS app; no slot.",
    },
    {
        "name": "goldsearch-html",
        "repo": "923770497-oss/goldsearch",
        "path": "隐私政策.html",
        "commit": "aca3226b40dc911a059c82f5d77a2955905603ef",
        "license": "none (no licence file)",
        "format": "html", "script": "hans", "region": "cn", "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [125],
        "look_alikes": [
            (437, "联系地址: 重庆市渝北区 — incomplete but filled"),
        ],
        "notes": "Line 125 【重庆快美研科技有限公司】: template brackets left around a filled name (residue, not an unfilled slot): ambiguous.",
    },
    {
        "name": "devlite-md",
        "repo": "JASON-QWeb/DevLite",
        "path": "docs/隐私政策.md",
        "commit": "e56cf98caf1a2b7ec3c38f705f98c9384aba6c6c",
        "license": "none (no licence file)",
        "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (84, "邮箱、手机号、Bearer Token … 做文本级替换 — 替换 describing masking, not an instruction"),
        ],
        "notes": "Chrome extension; no contact section at all (missing information, not a slot).",
    },
    {
        "name": "habitdragon-md",
        "repo": "nova-star-code/habit-dragon-legal",
        "path": "privacy-zh.md",
        "commit": "c199ca38d4fdb7ac225f576fe2f8ce4c52b81839",
        "license": "none (no licence file)",
        "format": "md", "script": "hans", "region": "cn", "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (102, "您可以通过以下邮箱请求删除您的数据： — the address follows on line 104"),
        ],
        "notes": "Translated app policy; clean.",
    },
]


def _extract(doc: dict) -> bytes | None:
    git = os.path.join(MIRROR, doc["repo"].replace("/", "+"), "repo")
    if os.path.isdir(os.path.join(git, ".git")):
        git = os.path.join(git, ".git")
    if not os.path.isdir(git):
        return None
    out = subprocess.run(["git", "--git-dir", git, "cat-file", "blob", f"{doc['commit']}:{doc['path']}"], capture_output=True)
    return out.stdout if out.returncode == 0 else None


def main() -> None:
    for doc in DOCS:
        folder = os.path.join(HERE, doc["name"])
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, os.path.basename(doc["path"]))
        blob = _extract(doc)
        if blob is not None:
            with open(target, "wb") as f:
                f.write(blob)
        with open(target, "rb") as f:
            lines = f.read().decode("utf-8-sig").split("\n")
        for line, text, _ in doc["placeholders"]:
            assert text in lines[line - 1], (doc["name"], line, text)
        ann = {
            "source": {"repo": doc["repo"], "path": doc["path"], "commit": doc["commit"], "license": doc["license"]},
            "format": doc["format"],
            "script": doc["script"],
            "region": doc["region"],
            "languages": doc["languages"],
            "title": None,
            "headings": [],
            "placeholders": [{"line": line, "text": text, "note": note} for line, text, note in doc["placeholders"]],
            "ambiguous_lines": [],
            "ambiguous_placeholder_lines": doc["ambiguous"],
            "look_alike_lines": [{"line": line, "note": note} for line, note in doc["look_alikes"]],
            "notes": doc["notes"] + " Headings not annotated (placeholder set).",
        }
        with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
