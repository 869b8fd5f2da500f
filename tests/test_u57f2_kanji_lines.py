"""(u57f2, issue #11) Short kana-less Japanese lines beside Japanese text are Japanese, not Chinese of the wrong script.

Both sides: a Japanese label or title without kana (「法的情報」, 「利用規約」, 「運営者：…」, 「手数料」) inside Japanese text gives no
`script-mixed`; a Chinese heading or line between Chinese paragraphs of a bilingual zh/ja page stays Chinese, and a
Simplified-only character (个, 运) keeps a line Chinese even in a Japanese section.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.check import CheckOptions, check_file
from policylens.structure.language import kanji_lines

_JA = "当社は、お客様の個人情報を適切に取り扱います。"
_ZH_HANS = "我们会依法保护您的个人信息，并按照本政策使用这些信息。"
_ZH_HANT = "我們會依法保護您的個人資料，並依照本政策使用這些資料。"


def _langs(text: str, tmp_path: Path, name: str = "p.md") -> list[tuple[str, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    return [(s.title or "", s.lang) for s in doc.sections] + [(p.text, p.lang) for s in doc.sections for p in s.paragraphs]


def _script_mixed(text: str, tmp_path: Path, name: str = "p.md") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f.message for f in report.findings if f.rule == "script-mixed"]


QUIET = {
    "label-in-ja-section": f"# 隐私政策\n\n{_ZH_HANS}\n\n## 日本語\n\n{_JA}\n\n運営者：株式会社サンプル\n\n法的情報\n\n{_JA}\n",
    "title-after-simplified": f"# 隐私政策\n\n{_ZH_HANS}\n\n利用規約\n\n{_JA}\n\n{_JA}\n",
    "heading-kana-less-section": f"# 隐私政策\n\n{_ZH_HANS}\n\n## 個人情報保護方針\n\n{_JA}\n\n## 運営者\n\n事業者名称\n\n## 利用目的\n\n{_JA}\n",
    "fee-in-traditional": f"# 隱私權政策\n\n{_ZH_HANT}\n\n## 請求方法\n\n{_JA}\n\n手数料\n\n{_JA}\n\n担当窓口\n\n{_JA}\n",
}


@pytest.mark.parametrize("text", QUIET.values(), ids=list(QUIET))
def test_a_kana_less_japanese_line_is_not_chinese_of_the_wrong_script(text: str, tmp_path: Path) -> None:
    assert _script_mixed(text, tmp_path) == []


def test_the_japanese_labels_are_japanese(tmp_path: Path) -> None:
    langs = dict(_langs(QUIET["label-in-ja-section"], tmp_path))
    assert langs["運営者：株式会社サンプル"] == "ja"
    assert langs["法的情報"] == "ja"
    assert langs[_ZH_HANS] == "zh"


STAYS_CHINESE = {
    # a Chinese heading and line between Chinese paragraphs of a zh/ja page
    "hant-between-hant": (f"# 日本語\n\n{_JA}\n\n# 繁體中文\n\n{_ZH_HANT}\n\n個人資料\n\n{_ZH_HANT}\n", "個人資料"),
    "compatible-between-hans": (f"# 日本語\n\n{_JA}\n\n# 简体中文\n\n{_ZH_HANS}\n\n目的\n\n{_ZH_HANS}\n", "目的"),
    # a line a Simplified text beside it could hold, after the Japanese part
    "hans-line-after-japanese": (f"# 日本語\n\n{_JA}\n\n目的\n\n{_ZH_HANS}\n", "目的"),
    # Simplified-only characters: not Japanese, even in a Japanese section
    "simplified-only-in-ja": (f"# 日本語\n\n{_JA}\n\n运营者：示例有限公司\n\n{_JA}\n", "运营者：示例有限公司"),
    "replaced-form-in-ja": (f"# 日本語\n\n{_JA}\n\n運營者：範例有限公司\n\n{_JA}\n", "運營者：範例有限公司"),
    # a long kana-less text is not a label
    "long-line": (f"# 日本語\n\n{_JA}\n\n{'個人情報保護' * 8}\n\n{_JA}\n", "個人情報保護" * 8),
}


@pytest.mark.parametrize(("text", "line"), STAYS_CHINESE.values(), ids=list(STAYS_CHINESE))
def test_a_chinese_line_beside_japanese_stays_chinese(text: str, line: str, tmp_path: Path) -> None:
    assert dict(_langs(text, tmp_path))[line] == "zh"


def test_a_page_without_japanese_is_left_as_it_was() -> None:
    langs: list[str | None] = ["zh", "zh"]
    per_paragraph: list[list[str | None]] = [["zh"], ["zh", "en"]]
    kanji_lines([(["利用規約"], ["法的情報"]), ([""], ["手数料", "Fee"])], langs, per_paragraph)
    assert (langs, per_paragraph) == (["zh", "zh"], [["zh"], ["zh", "en"]])


def test_simplified_page_still_reports_a_traditional_line(tmp_path: Path) -> None:
    """No Japanese on the page: 「運營者資料」 in a Simplified policy is still a Traditional line."""
    text = f"# 隐私政策\n\n{_ZH_HANS}\n\n運營者資料\n\n{_ZH_HANS}\n"
    assert _script_mixed(text, tmp_path)
