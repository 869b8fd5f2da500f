"""Review mends of the sixtieth and sixty-first sessions' changes (u61h; constructed inputs, both sides).

- A stand-in for the policy body (u60p `placeholder_stubs._whole_stand_ins`): a quote is the edge of a script's string
  (`content: '这里是隐私政策内容...',`) only when no word runs into it; a stand-in quoted inside a sentence
  (「如果页面只显示“这里是隐私政策内容”，请…」) is a mention, not the body.
- A section heading that is the word test (u61p `_TEST_STUB`): 「测试」 or "Testing" heading real text (beta testing,
  TestFlight) is a topic, not a test's stub; over nothing or over a stub it still is one.
- A product whose provider the document signs as (u61q `service_provider_we_u61q`): the brand's provider phrase is read
  up to the next definition of 我们 (after it, 我们 is someone else; repeated definitions no longer make the pattern
  quadratic), and a company's platform for developers (「星河开发者平台」) is no "developer of the brand".
- A mini-program page's document kept in `Page({data})` (u61r `load.mini_page_data`): a prose field of the same data
  beside the sections (a closing note with the contact address, the address alone) is read, not dropped; a button's
  word and a flag stay out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from check_helpers import POLICY_HEAD, POLICY_TAIL, written_severities
from parse_helpers import paragraph_texts, parse_string
from profile_helpers import profile_status


def _errors(tmp_path: Path, body: str, name: str = "privacy.md") -> list[tuple[int, str]]:
    """The placeholder errors of `check` on `body` between a real head and tail (line, excerpt)."""
    found = written_severities(tmp_path, name, POLICY_HEAD + body + POLICY_TAIL)
    return [(line, excerpt) for line, rule, severity, excerpt in found if severity == "error" and rule.startswith("placeholder")]


@pytest.mark.parametrize(
    "body",
    [
        "如果页面只显示“这里是隐私政策内容”，请下拉刷新。",
        '旧版本曾误显示"Privacy policy content goes here"，现已修复。',
        "加载失败时页面会显示「此处为协议正文」字样，请稍后重试。",
    ],
)
def test_a_stand_in_quoted_in_a_sentence_is_a_mention(tmp_path: Path, body: str) -> None:
    assert _errors(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "excerpt"),
    [
        ("“这里是隐私政策内容”", "这里是隐私政策内容"),  # the whole paragraph, quoted
        ('"Privacy policy content goes here."', "Privacy policy content goes here"),
    ],
)
def test_a_quoted_stand_in_alone_is_still_the_body(tmp_path: Path, body: str, excerpt: str) -> None:
    assert _errors(tmp_path, body) == [(5, excerpt)]


def test_a_stand_in_in_a_script_string_is_still_the_body(tmp_path: Path) -> None:
    script = (
        "Page({\n  show() {\n    wx.showModal({\n      title: '隐私政策',\n      content: '这里是隐私政策内容...',\n    });\n  }\n});\n"
    )
    found = [(line, excerpt) for line, _rule, severity, excerpt in written_severities(tmp_path, "about.js", script) if severity == "error"]
    assert found == [(5, "这里是隐私政策内容")]


@pytest.mark.parametrize(
    "body",
    [
        "## Testing\n\nBeta versions are distributed through TestFlight; Apple shares crash logs with us.",
        "## 测试\n\n我们通过 TestFlight 分发测试版本，苹果会向我们提供崩溃日志。",
        "### 測試\n\n我們透過 TestFlight 發佈測試版本，Apple 會向我們提供當機記錄。",
    ],
)
def test_a_test_heading_over_real_text_is_a_topic(tmp_path: Path, body: str) -> None:
    assert _errors(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("## 测试\n\n## 一、我们收集的信息\n\n我们会收集您的手机号码。", [(5, "测试")]),  # a heading over nothing
        ("## Test\n\ntest", [(5, "Test"), (7, "test")]),  # a heading over a stub, and the stub
        ("我们重视您的隐私。\n\n测试", [(7, "测试")]),  # a plain paragraph: u61p's stub
    ],
)
def test_a_test_heading_over_nothing_is_still_a_stub(tmp_path: Path, body: str, expected: list[tuple[int, str]]) -> None:
    assert _errors(tmp_path, body) == expected


_CONTACT = "如有问题，请联系我们：help@xinghe.cn，电话 010-62345678。"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the brand's own platform for developers is no "developer of the brand" (u61q read 星河 as a product)
        (f"星河（以下简称“我们”）非常重视您的隐私。{_CONTACT}\n\n## 第三方\n\n推送服务：星河开发者平台提供的消息推送组件。", "covered"),
        (f"星河（以下简称“我们”）非常重视您的隐私。{_CONTACT}\n\n## 第三方\n\n推送：星河开发者联盟的推送组件。", "covered"),
        # after another definition of 我们, the brand's provider phrase is read no more
        (f"云宽带（以下简称“我们”）非常重视您的隐私。{_CONTACT}\n\n星辰网络（以下简称“我们”）负责运营。\n\n，云宽带服务提供方", "covered"),
        # u61q's class stays: a brand whose provider the document signs as
        (f"云宽带（以下简称“我们”）非常重视您的隐私。{_CONTACT}\n\n本政策由云宽带服务提供方负责解释。\n\n云宽带服务提供方", "missing"),
    ],
)
def test_a_product_defined_as_we(text: str, status: str) -> None:
    assert profile_status("# 隐私政策\n\n" + text + "\n", "cn-pipl/processor") == status


_PAGE = """Page({
  data: {
    title: '隐私政策',
    updatedAt: '2026-08-02',
    sections: [
      { title: '一、我们收集哪些信息', items: ['为完成登录，我们会收集您的微信昵称和头像。', '为保存训练进度，我们会在本地保存您的训练记录。'] },
      { title: '二、信息如何使用', items: ['我们仅将上述信息用于向您提供训练记录和统计功能，不会用于其他目的。', '我们不会向任何第三方出售您的个人信息。'] },
      { title: '三、信息的保存', items: ['您的信息保存在中华人民共和国境内，保存期限为您使用本小程序期间。'] }
    ],
    footer: '如您对本政策有任何疑问，请通过邮箱 privacy@xunlian.cn 联系我们，我们将在十五个工作日内回复。',
    contact: 'privacy@xunlian.cn',
    agreeText: '同意并继续',
    loading: false
  },
  agree() {
    wx.showToast({ title: '已同意' })
  }
})
"""


def test_the_page_datas_closing_note_is_read() -> None:
    paragraphs = paragraph_texts(parse_string(_PAGE, suffix=".js"))
    assert paragraphs[-2:] == [
        "如您对本政策有任何疑问，请通过邮箱 privacy@xunlian.cn 联系我们，我们将在十五个工作日内回复。",
        "privacy@xunlian.cn",
    ]
    assert not [p for p in paragraphs if "同意" in p or "false" in p]  # a button's word, a flag: not read
