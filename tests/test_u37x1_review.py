"""Review of u37a's template-literal reading (thirty-seventh session, u37x1): ten defect classes, each both ways.

- A regular expression literal holding backticks (a page's own Markdown renderer, ``s.replace(/`([^`]+)`/g, …)``)
  paired every later backtick wrongly: the policy literal was read as code and the page came out empty.
  `load.template_literals.template_literals` skips a regex literal whole; a division (`a / b`) opens none.
- A literal's escapes were read as written: a one-line HTML literal ``<h2>…</h2>\\n<p>…</p>`` held paragraphs 「\\n」,
  and an escaped backtick kept its backslash.  `load.page_literals` shows each escape as its value does, length for
  length, so lines and columns hold.
- A `${…}` holding a block of code (``${items.map((item) => `<li>${item}</li>`).join('')}``) was kept in an HTML
  or prose literal and read as a paragraph 「$」; it is blanked, while a value (`${i.company}`) stays as written; in a
  `.tsx` page the literal's HTML was read as JSX, its `${company}` shown as 「$」.
- `load.html_body` read a Jekyll page's wrapper element as HTML even when Markdown was written inside it (`## 一、…`):
  its headings were lost; such a page stays Markdown.
- `load.html_body` lost the front matter's title and date (`check`: a false 「找不到生效日期」), and read a body with
  Liquid (`{{ site.email }}`) as HTML, its variables false unfilled slots: the front matter is kept, Liquid stays Markdown.
- An HTML literal beside a longer prose one was read as text with its tags; its tags are blanked.
- A Markdown literal beside a longer HTML one was read as HTML (「# 隐私政策## 一、…」 one paragraph): both are read as
  Markdown, unless the HTML is indented as Markdown's code.
- A brace in a `${…}`'s string or nested template (``${"{"}``) ran the hole to the end of the file: every literal
  after it was lost.  `template_literals` reads a hole's strings and nested templates.
- A short literal a counted one shows through `${contactBlock}` was blanked: the policy's contact section lost.
  It is read where it is written; a literal with braces (CSS) or one no hole names stays code.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_string, slot_findings
from policylens.load.html_body import html_body_page
from policylens.load.page_literals import literal_page
from policylens.load.template_literals import template_literals

SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存，期满后删除或匿名化处理。"

MARKDOWN = f"\n# 隐私政策\n\n## 一、我们收集的信息\n\n{SENTENCE}\n\n## 二、联系我们\n\n{SENTENCE}{SENTENCE}\n"


def _texts(source: str, suffix: str) -> list[str]:
    doc = parse_string(source, suffix=suffix)
    return [p.text for s in doc.sections for p in s.paragraphs]


def test_regex_with_backticks_does_not_pair_the_literals_wrongly() -> None:
    page = (
        "const inline = (s: string) => s.replace(/`([^`]+)`/g, '<code>$1</code>');\n"
        f"const PRIVACY = `{MARKDOWN}`;\n"
        "export default () => <div>{PRIVACY.split('\\n').map((l) => <p>{inline(l)}</p>)}</div>;\n"
    )
    doc = parse_string(page, suffix=".tsx")
    assert {s.title: s.line for s in doc.sections if s.title} == {"一、我们收集的信息": 5, "二、联系我们": 9}
    literals = template_literals(page)
    assert [page[a] + page[b - 1] for a, b, _ in literals] == ["``"]  # the regex opens none
    assert page[literals[0][0] - 10 : literals[0][0]] == "PRIVACY = "


def test_division_and_jsx_text_open_no_regex() -> None:
    # after a name, a number or `)` a slash divides; a JSX closing tag `</p>` is no regex either
    source = "const w = total / 2, h = (a) / b;\nconst x = <p>10/20 元</p>;\nconst T = `一${w}/${h}`;\n"
    literals = template_literals(source)
    assert len(literals) == 1 and source[literals[0][0] : literals[0][1]] == "`一${w}/${h}`"
    regexes = "const r = /a\\/b[/`]/g, q = [/`/, 1];\nconst T = `正文`;\n"
    found = template_literals(regexes)
    assert [regexes[a:b] for a, b, _ in found] == ["`正文`"]


def test_escapes_read_as_their_value_length_for_length() -> None:
    html = (
        f"<h2>一、我们收集的信息</h2>\\n<p>{SENTENCE}</p>\\n<h2>二、联系我们</h2>\\n"
        f"<p>{SENTENCE}如有疑问，请回复\\`退订\\`。</p>\\n<p>{SENTENCE}</p>"
    )
    page = f"export const POLICY = `{html}`;\n"
    found = literal_page("policy.js", page)
    assert found is not None and found[1] == "html" and len(found[0]) == len(page)
    texts = _texts(page, ".js")
    assert texts and not any("\\" in t for t in texts)
    assert any("请回复" in t and "`退订" in t for t in texts)


def test_escapes_inside_a_value_hole_and_plain_literals_are_untouched() -> None:
    # no escape: the page is the literal as written; a `${…}` value keeps its text (the checks know `${name}`)
    html = f"<h2>一、我们收集的信息</h2>\n<p>{SENTENCE}</p>\n<h2>二、联系我们</h2>\n<p>欢迎使用${{i.company}}。{SENTENCE}</p>\n"
    page = f"export const POLICY = `{html}`;\n"
    found = literal_page("policy.js", page)
    assert found is not None
    start = page.index("`") + 1
    assert found[0][start : start + len(html)] == html


def test_a_hole_of_code_is_blanked_and_a_value_kept() -> None:
    html = (
        f"\n<h2>一、我们收集的信息</h2>\n<p>{SENTENCE}</p>\n"
        "<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>\n"
        f"<h2>二、联系我们</h2>\n<p>欢迎联系${{company}}。{SENTENCE}</p>\n<p>{SENTENCE}</p>\n"
    )
    page = (
        f"const items = ['姓名'];\nconst html = `{html}`;\nexport default () => <div dangerouslySetInnerHTML={{{{ __html: html }}}} />;\n"
    )
    found = literal_page("privacy.tsx", page)
    assert found is not None and found[1] == "html"
    assert "items.map" not in found[0] and "${company}" in found[0]
    texts = _texts(page, ".tsx")
    assert "$" not in texts and not any("=>" in t for t in texts)
    assert any("${company}" in t for t in texts)


JEKYLL_HEAD = "---\nlayout: page\ntitle: 隐私政策\n---\n"


def test_markdown_inside_a_jekyll_wrapper_stays_markdown() -> None:
    body = (
        f'<div class="post">\n<h1>隐私政策</h1>\n<p>{SENTENCE}</p>\n\n'
        f"## 一、我们收集的信息\n\n{SENTENCE}\n\n## 二、联系我们\n\n{SENTENCE}\n\n</div>\n"
    )
    assert html_body_page(JEKYLL_HEAD + body) is None
    doc = parse_string(JEKYLL_HEAD + body, suffix=".md")
    assert {s.title: s.line for s in doc.sections if s.title} == {"一、我们收集的信息": 9, "二、联系我们": 13}


def test_an_html_only_jekyll_wrapper_is_still_read_as_html() -> None:
    body = (
        f'<article class="article">\n\n    <h2>一、我们收集的信息</h2>\n\n    <p>{SENTENCE}</p>\n\n'
        f"    <h2>二、联系我们</h2>\n\n    <p>{SENTENCE}</p>\n    <ul>\n      <li>- 手机号码</li>\n    </ul>\n\n</article>\n"
    )
    assert html_body_page(JEKYLL_HEAD + body) is not None
    doc = parse_string(JEKYLL_HEAD + body, suffix=".md")
    assert {s.title: s.line for s in doc.sections if s.title} == {"一、我们收集的信息": 7, "二、联系我们": 11}


PROSE = (
    f"\n用户协议\n\n第一条 服务内容\n\n{SENTENCE}{SENTENCE}\n\n第二条 账号\n\n{SENTENCE}{SENTENCE}\n\n第三条 其他\n\n{SENTENCE}{SENTENCE}\n"
)


def test_an_html_literal_beside_a_longer_prose_one_loses_its_tags_only() -> None:
    html = f"\n<h2>一、我们收集的信息</h2>\n<p>{SENTENCE}</p>\n<h2>二、联系我们</h2>\n<p>{SENTENCE}</p>\n"
    page = (
        f"const agreement = `{PROSE}`;\nconst privacy = `{html}`;\n"
        "export default () => <div>{agreement}<div dangerouslySetInnerHTML={{ __html: privacy }} /></div>;\n"
    )
    found = literal_page("register.tsx", page)
    assert found is not None and found[1] == "text" and len(found[0]) == len(page)
    doc = parse_string(page, suffix=".tsx")
    titles = [s.title for s in doc.sections if s.title]
    assert "一、我们收集的信息" in titles and "第一条 服务内容" in titles
    assert not any("<" in p.text for s in doc.sections for p in s.paragraphs)


def test_a_prose_literal_keeps_its_angle_brackets() -> None:
    # the prose literal itself is not HTML: 「<b>」 written in it and 「<14 岁」 stay as written
    prose = PROSE.replace("第三条 其他\n\n", "第三条 其他\n\n未满 <14 岁的用户请在监护人陪同下阅读，标记为 <b> 的条款尤为重要。")
    page = f"const agreement = `{prose}`;\nexport default () => <div>{{agreement}}</div>;\n"
    found = literal_page("register.tsx", page)
    assert found is not None and found[1] == "text"
    assert "<14 岁" in found[0] and "<b> 的条款" in found[0]


def test_a_brace_in_a_holes_string_or_nested_template_does_not_swallow_the_file() -> None:
    for hole in ('${"{"}', "${items.map((i) => `<li>{${i}</li>`).join('')}"):
        source = f"const a = `x{hole}y`;\nconst b = `正文`;\n"
        found = template_literals(source)
        assert [source[s:e] for s, e, _ in found] == [f"`x{hole}y`", "`正文`"]
        assert [source[a:b] for a, b in found[0][2]] == [hole]


def test_holes_of_plain_code_keep_their_braces_counted() -> None:
    source = "const a = `x${a}${ {b: 1}.b }${`${`in`}`}y`;\nconst b = `正文`;\n"
    found = template_literals(source)
    assert [source[a:b] for a, b in found[0][2]] == ["${a}", "${ {b: 1}.b }", "${`${`in`}`}"]
    assert source[found[1][0] : found[1][1]] == "`正文`"
    assert template_literals('const a = `x${"{"') == []  # never closed: no literal


def test_markdown_reads_its_own_punctuation_escapes() -> None:
    # in Markdown `\`` is a backtick already (cooked to 「 `」 it would open a code span); `\n` is still blank
    markdown = MARKDOWN.replace("## 二、联系我们", "## 二、联系我们\\t").replace(
        SENTENCE + "\n\n## 二", SENTENCE + "回复\\`退订\\`。\n\n## 二"
    )
    page = f"const PRIVACY = `{markdown}`;\nexport default () => <div>{{PRIVACY}}</div>;\n"
    found = literal_page("privacy.tsx", page)
    assert found is not None and found[1] == "markdown"
    assert "回复\\`退订\\`。" in found[0] and "联系我们  \n" in found[0]


def _generator(extra: str, hole: str) -> str:
    html = f"\n<h1>隐私政策</h1>\n<h2>一、我们收集的信息</h2>\n<p>{SENTENCE}</p>\n<h2>二、使用</h2>\n<p>{SENTENCE}</p>\n{hole}\n"
    return f"function privacyHtml(i) {{\n  {extra}\n  return `{html}`;\n}}\nmodule.exports = {{ privacyHtml }};\n"


def test_a_short_literal_shown_through_a_name_hole_is_read() -> None:
    contact = 'const contactBlock = `\n<div class="contact">\n  <strong>联系我们</strong><br>\n  公司名称：${i.company}<br>\n</div>`;'
    page = _generator(contact, "${contactBlock}")
    found = literal_page("legal.js", page)
    assert found is not None and found[1] == "html" and "<strong>联系我们</strong>" in found[0]
    assert any("公司名称" in t for t in _texts(page, ".js"))


def test_a_css_or_unreferenced_short_literal_stays_code() -> None:
    styles = "const styles = `.contact { color: red; } /* 联系我们的样式，公司名称 */`;"
    assert "联系我们" not in literal_page("legal.js", _generator(styles, "<style>${styles}</style>"))[0]
    note = "const note = `<strong>联系我们</strong><br>公司名称：本公司`;"
    assert "联系我们" not in literal_page("legal.js", _generator(note, "<p>${company}</p>"))[0]


def _article(extra: str = "") -> str:
    return (
        f'<article class="article">\n\n    <h2>一、我们收集的信息</h2>\n\n    <p>{SENTENCE}{extra}</p>\n\n'
        f"    <h2>二、联系我们</h2>\n\n    <p>{SENTENCE}</p>\n\n</article>\n"
    )


def test_a_jekyll_html_body_keeps_its_front_matter_title_and_date() -> None:
    head = "---\nlayout: page\ntitle: 某某App隐私政策\ndate: 2024-03-01\n---\n"
    assert html_body_page(head + _article()) is not None
    doc = parse_string(head + _article(), suffix=".md")
    assert doc.metadata.title == "某某App隐私政策" and doc.metadata.updated == "2024-03-01"
    assert [s.title for s in doc.sections if s.title] == ["一、我们收集的信息", "二、联系我们"]


def test_a_jekyll_html_body_with_liquid_stays_markdown(tmp_path: Path) -> None:
    page = JEKYLL_HEAD + _article("请发送邮件至 {{ site.email }} 与我们联系。")
    assert html_body_page(page) is None
    path = tmp_path / "privacy.md"
    path.write_text(page, encoding="utf-8")
    assert slot_findings(path) == []


HTML_AGREEMENT = (
    f"\n<h2>第一条 服务</h2>\n<p>{SENTENCE}{SENTENCE}</p>\n<h2>第二条 账号</h2>\n<p>{SENTENCE}{SENTENCE}</p>\n"
    f"<h2>第三条 其他</h2>\n<p>{SENTENCE}</p>\n"
)


def test_a_markdown_literal_beside_a_longer_html_one_is_read_as_markdown() -> None:
    page = f"const a = `{HTML_AGREEMENT}`;\nconst p = `{MARKDOWN}`;\nexport default () => <div>{{a}}</div>;\n"
    found = literal_page("terms.tsx", page)
    assert found is not None and found[1] == "markdown"
    titles = [s.title for s in parse_string(page, suffix=".tsx").sections if s.title]
    assert titles[:3] == ["第一条 服务", "第二条 账号", "第三条 其他"] and "一、我们收集的信息" in titles
    assert not any(p.text.startswith("#") for s in parse_string(page, suffix=".tsx").sections for p in s.paragraphs)


def test_indented_html_beside_a_markdown_literal_stays_html() -> None:
    indented = HTML_AGREEMENT.replace("\n<h2>第二条", "\n\n    <h2>第二条")
    page = f"const a = `{indented}`;\nconst p = `{MARKDOWN}`;\nexport default () => <div>{{a}}</div>;\n"
    found = literal_page("terms.tsx", page)
    assert found is not None and found[1] == "html"
