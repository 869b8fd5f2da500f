"""Hostile input, round 14 (c12h): a script literal's escapes as JavaScript reads them.

Two classes of `load.scripts.read_literal`, which reads the string literals of a page's scripts (the data of a Vue
or uni-app page, the i18n dictionaries the placeholder rules read):

- an astral character written as a surrogate pair of escapes, `'\\uD83D\\uDE00'` (what `JSON.stringify` with
  ASCII output, Babel and many minifiers write), was decoded to two lone surrogates: every format but `parse -f json`
  then failed to encode the text (`cannot be read (UnicodeEncodeError …)`, exit 2; `parse -f json` an internal
  error after part of its output).  The pair is now one character (its source twelve columns wide); a lone surrogate
  is U+FFFD, as a browser shows it;
- a line continuation (a backslash before the line's end) was read only before LF: in a CRLF file (or before U+2028,
  U+2029) the literal was taken as left open, so a Vue page's data was not read (the page fell back to the
  「produced by script」 warning and its findings were lost).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli
from policylens.load.scripts import positions, read_literal

PAGE = """<template>
  <view>
    <view v-for="s in sections">
      <text class="section-title">{{{{ s.title }}}}</text>
      <text>{{{{ s.content }}}}</text>
    </view>
  </view>
</template>
<script>
export default {{ data() {{ return {{ sections: [
  {{ title: '一、信息收集', content: {content} }},
] }} }} }}
</script>
"""


def _read(literal: str) -> tuple[str, list[tuple[int, int, int, int | None]]]:
    found, _ = read_literal(literal, 0, literal[0], positions(literal, 1, 1))
    assert found is not None
    text, pieces = found
    return text, [(p.offset, p.length, p.column, p.width) for p in pieces]


@pytest.mark.parametrize(
    ("literal", "text"),
    [
        ("'\\uD83D\\uDE00'", "\U0001f600"),  # a pair: one character
        ("'a\\ud83d\\ude00b'", "a\U0001f600b"),  # lower-case hex
        ("'\\uD83D'", "\ufffd"),  # a lone high surrogate
        ("'\\uDE00\\uD83D'", "\ufffd\ufffd"),  # the halves in the wrong order
        ("'\\uD83Dx\\uDE00'", "\ufffdx\ufffd"),  # split by a character
        ("'\\u{D83D}'", "\ufffd"),  # the brace form of a surrogate
        ("'\\u{1F600}'", "\U0001f600"),  # look-alikes that were already right
        ("'\\u{0000006211}'", "我"),  # leading zeros (JavaScript takes any number)
        ("'\\u4e00\\u4e01'", "一丁"),
        ("'\\x41'", "A"),
    ],
)
def test_surrogate_escapes_decode_to_characters(literal: str, text: str) -> None:
    assert _read(literal)[0] == text


def test_a_surrogate_pair_is_one_character_twelve_columns_wide() -> None:
    text, pieces = _read("'我\\uD83D\\uDE00们'")
    assert text == "我\U0001f600们"
    assert pieces == [(0, 1, 2, None), (1, 1, 3, 12), (2, 1, 15, None)]


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r", "\u2028", "\u2029"])
def test_a_line_continuation_before_any_line_terminator(end: str) -> None:
    text, pieces = _read(f"'第一段\\{end}续行'")
    assert text == "第一段续行"
    if end in ("\r\n", "\n"):  # (the HTML reader makes a lone CR a LF; U+2028 ends no line of the file)
        assert pieces[-1][2] == 1  # 续行 starts its own line


@pytest.mark.parametrize("quote", ["'", '"'])
def test_a_string_left_open_at_a_crlf_is_still_no_literal(quote: str) -> None:
    literal = f"{quote}第一段\r\n续行{quote}"
    assert read_literal(literal, 0, quote, positions(literal, 1, 1))[0] is None


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "rich"])
def test_a_vue_page_with_an_emoji_written_as_a_pair_is_checked(tmp_path: Path, fmt: str) -> None:
    page = tmp_path / "p.vue"
    page.write_text(PAGE.format(content="'\\uD83D\\uDE00 我们收集【公司名称】的信息\\uD800。'"), encoding="utf-8")
    run = cli("check", str(page), "--no-config", "--format", fmt)
    assert run.returncode == 1, run.stderr
    assert "UnicodeEncodeError" not in run.stdout + run.stderr
    if fmt == "json":
        (finding,) = [f for f in json.loads(run.stdout)["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]
        line = page.read_text(encoding="utf-8").split("\n")[finding["line"] - 1]
        assert line[finding["column"] - 1 : finding["end_column"] - 1] == "【公司名称】"


def test_parse_json_of_a_page_with_a_lone_surrogate_escape(tmp_path: Path) -> None:
    page = tmp_path / "p.vue"
    page.write_text(PAGE.format(content="'我们收集信息\\uDE00。'"), encoding="utf-8")
    run = cli("parse", str(page), "--format", "json")
    assert run.returncode == 0, run.stderr
    (section,) = json.loads(run.stdout)["sections"]
    assert section["paragraphs"][0]["text"] == "我们收集信息\ufffd。"


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_a_crlf_vue_page_with_a_continued_string_is_read_from_its_data(tmp_path: Path, newline: str) -> None:
    page = tmp_path / "p.vue"
    text = PAGE.format(content="'我们收集\\\n【公司名称】的信息。'")
    page.write_bytes(text.replace("\n", newline).encode("utf-8"))
    run = cli("check", str(page), "--no-config", "--format", "json")
    assert "produced by script" not in run.stderr
    (finding,) = [f for f in json.loads(run.stdout)["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]
    lines = text.split("\n")
    assert finding["line"] == 12 and lines[11].startswith("【公司名称】")
    assert (finding["column"], finding["end_column"]) == (1, 7)
