"""Placeholder classes from the thirty-third blind round's second set (eval/blind/round33b, helper u33r2), each both ways.

- a bracketed note saying this paragraph will still be rewritten or completed
  (「【此段說明將依律師確認之第三條核心問題結果調整，…】」), not prose about a section that changes with the law;
- a React page whose legal text is a data constant of its code, shown through `.map` (`p: "演示：…"`,
  `"演示：support@example.com"`): its literals are read as an inline script's (dummy contacts, named slots), and a literal
  labelled as demo content (「演示：…」) is a slot; not a page's UI strings, a 「示例：」 given on purpose, a demo label
  inside a sentence, nor the expressions inside the markup (an input's `placeholder={"name@example.com"}`);
- filler prose as an agreement's body: a long paragraph about none of the text's subjects written three times or more
  (an essay pasted under each heading); not a clause repeated after each SDK, a paragraph written twice, nor short lines.

The documents of the set's dev part are regression cases; its held-out part is not read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings as _slot_findings

ROUND33B = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round33b"


HEAD = "# 隐私政策\n\n生效日期：2026年1月1日\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "【此段說明將依律師確認之第三條核心問題結果調整，包括是否需補充告知義務之履行方式。】",
        "【本段内容将在法务审阅后补充完整。】",
        "[此节待产品确认数据保存期限后更新]",
        "【該段文字需依主管機關最新函釋修改。】",
    ],
)
def test_bracketed_note_on_this_paragraph_fires(lines_of, note: str) -> None:
    assert lines_of(HEAD + "我们收集您的手机号码用于登录。\n\n" + note + "\n") == {7}


@pytest.mark.parametrize(
    "prose",
    [
        "本段所述权利将依法律法规的变化而调整。",
        "此段时间内我们会更新您的账户信息。",
        "【此段为示例】以下为您可以行使的权利。",
        "如本政策发生变更，我们将在本页面更新并通知您。",
    ],
)
def test_prose_about_a_paragraph_does_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + "我们收集您的手机号码用于登录。\n\n" + prose + "\n") == set()


def test_round33b_taiwanleads_dev_document() -> None:
    """The dev document's seven slot lines are all reported (the last was the bracketed rewrite note, line 55)."""
    found = {line for line, _, _ in _slot_findings(ROUND33B / "dev" / "taiwanleads-tw-tsx" / "page.tsx")}
    assert {6, 10, 36, 45, 50, 55, 124} <= found


DATA_PAGE = """import {{ notFound }} from "next/navigation";

const content: Record<string, {{ title: string; sections: Array<{{ h: string; p: string }}> }}> = {{
  privacy: {{
    title: "隐私政策",
    sections: [
      {{ h: "我们收集什么", p: "{first}" }},
      {{ h: "联系我们", p: "{second}" }},
    ],
  }},
}};

export default function PolicyPage({{ slug }}: {{ slug: string }}) {{
  const doc = content[slug];
  if (!doc) notFound();
  return (
    <main>
      <h1>{{doc.title}}</h1>
      {{doc.sections.map((s) => (
        <section key={{s.h}}>
          <h2>{{s.h}}</h2>
          <p>{{s.p}}</p>
        </section>
      ))}}
    </main>
  );
}}
"""


def _page_lines(tmp_path: Path, first: str, second: str) -> set[int]:
    path = tmp_path / "page.tsx"
    path.write_text(DATA_PAGE.format(first=first, second=second), encoding="utf-8")
    return {line for line, _, _ in _slot_findings(path)}


def test_demo_literals_of_a_react_page_data_fire(tmp_path: Path) -> None:
    assert _page_lines(tmp_path, "演示：邮箱、收货信息、浏览行为（用于改进体验）。", "演示：support@example.com") == {7, 8}
    assert _page_lines(tmp_path, "我们收集您的邮箱用于登录。", "如有疑问请联系 privacy@example.com") == {8}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("我们收集您的邮箱用于登录。", "如有疑问请联系 privacy@shop.cn"),
        ("示例：您的手机号将显示为 138****0000。", "如有疑问请联系 privacy@shop.cn"),
        ("您可以在设置中点击查看演示：数据导出流程。", "客服电话：400-820-1234"),
    ],
)
def test_real_literals_of_a_react_page_data_do_not_fire(tmp_path: Path, first: str, second: str) -> None:
    assert _page_lines(tmp_path, first, second) == set()


def test_markup_expressions_of_a_react_page_are_not_read_as_data(tmp_path: Path) -> None:
    """An input's placeholder expression is a UI state inside the markup, not the page's data."""
    path = tmp_path / "page.tsx"
    path.write_text(
        "export default function Contact() {\n  return (\n    <form>\n      <p>请填写您的邮箱，我们会回复您。</p>\n"
        '      <input placeholder={"例如 name@example.com"} />\n    </form>\n  );\n}\n',
        encoding="utf-8",
    )
    assert _slot_findings(path) == []


def test_round33b_demoshop_dev_document() -> None:
    findings = _slot_findings(ROUND33B / "dev" / "demoshop-tsx" / "page.tsx")
    found = {line for line, _, _ in findings}
    assert {12, 13, 14, 20, 21, 22, 28, 29, 30, 36, 37, 38} <= found
    # The titles 「隐私政策（示例）」: since the forty-fifth session (u45k) the four documents keyed by name are read with
    # their titles, and a title still marked （示例） is a drafting note left in a page about to be published (the set
    # annotates these lines as ambiguous, not scored either way). Each is one finding, from placeholder-drafting.
    titles = {10, 18, 26, 34}
    assert titles <= found
    assert sorted(rule for line, rule, _ in findings if line in titles) == ["placeholder-drafting"] * 4


ESSAY = (
    "我常想在纷扰中寻出一点闲静来，然而委实不容易。目前是这么离奇，心里是这么芜杂。一个人做到只剩了回忆的时候，"
    "生涯大概总要算是无聊了罢，但有时竟会连回忆也没有。中国的做文章有轨范，世事也仍然是螺旋。"
)


def test_filler_prose_written_three_times_fires(lines_of) -> None:
    text = "# 用户服务协议\n\n## 一、服务性平台\n\n" + ESSAY + "\n\n" + ESSAY + "\n\n## 二、用户管理\n\n" + ESSAY + "\n"
    assert lines_of(text) == {5, 7, 11}


@pytest.mark.parametrize(
    "body",
    [
        # the same long clause after each SDK: it names the text's subjects
        "为实现推送功能，该第三方SDK会收集您的设备标识符与网络状态信息，我们会要求其遵守与本政策一致的数据保护标准，"
        "并在合作结束后删除相关数据，您可以在系统设置中关闭通知权限以停止该项处理。",
        # prose about nothing of the policy, but long enough only twice below
        None,
    ],
)
def test_repeated_content_or_prose_twice_does_not_fire(lines_of, body: str | None) -> None:
    if body is None:
        text = "# 用户服务协议\n\n" + ESSAY + "\n\n" + ESSAY + "\n"
    else:
        text = "# 隐私政策\n\n## 极光推送\n\n" + body + "\n\n## 个推\n\n" + body + "\n\n## 友盟\n\n" + body + "\n"
    assert lines_of(text) == set()


def test_short_repeated_lines_do_not_fire_as_prose(lines_of) -> None:
    line = "春天来了，万物复苏，草长莺飞。"
    assert lines_of("# 用户协议\n\n" + "\n\n".join([line] * 4) + "\n") == set()


def test_round33b_lejubang_dev_document() -> None:
    found = {line for line, _, _ in _slot_findings(ROUND33B / "dev" / "lejubang-php" / "protocol.php")}
    assert found == {23, 27, 32, 36}


def test_stand_in_body_written_again_is_reported_once(tmp_path: Path) -> None:
    """A stand-in repeated as three sections' bodies is `_filler_bodies`' finding; the prose form does not add a second."""
    body = "隨便啦打那麼多你又不會看" * 6
    path = tmp_path / "policy.md"
    path.write_text(
        "# 隱私權政策\n\n## 一、適用範圍\n\n" + body + "\n\n## 二、蒐集方式\n\n" + body + "\n\n## 三、資料保護\n\n" + body + "\n",
        encoding="utf-8",
    )
    found = [(line, rule) for line, rule, _ in _slot_findings(path)]
    assert sorted(found) == [(5, "placeholder-empty"), (9, "placeholder-empty"), (13, "placeholder-empty")]
