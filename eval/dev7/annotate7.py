"""The hand annotations of eval/dev7 (issue #11, round 8: template names, empty lead-ins, notes): source of truth.

`python3 eval/dev7/annotate7.py` re-extracts every policy file byte-exact from the fetched
snapshot (`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is
there, checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  Two documents (xiaotuan-txt, cccloud-txt) had no snapshot that could be
fetched: they were rebuilt from the search index's stored text of the blob at the listed commit
(UTF-8, LF; character counts checked against the index: 689 and 1562).
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
        "name": "xiaotuan-txt",
        "repo": "fxq945000-creator/xiaotuan",
        "path": "隐私政策.txt",
        "commit": "4075204e95160671bcdbd1443e3dfe2e2ea2f5a8",
        "format": "txt",
        "region": "cn",
        "script": "hans",
        "placeholders": [
            (1, "（模板）", "template marker in the title"),
            (4, "2026年__月__日", "blank day and month of the effective date"),
            (6, "【请填写你的称呼或公司/个人名称】", "operator name slot"),
            (7, "【请填写你的联系邮箱】", "e-mail slot"),
            (23, "【请填写部署平台，如 Render】", "hosting platform slot"),
            (31, "【联系邮箱】", "e-mail slot, repeated"),
            (
                36,
                "本文件为模板，正式发布到应用商店前请按实际情况补全带【】的内容",
                "note to the publisher: the document calls itself a template and asks to fill the 【】 parts before release",
            ),
        ],
        "ambiguous": [],
        "look_alikes": [
            (5, "应用名称：小团·陪伴 — a filled app name next to the slots"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). A pet-companion app's policy published as the template with its 【请填写…】 slots and the closing note.",
    },
    {
        "name": "fitness-txt",
        "repo": "wua520/fitness-app-docs",
        "path": "隐私政策.txt",
        "commit": "c0c524cffe189e4d1ac9cc92827db8ec7705f1a0",
        "format": "txt",
        "region": "cn",
        "script": "hans",
        "placeholders": [
            (219, "support@yourapp.com", "template default e-mail (yourapp.com) in the account-deletion contact"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (18, "1.1.1.3 昵称（可选） — an optional data field, not a slot"),
            (289, "版权所有 2026 健录 — the controller named only by the brand, in the copyright line"),
        ],
        "notes": "Fitness-log app (健录); the controller is named only by its brand; the real e-mail is given in section 9, the template one in 5.3.2.",
    },
    {
        "name": "plist-txt",
        "repo": "lc80434052/plist",
        "path": "隐私政策.txt",
        "commit": "166bbdb28f6d7d325cf2160cc1e22c2f42ad70aa",
        "format": "txt",
        "region": "cn",
        "script": "hans",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (1, "本软件尊重并保护 — the operator is never named (本软件 throughout), a self-reference, not a template slot"),
            (6, "3.信息披露 — a heading followed by blank lines, then its items"),
        ],
        "notes": "A short step-count app policy adapted from a common website template (本网站 → 本软件); nobody is named, but no slot wording is left: a precision document for the unnamed-controller class.",
    },
    {
        "name": "webanalytics-md",
        "repo": "whydoIneedaname-cyber/whydoIneedaname-cyber.github.io",
        "path": "legal/privacy-policy.md",
        "commit": "d6b3564cd1803c382ee2ce08eeda1624ad22ea41",
        "format": "md",
        "region": "cn",
        "script": "hans",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (48, "请通过网站提供的联系方式与我们联系 — a deliberate pointer to the site's contact page, not a slot"),
            (76, "请通过网站提供的联系方式与我们联系 — the same in the contact section"),
        ],
        "notes": "Bilingual (zh + en) website analytics notice; the operator is never named ('we'): precision document.",
    },
    {
        "name": "perfectdays-md",
        "repo": "noharasui/PerfectDays",
        "path": "privacy_zh.md",
        "commit": "6166858ae4f2ca7902c72c83dffa0b5af6c9c68e",
        "format": "md",
        "region": "cn",
        "script": "hans",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (84, "如需行使上述权利，请通过应用内支持渠道与我们联系 — an in-app support channel, no slot"),
            (110, "如果您对本政策有任何疑问，请通过应用内支持渠道 — the same in the contact section"),
        ],
        "notes": "Diary app under APPI/GDPR; the controller is never named (本应用/我们): precision document for the unnamed-controller class.",
    },
    {
        "name": "synodocker-md",
        "repo": "jiw/SynoDocker",
        "path": "privacy_zh.md",
        "commit": "9cf37f48e5fe02bea72d5a27369ebd50d2ef5bfe",
        "format": "md",
        "region": "cn",
        "script": "hans",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (16, "## 1. 我们是谁 — answered with the app's Bundle ID only (brand-only controller)"),
            (18, "SynoDocker 的 Bundle ID — filled, no company named"),
        ],
        "notes": "iPhone NAS container manager; the controller is named only by the brand (SynoDocker): precision document.",
    },
    {
        "name": "cccloud-txt",
        "repo": "dinghaoran34/cccloud",
        "path": "隐私政策.txt",
        "commit": "9c1d9b0a5fb1180c24fe51cadd1b75df49f71474",
        "format": "txt",
        "region": "cn",
        "script": "hans",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (3, "更新日期：2026年9月 — a month without a day, filled"),
            (5, "CC网盘（以下简称\"我们\"） — the controller named only by the brand"),
            (50, "官网公布的联系渠道 — a pointer to the website, no slot"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). Cloud-drive service named only by its brand (CC网盘): precision document.",
    },
]


def _extract(doc: dict) -> bytes | None:
    base = os.path.join(MIRROR, doc["repo"].replace("/", "+"), "repo")
    git = os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base
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
            "format": doc["format"],
            "script": doc["script"],
            "region": doc["region"],
            "languages": ["zh", "en"] if doc["name"] == "webanalytics-md" else ["zh"],
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
