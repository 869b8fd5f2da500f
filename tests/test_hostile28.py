"""Hostile input, round 28 (u28h): text silently dropped or misread by the loaders.  Each test names its class, with
the look-alikes that must stay as they are."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import parse_path, parse_string

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TITLE = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>隱私權政策</w:t></w:r></w:p>'


def _texts(text: str, suffix: str) -> tuple[list[str], list[str]]:
    doc = parse_string(text, suffix)
    return [p.text for s in doc.sections for p in s.paragraphs], list(doc.warnings)


def _docx(path: Path, body: str) -> Path:
    namespaces = (
        f'xmlns:w="{W}" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    )
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {namespaces}><w:body>{TITLE}{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)
    return path


def _docx_texts(path: Path) -> tuple[list[str], list[str]]:
    doc = parse_path(path)
    return [p.text for s in doc.sections for p in s.paragraphs] + [s.title or "" for s in doc.sections], list(doc.warnings)


_PAGE = "<html><body><h1>隱私權政策</h1><p>我們收集您的姓名。</p>\n{}\n<p>我們保存五年。</p></body></html>"


@pytest.mark.parametrize(
    ("inner", "text"),
    [
        ('<div class="tab-pane" style="display: none"><p>本公司依私隱條例處理。</p></div>', "本公司依私隱條例處理。"),
        ("<p hidden>本公司名稱為【請填寫公司名稱】。</p>", "本公司名稱為【請填寫公司名稱】。"),
        ('<p>我們收集您的姓名<span id="more" style="visibility:hidden;">，及您的電話號碼。</span></p>', "，及您的電話號碼。"),
        ('<section style="color:red; DISPLAY:NONE !important"><div><div>隱藏的條款。</div></div></section>', "隱藏的條款。"),
        ("<dialog id='consent'><p>我們使用 Cookie 以提供服務。</p></dialog>", "我們使用 Cookie 以提供服務。"),
    ],
)
def test_text_the_page_hides_is_read_and_announced(inner: str, text: str) -> None:
    """Class: an element hidden by `hidden` or a style (`display:none`, `visibility:hidden`) was read as the policy with
    no word.  It is the policy's own text when a tab, an accordion or a 「read more」 shows it (real pages hide their
    Chinese edition until a language tab is clicked), so it stays read; the reader now says so, naming its line, when
    it holds prose (a sentence's end): a reader of the page may not see it (a drafting note hidden by a style)."""
    texts, warnings = _texts(_PAGE.format(inner), ".html")
    assert any(text in t for t in texts), texts
    assert [w for w in warnings if "hides" in w] == [
        "line 2: text the page hides (hidden, display:none, a closed <dialog>) is read as the policy's (a tab, an accordion or a script may show it)"
    ]


@pytest.mark.parametrize(
    "inner",
    [
        '<p>適用<span aria-hidden="true">★</span>地區。</p>',  # hidden from a screen reader only: on the page
        '<div hidden="until-found"><p>可搜尋的內容。</p></div>',  # shown by the browser's find
        "<details><summary>更多</summary><p>細節內容。</p></details>",  # shown on demand
        "<dialog open><p>我們使用 Cookie 以提供服務。</p></dialog>",  # an open dialog is on the page
        '<p style="--x-display:none;color:red">紅字。</p>',  # a custom property, not `display`
        '<p style="display:block">顯示。</p><div style="display:none"></div><input hidden value="x">',  # hidden, but empty
        '<ul class="lang-pop" role="menu" hidden><li>繁體中文</li><li>简体中文</li><li>English</li></ul>',  # a menu, no prose
    ],
)
def test_text_on_the_page_is_not_announced_as_hidden(inner: str) -> None:
    texts, warnings = _texts(_PAGE.format(inner), ".html")
    assert "我們保存五年。" in texts
    assert not [w for w in warnings if "hides" in w], warnings


def test_hidden_elements_are_counted_and_a_fragment_names_its_own_lines() -> None:
    page = "<html><body><h1>隱私權政策</h1>\n" + "".join(f"<p hidden>第{k}段。</p>\n" for k in range(7)) + "</body></html>"
    _, warnings = _texts(page, ".html")
    assert next(w for w in warnings if "hides" in w).startswith("lines 2, 3, 4, 5, 6 and 2 more: text the page hides")
    markdown = "# 隱私權政策\n\n我們收集您的姓名。\n\n<p hidden>隱藏段落。</p>\n<p hidden>第二段。</p>\n"
    texts, warnings = _texts(markdown, ".md")
    assert "隱藏段落。" in texts
    assert next(w for w in warnings if "hides" in w).startswith("lines 5, 6: text the page hides")


_REACT = "export default function Privacy() {{\n  return (\n    <div>\n      <h1>隱私權政策</h1>\n      {}\n    </div>\n  );\n}}\n"


@pytest.mark.parametrize(
    ("child", "read", "dropped"),
    [
        ("<p>我們{region === 'tw' ? '依個資法' : '依私隱條例'}處理您的資料。</p>", "我們依私隱條例處理您的資料。", ["依個資法"]),
        ('<p>{isTW ? "本公司依個資法辦理。" : "本公司依私隱條例辦理。"}</p>', "本公司依私隱條例辦理。", ["本公司依個資法辦理。"]),
        ("<p>適用{isTW ? <b>台灣</b> : <b>香港</b>}地區。</p>", "適用台灣地區。", ["香港"]),
        ("<p>由{a ? '甲' : b ? '乙' : '丙'}公司處理。</p>", "由甲公司處理。", ["乙", "丙"]),
        ("<p>我們{tw ? `依${law}辦理` : `依私隱條例`}。</p>", "我們依辦理。", ["依私隱條例"]),
    ],
)
def test_a_conditions_inline_branches_are_not_joined(child: str, read: str, dropped: list[str]) -> None:
    """Class: both branches of a JSX condition were read into one sentence (「我們依個資法依私隱條例處理」), which no
    version of the page says.  The longest branch is read (the first of equals: review u28w); each other one is named in a
    warning."""
    texts, warnings = _texts(_REACT.format(child), ".jsx")
    assert texts == [read]
    more = f" and {len(dropped) - 1} more are" if len(dropped) > 1 else " is"
    # one warning a line: the first branch not read, and how many more
    assert [w.split(" not read")[0] for w in warnings if "other branch" in w] == [
        f"line 5: a condition's other branch 「{dropped[0]}」{more}"
    ]


@pytest.mark.parametrize(
    ("child", "texts"),
    [
        ("{isTW ? <p>台灣用戶請聯絡甲。</p> : <p>香港用戶請聯絡乙。</p>}", ["台灣用戶請聯絡甲。", "香港用戶請聯絡乙。"]),
        # (thirty-seventh session, u37r2: a language switch reads both editions, each its own paragraph: load/jsx_locale.py)
        ("<p>{lang === 'en' ? 'Privacy' : '我們重視隱私。'}</p>", ["Privacy", "我們重視隱私。"]),
        ("<p>{isTW && '只在台灣。'}{'並保存五年。'}</p>", ["只在台灣。並保存五年。"]),
        ("<p>我們收集{name ? name : '您的姓名'}。</p>", ["我們收集您的姓名。"]),
    ],
)
def test_block_branches_and_single_texts_are_read_as_before(child: str, texts: list[str]) -> None:
    """The look-alikes: block branches are paragraphs of their own (a page localised in place, each read), an English
    branch is code, and an expression with one Chinese text keeps it."""
    read, warnings = _texts(_REACT.format(child), ".jsx")
    assert read == texts
    assert not [w for w in warnings if "other branch" in w]


@pytest.mark.parametrize(
    ("page", "suffix", "branch"),
    [
        (
            '<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <p>我們<span v-if="tw">依個資法</span><span v-else-if="mo">依澳門法</span>'
            "<span v-else>依私隱條例</span>處理您的資料。</p>\n  </div>\n</template>\n",
            ".vue",
            "span",
        ),
        (
            '<view class="title">隱私權政策</view>\n<view>我們<text wx:if="{{tw}}">依個資法</text><text wx:else>依私隱條例</text>'
            "處理您的資料。</view>\n",
            ".wxml",
            "text",
        ),
        (
            '<view class="title">隱私權政策</view>\n<view>我們<block wx:if="{{tw}}">依個資法</block><block wx:elif="{{mo}}">依澳門法'
            "</block><block wx:else>依私隱條例</block>處理您的資料。</view>\n",
            ".wxml",
            "block",
        ),
        (
            '<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <p>我們<template v-if="tw">依個資法</template><template v-else>依私隱條例'
            "</template>處理您的資料。</p>\n  </div>\n</template>\n",
            ".vue",
            "template",
        ),
    ],
)
def test_a_templates_inline_else_branch_is_not_joined(page: str, suffix: str, branch: str) -> None:
    """Class: the same in Vue and mini-program templates: `<span v-if>…</span><span v-else>…</span>` ran into one
    sentence.  One inline branch is read, the longest (twenty-ninth session: the first was, see
    `test_hostile29.py`); the others (`v-if`, `v-else-if`, `wx:elif`, `wx:else`…) are skipped with a warning."""
    texts, warnings = _texts(page, suffix)
    assert "我們依私隱條例處理您的資料。" in texts, texts  # (a Vue <template v-if> in a sentence ended its paragraph too)
    assert any(f"<{branch} " in w and "a condition's other branch" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("page", "suffix"),
    [
        (
            '<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <p v-if="tw">台灣用戶請聯絡甲。</p>\n    <p v-else>香港用戶請聯絡乙。</p>\n  </div>\n</template>\n',
            ".vue",
        ),
        (
            '<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <template v-if="tw"><p>台灣用戶請聯絡甲。</p></template>\n'
            "    <template v-else><p>香港用戶請聯絡乙。</p></template>\n  </div>\n</template>\n",
            ".vue",
        ),
        (
            '<view class="title">隱私權政策</view>\n<block wx:if="{{tw}}"><view>台灣用戶請聯絡甲。</view></block>\n'
            "<block wx:else><view>香港用戶請聯絡乙。</view></block>\n",
            ".wxml",
        ),
    ],
)
def test_a_templates_block_else_branch_is_still_read(page: str, suffix: str) -> None:
    """The look-alike: a branch that is a paragraph of its own (`<p v-else>`, a `<block wx:else>` between paragraphs)
    is read, as before."""
    texts, warnings = _texts(page, suffix)
    assert texts == ["台灣用戶請聯絡甲。", "香港用戶請聯絡乙。"]
    assert not [w for w in warnings if "other branch" in w]


def test_react_warnings_survive_a_second_reading() -> None:
    """A page read twice (numbered titles by their siblings) lost the warnings added after its first reading: the
    `dangerouslySetInnerHTML` one (twenty-seventh round) vanished without a word."""
    child = (
        "<p>1.存取您的資料<br />我們提供存取您的資料的方式。</p>\n"
        "      <p>2.刪除您的個人資訊及其他相關的資料：<br />您可以要求刪除您的資料。</p>\n"
        "      <div dangerouslySetInnerHTML={{ __html: '<p>第三方服務。</p>' }} />"
    )
    _, warnings = _texts(_REACT.format(child), ".jsx")
    assert "line 7: the HTML set by dangerouslySetInnerHTML (code) is not read" in warnings


@pytest.mark.parametrize(
    ("run", "text"),
    [
        ('<w:sym w:font="Wingdings" w:char="F0FE"/><w:t>同意提供個人資料。</w:t>', "☑同意提供個人資料。"),
        ('<w:sym w:font="Wingdings" w:char="F0A8"/><w:t>不同意提供個人資料。</w:t>', "◻不同意提供個人資料。"),
        ('<w:sym w:font="Wingdings 2" w:char="F052"/><w:t>已閱讀並同意。</w:t>', "☑已閱讀並同意。"),
        ('<w:t>保存期間</w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t>五年。</w:t>', "保存期間≥五年。"),
        ('<w:t>費用</w:t><w:sym w:font="Symbol" w:char="B4"/><w:t>二。</w:t>', "費用×二。"),
        ('<w:t>評分</w:t><w:sym w:font="Segoe UI Symbol" w:char="2605"/><w:t>。</w:t>', "評分★。"),
    ],
)
def test_a_docx_symbol_is_read(tmp_path: Path, run: str, text: str) -> None:
    """Class: a `w:sym` (Insert ▸ Symbol) was dropped without a word: 「☑ 同意」 and 「◻ 不同意」 read 「同意」 and
    「不同意」, 「≥五年」 read 「五年」.  The character its font shows is read."""
    texts, warnings = _docx_texts(_docx(tmp_path / "p.docx", f"<w:p><w:r>{run}</w:r></w:p>"))
    assert text in texts, texts
    assert not warnings


@pytest.mark.parametrize(
    "sym", ['<w:sym w:font="Webdings" w:char="F061"/>', '<w:sym w:font="Wingdings" w:char="F0B0"/>', '<w:sym w:char="zz"/>']
)
def test_a_docx_symbol_that_cannot_be_told_is_named(tmp_path: Path, sym: str) -> None:
    texts, warnings = _docx_texts(_docx(tmp_path / "p.docx", f"<w:p><w:r>{sym}<w:t>未知符號。</w:t></w:r></w:p>"))
    assert "未知符號。" in texts
    assert len(warnings) == 1 and warnings[0].startswith(
        "symbol characters (w:sym) of a font policylens cannot read are not read: paragraph 2 ("
    )


def test_text_typed_in_a_symbol_font_is_read_as_shown(tmp_path: Path) -> None:
    """The same symbol typed as text in a symbol font (「þ」 in Wingdings is ☑); a Chinese character in the same run
    is drawn by the East Asian font and stays, and 「þ」 in any other font is 「þ」."""
    fonts = '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:eastAsia="新細明體"/></w:rPr>'
    body = (
        f"<w:p><w:r>{fonts}<w:t>þ</w:t></w:r><w:r><w:t>同意。</w:t></w:r></w:p>"
        f"<w:p><w:r>{fonts}<w:t>¨不同意。</w:t></w:r></w:p>"
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr><w:t>Café þ。</w:t></w:r></w:p>'
    )
    texts, _ = _docx_texts(_docx(tmp_path / "p.docx", body))
    assert {"☑同意。", "◻不同意。", "Café þ。"} <= set(texts), texts


def test_symbol_tables_hold_one_character_each() -> None:
    """A symbol read stands where its code stood: one character for one (columns of the findings after it hold)."""
    from policylens.load.docx.symbols import _SYMBOL, _WINGDINGS, _WINGDINGS_2

    assert all(len(c) == 1 for table in (_SYMBOL, _WINGDINGS, _WINGDINGS_2) for c in table.values())


def test_an_embedded_object_is_named(tmp_path: Path) -> None:
    """Class: an embedded object (Insert ▸ Object: an Excel sheet of the data collected) shows text the reader never
    reads, with no word of it.  A picture (`w:drawing`) holds no text and is not named."""
    obj = (
        '<w:object><v:shape><v:imagedata r:id="rId9"/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rId8"/></w:object>'
    )
    body = f"<w:p><w:r><w:t>我們收集的資料如下表：</w:t></w:r><w:r>{obj}</w:r></w:p>"
    _, warnings = _docx_texts(_docx(tmp_path / "p.docx", body))
    assert warnings == ["1 embedded object (Excel.Sheet.12) not read"]
    picture = "<w:p><w:r><w:t>如圖：</w:t></w:r><w:r><w:drawing/></w:r></w:p>"
    _, warnings = _docx_texts(_docx(tmp_path / "q.docx", picture))
    assert warnings == []


def test_an_else_branch_left_open_ends_with_its_block() -> None:
    """An inline branch whose end tag is missing ends where its paragraph does, as a browser closes it: the rest of
    the page is read (it was skipped to the end of the file)."""
    page = '<h1>隱私權政策</h1>\n<p>我們<span v-if="a">依個資法</span><span v-else>依私隱條例</p>\n<p>我們保存五年。</p>\n'
    texts, warnings = _texts(page, ".html")
    assert texts == ["我們依個資法", "我們保存五年。"]
    assert not [w for w in warnings if "never closed" in w]


def _check_box(state: str) -> str:
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="C1"/><w:checkBox><w:sizeAuto/>{state}</w:checkBox>'
        '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_a_legacy_check_box_shows_its_state(tmp_path: Path) -> None:
    """Class: a legacy check box field (FORMCHECKBOX) has no text in the file, Word draws its state: 「☒同意。☐不同意。」
    read 「同意。不同意。」.  Its box is read, checked by `w:checked` or else its `w:default`; another field (FORMTEXT) adds
    no box."""
    on, off = '<w:default w:val="1"/>', '<w:default w:val="0"/>'
    checked, unchecked = off + "<w:checked/>", on + '<w:checked w:val="0"/>'
    body = (
        f"<w:p>{_check_box(on)}<w:r><w:t>同意。</w:t></w:r>{_check_box(off)}<w:r><w:t>不同意。</w:t></w:r></w:p>"
        f"<w:p>{_check_box(checked)}<w:r><w:t>已勾選。</w:t></w:r>{_check_box(unchecked)}"
        "<w:r><w:t>未勾選。</w:t></w:r></w:p>"
        '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:textInput/></w:ffData></w:fldChar></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>甲公司</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:t>負責處理。</w:t></w:r></w:p>"
    )
    texts, _ = _docx_texts(_docx(tmp_path / "p.docx", body))
    assert {"☒同意。☐不同意。", "☒已勾選。☐未勾選。", "甲公司負責處理。"} <= set(texts), texts
