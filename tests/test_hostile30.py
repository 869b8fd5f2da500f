"""Hostile input, thirtieth round (u30h): DOCX elements nested in one another, a configuration naming a missing profile folder.

Each class is tested both ways: the input that hung (or lost text), and the ordinary documents that must read as before.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from helpers import cli
from policylens.load.docx import read_docx
from timings import record, recorded

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TEXT = "<w:r><w:t>我們保存資料五年。</w:t></w:r>"
TITLE = '<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>隱私權政策</w:t></w:r></w:p>'
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"'
    ' Target="mailto:your@email.com" TargetMode="External"/></Relationships>'
)


def _docx(body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/_rels/document.xml.rels", RELS)
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{W}" xmlns:mc="{MC}" xmlns:r="{R}"><w:body>{TITLE}{body}</w:body></w:document>'
        )
    return buffer.getvalue()


def _read(body: str) -> tuple[list[str], list[str], float]:
    data = _docx(body)
    start = time.process_time()
    parsed = read_docx(data, path="p.docx")
    return [b.text for b in parsed.blocks], list(parsed.warnings), time.process_time() - start


# 30,000 deep only for the benchmark (timings.recorded()): the walk of a subtree per element (f5627133) showed only as
# time; with that fix reverted the test passed at 30,000 too (u51m2).  6,000 is past the reader's 5,000 link targets
# (`_MAX_LINKS`) and far past Python's recursion limit, the sizes at which a wrong result or an error could show.
N = 30_000 if recorded() else 6_000
# (wrapper opened, closed; whether its text is read; a word of the warning it brings, or "")
WRAPPERS = {
    "tables": ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", True, ""),
    "links": ('<w:hyperlink r:id="rId9">', "</w:hyperlink>", True, ""),
    "deletions": ('<w:del w:id="1" w:author="a">', "</w:del>", False, ""),
    "move-sources": ('<w:moveFrom w:id="1" w:author="a">', "</w:moveFrom>", False, ""),
    "alternatives": ('<mc:AlternateContent><mc:Choice Requires="wps">', "</mc:Choice></mc:AlternateContent>", True, ""),
    "placeholder-controls": (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>",
        "</w:sdtContent></w:sdt>",
        True,
        "never filled in",
    ),
}


@pytest.mark.parametrize("kind", list(WRAPPERS))
def test_docx_elements_nested_thirty_thousand_deep_read_in_linear_time(kind: str) -> None:
    """Class: a DOCX whose paragraph or table sits inside 30,000 nested tables, links, deletions, move sources,
    text-box alternatives or placeholder controls.  Each was a walk of a subtree per element (every cell's, row's,
    link's, deletion's, branch's and control's own `iter()`): quadratic, 20,000 nested tables took 27 s, 20,000
    alternatives 15 s, links 3 s (100,000: over a minute).  One walk of the body now; the text reads as before."""
    opened, closed, read, warned = WRAPPERS[kind]
    inner = f"<w:p>{TEXT}</w:p>" if kind == "tables" else TEXT  # (a table holds paragraphs; the others sit in one)
    body = opened * N + inner + closed * N
    body = body if kind == "tables" else f"<w:p>{body}</w:p>"
    texts, warnings, cpu = _read(body)
    record(f"docx: {kind} nested 30,000 deep", cpu, 3.0)
    assert ("我們保存資料五年。" in texts) == read, texts
    if warned:
        assert any(warned in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("body", "texts", "warned"),
    [
        # a table of data: each row's cells one paragraph each (the rows of `Parsed.rows`)
        (
            "<w:tbl>"
            + "".join(
                f"<w:tr><w:tc><w:p><w:r><w:t>欄{k}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>值{k}</w:t></w:r></w:p></w:tc></w:tr>"
                for k in range(3)
            )
            + "</w:tbl>",
            ["欄0", "值0", "欄1", "值1", "欄2", "值2"],
            "",
        ),
        # a row deleted with tracked changes is not read; the row after it is
        (
            '<w:tbl><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>刪除的列</w:t></w:r></w:p></w:tc></w:tr>'
            "<w:tr><w:tc><w:p><w:r><w:t>留下的列</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            ["留下的列"],
            "",
        ),
        # a text box inside a tracked deletion: its paragraphs go with it
        (
            '<w:p><w:r><w:t>正文。</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>方塊文字</w:t>'
            "</w:r></w:p></w:txbxContent></w:pict></w:r></w:del></w:p>",
            ["正文。"],
            "",
        ),
        # Word's text box written twice: the Choice with text is read once, not the Fallback
        (
            '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>方塊文字</w:t></w:r>'
            "</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>方塊文字</w:t></w:r>"
            "</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
            ["方塊文字"],
            "",
        ),
        # an empty Choice: the Fallback is read
        (
            '<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t> </w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>備用文字'
            "</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>",
            ["備用文字"],
            "",
        ),
        # a control showing its placeholder is named; a filled one is not
        (
            "<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>按一下這裡以輸入文字。</w:t></w:r></w:sdtContent>"
            "</w:sdt></w:p><w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>本公司</w:t></w:r></w:sdtContent></w:sdt></w:p>",
            ["按一下這裡以輸入文字。", "本公司"],
            "「按一下這裡以輸入文字。」",
        ),
    ],
    ids=["data-rows", "deleted-row", "text-box-in-deletion", "text-box-twice", "empty-choice", "placeholder-control"],
)
def test_ordinary_tables_deletions_alternatives_and_controls_read_as_before(body: str, texts: list[str], warned: str) -> None:
    """The look-alikes of the one walk: rows of data, a deleted row, a text box deleted with its run, Word's
    text box written twice, an empty Choice, a control showing its placeholder beside a filled one."""
    got, warnings, _ = _read(body)
    assert got[1:] == texts, got
    assert not warned or any(warned in w for w in warnings), warnings


def test_rows_of_data_and_a_layout_row_are_told_apart_through_the_one_walk() -> None:
    """`Parsed.rows`: a row of data starts at its first cell (a positive column), a row whose cell holds two
    paragraphs with text (a page laid out in a table, here with a nested table's row of data) is a stop (negative)."""
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    data = "<w:tr>" + cell.format("欄") + cell.format("值") + "</w:tr>"
    nested = f"<w:tbl>{data}</w:tbl>"
    layout = f"<w:tr><w:tc><w:p><w:r><w:t>版面</w:t></w:r></w:p>{nested}</w:tc></w:tr>"
    parsed = read_docx(_docx(f"<w:tbl>{data}{layout}{data}</w:tbl>"), path="p.docx")
    assert [b.text for b in parsed.blocks[1:]] == ["欄", "值", "版面", "欄", "值", "欄", "值"]
    assert [column > 0 for _, column in parsed.rows] == [True, False, True, True]


@pytest.mark.parametrize("nested", [False, True], ids=["link", "link-in-a-link-without-target"])
def test_a_link_target_is_kept_through_the_one_walk(nested: bool) -> None:
    """The link runs and their targets (`placeholder-link-target`) come from the same walk: a Word link to
    mailto:your@email.com behind 「聯絡我們」 keeps its target, also inside a link of no known target."""
    link = '<w:hyperlink r:id="rId9"><w:r><w:t>聯絡我們</w:t></w:r></w:hyperlink>'
    if nested:
        link = f'<w:hyperlink r:id="rId404">{link}</w:hyperlink>'
    parsed = read_docx(_docx(f"<w:p><w:r><w:t>如有問題請</w:t></w:r>{link}</w:p>"), path="p.docx")
    assert [(target, text) for target, _, text in parsed.links] == [("mailto:your@email.com", "聯絡我們")]


@pytest.mark.parametrize(
    "command",
    [["check", "p.md"], ["check", "."], ["check", "p.md", "-p", "tw-pdpa"], ["compare", "editions", "-p", "tw-pdpa"], ["profiles"]],
    ids=["check", "check-folder", "check-profile", "compare-profile", "profiles"],
)
def test_a_missing_profile_folder_is_one_line_in_every_command(tmp_path: Path, command: list[str]) -> None:
    """Class: `profile-paths = ["policy-profile"]` (a misspelt folder) in the configuration: `check` without
    `--profile` never looked, so the mistake was named only by `profiles`, `explain` and `-p`.  The configuration is
    checked whole when read: one line naming the key, in every command that reads it (`compare` reads the
    configuration for `--profile` only)."""
    (tmp_path / "policylens.toml").write_text('profile-paths = ["policy-profile"]\n', encoding="utf-8")
    (tmp_path / "p.md").write_text("# 隱私權政策\n\n本公司收集您的資料。\n", encoding="utf-8")
    (tmp_path / "editions").mkdir()
    for day in ("2024-01-01", "2024-02-01"):
        (tmp_path / "editions" / f"zh-TW.{day}.md").write_text("# 隱私權政策\n\n本公司收集您的資料。\n", encoding="utf-8")
    result = cli(*command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "configuration key 'profile-paths'" in result.stderr and "not found" in result.stderr


def test_a_profile_folder_that_exists_is_still_fine(tmp_path: Path) -> None:
    """The look-alike: the folder exists (empty, or holding a profile): `check` runs as before."""
    (tmp_path / "policy-profiles").mkdir()
    (tmp_path / "policylens.toml").write_text('profile-paths = ["policy-profiles"]\n', encoding="utf-8")
    (tmp_path / "p.md").write_text("# 隱私權政策\n\n本公司收集您的資料。\n", encoding="utf-8")
    result = cli("check", "p.md", cwd=tmp_path)
    assert result.returncode in (0, 1) and "error" not in result.stderr, result.stderr


@pytest.mark.parametrize("target", ["notes.md", "missing.md"], ids=["loop", "dangling"])
def test_a_broken_link_not_named_as_an_edition_is_named_when_skipped(tmp_path: Path, target: str) -> None:
    """Class: a `compare` folder holding a link that cannot be followed (`notes.md -> notes.md`, a dangling one) under
    a name that is no edition's: passed over without a word, where a readable `notes.md` is named as skipped.  The
    same warning now, with the reason; the run goes on (exit 0), as for the readable file."""
    folder = tmp_path / "prod"
    folder.mkdir()
    for day in ("2024-01-01", "2024-02-01"):
        (folder / f"zh-TW.{day}.md").write_text("# 隱私權政策\n\n本公司收集您的資料。\n", encoding="utf-8")
    (folder / "notes.md").symlink_to(target)
    (folder / "README.md").symlink_to("gone.md")  # a folder's own notes: skipped without a word, broken or not
    result = cli("compare", str(folder), "-f", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "notes.md: " in result.stderr and "skipped (not named <edition>.<YYYY-MM-DD>.<ext>)" in result.stderr, result.stderr
    assert "README.md" not in result.stderr
