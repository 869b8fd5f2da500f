"""Write pairs/*/annotation.json and annotations/expected.json of eval/pairs60e (u60e), by hand, before any run of
policylens: five version pairs from the git history of two repositories and two compare groups (en / zh-Hans).
Rules of eval/pairs55d/56d/59e: one change per edited sentence, list item, table row or place; a changed title is a
change; markup (a link's target with the same link text), reflow (blank lines that split a Markdown paragraph),
whitespace and script conversion alone are no change (listed `optional` or `no_change`, not counted).
The changed lines were listed from the two files with Python's difflib (not policylens) and each read by hand.
Usage: python3 tools/annotate.py  (from eval/pairs60e)"""

import hashlib
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parents[1]
PILOT = "twisker/pilot-skill"
CYTON = "citahub/cyton-android"
LOKI = "loki4agent/loki-docs"
COMMITS = {
    "9f2c134": "9f2c13402d378a68cbaf4fdefc6353e762e8b4aa",
    "14e97a7": "14e97a78b3f13f87cab691c0f252c749c973d376",
    "a55893c": "a55893c69b6b5be0d9a78b6982f988ff3a402f67",
    "b4c1498": "b4c149889b739b5b265a9077df3504decd00700b",
    "1134b17a": "1134b17a96ba0b2c5541c3f22007e7ec0c4215b2",
    "1f2a1650": "1f2a1650bb78625614f37e26575ea98b850e721d",
    "1928efa2": "1928efa26d5645a70db20a57b35b30fe4a6873c1",
    "baa1f81": "baa1f81043ed924bbecf2c04f1d0448fa2b9d917",
}
PILOT_PATH = "docs/zh/privacy.md"
CYTON_PATH = "docs/zh-CN/privacy-policy.md"


def side(name: str, path: str, commit: str) -> dict[str, object]:
    data = (HERE / "sources" / name).read_bytes()
    return {"path": path, "commit": commit, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def ch(title: str, old_text: str, new_text: str, kind: str, note: str) -> dict[str, str]:
    return {"old_title": title, "new_title": title, "old_text": old_text, "new_text": new_text, "kind": kind, "note": note}


def cyton_rename() -> list[dict[str, str]]:
    """Commit 1928efa2 「Change name from Neuron to Cyton」: every line naming the wallet Neuron now names it Cyton.
    One change per edited line (each line is one paragraph sentence group or one list item; 25 lines)."""
    old = (HERE / "sources" / "cyton-1f2a1650-zh-CN-privacy-policy.md").read_text(encoding="utf-8").split("\n")
    new = (HERE / "sources" / "cyton-1928efa2-zh-CN-privacy-policy.md").read_text(encoding="utf-8").split("\n")
    # the sections (the old side's 一、… headings) of the 25 edited lines, by their line number (read by hand)
    sections = {1: "Neuron隐私政策", 7: "(preamble)", 8: "(preamble)", 9: "(preamble)", 10: "(preamble)"}
    for line in range(13, 19):
        sections[line] = "一、 我们收集您的哪些信息"
    sections[30] = "二、 我们如何使用您的信息"
    for line in (34, 35, 37, 39, 40):
        sections[line] = "三、 您如何控制自己的信息"
    for line in (54, 56):
        sections[line] = "五、 我们如何保护您的信息"
    for line in (61, 62):
        sections[line] = "六、 对未成年人的保护"
    for line in (65, 67):
        sections[line] = "七、 免责声明"
    for line in (72, 73):
        sections[line] = "八、 其他"
    out = []
    for line, title in sections.items():
        o, n = old[line - 1], new[line - 1]
        assert o != n and o.replace("Neuron", "Cyton") == n, line
        kind = "title" if line == 1 else "modified"
        note = f"line {line}: Neuron -> Cyton ({o.count('Neuron')}x)"
        out.append({"line": line, **ch(title, o, n, kind, note)})
    assert len(out) == 25
    return out


PAIRS = [
    # (name, repo, path, old, new, stem, changes, optional, no_change, note)
    (
        "pilot-whitelist", PILOT, PILOT_PATH, "9f2c134", "14e97a7", "pilot",
        [{"line": 15, **ch(
            "收集什么",
            "| 事件计数（白名单五种） | `install`（安装）/ … / `reco_dismissed`（推荐被拒绝） |",
            "| 事件计数（白名单六种） | `install`（安装）/ … / `reco_dismissed`（推荐被拒绝）/ `booking_link_shown`（预订链接呈现，仅带短码） |",
            "modified",
            "the table row of event counts: 五种 -> 六种 and a sixth event booking_link_shown added (commit 'privacy whitelist count 5→6')",
        )}],
        [],
        ["everything else byte-identical"],
        "a Markdown privacy statement with a table (2026-07-05, 21:20 -> 21:44)",
    ),
    (
        "pilot-scope", PILOT, PILOT_PATH, "14e97a7", "a55893c", "pilot",
        [{"line": 18, **ch(
            "收集什么",
            "| 产品编号与匹配度分 | `reco_impression` 附带 `product_id` 与匹配度分；`reco_dismissed` 只附带 `product_id` |",
            "| 产品编号与匹配度分 | … `reco_dismissed` 只附带 `product_id`。两者可另附 `scope`（…）与 `item_ref`（…，仅此而已，不含对话内容） |",
            "modified",
            "the table row 产品编号与匹配度分 gains a sentence: both events may carry scope and item_ref",
        )}],
        [],
        ["everything else byte-identical"],
        "commit 'feat(reco): 推荐频次两级化同步…telemetry scope' (2026-07-05 22:19)",
    ),
    (
        "pilot-links", PILOT, PILOT_PATH, "a55893c", "b4c1498", "pilot",
        [],
        [
            {"line": 3, "old_text": "[English](../en/privacy.md)", "new_text": "[English](https://twisker.github.io/pilot-skill/en/privacy.html)", "note": "the language switch's link target (same link text)"},
            {"line": 27, "old_text": "[cookie 指南](guide-cookies.md)", "new_text": "[cookie 指南](https://twisker.github.io/pilot-skill/zh/guide-cookies.html)", "note": "a cross-reference's link target (same link text) inside the cookie item"},
        ],
        ["no word a reader sees changed: only two link targets (relative .md -> the site's URL); expected clean, exit 0"],
        "commit 'docs: 站内文档互链改指向 GitHub Pages URL（而非 .md 源文件）' (2026-07-06)",
    ),
    (
        "cyton-blanklines", CYTON, CYTON_PATH, "1134b17a", "1f2a1650", "cyton",
        [],
        [],
        [
            "two blank lines inserted after line 3 (最近更新于：2018年6月29日): in Markdown the date line no longer runs into"
            " the next lines' paragraph (尊敬的用户：⏎Nervos基金会…), a reflow; no word changed; expected clean, exit 0",
        ],
        "commit 'Update privacy-policy.md' (2018-07-01), the policy's first edit",
    ),
    (
        "cyton-rename", CYTON, CYTON_PATH, "1f2a1650", "1928efa2", "cyton",
        None,  # filled by cyton_rename()
        [],
        ["the 55 other lines byte-identical (the date 2018年6月29日 unchanged)"],
        "commit 'Change name from Neuron to Cyton' (2019-01-14): the wallet renamed on 25 lines (title included)",
    ),
]

EXPECTED = {
    "written_before_any_run_on_these_files": True,
    "how": "u60e, 2026-12-07: each edition read side by side in full; code literals, numbers and URLs listed per edition",
    "groups": {
        "pilot": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": PILOT, "commit": COMMITS["b4c1498"], "paths": ["docs/en/privacy.md", "docs/zh/privacy.md"]},
            "real": [],
            "borderline": [
                "PB1: the zh-Hans table's first row names the code key `install_id`; the en row says 'Anonymous install id' without it",
            ],
            "note": (
                "a faithful translation, table row for table row and item for item (the same six events, 200 characters,"
                " sha256/16 hex, the same paths and env variable); the language-switch links point at each other: any"
                " sure entry is false unless it is PB1 (borderline)"
            ),
        },
        "loki": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": LOKI, "commit": COMMITS["baa1f81"], "paths": ["content/en/privacy.md", "content/zh/privacy.md"]},
            "real": [],
            "borderline": [
                "LB1: en 'cannot make outbound HTTP, AJAX, or WebSocket requests'; zh-Hans 'HTTP/WebSocket' (AJAX not named)",
                "LB2: the bold labels differ in wording: 'No Data Monetization' / 无第三方共享, 'No Keystroke/Scraped Data Logging' / 无键入数据收集",
            ],
            "note": (
                "a faithful translation with front matter (title, category, description translated; the same date"
                " 2026-07-11, order 99, the same two URLs): any sure entry is false unless it is LB1/LB2 (borderline)"
            ),
        },
    },
}


def write_pairs() -> None:
    for name, repo, path, old, new, stem, changes, optional, no_change, note in PAIRS:
        tail = path.replace("docs/", "").replace("/", "-")
        src_old, src_new = f"{stem}-{old}-{tail}", f"{stem}-{new}-{tail}"
        d = HERE / "pairs" / name
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "sources" / src_old, d / "old.md")
        shutil.copy(HERE / "sources" / src_new, d / "new.md")
        ann = {
            "source": {
                "repo": repo,
                "licence": "none stated (short evaluation excerpt)",
                "old": side(src_old, path, COMMITS[old]),
                "new": side(src_new, path, COMMITS[new]),
            },
            "note": note,
            "changes": cyton_rename() if changes is None else changes,
            "optional": optional,
            "no_change": no_change,
        }
        (d / "annotation.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_editions() -> None:
    for group, stem, commit, names in (
        ("pilot", "pilot", "b4c1498", ("en-privacy.md", "zh-privacy.md")),
        ("loki", "loki", "baa1f81", ("en-privacy.md", "zh-privacy.md")),
    ):
        d = HERE / "editions" / group
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "sources" / f"{stem}-{commit}-{names[0]}", d / "en.md")
        shutil.copy(HERE / "sources" / f"{stem}-{commit}-{names[1]}", d / "zh-Hans.md")
    (HERE / "annotations").mkdir(exist_ok=True)
    (HERE / "annotations" / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write_pairs()
    write_editions()


if __name__ == "__main__":
    main()
