"""Hostile input, round 60 (u60x): inputs written to break policylens, a fresh round.

- A script module read as text whose string holds U+2028 (or NEL, FF, VT, FS–RS) above a `// …` comment after code:
  `module_trailing_comments` counted lines with `str.splitlines`, so each comment was placed one line down per such
  character; the comment's own placeholder was reported, and a placeholder on the line below it, from the comment's
  column on, was dropped without a word.
- The same class in a Python source: `py_literals` placed each string literal by `str.splitlines` lines while Python's
  tokenizer counts lines at LF only, so a policy string holding U+2028 (NEL, FF…) took every literal below it from the
  wrong offset: 【公司名称】 on line 6 was reported on line 5, column 13.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli

_SEPARATORS = ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\x1e"]


def _findings(path: Path) -> list[str]:
    done = cli("check", str(path), "-f", "text", "--select", "placeholder-instruction", "--fail-on", "never")
    assert done.returncode == 0, done.stderr
    return [line.removeprefix(f"{path}:") for line in done.stdout.splitlines() if line.startswith(f"{path}:")]


@pytest.mark.parametrize("separator", _SEPARATORS)
def test_a_separator_in_a_string_does_not_move_a_trailing_comment(tmp_path: Path, separator: str) -> None:
    """The class: a line separator inside a script module's string, above a `// …` comment after code."""
    body = (
        "export const b = '本公司'; // 待定：【公司名称】\n"
        "export const c = '本公司名称为                        【公司名称】，请联系我们';\n"
    )
    plain, odd = tmp_path / "plain.ts", tmp_path / "odd.ts"
    plain.write_text("export const a = '甲乙';\n" + body, encoding="utf-8")
    odd.write_text(f"export const a = '甲{separator}乙';\n" + body, encoding="utf-8")
    # what must fire: the placeholder on line 3; what must stay quiet: the developer's note on line 2
    assert _findings(plain) == ["3:49: error placeholder-instruction 模板文字未填写：【公司名称】"]
    assert _findings(odd) == _findings(plain)


_PY_POLICY = [
    "PRIVACY = [",
    "    '隐私政策',",
    "    '更新日期：2024年1月1日{sep}生效',",
    "    '一、我们收集的信息',",
    "    '本公司【公司名称】收集您的手机号码。',",
    "    '二、联系我们',",
    "    '请联系XXX@example.com。',",
    "]",
    "",
    "def f():",
    "    return '本公司【公司名称】'  # 注释：【待补充】",
    "",
]


@pytest.mark.parametrize("separator", _SEPARATORS)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_separator_in_a_python_string_keeps_every_literal_in_place(tmp_path: Path, separator: str, newline: str) -> None:
    """The class: a line separator inside a Python string literal, under every line end."""
    plain, odd = tmp_path / "plain.py", tmp_path / "odd.py"
    plain.write_bytes(newline.join(_PY_POLICY).format(sep="，").encode("utf-8"))
    odd.write_bytes(newline.join(_PY_POLICY).format(sep=separator).encode("utf-8"))
    expected = [
        "5:9: error placeholder-instruction 模板文字未填写：【公司名称】",
        "7:9: error placeholder-instruction 模板文字未填写：XXX@example.com",
        "11:16: error placeholder-instruction 模板文字未填写：【公司名称】",
    ]
    assert _findings(plain) == expected
    assert _findings(odd) == expected
