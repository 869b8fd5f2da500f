"""Hostile input, forty-first session, second round (u41h2): what the renderers and the command line write.

Two classes found by running every format of every command on policies and file names written to break them
(terminal escapes, bidi controls, Rich markup, HTML, CSV formulas, workflow commands, bytes that are not UTF-8):

- `check --format github` wrote a file name's byte that is not UTF-8 raw (`file=bad\\xe9.md` as the byte E9): the
  report was not UTF-8, where text, JSON, SARIF, JUnit and every other report stay UTF-8.
- `parse --format markdown` wrote a heading whose text ends in a run of `#` after a space (「一、標題 ##」, 「C #」)
  as written: Markdown reads that run as the heading's closing sequence and drops it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from helpers import cli

POLICY = "# 隱私權政策\n\n最後更新日期：2024年1月1日\n\n## 一、蒐集\n\n本公司【請填寫公司名稱】將蒐集您的個人資料。\n"


# --- github: a file name's byte that is not UTF-8 ------------------------------------------------------------------


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="file names that are not UTF-8")
@pytest.mark.parametrize("fmt", ["github", "text", "json", "sarif", "junit"])
def test_every_check_report_of_a_name_that_is_not_utf8_is_utf8(tmp_path: Path, fmt: str) -> None:
    # base41: `-f github` wrote `::error file=…/bad` + the byte E9 + `.md,…` (the other formats were UTF-8 already)
    name = os.fsdecode(bytes(tmp_path) + b"/bad\xe9.md")
    Path(name).write_text(POLICY, encoding="utf-8")
    done = cli("check", name, "--no-config", "--format", fmt, text=False)
    assert done.returncode == 1, done.stderr
    report = done.stdout.decode("utf-8")  # strict
    if fmt == "github":
        assert "file=" in report and "bad\\xe9.md," in report  # the name as `check -f text` writes it
        assert all(line.startswith("::") for line in report.splitlines())


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="file names that are not UTF-8")
def test_github_error_line_of_an_unreadable_file_named_in_bytes_is_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(bytes(tmp_path) + b"/bin\xff.md")
    Path(name).write_bytes(b"\x00\x01\x02binary")
    done = cli("check", name, "--no-config", "--format", "github", text=False)
    assert done.returncode == 2
    line = done.stdout.decode("utf-8")  # strict
    assert line.startswith("::error file=") and "bin\\xff.md" in line and line.count("\n") == 1


def test_github_keeps_an_ordinary_name_and_message_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "p 1,a:b%.md"
    path.write_text(POLICY, encoding="utf-8")
    done = cli("check", str(path), "--no-config", "--format", "github", "--select", "placeholder-instruction")
    assert done.returncode == 1, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.startswith("::error file=") and "p 1%2Ca%3Ab%25.md,line=7," in line
    assert line.endswith("::範本文字未填寫：【請填寫公司名稱】")


# --- parse -f markdown: a heading's closing run of `#` -------------------------------------------------------------


def _headings(markdown: str) -> list[str]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]


def _shown(markdown_inline: str) -> str:
    """What a viewer shows of a heading's inline text: its backslash escapes read."""
    html = MarkdownIt("commonmark").renderInline(markdown_inline)
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


@pytest.mark.parametrize("title", ["一、標題 ##", "C #", "二、結尾 # ", "三、 #\t#", "四、標題\t###", "###"])
def test_a_heading_ending_in_a_run_of_hashes_keeps_it_in_markdown(tmp_path: Path, title: str) -> None:
    # base41: `## 一、標題 ##` (a viewer showed 「一、標題」: the run is the heading's closing sequence)
    body = "本公司重視您的隱私，將依法保護您的個人資料安全。"
    page = tmp_path / "p.html"
    page.write_text(f"<h1>隱私政策 #</h1><p>{body}</p><h2>{title}</h2><p>{body}</p>", encoding="utf-8")
    done = cli("parse", str(page), "--format", "markdown")
    assert done.returncode == 0, done.stderr
    assert [" ".join(_shown(h).split()) for h in _headings(done.stdout)] == ["隱私政策 #", " ".join(title.split())]


def test_a_text_title_ending_in_a_hash_keeps_it_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("隱私政策 #\n\n本公司重視您的隱私，將依法保護您的個人資料安全。\n", encoding="utf-8")
    done = cli("parse", str(path), "--format", "markdown")
    assert done.returncode == 0, done.stderr
    assert [_shown(h) for h in _headings(done.stdout)] == ["隱私政策 #"]


@pytest.mark.parametrize("title", ["C#", "標題#1", "一、標題", "第 1 條 \\#"])
def test_a_heading_without_a_closing_run_is_written_as_before(tmp_path: Path, title: str) -> None:
    from policylens.render.markdown import _heading

    assert _heading(title) == title


# --- rich: emoji codes in a policy, a file name or a product name ---------------------------------------------------

EMOJI_POLICY = (
    "# 隱私政策 :warning:\n\n本公司重視您的隱私，將依法保護您的個人資料安全。\n\n## 一、蒐集 :thumbs_up:\n\n"
    "本公司【請填寫公司名稱】將蒐集 :smile: 資料。\n"
)


@pytest.mark.parametrize(
    "command",
    [("parse", "a.md"), ("check", "a.md", "--no-config"), ("diff", "a.md", "b.md"), ("diff", "a.md", "b.md", "--side-by-side")]
    + [("compare", "c", "--details")],
)
def test_rich_reports_write_emoji_codes_as_written(tmp_path: Path, command: tuple[str, ...]) -> None:
    # base41: `parse -f rich` showed the title 「隱私政策 ⚠」 and the heading 「一、蒐集 👍」, `compare -f rich` the product
    # folder `:fire: p` as 「🔥 p」: rich read `:name:` in a markup string as an emoji code
    (tmp_path / "a.md").write_text(EMOJI_POLICY, encoding="utf-8")
    (tmp_path / "b.md").write_text(EMOJI_POLICY.replace("將蒐集", "將收集"), encoding="utf-8")
    product = tmp_path / "c" / ":fire: p"
    product.mkdir(parents=True)
    (product / "zh-TW.2024-01-01.md").write_text(EMOJI_POLICY, encoding="utf-8")
    changed = EMOJI_POLICY.replace("隱私", "隐私").replace("蒐集", "收集") + "\n## 二、新增 :cross_mark:\n\n內容。\n"
    (product / "zh-CN.2024-01-01.md").write_text(changed, encoding="utf-8")
    done = cli(*command, "--format", "rich", cwd=tmp_path, env={"COLUMNS": "200"})
    assert done.returncode in (0, 1), done.stderr
    assert not set("⚠👍😄🔥❌") & set(done.stdout), done.stdout
    codes = {":warning:", ":thumbs_up:", ":smile:", ":fire:", ":cross_mark:"}
    assert {code for code in codes if code in done.stdout}, done.stdout  # the policy's codes are shown as written


# --- rich: text ending in a backslash ---------------------------------------------------------------------------------


@pytest.mark.parametrize("tail", ["\\", "\\\\"])
def test_rich_parse_shows_titles_ending_in_backslashes_as_written(tmp_path: Path, tail: str) -> None:
    # base41: the heading 「一、蒐集 \」 showed as 「一、蒐集 \\」 (rich's escape doubled it for a tag that did not follow),
    # and the title 「隱私政策 \\」 as 「隱私政策 \」 (two backslashes before `[/]` read as one)
    path = tmp_path / "p.txt"
    body = "本公司重視您的隱私，將依法保護您的個人資料安全。"
    path.write_text(f"隱私政策 {tail}\n\n{body}\n\n一、蒐集 {tail}\n\n{body}\n", encoding="utf-8")
    done = cli("parse", str(path), "--format", "rich", env={"COLUMNS": "120"})
    assert done.returncode == 0, done.stderr
    tree = done.stdout.splitlines()
    assert f"隱私政策 {tail}" in tree and any(line.endswith(f"一、蒐集 {tail}  level 1 · line 5 · 1 ¶") for line in tree)


@pytest.mark.parametrize("text", ["a\\", "a\\\\", "\\", "x\\[b]\\", "[bold]\\", "plain", "[/]"])
def test_rich_escape_is_right_before_a_tag_and_before_text(text: str) -> None:
    from rich.console import Console

    from policylens.render.rich import escape

    console = Console(width=200, emoji=False, highlight=False, color_system=None)
    with console.capture() as capture:
        console.print(escape(text) + "  [dim]t[/]|[bold]" + escape(text) + "[/]|" + escape(text))
    assert capture.get() == f"{text}  t|{text}|{text}\n"
