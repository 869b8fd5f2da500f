"""Heading classes of the eleventh session, both ways: what must be found, and the look-alikes that must not change.

(a) a bare title line directly above a run of 「标签：值」 lines (plain text, and an .html with no
    markup, read as plain text); (b) DOCX paragraphs whose number is glued to the title
    (「2删除个人信息」, 「3.1查询」), never a quantity (「2021年」, 「3000元」, 「1天内」); (c) an HTML
    list item whose title is the bold run before its <br>; (d) the number reader shared by `load`
    and `structure` (`policylens.numbering`), so that `load` imports nothing from `structure`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string
from policylens.load.lines import title_over_fields
from policylens.numbering import parse_number

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cli" / "policylens"
BODY = "我们会依法处理您的个人信息，并采取适当的安全措施保护您的信息安全。"

# -- (a) a bare title above a run of label: value lines -------------------------------------
FIELDS_TEXT = (
    "某某App隐私政策\n"
    "\n"
    "我们非常重视您的个人信息保护。本政策说明我们如何收集和使用您的信息。\n"
    "\n"
    "我们收集的信息\n"
    "我们会收集您的设备信息，用于保障服务安全。\n"
    "\n"
    "第三方SDK列表\n"
    "SDK名称：友盟统计\n"
    "使用目的：统计分析\n"
    "收集信息：设备标识符\n"
    "\n"
    "您的权利\n"
    "您可以访问、更正、删除您的个人信息。\n"
    "\n"
    "联系方式\n"
    "电话：010-12345678\n"
    "邮箱：privacy@example.com\n"
)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_bare_title_over_label_value_lines_is_a_heading(suffix: str) -> None:
    titles = [(line, title) for line, _, title in headings(parse_string(FIELDS_TEXT, suffix))]
    assert titles == [(5, "我们收集的信息"), (8, "第三方SDK列表"), (13, "您的权利"), (16, "联系方式")]


def test_the_label_value_lines_stay_body() -> None:
    doc = parse_string(FIELDS_TEXT, ".html")
    section = next(s for s in doc.sections if s.title == "第三方SDK列表")
    text = "\n".join(p.text for p in section.paragraphs)
    assert "SDK名称：友盟统计" in text and "收集信息：设备标识符" in text


@pytest.mark.parametrize(
    "above",
    [
        "某某科技有限公司",  # a company's name over its address and phone
        "殷慈遠（TzuYuan Yin）",  # a person's name over the contact fields (eval/profiles/docs/erikyin-tw)
        "2024年1月1日",  # a date
    ],
)
def test_look_alikes_above_fields_are_not_titles(above: str) -> None:
    text = f"隐私政策\n\n一、总则\n{BODY}\n\n{above}\n电话：010-12345678\n邮箱：privacy@example.com\n"
    assert above not in [title for _, _, title in headings(parse_string(text, ".html"))]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_the_first_section_over_fields_right_under_the_title(suffix: str) -> None:
    """「联系方式」 first under the document title, over 「公司名称：…」 / 「电话：…」: the first section, not a subtitle."""
    text = f"某某App隐私政策\n\n联系方式\n公司名称：某某科技有限公司\n电话：010-12345678\n\n一、我们收集的信息\n{BODY}\n\n二、您的权利\n{BODY}\n"
    assert [title for _, _, title in headings(parse_string(text, suffix))] == ["联系方式", "一、我们收集的信息", "二、您的权利"]


@pytest.mark.parametrize(
    ("subtitle", "fields"),
    [
        ("某某App", "开发者：某某科技有限公司\n邮箱：privacy@example.com"),  # a product's name over its publisher
        ("用户信息说明", "更新日期：2024年1月1日\n生效日期：2024年1月1日"),  # the document's own dates
        ("基本信息", "更新日期：2024年1月1日\n版本：V1.0"),
    ],
)
def test_a_subtitle_over_the_header_fields_stays_preamble(subtitle: str, fields: str) -> None:
    text = f"某某App隐私政策\n\n{subtitle}\n{fields}\n\n一、我们收集的信息\n{BODY}\n\n二、您的权利\n{BODY}\n"
    assert subtitle not in [title for _, _, title in headings(parse_string(text, ".html"))]


@pytest.mark.parametrize(
    ("above", "first", "second"),
    [
        ("第三方SDK列表", "SDK名称：友盟统计", "使用目的：统计分析"),
        ("卢加诺，瑞士", "电子邮件：privacy@podtxt.com", "网站：https://www.podtxt.com"),  # a place (eval/precision8/podtxt-cn)
        ("如有问题您可以通过以下方式联系", "电话：010-12345678", "邮箱：privacy@example.com"),  # a sentence going on
        ("我们会将信息提供给", "SDK名称：友盟统计", "使用目的：统计分析"),  # a clause waiting for its object
        ("客服热线", "电话：010-12345678", "我们会在十五个工作日内答复您的请求。"),  # one field, then text
        ("第三方SDK列表", "SDK名称：", "友盟统计"),  # a label over its value on the next line
        ("某某科技有限公司", "地址：北京市海淀区某某路1号", "电话：010-12345678"),
        ("SDK 大小约为 56 KB", "SDK名称：数数科技SDK", "开发者：数数信息科技(上海)有限公司"),  # a sentence (an SDK's read-me)
    ],
)
def test_only_a_title_over_two_fields_splits(above: str, first: str, second: str) -> None:
    assert title_over_fields(above, first, second) is (above == "第三方SDK列表" and second != "友盟统计")


def test_real_sdk_entries_in_a_quote_are_read_alike() -> None:
    """eval/precision8/wisdomgarden-cn: ten SDK names, each over its 「SDK名称：…」 fields; seven were read before, now all."""
    doc = parse_path(ROOT / "eval" / "precision8" / "wisdomgarden-cn" / "privacy-policy-zh-CN.md")
    titles = [title for _, _, title in headings(doc)]
    for name in ("极光推送核心服务SDK", "极光推送SDK", "OneSignal SDK", "VIVO推送 SDK", "荣耀推送 SDK", "腾讯浏览服务SDK"):
        assert name in titles
    assert not any(title and title.startswith(("SDK名称", "使用目的", "官网链接")) for title in titles)


# -- (b) DOCX paragraphs numbered with the number glued to the title --------------------------
docx = pytest.importorskip("docx")


def _docx(tmp_path: Path, paragraphs: list[str], *, bold: bool = False, styled: bool = False) -> Path:
    document = docx.Document()
    document.add_paragraph("某某App隐私政策", style="Title")
    if styled:
        document.add_paragraph("引言", style="Heading 1")
    for text in paragraphs:
        run = document.add_paragraph().add_run(text)
        run.bold = bold and text != BODY
    path = tmp_path / "policy.docx"
    document.save(str(path))
    return path


GLUED = ["1我们收集的信息", BODY, "1.1账号信息", BODY, "1.2设备信息", BODY, "2删除个人信息", BODY, "3您的权利", BODY, "3.1查询", BODY]
OUTLINE = [
    (1, "1我们收集的信息"),
    (2, "1.1账号信息"),
    (2, "1.2设备信息"),
    (1, "2删除个人信息"),
    (1, "3您的权利"),
    (2, "3.1查询"),
]


@pytest.mark.parametrize("bold", [False, True])
def test_glued_numbers_are_numbered_headings(tmp_path: Path, bold: bool) -> None:
    doc = parse_path(_docx(tmp_path, GLUED, bold=bold))
    assert [(level, title) for _, level, title in headings(doc)] == OUTLINE


def test_glued_numbers_after_a_numbered_contents_list(tmp_path: Path) -> None:
    """The shape of a real policy pasted from Word into a web page (found with the code search, source repository unknown,
    so not kept): a contents list 「1.…」–「4.…」, then sections numbered 「1我们如何收集…」 with 「1.1注册、登录」 and
    「1.2.1设备信息」 below.  Before, 「1我们如何…」 was lost with the contents list and every sub-number was level 1."""
    contents = [
        "本隐私政策将帮助您了解：",
        "1.我们如何收集和使用个人信息",
        "2.我们如何使用cookie等同类技术",
        "3.我们如何存储个人信息",
        "4.联系我们",
    ]
    sections = [
        "1我们如何收集和使用个人信息", BODY, "1.1注册、登录", BODY, "1.2设备信息与日志信息", "1.2.1设备信息", BODY, "1.2.2日志信息", BODY,
        "2我们如何使用 cookie 等同类技术", BODY, "2.1 保障产品与服务的安全", BODY, "3我们如何存储个人信息", "3.1存储地点", BODY, "4联系我们", BODY,
    ]  # fmt: skip
    doc = parse_path(_docx(tmp_path, [BODY, *contents, *sections]))
    assert [(level, number) for _, level, number in ((s.line, s.level, s.number) for s in doc.sections if s.title)] == [
        (1, "1"), (2, "1.1"), (2, "1.2"), (3, "1.2.1"), (3, "1.2.2"), (1, "2"), (2, "2.1"), (1, "3"), (2, "3.1"), (1, "4"),
    ]  # fmt: skip


def test_glued_numbers_beside_word_heading_styles(tmp_path: Path) -> None:
    """With a Word heading style elsewhere plain lines are no headings; the glued number still makes these."""
    doc = parse_path(_docx(tmp_path, GLUED, styled=True))
    titles = [title for _, _, title in headings(doc)]
    assert {"1我们收集的信息", "2删除个人信息", "3您的权利", "3.1查询"} <= set(titles)


def test_a_glued_number_among_enumerated_sub_titles(tmp_path: Path) -> None:
    """「2删除个人信息」 between 「1、查询个人信息」 and 「3、注销账号」 under 「五、您的权利」: their sibling, of their style."""
    paragraphs = [
        "一、我们收集的信息", BODY, "二、您的权利", BODY,
        "1、查询个人信息", BODY, "2删除个人信息", BODY, "3、注销账号", BODY, "4、撤回同意", BODY, "三、联系我们", BODY,
    ]  # fmt: skip
    doc = parse_path(_docx(tmp_path, paragraphs, bold=True))
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "一、我们收集的信息"), (1, "二、您的权利"),
        (2, "1、查询个人信息"), (2, "2删除个人信息"), (2, "3、注销账号"), (2, "4、撤回同意"), (1, "三、联系我们"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "quantity",
    ["2021年版本", "3000元以下", "1天内处理", "3家合作方", "10余年经验", "2个工作日", "14周岁以下"],
)
def test_a_quantity_is_no_glued_number(tmp_path: Path, quantity: str) -> None:
    """A short paragraph opening with a quantity between glued section numbers: never numbered (a plain line at most)."""
    paragraphs = ["1我们收集的信息", BODY, quantity, BODY, "2删除个人信息", BODY]
    numbers = {s.title: s.number for s in parse_path(_docx(tmp_path, paragraphs)).sections if s.title}
    assert numbers.get("1我们收集的信息") == "1" and numbers.get("2删除个人信息") == "2"
    assert numbers.get(quantity) is None
    assert parse_number(quantity, glued=("decimal", "1")) is None


def test_a_lone_glued_number_is_not_a_section_number(tmp_path: Path) -> None:
    """「58同城账号」 alone: no 57 or 59 around it, so no number (it may still be a plain title line)."""
    doc = parse_path(_docx(tmp_path, ["引言", BODY, "58同城账号", BODY, "联系我们", BODY]))
    section = next(s for s in doc.sections if s.title == "58同城账号")
    assert section.level == 1 and all(s.level == 1 for s in doc.sections if s.title)


def test_glued_numbers_only_in_docx() -> None:
    """In plain text a line opening with 「2021年」 or 「2个」 is wrapped text; glued numbers are read in DOCX only."""
    text = f"隐私政策\n\n1我们收集的信息\n{BODY}\n\n2删除个人信息\n{BODY}\n"
    assert all(s.level == 1 for s in parse_string(text).sections if s.title)
    assert parse_number("2删除个人信息") is None
    assert parse_number("2删除个人信息", glued=("arabic-dun",)) == ("2", ("arabic-dun",), 1)


# -- (c) an HTML list item titled by its bold run before <br> --------------------------------
def _page(body: str) -> str:
    return f"<!DOCTYPE html>\n<html>\n<head><title>隐私政策</title></head>\n<body>\n<h1>隐私政策</h1>\n{body}\n</body>\n</html>\n"


def test_bold_run_before_br_titles_a_list_item() -> None:
    body = (
        "<h2>一、我们收集的信息</h2>\n"
        "<ul>\n"
        "<li><b>账号信息</b><br>您注册时提供的手机号码，用于创建账号并向您提供服务。</li>\n"
        "<li><strong>设备信息</strong><br/>设备型号、操作系统版本，用于保障服务安全。</li>\n"
        "</ul>\n"
        "<h2>二、联系我们</h2>\n"
        "<p><strong>三、其他</strong><br/>如有疑问请发送邮件至 privacy@example.com。</p>\n"
    )
    doc = parse_string(_page(body), ".html")
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "一、我们收集的信息"),
        (2, "账号信息"),
        (2, "设备信息"),
        (1, "二、联系我们"),
        (1, "三、其他"),
    ]
    section = next(s for s in doc.sections if s.title == "账号信息")
    assert "您注册时提供的手机号码" in section.paragraphs[0].text


@pytest.mark.parametrize(
    "item",
    [
        "<li><b>账号信息</b></li>",  # a bold list entry with no body
        "<li><b>姓名</b><br>张三</li>",  # a label over its value
        "<li><strong>使用登录功能时：</strong><br>- 电子邮箱地址</li>",  # a lead-in closed by a colon (eval/precision10/seu-lab-cn)
        "<li><b>账号信息</b>：您注册时提供的手机号码，用于创建账号。</li>",  # bold label inside a sentence, no <br>
        "<li>我们会收集<b>账号信息</b><br>用于创建账号并向您提供服务。</li>",  # the bold run does not open the item
    ],
)
def test_list_items_that_are_not_titled(item: str) -> None:
    body = f"<h2>一、我们收集的信息</h2>\n<ul>\n{item}\n<li>{BODY}</li>\n</ul>\n<h2>二、联系我们</h2>\n<p>{BODY}</p>\n"
    titles = [title for _, _, title in headings(parse_string(_page(body), ".html"))]
    assert titles == ["一、我们收集的信息", "二、联系我们"]


def test_the_title_of_the_next_item_is_not_the_body() -> None:
    """A bold line with an empty rest (「<li><b>A</b><br></li>」) before a titled item stays an entry."""
    body = (
        "<h2>一、我们收集的信息</h2>\n<ul>\n<li><b>账号信息</b><br></li>\n"
        "<li><b>设备信息</b><br>设备型号、操作系统版本，用于保障服务安全。</li>\n</ul>\n"
    )
    titles = [title for _, _, title in headings(parse_string(_page(body), ".html"))]
    assert titles == ["一、我们收集的信息", "设备信息"]


# -- (d) one number reader for load and structure ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "label", "style"),
    [
        ("1、信息收集", "1、", ("arabic-dun",)),
        ("（一）账号信息", "（一）", ("cn-paren",)),
        ("第一条 总则", "第一条", ("di", "条")),
        ("1.2.3 保存期限", "1.2.3", ("decimal", "3")),
        ("一.信息收集", "一.", ("cn",)),
        ("１．２ 设备信息", "１．２", ("decimal", "2")),
        ("１、信息收集", "１、", ("arabic-dun",)),
    ],
)
def test_numbers_read_as_before(text: str, label: str, style: tuple[str, ...]) -> None:
    number = parse_number(text)
    assert number is not None and (number.label, number.style) == (label, style)
    assert parse_number(text, glued=("decimal", "1")) == number


def test_load_imports_nothing_from_structure() -> None:
    """`load` reads files; `structure` builds on it.  Only `load.document` (which runs the two) reaches structure,
    and only inside a function; every other import of `policylens.structure` in `load`, at any depth, is an offender."""
    offenders = []
    for path in sorted((PACKAGE / "load").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = set(map(id, tree.body))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            if any(n.startswith("policylens.structure") for n in names) and (path.name != "document.py" or id(node) in top):
                offenders.append(f"{path.name}: {ast.unparse(node)}")
    assert offenders == []
