"""The hand annotations of eval/dev4 (drafting leftovers, issue #11): source of truth.

`python3 eval/dev4/annotate4.py` re-extracts every policy file byte-exact from the fetched
snapshot (`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is
there, checks that every placeholder text occurs on its line, and rewrites annotation.json.
Two documents (zhimu-md, partiverse-md) had no snapshot: they were rebuilt from the search
index's stored text of the blob (character counts checked; line endings unverifiable).
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
        "name": "lifeatlas-md",
        "repo": "Sarfffff/LifeAtlas",
        "path": "docs/隐私政策草案.md",
        "commit": "541e17ef46b2ae598592e1635fbef783162c9d88",
        "license": NONE,
        "placeholders": [
            (1, "隐私政策草案", "the title says the text is a draft"),
            (3, "正式发布前应结合实际上架平台要求", "note to the author: confirm before release"),
            (40, "正式发布前，需要在应用市场隐私合规材料中补充", "instruction to the author: add the SDK details"),
            (73, "正式发布前应补充开发者联系方式", "instruction to the author: contact, SDK list, date missing"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (48, "用户确认后才会执行导入 — the user confirms an import, not a to-do"),
            (18, "本地优先开关状态 — 状态 is a setting's state, not a status line"),
        ],
        "notes": "Local-first life-log app; a policy draft kept in docs/, with three notes telling the author what to add before release.",
    },
    {
        "name": "catdiary-md",
        "repo": "Harukain/CatDiary",
        "path": "docs/legal/PRIVACY_POLICY_DRAFT.md",
        "commit": "8d3931cf8737456e451b66f1e719defc02e03711",
        "license": NONE,
        "placeholders": [
            (1, "（草稿）", "draft marker in the title"),
            (4, "<YYYY-MM-DD，待确认>", "effective date slot"),
            (5, "发布状态：草稿，待产品所有者与合规确认，不可直接发布", "status line"),
            (7, "<运营主体法定名称，待确认>", "operator name slot"),
            (8, "<运营主体联系地址，待确认>", "address slot"),
            (9, "<privacy@your-domain.example，待确认>", "privacy e-mail slot"),
            (10, "<support@your-domain.example，待确认>", "support e-mail slot"),
            (53, "<腾讯云实际地域，待确认>", "storage region slot"),
            (91, "<privacy@your-domain.example，待确认>", "e-mail slot in a sentence"),
            (109, "<privacy@your-domain.example，待确认>", "e-mail slot in the contact list"),
            (110, "<support@your-domain.example，待确认>", "e-mail slot in the contact list"),
        ],
        "ambiguous": [73],
        "look_alikes": [
            (23, "通知偏好、推送发送记录和家庭级飞书 Webhook 配置状态 — 状态 as data"),
            (85, "访问、更正、补充或删除 — 补充 is a user right"),
        ],
        "notes": "Cat-care app; angle-bracket slots with 待确认 everywhere, a status line. Line 73 (以发布前确认版本为准) is a hedge on the vendor list: ambiguous.",
    },
    {
        "name": "tianfutong-md",
        "repo": "lichaotao-gif/tianfutong-future-edu",
        "path": "docs/家长端隐私政策（草稿）.md",
        "commit": "3ef2a43328c13c167835e623bef773f21580f160",
        "license": NONE,
        "placeholders": [
            (3, "业务草稿 v0.2（未经法律审核，不得直接上线）", "status line"),
            (122, "___", "retention period left blank"),
            (124, "___", "retention period left blank"),
            (155, "______", "contact fields left blank"),
            (167, "法务定稿前须重点确认", "a section of notes for the lawyer"),
            (173, "待补内容", "to-do item: data still to be added"),
            (177, "____年__月__日", "effective date blank"),
        ],
        "ambiguous": [169, 170, 171, 172],
        "look_alikes": [
            (47, "待确认提醒 — a kind of notification (a lesson waiting for confirmation), not a to-do"),
            (36, "课时确认记录 — data item"),
            (94, "课时确认与销课结算依据 — data use"),
        ],
        "notes": "Education platform, parent-side policy (zh-Hans) with a closing section of notes for the lawyer (lines 167-173); items 1-4 are review notes (ambiguous), item 5 says what is still to be added.",
    },
    {
        "name": "zhimu-md",
        "repo": "Caligula-597/zhimu-narrative-platform",
        "path": "docs/legal/PRIVACY_ZH.md",
        "commit": "8ea48c4b8130f68d0859586d6731db596852d857",
        "license": NONE,
        "placeholders": [
            (1, "（草案）", "draft marker in the title"),
            (3, "**状态**：公开 Beta 前法务稿", "status line with a note to keep in step with another file"),
        ],
        "ambiguous": [14],
        "look_alikes": [
            (37, "私有草稿 — the users' own drafts, not the policy's status"),
            (26, "（托管区域见部署说明） — a pointer, filled"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). Line 14 社交（若启用） hedges a feature: ambiguous.",
    },
    {
        "name": "partiverse-md",
        "repo": "Partiverse/partiverse",
        "path": "docs/隐私政策草案.md",
        "commit": "dc14c1e70df99a53a6117c0211bf2186c796383e",
        "license": NONE,
        "placeholders": [
            (1, "(草案 v0.1)", "draft marker in the title"),
            (3, "状态:草案,待法务终审", "status line"),
            (33, "本政策为草案;正式版随 V1 发布经法务审订", "note: operator details still to be added"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (22, "(V1 起,默认关闭) — half-width parentheses, a feature note"),
        ],
        "notes": "Rebuilt from the search index's stored text (no snapshot). Half-width punctuation throughout (状态:草案,待法务终审).",
    },
    {
        "name": "healthchecker-md",
        "repo": "YankeSun/Personal-Health-Checker",
        "path": "compliance/PRIVACY_POLICY_DRAFT.md",
        "commit": "102d6f4f9b6882257d056a753f0a0e49d77a3a85",
        "license": NONE,
        "placeholders": [],
        "ambiguous": [3],
        "look_alikes": [
            (9, "（以微信公众平台登记主体为准） — a hedge on a filled name, not a slot"),
            (18, "可选 `unionid` — an optional field"),
            (80, "可选邮件发送服务 — optional service"),
        ],
        "notes": "Rebuilt from the search index's stored text (the snapshot's history does not hold the path). Filled-in: a precision document. Line 3 (Alpha/体验版阶段…正式发布仍应以…为准) is ambiguous.",
    },
]

# The second batch: 8 policies from `docs/legal/隐私政策.md` in the code index, checked with policylens
# *before* they were read (13 / 19 found, 0 false positives), then annotated; the misses were then fixed.
P = "docs/legal/隐私政策.md"
DOCS += [
    {
        "name": "xiaozhen-md", "repo": "Chailang/love", "path": P, "commit": "4ff40f715584c2f898fb8155d96352e5586763df",
        "license": NONE,
        "placeholders": [
            (3, "模板初稿，上线前须法务/律师审核", "status line"),
            (4, "v0.1-draft", "draft version"),
            (5, "待定", "effective date to be decided"),
            (6, "【请填写公司全称】", "operator slot"),
            (7, "【请填写隐私/法务邮箱】", "e-mail slot"),
            (13, "【运营主体名称】", "operator name slot being defined (以下简称「我们」)"),
            (41, "（请按实际上线清单维护）", "instruction in a heading"),
            (43, "上线前须替换为真实清单", "instruction: replace the sample SDK table"),
            (47, "【待填写】", "SDK table row of slots"),
            (48, "【待填写】", "SDK table row of slots"),
            (94, "【请填写保留策略，如 N 个月】", "retention slot"),
            (139, "【请填写】", "contact slot"),
            (140, "【请填写】", "contact slot"),
            (141, "【请填写】", "contact slot"),
            (142, "【请填写，可选】", "contact slot"),
            (155, "请在 App 上架前核对", "instruction to the author"),
            (159, "（模板）", "template marker after the date"),
        ],
        "ambiguous": [28, 146],
        "look_alikes": [(39, "（若您授权） — a condition for the user"), (105, "更正、补充 — a user right")],
        "notes": "Dating app template published half-filled. Line 28 （以产品实际字段为准） and line 146 （与实际上架清单保持一致） are hedges addressed to the author: ambiguous.",
    },
    {
        "name": "afterzero-md", "repo": "Jenkjyu/after-zero", "path": P, "commit": "585a2415b5cc17e2b676187732ac85b0d95b0252",
        "license": NONE,
        "placeholders": [(1, "起草说明（非正文，正式发布前请删除本段）", "drafting note at the top")],
        "ambiguous": [],
        "look_alikes": [(63, "识别草稿 — the AI feature's drafts (data), not the policy's status")],
        "notes": "Debt tracker; filled in apart from the drafting note above the title.",
    },
    {
        "name": "campus-md", "repo": "KMJ1N9/SHM", "path": P, "commit": "05641377ad2915d0bc5d983b7e2f13269d65dfe4",
        "license": NONE,
        "placeholders": [(176, "暂未开通，后续补充", "e-mail contact to be added later")],
        "ambiguous": [109],
        "look_alikes": [(59, "订单状态跟踪 — a state the service tracks")],
        "notes": "Campus second-hand market. Line 109 (MVP 阶段说明, pointing to an internal architecture document) is ambiguous.",
    },
    {
        "name": "solosoul-md", "repo": "Gczmy/SoloSoul", "path": P, "commit": "d3c35a4b5c9e7d396337ef40b93383a43bf470c2",
        "license": NONE, "placeholders": [], "ambiguous": [], "look_alikes": [],
        "notes": "Local-first app; filled in (precision document).",
    },
    {
        "name": "nianlun-md", "repo": "OldManDing/xiaoman-life-archive-app", "path": P,
        "commit": "637e54fd9449ee0d61299d25ad124aec55806789", "license": NONE, "placeholders": [], "ambiguous": [19, 39],
        "look_alikes": [],
        "notes": "Short policy written partly as requirements (平台应…, 运营方应…): lines 19 and 39 ambiguous, not slots.",
    },
    {
        "name": "lianpin-md", "repo": "techshared/D-HRS", "path": P, "commit": "c8c9b3118ba7e1b66d0bce0b4ceab5b12e98d1b5",
        "license": NONE, "placeholders": [], "ambiguous": [], "look_alikes": [],
        "notes": "HR system; filled in (precision document).",
    },
    {
        "name": "xico-md", "repo": "yaokai4/XicoClean", "path": P, "commit": "403859d17141ca3d4e5fefeb03824f23cdbe0e4c",
        "license": NONE, "placeholders": [], "ambiguous": [], "look_alikes": [],
        "notes": "Mac cleaner; filled in (precision document).",
    },
    {
        "name": "hezeyun-md", "repo": "zhangtantan996/home-decoration", "path": P,
        "commit": "c5d51cc9f3aa2f86490328f0596534084fad5043", "license": NONE, "placeholders": [], "ambiguous": [],
        "look_alikes": [(47, "若后续重新启用相关能力 — a condition, filled")],
        "notes": "Home decoration platform with front matter; filled in (precision document).",
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
            "source": {"repo": doc["repo"], "path": doc["path"], "commit": doc["commit"], "license": doc["license"]},
            "format": "md",
            "script": "hans",
            "region": "cn",
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
