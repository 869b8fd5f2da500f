"""What users see (twenty-eighth session, u28u): the renderers' and messages' classes, both sides of each."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from helpers import cli
from policylens.profiles.coverage import Evidence
from policylens.render.compare import describe
from policylens.render.coverage import not_required


def _evidence(line: int, text: str) -> Evidence:
    return Evidence("s1", "個人資料", line, 1, text, ())


def test_an_item_not_required_names_its_condition_as_a_condition_not_as_the_reason() -> None:
    """Class: the n/a row of `--explain-coverage` printed the item's trigger after "not required:" ("not required: The
    policy says it obtains personal data from third parties"), which reads as the reason, the opposite of what it
    means; a line that rules the item out is cited instead of the condition it contradicts."""
    condition = "The policy says it obtains personal data from third parties or other people."
    text = not_required(condition, None)
    assert text.startswith("not required: applies only when: The policy says")
    assert not text.startswith("not required: The policy says")
    ruled = not_required("The policy says it collects sensitive personal information.", _evidence(12, "本服務不處理敏感個人資料。"))
    assert ruled == "not required: ruled out at L12: 本服務不處理敏感個人資料。"
    assert "collects sensitive" not in ruled
    assert not_required("", None) == "not required"


def test_explain_coverage_text_and_rich_say_applies_only_when(tmp_path: Path) -> None:
    """The same class through `check --explain-coverage` (text and rich): the conditional item of tw-pdpa that a
    policy without any third-party source does not need (eval dev23g dentall-tw-html had it)."""
    policy = tmp_path / "p.md"
    policy.write_text("# 隱私權政策\n\n本公司蒐集您的姓名與電子郵件，用於會員管理。\n", encoding="utf-8")
    for fmt in ("text", "rich"):
        out = cli(
            "check", str(policy), "--profile", "tw-pdpa", "--explain-coverage", "-f", fmt, "--fail-on", "never", env={"COLUMNS": "200"}
        ).stdout
        assert "tw-pdpa/source" in out
        assert "applies only when: The policy says it obtains" in out, fmt
        assert "not required: The policy says" not in out, fmt


def _divergence(changes: list[dict[str, Any]], *, renamed: bool) -> dict[str, Any]:
    return {
        "kind": "section-content",
        "edition": "zh-Hans.2025-03-17",
        "base": "zh-Hant.2025-03-17",
        "section": {"title": "2.2 數據處理方式", "line": 31},
        "other": {"title": "2.2 数据收集范围", "line": 30},
        "renamed": renamed,
        "topics": [],
        "changes": changes,
        "confidence": 1.0,
    }


@pytest.mark.parametrize(
    ("changes", "renamed", "expected"),
    [
        # eval/editions27 zoracam: the zh-Hans 2.2 carries 2.1's heading, its one paragraph only re-worded
        ([{"reworded": True}], True, "heading differs: 2.2 數據處理方式 (L31) → 2.2 数据收集范围 (L30), 1 paragraph reworded"),
        ([{}, {"reworded": True}, {"reworded": True}], False, "content differs: 2.2 數據處理方式 (L31), 1 change, 2 paragraphs reworded"),
        # the look-alikes keep their wording: real changes under a renamed heading, and plain changes
        ([{}], True, "content differs: 2.2 數據處理方式 (L31) → 2.2 数据收集范围 (L30), 1 change"),
        ([{}, {}], False, "content differs: 2.2 數據處理方式 (L31), 2 changes"),
    ],
)
def test_a_divergence_never_says_content_differs_with_zero_changes(changes: list[dict[str, Any]], renamed: bool, expected: str) -> None:
    """Class: `compare` printed "content differs: A → B, 0 changes" when every paragraph was only re-worded (the
    count leaves re-wordings out), and its HTML then listed "▶ 3 changes" under "1 change"."""
    line = describe(_divergence(changes, renamed=renamed))
    assert line == f"zh-Hans.2025-03-17: {expected}"
    assert ", 0 changes" not in line


def test_compare_html_lists_paragraphs_under_a_count_that_matches_and_scrolls_its_matrices() -> None:
    """Class: the HTML divergence said "1 change" above "▶ 3 changes"; inserted text was told from plain text by its
    colour alone; a three-edition matrix ran off a 390 px page with no way to see its last column."""
    from policylens.render.compare_html import _CSS, _changes, _table

    d = _divergence(
        [{"spans": [{"op": "insert", "text": "新"}]}, {"reworded": True, "spans": [{"op": "equal", "text": "同"}]}], renamed=False
    )
    assert "1 change, 1 paragraph reworded" in describe(d)
    assert "<summary>show 2 paragraphs</summary>" in _changes(d)
    assert re.search(r"ins\{[^}]*border-bottom", _CSS)  # an underline, not the colour only
    table = _table("disclosure", ["zh-Hant.2025-03-17", "en.2025-03-17"], [("tw-pdpa/source", ["✓", "n/a (language)"])])
    assert table.startswith('<div class="wide"><table>') and table.endswith("</table></div>")
    assert re.search(r"\.wide\{overflow-x:auto", _CSS)


def test_diff_html_stacks_its_outline_above_the_redline_on_a_narrow_screen() -> None:
    """Class: at 390 px the 260 px outline column left the redline ~130 px, clipped at the right; under 720 px the
    layout is one column.  The wide layout keeps its two columns."""
    from policylens.render.html import _CSS

    narrow = re.search(r"@media \(max-width:720px\)\{(.*?)\}\n@media print", _CSS, re.S)
    assert narrow and ".layout{display:block}" in narrow.group(1)
    assert ".layout{display:grid;grid-template-columns:260px 1fr" in _CSS


def _coverage_table(width: int, editions: list[str], rows: list[tuple[str, list[str]]]) -> list[str]:
    from rich.console import Console

    from policylens.render.compare_rich import _print_table, _table

    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, highlight=False, soft_wrap=False)
    _print_table(console, _table("disclosure", editions, rows, width=width, keep_labels=True))
    return out.getvalue().splitlines()


_EDITIONS = ["zh-Hant.2025-03-17", "zh-Hans.2025-03-17", "en.2025-03-17"]
_ROWS = [("cn-pipl/sensitive-necessity", ["✗", "✗", "n/a (language)"]), ("cn-pipl/purposes", ["✓", "✓", "n/a (language)"])]


def test_compare_rich_coverage_matrix_never_wraps_an_edition_id() -> None:
    """Class: the header-fit test counted one cell per mark and one of padding per column, so at 80 columns the
    coverage matrix (ids 27 cells, "n/a (language)" 14) kept the full edition ids and rich wrapped them as
    "zh-Hant.2025-03-" / "17".  Now the columns are headed by their tags, with a legend line."""
    lines = _coverage_table(80, _EDITIONS, _ROWS)
    assert all(len(line) <= 80 for line in lines)
    assert not any(re.search(r"2025-03-1?$", line.rstrip()) for line in lines), lines
    assert lines[0].split() == ["disclosure", "zh-Hant", "zh-Hans", "en"]
    assert any(line.startswith("columns: zh-Hant = zh-Hant.2025-03-17") for line in lines)
    assert "cn-pipl/sensitive-necessity" in lines[1]


def test_compare_rich_coverage_matrix_keeps_full_ids_when_they_fit() -> None:
    """The other side: at 120 columns the full ids fit and no legend is printed."""
    lines = _coverage_table(120, _EDITIONS, _ROWS)
    assert lines[0].split() == ["disclosure", *_EDITIONS]
    assert not any(line.startswith("columns:") for line in lines)


def test_explain_shows_no_development_history_in_an_items_rule() -> None:
    """Class: `explain tw-pdpa` printed "Eighteenth session (m18a): several makers…" inside an item's "Covered when"
    text, and four more items of cn-pipl, cn-gbt35273 and eu-gdpr did the same: a legal reviewer reads the rule, the
    project's round names belong in the TOML comments.  The look-alike that must stay: the rule itself, whole."""
    out = cli("explain", "tw-pdpa").stdout
    assert "Covered when: A body sentence names a company or agency" in out
    assert "Also: several makers (本系統由 A、B 開發與維護)" in out
    for profile in ("tw-pdpa", "cn-pipl", "cn-gbt35273", "eu-gdpr", "us-ccpa"):
        text = cli("explain", profile).stdout
        prose = [line for line in text.splitlines() if line.startswith(("Covered when:", "Applies when:", "If missing:"))]
        assert prose, profile
        assert not [
            line for line in prose if re.search(r"\b[A-Za-z]+(?:-[a-z]+)?(?:th|st|nd|rd) session\b|\((?:[a-z]\d\d[a-z]|lead)\)", line)
        ], profile


def test_a_listing_on_a_terminal_wraps_under_its_text_column() -> None:
    """Class: `rules` and `profiles` wrote one long line per entry and the terminal wrapped it back to column 0,
    inside a reference (「GB/T 35273-202」 / 「0 §5.5 b)」 at 80 columns).  On a terminal each continuation starts
    under the text's first character and no line is wider than the terminal; CJK counts two cells."""
    from policylens.render.diffview import cells, hang

    head = "  cn-gbt35273/identity-contact         "
    text = "个人信息控制者的基本情况和联系方式 — GB/T 35273-2020 §5.5 a)、§10.1"
    lines = hang(head, text, 80).split("\n")
    assert len(lines) == 2 and all(cells(line) <= 80 for line in lines)
    assert lines[1].startswith(" " * len(head) + "GB/T 35273-2020")  # cut at the space, not inside the reference
    assert "".join(line.strip() for line in lines).replace(" ", "") == (head + text).replace(" ", "")  # nothing lost
    # too narrow beside the head: the text goes under it
    narrow = hang("placeholder-instruction     error    ", "Flags unfilled template slots and dummy values.", 50).split("\n")
    assert narrow[0] == "placeholder-instruction     error" and all(cells(line) <= 50 for line in narrow)
    # the other side: what fits, and any width for a pipe (None), stays one line
    assert hang("rule  error  ", "short summary", 80) == "rule  error  short summary"
    assert hang(head, text, None) == head + text


def test_rules_and_profiles_wrap_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """`listing_width`: the terminal's columns for a terminal, None for a pipe, where `rules` keeps one line a rule."""
    from policylens.render import listing_width

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("COLUMNS", "80")
    assert listing_width(Terminal()) == 80
    assert listing_width(io.StringIO()) is None
    out = cli("rules").stdout.splitlines()
    assert any(len(line) > 80 for line in out)  # a pipe: whole lines, as scripts read them
    assert all(line.split()[0].count("-") >= 1 for line in out)  # no continuation line
