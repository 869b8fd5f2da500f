"""Placeholders left in policies (issue #11 §1, eleventh session, x11p): the known miss classes, both ways.

The classes: a drafting note that asks for a disclosure to be added before the app is listed (请在 App 上架前补充
相册权限的使用说明), the drafter's aside left in a sentence (备份功能（如需添加）), English instructions to the writer
in brackets ([describe how users can …], (list them with links, for example …)), the template's alternative
left in (（或个人信息保护专员）, (or DPO)), a date whose day or month alone is blank (2024年3月 日), a heading
or a table cell that is only a slot (## 【标题】, | [链接] |), notes for whoever configures a mini-program or a
white-label page (此处由商家自行填写…, （请在小程序管理后台配置隐私保护指引）, 【商户名称】), template e-mails and
hosts (admin@test.com, https://your.domain), and the data bindings of mini-program page templates (WXML
`{{updateDate}}`), filled at run time, not slots.

Each must-find has must-not-fire look-alikes, most of them real clean text from corpora/ and eval/dev11.
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file
from test_placeholder_classes import _one_each, _placeholders
from test_placeholder_classes_drafting import _clean

# --- a disclosure to add before the app is listed ----------------------------------------------


def test_a_release_step_adding_a_disclosure_is_a_drafting_note(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "请在 App 上架前补充相册权限的使用说明。",
            "上架前需补充第三方 SDK 清单。",
            "请在提审前完善个人信息收集清单。",
        ],
    )
    assert findings[0].excerpt.startswith("请在 App 上架前补充")
    assert {f.rule for f in findings} == {"placeholder-instruction"}


def test_release_steps_about_the_users_own_listing_or_the_policys_updates_are_not_notes(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "请在商品上架前补充商品说明。",  # a seller's own listing
            "请在发布前删除照片中的他人个人信息。",  # the user's post
            "本政策如有修改，我们将在新版本发布前通知您。",
            "请在使用前仔细阅读本政策。",
        ],
    )


# --- the drafter's aside ----------------------------------------------------------------------------


def test_an_if_needed_aside_is_a_drafting_note(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        ["应用不会将数据上传到云端，除非您明确选择备份功能（如需添加）。", "我们接入的推送服务（如需接入）见下表。"],
    )
    assert [f.excerpt for f in findings] == ["（如需添加）", "（如需接入）"]


def test_if_any_asides_said_of_the_data_are_not_notes(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "（6）用于支持产品功能模块（如有），包括在线直播、视频。",  # corpora: a module if the app has one
            "推荐您到我们下载页面的网站域名或广告活动（如有）。",
            "如需帮助，请联系客服（如需人工服务请拨打热线）。",
        ],
    )


# --- English instructions to the writer in brackets ----------------------------------------------


def test_english_instructions_in_brackets_are_slots(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "You can [describe how users can request deletion of their data].",
            "We retain data for [specify the retention period].",
            "We share data with processors (list them with links, for example Google Analytics).",
            "You may opt out (describe how users can opt out of analytics).",
        ],
    )
    assert findings[0].excerpt == "[describe how users can request deletion of their data]"
    assert findings[2].excerpt.startswith("(list them with links")


def test_brackets_said_to_the_reader_examples_and_labels_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "We collect anonymous usage events (e.g., screen views) and device type.",  # corpora
            "If you use a work account (for example, for G Suite users) then your admin decides.",  # corpora
            "Send us your request (list the data you want deleted).",  # said to the reader
            "Tap [List View] or [Describe Mode] to switch.",  # button labels, title case
            "Read [describe the feature](https://help.acme.cn/features) first.",  # a link
        ],
    )


# --- the template's alternative left in --------------------------------------------------------------


def test_an_alternative_left_in_is_a_slot(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "我们设立了个人信息保护专职部门（或个人信息保护专员），您可以通过以下方式与其联系。",
            "Contact our privacy team (or DPO) at privacy@acme.cn.",
        ],
    )
    assert [f.excerpt for f in findings] == ["（或个人信息保护专员）", "(or DPO)"]


def test_a_chosen_officer_or_a_glossed_abbreviation_is_not_a_slot(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "我们设立了个人信息保护专职部门，当您有其他的投诉、建议时，可以联系我们。",  # corpora
            "We have appointed a data protection officer (or DPO) for the EU.",
            "Our DPO (or representative) can be reached at dpo@acme.cn.",
        ],
    )


# --- a date with the day or the month blank --------------------------------------------------------


def test_a_date_with_its_day_or_month_blank_is_a_slot(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["更新日期：2024年3月 日", "生效日期：2025 年 月 15 日", "本政策自2025年12月＿＿日起生效。"])
    assert findings[0].excerpt == "2024年3月 日"


def test_dates_to_the_month_or_complete_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "更新日期 2026年6月 · 学伴 XUEBAN",  # eval/dev11 xueban: dated to the month
            "最后更新：2025年7月",
            "本政策自2024年3月1日起生效。",
            "我们于2024年3月 日本分公司成立后更新了本政策。",  # a month, then a word
        ],
    )


# --- mini-program page templates --------------------------------------------------------------------


def test_wxml_data_bindings_are_the_pages_own_syntax(tmp_path: Path) -> None:
    page = '<view class="update-date">更新日期：{{updateDate}}</view>\n<text>如有疑问，请联系：{{contactEmail}}</text>\n'
    path = tmp_path / "privacy.wxml"
    path.write_text(page, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.rule.startswith("placeholder")] == []


def test_slots_in_wxml_and_bindings_outside_templates_are_still_found(tmp_path: Path) -> None:
    page = "<text>如您对本隐私政策有任何疑问，请联系我们：privacy@example.com</text>\n"
    path = tmp_path / "privacy.wxml"
    path.write_text(page, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f.excerpt for f in report.findings if f.rule.startswith("placeholder")] == ["privacy@example.com"]
    found = _one_each(tmp_path, ["更新日期：{{updateDate}}"])  # a Markdown policy: a template variable never filled
    assert found[0].excerpt == "{{updateDate}}"


# --- a heading or a table cell that is only a slot ---------------------------------------------------


def test_a_heading_or_a_cell_that_is_only_a_slot_is_found(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n## 【标题】\n\n正文。\n\n| SDK 名称 | 用途 | 官网 |\n| --- | --- | --- |\n"
        "| 友盟 | 统计 | [链接] |\n| Firebase | [purpose] | [link] |\n"
    )
    found = _placeholders(tmp_path, text)
    assert [(f.line, f.excerpt) for f in found] == [(3, "【标题】"), (9, "[链接]"), (10, "[purpose]"), (10, "[link]")]


def test_bracketed_labels_in_paragraphs_and_real_headings_or_cells_are_not_slots(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n## 【特别提示】\n\n【标题】一栏由您自行命名。\n\n## 一、我们收集的信息\n\n"
        "| 名称 | 用途 | 链接 |\n| --- | --- | --- |\n| 友盟 | 统计 | [官网](https://www.umeng.com) |\n"
        "\n见 [link]。\n\n[link]: https://www.acme.cn/privacy\n"
    )
    found = _placeholders(tmp_path, text)
    assert found == [], [(f.line, f.excerpt) for f in found]


# --- notes for whoever configures the page, and the merchant's slots --------------------------------


def test_notes_for_the_merchant_or_the_mini_program_console_are_drafting_notes(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        ["此处由商家自行填写售后电话。", "（请在小程序管理后台配置隐私保护指引）", "本小程序由【商户名称】运营。"],
    )
    assert [f.excerpt for f in findings] == ["此处由商家自行填写售后电话", "（请在小程序管理后台配置隐私保护指引）", "【商户名称】"]


def test_steps_for_the_user_or_the_admin_about_their_own_settings_are_not_notes(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "此处由您填写收货地址。",  # said to the user
            "（请在管理后台配置员工权限）",  # the customer's admin, about the product
            "客服电话：请联系您的门店",
            "我们收集您的【门店信息】用于推荐。",  # emphasis on a data item
        ],
    )


# --- template e-mails and hosts ---------------------------------------------------------------------------


def test_template_mail_hosts_are_slots(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["网站：https://your.domain/privacy", "联系邮箱：admin@test.com"])
    assert [f.excerpt for f in findings] == ["https://your.domain", "admin@test.com"]


def test_real_hosts_ending_like_a_template_word_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "联系邮箱：hr@contest.com",
            "联系邮箱：privacy@bestcompany.com",
            "联系邮箱：support@latest.cn",
            "我们的网站是 mycompany.com 与 my-domain.com。",  # real hosts (round5's case)
        ],
    )
