"""The lead's classes of the twenty-seventh session (each test names its class)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policylens.commands as commands
from helpers import cli, parse_path
from policylens.patterns import unwritten_body
from test_placeholder_classes import _placeholders


def test_a_signal_just_after_its_handler_is_an_interruption(monkeypatch: pytest.MonkeyPatch) -> None:
    """Class: a SIGHUP that arrived right after its handler was installed, before the command's `try`, ended the process
    with a traceback and -SIGINT (test_hostile24's hangup test failed so once under load).  The handler's work is
    simulated where it is installed (`_catch_hangup` raising as `_terminate` does), so that no real handler of the test
    run (an xdist worker's) is touched."""

    def hangup_at_once() -> None:
        raise KeyboardInterrupt  # what `_terminate` raises, the moment after `_catch_hangup` installed it

    monkeypatch.setattr(commands, "_catch_hangup", hangup_at_once)
    result = cli("parse", "-", stdin="# 隱私權政策\n\n我們收集您的姓名。\n")
    assert (result.returncode, result.stderr, result.stdout) == (130, "policylens: interrupted\n", "")


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        # plain text: the short line between two titles was read as a third title, so no body was left to flag
        ("隐私政策\n\n我们收集的信息\n\n暂无内容\n\n如何联系我们\n\n请通过本页面的意见反馈入口联系我们。\n", "txt"),
        ("隱私權政策\n\n一、蒐集之資料\n內容建置中\n二、聯絡我們\n請透過客服信箱與我們聯絡。\n", "txt"),
        ("# 隱私權政策\n\n## 一、蒐集之資料\n\n內容建置中\n\n## 二、聯絡我們\n\n請透過客服信箱與我們聯絡。\n", "md"),
        ("<h1>隐私政策</h1><h2>第三方服务</h2><p>网页建设中</p><h2>联系我们</h2><p>请留言。</p>", "html"),
    ],
)
def test_an_unwritten_body_is_no_heading_and_is_flagged(tmp_path: Path, text: str, suffix: str) -> None:
    """Class: 「暂无内容」 alone under a plain-text title became a heading of its own (and the next title its child); the
    Taiwan wording 內容建置中 was not among the phrases."""
    path = tmp_path / f"policy.{suffix}"
    path.write_text(text, encoding="utf-8")
    headings = [s.title for s in parse_path(path).sections if s.title]
    assert not any(unwritten_body(h) for h in headings) and len(headings) == 2, headings
    assert len(_placeholders(tmp_path, text, suffix)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "一、第三方服务\n\n本功能即将上线，上线前我们会更新本政策并征得您的同意。\n",  # in a sentence
        "一、第三方服务\n\n建置中的功能不會蒐集您的資料。\n",
        "一、产品功能\n\n| 功能 | 状态 |\n|---|---|\n| 积分商城 | 建设中 |\n",  # a table's cell
        "一、产品功能\n\n即將推出\n\n我們的新服務上線前會更新本政策。\n",  # a product's badge, not the policy's body
    ],
)
def test_those_words_in_a_sentence_or_a_cell_stay_unflagged(tmp_path: Path, text: str) -> None:
    assert _placeholders(tmp_path, f"# 隐私政策\n\n本政策说明我们如何处理个人信息。\n\n{text}", "md") == []


_ANTD = """import { Typography } from "antd";
const { Title, Paragraph } = Typography;

export default function Privacy() {
  return (
    <div>
      <Title>隐私政策</Title>
      <Paragraph>本政策说明我们如何处理您的个人信息。</Paragraph>
      <Title level={2}>一、我们收集的信息</Title>
      <Paragraph>我们收集您的手机号码。</Paragraph>
      <Typography.Title level={ 3 }>（一）注册信息</Typography.Title>
      <Paragraph>注册时您需提供手机号码。</Paragraph>
      <Title level={2}>二、联系我们</Title>
      <Paragraph>邮箱：privacy@example.cn</Paragraph>
    </div>
  );
}
"""


def test_ui_kit_title_components_are_headings_not_the_page_title(tmp_path: Path) -> None:
    """Class: antd's `<Title level={2}>` (Mantine's `<Title order={2}>`) was read as HTML's <title>: the first became the
    page title, every later one was dropped with a warning ("a second <title> is not read"), and the text between ran
    together as one paragraph; Chakra's `<Heading>` was inline text."""
    path = tmp_path / "privacy.tsx"
    path.write_text(_ANTD, encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.title == "隐私政策"
    assert [(s.title, s.line, s.depth) for s in doc.sections if s.title] == [
        ("一、我们收集的信息", 9, 2),
        ("（一）注册信息", 11, 3),
        ("二、联系我们", 13, 2),
    ]
    mantine = _ANTD.replace("level={", "order={").replace("Typography.Title", "Title")
    chakra = _ANTD.replace("<Title>隐私政策</Title>", '<Heading as="h1">隐私政策</Heading>').replace(
        "<Title level={2}>一、我们收集的信息</Title>", "<Heading>一、我们收集的信息</Heading>"
    )
    for source in (mantine, chakra):
        path.write_text(source, encoding="utf-8")
        assert [s.title for s in parse_path(path).sections if s.title] == ["一、我们收集的信息", "（一）注册信息", "二、联系我们"]


def test_other_components_named_title_or_a_computed_rank_stay_as_they_were(tmp_path: Path) -> None:
    """react-bootstrap's `<Card.Title>` renders a <div>; a rank computed at run time (`level={depth + 1}`) is code: the
    kit's default rank, never a dropped text."""
    source = _ANTD.replace("<Title level={2}>一、我们收集的信息</Title>", "<Card.Title>我们收集的信息</Card.Title>").replace(
        "level={ 3 }", "level={depth + 1}"
    )
    path = tmp_path / "privacy.tsx"
    path.write_text(source, encoding="utf-8")
    doc = parse_path(path)
    titles = [(s.title, s.depth) for s in doc.sections if s.title]
    assert titles == [("（一）注册信息", 1), ("二、联系我们", 2)]
    assert "我们收集的信息" in "".join(p.text for s in doc.sections for p in s.paragraphs)


@pytest.mark.parametrize("component", ["Script", "Style", "Template", "Textarea", "Noscript", "Select"])
def test_a_component_named_like_a_raw_html_element_keeps_its_text(tmp_path: Path, component: str) -> None:
    """Class: a component named like an element whose content HTML does not show (`<Script>`, `<Style>`…) was read as
    that element, and its JSX text dropped (silently for Script and Style); JSX text is text (code sits in `{…}`)."""
    path = tmp_path / "privacy.tsx"
    path.write_text(
        "export default function P() {\n  return (\n    <div>\n      <h1>隐私政策</h1>\n"
        f"      <{component}>我们会保存您的信息三年。</{component}>\n      <p>我们使用加密传输。</p>\n    </div>\n  );\n}}\n",
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["我们会保存您的信息三年。", "我们使用加密传输。"]
    assert doc.warnings == ()


def test_lower_case_script_and_style_in_jsx_stay_code(tmp_path: Path) -> None:
    path = tmp_path / "privacy.tsx"
    path.write_text(
        "export default function P() {\n  return (\n    <div>\n      <h1>隐私政策</h1>\n"
        "      <style>{`p { color: red }`}</style>\n      <p>我们使用加密传输。</p>\n    </div>\n  );\n}\n",
        encoding="utf-8",
    )
    assert [p.text for s in parse_path(path).sections for p in s.paragraphs] == ["我们使用加密传输。"]


_VUE = """<template>
  <div class="privacy">
    <a-typography-title>隐私政策</a-typography-title>
    <a-typography-paragraph>本政策说明我们如何处理您的个人信息。</a-typography-paragraph>
    <a-typography-title :level="2">一、我们收集的信息</a-typography-title>
    <a-typography-paragraph>我们收集您的手机号码。</a-typography-paragraph>
    <Title :level="2">二、联系我们</Title>
    <p>邮箱：privacy@example.cn</p>
    <Card title="三、信息安全"><p>我们采用加密。</p></Card>
  </div>
</template>
<script>
export default { name: "Privacy" }
</script>
"""


def test_vue_templates_read_the_same_kit_headings(tmp_path: Path) -> None:
    """Class: in a Vue template, `<Title>` was the page's <title> (「二、联系我们」 became the document's title) and
    ant-design-vue's `<a-typography-title :level="2">` inline text, the whole page one paragraph.  A title prop of a
    Vue component (`<Card title>`) is not read as a heading (as before: only React pages' section components)."""
    path = tmp_path / "privacy.vue"
    path.write_text(_VUE, encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.title == "隐私政策"
    assert [(s.title, s.line, s.depth) for s in doc.sections if s.title] == [
        ("一、我们收集的信息", 5, 2),
        ("二、联系我们", 7, 2),
    ]
    assert [p.text for s in doc.sections for p in s.paragraphs] == [
        "本政策说明我们如何处理您的个人信息。",
        "我们收集您的手机号码。",
        "邮箱：privacy@example.cn",
        "我们采用加密。",
    ]


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("本公司名稱：〇〇〇", "〇〇〇"),  # the ideographic zero typed for the circle
        ("地址：臺北市□□區□□路□□號", "□□區□□路□□號"),
        ("生效日期：民國□□年□□月□□日", "□□年□□月□□日"),
        ("本政策適用於□□股份有限公司提供之服務。", "□□股份有限公司"),
        ("負責人：＊＊＊", "＊＊＊"),
        ("更新日期：****年**月**日", "****年**月**日"),
        ("聯絡人：$CONTACT$", "$CONTACT$"),
        ("本服务由 $COMPANY_NAME$ 提供。", "$COMPANY_NAME$"),
        ("網站：#SITE_NAME#", "#SITE_NAME#"),
        ("服務名稱：[[service_name]]", "[[service_name]]"),
    ],
)
def test_more_template_slot_shapes_are_found(tmp_path: Path, line: str, slot: str) -> None:
    """Class: slots typed with the white square □ of Taiwan's forms, asterisks as a field's whole value or a date's
    digits, the ideographic zero 〇 for ○, and other engines' tokens ($FIELD$, #TOKEN#, [[field_name]])."""
    found = _placeholders(tmp_path, f"隱私權政策\n\n一、聯絡方式\n{line}\n", "txt")
    assert [f.excerpt for f in found] == [slot]


@pytest.mark.parametrize(
    "line",
    [
        "本政策于二〇〇〇年一月一日首次发布。",
        "二〇〇〇年起我们持续更新本政策。",
        "□ 我同意　□ 我不同意",
        "手机号示例：138****1234",
        "邮箱：***@qq.com 为脱敏显示。",
        "请在 [[WeChat]] 中查看，目录见 [[TOC]]。",
        "价格单位 $USD$，话题 #NBA#，颜色 #FFF#。",
        "数学公式 $x$ 与 $AB$。",
        "***重要提示：请仔细阅读。***",
        # (review u27w)
        "編號〇〇〇〇一",
        "#NEW_FEATURE# 上線啦",
        "[[Terms_of_Use]]",
        "電話：5550123",
    ],
)
def test_their_look_alikes_are_not(tmp_path: Path, line: str) -> None:
    assert _placeholders(tmp_path, f"隱私權政策\n\n一、聯絡方式\n{line}\n", "txt") == []


@pytest.mark.parametrize(
    "line", ["%COMPANY_NAME%", "{{COMPANY_NAME}}", "{{ COMPANY_NAME }}", "${COMPANY_NAME}", "@@COMPANY_NAME@@", "$COMPANY_NAME$"]
)
def test_a_constant_inside_a_variable_is_one_finding(tmp_path: Path, line: str) -> None:
    """Class: the constant's scan reported COMPANY_NAME again inside the variable the main pattern had reported."""
    found = _placeholders(tmp_path, f"隐私政策\n\n一、联系我们\n运营者：{line}\n", "txt")
    assert [f.excerpt for f in found] == [line]


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("公司名称：……", "……"),
        ("联系电话：？？？", "？？？"),
        ("客服热线：???", "???"),
        ("联系邮箱：......", "......"),
        ("请输入公司名称", "请输入公司名称"),
        ("公司地址：此处填写地址", "此处填写地址"),
        ("联系电话：在此输入", "在此输入"),
        ("聯絡信箱：請填寫您的電子郵件", "請填寫您的電子郵件"),
    ],
)
def test_a_value_held_by_dots_or_a_forms_prompt_is_a_slot(tmp_path: Path, line: str, slot: str) -> None:
    """Class: a contact field's value written as dots or question marks, and a form's prompt left as a value or as a line."""
    found = _placeholders(tmp_path, f"隐私政策\n\n一、联系方式\n\n{line}\n\n二、其他\n\n我们会及时回复。\n", "txt")
    assert [f.excerpt for f in found] == [slot]


@pytest.mark.parametrize(
    "text",
    [
        "登录时请输入手机号码和验证码。",
        "请输入您的手机号码以完成登录。",
        "请填写您的姓名和邮箱以便我们回复您的问题。",
        "您可以在此处填写反馈意见，我们会在15个工作日内回复。",
        "例如：……",
        "常见问题：如何注销账号？？",
        "提示：在此输入的信息会被加密。",  # (review u27w)
        "备注：此处填写的内容仅用于核实身份。",
    ],
)
def test_sentences_about_the_product_are_not(tmp_path: Path, text: str) -> None:
    assert _placeholders(tmp_path, f"隐私政策\n\n一、联系方式\n\n{text}\n", "txt") == []


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("Contact: ______@______.com", ["______@______.com"]),
        ("We retain your data for __ days.", ["__"]),
        ("Address: Room ___, ___ Floor, ___ Building, Hong Kong", ["___, ___ Floor, ___ Building"]),
        ("Please contact us at <insert email>.", ["<insert email>"]),
        ("Tel: 555-0100", ["555-0100"]),
        ("保存期限为 __ 个月。", ["__"]),
    ],
)
def test_english_half_slot_shapes_are_one_finding_each(tmp_path: Path, line: str, slots: list[str]) -> None:
    """Class: the English half's blanks: an e-mail of blanks (three findings before), an address's blanks with its words
    between them (three), two underscores before a unit of time, an instruction in angle marks, the fictional 555-01xx
    without its area code."""
    found = _placeholders(tmp_path, f"# Privacy Policy\n\n## Contact\n\n{line}\n")
    assert [f.excerpt for f in found] == slots


@pytest.mark.parametrize(
    "line",
    [
        "You may choose between ___ and ___ as you like.",  # two values: two findings, checked below
        "The set {a b} and the attribute {: .note} are not slots.",
        "We collect the following: {list of data}.",  # lower-case words in braces: read as prose (lead23)
        "Call us at 555-1234.",
        "This app is provided by Acme Corp.",  # a real name to the rule (test_placeholder_classes8)
        "Our office: Room 1203, 12 Floor, Tower A, Hong Kong.",
        "Python's __init__ method is not a blank.",
    ],
)
def test_english_look_alikes_are_not_merged_or_flagged(tmp_path: Path, line: str) -> None:
    found = [f.excerpt for f in _placeholders(tmp_path, f"# Privacy Policy\n\n## Contact\n\n{line}\n")]
    assert found == (["___", "___"] if "between" in line else [])


def test_media_fallback_text_is_announced_not_read_as_policy(tmp_path: Path) -> None:
    """Class: the fallback text of <video>, <audio> and <canvas> (shown only by a browser that cannot play or draw them)
    was read as a sentence of the policy and run together with the text around it; now skipped, with a warning."""
    page = (
        "<html><body><h1>隐私政策</h1>\n<p>我们采用加密技术保护您的信息。</p>\n"
        "<video src='a.mp4'>您的浏览器不支持视频。</video>\n<canvas>您的浏览器不支持画布。</canvas>\n"
        "<audio src='a.mp3'></audio>\n<p>我们不会出售您的信息。</p></body></html>\n"
    )
    path = tmp_path / "privacy.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_path(path)
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["我们采用加密技术保护您的信息。", "我们不会出售您的信息。"]
    assert doc.warnings == (
        "line 3: the text inside <video> (fallback content) is not read",
        "line 4: the text inside <canvas> (fallback content) is not read",
    )


_CLASS_ROWS_BEFORE = re.compile(r"((?:\.[\w-]+\s*,\s*)*\.[\w-]+)\s*\{([^{}]*)\}")  # the regex `_block_classes` replaced


def _classes_before(sheet: str) -> set[str]:
    found: set[str] = set()
    for rule in _CLASS_ROWS_BEFORE.finditer(sheet):
        if "display" in rule.group(2):
            found.update(name.strip().lstrip(".") for name in rule.group(1).split(","))
    return found


def _classes_after(sheet: str) -> set[str]:
    from policylens.load.html.styles import _block_classes, _css_rules

    return {name for head, body in _css_rules(sheet) if "display" in body for name in _block_classes(head)}


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([".a", ".p-1", "div", " ", ",", ", ", "{", "}", "display:block", ";", "\n", "h1", ".b .c", "a.d", "/* .x */"]),
        max_size=30,
    )
)
def test_block_classes_read_from_the_braces_as_the_regex_did(parts: list[str]) -> None:
    """Class: the style sheet's class rows were found by a regex quadratic on a long selector list with no `{` (review
    u27w); `_css_rules` + `_block_classes` read the same classes in one pass.

    Only on sheets without a rule inside a rule: there the reader follows SCSS on purpose (a parent's own declarations
    around a nested rule are still the parent's, tests/test_u34a2_structure.py), where the regex saw only the innermost
    rule; the README's run once drew 「.a{{}display:block}」 (a block nested in .a, then .a's own declaration)."""
    sheet = "".join(parts)
    depth = 0
    for char in sheet:
        depth = depth + 1 if char == "{" else max(depth - 1, 0) if char == "}" else depth
        if depth > 1:
            return  # a nested rule: the two readings differ by design
    assert _classes_after(sheet) == _classes_before(sheet), sheet


def test_a_long_selector_list_is_read_in_linear_time() -> None:
    sheet = ".a," * 200_000
    assert _classes_after(sheet) == set()
    assert _classes_after(sheet + ".b { display: block }") == {"a", "b"}


def test_sentences_after_the_same_lead_word_are_not_one_field(tmp_path: Path) -> None:
    """Review u27w: 「例如：…」 → 「例如：…」, two different sentences after one lead word, were paired as a field changed."""
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("# 隐私政策\n\n## 一、收集\n\n例如：我们会将您的手机号码用于账号登录和安全验证。\n", encoding="utf-8")
    new.write_text("# 隐私政策\n\n## 一、收集\n\n例如：在您参加抽奖活动时，我们会收集您的收货地址。\n", encoding="utf-8")
    result = cli("diff", str(old), str(new), "-f", "json")
    ops = [c["op"] for s in json.loads(result.stdout)["sections"] for c in s.get("changes", [])]
    assert sorted(ops) == ["delete", "insert"], ops


def test_review_u27w_markdown_emphasis_and_a_superscript_rank(tmp_path: Path) -> None:
    """Markdown's closing emphasis after a label is no asterisk value; 「²」 as a rank is no reason to refuse the page."""
    assert _placeholders(tmp_path, "# 隐私政策\n\n***联系方式：*** privacy@ourshop.cn\n") == []
    path = tmp_path / "privacy.jsx"
    path.write_text(
        'export default function P() {\n  return (<div><h1>隐私政策</h1><Title level="²">一、收集</Title><p>我们收集手机号。</p></div>);\n}\n',
        encoding="utf-8",
    )
    assert [s.title for s in parse_path(path).sections if s.title] == ["一、收集"]


def test_a_longer_code_fence_holds_a_shorter_one_for_every_site_tag_reader(tmp_path: Path) -> None:
    """Class: `site_tags.code_line` closed a fenced block at any line starting with 「```」, so a 「````md」 block showing
    a 「```」 example ended early and the container fences, Liquid tags and comments after it were read as markup (review
    of the twenty-seventh session: an example `::: tip` … `:::` inside the block lost its fences)."""
    text = (
        "# 隐私政策\n\n本政策说明我们如何处理您的个人信息。\n\n````md\nconst a = 1\n```\n::: tip\n示例提示\n:::\n```\n````\n\n"
        "::: zh-CN\n我们非常重视您的隐私。\n:::\n"
    )
    path = tmp_path / "privacy.md"
    path.write_text(text, encoding="utf-8")
    paragraphs = [p.text for s in parse_path(path).sections for p in s.paragraphs]
    code = next(p for p in paragraphs if "const a" in p)
    assert "::: tip" in code and "\n:::\n" in code, code  # the example's fences kept in the code block
    assert "我们非常重视您的隐私。" in paragraphs  # the real container's fences blanked, as before
