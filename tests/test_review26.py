"""A user's-eye review of what policylens shows (u26u, `docs/review26.md`): each class on both sides.

- `compare`'s matrices have a column per version compared with the base (`compared`, an added JSON field), not per
  newest version: a version newer than the base was shown "=" in every row without ever being compared;
- `diff --format rich` keeps a reworded paragraph's marks (dimmed): its plain text ran old words into new ones;
- `check --format rich` shows a DOCX finding's paragraph under it (a DOCX's "line" is its paragraph's index);
- `check --format rich` lines up its location column and puts a message too long for the header's line below it,
  whole, instead of letting the terminal wrap it to column 0 inside a quoted term;
- the coverage table keeps its evidence column on an 80-column terminal;
- the plain help below 100 columns (typer's boxed help cut option names there), with whole command summaries;
- the HTML redline has a legend; `parse` shows a short name alone as such; DOCX lines are named paragraph numbers;
- placeholder-residue's Chinese message quotes the text with its brackets.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from rich.console import Console

from helpers import cli, parse_path
from policylens.render.compare import section_matrix, version_lines

ROOT = Path(__file__).resolve().parents[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _edition(eid: str, latest: bool) -> dict[str, Any]:
    tag, date = eid.split(".", 1)
    return {
        "id": eid,
        "edition": tag,
        "date": date,
        "path": eid,
        "script": None,
        "region": None,
        "sections": 1,
        "top_level": 1,
        "latest": latest,
    }


def _product(**extra: Any) -> dict[str, Any]:
    return {
        "product": "p",
        "base": "zh-Hant.2022-03-10",
        "editions": [
            _edition("en.2022-03-10", False),
            _edition("en.2026-05-04", True),
            _edition("zh-Hans.2022-03-10", False),
            _edition("zh-Hans.2026-05-04", True),
            _edition("zh-Hant.2022-03-10", True),
        ],
        "divergences": [
            {
                "kind": "section-content",
                "edition": "zh-Hans.2022-03-10",
                "base": "zh-Hant.2022-03-10",
                "section": {"title": "搜尋", "line": 23},
                "other": {"title": "搜索", "line": 23},
                "changes": [],
                "confidence": 1.0,
            }
        ],
        "versions": [],
        "lagging": [],
        "errors": [],
        "newer_than_base": ["en.2026-05-04", "zh-Hans.2026-05-04"],
        **extra,
    }


# --- compare: the columns are the versions compared ---------------------------------------------------------------


def test_compare_columns_are_the_versions_compared_not_the_newest() -> None:
    product = _product(compared=["en.2022-03-10", "zh-Hans.2022-03-10"])
    editions, rows = section_matrix(product)
    assert editions == ["zh-Hans.2022-03-10", "en.2022-03-10"]
    assert rows == [("搜尋 (L23)", ["≠", "="])]
    assert version_lines(product)[0] == "not compared with the base (newer than it): en.2026-05-04, zh-Hans.2026-05-04"


def test_an_only_version_newer_than_the_base_is_compared_and_not_listed_apart() -> None:
    product = _product(compared=["en.2026-05-04", "zh-Hans.2022-03-10"], newer_than_base=["en.2026-05-04"])
    assert section_matrix(product)[0] == ["zh-Hans.2022-03-10", "en.2026-05-04"]
    assert not any(line.startswith("not compared") for line in version_lines(product))


def test_a_report_without_the_field_keeps_the_newest_versions() -> None:
    assert section_matrix(_product())[0] == ["zh-Hans.2022-03-10", "en.2026-05-04", "zh-Hans.2026-05-04"]


def test_compare_json_names_the_versions_compared(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    text = "# 隱私權政策\n\n## 聯絡我們\n\n請寄信至 privacy@example.com。\n"
    (folder / "zh-Hant.2022-01-01.md").write_text(text, encoding="utf-8")
    (folder / "zh-Hans.2021-06-01.md").write_text(
        text.replace("隱私權", "隐私").replace("聯絡我們", "联系我们").replace("請寄信至", "请写信至"), encoding="utf-8"
    )
    (folder / "zh-Hans.2023-01-01.md").write_text("# 隐私政策\n\n## 新章节\n\n全新内容。\n", encoding="utf-8")
    product = json.loads(cli("compare", str(folder), "-f", "json").stdout)["products"][0]
    assert product["compared"] == ["zh-Hans.2021-06-01"]
    assert product["newer_than_base"] == ["zh-Hans.2023-01-01"]
    markdown = cli("compare", str(folder), "-f", "markdown").stdout
    assert "zh-Hans.2023-01-01" not in markdown.split("not compared")[0].split("## shop")[1].split("\n\n")[1]
    assert "not compared with the base (newer than it): zh-Hans.2023-01-01" in markdown


# --- diff: reworded paragraphs keep their marks in colour -------------------------------------------------------


def _rich_diff(old: Path, new: Path, **options: Any) -> str:
    from policylens.diff.align import diff_documents
    from policylens.render.rich import render_diff

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="truecolor", width=options.pop("width", 120))
    render_diff(diff_documents(parse_path(old), parse_path(new)), out, console=console, **options)
    return out.getvalue()


def test_a_reworded_paragraph_keeps_its_deletions_and_insertions_apart_in_colour() -> None:
    folder = ROOT / "corpora" / "mozilla-firefox-privacy"
    shown = _rich_diff(folder / "zh-Hans.2020-09-08.md", folder / "zh-Hant.2020-09-08.md", width=400)
    line = next(x for x in shown.splitlines() if "L105→L105" in x)
    strike = re.compile(r"\x1b\[[0-9;]*\b9\b[0-9;]*m")  # SGR 9: struck through
    assert strike.search(line.split("包括")[0]), "the old word is struck"
    plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
    assert "包括包含" in plain  # both words are there, told apart by their marks only (no colour: `[-包括-]{+包含+}`)


def test_a_long_redline_wraps_under_itself_not_under_its_line_numbers() -> None:
    folder = ROOT / "corpora" / "letsencrypt-privacy"
    shown = re.sub(r"\x1b\[[0-9;]*m", "", _rich_diff(folder / "zh-Hans.2022-03-11.md", folder / "zh-Hans.2024-06-28.md", width=80))
    lines = shown.splitlines()
    start = next(k for k, x in enumerate(lines) if "L20→L19" in x)
    gutter = lines[start].index("L20→L19") + len("L20→L19 ")
    assert lines[start + 1].startswith(" " * gutter) and lines[start + 1].strip()


def test_side_by_side_rows_carry_their_line_numbers() -> None:
    folder = ROOT / "corpora" / "letsencrypt-privacy"
    shown = re.sub(r"\x1b\[[0-9;]*m", "", _rich_diff(folder / "zh-Hans.2022-03-11.md", folder / "zh-Hans.2024-06-28.md", side_by_side=True))
    assert re.search(r"L20 .*L19 ", shown)


# --- check: DOCX context, alignment, wrapping ---------------------------------------------------------------------


def _docx(path: Path, *paragraphs: str) -> Path:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
    return path


def test_a_docx_finding_shows_its_paragraph_with_the_caret_under_the_span(tmp_path: Path) -> None:
    path = _docx(tmp_path / "p.docx", "隐私政策", "更新日期：2024年1月1日", "如需注销账户，请点击“【   】”完成操作。")
    data = json.loads(cli("check", str(path), "-f", "json").stdout)
    finding = next(f for f in data["files"][0]["findings"] if f["rule"] == "placeholder-empty")
    shown = cli("check", str(path), "-f", "rich", env={"COLUMNS": "100"}).stdout
    lines = shown.splitlines()
    k = next(i for i, x in enumerate(lines) if x.startswith(f"  {finding['line']}:{finding['column']} "))
    source, caret = lines[k + 1], lines[k + 2]
    assert source.endswith("│ 如需注销账户，请点击“【   】”完成操作。")
    from rich.cells import cell_len

    text_at = source.index("│ ") + 2
    column = cell_len(caret[: caret.index("^")]) - cell_len(source[:text_at])
    assert column == cell_len(source[text_at:][: finding["column"] - 1])  # the caret under 【, counted in cells


def test_a_docx_finding_on_a_numbered_heading_shows_the_heading_without_words_misplaced(tmp_path: Path) -> None:
    from policylens.check import _paragraph_lines

    doc = parse_path(_docx(tmp_path / "p.docx", "隐私政策", "一、信息收集", "我们收集【数据类型】。"))
    lines = _paragraph_lines(doc)
    assert lines[2] == "一、信息收集" and lines[3] == "我们收集【数据类型】。"


def test_a_text_file_finding_still_shows_its_source_line(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隱私權政策\n\n更新日期：2024年1月1日\n\n我們會收集您的【數據類型】。\n", encoding="utf-8")
    shown = cli("check", str(path), "-f", "rich", env={"COLUMNS": "100"}).stdout
    assert "     5 │ 我們會收集您的【數據類型】。" in shown


def test_locations_line_up_and_a_long_message_goes_whole_below_its_header(tmp_path: Path) -> None:
    path = tmp_path / "privacy.zh-TW.md"
    lines = ["# 隱私權政策", "", "最後更新：2024年1月1日", ""] + ["我們重視您的隱私。"] * 10 + ["第三方支付服務提供商會處理付款。"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shown = cli("check", str(path), "-f", "rich", env={"COLUMNS": "60"}).stdout.splitlines()
    head = next(k for k, x in enumerate(shown) if "regional-vocabulary" in x)
    assert shown[head].rstrip().endswith("regional-vocabulary")  # the message did not fit beside it
    assert shown[head + 1].startswith("         ") and "服務提供商" in shown[head + 1] and "服務供應商" in shown[head + 1]
    assert all(len(x) <= 60 for x in shown[head : head + 2])


def test_a_message_that_fits_stays_on_the_header_line(tmp_path: Path) -> None:
    path = tmp_path / "privacy.zh-TW.md"
    path.write_text("# 隱私權政策\n\n最後更新：2024年1月1日\n\n第三方支付服務提供商會處理付款。\n", encoding="utf-8")
    shown = cli("check", str(path), "-f", "rich", env={"COLUMNS": "120"}).stdout
    assert re.search(r"5:\d+ +warning regional-vocabulary  服務提供商 是", shown)


def test_wrap_breaks_between_words_then_between_characters() -> None:
    from policylens.render.rich import wrap

    assert wrap("短訊息", 20, 40) == ["短訊息"]
    assert wrap("服務提供商 是中國大陸用語，建議改為 服務供應商", 20, 24) == ["", "服務提供商", "是中國大陸用語，建議改為", "服務供應商"]
    assert wrap("一" * 25, 10, 20) == ["", "一" * 10, "一" * 10, "一" * 5]


def test_a_date_missing_from_the_whole_document_draws_no_caret_under_its_first_text(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隱私權政策\n\n我們會收集您的姓名。\n", encoding="utf-8")
    shown = cli("check", str(path), "-f", "rich", "--fail-on", "never", env={"COLUMNS": "100"}).stdout
    assert "date-format" in shown and "^" not in shown


def test_the_coverage_table_keeps_its_evidence_at_80_columns(tmp_path: Path) -> None:
    from policylens.check import check_file
    from policylens.check.options import CheckOptions
    from policylens.render.coverage import table

    path = tmp_path / "p.md"
    body = "## 一、我们如何收集和使用您的个人信息以及如何联系我们\n\n北京某某科技有限公司，联系邮箱 privacy@example.cn。我们收集您的手机号码，用于账号注册。\n"
    path.write_text("# 隐私政策\n\n" + body, encoding="utf-8")  # a long cited heading: the column that could not wrap
    report = check_file(str(path), CheckOptions(profiles=("cn-pipl",)))
    out = io.StringIO()
    Console(file=out, width=80).print(table(report, explain=True))
    lines = out.getvalue().splitlines()
    from rich.cells import cell_len

    assert all(cell_len(x) <= 80 for x in lines)
    assert "evidence" in lines[1] and lines[0].endswith("┓")  # the last column is there, closed by its border
    assert "我们收集您的手机号码" in "".join(x.split("│")[4] for x in lines if x.count("│") >= 5).replace(" ", "")


# --- help, HTML legend, parse metadata, residue message ---------------------------------------------------------


def test_narrow_help_cuts_no_option_name_and_wide_help_stays_boxed() -> None:
    narrow = cli("check", "--help", env={"COLUMNS": "80"}).stdout
    assert "--explain-coverage" in narrow and "--no-default-exclude" in narrow and "…\n" not in narrow.replace("CHANGELOG…", "")
    assert "╭" not in narrow
    top = cli("--help", env={"COLUMNS": "80"}).stdout
    assert "print its structure" in top.replace("\n", " ").replace("  ", " ") and "its..." not in top
    assert "╭" in cli("check", "--help", env={"COLUMNS": "120"}).stdout


def test_the_html_redline_has_a_legend_of_its_marks(tmp_path: Path) -> None:
    old, new = tmp_path / "a.md", tmp_path / "b.md"
    old.write_text("# 隐私政策\n\n## 保存\n\n我们保存 30 天。\n", encoding="utf-8")
    new.write_text("# 隐私政策\n\n## 保存\n\n我们保存 60 天。\n", encoding="utf-8")
    html = cli("diff", str(old), str(new), "-f", "html").stdout
    legend = html.split('<p class="legend">')[1].split("</p>")[0]
    assert "<del>deleted</del>" in legend and "<ins>inserted</ins>" in legend and "reworded" not in legend
    assert "link text" in legend


def test_html_context_paragraphs_say_which_file_their_line_is_from(tmp_path: Path) -> None:
    old, new = tmp_path / "a.md", tmp_path / "b.md"
    old.write_text("# 隐私政策\n\n## 保存\n\n我们重视您的隐私。\n\n我们保存 30 天。\n", encoding="utf-8")
    new.write_text("# 隐私政策\n\n## 保存\n\n我们重视您的隐私。\n\n我们保存 60 天。\n", encoding="utf-8")
    html = cli("diff", str(old), str(new), "-f", "html").stdout
    assert '<span class="gutter">new L5</span>我们重视您的隐私。' in html
    assert '<tr class="same"><td>我们重视您的隐私。</td><td><span class="gutter">L5</span>我们重视您的隐私。</td></tr>' in html
    folder = ROOT / "corpora" / "mozilla-firefox-privacy"
    cross = cli("diff", str(folder / "zh-Hans.2020-09-08.md"), str(folder / "zh-Hant.2020-09-08.md"), "-f", "html").stdout
    assert "reworded: same content in other words" in cross.split('<p class="legend">')[1].split("</p>")[0]


def test_a_short_name_without_a_controller_is_not_printed_after_an_empty_name(tmp_path: Path) -> None:
    path = _docx(tmp_path / "p.docx", "隐私政策", "“【骑士】”（以下简称“【骑士】”）重视您的隐私。")
    text = cli("parse", str(path), "-f", "text").stdout
    assert "controller:  (" not in text
    assert "lines are paragraph numbers" in text.splitlines()[1]
    md = tmp_path / "p.md"
    md.write_text("# 隐私政策\n\n北京星河科技有限公司（以下简称“星河”）重视您的隐私。\n", encoding="utf-8")
    shown = cli("parse", str(md), "-f", "text").stdout
    assert "controller: 北京星河科技有限公司 (星河)" in shown and "short name" not in shown and "paragraph numbers" not in shown


def test_residue_message_quotes_the_brackets_the_suggestion_removes(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隐私政策\n\n更新日期：2024年1月1日\n\n联系邮箱：【service@xinghekeji.com】\n", encoding="utf-8")
    finding = next(
        f for f in json.loads(cli("check", str(path), "-f", "json").stdout)["files"][0]["findings"] if f["rule"] == "placeholder-residue"
    )
    assert finding["message"] == "模板括号未移除：【service@xinghekeji.com】" and finding["suggestion"] == "service@xinghekeji.com"
    english = json.loads(cli("check", str(path), "-f", "json", "--lang", "en").stdout)["files"][0]["findings"]
    assert any(f["message"] == "template brackets left around service@xinghekeji.com" for f in english)


def test_a_date_whose_bracketed_numbers_keep_spaces_is_read(tmp_path: Path) -> None:
    """「2022年【 2 】月【 28 】日」: placeholder-residue reports the brackets, and the date is the policy's (no "no date")."""
    path = tmp_path / "p.md"
    path.write_text("# 隐私政策\n\n更新日期：2022年【 2 】月【 28 】日\n\n我们重视您的隐私。\n", encoding="utf-8")
    assert parse_path(path).metadata.updated == "2022-02-28"
    rules = [f["rule"] for f in json.loads(cli("check", str(path), "-f", "json", "--fail-on", "never").stdout)["files"][0]["findings"]]
    assert rules == ["placeholder-residue"]


def test_a_bracketed_number_that_is_no_date_part_is_not_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隐私政策\n\n更新日期：请见【 2 】号公告\n\n我们重视您的隐私。\n", encoding="utf-8")
    assert parse_path(path).metadata.updated is None


def test_parse_text_and_help_use_the_terms_of_the_other_reports(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("我们重视您的隐私。\n\n## 信息收集\n\n我们收集您的姓名。\n\n## 联系我们\n\n请写信给我们。\n", encoding="utf-8")
    text = cli("parse", str(path), "-f", "text").stdout
    assert "(before the first heading)  [top, 1 ¶]" in text and "信息收集  [line 3, 1 ¶]" in text
    assert "<text|json>" in cli("profiles", "--help", env={"COLUMNS": "80"}).stdout
    assert "RULE|PROFILE" in cli("explain", "--help", env={"COLUMNS": "80"}).stdout
