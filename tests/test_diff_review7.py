"""Defects a fresh-eyes review found in the seventh session's diff changes, both sides.

- One region or language code added as a list item (「- HK」 under 「存储于以下地区：」) is a change,
  not a language switcher; a line of links to the other editions still is noise.
- A title change whose title has no line of its own (YAML front matter) shows no "LNone".
"""

from __future__ import annotations

from pathlib import Path

from helpers import cli

_BASE = "# 示例应用隐私政策\n\n本政策说明我们如何处理您的信息。\n\n## 一、存储\n\n我们将您的个人信息存储于以下地区：\n\n- CN\n- TW\n\n## 二、联系我们\n\n邮箱：a@example.cn\n"


def _diff(tmp_path: Path, old: str, new: str, *args: str) -> tuple[int, str]:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    result = cli("diff", str(a), str(b), *args)
    return result.returncode, result.stdout


def test_a_region_code_added_to_a_list_is_a_change(tmp_path: Path) -> None:
    code, out = _diff(tmp_path, _BASE, _BASE.replace("- TW\n", "- TW\n- HK\n"), "--format", "text")
    assert code == 1 and "{+- HK+}" in out


def test_a_line_of_edition_links_is_still_noise(tmp_path: Path) -> None:
    new = _BASE.replace("# 示例应用隐私政策\n", "# 示例应用隐私政策\n\n[English](./en.md) | [繁體中文](./zh-Hant.md)\n")
    code, _ = _diff(tmp_path, _BASE, new)
    assert code == 0


def test_a_front_matter_title_change_names_no_line(tmp_path: Path) -> None:
    old = "---\ntitle: 麻将大师隐私政策\n---\n\n## 一、共享\n\n我们不会与第三方共享您的信息。\n"
    new = old.replace("麻将", "麻雀")
    for fmt in ("text", "markdown", "html", "rich"):
        code, out = _diff(tmp_path, old, new, "--format", fmt)
        assert code == 1 and "麻雀" in out and "LNone" not in out and "~ :" not in out, fmt
