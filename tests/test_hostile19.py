"""Hostile input, round 19 (n19h): defect classes the earlier rounds missed.

- A DOCX ruby (`w:ruby`) was read with its annotation before its base (「ㄧㄣˇ隱私」): Word writes `w:rt` first.
  The base is read first now (「隱ㄧㄣˇ私」), as the HTML reader reads a <ruby> (`load.docx.runs._runs`).
- A page of very many short lines: `structure.headings.short_items._later_item` walked up to 30 lines back from every line of
  a run, asking `_short_item` of each (32 times a line); the answers are kept (`structure.headings.ShortItems`).
- `compare` passed over a link to a folder inside the folder it scans without a word (as `check` did before round
  18); it names each one in a warning (`compare.inputs._folders`).
- A user regex Python warns about (`[[:alpha:]]`, `[a--b]`: a FutureWarning, "possible nested set") wrote the raw
  warning to stderr four times, each with a path into the package, and ran meaning something else; it is one line
  now, as any invalid regex (`config.compile_user_regex`, for `placeholder-patterns` and user profiles).
- The DOCX parts only warned about (headers, footers, notes, comments) were bounded one by one (8 MB each), not in
  all: 40 header parts of 8 MB of tiny paragraphs (840 KB zipped) took 23 s of CPU, and the warning listed every
  part by name.  They share one budget now (`load.docx.side_parts._LOOK_BUDGET`); the parts past it are named, five at most.
- Standard input closed (`policylens parse - <&-`) was an internal error (`sys.stdin` is None), and a write-only
  descriptor as stdin a 「cannot be read (OSError …)」; both are one line (`load.read_bytes`).
- HTML's `&shy;` inside a slot (「【公司&shy;名稱】」) hid it: a decoded run was kept whole by `seen_through`, even one
  that shows nothing; such a run is left out now (`rules.context._seen`).  The raw U+00AD was already seen through.
- A DOCX equation (`m:oMath`) lost its text without a word, and a `w:ptab` glued the words around it.
- A Markdown `<!--` inside an inline code span was a comment: `` `<!-- policylens-disable -->` `` disabled every rule to
  the end of the file and was cut out of its paragraph (`load.markdown.inline._outside_code`).
- Markdown kept a reference to an invisible character as written (`&shy;`), so the slot around it was not found; it is
  decoded now (`load.markdown.escapes._decoded`) and seen through as the raw character is.
- `compare --git` read a commit where the path was a symbolic link as an edition whose text was the link's target
  (「/etc/passwd」), and a commit where a folder took the file's name as the folder's first file; both are passed
  over with a warning (`compare.inputs.git_versions`).
"""

from __future__ import annotations

import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import cli
from policylens.load import docx as docx_loader
from policylens.load import load
from policylens.load.docx import side_parts
from policylens.structure import headings as headings_module
from policylens.structure.headings import short_items

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TITLE = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>隱私權政策</w:t></w:r></w:p>'


def _docx(body: str, extra: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {_W}><w:body>{_TITLE}{body}</w:body></w:document>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _texts(path: Path) -> list[str]:
    parsed = json.loads(cli("parse", "-f", "json", str(path)).stdout)
    return [p["text"] for s in parsed["sections"] for p in s["paragraphs"]]


def test_a_docx_ruby_reads_its_base_before_its_annotation(tmp_path: Path) -> None:
    """Class: a DOCX ruby read annotation first (「請閱讀ㄧㄣˇ隱私權政策」); the base comes first, as in HTML."""
    ruby = (
        "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>ㄧㄣˇ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>隱</w:t></w:r></w:rubyBase></w:ruby></w:r>"
    )
    path = tmp_path / "ruby.docx"
    path.write_bytes(_docx(f"<w:p><w:r><w:t>請閱讀</w:t></w:r>{ruby}<w:r><w:t>私權政策。</w:t></w:r></w:p>"))
    assert _texts(path) == ["請閱讀隱ㄧㄣˇ私權政策。"]
    html = tmp_path / "ruby.html"
    html.write_text("<h1>隱私權政策</h1><p>請閱讀<ruby>隱<rt>ㄧㄣˇ</rt></ruby>私權政策。</p>", encoding="utf-8")
    assert _texts(html) == _texts(path)


def test_a_run_of_short_lines_asks_each_line_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Class: `_later_item` walked 30 lines back from every line of a run of short lines (32 `_short_item` calls a
    line on a page of 20,000 of them); each line's answer is worked out once per heading pass."""
    calls = 0
    real = short_items._short_item

    def counting(block: object) -> bool:
        nonlocal calls
        calls += 1
        return real(block)  # type: ignore[arg-type]

    lines = "".join(f"<p>短行{i % 97}項</p>\n" for i in range(600))
    page = f"<html><body><h1>隱私權政策</h1><p>我們收集以下資料：</p>\n{lines}<p>如果您想行使這些權利，請聯絡我們。</p></body></html>"
    path = tmp_path / "short.html"
    path.write_text(page, encoding="utf-8")
    blocks = list(load(str(path)).parsed.blocks)
    with monkeypatch.context() as patched:  # the answers as before: every line asked again each time
        patched.setattr(headings_module.ShortItems, "__call__", lambda self, k: real(self._blocks[k]))
        expected, _ = headings_module.find_headings(blocks, 0, "html")
    monkeypatch.setattr(short_items, "_short_item", counting)
    found, _ = headings_module.find_headings(blocks, 0, "html")
    assert calls <= len(blocks)  # at most once a block (it was about 32 times a block)
    assert found == expected
    assert not any(k in found for k in range(2, 32))  # the items right under the lead-in are items


def test_compare_names_a_linked_folder_it_does_not_follow(tmp_path: Path) -> None:
    """Class: `compare DIR` passed over a link to a product folder inside DIR without a word."""
    text = "隱私權政策\n\n一、收集\n我們收集您的{}。\n"
    for product in ("app", "elsewhere/web"):
        folder = tmp_path / product
        folder.mkdir(parents=True)
        (folder / "zh-Hant.2024-01-01.txt").write_text(text.format("資料"), encoding="utf-8")
        (folder / "zh-Hant.2024-06-01.txt").write_text(text.format("姓名"), encoding="utf-8")
    scan = tmp_path / "scan"
    scan.mkdir()
    (scan / "linked-app").symlink_to(tmp_path / "app")
    (scan / "real").mkdir()
    for name in ("zh-Hant.2024-01-01.txt", "zh-Hant.2024-06-01.txt"):
        shutil.copy(tmp_path / "elsewhere" / "web" / name, scan / "real" / name)
    result = cli("compare", str(scan), "-f", "json")
    assert result.returncode in (0, 1), result.stderr
    assert f"policylens: warning: {scan}/linked-app: a link to a folder; not followed (name it to compare its editions)" in result.stderr
    assert [p["product"] for p in json.loads(result.stdout)["products"]] == ["real"]
    named = cli("compare", str(scan / "linked-app"), "-f", "json")  # named, it is compared
    assert [p["product"] for p in json.loads(named.stdout)["products"]] == ["app"]  # the folder it links to names the product


_ITEM = """schema = "policylens.profile/1"
id = "my-law"
title = "T"
law = "L"
[[item]]
id = "contact"
name = "c"
reference = "r"
hint = "h"
rule = "x"
[[item.cover]]
all = ['{pattern}']
"""


@pytest.mark.parametrize("pattern", ["[[:alpha:]]x", "[a--b]", "[a&&b]", "[a||b]"])
def test_a_user_regex_python_warns_about_is_one_line(tmp_path: Path, pattern: str) -> None:
    """Class: a user regex that draws Python's FutureWarning (「Possible nested set at position 1」) wrote the raw
    warning to stderr, with paths into the package, and ran; it is refused in one line naming the key."""
    (tmp_path / "p.md").write_text("# 隱私權政策\n\n我們收集您的姓名。\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(f"[tool.policylens]\nplaceholder-patterns = ['{pattern}']\n", encoding="utf-8")
    result = cli("check", str(tmp_path / "p.md"), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Warning" not in result.stderr, result.stderr
    assert "'tool.policylens.placeholder-patterns': invalid regex" in result.stderr and "a later Python reads it otherwise" in result.stderr
    (tmp_path / "prof").mkdir()
    (tmp_path / "prof" / "my-law.toml").write_text(_ITEM.format(pattern=pattern), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["prof"]\n', encoding="utf-8")
    result = cli("check", "-p", "my-law", str(tmp_path / "p.md"), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Warning" not in result.stderr, result.stderr
    assert "profile key 'item.contact.cover[0].all': invalid regex" in result.stderr


def test_the_parts_only_warned_about_share_one_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Class: header, footer, note and comment parts were bounded one by one, not in all (40 header parts of 8 MB
    took 23 s); past one budget of inflated bytes they are named, unopened, five names at most."""
    monkeypatch.setattr(side_parts, "_LOOK_BUDGET", 2000)  # (where `_unread_parts` reads it)
    header = f"<w:hdr {_W}><w:p><w:r><w:t>頁首{{}}{'。' * 200}</w:t></w:r></w:p></w:hdr>"
    parts = {f"word/header{i}.xml": header.format(i) for i in range(1, 10)}
    size = len(parts["word/header1.xml"].encode("utf-8"))
    assert 2 * size < 2000 < 3 * size
    parsed = docx_loader.read_docx(_docx("<w:p><w:r><w:t>我們收集您的姓名。</w:t></w:r></w:p>", parts), path="p.docx")
    shown = [w for w in parsed.warnings if "the header text is not read" in w]
    assert [w.split(":")[0] for w in shown] == ["word/header1.xml", "word/header2.xml"]
    unopened = [w for w in parsed.warnings if "not read (past" in w]
    assert unopened == [
        "word/header3.xml, word/header4.xml, word/header5.xml, word/header6.xml, word/header7.xml and 2 more:"
        " not read (past 0 MB inflated in all for notes, comments, headers and footers)"
    ]


def _closed_stdin(*args: str, redirect: str) -> subprocess.CompletedProcess[str]:
    command = shlex.join([sys.executable, "-m", "policylens", *args]) + f" {redirect}"  # (quoted: CI runs from a path with spaces)
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYLENS_")}
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("args", [("parse", "-"), ("check", "--no-config", "-")])
@pytest.mark.parametrize(("redirect", "said"), [("<&-", "standard input is closed"), ("0>/dev/null", "standard input cannot be read")])
def test_a_closed_standard_input_is_one_line(args: tuple[str, ...], redirect: str, said: str) -> None:
    """Class: `parse - <&-` was an internal error (AttributeError: sys.stdin is None); a write-only stdin was
    「cannot be read (OSError …)」."""
    result = _closed_stdin(*args, redirect=redirect)
    assert result.returncode == 2
    assert f"policylens: error: <stdin>: {said}" in result.stderr, result.stderr
    assert "internal error" not in result.stderr and "Error" not in result.stderr


@pytest.mark.parametrize("hidden", ["&shy;", "&#173;", "&#xAD;", "&#8203;"])
def test_a_character_reference_that_shows_nothing_is_seen_through(tmp_path: Path, hidden: str) -> None:
    """Class: 「【公司&shy;名稱】」 was not found (a decoded run was kept whole, even one showing nothing)."""
    line = f"<html><body><h1>隱私權政策</h1><p>本公司【公司{hidden}名稱】收集資料。</p></body></html>"
    path = tmp_path / "p.html"
    path.write_text(line, encoding="utf-8")
    report = json.loads(cli("check", "--no-config", "-f", "json", str(path)).stdout)
    found = [f for f in report["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]
    assert [(f["excerpt"], f["line"]) for f in found] == [("【公司名稱】", 1)]
    start, end = found[0]["column"], found[0]["end_column"]
    assert line[start - 1 : end - 1] == f"【公司{hidden}名稱】"  # columns count the reference's own characters


@pytest.mark.skipif(shutil.which("git") is None, reason="needs the git executable")
def test_compare_git_passes_over_a_link_or_a_folder_in_the_files_history(tmp_path: Path) -> None:
    """Class: `compare --git` read a commit where the path was a symbolic link as an edition (its text the link's
    target), and one where a folder took the file's name as the folder's first file."""
    from test_compare_sources import _git

    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    policy = repo / "p.txt"

    def commit(day: str) -> None:
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", day, date=day)

    policy.write_text("隱私權政策\n\n一、收集\n我們收集您的資料。\n", encoding="utf-8")
    commit("2024-01-01")
    policy.unlink()
    policy.mkdir()
    (policy / "a").write_text("x\n", encoding="utf-8")
    commit("2024-02-01")
    shutil.rmtree(policy)
    policy.symlink_to("/etc/passwd")
    commit("2024-03-01")
    policy.unlink()
    policy.write_text("隱私權政策\n\n一、收集\n我們收集您的姓名。\n", encoding="utf-8")
    commit("2024-04-01")
    result = cli("compare", "--git", str(policy), "-f", "json")
    assert result.returncode in (0, 1), result.stderr
    editions = [e for product in json.loads(result.stdout)["products"] for e in product["editions"]]
    assert [e["date"] for e in editions] == ["2024-01-01", "2024-04-01"]
    assert "p.txt is a symbolic link at this commit; skipped" in result.stderr
    assert "p.txt is a folder (p.txt/a) at this commit; skipped" in result.stderr


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("`<!-- policylens-disable -->`", 1),  # a README showing the directive: text, not a directive
        ("寫 ``<!-- policylens-disable -->`` 即可。", 1),
        ("`x` <!-- policylens-disable placeholder-instruction -->", 0),  # a real comment after a code span still counts
    ],
)
def test_a_comment_inside_a_markdown_code_span_is_text(tmp_path: Path, line: str, found: int) -> None:
    """Class: a `<!--` inside an inline code span was taken as a comment: `` `<!-- policylens-disable -->` `` disabled
    every rule to the end of the file (the check passed) and was cut out of its paragraph."""
    path = tmp_path / "p.md"
    path.write_text(f"# 隱私權政策\n\n{line}\n\n請填寫【公司名稱】。\n", encoding="utf-8")
    report = json.loads(cli("check", "--no-config", "-f", "json", str(path)).stdout)
    assert len([f for f in report["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]) == found
    if found:
        assert _texts(path)[0] == line


def test_a_docx_equation_and_an_absolute_tab_keep_their_text(tmp_path: Path) -> None:
    """Class: an Office Math run (`m:oMath`/`m:r`/`m:t`) was dropped without a word (「保存期間為年。」 for 「…為5年。」),
    and a `w:ptab` glued the words on both sides of it."""
    math = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
    body = (
        f"<w:p {math}><w:r><w:t>保存期間為</w:t></w:r><m:oMath><m:r><m:t>5</m:t></m:r></m:oMath><w:r><w:t>年。</w:t></w:r></w:p>"
        '<w:p><w:r><w:t>電話</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>02-1234-5678</w:t></w:r></w:p>'
    )
    path = tmp_path / "math.docx"
    path.write_bytes(_docx(body))
    assert _texts(path) == ["保存期間為5年。", "電話\t02-1234-5678"]


@pytest.mark.parametrize("hidden", ["&shy;", "&#173;", "&zwj;", "&#x2060;"])
def test_a_markdown_reference_that_shows_nothing_is_seen_through(tmp_path: Path, hidden: str) -> None:
    """Class: Markdown left a reference to an invisible character as written (to keep the text's spacing), so
    「【公司&shy;名稱】」 was not found; it is decoded now (the rules see through it), `&nbsp;` still kept."""
    line = f"本公司【公司{hidden}名稱】收集資料。"
    path = tmp_path / "p.md"
    path.write_text(f"# 隱私權政策\n\n{line}\n", encoding="utf-8")
    report = json.loads(cli("check", "--no-config", "-f", "json", str(path)).stdout)
    found = [f for f in report["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]
    assert [f["excerpt"] for f in found] == ["【公司名稱】"]
    assert line[found[0]["column"] - 1 : found[0]["end_column"] - 1] == f"【公司{hidden}名稱】"
    path.write_text("# 隱私權政策\n\n本公司&nbsp;&nbsp;說明。\n", encoding="utf-8")
    assert _texts(path) == ["本公司&nbsp;&nbsp;說明。"]
