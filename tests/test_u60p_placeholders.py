"""Sixtieth session (u60p, issue #11): the classes eval/blind/round59q missed (released: not blind), both ways.

- A stand-in for the whole policy body, alone in its paragraph or string: 「这里是隐私政策内容...」, 「此处为协议正文」,
  「示例文本」, "Privacy policy content goes here" (`placeholder_stubs`); a sentence naming the text stays quiet.
- English and Chinese slots in full-width brackets with a slash (【Legal entity / operator name】, 【运营者全称 / 法律实体】)
  and an English field word alone as the whole value of a field's label ("- Email: 【Email】", `slots._enwide_quiet`);
  labels and emphasised data items (【Note】, 【Email】、【Phone】, 「我们收集：【Email】」) stay quiet.
- Counting digits as a contact's value, on the line after its label too (「电子邮箱⏎123456」, 「QQ：12345678」,
  「客服电话：」 then 「12345678」 in the next paragraph: `placeholder_filler_digits`, `placeholder_dummy_contact`); a real
  QQ number, a mailbox with its host, a sample stay quiet.
- round59q's missed lines (about-zh-js L72, aition-zh-md L99/L170-172, yunmeng-zh-vue L32) as regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from check_helpers import POLICY_HEAD, POLICY_TAIL, framed_errors, written_severities
from conftest import ROOT

_HEAD, _TAIL = POLICY_HEAD, POLICY_TAIL
_errors_at = framed_errors


_BODY_LINE = 5  # the line `body` opens on


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("这里是隐私政策内容...", "这里是隐私政策内容"),
        ("此处为协议正文", "此处为协议正文"),
        ("这里是用户协议的内容。", "这里是用户协议的内容"),
        ("此處為隱私政策內容", "此處為隱私政策內容"),
        ("示例文本", "示例文本"),
        ("Privacy policy content goes here.", "Privacy policy content goes here"),
        ("Your privacy policy here", "Your privacy policy here"),
        ("Placeholder text", "Placeholder text"),
    ],
)
def test_a_stand_in_body_is_a_slot(tmp_path: Path, body: str, shown: str) -> None:
    assert _errors_at(tmp_path, body).get(_BODY_LINE) == [shown]


@pytest.mark.parametrize(
    "body",
    [
        "本隐私政策内容如有变更，我们将在本页面公布。",
        "这里是我们收集的信息的说明。",
        "隐私政策内容包括以下几个部分。",
        "此处为协议正文的补充条款，与正文具有同等效力。",
        "We will post any changes to this privacy policy here.",
        "示例文本框中输入的内容不会被保存。",
    ],
)
def test_a_sentence_naming_the_text_is_quiet(tmp_path: Path, body: str) -> None:
    assert _BODY_LINE not in _errors_at(tmp_path, body)


def test_a_stand_in_body_in_a_script_string(tmp_path: Path) -> None:
    script = (
        "Page({\n  showPrivacyPolicy: function() {\n    wx.showModal({\n      title: '隐私政策',\n"
        "      content: '这里是隐私政策内容...',\n      showCancel: false\n    });\n  },\n"
        "  showTerms: function() {\n    wx.showModal({\n      title: '用户协议',\n"
        "      content: '本隐私政策内容如有变更，我们将在本页面公布。',\n      showCancel: false\n    });\n  }\n});\n"
    )
    found = [(line, excerpt) for line, _rule, severity, excerpt in written_severities(tmp_path, "about.js", script) if severity == "error"]
    assert found == [(5, "这里是隐私政策内容")]


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('The Site, operated by 【Legal entity / operator name】 ("we"), uses cookies.', "【Legal entity / operator name】"),
        ("- Email: 【Email】", "【Email】"),
        ("- Phone: 【Phone】", "【Phone】"),
        ("- Address: 【Address】", "【Address】"),
        ("Email / Phone: 【Email / Phone】", "【Email / Phone】"),
        ("邮箱：【Email】", "【Email】"),
        ("本网站由【运营者全称/法律实体】运营。", "【运营者全称/法律实体】"),
        ("本网站由【运营者全称 / 法律实体名称】运营。", "【运营者全称 / 法律实体名称】"),
        ("本网站由【公司名称／个人姓名】运营。", "【公司名称／个人姓名】"),
        ("Contact us at 【Email Address】.", "【Email Address】"),
        # found on the base, kept (eval/blind/round18 skipface, round29 laoyao, round56p kurashiki)
        ("- Developer: 【Developer/Company name】", "【Developer/Company name】"),
        ("在使用【app】各项产品或服务前，请您务必仔细阅读本政策。", "【app】"),
        ("状态：【TODO】", "TODO"),
        ("生效日期：【TBD】", "TBD"),
    ],
)
def test_a_full_width_slot_with_a_slash_or_alone_as_a_value(tmp_path: Path, body: str, shown: str) -> None:
    assert _errors_at(tmp_path, body).get(_BODY_LINE) == [shown]


@pytest.mark.parametrize(
    "body",
    [
        "我们收集：【Email】、【Phone】。",
        "We collect 【Email】 and 【Phone】 when you register.",
        "Data collected: 【Email】",
        "【Email】 is used for login.",
        "Read 【Note】 and 【Important】. On [Android], open 【设置】.",
        "【Name】: your name as shown in your profile.",
        "Purpose: 【Email / Phone】",
        "我们会收集【Email / Phone】用于登录。",
        "【Date】",
    ],
)
def test_a_label_or_an_emphasised_item_stays_quiet(tmp_path: Path, body: str) -> None:
    assert _BODY_LINE not in _errors_at(tmp_path, body)


@pytest.mark.parametrize(
    ("body", "line", "shown"),
    [
        ("如有疑问您可通过电子邮箱\n123456 与我们联系。", 6, "123456"),
        ("如有疑问您可通过电子邮箱 123456 与我们联系。", 5, "123456"),
        ("QQ：12345678", 5, "12345678"),
        ("QQ群：123456789", 5, "123456789"),
        ("微信号：654321", 5, "654321"),
        ("客服电话：123456", 5, "123456"),
        ("客服电话：\n\n12345678", 7, "12345678"),
        ("Phone:\n\n1234567890", 7, "1234567890"),
    ],
)
def test_counting_digits_as_a_contact_value(tmp_path: Path, body: str, line: int, shown: str) -> None:
    assert _errors_at(tmp_path, body).get(line) == [shown]


@pytest.mark.parametrize(
    "body",
    [
        "QQ：2876543210",
        "QQ：\n\n2876543210",
        "邮箱：123456@qq.com",
        "例如：QQ：123456",
        "客服电话：\n\n400-820-8820",
        "订单号：123456",
        "验证码 123456 五分钟内有效。",
        "客服电话：95588",
    ],
)
def test_a_real_value_or_a_sample_stays_quiet(tmp_path: Path, body: str) -> None:
    errors = _errors_at(tmp_path, body)
    assert not any(_BODY_LINE <= line <= _BODY_LINE + 2 for line in errors), errors


_ROUND = ROOT / "eval" / "blind" / "round59q"


@pytest.mark.parametrize(
    ("document", "lines"),
    [
        ("dev/about-zh-js/about.js", {72}),
        ("holdout/aition-zh-md/cookie-policy.md", {99, 170, 171, 172}),
        ("holdout/yunmeng-zh-vue/privacy.vue", {32}),
    ],
)
def test_round59q_missed_lines(tmp_path: Path, document: str, lines: set[int]) -> None:
    path = _ROUND / document
    found = written_severities(tmp_path, path.name, path.read_text(encoding="utf-8"))
    assert lines <= {line for line, rule, severity, _ in found if severity == "error" and rule.startswith("placeholder")}


@pytest.mark.parametrize(
    ("body", "quiet"),
    [
        ("本应用是【楚恬商行】公司（以下简称“我们”）运营的。", True),
        ("本应用是“楚恬”公司（以下简称“我们”）运营的。", True),
        ("欢迎使用本应用。公司（以下简称“我们”）尊重您的隐私。", False),
        ("本公司（以下简称“公司”）尊重您的隐私。", False),
    ],
)
def test_a_filled_name_in_brackets_before_its_company_form(tmp_path: Path, body: str, quiet: bool) -> None:
    """round60p churili-zh-tsx L77 (dev, not blind): 「【楚恬商行】公司（以下简称“我们”）」 is a name, not the default word."""
    found = written_severities(tmp_path, "privacy.md", _HEAD + body + _TAIL)
    defaults = [line for line, rule, _severity, _ in found if rule == "placeholder-default-name"]
    assert (defaults == []) is quiet, found
