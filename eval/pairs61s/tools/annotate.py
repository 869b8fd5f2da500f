"""Write pairs/*/annotation.json and annotations/expected.json of eval/pairs61s (m61s, sixty-first session), by hand,
before any run of policylens: six version pairs of HTML privacy pages from the git history of four repositories and
three compare groups (en / zh-Hans editions of one commit). Shape copied from eval/pairs60e/tools/annotate.py.
Rules of eval/pairs55d/56d/59e/60e: one change per edited sentence, list item, table row or place; a changed title is
a change; an added or removed section counts one change per paragraph or item it holds (its heading goes with them);
markup (a <p> made an <li>, a bold label unbolded, a mailto link made plain text, a line split into two <p>), a
heading's renumbering after a removed section, reflow and whitespace alone are no change (listed `no_change` or
`optional`, not counted). The changed lines were listed from the two files with diff (not policylens) and each read.
Usage: python3 tools/annotate.py  (from eval/pairs61s)"""

import hashlib
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parents[1]
AOD = "aod-volume/aod-volume"
LEVELUP = "daniellqg/levelupindie-site"
CORNER = "yeechaowei/corner-app"
LEO = "leonard1853/LeoTech"
COMMITS = {
    "dd4eede": "dd4eede1660e5e0b0e105e51cac27d164b4506ca",
    "0e9d622": "0e9d6223e5b3d8f40ebdc3ec225d3b749d5617f7",
    "ed944b2": "ed944b2416fd232b56c92d0a722f2621001fe0c5",
    "430c5f0": "430c5f03010cc81a849e47ccd89a8d95e04e1fbd",
    "15d96b1": "15d96b13076b35b25febe2836a617f1c567d5022",
    "f9b50ad": "f9b50ad0689e7742a4204044d686999a0ab8b226",
    "46193a7": "46193a7255f31c857e7198b9ede0008c7b4b238f",
    "027c127": "027c1277974048269d4c7156fc2ec85f0920dbf1",
    "2945a44": "2945a449c58cc816bab52e12407fdf1a103dd014",
    "75e14ab": "75e14ab479c07d12ff54dcc4ca36e21e2cb21591",
}


def side(name: str, path: str, commit: str) -> dict[str, object]:
    data = (HERE / "sources" / name).read_bytes()
    return {"path": path, "commit": commit, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def ch(line: str, old_title: str, new_title: str, old_text: str, new_text: str, kind: str, note: str) -> dict[str, str]:
    """One annotated change; `line` is 'old L / new L' as diff lists them."""
    return {
        "line": line,
        "old_title": old_title,
        "new_title": new_title,
        "old_text": old_text,
        "new_text": new_text,
        "kind": kind,
        "note": note,
    }


LEO_CHILD_0 = "我们的应用程序不面向13岁以下的儿童。我们不会有意收集13岁以下儿童的任何信息。"
LEO_CHILD_1 = "我们的应用程序允许3岁以上但13岁以下的儿童使用。在使用本应用时，儿童应在监护人的指导下进行操作。我们不会有意收集13岁以下儿童的任何个人信息。"
LEO_CHILD_2 = "我们的应用程序不面向3岁以下的儿童。我们不会有意收集3岁以下儿童的任何信息。"
LEO_BACKUP = "备份和恢复通话记录：用于在本地设备上备份和恢复您的通话记录。"
LEO_READ = "READ_CALL_LOG：此权限对于在日历视图中组织通话记录至关重要，帮助用户检查和快速查找特定的通话记录。它还允许分析通话模式和统计数据，提升用户体验。"
LEO_WRITE = "WRITE_CALL_LOG：此权限对于应用的核心功能至关重要，包括备份和恢复通话记录。没有此权限，用户将无法充分利用应用的主要功能，即确保他们的通话历史得以保存并在需要时恢复。"

PAIRS = [
    # (name, repo, path, old, new, stem, changes, optional, no_change, note)
    (
        "aod-security-removed", AOD, "privacy-zh.html", "dd4eede", "0e9d622", "aod",
        [ch(
            "58-59 / -", "4. 如何保护您的信息", "",
            "4. 如何保护您的信息 / 我们采取合理的技术和组织措施来保护您的个人信息免受未经授权的访问、泄露或修改。然而，请理解，任何在线传输或电子存储方式都无法做到100%安全。",
            "", "removed",
            "the security section (its heading and its one paragraph) removed: one change",
        )],
        [],
        [
            "61 -> 58: the heading 「5. 本隐私政策的更新」 renumbered 「4. 本隐私政策的更新」 (renumbering after the removed section; body identical)",
            "64 -> 61: 「6. 联系我们」 renumbered 「5. 联系我们」 (body identical)",
            "everything else byte-identical",
        ],
        "commit 'update' (2024-11-14): a section removed from a five-section HTML policy, the later headings renumbered",
    ),
    (
        "levelup-date", LEVELUP, "privacy-zh.html", "ed944b2", "430c5f0", "levelup",
        [ch(
            "27 / 27", "隐私政策", "隐私政策", "更新日期：2025 年 10 月", "更新日期：2026 年 1 月", "modified",
            "the update date line (<p><em>…</em></p> under the <h1>)",
        )],
        [],
        ["everything else byte-identical"],
        "commit 'privacy terms date updated' (2026-01-06)",
    ),
    (
        "corner-email", CORNER, "privacy_policy_zh.html", "15d96b1", "f9b50ad", "corner",
        [ch(
            "138 / 138", "10. 联系方式", "10. 联系方式", "邮箱：haoyu.privacy@outlook.com", "邮箱：yeechaowei@163.com", "modified",
            "the contact e-mail (its text and its mailto target) replaced",
        )],
        [],
        ["everything else byte-identical"],
        "commit 'Update privacy_policy_zh.html' (2026-06-14): the contact address",
    ),
    (
        "leo-backup", LEO, "privacy_policy_zh.html", "46193a7", "027c127", "leo",
        [
            ch("31 / 31", "通信历 隐私政策", "通信历 隐私政策", "版本号：1.0 生效日期：2024年6月9日", "版本号：1.1 生效日期：2024年6月9日", "modified",
               "the version number 1.0 -> 1.1 (the line under the <h1>)"),
            ch("- / 49", "信息的使用", "信息的使用", "", LEO_BACKUP, "added", "a third purpose item added to the list"),
            ch("62 / 63", "儿童隐私", "儿童隐私", LEO_CHILD_0, LEO_CHILD_1, "modified",
               "the children clause rewritten: the app now allows children from 3 to 13 under a guardian's guidance"),
        ],
        [],
        ["everything else byte-identical"],
        "commit 'Update privacy_policy_zh.html' (2024-07-02): version 1.1",
    ),
    (
        "leo-permissions", LEO, "privacy_policy_zh.html", "027c127", "2945a44", "leo",
        [
            ch("31 / 31", "通信历 隐私政策", "通信历 隐私政策", "版本号：1.1 生效日期：2024年6月9日", "版本号：1.0 生效日期：2024年6月9日", "modified",
               "the version number 1.1 -> 1.0"),
            ch("- / 37", "", "权限说明", "", LEO_READ, "added",
               "a new section 权限说明 (heading line 36) after 简介: its first paragraph (READ_CALL_LOG)"),
            ch("- / 38", "", "权限说明", "", LEO_WRITE, "added", "the new section's second paragraph (WRITE_CALL_LOG)"),
            ch("49 / -", "信息的使用", "信息的使用", LEO_BACKUP, "", "removed", "the backup purpose item removed again"),
            ch("63 / 66", "儿童隐私", "儿童隐私", LEO_CHILD_1, LEO_CHILD_2, "modified",
               "the children clause rewritten: not directed at children under 3 (was: allows 3-13 with a guardian)"),
        ],
        [],
        ["everything else byte-identical"],
        "commit 'Update privacy_policy_zh.html' (2024-07-04): a permissions section",
    ),
    (
        "leo-restyle", LEO, "privacy_policy_zh.html", "2945a44", "75e14ab", "leo",
        [
            ch("- / 18", "权限说明", "权限说明", "",
               "CALL_PHONE：此权限允许应用直接拨打电话，使用户可以快速方便地从应用中拨打联系人电话。", "added",
               "a permission item added (the section is now a <ul>)"),
            ch("- / 19", "权限说明", "权限说明", "",
               "READ_CONTACTS：此权限允许应用访问通讯录，以便提供更好的数据展示和组织功能，例如在通话记录中显示联系人姓名。", "added",
               "a second permission item added"),
        ],
        [],
        [
            "the <style> block removed (no text)",
            "title and <h1> 「通信历 隐私政策」 -> 「通信历隐私政策」: a space removed (whitespace only)",
            "31 -> 10/11: the version and date line (one <p> with <br>) split into two <p>s, labels bold, values not: the same words",
            "37/38 -> 20/21: the READ_CALL_LOG and WRITE_CALL_LOG paragraphs made list items of the new <ul>, text identical",
            "43/44, 51/52 -> 27/28, 35/36: the bold labels of four list items unbolded (通话记录：…, 通讯录：…, 显示和组织通话记录：…, 数据展示：…)",
            "<h2 class=\"section-title\"> -> <h2>, every line indented: markup",
            "73 -> 57: 「电子邮件： <a href=mailto:…>tonghuajilu@yeah.net</a><br>」 -> 「电子邮件：tonghuajilu@yeah.net」: the link made plain text, the same address",
            "every section title and every other sentence identical",
        ],
        "commit 'Update privacy_policy_zh.html' (2024-07-15): the page rewritten with plainer markup (the noise source) and two permissions added",
    ),
]

EXPECTED = {
    "written_before_any_run_on_these_files": True,
    "how": "m61s, 2026-12-07: each edition read side by side in full (the text between <body> and </body>)",
    "groups": {
        "aod": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": AOD, "commit": COMMITS["0e9d622"], "paths": ["privacy-en.html", "privacy-zh.html"]},
            "real": [],
            "borderline": [],
            "note": "a faithful translation, section for section (5 sections, the same date 2024.11.14 and e-mail): any sure entry is false",
        },
        "levelup": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": LEVELUP, "commit": COMMITS["430c5f0"], "paths": ["privacy.html", "privacy-zh.html"]},
            "real": [
                "LR1: 你的权利 / Your Rights: zh-Hans 「查询、修改或删除你的个人信息」 (access, correction, deletion); en 'request access to or deletion of' (correction not named)",
            ],
            "borderline": [
                "LVB1: use item 3: en 'To improve our services, user experience, and matching logic'; zh-Hans 「用于改进平台体验与匹配机制」 (services not named)",
                "LVB2: the closing sentence: en 'This Privacy Policy may be updated from time to time.' + acceptance; zh-Hans 「若本隐私政策发生更新，你继续使用平台即视为接受」 (one sentence)",
            ],
            "note": "a translation with the same sections and items; the date (January 2026 / 2026 年 1 月) and e-mail agree; the language switch and footer links point at each other",
        },
        "corner": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": CORNER, "commit": COMMITS["f9b50ad"], "paths": ["privacy_policy_en.html", "privacy_policy_zh.html"]},
            "real": [],
            "borderline": [
                "CB1: the product named 皓隅（Corner） in zh-Hans, Corner in en; the developer 皓隅 App / Haoyu App (the same name, by script)",
            ],
            "note": "a faithful translation, 10 sections, the same date (2026年6月13日 / June 13, 2026), age 13, e-mail: any sure entry is false unless CB1 (borderline)",
        },
    },
}


def write_pairs() -> None:
    for name, repo, path, old, new, stem, changes, optional, no_change, note in PAIRS:
        src_old, src_new = f"{stem}-{old}-{path}", f"{stem}-{new}-{path}"
        d = HERE / "pairs" / name
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "sources" / src_old, d / "old.html")
        shutil.copy(HERE / "sources" / src_new, d / "new.html")
        ann = {
            "source": {
                "repo": repo,
                "licence": "none stated (short evaluation excerpt)",
                "old": side(src_old, path, COMMITS[old]),
                "new": side(src_new, path, COMMITS[new]),
            },
            "note": note,
            "changes": changes,
            "optional": optional,
            "no_change": no_change,
        }
        (d / "annotation.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_editions() -> None:
    for group, stem, commit, names in (
        ("aod", "aod", "0e9d622", ("privacy-en.html", "privacy-zh.html")),
        ("levelup", "levelup", "430c5f0", ("privacy.html", "privacy-zh.html")),
        ("corner", "corner", "f9b50ad", ("privacy_policy_en.html", "privacy_policy_zh.html")),
    ):
        d = HERE / "editions" / group
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "sources" / f"{stem}-{commit}-{names[0]}", d / "en.html")
        shutil.copy(HERE / "sources" / f"{stem}-{commit}-{names[1]}", d / "zh-Hans.html")
    (HERE / "annotations").mkdir(exist_ok=True)
    (HERE / "annotations" / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    write_pairs()
    write_editions()


if __name__ == "__main__":
    main()
