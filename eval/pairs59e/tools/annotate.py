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


def main() -> None:
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
