"""Issue #11, fifty-second session (u52p2): the false findings of eval/blind/round52d and eval/precision52, each class
from constructed forms both ways (Traditional, Simplified, English; text, Markdown, HTML, JS); the real documents stay
as regressions (the sets are not blind for these classes any more: m52p found them).

- `script-mixed`: 后 in a name its Latin twin calls a queen (「Fresh Queen 鮮后有關收集」, where 后有 reads as 後有), and that
  name elsewhere in the document (`rules.script_mixed.shared_forms.queen_names`).
- `date-format` "no date" while the date is beside the title with no label, a text file's lines joined: a date glued to
  the notice's name (「2025年8月30日私隱政策…」, a WordPress post header; 「隐私政策2024-12-03」) or starting the text right
  below the title (`structure.metadata.dates`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent
_ROUND = _ROOT / "eval" / "blind" / "round52d"

_INTRO = "我們重視您的個人資料，並只在您同意的情況下使用這些資料。"


def _hou(tmp_path: Path, name: str, source: str) -> list[tuple[int, int]]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, len(f.columns) or 1) for f in report.findings if f.rule == "script-mixed" and f.excerpt == "后"]


@pytest.mark.parametrize(
    ("body", "leaks"),
    [
        ("而此關於Fresh Queen 鮮后有關收集、使用和披露個人資料的政策會不時更新。", 0),
        ("透過Fresh Queen 鮮后網站及Fresh Queen 鮮后手機服務設備所收集的資料。", 0),
        ("透過鮮后（Queen）手機服務設備所收集的資料。", 0),  # the twin after the name
        ("透過「Dessert Queen」「甜后」手機程式所收集的資料。", 0),
        ("透過 Snow Empress 雪后手機程式所收集的資料。", 0),
        # the leaks around it are still reported
        ("Fresh Queen 鮮后的會員登入后即可查閱資料，之后我們會通知您。", 2),
        ("您登入后即可查閱及更正您的個人資料。", 1),
        ("Queen 是我們的品牌。您登入后即可查閱資料。", 1),  # Queen far from the 后
    ],
)
def test_a_queen_s_name_is_not_hou(tmp_path: Path, body: str, leaks: int) -> None:
    html = "<h1>私隱政策</h1>\n<p>" + _INTRO + "</p>\n<p>" + body + "</p>\n"
    assert sum(n for _, n in _hou(tmp_path, "privacy.html", html)) == leaks
    text = "私隱政策\n\n" + _INTRO + "\n\n" + body + "\n"
    assert sum(n for _, n in _hou(tmp_path, "privacy.txt", text)) == leaks


def test_the_name_elsewhere_in_the_document(tmp_path: Path) -> None:
    """Named with its twin once, 鮮后 alone later is the same name; a leak beside it is still one."""
    md = "# 私隱政策\n\n" + _INTRO + "\n\n本網站由 Fresh Queen 鮮后營運。\n\n鮮后有關收集資料的政策如下。登入后即可查閱。\n"
    assert _hou(tmp_path, "privacy.md", md) == [(7, 1)]
    js = "export const policy = `私隱政策\n\n本網站由 Fresh Queen 鮮后營運。\n\n鮮后手機程式所收集的資料。\n`;\n"
    assert _hou(tmp_path, "policy.js", js) == []


def test_without_a_twin_the_word_still_decides(tmp_path: Path) -> None:
    """No Queen anywhere: 「鮮后有關」 reads as 後有 (the old reading, kept: a name is not known without its twin)."""
    text = "私隱政策\n\n" + _INTRO + "\n\n登入后有關資料會同步。\n"
    assert sum(n for _, n in _hou(tmp_path, "privacy.txt", text)) == 1


def test_freshqueen_regression() -> None:
    """eval/blind/round52d freshqueen-hk-txt L14:64 and L24:40 were false errors (held out; Fresh Queen 鮮后)."""
    report = check_file(str(_ROUND / "holdout" / "freshqueen-hk-txt" / "page.txt"), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.rule == "script-mixed"] == []


# --- `date-format`: the date beside the title with no label, its lines joined -----------------------------------------


def _date(tmp_path: Path, name: str, source: str) -> str | None:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return parse_path(path).metadata.updated


@pytest.mark.parametrize(
    ("name", "source", "updated"),
    [
        # a WordPress post header: the date over the repeated title, a mailbox after (no blank line between)
        ("privacy.txt", "私隱政策\n\n2025年8月30日\n私隱政策\nx@gmail.com\n\n我們重視您的私隱。\n", "2025-08-30"),
        ("privacy.txt", "跳至內容\n\n私隱政策\n\n2025年8月30日\n私隱政策\nshop@gmail.com\n1. 前言\n\n我們重視您的私隱。\n", "2025-08-30"),
        # the notice's name with an ISO date glued to it, the first lines of the page joined
        (
            "privacy.txt",
            "移动端logo\n语言简体中文\n隐私政策\n隐私政策2024-12-03\n隐私条款 一、引言 本隐私条款说明我们如何处理您的信息。\n",
            "2024-12-03",
        ),
        ("privacy.txt", "隱私權政策｜2024年12月3日隱私權政策\n\n我們重視您的隱私。\n", "2024-12-03"),
        # a date alone right below the title, joined to the next line
        ("privacy.txt", "隐私政策\n2024-12-03\n我们重视您的隐私。\n", "2024-12-03"),
        ("privacy.txt", "隱私權政策\n2024年12月3日\n我們重視您的隱私。\n", "2024-12-03"),
        ("privacy.txt", "Privacy Policy\n\n2024-12-03\nWe value your privacy.\n", "2024-12-03"),
        ("privacy.md", "# 隐私政策\n2024-12-03\n我们重视您的隐私。\n", "2024-12-03"),
        ("privacy.html", "<h1>隱私政策</h1>\n<p>2024-12-03<br>我們重視您的隱私。</p>\n", "2024-12-03"),
        # negatives: a sentence or a range from the date, a date glued to another name, a date far below
        ("privacy.txt", "隐私政策\n\n2024-12-03起，我们将按本政策处理您的信息。\n", None),
        ("privacy.txt", "隐私政策\n\n2024年1月1日至2024年12月31日期间，我们举办活动。\n", None),
        ("privacy.txt", "隐私政策\n\n《个人信息保护法》2021-08-20通过，我们遵守它。\n", None),
        ("privacy.txt", "隐私政策\n\n我们重视您的隐私。\n\n隐私政策 2024-12-03 草稿，仅供内部审阅。\n", None),  # words after
        (
            "privacy.txt",
            "隐私政策\n\n我们重视您的隐私。\n\n"
            + "我们收集您的手机号码。\n\n" * 8
            + "见隐私政策2024-12-03版的附件。\n\n联系我们。\n\n谢谢。\n\n再见。\n",
            None,
        ),
    ],
)
def test_a_date_beside_the_title_with_no_label(tmp_path: Path, name: str, source: str, updated: str | None) -> None:
    assert _date(tmp_path, name, source) == updated


def test_precision52_regressions() -> None:
    """eval/precision52 hkershop-hk-txt:1 and tdin360-zh-txt:1 were false `date-format` infos ("no date")."""
    for doc in ("hkershop-hk-txt", "tdin360-zh-txt"):
        report = check_file(str(_ROOT / "eval" / "precision52" / doc / "page.txt"), CheckOptions(no_config=True))
        assert [f for f in report.findings if f.rule == "date-format"] == [], doc
