"""Hostile input, twenty-ninth round (u29h): text silently dropped or misread by the loaders.

Each class is tested both ways: the input that lost text, and the look-alikes that must read as before.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import parse_path, parse_string

VUE = "<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <p>{body}</p>\n  </div>\n</template>\n"
WXML = '<view class="title">隱私權政策</view>\n<view>{body}</view>\n'


def _texts(text: str, suffix: str) -> tuple[list[str], list[str]]:
    doc = parse_string(text, suffix)
    return [p.text for s in doc.sections for p in s.paragraphs], list(doc.warnings)


@pytest.mark.parametrize(
    ("page", "suffix", "skipped"),
    [
        (VUE.format(body='我們<span v-if="loading">載入中</span><span v-else>會將您的資料保存在台灣境內</span>。'), ".vue", "span v-if"),
        (
            VUE.format(body='我們<b v-if="a">載入中</b><b v-else-if="b">稍候</b><b v-else>會將您的資料保存在台灣境內</b>。'),
            ".vue",
            "b v-",
        ),
        (
            WXML.format(body='我們<text wx:if="{{loading}}">載入中</text><text wx:else>會將您的資料保存在台灣境內</text>。'),
            ".wxml",
            "text wx:if",
        ),
        (
            WXML.format(body='我們<block wx:if="{{loading}}">載入中</block>\n  <block wx:else>會將您的資料保存在台灣境內</block>。'),
            ".wxml",
            "block wx:if",
        ),
        (
            VUE.format(body='我們<template v-if="loading">載入中</template><template v-else>會將您的資料保存在台灣境內</template>。'),
            ".vue",
            "template v-if",
        ),
    ],
)
def test_the_longest_inline_template_branch_is_read(page: str, suffix: str, skipped: str) -> None:
    """Class: of a Vue or mini-program condition's inline branches the first was read, so a policy sentence behind a
    loading branch (「我們<span v-if="loading">載入中</span><span v-else>會將…</span>」) was lost for 「我們載入中。」.  The
    longest is read, as the JSX reader reads the longest of `{loading ? '載入中' : '會將…'}`; the others are named."""
    texts, warnings = _texts(page, suffix)
    assert "我們會將您的資料保存在台灣境內。" in texts, texts
    assert any(f"<{skipped}" in w and "a condition's other branch" in w for w in warnings), warnings


def test_jsx_and_templates_keep_the_same_branch() -> None:
    """One rule for both readers: the same condition in JSX and in a Vue template reads the same sentence."""
    jsx = "export default () => (<div><h1>隱私權政策</h1><p>我們{loading ? <span>載入中</span> : <span>會將您的資料保存在台灣境內</span>}。</p></div>);\n"
    vue = VUE.format(body='我們<span v-if="loading">載入中</span><span v-else>會將您的資料保存在台灣境內</span>。')
    assert _texts(jsx, ".jsx")[0] == _texts(vue, ".vue")[0]


@pytest.mark.parametrize(
    ("body", "read"),
    [
        # equal lengths: the first, as in JSX
        ('我們<span v-if="tw">依個資法</span><span v-else>依私條例</span>處理。', "我們依個資法處理。"),
        # the first is the longest
        ('我們<span v-if="tw">依個人資料保護法</span><span v-else>依私隱條例</span>處理。', "我們依個人資料保護法處理。"),
        # a lone v-if: read
        ('我們<span v-if="tw">依個資法</span>處理。', "我們依個資法處理。"),
        # a v-if followed by an unconditioned element: both read
        ('我們<span v-if="tw">依個資法</span><span>及相關法規</span>處理。', "我們依個資法及相關法規處理。"),
    ],
)
def test_inline_branches_that_read_as_before(body: str, read: str) -> None:
    """The look-alikes: equal branches keep the first; a longer first branch is read; a lone `v-if` or one followed by
    an element that is no branch is read whole."""
    texts, _ = _texts(VUE.format(body=body), ".vue")
    assert read in texts, texts


def test_a_branch_holding_a_block_keeps_the_first() -> None:
    """A branch holding a paragraph (`<template v-else><p>…</p></template>`) is no inline piece of the sentence: the
    first branch is read and the other is skipped as before (its paragraphs are not read)."""
    page = VUE.format(body='我們依<template v-if="tw">個資法</template><template v-else><p>个人信息保护法很长很长。</p></template>处理。')
    texts, warnings = _texts(page, ".vue")
    assert "我們依個資法处理。" in texts, texts
    assert not any("很长" in text for text in texts), texts
    assert any("<template v-else>" in w for w in warnings), warnings


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _notes_docx(path: Path, body: str) -> Path:
    def notes(kind: str) -> str:
        return (
            f'<w:{kind}s xmlns:w="{W}"><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            + "".join(f'<w:{kind} w:id="{k}"><w:p><w:r><w:t>註{k}：自交易結束起算。</w:t></w:r></w:p></w:{kind}>' for k in (1, 2))
            + f"</w:{kind}s>"
        )

    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/footnotes.xml", notes("footnote"))
        archive.writestr("word/endnotes.xml", notes("endnote"))
    return path


def _para(text: str, note: str = "") -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r>{note}</w:p>"


def _ref(kind: str, k: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Reference w:id="{k}"/></w:r>'


def test_a_docx_notes_warning_names_the_paragraphs_that_reference_them(tmp_path: Path) -> None:
    """Class: DOCX footnote and endnote reference marks.  The notes' text was counted as not read, but nothing said
    where they were, and the body shows no mark (Word's 「¹」).  Decided: the body keeps no mark (Word numbers them in
    order: a note added in one version renumbers every later mark, and `diff` would report each later paragraph
    changed; a mark would also enter the sentences the rules and `compare` read); the warning names the paragraphs."""
    body = (
        _para("隱私權政策")
        + _para("我們會保存您的資料五年。", _ref("footnote", 1))
        + _para("我們不會出售您的資料。")
        + _para("您可以隨時查詢。", _ref("footnote", 2) + _ref("endnote", 1))
    )
    doc = parse_path(_notes_docx(tmp_path / "p.docx", body))
    warnings = list(doc.warnings)
    assert "word/footnotes.xml: 2 footnotes are not read (policylens reads the body text only; referenced in paragraphs 2, 4)" in warnings
    assert "word/endnotes.xml: 2 endnotes are not read (policylens reads the body text only; referenced in paragraph 4)" in warnings
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts == ["我們會保存您的資料五年。", "我們不會出售您的資料。", "您可以隨時查詢。"], texts  # no mark


def test_a_note_added_before_others_changes_no_paragraph(tmp_path: Path) -> None:
    """Both ways: the version with a note added before the others reads the same text (no renumbered mark)."""
    old = _para("隱私權政策") + _para("第一段。") + _para("第二段。", _ref("footnote", 1))
    new = _para("隱私權政策") + _para("第一段。", _ref("footnote", 1)) + _para("第二段。", _ref("footnote", 2))
    texts = [
        [p.text for s in parse_path(_notes_docx(tmp_path / f"{name}.docx", body)).sections for p in s.paragraphs]
        for name, body in (("a", old), ("b", new))
    ]
    assert texts[0] == texts[1] == ["第一段。", "第二段。"]


def test_a_run_of_atx_headings_is_parsed_in_chunks() -> None:
    """Class: Markdown with no blank line between its blocks was one markdown-it parse, whatever its length: 50,000
    `## 標題N` lines (0.74 MB) took 120 MB, 135× their size (the bar is 50×).  A run of ATX headings is cut."""
    from policylens.load.markdown import chunks

    feed = [f"## 標題{k}" for k in range(3 * chunks.CHUNK_LINES)]
    assert len(list(chunks._chunks(feed))) >= 3


HEADING_RUNS = [
    "# 甲\n# 乙\n# 丙\n",
    "<div>\n# 甲\n# 乙\n</div>\n",
    "```\n# 甲\n# 乙\n```\n",
    "<!--\n# 甲\n# 乙\n-->\n",
    "段落\n# 甲\n# 乙\n",
    "> 引用\n# 甲\n# 乙\n",
    "- 項目\n# 甲\n# 乙\n",
    "| 甲 | 乙 |\n|---|---|\n# 甲\n# 乙\n",
    "# 甲\n# 乙\n===\n",
    "# 甲\n    代碼\n# 乙\n",
    "#甲\n#乙\n",
    "# 甲\n- 項目\n  # 乙\n# 丙\n",
]


@pytest.mark.parametrize("source", [a + b for a in HEADING_RUNS for b in HEADING_RUNS])
def test_heading_chunks_read_as_one_parse(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The look-alikes: headings inside an HTML block, a fence or a comment, after a paragraph, a quote, a list or a
    table read the same whether the file is cut at every safe place or parsed at once."""
    from policylens.load import markdown
    from policylens.load.markdown import chunks

    monkeypatch.setattr(chunks, "CHUNK_LINES", 10**9)
    whole = markdown.read_markdown(source)
    monkeypatch.setattr(chunks, "CHUNK_LINES", 1)
    chunked = markdown.read_markdown(source)
    for field in ("blocks", "warnings", "dates", "comments", "references", "title", "plain"):
        assert getattr(chunked, field) == getattr(whole, field), field
