"""Structure of real pages, thirty-seventh session (u37a): documents kept in template literals of prose or HTML.

eval/structure36b wukong-register-tsx keeps a user agreement and a privacy policy as plain-prose template literals of
a React register view (``const privacyPolicyContent = `…` ``); the JSX reader blanked them with the code and read the
form's labels as headings (18 headings missed, 4 false).  `load.page_literals` reads such literals as plain text, and a
literal of HTML (`dangerouslySetInnerHTML={{ __html: `…` }}`) as HTML, each line at its source line.  Both ways: a
literal of CSS, SQL, GraphQL or class names, or a short prose note beside a page whose markup is the policy, is not
taken.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_string, slot_findings
from policylens.load.html_body import html_body_page
from policylens.load.page_literals import literal_page

SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存，期满后删除或匿名化处理。"

PROSE = (
    "\n版本号：1.0\n\n欢迎使用本服务！\n\n"
    f"第一条 服务内容\n\n{SENTENCE}{SENTENCE}\n\n"
    f"第二条 账号使用规则\n\n{SENTENCE}欢迎您联系${{APP_NAME}}客服。\n\n"
    f"第三条 其他\n\n{SENTENCE}\n"
)


def _register_view(literal: str) -> str:
    return (
        "import React, { useState } from 'react';\n"
        f"const agreementContent = `{literal}`;\n"
        "const RegisterView: React.FC = () => {\n"
        "  const [show, setShow] = useState(false);\n"
        "  return (<form><h2>新用户注册</h2><label>手机号码</label><input /><label>设置密码</label>\n"
        '    <button>注册</button>{show && <div className="modal">{agreementContent}</div>}</form>);\n'
        "};\nexport default RegisterView;\n"
    )


def test_prose_literal_is_read_as_text_at_its_lines() -> None:
    doc = parse_string(_register_view(PROSE), suffix=".tsx")
    titles = {s.title: s.line for s in doc.sections if s.title}
    assert titles == {"第一条 服务内容": 7, "第二条 账号使用规则": 11, "第三条 其他": 15}
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "手机号码，用于" in text and "useState" not in text
    assert "设置密码" not in text  # the form around the modal is not the document


def test_html_literal_in_inner_html_is_read_as_html() -> None:
    html = f"\n<h2>一、我们收集的信息</h2>\n<p>{SENTENCE}</p>\n<h2>二、联系我们</h2>\n<p>{SENTENCE}</p>\n<ul><li>{SENTENCE}</li></ul>\n"
    page = f"export default function Privacy() {{\n  return <div dangerouslySetInnerHTML={{{{ __html: `{html}` }}}} />\n}}\n"
    found = literal_page("privacy.jsx", page)
    assert found is not None and found[1] == "html"
    doc = parse_string(page, suffix=".jsx")
    titles = {s.title: s.line for s in doc.sections if s.title}
    assert titles == {"一、我们收集的信息": 3, "二、联系我们": 5}


def test_code_literals_are_not_documents() -> None:
    css = "\n  .title { font-size: 16px; color: #333; }\n  /* 标题样式，用于隐私政策页面的每一个章节标题 */\n" * 20
    sql = "\nSELECT id, name FROM users WHERE status = 1; -- 查询所有已经同意隐私政策并完成注册的用户名单\n" * 20
    gql = "\nquery Policy { policy(id: 1) { title body } } # 读取隐私政策的标题和正文内容以便在页面展示\n" * 20
    classes = "flex items-center justify-between px-4 py-2 text-sm font-medium text-gray-700"
    for literal in (css, sql, gql, classes):
        page = _register_view(literal) + f"const NOTE = '{SENTENCE * 3}';\n"
        assert literal_page("p.tsx", page) is None


def test_short_note_beside_a_markup_policy_is_left_to_the_jsx_reader() -> None:
    markup = f"export default function P() {{\n  return <div><h2>一、我们收集的信息</h2><p>{SENTENCE * 4}</p></div>\n}}\n"
    note = f"const TIP = `\n温馨提示：\n{SENTENCE}\n请您仔细阅读。\n`;\n"
    assert literal_page("p.tsx", markup + note) is None
    doc = parse_string(markup + note, suffix=".tsx")
    assert any(s.title == "一、我们收集的信息" for s in doc.sections)


def test_prose_literal_in_a_non_script_file_is_not_taken() -> None:
    assert literal_page("policy.md", _register_view(PROSE)) is None
    assert literal_page("policy.txt", _register_view(PROSE)) is None


def test_interpolation_in_a_prose_literal_is_no_empty_slot(tmp_path: Path) -> None:
    path = tmp_path / "RegisterView.tsx"
    path.write_text(_register_view(PROSE.replace("欢迎使用本服务", "欢迎使用${APP_NAME}（以下简称“本服务”）")), encoding="utf-8")
    assert slot_findings(path) == []


JEKYLL_ARTICLE = (
    "---\nlayout: default\ntitle: 隐私政策\n---\n\n"
    '<article class="article">\n  <header>\n    <h1>隐私政策</h1>\n  </header>\n\n  <div class="prose">\n'
    f"    <h2>我们收集的信息</h2>\n    <p>{SENTENCE}</p>\n\n    <h2>联系我们</h2>\n    <p>{SENTENCE}</p>\n  </div>\n</article>\n"
)


def test_jekyll_page_whose_body_is_one_html_element_is_read_as_html() -> None:
    doc = parse_string(JEKYLL_ARTICLE, suffix=".md")
    titles = {s.title: s.line for s in doc.sections if s.title}
    assert titles == {"我们收集的信息": 12, "联系我们": 15}
    assert "layout" not in "\n".join(p.text for s in doc.sections for p in s.paragraphs)


def test_markdown_around_an_html_element_or_without_front_matter_stays_markdown() -> None:
    # the element closes before the Markdown that follows it: kramdown reads that Markdown
    after = (
        '---\nlayout: page\n---\n<div class="head">\n  <h2>隐私政策</h2>\n</div>\n\n**我们收集的信息**\n\n'
        + SENTENCE
        + "\n\n<div>\n  <p>谢谢</p>\n</div>\n"
    )
    assert html_body_page(after) is None
    assert html_body_page(JEKYLL_ARTICLE.split("---\n", 2)[2]) is None  # no front matter: GitHub shows CommonMark
    assert html_body_page(JEKYLL_ARTICLE.replace('<article class="article">', '<article markdown="1">')) is None


def test_other_language_edition_beside_a_chinese_html_literal_is_read() -> None:
    english = "We collect your phone number to create your account and delete it when you close the account. " * 3
    zh = f"\n<p><strong>引言</strong></p>\n<p>{SENTENCE}</p>\n<p><strong>联系我们</strong></p>\n<p>{SENTENCE}</p>\n<ul><li>{SENTENCE}</li></ul>\n"
    en = f"\n<p><strong>Introduction</strong></p>\n<p>{english}</p>\n<p><strong>Contact us</strong></p>\n<p>{english}</p>\n"
    source = (
        f"export function policyInfo() {{\n  const info_zh = `{zh}`;\n  const info_en = `{en}`;\n  return {{ info_zh, info_en }};\n}}\n"
    )
    doc = parse_string(source, suffix=".ts")
    assert [s.title for s in doc.sections if s.title] == ["引言", "联系我们", "Introduction", "Contact us"]
    # a short English snippet beside it is code, not an edition
    short = source.replace(f"const info_en = `{en}`", "const info_en = `<p><strong>Hi</strong></p><p>Hello</p><ul><li>x</li></ul>`")
    found = literal_page("info.ts", short)
    assert found is not None and "Hello" not in found[0]


def _levels(text: str) -> dict[str, int]:
    return {s.title: s.level for s in parse_string(text, suffix=".txt").sections if s.title}


def test_named_second_document_after_an_unnamed_first_is_its_peer() -> None:
    agreement = "".join(f"第{n}条 {t}\n\n{SENTENCE}\n\n" for n, t in zip("一二三", ["服务内容", "账号规则", "其他"], strict=True))
    policy = (
        "“悟空伴读”《隐私政策》\n\n引言\n\n"
        + SENTENCE
        + "\n\n"
        + "".join(f"{n}、{t}\n\n{SENTENCE}\n\n" for n, t in zip("一二三", ["我们收集的信息", "信息的共享", "联系我们"], strict=True))
    )
    levels = _levels("版本号：1.0\n\n" + agreement + policy)
    assert levels["第一条 服务内容"] == levels["“悟空伴读”《隐私政策》"]
    assert levels["一、我们收集的信息"] == levels["引言"] == levels["“悟空伴读”《隐私政策》"] + 1


def test_name_whose_numbering_goes_on_below_it_stays_in_the_first_document() -> None:
    text = "".join(f"第{n}条 {t}\n\n{SENTENCE}\n\n" for n, t in zip("一二", ["服务内容", "账号规则"], strict=True))
    text += "《隐私政策》\n\n" + SENTENCE + "\n\n第三条 其他\n\n" + SENTENCE + "\n"
    before = _levels(text)
    from policylens.structure.named_second import named_second_document
    from policylens.structure.shapes import Heading

    found = {
        0: Heading(0, "第一条 服务内容", ("cn",), ("tiao",)),
        1: Heading(1, "《隐私政策》", None, ("plain",)),
        2: Heading(2, "第三条 其他", ("cn",), ("tiao",)),
    }
    assert named_second_document(found, [0, 1, 2], [1, 2, 3]) == [1, 2, 3]  # its sections keep the first run's numbering
    assert before["第三条 其他"] == before["第一条 服务内容"]
