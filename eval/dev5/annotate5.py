"""The hand annotations of eval/dev5 (issue #11, round 5: placeholders in filled-in policies): source of truth.

`python3 eval/dev5/annotate5.py` re-extracts every policy file byte-exact from the fetched
snapshot (`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is
there, checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  Three documents (coffeeprism-md, tanxing-html, tidalroute-html) had no
snapshot that could be fetched: they were rebuilt from the search index's stored text of the
blob at the listed commit (character counts checked against the index: 3184, 4256, 2798;
tidalroute-html matches only with CRLF line breaks, so it is stored with CRLF).
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
        "name": "doonething-md",
        "repo": "VellerRider/Do-One-Thing",
        "path": "PRIVACY_POLICY.md",
        "commit": "a3e24c2f1c49119440d2b2a442e8cbd36e0b3119",
        "format": "md",
        "languages": ["en", "zh"],
        "placeholders": [
            (83, "[Your contact email]", "contact e-mail slot, English edition"),
            (173, "[您的联系邮箱]", "contact e-mail slot, Chinese edition"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (82, "https://github.com/VellerRider/Do-One-Thing — a filled contact link next to the slot"),
            (131, "`chrome.storage.local` — an API name in a code span"),
        ],
        "notes": "Chrome extension, English then Chinese edition; the e-mail slot was filled two commits later (fa90c29), so this blob was published with it.",
    },
    {
        "name": "searchtranslator-md",
        "repo": "MarkShawn2020/chrome-search-translator",
        "path": "PRIVACY.md",
        "commit": "108da507e40bb00fb87b76b252533879f5c80684",
        "format": "md",
        "languages": ["zh", "en"],
        "placeholders": [
            (28, "<你的用户名>/<你的仓库>", "template slots inside the contact URL (Chinese edition)"),
            (59, "<your-username>/<your-repo>", "template slots inside the contact URL (English edition)"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (12, "storage — an API name, not a slot"),
        ],
        "notes": "Chrome extension, Chinese then English; the only contact is a GitHub Issues link whose owner/repo are still angle-bracket slots.",
    },
    {
        "name": "demumu-md",
        "repo": "wenxiaoyu/demumu-chrome-plug",
        "path": "PRIVACY_POLICY.md",
        "commit": "cb0e8493d3d729f23d7b0f9cf425410188c4669a",
        "format": "md",
        "languages": ["zh", "en"],
        "placeholders": [
            (216, "您的 GitHub 仓库链接", "the template's link text 'your GitHub repository link' left around a filled URL"),
        ],
        "ambiguous": [215, 432, 433],
        "look_alikes": [
            (45, "邮件模板 — the user's e-mail templates (data), not a template leftover"),
            (143, "更新邮件模板 — a user right over their templates"),
            (262, "Email Templates — data item"),
        ],
        "notes": "Bilingual extension policy. Lines 215/432/433 keep the template's square brackets around filled values ([demumu123@gmail.com]): residue of the slot, filled — ambiguous.",
    },
    {
        "name": "firstglance-md",
        "repo": "gwifloria/first-glance",
        "path": "PRIVACY.md",
        "commit": "ea9660fed372b33e960b45eb2048ee7d4a93a7e0",
        "format": "md",
        "languages": ["zh", "en"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (59, "`storage` — permission names in code spans"),
            (66, "GitHub Issues: https://github.com/gwifloria/chrome-dida-extension/issues — a filled contact link"),
        ],
        "notes": "Filled-in bilingual extension policy: a precision document.",
    },
    {
        "name": "coffeeprism-md",
        "repo": "CoffeePrism/coffeeprism.github.io",
        "path": "privacy.md",
        "commit": "16f18c15f4f59d0d501f8c37481a7b090735aea7",
        "format": "md",
        "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (10, "{{ 'now' | date — Jekyll Liquid in a page with front matter: rendered at build time, not an unfilled slot"),
            (79, "{{ '/contact/' | relative_url }} — Liquid URL filter inside href"),
            (85, "{{ '/contact/' | relative_url }} — Liquid URL filter inside href"),
        ],
        "notes": "Rebuilt from the search index's stored text (snapshot too large to fetch). Jekyll page (front matter, HTML body, Liquid tags): the Liquid is template syntax by design.",
    },
    {
        "name": "tanxing-html",
        "repo": "tanxing-app/tanxing-privacy",
        "path": "隐私政策.html",
        "commit": "70cc74cdeb07a3ee82e30a92e8c564dd5a571879",
        "format": "html",
        "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (93, "不收集您的姓名、手机号、邮箱等 — data items"),
            (154, "邮箱：<a href=\"mailto:support@tanxing.net\"> — a filled contact field"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). Filled-in divination-app policy: a precision document.",
    },
    {
        "name": "tidalroute-html",
        "repo": "Dap365/tidalroute-policy",
        "path": "隐私政策.html",
        "commit": "0c711eb5fc6e5d835a6e41a9d038760dfe11ec6a",
        "format": "html",
        "languages": ["zh"],
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (28, "**游戏进度数据** — Markdown bold pasted into HTML (unrendered markup, not a slot)"),
            (41, "**TapSDK — Markdown bold pasted into HTML"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot), CRLF. Filled-in game policy with Markdown ** left in HTML list items: a precision document.",
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
            assert note.split(" — ")[0].split("…")[0][:4] in lines[line - 1], (doc["name"], line, note)
        ann = {
            "source": {"repo": doc["repo"], "path": doc["path"], "commit": doc["commit"], "license": NONE},
            "format": doc["format"],
            "script": "hans",
            "region": "cn",
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
