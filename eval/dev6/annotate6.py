"""The hand annotations of eval/dev6 (issue #11, round 6: slots and dummy data in real policies): source of truth.

`python3 eval/dev6/annotate6.py` re-extracts every policy file byte-exact from the fetched
snapshot (`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is
there, checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  Three documents (caser-md, jizhang-tw, bugaoshan-md) had no snapshot that
could be fetched: they were rebuilt from the search index's stored text of the blob at the
listed commit (UTF-8, LF; character counts checked against the index: 2735, 1824, 3541).
The annotations were written before policylens was run on any of these files.
Headings are not annotated in this set (use `--what placeholders`).
"""

from __future__ import annotations

import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
MIRROR = "/work/.mirror"
NONE = "none (no licence file)"

DOCS = [
    {
        "name": "caser-md",
        "repo": "Caser-86/customer-service-ai-platform",
        "path": "docs/legal/privacy-policy.md",
        "commit": "011e8f3718096fdd3546828eeb7ecd621f899add",
        "region": "cn",
        "script": "hans",
        "placeholders": [
            (154, "privacy@your-domain.com", "template default e-mail (your-domain.com)"),
            (155, "https://your-domain.com/privacy-request", "template default form URL"),
            (208, "dpo@your-domain.com", "template default DPO e-mail"),
            (209, "400-xxx-xxxx", "dummy hotline with x digits"),
            (210, "[您的公司地址]", "bracketed address slot"),
            (213, "privacy@your-domain.com", "template default e-mail, repeated"),
            (214, "https://your-domain.com/contact", "template default contact form URL"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (3, "最后更新日期 — a filled date"),
            (18, "电话号码（如提供） — an optional data category, not a slot"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). A generic SaaS policy published with every contact value still the template default.",
    },
    {
        "name": "jizhang-tw",
        "repo": "AntyKx/jizhang-app",
        "path": "docs/legal/privacy-policy.md",
        "commit": "08f6e6165a968651113a95ced4145844ae3e421e",
        "region": "tw",
        "script": "hant",
        "placeholders": [
            (1, "（草稿）", "draft marker in the title"),
            (3, "需要自己確認或補上", "blockquote note to the author: the 〔　　　〕 parts must be confirmed or filled"),
            (65, "〔　　　〕", "empty age slot"),
            (73, "本文件為草稿版本，尚未正式生效", "closing drafting note"),
        ],
        "ambiguous": [5, 41],
        "look_alikes": [
            (5, "草擬日期 — a filled drafting date inside the note blockquote (ambiguous)"),
            (41, "〔Stripe — a planned processor in the slot brackets, filled but marked to confirm (ambiguous)"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). Taiwan PDPA art. 8 notice, published as a draft with 〔　　　〕 slots.",
    },
    {
        "name": "bodybattery-md",
        "repo": "AlencCN/body-battery-harmonyos-legal",
        "path": "docs/legal/privacy-policy.md",
        "commit": "9f05438b615bccd52b542e033f1f3018d7470576",
        "region": "cn",
        "script": "hans",
        "placeholders": [
            (6, "【个人开发者姓名/主体名称】", "operator name slot in the opening sentence"),
            (149, "【个人开发者姓名/主体名称】", "operator name slot in the contact block"),
            (150, "【联系邮箱】", "e-mail slot"),
            (151, "【联系地址，可选】", "address slot"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (87, "写权限 — a permissions table row saying 不需要"),
            (88, "锻炼位置详情 — a permissions table row saying 不需要"),
        ],
        "notes": "HarmonyOS health app policy published with the template's 【】 slots for the operator.",
    },
    {
        "name": "wordkouyu-md",
        "repo": "Aimashi-LI/WORD-KOUYU",
        "path": "docs/legal/privacy-policy.md",
        "commit": "0204c1ad88aac523be35b2fb32718b807ee7ad00",
        "region": "cn",
        "script": "hans",
        "placeholders": [
            (135, "[请替换为您的联系邮箱]", "bracketed instruction slot for the e-mail"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (3, "最后更新日期 — a month without a day, filled"),
            (24, "个人身份信息 — a table row 不收集"),
            (147, "版本号 — a filled version"),
        ],
        "notes": "Offline vocabulary app; filled except for the e-mail.",
    },
    {
        "name": "bugaoshan-md",
        "repo": "BlueRain-debug/Bugaoshan",
        "path": "docs/legal/privacy-policy.md",
        "commit": "b87724234c39d280c91999c9a0d14f05acccdf7c",
        "region": "cn",
        "script": "hans",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (19, "| 在线报修 — a table naming 电话、地址 as data processed"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). Clean, carefully written campus-app policy: a precision document.",
    },
    {
        "name": "quye-md",
        "repo": "AshenOneOrz/QuyeLogbook_PrivacyPolicy",
        "path": "PRIVACY_POLICY_zh.md",
        "commit": "b75835178b6c4465f5504f334adce96461a382bb",
        "region": "cn",
        "script": "hans",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (97, "- **开发者**：陈栋 — the contact section ends with a developer's name, no slot"),
        ],
        "notes": "Clean offline-app policy (no final newline): a precision document.",
    },
]


def _extract(doc: dict) -> bytes | None:
    git = os.path.join(MIRROR, doc["repo"].replace("/", "+"), "repo")
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
        for line, note in doc["look_alikes"]:
            assert note.split(" — ")[0][:4] in lines[line - 1], (doc["name"], line, note)
        ann = {
            "source": {"repo": doc["repo"], "path": doc["path"], "commit": doc["commit"], "license": NONE},
            "format": "md",
            "script": doc["script"],
            "region": doc["region"],
            "languages": ["zh"],
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
