"""Placeholder classes the eighteenth blind round missed on its first run (issue #11, lead): one test per class, both ways.

The forms were described by shape (the documents stay blind); the texts below are invented variants of each:

1. a bracketed date slot straight after its label, no colon: 「生效日期[2024年X月X日]」, 「更新日期【YYYY-MM-DD】」,
   「Effective date [Month Day, Year]」 (`cli/policylens/rules/placeholder_instruction/dates.py`, `_date_label` and the
   English orders of `ymd`); not a form's date asked of the user (出生日期【YYYY-MM-DD】) nor a format shown as an example;
2. a bracketed slot name followed by the template's note on it: 「> **[运营主体名称]**（当前为：星辰科技）」
   (`cli/policylens/rules/placeholder_instruction/slots.py`, `_SLOT_NOTE` in `_is_label`); a label before its value stays one;
3. a bracketed list slot as a table cell: 「| 第三方SDK | [列出接入的SDK] |」, 「| [SDK list] |」
   (`cli/policylens/rules/placeholder_forms.py`, `_CELL_SLOT`); not 「| [列表] |」 or 「| [List View] |」, a screen's name;
4. a number in template brackets followed by a note to confirm it before publishing: 「保存【30】天（发布前请确认）」,
   「[180] days (confirm before publishing)」: the note (`drafting_notes`, `confirm`) and the value (`markers._TO_CONFIRM`);
   not 「您在发布前请确认不含他人信息」, advice to the user, nor 【30】天 alone (emphasis);
5. English slot names in full-width brackets: 「【Company Name】」, 「［Contact Email］」, 「【Effective Date】」 (`slots`,
   `enwide`); not 【Email】 alone, 【Add Address】 (a button) or 【Business Hours】 opening its paragraph before its value;
6. a company name written as a run of O or circles: 「OOOO有限公司」, 「○○科技股份有限公司」, 「OOOO Co., Ltd.」
   (`dates._DATE_AND_MASK_FORMS`); not 二〇〇〇年, FOOO公司, OOP;
7. the false error removed: a bracketed slash list of technical terms in a table cell, 「用于[数据加密/传输加密/存储加密]」
   read as the purposes a template offers with none chosen (`placeholder_forms._lists_values`), and 「[IP/MAC地址]」,
   「[IP address/MAC address]」 read as a field slot (`slots._lists_terms`); 「[AES/RSA/TLS]」, 「[Android/iOS]」 and
   「[男/女]」 (a form's options for the user) stay quiet, while the template's unchosen 「用于[版本更新检查/云同步/获取汇率数据]」,
   「| [是/否] |」 and 「主体类型：[公司/个人]」 are slots (`placeholder_forms._CHOICE_SLOT`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _found(tmp_path: Path, body: str, suffix: str = "md") -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of every placeholder finding at error level in HEAD + body."""
    return [(f.line, f.rule, f.excerpt) for f in _placeholders(tmp_path, HEAD + body, suffix) if f.severity == "error"]


def _excerpts(tmp_path: Path, body: str, suffix: str = "md") -> list[str]:
    return [excerpt for _, _, excerpt in _found(tmp_path, body, suffix)]


# --- 1. 生效日期[2024年X月X日]: a bracketed date slot right after its label ------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("本政策生效日期[2024年X月X日]，请您仔细阅读。", "2024年X月X日"),
        ("本政策更新日期【YYYY-MM-DD】，请您仔细阅读。", "【YYYY-MM-DD】"),
        ("本政策更新日期【YYYY年MM月DD日】，请您仔细阅读。", "【YYYY年MM月DD日】"),
        ("本政策更新于 [YYYY/MM/DD]。", "[YYYY/MM/DD]"),
        ("本政策生效日期【 年 月 日】，请您仔细阅读。", " 年 月 日"),
        ("This policy's effective date [Month Day, Year] applies to all users.", "[Month Day, Year]"),
        ("This policy was last updated on [MM/DD/YYYY] and applies to all users.", "[MM/DD/YYYY]"),
        ("This policy's Effective Date【Month Day, Year】applies to all users.", "【Month Day, Year】"),
        ("Last updated: [DD-MM-YYYY]", "[DD-MM-YYYY]"),
    ],
)
def test_bracketed_date_slot_after_its_label_without_a_colon(tmp_path: Path, line: str, slot: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == [slot]


def test_dates_asked_of_the_user_or_shown_as_examples_are_not_slots(tmp_path: Path) -> None:
    body = (
        "申请表中请填写出生日期【YYYY-MM-DD】。\n\n日期的格式示例 [DD/MM/YYYY] 由您的系统设置决定。\n\n"
        "本政策生效日期2024年1月1日，更新日期【2024年3月1日】。\n\n出生日期【 年 月 日】由您本人填写。\n"
    )
    assert _found(tmp_path, body) == []


# --- 2. > **[运营主体名称]**（当前为：某科技）: a slot name with the template's note on it ----------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("> **[运营主体名称]**（当前为：星辰科技）", "[运营主体名称]"),
        ("> **【运营主体名称】**（当前为：星辰科技）", "【运营主体名称】"),
        ("[公司名称]（例如：北京星辰科技有限公司）负责处理您的个人信息。", "[公司名称]"),
        ("**[联系邮箱]**（默认：support@xingchen.cn）", "[联系邮箱]"),
        ("- [应用名称]（目前为：星辰日记）", "[应用名称]"),
    ],
)
def test_slot_name_followed_by_its_note_is_a_slot(tmp_path: Path, line: str, slot: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == [slot]


def test_labels_before_their_value_stay_labels(tmp_path: Path) -> None:
    body = (
        "[公司名称] 北京星辰科技有限公司\n\n【联系方式】（如有疑问）请发送邮件至 privacy@xingchen.cn。\n\n"
        "**[联系电话]**（工作日）400-820-1234\n\n> **【运营主体】**（以下简称“我们”）北京星辰科技有限公司\n"
    )
    assert _found(tmp_path, body) == []


# --- 3. | 第三方SDK | [列出接入的SDK] |: a list slot as a table cell --------------------------------------------


@pytest.mark.parametrize(
    "cell",
    ["[列出接入的SDK]", "[请列出第三方SDK及其用途]", "[SDK列表]", "[第三方SDK清单]", "[SDK list]", "[List of third-party SDKs]"],
)
def test_list_slot_as_a_table_cell(tmp_path: Path, cell: str) -> None:
    body = f"| 类别 | 内容 |\n| --- | --- |\n| 第三方SDK | {cell} |\n"
    assert _excerpts(tmp_path, body) == [cell]
    html = f"<html><body><h1>隐私政策</h1><table><tr><td>第三方SDK</td><td>{cell}</td></tr></table></body></html>\n"
    assert [f.excerpt for f in _placeholders(tmp_path, html, "html") if f.severity == "error"] == [cell]


def test_list_words_that_name_a_screen_or_a_value_are_not_slots(tmp_path: Path) -> None:
    body = (
        "| 入口 | 说明 |\n| --- | --- |\n| 首页 | [列表] |\n| 视图 | [List View] |\n| 名单 | [白名单] |\n"
        "| SDK | 详见[SDK列表](https://xingchen.cn/sdk) |\n\n我们在[SDK列表]中列出了全部第三方。\n"
    )
    assert _found(tmp_path, body) == []


# --- 4. 保存【30】天（发布前请确认）: a bracketed number and the note to confirm it before publishing --------------


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("我们将日志保存【30】天（发布前请确认），到期后删除。", ["【30】", "（发布前请确认）"]),
        ("| 日志 | 【30】天（发布前请确认） |", ["【30】", "（发布前请确认）"]),
        ("订单信息保存[3]年（上线前需核实此数值）。", ["[3]", "（上线前需核实此数值）"]),
        ("We keep logs for [180] days (confirm before publishing).", ["[180]", "(confirm before publishing)"]),
        ("We keep logs for 180 days (please verify before going live).", ["(please verify before going live)"]),
    ],
)
def test_number_slot_with_a_note_to_confirm_before_publishing(tmp_path: Path, line: str, slots: list[str]) -> None:
    body = ("| 数据 | 期限 |\n| --- | --- |\n" if line.startswith("|") else "") + line + "\n"
    assert _excerpts(tmp_path, body) == slots


def test_confirmations_told_to_the_user_and_emphasised_numbers_are_not_slots(tmp_path: Path) -> None:
    body = (
        "您在发布前请确认不含他人信息。\n\n发布动态前，请确认照片中不含他人信息（发布前请确认照片内容）。\n\n"
        "我们保存【30】天（详见第[1]条）。\n\n我们将日志保存【30】天，到期后删除。\n\nPlease confirm before publishing your post.\n"
    )
    assert _found(tmp_path, body) == []


# --- 5. 【Company Name】: English slot names in full-width brackets ------------------------------------------


@pytest.mark.parametrize(
    "slot", ["【Company Name】", "［Contact Email］", "【Effective Date】", "【Your Company Name】", "［Registered Address］"]
)
def test_english_slot_in_full_width_brackets(tmp_path: Path, slot: str) -> None:
    body = f"本服务由以下主体提供 / This service is provided by: {slot}.\n"
    assert _excerpts(tmp_path, body) == [slot]


def test_full_width_english_words_that_are_no_slots(tmp_path: Path) -> None:
    body = (
        "我们收集您的【Email】和【Phone】。\n\n请点击【Add Address】添加收货地址。\n\n"
        "【Business Hours】Monday to Friday, 9:00-18:00\n\n打开【Settings】-【Privacy】。\n"
    )
    assert _found(tmp_path, body) == []


# --- 6. OOOO有限公司: a company name written as a run of O or circles ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("本应用由OOOO有限公司运营。", "OOOO有限公司"),
        ("本应用由○○科技股份有限公司运营。", "○○科技股份有限公司"),
        ("本应用由〇〇〇〇有限公司运营。", "〇〇〇〇有限公司"),
        ("本应用由OO网络科技有限公司运营。", "OO网络科技有限公司"),
        ("This app is operated by OOOO Co., Ltd.", "OOOO"),
    ],
)
def test_company_name_as_a_run_of_o(tmp_path: Path, line: str, slot: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == [slot]


def test_o_runs_that_are_words_or_numerals(tmp_path: Path) -> None:
    body = "本政策于二〇〇〇年生效。\n\n我们采用OOP方式开发，FOOO公司、GOOD公司与COOO有限公司是合作伙伴。\n\n显示为“OOO公司”。\n"
    assert _found(tmp_path, body) == []


# --- 7. the false error removed: technical terms listed together, and the choices a template leaves ------------


def test_technical_terms_listed_in_a_cell_are_values(tmp_path: Path) -> None:
    body = (
        "| 项目 | 说明 |\n| --- | --- |\n| 加密方式 | [AES/RSA/TLS] |\n| 加密 | 用于[数据加密/传输加密/存储加密] |\n"
        "| 安全 | 用于[对称加密/非对称加密/哈希校验] |\n| 标识 | [IP/MAC地址] |\n| 标识 | [IPv4/IPv6地址] |\n"
        "| Identifiers | [IP address/MAC address] |\n| 传输 | [TLS/SSL/HTTPS URL] |\n| 平台 | [Android/iOS] |\n"
    )
    assert _found(tmp_path, body) == []


def test_a_form_for_the_user_keeps_its_options(tmp_path: Path) -> None:
    body = "## 附件：注销申请表\n\n| 项目 | 填写 |\n| --- | --- |\n| 性别 | [男/女] |\n\n性别：[男/女]\n"
    assert _found(tmp_path, body) == []


def test_choices_the_template_left_are_slots(tmp_path: Path) -> None:
    body = (
        "| 第三方 | 是否共享 | 用途 |\n| --- | --- | --- |\n| 友盟 | [是/否] | 用于[版本更新检查/云同步/获取汇率数据] |\n\n"
        "运营主体类型：**[公司/个人]**\n\n是否向境外提供：[是/否/不适用]。\n\n| 联系 | [QQ/微信号码] |\n| --- | --- |\n"
    )
    assert _excerpts(tmp_path, body) == [
        "[是/否]",
        "[版本更新检查/云同步/获取汇率数据]",
        "[公司/个人]",
        "[是/否/不适用]",
        "[QQ/微信号码]",
    ]


# --- the lead, after the blind round's re-run: the real shapes were wider than their descriptions ------------------


@pytest.mark.parametrize(
    "line",
    [
        "本隱私權政策說明本公司（OOO 有限公司）如何收集您的個人資料。",
        "| 服务器日志 | 【90】天（建议值，正式发布前确认），期满自动清除 |",
    ],
)
def test_lead18_wider_shapes(tmp_path: Path, line: str) -> None:
    """A run of O with a space before the company form; a confirm note opened by 「建议值，」 and 「正式发布前」."""
    excerpts = _excerpts(tmp_path, line + "\n")
    assert any("OOO" in e or "建议值" in e for e in excerpts), excerpts
