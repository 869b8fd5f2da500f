"""Defects two fresh-eyes reviews (rv11a, rv11b) found in the eleventh session's merged work: each both ways.

Rules: a drafting note's clause read whole however long; sentence-case English labels, UI controls
and reference links are not `[describe …]` instructions; an aside （如需添加） that the sentence goes on
from, and a marketplace's 此处由商家自行填写… disclaimer, are said to the reader; a named role glossed
（或数据保护官） is no alternative left in; a protected Taiwan word (電子通信) no longer hides a mainland
term that reaches past it (電子通信協議); a month date before its verb is the policy's own date only
with the policy as subject; suppression comments: `enable all`, unknown directives, ignored words,
a capped list of unknown IDs; the edition's region from a locale folder.  Structure: a contact field
over its value in an HTML list item; an organisation or a sentence over contact fields; DOCX numbers
glued to title words that start like units (「2个人信息的存储」); a bold title under a blank contact
field.  Output: U+2028 in a one-line listing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_string
from policylens.check import check_file
from policylens.check.options import CheckOptions
from policylens.model import FileReport
from policylens.render.safe import visible_line


def _report(tmp_path: Path, text: str, name: str = "policy.md") -> FileReport:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return report


def _found(tmp_path: Path, body: str, rule: str = "placeholder-instruction") -> list[str]:
    report = _report(tmp_path, "# 隐私政策\n\n更新日期：2024年3月15日\n\n" + body + "\n")
    return [f.excerpt for f in report.findings if f.rule == rule]


# --- placeholder-instruction ------------------------------------------------------------------------------------


def test_a_long_clause_to_the_reader_is_advice(tmp_path: Path) -> None:
    items = "、".join(f"第{i}项信息" for i in range(60))
    assert _found(tmp_path, f"请根据实际情况填写以下内容，包括姓名、{items}，以便我们为您提供招聘服务。") == []
    assert _found(tmp_path, "请根据实际情况填写。")  # the drafter's note, no reader named


@pytest.mark.parametrize(
    "line",
    [
        "Tap [Provide feedback] to send us a report.",
        "Switch to [List view] in the menu.",
        "Residents of the [State of California] have further rights.",
        "Open the app and choose [Describe your issue].",
        "Press the button labelled [Include Usage Data] to share diagnostics.",
        "To turn this off, open Settings and switch off [Include usage data].",
        "You can also select [List view] or [Describe your issue] in the Help menu.",
        "See the [List of subprocessors].\n\n[List of subprocessors]: https://example.com/subprocessors",
    ],
)
def test_english_labels_and_links_are_not_instructions(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "We keep data for [specify the retention period for each category].",
        "We keep data for [Specify the retention period for each category].",
        "We collect: [List data categories].",  # second review (rv11c): sentence case in a value's place
        "We keep your data for [Specify retention period].",
        "We use your data to [Describe the purposes].",
    ],
)
def test_an_english_instruction_to_the_writer_is_still_found(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, line)


def test_an_aside_the_sentence_goes_on_from_is_said_to_the_reader(tmp_path: Path) -> None:
    assert _found(tmp_path, "主题颜色（如需更换）可在设置中修改。邮箱（如需添加）可在账号页面绑定。") == []
    assert _found(tmp_path, "我们提供云同步、备份功能（如需添加）、导出功能。") == ["（如需添加）"]
    assert _found(tmp_path, "友盟统计SDK（如需接入）在此处列明其收集的信息类型。")  # rv11c: still the drafter's
    assert _found(tmp_path, "客服电话（如需添加）需与营业执照一致。")


@pytest.mark.parametrize(
    "line",
    [
        "商品详情页中的售后电话，此处由商家自行填写，平台不对其真实性负责。",
        "如您是企业管理员，此处由管理员填写的部门信息将展示给成员。",
        "此处由开发者自行配置，用户无需操作。",
    ],
)
def test_a_part_left_to_the_merchant_said_to_the_reader_is_no_note(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, line) == []


@pytest.mark.parametrize("line", ["售后电话：此处由商家自行填写售后电话", "此处由商家填写用户可联系的售后电话。"])
def test_a_part_left_to_the_merchant_is_still_found(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, line)


def test_a_glossed_role_is_no_alternative_left_in(tmp_path: Path) -> None:
    assert _found(tmp_path, "如您需要联系我们的个人信息保护负责人（或数据保护官），请发送邮件至 dpo@acme.cn。") == []
    assert _found(tmp_path, "我们设立了专职部门（或个人信息保护专员），联系邮箱 dpo@acme.cn。") == ["（或个人信息保护专员）"]


# --- regional-vocabulary: a protected word does not hide a longer term ---------------------------------------------


def test_a_protected_taiwan_word_does_not_hide_a_mainland_term_reaching_past_it(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n最後更新日期：2024年3月15日\n\n本公司以電子通信協議傳輸資料。\n\n分析結果之統計數據庫存放於伺服器。\n"
    found = [(f.excerpt, f.suggestion) for f in _report(tmp_path, text).findings if f.rule == "regional-vocabulary"]
    assert found == [("通信協議", "通訊協定"), ("數據庫", "資料庫")]


def test_the_protected_taiwan_words_alone_stay_silent(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n最後更新日期：2024年3月15日\n\n本公司進行電子通信設備之保養。\n\n分析結果之統計數據不會識別個人。\n"
    assert [f for f in _report(tmp_path, text).findings if f.rule == "regional-vocabulary"] == []


# --- date-format: a month date before its verb -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["我们依据《个人信息保护法》（2021年11月起施行）处理您的个人信息。", "我们的系统于2023年1月更新后，您的账号信息将迁移。"],
)
def test_another_things_month_date_is_not_the_policys(tmp_path: Path, line: str) -> None:
    report = _report(tmp_path, f"# 隐私政策\n\n{line}\n")
    assert [f.rule for f in report.findings if f.rule == "date-format"] == ["date-format"]


@pytest.mark.parametrize(
    "line", ["此隐私政策于 2024 年 1 月更新并实行。", "我们已于2024年3月更新本隐私政策。", "隐私政策于2024年3月更新并生效。"]
)
def test_the_policys_month_date_before_its_verb_still_counts(tmp_path: Path, line: str) -> None:
    report = _report(tmp_path, f"# 隐私政策\n\n{line}\n")
    assert [f for f in report.findings if f.rule == "date-format"] == []


# --- suppression comments ------------------------------------------------------------------------------------------

_SLOTS = "# 隐私政策\n\n更新日期：2024年3月15日\n\n{a}\n本服务由【商户名称】提供。\n{b}\n\n第二段由【商户名称】提供。\n"


def test_enable_all_is_read_as_a_bare_enable_and_says_so(tmp_path: Path) -> None:
    report = _report(tmp_path, _SLOTS.format(a="<!-- policylens-disable placeholder-instruction -->", b="<!-- policylens-enable all -->"))
    assert [f.line for f in report.findings if f.rule == "placeholder-instruction"] == [9]
    assert any("read as a bare enable" in w for w in report.warnings), report.warnings


def test_other_policylens_words_in_a_comment_draw_no_warning(tmp_path: Path) -> None:
    report = _report(tmp_path, _SLOTS.format(a="<!-- generated by policylens-action v2 -->", b=""))
    assert report.warnings == ()


@pytest.mark.parametrize("kind", ["disable-line", "disable-nextline", "enable-all"])
def test_an_unknown_directive_suppresses_nothing_and_says_so(tmp_path: Path, kind: str) -> None:
    report = _report(tmp_path, _SLOTS.format(a=f"<!-- policylens-{kind} placeholder-instruction -->", b=""))
    assert [f.line for f in report.findings if f.rule == "placeholder-instruction"] == [6, 9]
    assert any("no directive policylens knows" in w for w in report.warnings), report.warnings


def test_words_beside_rule_ids_are_said_not_dropped(tmp_path: Path) -> None:
    report = _report(tmp_path, _SLOTS.format(a="<!-- policylens-disable placeholder_instruction, placeholder-drafting -->", b=""))
    assert [f.line for f in report.findings if f.rule == "placeholder-instruction"] == [6, 9]
    assert any("ignores words" in w and "placeholder_instruction" in w for w in report.warnings), report.warnings


def test_a_long_list_of_unknown_ids_is_cut_in_its_warning(tmp_path: Path) -> None:
    report = _report(tmp_path, _SLOTS.format(a="<!-- policylens-disable " + "a-b," * 20000 + " -->", b=""))
    assert report.warnings and max(map(len, report.warnings)) < 400


# --- the region of a Traditional edition from its locale folder ------------------------------------------------


@pytest.mark.parametrize("folder", ["zh_HK", "zh-Hant-HK", "locales/zh-hk"])
def test_a_hong_kong_locale_folder_sets_the_region(tmp_path: Path, folder: str) -> None:
    text = "# 私隱政策\n\n最後更新日期：2024年3月15日\n\n我們會收集您的數據用於改善服務。\n"
    report = _report(tmp_path, text, f"{folder}/privacy.md")
    assert [f.excerpt for f in report.findings if f.rule == "regional-vocabulary"] == []  # 數據 is Hong Kong usage
    taiwan = _report(tmp_path, text, "zh_TW/privacy.md")
    assert [f.excerpt for f in taiwan.findings if f.rule == "regional-vocabulary"] == ["數據"]


# --- structure --------------------------------------------------------------------------------------------------


def test_a_contact_field_over_its_value_in_a_list_item_stays_an_item() -> None:
    html = (
        "<html><body><h1>隐私政策</h1><h2>一、我们收集的信息</h2><p>我们会收集您的设备信息，用于保障服务安全。</p>"
        "<h2>二、联系我们</h2><ul><li><b>联系邮箱</b><br>privacy@example.com</li><li><b>联系电话</b><br>010-12345678</li>"
        "<li><b>办公地址</b><br>北京市海淀区中关村大街1号</li></ul><h2>三、其他</h2><p>本政策自发布之日起生效。</p></body></html>"
    )
    assert [t for _, _, t in headings(parse_string(html, ".html"))] == ["一、我们收集的信息", "二、联系我们", "三、其他"]


def test_a_bold_title_over_a_sentence_with_an_address_is_still_a_title() -> None:
    html = (
        "<html><body><h1>隐私政策</h1><h2>一、总则</h2><p>我们重视您的个人信息保护。</p><ul><li><b>如何联系我们</b><br>如对本政策有任何疑问，请发送邮件至 privacy@example.com 与我们联系。</li>"
        "<li><b>本政策的更新</b><br>我们会在本页面公布本政策的任何修改，并在重大变更时通知您。</li></ul></body></html>"
    )
    assert [t for _, _, t in headings(parse_string(html, ".html"))] == ["一、总则", "如何联系我们", "本政策的更新"]


@pytest.mark.parametrize("over", ["清华大学信息化技术中心", "如有疑问请联系我们的个人信息保护专员", "北京某某医院"])
def test_an_organisation_or_a_sentence_over_contact_fields_is_no_heading(over: str) -> None:
    text = (
        "隐私政策\n\n我们收集的信息\n我们会收集您的设备信息，用于保障服务安全。\n\n联系我们\n如您对本政策有疑问，欢迎与我们联系。\n"
        f"{over}\n地址：北京市海淀区清华园1号\n电话：010-62781234\n\n其他\n本政策自发布之日起生效。\n"
    )
    assert over not in [t for _, _, t in headings(parse_string(text))]


@pytest.mark.parametrize("glued", ["2个人信息的存储", "2日志信息的保存期限", "2位置信息的使用"])
def test_a_glued_number_before_a_title_word_that_starts_like_a_unit(glued: str) -> None:
    from policylens.numbering import parse_number

    number = parse_number(glued, glued=("decimal", "1"))
    assert number is not None and number.label == "2"
    for quantity in ("2个月", "3分钟", "1条", "2021年"):
        assert parse_number(quantity, glued=("decimal", "1")) is None


def test_a_bold_title_under_a_blank_contact_field_stays_a_heading() -> None:
    text = (
        "# 隐私政策\n\n## 如何联系我们\n\n如有问题请联系我们。\n\n联系电话：\n\n**本政策如何更新**\n\n"
        "我们会在本页面公布更新。\n\n个人信息保护负责人：\n\n**张三**\n"
    )
    titles = [t for _, _, t in headings(parse_string(text, ".md"))]
    assert "本政策如何更新" in titles and "张三" not in titles


# --- output -----------------------------------------------------------------------------------------------------


def test_line_separators_are_visible_in_a_one_line_listing() -> None:
    shown = visible_line("a\u2028b\u2029c\nd")
    assert "\u2028" not in shown and "\u2029" not in shown and "\n" not in shown
