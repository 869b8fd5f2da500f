"""Structure of real pages, thirty-eighth session (u38a): titles that live in code.

Two classes from eval/structure38 (dev): a React page's own wrapper components (`<SectionTitle>` defined in the file as
an `<h2>`, `load.jsx_local`; yinxu-policy-tsx, 13 titles missed), and a script module that keeps its documents as
arrays of section objects (`{ type: 'section', title: '一、…' }`, `load.script_data`; kecheng-agreement-js, 20 titles
missed).  Each with the look-alikes that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_string, title_places
from policylens.load.jsx_local import local_elements
from policylens.load.script_data import script_document

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "structure38" / "dev"
SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存，期满后删除或匿名化处理。"


# -- a page's own wrapper components (`load.jsx_local`) ------------------------------------------------------------


def _page(definitions: str, body: str) -> str:
    return (
        "import React from 'react';\n"
        f"{definitions}\n"
        "export default function Privacy() {\n"
        "  return (\n"
        '    <div className="policy">\n'
        "      <h1>隐私政策</h1>\n"
        f"{body}"
        "    </div>\n"
        "  );\n"
        "}\n"
    )


_BODY = (
    "      <SectionTitle>一、我们收集的信息</SectionTitle>\n"
    f"      <Para>{SENTENCE}</Para>\n"
    "      <SectionTitle>二、我们如何使用信息</SectionTitle>\n"
    f"      <Para>{SENTENCE}</Para>\n"
    "      <SectionTitle>三、联系我们</SectionTitle>\n"
    f"      <Para>{SENTENCE}</Para>\n"
)


def test_typed_arrow_component_renders_its_heading() -> None:
    definitions = (
        "const SectionTitle: React.FC<{ children: React.ReactNode }> = ({ children }) => (\n"
        '  <h2 className="text-sm font-bold mt-7 flex items-center gap-2">\n'
        "    {children}\n"
        "  </h2>\n"
        ");\n"
        "const Para: React.FC<{ children: React.ReactNode; className?: string }> = ({ children, className = '' }) => (\n"
        "  <p className={`mb-3 ${className}`}>{children}</p>\n"
        ");"
    )
    assert local_elements(definitions) == {"SectionTitle": "h2", "Para": "p"}
    doc = parse_string(_page(definitions, _BODY), suffix=".tsx")
    titles = title_places(doc)
    assert [t for t in titles] == ["一、我们收集的信息", "二、我们如何使用信息", "三、联系我们"]
    assert {line for line, _ in titles.values()} == {14, 16, 18}
    assert all(SENTENCE in p.text for s in doc.sections if s.title for p in s.paragraphs)


def test_function_component_and_props_children() -> None:
    definitions = (
        "function SectionTitle({ children }: { children: React.ReactNode }) {\n"
        '  return <h3 className="title">{children}</h3>;\n'
        "}\n"
        "const Para = (props) => <p>{props.children}</p>;"
    )
    assert local_elements(definitions) == {"SectionTitle": "h3", "Para": "p"}


def test_other_components_are_not_read_as_their_element() -> None:
    # more than its children inside (an icon, a number), statements before the markup, a <div>, a name declared twice
    definitions = (
        "const IconTitle = ({ children, icon }) => (<h2><Icon name={icon} />{children}</h2>);\n"
        "const Numbered = ({ children, n }) => <h3>{n}. {children}</h3>;\n"
        "const Computed = ({ children }) => { const cls = pick(); return <h2 className={cls}>{children}</h2>; };\n"
        'const Box = ({ children }) => <div className="box">{children}</div>;\n'
        "const Twice = ({ children }) => <h2>{children}</h2>;\n"
        "const Twice = ({ children }) => <p>{children}</p>;\n"
        "const limit = 3; const Later = () => <h2>固定标题</h2>;"
    )
    assert local_elements(definitions) == {}


def test_unknown_component_stays_as_before() -> None:
    page = _page("const x = 1;", f"      <Callout>一、我们收集的信息</Callout>\n      <p>{SENTENCE}</p>\n")
    assert local_elements(page) == {}  # (imported: what it renders is not in the file)


def test_yinxu_dev_document() -> None:
    doc = parse_string((SET / "yinxu-policy-tsx" / "LegalContent.tsx").read_text(encoding="utf-8"), suffix=".tsx")
    titles = title_places(doc)
    assert titles["一、我们收集的信息"] == (38, 1)
    assert titles["八、联系我们"] == (117, 1)
    assert titles["用户服务协议"] == (134, 1)
    assert titles["1. 协议的接受"] == (137, 2)
    assert titles["7. 适用法律"] == (184, 2)
    assert "电子邮箱" not in titles and "感谢您使用印序色卡！" not in titles


# -- a script module's documents kept as data (`load.script_data`) --------------------------------------------------


def _module(items: str, tail: str = "") -> str:
    return f"// 协议查看页\nconst SECTIONS = [\n{items}];\n\nPage({{\n  data: {{ title: '用户隐私保护协议' }},\n{tail}}});\n"


_ITEMS = (
    "  { id: 'p1', type: 'section', title: '一、我们收集哪些信息' },\n"
    f"  {{ id: 'p1t1', type: 'para', text: '{SENTENCE}' }},\n"
    "  { id: 'p2', type: 'section', title: '二、我们如何使用信息' },\n"
    f"  {{ id: 'p2l1', type: 'li', text: '{SENTENCE}' }},\n"
    f"  {{ id: 'p2l2', type: 'li', text: '{SENTENCE}' }},\n"
    "  { id: 'p3', type: 'section', title: '三、联系我们' },\n"
    f"  {{ id: 'p3p1', type: 'para', text: '{SENTENCE}{SENTENCE}' }},\n"
)


def test_typed_section_objects_are_a_document() -> None:
    source = _module(_ITEMS)
    parsed = script_document("pages/agreement/agreement.js", source)
    assert parsed is not None
    assert [b.kind for b in parsed.blocks] == ["heading", "paragraph", "heading", "item", "item", "heading", "paragraph"]
    doc = parse_string(source, suffix=".js")
    assert title_places(doc) == {"一、我们收集哪些信息": (3, 1), "二、我们如何使用信息": (5, 1), "三、联系我们": (8, 1)}
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "setData" not in text and "用户隐私保护协议" not in text and "p1t1" not in text


def test_title_content_objects_in_a_ts_module() -> None:
    items = "".join(
        f"  {{ title: '{title}', content: ['{SENTENCE}', '{SENTENCE}'] }},\n" for title in ("一、信息收集", "二、信息使用", "三、联系我们")
    )
    source = f"export const privacySections: Section[] = [\n{items}];\n"
    doc = parse_string(source, suffix=".ts")
    assert list(title_places(doc)) == ["一、信息收集", "二、信息使用", "三、联系我们"]


def test_menus_labels_and_config_are_not_documents() -> None:
    menu = "const menu = [\n  { title: '首页', path: '/' },\n  { title: '隐私政策', path: '/privacy' },\n];\n"
    assert script_document("router.js", menu) is None
    labels = "const tabs = [\n  { title: '我的订单', text: '查看全部订单' },\n  { title: '我的收藏', text: '收藏的商品' },\n];\n"
    assert script_document("tabs.js", labels) is None
    keys = "const sections = [\n  { title: 'privacy.collect.title', content: 'privacy.collect.body' },\n  { title: 'a.b', content: 'c.d' },\n];\n"
    assert script_document("i18n.ts", keys) is None
    one = f"const notice = [\n  {{ title: '温馨提示', content: '{SENTENCE}{SENTENCE}{SENTENCE}{SENTENCE}' }},\n];\n"
    assert script_document("notice.js", one) is None  # one title is no sectioned document
    assigned = _module(_ITEMS, "  onLoad() { SECTIONS = load(); },\n")
    assert script_document("agreement.js", assigned) is None  # assigned again: what it holds is the code's to say
    assert script_document("agreement.py", _module(_ITEMS)) is None  # only a script module


def test_a_react_page_is_not_this_reader() -> None:
    # a React page's arrays are `load.jsx_data`'s, read where its markup shows them: here it shows none of them
    page = "import React from 'react';\n" + _module(_ITEMS) + "export default function P() { return <div><h1>隐私政策</h1></div>; }\n"
    assert "一、我们收集哪些信息" not in title_places(parse_string(page, suffix=".js"))


def test_kecheng_dev_document() -> None:
    doc = parse_string((SET / "kecheng-agreement-js" / "agreement.js").read_text(encoding="utf-8"), suffix=".js")
    titles = title_places(doc)
    assert len(titles) == 20
    assert titles["一、服务内容"] == (6, 1) and titles["十二、法律适用与争议解决"] == (39, 1)
    assert titles["一、我们收集哪些信息"] == (45, 1) and titles["八、联系我们"] == (73, 1)


# -- a script module's document built by its own helpers (`load.script_data`, eval/structure37 danci-privacy-js) ------

_HELPERS = (
    'function p(segments) {\n  return { kind: "p", segments };\n}\n'
    'function h(text) {\n  return { kind: "h", text };\n}\n'
    "const ul = (...items) => ({ kind: 'ul', items });\n"
    'function toc(...items) {\n  return { kind: "toc", items };\n}\n'
    'function t(value) {\n  return { type: "text", value };\n}\n'
)


def test_helper_calls_build_the_document() -> None:
    body = (
        "export const BLOCKS = [\n"  # line 14
        f'  p([t("{SENTENCE}")]),\n'
        '  toc([t("一、我们收集的信息")], [t("二、联系我们")]),\n'
        '  h("一、我们收集的信息"),\n'
        f'  p([t("{SENTENCE}"), t("{SENTENCE}")]),\n'
        f'  ul([t("{SENTENCE}")], [t("{SENTENCE}")]),\n'
        '  h("二、联系我们"),\n'
        f'  p([t("{SENTENCE}"), link("隐私邮箱", URL)]),\n'
        "];\n"
    )
    source = _HELPERS + body
    parsed = script_document("privacyPolicy.js", source)
    assert parsed is not None
    assert [b.kind for b in parsed.blocks] == ["paragraph", "heading", "paragraph", "item", "item", "heading", "paragraph"]
    assert parsed.blocks[6].text == SENTENCE + "隐私邮箱"
    doc = parse_string(source, suffix=".js")
    assert title_places(doc) == {"一、我们收集的信息": (17, 1), "二、联系我们": (20, 1)}  # the toc's entries are no titles


def test_helpers_without_a_document_are_not_read() -> None:
    one = _HELPERS + f'export const B = [h("温馨提示"), p([t("{SENTENCE}{SENTENCE}{SENTENCE}{SENTENCE}")])];\n'
    assert script_document("notice.js", one) is None  # one title
    short = _HELPERS + 'export const B = [h("账号"), p([t("手机号")]), h("设置"), p([t("通知")])];\n'
    assert script_document("menu.js", short) is None  # no body text
    imported = (
        "import { h } from 'vue';\n"
        f"export default {{ render() {{ return h('div', [h('h2', '一、信息收集'), h('p', '{SENTENCE}')]); }} }};\n"
    )
    assert script_document("render.js", imported) is None  # Vue's `h` is not the file's own helper


def test_constants_of_text_and_dates_are_kept() -> None:
    head = (
        'export const PRIVACY_CONTACT_EMAIL = "privacy@example.cn";\n'
        'export const PRIVACY_POLICY_EFFECTIVE_DATE = "2026年6月12日";\n'
        'const DRAFT_NOTICE = "本页面为内部评审草案，尚未正式生效。";\n'
        'const API_BASE = "https://api.example.cn/v1";\n'
        'const TIP = "请登录";\n'
    )
    parsed = script_document("legal.ts", head + _module(_ITEMS))
    assert parsed is not None
    texts = [b.text for b in parsed.blocks if b.line <= 5]
    assert texts == ["privacy@example.cn", "本页面为内部评审草案，尚未正式生效。"]  # not the URL, not a short label
    assert ("effective", "2026年6月12日") in parsed.dates
    assert script_document("legal.ts", head) is None  # constants alone are no document
