"""Hostile input, round 22 (s22h): silent loss, outputs and configuration.

- `compare -f markdown` wrote a section title as Markdown: 「[點我](javascript:alert(1))」 became a live link in the
  section table and the divergence list, 「`x`」 code, 「# 」 a heading; and a path inside a code span was escaped as
  text (`my\\_app`: the backslash showed).  Text is backslash-escaped (`render.compare._md`), a path is a code span
  with nothing escaped in it (`render.markdown.code_span`).
- `diff -f markdown` wrote `&` as is: a policy's 「&copy; 2024」 showed as 「© 2024」, 「&lt;b&gt;」 as 「<b>」.
- `compare -f csv` neutralised a formula only at the cell's first character: a tab or CR before `=` (OWASP lists both
  as triggers) became a space in the cell and ` =HYPERLINK(…)` went out as is.
- An absolute glob in `per-file-ignores` or `exclude` (`/srv/policies/legacy/*.md`) never matched (it was compared
  with the path relative to the configuration): the rules it ignored still ran, the files it excluded were checked.
- `diff` of a document whose title is gone with no trace (`# 隱私權政策` deleted; a policy emptied to nothing) reported
  no change, exit 0: a title on one side only was never compared.  It is a title deleted (or inserted) now, unless its
  text is a heading or paragraph of the other side, where it is diffed as before.
- A configuration that is not read passed without a word: a `.policylens.toml` (the dot of `.ruff.toml`), or the
  `[tool.policylens]` of a `pyproject.toml` beside the `policylens.toml` that wins.  Each is a warning now.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from markdown_it import MarkdownIt

from helpers import cli


def _rendered(markdown: str) -> str:
    """The HTML a CommonMark viewer with GFM tables and strikethrough shows for `markdown`."""
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown)


def test_compare_markdown_shows_markup_in_titles_and_paths_as_written(tmp_path: Path) -> None:
    """Class: text that looks like Markdown in a `compare -f markdown` report (a section title, a product folder, an
    error's path) was read as markup by a viewer: a live `javascript:` link, code, a backslash shown in a code span."""
    product = tmp_path / "my_app"
    product.mkdir()
    title = "[點我](javascript:alert(1)) `x` #1"
    (product / "zh-Hant.2024-01-01.txt").write_text(f"政策\n\n一、總則\n\n我們收集資料。\n\n{title}\n\n請寫信。\n", encoding="utf-8")
    (product / "zh-Hans.2024-01-01.txt").write_text("政策\n\n一、總則\n\n我們收集資料。\n", encoding="utf-8")
    (product / "zh-HK.2024-01-01.txt").write_bytes(b"\xff\xfe\x00\xd8")  # an error entry, with the folder in its path
    result = cli("compare", str(tmp_path), "-f", "markdown", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    page = _rendered(result.stdout)
    assert "<a " not in page and "<code>x</code>" not in page
    assert page.count("[點我](javascript:alert(1)) `x` #1") == 2  # the section table and the divergence list
    assert "/my_app/zh-HK.2024-01-01.txt</code>" in page and "<h2>my_app</h2>" in page


def test_diff_markdown_shows_a_character_reference_as_written(tmp_path: Path) -> None:
    """Class: `&` was not escaped in `diff -f markdown`, so 「&copy;」 and 「&lt;b&gt;」 of a text policy showed as 「©」, 「<b>」."""
    line = "我們收集{}資料 &copy; 2024 &lt;b&gt; &amp;。"
    (tmp_path / "a.txt").write_text("政策\n\n一、總則\n\n" + line.format("") + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("政策\n\n一、總則\n\n" + line.format("個人") + "\n", encoding="utf-8")
    result = cli("diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "markdown")
    assert result.returncode == 1, result.stderr
    assert "資料 &amp;copy; 2024 &amp;lt;b&amp;gt; &amp;amp;。" in _rendered(result.stdout)


def test_compare_csv_neutralises_a_formula_behind_a_tab(tmp_path: Path) -> None:
    """Class: a CSV cell whose formula follows a tab or CR (a product folder named `\\t=HYPERLINK(…)`) was written
    ` =HYPERLINK(…)`, unprefixed: only a trigger in the first character was neutralised."""
    for name in ("\t=HYPERLINK(1)", "\r+SUM(1)", "=plain"):
        product = tmp_path / name
        product.mkdir()
        (product / "zh-Hant.2024-01-01.txt").write_text("政策\n\n一、總則\n\n請寫信 a@b.com。\n", encoding="utf-8")
        (product / "zh-Hans.2024-01-01.txt").write_text("政策\n\n一、總則\n\n請寫信 c@b.com。\n", encoding="utf-8")
    result = cli("compare", str(tmp_path), "-f", "csv", "--jobs", "1")
    assert result.returncode == 1, result.stderr
    products = {row[0] for row in list(csv.reader(io.StringIO(result.stdout)))[1:]}
    assert len(products) == 3 and all(p.startswith("'") for p in products), products


def test_an_absolute_glob_in_the_configuration_matches(tmp_path: Path) -> None:
    """Class: an absolute `per-file-ignores` or `exclude` glob never matched, so the rule it ignored still ran and the
    file it excluded was still checked, without a word; so did a glob written with Windows backslashes."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("p.txt", "q.txt"):
        (docs / name).write_text("隱私權政策\n\n我們收集您的姓名【】。\n", encoding="utf-8")
    ignored, excluded = json.dumps((docs / "p.txt").as_posix()), json.dumps((docs / "q*").as_posix())
    (tmp_path / "policylens.toml").write_text(
        f"select = ['placeholder-empty']\nper-file-ignores = {{{ignored} = ['placeholder-empty']}}\nexclude = [{excluded}]\n",
        encoding="utf-8",
    )
    for args in (["docs"], [str(docs / "p.txt")], ["p.txt"]):
        result = cli("check", *args, "-f", "json", cwd=docs if args == ["p.txt"] else tmp_path)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        files = json.loads(result.stdout)["files"]
        assert [Path(f["path"]).name for f in files] == ["p.txt"] and files[0]["findings"] == [], args
    (tmp_path / "policylens.toml").write_text("select = ['placeholder-empty']\nexclude = ['docs\\q*']\n", encoding="utf-8")
    windows = cli("check", "docs", "-f", "json", "--fail-on", "never", cwd=tmp_path)
    assert [Path(f["path"]).name for f in json.loads(windows.stdout)["files"]] == ["p.txt"], windows.stderr


def test_a_title_that_lands_nowhere_is_a_change(tmp_path: Path) -> None:
    """Class: a title found on one side only was never compared, so a `# 隱私權政策` deleted (or a policy emptied to
    nothing) was no change, exit 0; a title whose text is elsewhere on the other side is still diffed there."""
    files = {
        "titled.md": "# 隱私權政策\n\n## 一、總則\n\n我們收集您的姓名。\n",
        "untitled.md": "## 一、總則\n\n我們收集您的姓名。\n",
        "empty.md": "",
        "moved.txt": "一、總則\n\n隱私權政策\n\n我們收集您的姓名。\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")

    def title_change(old: str, new: str) -> tuple[int, object]:
        result = cli("diff", str(tmp_path / old), str(tmp_path / new), "-f", "json")
        change = json.loads(result.stdout)["title_change"]
        return result.returncode, change and (change["op"], change["old_text"], change["new_text"])

    assert title_change("titled.md", "untitled.md") == (1, ("delete", "隱私權政策", None))
    assert title_change("untitled.md", "titled.md") == (1, ("insert", None, "隱私權政策"))
    assert title_change("titled.md", "empty.md") == (1, ("delete", "隱私權政策", None))
    assert title_change("titled.md", "moved.txt")[1] is None  # its text is a paragraph there
    text = cli("diff", str(tmp_path / "titled.md"), str(tmp_path / "untitled.md")).stdout
    assert "title changed: 隱私權政策 → (no title)" in text


def test_a_configuration_that_is_not_read_says_so(tmp_path: Path) -> None:
    """Class: a `.policylens.toml`, and a `[tool.policylens]` beside a `policylens.toml`, were passed over without a
    word (their `ignore` did not apply)."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "p.txt").write_text("隱私權政策\n\n我們收集您的姓名【】。\n", encoding="utf-8")
    (tmp_path / "sub" / ".policylens.toml").write_text('ignore = ["placeholder-empty"]\n', encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nignore = ["placeholder-empty"]\n', encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('ignore = ["date-format"]\n', encoding="utf-8")
    result = cli("check", "sub", "-f", "text", cwd=tmp_path)
    assert result.returncode == 1 and "placeholder-empty" in result.stdout
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2, warnings
    assert ".policylens.toml: not read: the configuration file is named policylens.toml" in warnings[0]
    assert "pyproject.toml: its [tool.policylens] is not read: policylens.toml beside it" in warnings[1]


def test_a_redline_never_cuts_a_character_as_a_reader_sees_it() -> None:
    """Class: `diff` cut a redline inside a character a reader sees as one: a flag 「🇹🇼」 → 「🇹🇯」 showed
    🇹[-🇼-]{+🇯+} (a lone regional letter kept), 「é」 (e + U+0301) a floating accent, a family emoji split after its ZWJ,
    a keycap 1️⃣ → 2️⃣ its digit only (the keycap glued to the next mark), a skin tone alone."""
    from policylens.diff.redline import word_spans

    pairs = [
        ("🇹🇼", "🇹🇯"),
        ("e\u0301", "e\u0300"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👦"),
        ("1\ufe0f\u20e3", "2\ufe0f\u20e3"),
        ("👍🏽", "👍🏿"),
        ("\u1100\u1161", "\u1100\u1162"),  # 가 → 개 written as jamo (NFD, a macOS file name pasted in)
    ]
    for old, new in pairs:
        for granularity in ("word", "char"):
            spans, _ = word_spans(f"我們收集{old}資料。", f"我們收集{new}資料。", granularity=granularity, cross_script=False, strict=False)
            changed = [(s.op, s.text) for s in spans if s.op != "equal"]
            assert changed == [("delete", old), ("insert", new)], (old, granularity, spans)
    # a flag after a flag: each pair is one character
    spans, _ = word_spans("我們🇹🇼🇯🇵。", "我們🇹🇼🇰🇷。", granularity="word", cross_script=False, strict=False)
    assert [(s.op, s.text) for s in spans if s.op != "equal"] == [("delete", "🇯🇵"), ("insert", "🇰🇷")]


def test_selecting_only_the_disclosures_without_a_profile_is_refused(tmp_path: Path) -> None:
    """Class: `check --select disclosure-missing` with no profile (none given, none configured) ran no rule and no
    profile: 「1 file checked: 0 errors」, exit 0.  As `--select R --ignore R` (round 21), it is one line, exit 2."""
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n我們收集您的姓名【】。\n", encoding="utf-8")
    refused = cli("check", str(policy), "--no-config", "--select", "disclosure-missing")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == (
        "policylens: error: --select disclosure-missing checks the disclosures of a profile, and none is given: add --profile NAME\n"
    )
    assert cli("check", str(policy), "--no-config", "--select", "disclosure-missing", "-p", "tw-pdpa", "-f", "json").returncode == 0
    (tmp_path / "policylens.toml").write_text('profiles = ["tw-pdpa"]\n', encoding="utf-8")
    assert cli("check", str(policy), "--select", "disclosure-missing", "-f", "json").returncode == 0  # a configured profile
