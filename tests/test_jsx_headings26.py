"""Headings of React (JSX/TSX) policy pages (twenty-sixth session, u26j; eval/blind/round26 missed 21 of them).

A React page marks its titles with components the HTML reader did not know: MUI's `<Typography variant="h6">` (and
`component="h2"`, `<Box component="h2">`, `as="h2"`), and a section component given its title as a prop,
`<Section title="一、我们收集的信息">…</Section>` (also `heading=`, `label=`).  These are headings, levels from the
variant or one below the page's heading; the prop's text keeps its source line and column.  Not headings: a
Typography's `body1`/`subtitle1` (a paragraph of its own), the `title=` of an `<a>`, `<img>`, `<abbr>` or `<button>`,
a tooltip's `title`, a `<Trans>` key, a self-closed component, and the same markup in an `.html` page (no components).
Invented pages (`load.jsx.rendered_tag`, `load.jsx.title_prop`).
"""

from __future__ import annotations

from helpers import parse_string
from policylens.model import Document


def _page(body: str) -> str:
    return (
        'import { Typography, Box, Tooltip, Button } from "@mui/material";\n'
        'import { Trans } from "react-i18next";\n'
        'import Section from "./Section";\n'
        "\n"
        "export default function Privacy() {\n"
        "  return (\n"
        "    <Box>\n"
        f"{body}"
        "    </Box>\n"
        "  );\n"
        "}\n"
    )


def _titles(doc: Document) -> list[tuple[str | None, int, int | None, int | None]]:
    return [(s.title, s.level, s.line, s.column) for s in doc.sections if s.title is not None]


def _texts(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


MUI = _page(
    '      <Typography variant="h4" component="h1">用户隐私政策</Typography>\n'  # 8
    '      <Typography variant="body1">本政策说明我们如何处理您的个人信息。</Typography>\n'
    '      <Typography variant="h6">我们收集的信息</Typography>\n'  # 10
    '      <Typography variant="body1">我们收集您的手机号码。</Typography>\n'
    '      <Typography variant="subtitle1">注册时的信息</Typography>\n'  # 12
    '      <Typography variant="body2">包括昵称和头像。</Typography>\n'
    '      <Typography component="h2">信息的使用</Typography>\n'  # 14
    "      <Typography>我们使用信息提供服务。</Typography>\n"
    '      <Box component="h2">信息的共享</Box>\n'  # 16
    "      <Typography>我们不会共享您的信息。</Typography>\n"
    '      <Typography variant="h6" component="h2">信息的保存</Typography>\n'  # 18
    '      <Typography variant="subtitle2" component="h3">保存期限的补充</Typography>\n'
)


def test_typography_variants_and_component_headings() -> None:
    doc = parse_string(MUI, ".tsx")
    assert doc.metadata.title == "用户隐私政策"
    titles = [(title, line, column) for title, _, line, column in _titles(doc)]
    assert titles == [
        ("我们收集的信息", 10, 32),
        ("信息的使用", 14, 34),
        ("信息的共享", 16, 27),
        ("信息的保存", 18, 47),
    ]
    # the depth as marked: the variant's, or the element's; an h6 rendered as <h2> is ranked by its variant, and a
    # subtitle rendered as <h3> is a subtitle (below)
    depths = {s.title: s.depth for s in doc.sections}
    assert depths == {None: None, "我们收集的信息": 6, "信息的使用": 2, "信息的共享": 2, "信息的保存": 6}
    # body and subtitle variants are paragraphs of their own, not one run of text nor headings
    assert "保存期限的补充" in _texts(doc)
    assert "注册时的信息" in _texts(doc)
    assert "包括昵称和头像。" in _texts(doc)
    assert "我们收集您的手机号码。" in _texts(doc)


def test_the_same_markup_in_an_html_page_stays_as_it_was() -> None:
    """An .html page has no components: `<typography variant="h6">` is an unknown inline element there."""
    doc = parse_string(f"<html><body>{MUI}</body></html>", ".html")
    assert _titles(doc) == []


SECTIONS = _page(
    "      <h1>隐私政策</h1>\n"  # 8
    '      <Section title="一、我们收集的信息">\n'  # 9
    "        <p>我们收集您的手机号码。</p>\n"
    "        <Section\n"
    "          heading='（一）注册信息'>\n"  # 12
    "          <p>包括昵称。</p>\n"
    "        </Section>\n"
    "      </Section>\n"
    '      <Card label="二、联系我们" elevation={2}>\n'  # 16
    "        <p>联系邮箱：privacy@example.com</p>\n"
    "      </Card>\n"
)


def test_a_section_title_prop_is_a_heading_at_its_own_place() -> None:
    doc = parse_string(SECTIONS, ".tsx")
    assert doc.metadata.title == "隐私政策"
    assert _titles(doc) == [("一、我们收集的信息", 1, 9, 23), ("（一）注册信息", 2, 12, 20), ("二、联系我们", 1, 16, 20)]
    section = next(s for s in doc.sections if s.title == "一、我们收集的信息")
    assert [p.text for p in section.paragraphs] == ["我们收集您的手机号码。"]


LOOK_ALIKES = _page(
    '      <Typography variant="h5">隐私政策</Typography>\n'
    '      <Typography variant="body1">请阅读<a title="打开服务协议" href="/terms">服务协议</a>。'
    '<abbr title="个人信息保护法">个保法</abbr>适用。</Typography>\n'
    '      <img title="公司标志图片" src="/logo.png" />\n'
    '      <button title="复制邮箱地址">复制</button>\n'
    '      <Tooltip title="点击查看更多说明"><span>更多</span></Tooltip>\n'
    '      <Button title="同意并继续">同意</Button>\n'
    '      <Trans i18nKey="privacy.intro" title="privacy.intro.title">我们重视您的隐私。</Trans>\n'
    '      <Section title="privacy.section.title"><p>第一段。</p></Section>\n'
    '      <Section title="一、自闭合的标题" />\n'
    '      <Section title={t("一、表达式标题")}><p>第二段。</p></Section>\n'
    '      <Layout title="隐私政策 - 某某应用"><p>第三段。</p></Layout>\n'
)


def test_titles_that_are_no_section_headings() -> None:
    doc = parse_string(LOOK_ALIKES, ".tsx")
    assert doc.metadata.title == "隐私政策"
    assert _titles(doc) == []
    text = " ".join(_texts(doc))
    for tip in ("打开服务协议", "个人信息保护法", "公司标志图片", "复制邮箱地址", "点击查看更多说明", "同意并继续", "自闭合的标题"):
        assert tip not in text
