"""Issue #11, fifty-second session (u52p2): the false findings of eval/blind/round52d and eval/precision52, each class
from constructed forms both ways (Traditional, Simplified, English; text, Markdown, HTML, JS); the real documents stay
as regressions (the sets are not blind for these classes any more: m52p found them).

- `script-mixed`: 后 in a name its Latin twin calls a queen (「Fresh Queen 鮮后有關收集」, where 后有 reads as 後有), and that
  name elsewhere in the document (`rules.script_mixed.shared_forms.queen_names`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

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
