"""DOCX titles marked by direct formatting only (issue #8, blind round misses): a title and its body
in one paragraph split by a manual line break, sub-titles marked by colour, depths given by font size.

Each class has its look-alikes: a sentence broken by hand, a bold lead-in with its text, links and
grey text, a document whose body is coloured, one larger line above a pop-up, Word heading styles.
Files are built with python-docx; the real file is in `tests/data/real/` (see `tests/data/SOURCES.md`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

BODY = "我们会依法处理您的个人信息，并采取适当的安全措施保护您的信息安全。"
REAL = Path(__file__).parent / "data" / "real"


def _para(document, *runs: tuple[str, dict[str, object]]):
    """A paragraph of runs: b (bold), c (hex colour), s (points), br (a line break after the run)."""
    para = document.add_paragraph()
    for text, look in runs:
        run = para.add_run(text)
        if look.get("b"):
            run.bold = True
        if look.get("c"):
            run.font.color.rgb = RGBColor.from_string(str(look["c"]))
        if look.get("s"):
            run.font.size = Pt(float(look["s"]))  # type: ignore[arg-type]
        if look.get("br"):
            run.add_break()
    return para


def _link(document, text: str, colour: str = "0563C1"):
    """A paragraph that is one hyperlink run, coloured as Word draws links."""
    para = document.add_paragraph()
    rel = document.part.relate_to(
        "https://example.cn/privacy", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True
    )
    link = parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:rPr><w:color w:val="{colour}"/></w:rPr><w:t>{text}</w:t></w:r></w:hyperlink>'
    )
    para._p.append(link)
    return para


def _parse(document, tmp_path: Path):
    path = tmp_path / "policy.docx"
    document.save(str(path))
    return parse_path(path)


def _paragraph_texts(doc) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


# -- 1. a title and its body in one paragraph, split by <w:br/> -----------------------------------


def test_a_title_line_before_a_manual_break_is_a_heading(tmp_path: Path) -> None:
    document = docx.Document()
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, (BODY, {}))
    _para(document, ("信息收集", {"b": 1, "br": 1}), (BODY, {}))
    _para(document, ("信息使用", {"b": 1, "br": 1}), (BODY, {}))
    _para(document, ("三、联系我们", {"br": 1}), (BODY, {}))  # numbered: no bold needed
    doc = _parse(document, tmp_path)
    assert [(line, text) for line, _, text in headings(doc)] == [(3, "信息收集"), (4, "信息使用"), (5, "三、联系我们")]
    assert _paragraph_texts(doc).count(BODY) == 4  # each body stays, without its title
    section = next(s for s in doc.sections if s.title == "信息使用")
    assert (section.paragraphs[0].line, section.paragraphs[0].column) == (4, 6)  # after 「信息使用」 and the break


def test_a_sentence_or_a_bold_lead_in_broken_by_hand_stays_one_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, (BODY, {}))
    _para(document, ("我们会通过", {"br": 1}), ("短信或邮件通知您。", {}))  # a sentence broken by hand
    _para(document, ("用户知情同意：", {"b": 1, "br": 1}), ("您知悉并同意，您的数据将被传输并存储于境外。", {"b": 1}))  # all bold
    _para(document, ("1、我们会收集您的设备信息，用于保障安全。", {"br": 1}), ("2、我们会收集您的位置信息。", {}))  # two items
    _para(document, ("重要", {"b": 1, "br": 1}), ("提示：", {"b": 1}), (BODY, {}))  # the rest opens bold too
    doc = _parse(document, tmp_path)
    assert headings(doc) == []
    assert "我们会通过 短信或邮件通知您。" in _paragraph_texts(doc)


def test_a_real_spec_keeps_its_title_line_before_a_break() -> None:
    """ZKAFKA/FittingRoomAI: 「1.1 产品愿景：<w:br/>让用户…」 was read as one paragraph (no heading)."""
    doc = parse_path(REAL / "fittingroom-spec.zh-Hans.docx")
    found = {line: (level, text) for line, level, text in headings(doc)}
    assert found[4] == (2, "1.1 产品愿景：")
    assert found[3][0] == 1 and found[5][0] == 2 and found[8][0] == 2  # 1. over 1.1, 1.2, 1.3
    section = next(s for s in doc.sections if s.line == 4)
    assert section.paragraphs[0].text.startswith("让用户能够便捷")


# -- 2. sub-titles marked by colour in a document without heading styles ---------------------------


def _coloured(document, colour: str, *, bold: bool = False) -> None:
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, (BODY, {}))
    _para(document, ("一、信息收集", {"b": 1}))
    _para(document, ("账号信息", {"c": colour, "b": bold}))
    _para(document, (BODY, {}))
    _para(document, ("设备信息", {"c": colour, "b": bold}))
    _para(document, (BODY, {}))
    _para(document, ("二、信息使用", {"b": 1}))
    _para(document, (BODY, {}))


@pytest.mark.parametrize("bold", [False, True])
def test_a_coloured_sub_title_is_a_heading(tmp_path: Path, bold: bool) -> None:
    document = docx.Document()
    _coloured(document, "1F4E79", bold=bold)
    assert headings(_parse(document, tmp_path)) == [(3, 1, "一、信息收集"), (4, 2, "账号信息"), (6, 2, "设备信息"), (8, 1, "二、信息使用")]


def test_grey_text_links_and_coloured_sentences_are_read_as_without_colour(tmp_path: Path) -> None:
    def build(coloured: bool):
        document = docx.Document()
        _para(document, ("隐私政策", {"b": 1}))
        _para(document, (BODY, {}))
        _para(document, ("一、信息收集", {"b": 1}))
        _para(document, ("账号信息", {"c": "666666" if coloured else ""}))  # a grey: body text drawn lighter
        _para(document, (BODY, {}))
        _link(document, "第三方隐私政策", "0563C1" if coloured else "000000")  # a link, drawn blue
        _para(document, (BODY, {}))
        _para(document, ("请您务必仔细阅读本政策，如有疑问请联系我们。", {"c": "FF0000" if coloured else ""}))  # a red warning
        _para(document, ("二、信息使用", {"b": 1}))
        _para(document, (BODY, {}))
        return headings(_parse(document, tmp_path))

    plain = build(False)
    assert build(True) == plain
    assert "账号信息" not in [text for _, _, text in plain]


def test_colour_is_no_cue_when_the_body_is_coloured_or_headings_are_styled(tmp_path: Path) -> None:
    document = docx.Document()  # every paragraph in one blue: the colour marks nothing
    _para(document, ("隐私政策", {"b": 1, "c": "1C85E3"}))
    _para(document, (BODY, {"c": "1C85E3"}))
    _para(document, ("一、信息收集", {"b": 1, "c": "1C85E3"}))
    _para(document, ("账号信息", {"c": "1C85E3"}))
    _para(document, ("我们会收集您的账号信息，用于登录；", {"c": "1C85E3"}))
    _para(document, (BODY, {"c": "1C85E3"}))
    before = headings(_parse(document, tmp_path))
    assert "账号信息" not in [text for _, _, text in before]
    styled = docx.Document()  # Word heading styles are the outline: a coloured line is body text
    styled.add_heading("信息收集", level=1)
    _para(styled, ("账号信息", {"c": "1F4E79"}))
    _para(styled, (BODY, {}))
    styled.add_heading("信息使用", level=1)
    _para(styled, (BODY, {}))
    assert [text for _, _, text in headings(_parse(styled, tmp_path))] == ["信息收集", "信息使用"]


def _two_looks(
    document,
    top: dict[str, object],
    sub: dict[str, object],
    outline=(("信息收集", ("账号信息", "设备信息")), ("信息使用", ("服务提供", "安全保障")), ("联系我们", ())),
) -> None:
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, (BODY, {}))
    for name, subs in outline:
        _para(document, (name, top))
        _para(document, (BODY, {}))
        for title in subs:
            _para(document, (title, sub))
            _para(document, (BODY, {}))


@pytest.mark.parametrize(
    ("top", "sub"),
    [({"b": 1}, {"b": 1, "c": "1F4E79"}), ({"b": 1}, {"b": 1, "c": "C00000"}), ({"b": 1, "c": "C00000"}, {"b": 1})],
)
def test_two_looks_of_unnumbered_titles_give_two_levels(tmp_path: Path, top: dict[str, object], sub: dict[str, object]) -> None:
    document = docx.Document()
    _two_looks(document, top, sub)
    doc = _parse(document, tmp_path)
    assert doc.metadata.title_line == 1
    assert [(level, text) for _, level, text in headings(doc)] == [
        (1, "信息收集"),
        (2, "账号信息"),
        (2, "设备信息"),
        (1, "信息使用"),
        (2, "服务提供"),
        (2, "安全保障"),
        (1, "联系我们"),
    ]


def test_looks_without_an_outline_give_no_levels(tmp_path: Path) -> None:
    blue = {"b": 1, "c": "1F4E79"}
    document = docx.Document()  # the second look never comes before the first again: a closing block, not sub-titles
    _two_looks(document, {"b": 1}, blue, outline=(("信息收集", ()), ("信息使用", ("客服热线", "工作时间"))))
    assert {level for _, level, _ in headings(_parse(document, tmp_path))} == {1}
    document = docx.Document()  # numbered titles: the numbers decide
    _two_looks(
        document,
        {"b": 1},
        blue,
        outline=(("一、信息收集", ("1. 账号信息", "2. 设备信息")), ("二、信息使用", ("1. 服务提供", "2. 安全保障"))),
    )
    assert [level for _, level, _ in headings(_parse(document, tmp_path))] == [1, 2, 2, 1, 2, 2]
    document = docx.Document()  # one look: all siblings
    _two_looks(document, {"b": 1}, {"b": 1})
    assert {level for _, level, _ in headings(_parse(document, tmp_path))} == {1}


# -- 3. depths given by font size only -------------------------------------------------------------


def _sized(document, sizes: tuple[float, float, float], *, bold: bool = True) -> None:
    title, section, sub = sizes
    _para(document, ("隐私政策", {"b": bold, "s": title}))
    _para(document, (BODY, {"s": 12}))
    for name, subs in (("信息收集", ("账号信息", "设备信息")), ("信息使用", ("服务提供",))):
        _para(document, (name, {"b": bold, "s": section}))
        _para(document, (BODY, {"s": 12}))
        for s in subs:
            _para(document, (s, {"b": bold, "s": sub}))
            _para(document, (BODY, {"s": 12}))


@pytest.mark.parametrize("bold", [True, False])
def test_font_sizes_give_the_depth(tmp_path: Path, bold: bool) -> None:
    document = docx.Document()
    _sized(document, (22, 16, 14), bold=bold)
    doc = _parse(document, tmp_path)
    assert doc.metadata.title == "隐私政策" and doc.metadata.title_line == 1
    assert headings(doc) == [(3, 1, "信息收集"), (5, 2, "账号信息"), (7, 2, "设备信息"), (9, 1, "信息使用"), (11, 2, "服务提供")]


def test_one_larger_size_or_styled_headings_give_no_depth(tmp_path: Path) -> None:
    document = docx.Document()  # one size above the body: no outline, and no title by size
    _para(document, ("温馨提示", {"s": 16}))
    _para(document, (BODY, {"s": 12}))
    _para(document, ("隐私政策", {"b": 1, "s": 16}))
    _para(document, ("一、信息收集", {"b": 1}))
    _para(document, (BODY, {"s": 12}))
    doc = _parse(document, tmp_path)
    assert doc.metadata.title_line != 1
    assert all(level == 1 for _, level, _ in headings(doc))
    document = docx.Document()  # a smaller size first: not the parent of the larger one after it
    _para(document, ("信息收集", {"b": 1, "s": 14}))
    _para(document, (BODY, {"s": 12}))
    _para(document, ("信息使用", {"b": 1, "s": 16}))
    _para(document, (BODY, {"s": 12}))
    _para(document, ("账号信息", {"b": 1, "s": 14}))
    _para(document, (BODY, {"s": 12}))
    assert {level for _, level, _ in headings(_parse(document, tmp_path))} == {1}
    styled = docx.Document()
    styled.add_heading("信息收集", level=1)
    _para(styled, ("账号信息", {"b": 1, "s": 16}))
    _para(styled, (BODY, {}))
    _para(styled, ("设备信息", {"b": 1, "s": 14}))
    _para(styled, (BODY, {}))
    levels = [level for _, level, _ in headings(_parse(styled, tmp_path))]
    assert levels[0] == 1 and 3 not in levels


def test_a_large_sentence_is_no_sized_heading(tmp_path: Path) -> None:
    document = docx.Document()
    _sized(document, (22, 16, 14))
    _para(document, ("请您在使用前仔细阅读并充分理解本政策的全部内容，如有疑问请联系我们。", {"b": 1, "s": 16}))
    _para(document, (BODY, {"s": 12}))
    doc = _parse(document, tmp_path)
    assert len(headings(doc)) == 5 and doc.metadata.title_line == 1


# -- review rv10b (tenth session): sentences, addresses, dates and buttons are no titles --------------


def test_a_numbered_or_bold_sentence_broken_by_hand_stays_one_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, ("一、信息收集", {}))
    _para(document, ("（一）在以下情形中我们可能会向", {"br": 1}), ("第三方提供您的个人信息。", {}))  # ends on an open word
    _para(document, ("2、您注册账号时", {"br": 1}), ("需要提供手机号码。", {}))
    _para(document, ("1. 根据法律法规的规定", {"br": 1}), ("我们可能会处理您的信息。", {}))  # opens as a sentence
    _para(document, ("我们不会出售您的个人信息", {"b": 1, "br": 1}), ("我们采用加密技术保护您的信息。", {}))
    _para(document, ("请您务必仔细阅读并充分理解本政策", {"b": 1, "br": 1}), ("如您不同意，请停止使用。", {}))
    _para(document, ("二、信息使用", {}))
    _para(document, (BODY, {}))
    doc = _parse(document, tmp_path)
    assert [text for _, _, text in headings(doc)] == ["一、信息收集", "二、信息使用"]


def test_a_title_that_asks_as_titles_do_is_still_cut(tmp_path: Path) -> None:
    document = docx.Document()
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, (BODY, {}))
    _para(document, ("我们如何使用您的信息", {"b": 1, "br": 1}), (BODY, {}))
    _para(document, ("我们如何保护您的信息", {"b": 1, "br": 1}), (BODY, {}))
    doc = _parse(document, tmp_path)
    assert [text for _, _, text in headings(doc)] == ["我们如何使用您的信息", "我们如何保护您的信息"]


def test_coloured_addresses_book_titles_and_buttons_are_no_titles(tmp_path: Path) -> None:
    document = docx.Document()
    _para(document, ("隐私政策", {"b": 1}))
    for title in ("信息收集", "信息使用"):
        _para(document, (title, {"b": 1}))
        _para(document, ("账号信息", {"b": 1, "c": "1F4E79"}))
        _para(document, (BODY, {}))
        _para(document, ("https://www.kdsoft.cn/privacy", {"c": "1F4E79"}))
        _para(document, ("设备信息", {"b": 1, "c": "1F4E79"}))
        _para(document, (BODY, {}))
        _para(document, ("《用户服务协议》", {"c": "C00000"}))
        _para(document, ("点击下方按钮同意", {"c": "C00000"}))
    doc = _parse(document, tmp_path)
    titles = [text for _, _, text in headings(doc)]
    assert not {"https://www.kdsoft.cn/privacy", "《用户服务协议》", "点击下方按钮同意"} & set(titles), titles


def test_larger_closing_lines_are_no_sized_titles(tmp_path: Path) -> None:
    document = docx.Document()
    _para(document, ("隐私政策", {"s": 18}))
    for title, sub in (("信息收集", "账号信息"), ("信息使用", "设备信息")):
        _para(document, (title, {"s": 14}))
        _para(document, (sub, {"s": 12}))
        _para(document, (BODY, {"s": 10.5}))
    _para(document, ("某某科技有限公司", {"s": 12}))
    _para(document, ("2024年1月1日", {"s": 12}))
    doc = _parse(document, tmp_path)
    titles = [text for _, _, text in headings(doc)]
    assert "某某科技有限公司" not in titles and "2024年1月1日" not in titles, titles
    assert titles == ["信息收集", "账号信息", "信息使用", "设备信息"]


def test_numbered_titles_naming_us_or_you_before_a_break_are_titles(tmp_path: Path) -> None:
    # review rv10c: 「一、我们收集的信息」 and 「三、您的权利」 before a manual break are the commonest titles
    document = docx.Document()
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, ("一、我们收集的信息", {"br": 1}), (BODY, {}))
    _para(document, ("二、信息的使用", {"br": 1}), (BODY, {}))
    _para(document, ("三、您的权利", {"br": 1}), ("您可以在设置中删除您的账号。", {}))
    doc = _parse(document, tmp_path)
    assert [text for _, _, text in headings(doc)] == ["一、我们收集的信息", "二、信息的使用", "三、您的权利"]


def test_a_title_that_is_a_noun_phrase_with_a_verb_in_it_is_cut(tmp_path: Path) -> None:
    # 「我们可能收集的信息」: its last 的 after a verb makes it a noun phrase, a title (「我们不会出售您的个人信息」 is not)
    document = docx.Document()
    _para(document, ("隐私政策", {"b": 1}))
    _para(document, (BODY, {}))
    _para(document, ("我们可能收集的信息", {"b": 1, "br": 1}), (BODY, {}))
    _para(document, ("我们可能向您发送的邮件和信息", {"b": 1, "br": 1}), (BODY, {}))
    _para(document, ("我们不会出售您的个人信息", {"b": 1, "br": 1}), ("我们采用加密技术保护您的信息。", {}))
    doc = _parse(document, tmp_path)
    assert [text for _, _, text in headings(doc)] == ["我们可能收集的信息", "我们可能向您发送的邮件和信息"]
