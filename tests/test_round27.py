"""Classes the twenty-seventh blind round showed on its first run (issue #11, u27r): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round27, read since its first run) showed the classes,
in `lingualearn-hk-tsx/page.tsx`, `erssw-antd-tsx/PrivacyPage.tsx` and `autoflow-tsx/page.tsx`.

1. A value a React page's code prints (`{CONTACT_EMAIL}`, `{t("mail")}`, `{items.join("、")}`) stands where it is
   written (`load.jsx.blank_jsx` reports it, `Document.media` holds it, `Context.shown_in` asks it): the clause around it
   is not empty (「請以電郵聯絡我們：{' '}<a>{CONTACT_EMAIL}</a>。」 was an `enumeration-empty` error on a clean page), nor
   the list it prints (「包括{items}等。」); a space literal `{" "}` or a comment between the marks prints nothing, and
   an `.html` page's braces are text as before.
2. A fact the policy must state left for the operator to confirm: 「保留期限与对外托管位置待运营方确认」,
   「联系邮箱待产品方提供」, 「保存期限待确认」 (`placeholder_drafting.notes._NOTES`, after the fact's noun `_FACT_NOUN`); not a step
   the policy describes (「您的申请待运营方确认后生效」, 「订单待确认」, 「退款待商家确认」).
3. A note that the formal text is still to come: 「隐私政策将在下一阶段补充律师审阅后的正式文本」, 「后续将发布最终版隐私政策」;
   not 「我们将在正式版本发布后更新本政策」 (the verb before 正式), 「本政策为正式版本」, 「我们会以正式的书面形式通知您」.
4. Ant Design's titles are headings of their level (`<Typography.Title level={3}>`, a destructured `<Title level={2}>`,
   a design system's `<Heading level={3}>`)
   and its `<Typography.Paragraph>` a paragraph of its own (`load.jsx.rendered_tag`); not a Title without a level, a
   level computed at run time (`level={depth}`), nor a `level={3}` on another component.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_string
from policylens.load.jsx import blank_jsx
from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _rules(tmp_path: Path, text: str, suffix: str = "md") -> list[tuple[str, str]]:
    """(rule, excerpt) of every placeholder or enumeration finding at error level in `text`."""
    return [(f.rule, f.excerpt) for f in _placeholders(tmp_path, text, suffix) if f.severity == "error"]


def _tsx(body: str) -> str:
    return (
        "const MAIL = 'help@qingyun.com.hk';\n"
        "export default function Privacy() {\n"
        "  return (\n"
        "    <main>\n"
        "      <h1>私隱政策</h1>\n"
        f"{body}"
        "    </main>\n"
        "  );\n"
        "}\n"
    )


# --- 1. a value the page's code prints ---------------------------------------------------------------------------------


def test_a_printed_value_between_the_marks_is_the_clauses_content(tmp_path: Path) -> None:
    page = _tsx(
        "      <p>\n"
        "        如有查詢，請以電郵聯絡我們：{' '}\n"
        "        <a href={`mailto:${MAIL}`}>\n"
        "          {MAIL}\n"
        "        </a>\n"
        "        。\n"
        "      </p>\n"
        "      <p>我們收集的資料包括{fields.join('、')}等。</p>\n"
        "      <p>聯絡電話：{t('contact.phone')}。</p>\n"
    )
    assert _rules(tmp_path, page, "tsx") == []
    printed: list[int] = []
    blank_jsx(page, printed)
    assert [page[k : k + 6] for k in printed] == ["{MAIL}", "{field", "{t('co"]  # not `{' '}`, nor the href's value


def test_an_empty_clause_with_nothing_printed_in_it_is_still_reported(tmp_path: Path) -> None:
    page = _tsx(
        "      <p>我們會透過以下方式聯絡您：{' '}。</p>\n"
        "      <p>我們收集的資料包括{/* 待補 */}等。</p>\n"
        "      <p>聯絡電話：<a href={tel}></a>。</p>\n"
    )
    assert [rule for rule, _ in _rules(tmp_path, page, "tsx")] == ["enumeration-empty"] * 3
    # an .html page's braces are text, and its empty clause as before
    html = "<html><body><h1>隐私政策</h1><p>我们收集的信息包括等。</p><p>联系我们：{mail}。</p></body></html>"
    assert sorted(_rules(tmp_path, html, "html")) == [("enumeration-empty", "包括等。"), ("placeholder-instruction", "{mail}")]


# --- 2. a fact left for the operator to confirm -------------------------------------------------------------------------


def test_a_fact_left_for_the_operator_to_confirm_is_a_drafting_note(tmp_path: Path) -> None:
    text = HEAD + (
        "账号信息保存在云数据库中，保留期限与对外托管位置待运营方确认。\n\n"
        "个人信息保护负责人的联系邮箱仍待产品方提供，请先通过应用内反馈联系我们。\n\n"
        "日志的保存期限待确认，届时将在本页更新。\n\n"
        "運營主體名稱均待運營方確認。\n"
    )
    found = _rules(tmp_path, text)
    assert [rule for rule, _ in found] == ["placeholder-drafting"] * 4
    assert "待运营方确认" in found[0][1] and "待产品方提供" in found[1][1]


def test_a_step_the_policy_describes_is_no_drafting_note(tmp_path: Path) -> None:
    text = HEAD + (
        "您提交的注销申请待运营方确认后生效，我们会以短信通知您。\n\n"
        "订单待确认时，您可以在订单页面取消订单。\n\n"
        "退款申请待商家确认后原路退回。\n\n"
        "您的收货地址待您确认后才会用于配送。\n"
    )
    assert _rules(tmp_path, text) == []


# --- 3. the formal text still to come -------------------------------------------------------------------------------


def test_a_note_that_the_formal_text_is_to_come_is_a_drafting_note(tmp_path: Path) -> None:
    text = HEAD + (
        "本页为初版说明，隐私政策将在下一阶段补充律师审阅后的正式文本。\n\n"
        "我们后续将发布最终版隐私政策，届时以最终版本为准。\n\n"
        "本條款稍後將替換為法務出具的正式條款。\n"
    )
    assert [rule for rule, _ in _rules(tmp_path, text)] == ["placeholder-drafting"] * 3


def test_the_final_version_and_formal_notices_are_no_drafting_note(tmp_path: Path) -> None:
    text = HEAD + (
        "我们将在正式版本发布后更新本政策，并在更新前通知您。\n\n"
        "本政策为正式版本，自发布之日起生效。\n\n"
        "如本政策发生重大变更，我们会以正式的书面形式通知您。\n\n"
        "我们会提供正式发票，您可在订单页面申请。\n"
    )
    assert _rules(tmp_path, text) == []


# --- 4. Ant Design's titles and paragraphs ---------------------------------------------------------------------------

ANTD = """import { Typography, Card } from "antd";
const { Title } = Typography;

export function Privacy({ depth }: { depth: 1 | 2 }) {
  return (
    <article>
      <Typography.Title level={2}>隐私政策</Typography.Title>
      <Typography.Paragraph>本政策说明我们如何处理您的个人信息。</Typography.Paragraph>
      <Typography.Paragraph>请您在使用前仔细阅读。</Typography.Paragraph>
      <Typography.Title level={3}>1. 我们收集的信息</Typography.Title>
      <Typography.Paragraph>我们收集您的邮箱。</Typography.Paragraph>
      <Title level={ 3 }>2. 信息的使用</Title>
      <Typography.Paragraph>用于登录与通知。</Typography.Paragraph>
      <Typography.Title>第三方服务</Typography.Title>
      <Title level={depth}>数据保存</Title>
      <Heading level={3}>3. 信息的共享</Heading>
      <Card level={3}>卡片中的说明文字。</Card>
      <Typography.Text strong>我们不会出售您的信息。</Typography.Text>
    </article>
  );
}
"""


def test_antd_titles_are_headings_of_their_level_and_paragraphs_are_blocks() -> None:
    doc = parse_string(ANTD, ".tsx")
    assert doc.metadata.title == "隐私政策"
    titles = [(s.title, s.line) for s in doc.sections if s.title is not None]
    assert titles[:2] == [("1. 我们收集的信息", 10), ("2. 信息的使用", 12)] and ("3. 信息的共享", 16) in titles
    first = next(s for s in doc.sections if s.title is None)
    assert [p.text for p in first.paragraphs] == ["本政策说明我们如何处理您的个人信息。", "请您在使用前仔细阅读。"]
    # a Title with no level or a level the code computes: a block of its own (it was the page's <title>: lost), not a
    # heading of a level it does not give; a `level` on another component makes no heading of it
    blocks = [s.title for s in doc.sections if s.title] + [p.text for s in doc.sections for p in s.paragraphs]
    assert "第三方服务" in blocks and "数据保存" in blocks
    assert [s.level for s in doc.sections if s.title in ("1. 我们收集的信息", "2. 信息的使用")] == [1, 1]
    assert any(b.startswith("卡片中的说明文字。") for b in blocks)
