"""Placeholder classes the lead fixed in the ninth session from earlier blind sets' remaining misses.

* Form-style labels spaced out for alignment (「电　　话：none」, 「传　　真：」): the label words of
  the contact and template-default checks match with blanks between their characters
  (`patterns.spaced`), so a spaced label is read as the plain one is.
* A field left empty in an SDK list whose entries are numbered (「隐私说明：」 above
  「②第三方SDK：奇虎360加固保插件」): the next entry's numbered first field closes the empty one, as a
  bulleted field did.

Each with the near misses that must stay silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.patterns import spaced
from test_placeholder_classes import _one_each, _placeholders
from test_placeholder_classes6 import _clean


def test_spaced_rewrites_only_short_chinese_words() -> None:
    assert spaced("(?:电话|E-?mail|联系人|电话号码)") == (
        "(?:电[ \t\u3000]{0,4}话|E-?mail|联[ \t\u3000]{0,4}系[ \t\u3000]{0,4}人|电话号码)"
    )
    with pytest.raises(ValueError):
        spaced("(?:电话|(?:传真))")


def test_template_defaults_after_spaced_labels(tmp_path: Path) -> None:
    found = _one_each(tmp_path, ["电　　话：none", "传　　真：null", "邮  箱：undefined"])
    assert [f.excerpt for f in found] == ["none", "null", "undefined"]
    assert {f.rule for f in found} == {"placeholder-instruction"}
    # a spaced label with its value, and a spaced heading, are fine
    _clean(tmp_path, ["电　　话：0595-87368378", "传　　真：021-5555 0100", "地　　址：北京市海淀区中关村大街1号"])


def test_empty_spaced_contact_labels_in_a_block(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n## 联系我们\n\n邮　　箱：privacy@operator.cn\n\n电　　话：\n\n地　　址：北京市海淀区中关村大街1号\n"
    found = _placeholders(tmp_path, text)
    assert [(f.line, f.rule) for f in found] == [(7, "placeholder-empty")]


SDK_LIST = """隐私政策

6)第三方平台SDK主要获取的权限以及对应的用途如下：
①第三方SDK：友盟+统计
用途：App数据分析
收集的信息：设备标识信息
适用范围：所有渠道包
隐私说明：{first}
②第三方SDK：奇虎360加固保插件
用途：代码加固混淆
收集的信息：设备标识信息
适用范围：所有渠道包
隐私说明：{second}
③第三方SDK：穿山甲广告SDK
用途：投放广告
"""


def test_an_empty_field_before_the_next_numbered_sdk_entry(tmp_path: Path) -> None:
    found = _placeholders(tmp_path, SDK_LIST.format(first="", second=""), "txt")
    assert [(f.line, f.rule, f.excerpt) for f in found] == [
        (8, "placeholder-empty", "隐私说明："),
        (13, "placeholder-empty", "隐私说明："),
    ]
    filled = SDK_LIST.format(first="https://www.umeng.com/policy", second="https://jiagu.360.cn/privacy")
    assert _placeholders(tmp_path, filled, "txt") == []


def test_a_numbered_label_that_introduces_its_list_is_not_empty(tmp_path: Path) -> None:
    text = "隐私政策\n\n①第三方SDK：友盟+统计\n收集的信息：\n1. 设备标识信息\n2. 网络状态\n②第三方SDK：极光推送\n用途：推送消息\n"
    assert _placeholders(tmp_path, text, "txt") == []


# --- a contact lead-in followed by a second lead-in with no contact -------------------------


def _lead_ins(tmp_path: Path, paragraphs: list[str]) -> list[tuple[int, str]]:
    found = _placeholders(tmp_path, "# 隐私政策\n\n## 七、如何联系我们\n\n" + "\n\n".join(paragraphs) + "\n")
    return [(f.line, f.rule) for f in found if f.rule == "enumeration-lead-in"]


def test_a_second_lead_in_without_a_contact_is_not_the_contact(tmp_path: Path) -> None:
    template = [
        "如果您对本隐私政策有任何疑问、意见或建议，通过以下方式与我们联系：",
        "我们设立了个人信息保护专职部门，您可以通过以下方式与其联系",
        "一般情况下，我们将在三十天内回复。",
    ]
    assert _lead_ins(tmp_path, template) == [(5, "enumeration-lead-in")]
    # the contact after the second lead-in, as a label line or an address: both lead-ins have it
    for contact in ("邮箱：privacy@operator.cn", "请发送邮件至 privacy@operator.cn，一般情况下，我们将在三十天内回复。"):
        assert _lead_ins(tmp_path, [*template[:2], contact]) == []
    # a second paragraph that is no lead-in (it names no way to reach anyone) is judged as before
    assert _lead_ins(tmp_path, [template[0], "客服电话：400-810-1234", template[2]]) == []


# --- notes to the author: a release step with 建议, a bracket after a condition, the policy in the third person


def test_notes_to_the_author_in_three_more_shapes(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "正式发布前建议补充实际联系方式：",
            "六、我们如何处理儿童的个人信息[若是专门针对儿童开发的APP，需要根据实际情况填写。]",
            "服务端会在访问日志里留下 IP 与时间戳，政策里要如实写明保留期限与用途，不能只说“我们不收集”。",
        ],
    )
    assert [f.rule for f in found] == ["placeholder-drafting", "placeholder-instruction", "placeholder-drafting"]


def test_prose_that_looks_like_those_notes_is_not_flagged(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "我们建议您在正式发布内容前确认其中不含他人的个人信息。",  # advice to the user
            "（如您是未成年人，需要根据实际情况填写监护人信息）",  # a form's instruction to the reader
            "本政策中所述的“个人信息”，是指以电子或者其他方式记录的各种信息。",
            "我们会在本政策中说明收集的信息类型、用途和保存期限。",
            "（根据实际情况，我们可能会调整保存期限）",
            "根据《个人信息保护法》的规定，隐私政策中应当写明个人信息处理者的名称和联系方式。",  # the law described
        ],
    )


def test_release_steps_for_a_store_listing_and_a_release_todo(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "> 上架 Chrome/Edge 商店时需提供本政策的可访问 URL，并补充英文版本。",
            "提审 App Store 时须补充儿童隐私条款。",
            "> 待办（上架前）：① 提供本政策的公开可访问 URL；② 补充英文版本。",
        ],
    )
    assert {f.rule for f in found} == {"placeholder-drafting"}
    _clean(
        tmp_path,
        [
            "我们在应用上架时需要向应用商店提供本政策的链接。",  # the operator describing itself
            "您在上架商品时需填写商品信息。",  # advice to a seller using the service
            "待办事项功能会保存您创建的任务。",  # a product feature
            "商家在商品上架时需提供营业执照、食品经营许可证等资质信息。",  # a platform's rules for merchants
            "提审时需提供测试账号及隐私政策链接。",  # no store named: a developer platform's rule
            "商品上架前，建议商家核对商品信息并确认价格。",  # advice to a merchant
        ],
    )


# --- 「如下。」 before the sections it announces (round9's clean-run false error) -------------------


def _empty_lists(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    return [(f.line, f.excerpt) for f in _placeholders(tmp_path, text) if f.rule == "enumeration-empty"]


def test_as_follows_in_a_preamble_announces_the_sections_after_it(tmp_path: Path) -> None:
    preamble = (
        "# 隱私權政策\n\n營運者就本應用程式中使用者資訊的處理方式，規定如下。\n\n"
        "## 1. 取得的資訊\n\n本應用程式取得您的暱稱。\n\n## 2. 利用目的\n\n提供服務。\n"
    )
    assert _empty_lists(tmp_path, preamble) == []


def test_as_follows_before_the_next_numbered_section_is_still_empty(tmp_path: Path) -> None:
    numbered = (
        "# 隐私政策\n\n## 一、我们收集的信息\n\n我们收集的信息如下。\n\n"
        "## 二、我们如何使用信息\n\n用于提供服务。\n\n## 三、联系我们\n\n邮箱：a@b.cn\n"
    )
    assert _empty_lists(tmp_path, numbered) == [(5, "如下。")]
    # 包括但不限于 never announces the sections after it
    including = "# 隐私政策\n\n我们收集的信息包括但不限于\n\n## 1. 使用\n\n用于提供服务。\n"
    assert _empty_lists(tmp_path, including) == [(3, "包括但不限于")]


# --- round9's misses: a party slot with a choice in square brackets; a code host's template account


def test_a_square_bracket_party_slot_with_a_choice(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        ["本应用由[开发者姓名/个人开发者]（以下简称“我们”）开发并运营。", "运营方：[运营者姓名/公司]"],
        "txt",
    )
    assert {f.rule for f in found} == {"placeholder-instruction"}
    # a settings path and a link's text are not slots
    _clean(tmp_path, ["请在 [设置/隐私] 中关闭。", "[开发者/公司](https://dev.zxg.cn/about)"])


def test_a_template_account_on_a_code_host_in_a_link_target(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私政策</h1>\n"
        '<p>GitHub Issues：<a href="https://github.com/yourusername/save_and_quit/issues">提交问题</a></p>\n'
        '<p>源码：<a href="https://github.com/your-github-username/app">仓库</a></p>\n'
        '<p>反馈：<a href="https://github.com/zxg1127/save_and_quit/issues">提交问题</a></p>\n'
        '<p>作者：<a href="https://github.com/username-tools">主页</a></p>\n'
        "</body></html>\n"
    )
    found = [(f.line, f.rule) for f in _placeholders(tmp_path, page, "html")]
    assert found == [(2, "placeholder-link-target"), (3, "placeholder-link-target")]


def test_two_lead_ins_with_colons_and_no_contact_give_one_finding(tmp_path: Path) -> None:
    lead_ins = ["如有问题，您可以通过以下方式与我们联系：", "我们设立了个人信息保护专职部门，您可以通过以下方式与其联系："]
    assert [line for line, _ in _lead_ins(tmp_path, lead_ins)] == [7]
