"""Hostile input, round 11: DOCX typed emphasis, suppression comments, user profiles on a terminal.

- A DOCX paragraph of 「**a 」 repeated: the typed-emphasis regex (`\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*`)
  ran its lazy `.+?` from every `**` to the end of the paragraph looking for a closer after a
  non-blank character (quadratic: a 200 KB paragraph took 105 s of CPU).  The pairs are now
  found by one pass and a bisection (`docx.typed_emphasis`), held to the regex below.
- A suppression comment whose rule list the reader did not read (「policylens-disable:
  placeholder-instruction」, upper case, in brackets, `placeholder_instruction`, a reason in
  Chinese) was read as naming no rule, so it disabled every rule to the end of the file:
  every finding after it was dropped and the check passed.  Now the list is read after a colon,
  `=`, brackets and full-width commas, case-insensitively; a list with no rule ID suppresses
  nothing and is reported, as is an ID that is no rule.
- `policylens profiles` and `explain PROFILE` wrote a user profile's text raw: ESC, BEL, an
  OSC title sequence, U+202E reached the terminal; `check --explain-coverage -f text` wrote a
  hint's newline raw (a line of its own in a one-line-per-item listing) and the file name
  unquoted.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import cli, parse_path
from policylens.load.docx.emphasis import _TYPED_EMPHASIS, typed_emphasis

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _one_docx(path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    """A DOCX of (style id, text) paragraphs."""
    body = "".join(
        "<w:p>"
        + (f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "")
        + f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for style, text in paragraphs
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
    return path


# --- DOCX typed emphasis --------------------------------------------------------------------

_PARTS = st.sampled_from(["*", "**", "***", " ", "a", "一", "\n", "\u3000", "\t", "b ", "資料"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PARTS, max_size=24).map("".join))
def test_typed_emphasis_finds_the_pairs_the_regex_finds(text: str) -> None:
    want = [(m.start(), m.start(1), m.end(1), m.end()) for m in re.finditer(_TYPED_EMPHASIS, text)]
    assert typed_emphasis(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "**a " * 5_000,  # openers, no closer: each `**` follows a space
        "**a " * 5_000 + "\nb**",  # the only closer is on another line
        "**一**二 " * 3_000,
        "***" * 5_000,
    ],
)
def test_typed_emphasis_on_long_runs_matches_the_regex(text: str) -> None:
    # (its time is bench_worst's budget: docx-typed-emphasis-line)
    want = [(m.start(), m.start(1), m.end(1), m.end()) for m in re.finditer(_TYPED_EMPHASIS, text)]
    assert typed_emphasis(text) == want


def test_a_docx_paragraph_of_unclosed_emphasis_keeps_its_text(tmp_path: Path) -> None:
    text = "**資料 " * 4_000
    doc = parse_path(_one_docx(tmp_path / "p.docx", [("", "隱私權政策"), ("", text)]))
    kept = "".join(p.text for s in doc.sections for p in s.paragraphs)
    assert text.strip() in kept


def test_typed_emphasis_is_still_dropped_from_a_title(tmp_path: Path) -> None:
    doc = parse_path(_one_docx(tmp_path / "t.docx", [("Heading1", "一、**我們如何收集資料**"), ("", "我們收集您的姓名。")]))
    section = next(s for s in doc.sections if s.title)
    assert section.title == "一、我們如何收集資料"


# --- suppression comments -------------------------------------------------------------------

_POLICY = "# 隱私權政策\n\n更新日期：2024年1月1日\n\n<!-- {directive} -->\n\n本公司將收集【公司名稱】的資料。\n\n## 二、聯絡\n\n請寄信至【電子郵件】。\n"


def _check(tmp_path: Path, directive: str) -> tuple[int, str, str]:
    path = tmp_path / "p.md"
    path.write_text(_POLICY.format(directive=directive), encoding="utf-8")
    result = cli("check", "--no-config", "-f", "text", "--select", "placeholder-instruction,date-format", str(path))
    found = [line for line in result.stdout.splitlines() if "placeholder-instruction" in line]
    return len(found), result.stdout, result.stderr


@pytest.mark.parametrize(
    "directive",
    [
        "policylens-disable: placeholder-instruction",
        "policylens-disable=placeholder-instruction",
        "policylens-disable（placeholder-instruction）",
        "policylens-disable [placeholder-instruction]",
        "policylens-disable PLACEHOLDER-INSTRUCTION",
        "policylens-disable date-format，placeholder-instruction",
        "policylens-disable placeholder-instruction -- 範本說明，發布前刪除",
        "policylens-disable\n  date-format\n  placeholder-instruction",
    ],
)
def test_a_rule_list_written_otherwise_names_its_rules(tmp_path: Path, directive: str) -> None:
    count, stdout, stderr = _check(tmp_path, directive)
    assert count == 0, stdout
    assert "warning" not in stderr, stderr


@pytest.mark.parametrize(
    ("directive", "said"),
    [
        ("policylens-disable placeholder_instruction", "names no rule ID"),
        ("policylens-disable 暫時關閉", "names no rule ID"),
        ("policylens-disable placeholder-instrucion", "'placeholder-instrucion', which is no rule"),
    ],
)
def test_a_directive_that_names_no_rule_suppresses_nothing_and_says_so(tmp_path: Path, directive: str, said: str) -> None:
    count, stdout, stderr = _check(tmp_path, directive)
    unsuppressed, _, _ = _check(tmp_path, "a note")
    assert count == unsuppressed > 0, stdout  # every slot reported (every rule was disabled to the end of the file)
    assert said in stderr and "line 5" in stderr, stderr
    assert stderr.count("policylens: warning:") == 1, stderr


@pytest.mark.parametrize("directive", ["policylens-disable", "policylens-disable -- 範本", "policylens-disable -->"])
def test_a_bare_disable_still_disables_every_rule(tmp_path: Path, directive: str) -> None:
    count, stdout, stderr = _check(tmp_path, directive.removesuffix(" -->"))
    assert count == 0, stdout
    assert "warning" not in stderr, stderr


# --- user profiles on a terminal ------------------------------------------------------------

_PROFILE = """schema = "policylens.profile/1"
id = "my-law"
title = "My \\u001b[31mlaw\\u202e"
law = "Law\\u0007 bell\\u001b]0;pwned\\u0007"
[[item]]
id = "contact"
name = "聯絡\\u001b[2J方式"
reference = "Art.\\u202e 1"
hint = "Add a contact\\nx.md:9:9: error placeholder-empty forged"
rule = "x"
[[item.cover]]
all = ['email']
"""


def _project(tmp_path: Path) -> Path:
    (tmp_path / "prof").mkdir()
    (tmp_path / "prof" / "my-law.toml").write_text(_PROFILE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["prof"]\n', encoding="utf-8")
    (tmp_path / "p.md").write_text("# 隱私權政策\n\n## 一、總則\n\n我們收集您的姓名。\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ("profiles",),
        ("explain", "my-law"),
        ("explain", "my-law/contact"),
        ("check", "p.md", "-p", "my-law", "-f", "text", "--explain-coverage"),
    ],
)
def test_a_user_profile_drives_no_terminal(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = cli(*args, cwd=_project(tmp_path))
    assert result.returncode in (0, 1), result.stderr
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in result.stdout, (raw, result.stdout)
    assert "␛" in result.stdout or "<U+202E>" in result.stdout
    if args[0] == "check":
        # one line per item: the hint's newline cannot forge a finding line
        assert not any(line.startswith("x.md:9:9") for line in result.stdout.splitlines()), result.stdout


def test_explain_coverage_quotes_an_odd_file_name(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    odd = folder / "a\nb.md"
    odd.write_text((folder / "p.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("check", "a\nb.md", "-p", "my-law", "-f", "text", "--explain-coverage", cwd=folder)
    lines = result.stdout.splitlines()
    assert any(line.startswith('"a\\nb.md": my-law: 0/1 covered') for line in lines), result.stdout
    assert not any(line.startswith("b.md") for line in lines), result.stdout


# --- long lines: a finding or a test per match that reaches to the end of the line -----------


def _findings(tmp_path: Path, text: str, rule: str) -> list[dict[str, object]]:
    import json

    path = tmp_path / "long.md"
    path.write_text(text, encoding="utf-8")
    result = cli("check", "--no-config", "-f", "json", "--select", rule, str(path))
    assert result.returncode in (0, 1), result.stderr
    return [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == rule]


def test_review_comments_on_one_line_end_where_the_next_begins(tmp_path: Path) -> None:
    # each ran to the end of its line: 216 KB of them gave 2.6 GB of JSON (bench_worst: md-review-comments-line)
    line = "Comment [JD1]: 这里需要法务确认 " * 2_000
    found = _findings(tmp_path, f"# 隐私政策\n\n{line}\n", "placeholder-review-comment")
    # (u42k2) the same comment on one line is one finding, its 2,000 columns listed (`check.repeats`)
    assert len(found) == 1 and found[0]["occurrences"] == len(set(found[0]["columns"])) == 2_000
    assert sum(len(str(f["excerpt"])) * f["occurrences"] for f in found) <= len(line)
    assert {f["excerpt"] for f in found} == {"Comment [JD1]: 这里需要法务确认"}


def test_a_review_comment_alone_still_runs_to_its_line_end(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n我们会保存您的信息。Comment [JD1]: 这里需要法务确认\n\n甲 Comment [JD2]: 是否有效 Comment [AB3]: 待定\n"
    found = _findings(tmp_path, text, "placeholder-review-comment")
    assert [(f["line"], f["column"], f["excerpt"]) for f in found] == [
        (3, 11, "Comment [JD1]: 这里需要法务确认"),
        (5, 3, "Comment [JD2]: 是否有效"),
        (5, 23, "Comment [AB3]: 待定"),
    ]


def test_dummy_addresses_on_one_line_are_one_finding_each(tmp_path: Path) -> None:
    # each slot was compared with every address of its line (bench_worst: md-dummy-address-line)
    found = _findings(tmp_path, "# 隐私政策\n\n" + "请联系>xxx@xxx.com</a>" * 1_500 + "\n", "placeholder-instruction")
    assert len(found) == 1 and found[0]["occurrences"] == 1_500  # (u42k2) one finding for the line (`check.repeats`)
    assert {f["excerpt"] for f in found} == {"xxx@xxx.com"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们请根据实际情况填写" * 3_000, True),  # the note, found on a long line (searched to the line's end per note)
        ("请根据实际情况填写" + "甲" * 100 + "，您的设置。", False),  # the user addressed in the clause: advice
        ("请根据实际情况调整您的设置。", False),
        ("请根据实际情况填写。", True),
    ],
)
def test_a_drafting_note_on_a_long_line(tmp_path: Path, text: str, expected: bool) -> None:
    found = _findings(tmp_path, f"# 隐私政策\n\n{text}\n", "placeholder-instruction")
    assert bool(found) is expected, found


# --- what a reader sees: a tree deeper than the terminal is wide ------------------------------


def _sized_titles(path: Path, count: int) -> Path:
    """A DOCX of `count` short titles, each in its own font size (the largest first), each over a body paragraph."""
    body = "".join(
        f'<w:p><w:r><w:rPr><w:sz w:val="{200 - k}"/></w:rPr><w:t>標題{k}</w:t></w:r></w:p>'
        f'<w:p><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t>{"我們會收集您的姓名與電話號碼，用於提供服務。" * 3}</w:t></w:r></w:p>'
        for k in range(count)
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
    return path


@pytest.mark.parametrize("columns", ["60", "120"])
def test_the_section_tree_shows_every_section_however_deep(tmp_path: Path, columns: str) -> None:
    # 60 font sizes made 60 levels; rich drew the tree until the indent filled the line and left the
    # rest out (標題30 … 標題59 at 120 columns)
    path = _sized_titles(tmp_path / "sizes.docx", 60)
    result = cli("parse", str(path), "-f", "rich", env={"COLUMNS": columns, "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    shown = set(re.findall(r"標題(\d+)", result.stdout))
    assert shown == {str(k) for k in range(60)}, sorted(shown, key=int)
    assert "level 59" in result.stdout  # the level is still written where the tree can nest no deeper


# --- Vue single-file components ---------------------------------------------------------------


@pytest.mark.parametrize("unclosed", ["<div>", "<div><section><ul><li>", "<table><tr><td>表格"])
def test_a_vue_template_closes_what_it_left_open(tmp_path: Path, unclosed: str) -> None:
    # an element left open inside <template> made the custom blocks after it read as the page's text
    path = tmp_path / "Privacy.vue"
    path.write_text(
        f"<template>\n  {unclosed}\n    <h2>一、總則</h2>\n    <p>我們收集您的姓名。</p>\n</template>\n\n"
        '<i18n>\n{"zh": {"note": "請在此處填寫公司名稱"}}\n</i18n>\n<docs>\n請填寫【公司名稱】\n</docs>\n',
        encoding="utf-8",
    )
    doc = parse_path(path)
    texts = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "我們收集您的姓名。" in texts
    assert "公司名稱" not in texts, texts
    assert any("<i18n>" in w for w in doc.warnings) and any("<docs>" in w for w in doc.warnings), doc.warnings


def test_a_nested_vue_template_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.vue"
    path.write_text(
        '<template>\n<div>\n<template v-if="zh"><p>我們收集您的姓名。\n</template>\n<p>我們保存三十天。</p>\n</div>\n</template>\n',
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["我們收集您的姓名。", "我們保存三十天。"]
