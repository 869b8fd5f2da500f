"""u54k: 采 and 托, Traditional characters of their own and the Simplified forms of 採 and 託, reported by `script-mixed`
where their word makes them the Simplified form (采用, 采取, 委托) in a Traditional text that holds a Simplified-only
error already (`cli/policylens/rules/script_mixed/shared_forms.py` `pasted_leaks`; eval/precision54 garbi-tw-tsx: 联 reported, 采用,
采取, 委托 ×2 not).  Every text below is invented; the real page stays as a regression at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts

_ROOT = Path(__file__).resolve().parent.parent

_HEAD = "# 隱私權政策\n\n本公司重視您的隱私權，並依個人資料保護法蒐集、處理及利用您的個人資料。\n\n"
_LEAK = "如有疑問，請與我們联絡。\n\n"


def _excerpts(tmp_path: Path, body: str) -> list[str]:
    return rule_excerpts(tmp_path, _HEAD + body, "script-mixed", "privacy.md")


@pytest.mark.parametrize(
    ("sentence", "char"),
    [
        ("我們採用加密傳輸，並采取必要的安全措施保護您的資料。", "采"),
        ("您的個人資料采用嚴格的保護措施。", "采"),
        ("本公司得委托其他單位處理您的資料。", "托"),
        ("受托單位應負保密義務。", "托"),
    ],
)
def test_the_simplified_use_is_reported_beside_another_leak(tmp_path: Path, sentence: str, char: str) -> None:
    assert char in _excerpts(tmp_path, _LEAK + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "本活動內容精采，歡迎親子共同參與。",
        "展現品牌風采。",
        "本中心附設托兒服務。",
        "我們使用網站托管服務商儲存資料。",
        "商品將以宅配托運方式寄送。",
        "請勿騎乘摩托車前來。",
    ],
)
def test_the_traditional_words_are_never_reported(tmp_path: Path, sentence: str) -> None:
    found = _excerpts(tmp_path, _LEAK + sentence + "\n")
    assert "采" not in found and "托" not in found


@pytest.mark.parametrize("sentence", ["我們會采取必要的安全措施。", "本公司得委托其他單位處理您的資料。"])
def test_without_a_simplified_only_error_they_are_left_alone(tmp_path: Path, sentence: str) -> None:
    assert _excerpts(tmp_path, sentence + "\n") == []


def test_a_simplified_text_is_not_asked(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n我们会采取必要的安全措施，并委托第三方处理您的个人信息。\n"
    assert rule_excerpts(tmp_path, text, "script-mixed", "privacy.md") == []


def test_precision54_garbi() -> None:
    from policylens.check import CheckOptions, check_file

    report = check_file(str(_ROOT / "eval/precision54/garbi-tw-tsx/TermModal.tsx"), CheckOptions(no_config=True, select=("script-mixed",)))
    assert sorted((f.line, f.excerpt) for f in report.findings) == [(39, "托"), (53, "联"), (58, "采"), (61, "托"), (61, "采")]
