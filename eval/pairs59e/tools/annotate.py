"""Write pairs/*/annotation.json and annotations/expected.json of eval/pairs59e (u59e), by hand, before any run of
policylens: the diff pair (a Simplified and a Traditional edition of one page, as published together) and the compare
groups.  Rules of eval/pairs55d/56d: one change per edited sentence, list item or place; a renamed section title is a
change; markup, script conversion (简 -> 繁) and invisible characters alone are no change (listed `optional`, not
counted).  Usage: python3 tools/annotate.py  (from eval/pairs59e)"""

import hashlib
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parents[1]
VAR3D = "laoduandian/laoduandian.github.io"
VAR3D_COMMIT = "b3ad861059383d999bd292efdb940ee1745ffd1d"
PERLER = "meloncocoo/perlerbeads-support"
PERLER_COMMIT = "7596038a43f4340df70614c333a41a72b1ae8577"


def side(name: str, path: str, commit: str) -> dict[str, object]:
    data = (HERE / "sources" / name).read_bytes()
    return {"path": path, "commit": commit, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


PAIR = {
    "source": {
        "repo": VAR3D,
        "licence": "none stated (short evaluation excerpt)",
        "old": side("laoduandian-b3ad861-privacy-policy-zh.html", "privacy-policy-zh.html", VAR3D_COMMIT),
        "new": side("laoduandian-b3ad861-privacy-policy-zh-tw.html", "privacy-policy-zh-tw.html", VAR3D_COMMIT),
    },
    "note": (
        "Var3D工作室隐私政策: the Simplified page against the Traditional page published beside it (no Chinese page of"
        " this source changed across commits: 0b27964, 98fc905 and b3ad861 hold byte-identical files). Every line"
        " is the same text converted 简 -> 繁 (软件 -> 軟件 kept as the mainland word), except the places below,"
        " found by reading both and by an OpenCC t2s comparison of each line (not policylens)."
    ),
    "changes": [
        {
            "old_title": "顾客服务",
            "new_title": "客服",
            "old_text": "顾客服务",
            "new_text": "客服",
            "kind": "renamed",
            "note": "line 36: the heading 顾客服务 (customer service) shortened to 客服; its paragraph is the same text",
        }
    ],
    "optional": [
        {
            "line": 27,
            "old_text": "互联网协议（ “IP地址）",
            "new_text": "互聯網協議（ “IP”）地址）",
            "note": "punctuation only: a closing quote and parenthesis added after IP (a repair of the quoting)",
        },
        {
            "line": 31,
            "old_text": "Facebook连接服\u200b\u200b务",
            "new_text": "Facebook連接服務",
            "note": "two zero-width spaces inside 服务 on the old side only (invisible)",
        },
        {
            "line": 52,
            "old_text": "移动分析软件，",
            "new_text": "移動分析軟件\u200b\u200b，",
            "note": "two zero-width spaces after 軟件 on the new side only (invisible)",
        },
    ],
    "no_change": [
        "every other line: script conversion only (隐私 -> 隱私, 信息 -> 信息, 用户 -> 用戶 ...)",
        "line 16 holds two zero-width spaces (分析\u200b\u200b使用) on both sides",
        "the <title> and <h1>: 隐私政策 -> 隱私政策 (script)",
    ],
}

EXPECTED = {
    "written_before_any_run_on_these_files": True,
    "how": (
        "u59e, 2026-12-07: each edition read side by side, tags stripped; numbers, e-mail addresses and URLs listed"
        " per edition (all equal); the Chinese of var3d compared line by line after OpenCC t2s"
    ),
    "groups": {
        "var3d": {
            "editions": ["en", "zh-Hans", "zh-Hant"],
            "source": {"repo": VAR3D, "commit": VAR3D_COMMIT, "paths": ["privacy-policy.html", "privacy-policy-zh.html", "privacy-policy-zh-tw.html"]},
            "real": [],
            "borderline": [
                "VB1: the zh-Hant heading 客服 against zh-Hans 顾客服务 and en 'Customer Service' (the same section, shorter name)"
            ],
            "note": (
                "a machine translation of the English, paragraph for paragraph (the same 13 e-mail addresses, one URL,"
                " the same numbers): any sure entry is false unless it is VB1 (borderline)"
            ),
        },
        "perlerbeads": {
            "editions": ["en", "zh-Hans"],
            "source": {"repo": PERLER, "commit": PERLER_COMMIT, "paths": ["privacy-policy-en.html", "privacy-policy-zh.html"]},
            "real": [],
            "borderline": [],
            "note": (
                "a faithful translation, item for item, dated alike (December 1, 2025 / 2025年12月1日); the zh-Hans"
                " warning names the app 拼豆设计（PerlerBeads Designer）: any sure entry is false"
            ),
        },
    },
}


def ch(old_title, new_title, old_text, new_text, kind, note):
    return {"old_title": old_title, "new_title": new_title, "old_text": old_text, "new_text": new_text, "kind": kind, "note": note}


QUICK = "jaywcjlove/quick-rss"
DEVTUTOR = "jaywcjlove/devtutor"
ICONIZE = "jaywcjlove/IconizeFolder"
ALGO = "zzerostar/algoDemo.github.io"
CHROME_NOTE = (
    "idoc-built page (the Markdown rendered into a site template): the brand in the header, the menu, the footer's"
    " 'Generated by idoc vX' and the asset ?v= strings are site chrome, no change"
)
SECOND = [
    # (name, repo, path, old commit, new commit, ext, changes, optional, no_change, note)
    (
        "quickrss-md-title", QUICK, "privacy-policy.zh.md", "c777cfbbe032dcce131defe78c37b7808d6927c2",
        "9e438784cde8d493661436a8bc8ff3a4493a842c", "md",
        [ch("Quick RSS 隐私政策", "隐私政策", "Quick RSS 隐私政策", "隐私政策", "title", "the setext title (===) loses the app name (commit 'website: update title.')")],
        [], ["everything else byte-identical"], "2024-09-13, the day the project began",
    ),
    (
        "devtutor-md-rename", DEVTUTOR, "privacy-policy.zh.md", "2c50faf20c66f1c2c3f1beec61b6e2e78ceed536",
        "98caacb3dd96d2c64e926b1d9ef2cb3d3d480252", "md",
        [ch("隐私政策", "隐私政策", "欢迎使用「SwiftUI 教程」，本应用由 Kenny Wang 开发…", "欢迎使用「DevTutor」，本应用由 Kenny Wang 开发…", "modified", "the app renamed in the opening paragraph (line 10)")],
        [], ["everything else byte-identical"], "commit 'fix: rename swiftui-tutorial -> DevTutor' (2024-04-22)",
    ),
    (
        "quickrss-html", QUICK, "privacy-policy.zh.html", "eeeb59e2cb448e39bdd860eda30b8dbded4d5fd6",
        "a15f5386b10604a5e0ea49b463b74c29664eef27", "html",
        [ch("Quick RSS 隐私政策", "隐私政策", "Quick RSS 隐私政策", "隐私政策", "title", "the page's <h1> loses the app name (the Markdown's title change, rebuilt)")],
        [{"note": "<title> 'Quick RSS 隐私政策 Quick RSS' -> '隐私政策 Quick RSS 2.8.0' (the head's title: a title entry for it is optional)"}],
        [CHROME_NOTE, "header brand 'Quick RSS' -> 'Quick RSS <sup>2.8.0</sup>', menu About -> Feeds, footer idoc v1.33.2 -> v1.34.4", "meta keywords / og images"],
        "the first and the last build of the Chinese page (2024-09 -> 2026-08-21)",
    ),
    (
        "devtutor-html", DEVTUTOR, "privacy-policy.zh.html", "18c70468dfb5ee693a85c15a653e0b0911a5dfe0",
        "7f21caa454990cdd74176485c53a08034ee104e2", "html",
        [ch("隐私政策", "隐私政策", "欢迎使用「SwiftUI 教程」，本应用由 Kenny Wang 开发…", "欢迎使用「DevTutor」，本应用由 Kenny Wang 开发…", "modified", "the app renamed in the opening paragraph")],
        [{"note": "<title> '隐私政策 SwiftUI Tutorial' -> '隐私政策 DevTutor - SwiftUI 开发辅导' (head title: optional)"}],
        [CHROME_NOTE, "brand SwiftUI Tutorial -> DevTutor - SwiftUI 开发辅导 in the header, Github link, footer 'Projects •' link removed, idoc v1.31.0 -> v1.34.4", "meta description/keywords/og/twitter/apple-itunes-app"],
        "the first and the last build of the Chinese page",
    ),
    (
        "iconize-html", ICONIZE, "privacy-policy.zh.html", "5c14bd91d956cbe103e3f79bd0463946ca7b0ab6",
        "a51265dbdb442a3993b9ba7f33e7f93e2b559866", "html",
        [], [{"note": "<title> '隐私政策 Iconize Folder' -> '隐私政策 Iconize Folder 3.3.0' (head title: optional)"}],
        [CHROME_NOTE, "brand 'Iconize Folder' -> 'Iconize Folder <sup>3.3.0</sup>', idoc v1.33.2 -> v1.34.4", "the Markdown source has one version: the policy text is byte-identical"],
        "the first and the last of 31 builds (2024-12-12 -> 2026-01-08): expected clean, exit 0",
    ),
    (
        "algodemo-date", ALGO, "privacy-policy-zh-CN.html", "04f39624f959c89a4f6acab995910f000d3eb833",
        "ccee0031c0b11c4e5426d32c4212c85f00657bc2", "html",
        [ch("隐私政策", "隐私政策", "更新日期：2025年5月17日", "更新日期：2025年11月9日", "modified", "line 80: the update date (commit 'Updated the update time')")],
        [], ["everything else byte-identical (the page already ends 最后更新：2025年11月9日 on both sides)"], "",
    ),
]


def write_second() -> None:
    for name, repo, path, old, new, ext, changes, optional, no_change, note in SECOND:
        stem = name.split("-")[0]
        src_old = f"{stem}-{old[:7]}-{path}"
        src_new = f"{stem}-{new[:7]}-{path}"
        d = HERE / "pairs" / name
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "sources" / src_old, d / f"old.{ext}")
        shutil.copy(HERE / "sources" / src_new, d / f"new.{ext}")
        ann = {
            "source": {"repo": repo, "licence": "none stated (short evaluation excerpt)", "old": side(src_old, path, old), "new": side(src_new, path, new)},
            "note": note,
            "changes": changes,
            "optional": optional,
            "no_change": no_change,
        }
        (d / "annotation.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write_second()
    d = HERE / "pairs" / "var3d-zh-zhtw"
    d.mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "sources" / "laoduandian-b3ad861-privacy-policy-zh.html", d / "old.html")
    shutil.copy(HERE / "sources" / "laoduandian-b3ad861-privacy-policy-zh-tw.html", d / "new.html")
    (d / "annotation.json").write_text(json.dumps(PAIR, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "annotations" / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
