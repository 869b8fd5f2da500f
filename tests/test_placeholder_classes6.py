"""Placeholders left in filled-in published policies (issue #11, round 6): one test per class, both ways.

The classes: a template's dummy phone number or street address as the contact (certain ones are
errors, likely ones warnings), notes to the publisher inside a blockquote or a GitHub callout,
notes that name what to publish (此处应公布…, 请在此列出…, （需补充：…）, List here…), slots with
alternatives or a template note (【个人开发者姓名/主体名称】, 【联系地址，可选】), dummy values in
JSON data scripts and i18n dictionaries, and a slot repeated by a page's hydration script.  Two
false-positive classes: a path placeholder that tells the reader where to look on their own
machine (C:\\Users\\<您的用户名>\\AppData), and null cells of a table documenting default values.
Each test has near misses from real wording that must stay silent.
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _one_each, _placeholders


def _clean(tmp_path: Path, lines: list[str], suffix: str = "md") -> None:
    """Each line as its own paragraph of a policy; asserts no placeholder finding at all."""
    found = _placeholders(tmp_path, "# 隐私政策\n\n" + "\n\n".join(lines) + "\n", suffix)
    assert found == [], [(f.line, f.rule, f.excerpt) for f in found]


# --- dummy contact data --------------------------------------------------------------------


def test_dummy_phone_numbers_no_operator_has_are_errors(tmp_path: Path) -> None:
    lines = [
        "电话：02-1234-5678",
        "客服热线：010-12345678",
        "手机：13800138000",
        "手机：138-0000-0000",
        "热线：400-000-0000",
        "联系电话：000-0000-0000",
        "Phone: (555) 555-5555",
        "Phone: 123-456-7890",
        "电话：+86 123 4567 8900",
        "Tel: +1 212 555 0123",
    ]
    found = _one_each(tmp_path, lines)
    assert {(f.rule, f.severity) for f in found} == {("placeholder-dummy-contact", "error")}
    assert [f.excerpt for f in found] == [line.split("：")[-1].split(": ")[-1] for line in lines]


def test_a_dummy_number_in_slot_brackets_is_one_finding(tmp_path: Path) -> None:
    found = _one_each(tmp_path, ["电话：[400-000-0000]", "客服电话：【010-12345678】"])
    assert {f.rule for f in found} == {"placeholder-dummy-contact"}


def test_repeated_digit_hotline_is_only_a_warning(tmp_path: Path) -> None:
    found = _one_each(tmp_path, ["客服热线：400-888-8888", "手机：13888888888"])
    assert {(f.rule, f.severity) for f in found} == {("placeholder-dummy-contact", "warning")}


def test_real_hotlines_samples_and_other_numbers_are_not_dummy_contacts(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "客服热线：400-800-8888",  # a real hotline mixes digits
            "客服电话：400-820-8820（工作日 9:00-18:00）",
            "客服电话：95588",
            "电话：(010) 8888 6543",
            "手机号格式例如 13800138000，请填写真实号码。",  # a sample the policy shows
            "我们收集您的手机号码（如 13800138000）用于登录。",
            "Phone numbers in the format e.g. 123-456-7890 are accepted.",
            "备案号：京ICP备12345678号",  # no phone label
            "身份证号码：110101199003071234",
            "我们会在 2023-04-05 前完成电话回访。",
        ],
    )


def test_example_streets_and_digit_run_mailboxes(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path, ["地址：北京市朝阳区示例路 88 号", "地址：演示大街 1 号", "邮箱：a123456789@qq.com", "邮箱：1234567@example.com"]
    )
    assert {(f.rule, f.severity) for f in found} == {("placeholder-dummy-contact", "error")}
    assert [f.excerpt for f in found][2:] == ["a123456789@qq.com", "1234567@example.com"]
    _clean(
        tmp_path, ["示例路径：/data/app", "请参考演示路线图。", "邮箱：zhang.wei1987@163.com", "订单号 1234567 的邮件已发送至您的邮箱。"]
    )


def test_template_street_address_and_town(tmp_path: Path) -> None:
    found = _one_each(tmp_path, ["Address: 123 Main Street, Anytown", "Address: 123 Main Street", "Address: 9 Oak Road, Anytown, CA"])
    assert [(f.rule, f.severity, f.excerpt) for f in found] == [
        ("placeholder-dummy-contact", "error", "123 Main Street, Anytown"),
        ("placeholder-dummy-contact", "warning", "123 Main Street"),
        ("placeholder-dummy-contact", "error", "Anytown"),
    ]
    _clean(tmp_path, ["Our office: 1250 Main Street, Vancouver.", "Any town in Taiwan may apply."])


# --- notes to the publisher in a blockquote or callout ------------------------------------


def test_callouts_and_quotes_for_the_reader_stay_silent(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n"
        "> [!NOTE]\n> 您可以随时在设置中撤回同意。\n\n"
        "> 提示：您在发布前请确认内容不含他人的个人信息。\n\n"
        "> [!WARNING]\n> 本模板消息由系统自动发送，请勿回复。\n"
    )
    assert _placeholders(tmp_path, text) == []


# --- notes that name what to publish ----------------------------------------------------


def test_prose_that_lists_or_describes_for_the_reader_stays_silent(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "我们在此列出我们使用的第三方 SDK：",
            "请在此填写您的邮箱地址，以便我们回复。",
            "此处需填写您的真实姓名。",
            "Describe your request with sufficient detail that allows us to verify it.",
            "Please describe what you would like us to delete.",
            "We list here the categories of data we collect.",
            "您在发布前请确认内容不侵犯他人权益。",
            "注销账号（需提供：身份证明、注册手机号）。",
            "提交申请时（需填写：您的姓名、联系方式）。",
            "本模板消息由系统自动发送，请勿回复。",
            "此处所称的个人信息，是指以电子或者其他方式记录的各种信息。",
        ],
    )


# --- slots with alternatives or a template note -----------------------------------------


def test_bracket_slots_with_alternatives_or_a_note(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        ["本应用由【个人开发者姓名/主体名称】提供。", "联系地址：【联系地址，可选】", "开发者：【运营者姓名】"],
    )
    assert {(f.rule, f.severity) for f in found} == {("placeholder-instruction", "error")}
    _clean(tmp_path, ["我们会收集您的【姓名/手机号码】。", "【联系方式】如下：privacy@operator.cn"])


# --- file paths and tables of default values (false positives) ---------------------------


def test_path_placeholders_that_tell_the_reader_where_to_look_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "日志文件位于 `C:\\Users\\<您的用户名>\\AppData\\Local\\App`。",
            "日志文件位于 C:\\Users\\<您的用户名>\\AppData\\Local\\App。",
            "配置保存在 /home/<user>/.config/app 中。",
            "缓存在 ~/Library/Application Support/<你的用户名>/cache。",
        ],
    )
    # a URL with the slot still is one: the contact link was never filled in
    found = _one_each(tmp_path, ["反馈：https://github.com/<你的用户名>/issues"])
    assert found[0].rule == "placeholder-instruction"


def test_null_cells_of_a_table_documenting_default_values(tmp_path: Path) -> None:
    documented = "# Privacy\n\n| Field | Value when not provided |\n|---|---|\n| Phone | null |\n| Email | null |\n"
    assert _placeholders(tmp_path, documented) == []
    html = "<html><body><h1>隐私政策</h1><table><tr><th>字段</th><th>默认值</th></tr><tr><td>电话</td><td>null</td></tr></table></body></html>\n"
    assert _placeholders(tmp_path, html, "html") == []
    contact = "# 隐私政策\n\n| 项目 | 内容 |\n|---|---|\n| 电话 | null |\n"
    assert [(f.line, f.excerpt) for f in _placeholders(tmp_path, contact)] == [(5, "null")]


# --- scripts ------------------------------------------------------------------------------


def test_dummy_values_in_json_scripts_and_i18n_dictionaries(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><h1>隐私政策</h1><p>更新日期：2024年5月1日</p>\n'
        "<script>\n"
        "const i18n = { 'zh': { 'contact': '联系电话：13800138000', 'phone': '400-000-0000' } };\n"
        "el.textContent = `客服热线：010-12345678`;\n"
        "</script>\n"
        '<script type="application/json">{"company":"【公司名称】","tel":"02-1234-5678"}</script>\n'
        "</body></html>\n"
    )
    found = _placeholders(tmp_path, page, "html")
    assert [(f.line, f.excerpt) for f in found] == [
        (3, "13800138000"),
        (3, "400-000-0000"),
        (4, "010-12345678"),
        (6, "【公司名称】"),
        (6, "02-1234-5678"),
    ], [(f.line, f.excerpt) for f in found]
    real = (
        '<html><body><h1>隐私政策</h1><script>const t = {"phone": "400-820-8820", "zh": "客服电话：400-800-8888"};</script>'
        '<script type="application/ld+json">{"telephone": "010-12345678"}</script></body></html>\n'
    )
    assert _placeholders(tmp_path, real, "html") == []


def test_a_slot_the_page_shows_and_its_hydration_script_repeats_is_one_finding(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><h1>隐私政策</h1>\n'
        "<p>本应用由[公司名称]运营，客服电话：400-000-0000。</p>\n"
        '<script>self.__next_f.push([1,"本应用由[公司名称]运营，客服电话：400-000-0000。"])</script>\n'
        "</body></html>\n"
    )
    assert [(f.line, f.excerpt) for f in _placeholders(tmp_path, page, "html")] == [(2, "[公司名称]"), (2, "400-000-0000")]


# The notes-to-the-publisher patterns of the seventh round (此处应公布…, 请在此列出…, （需补充：…）, 本模板…请修改,
# 请在发布前补充…, List here…, Add your … here, Describe how you…) were withdrawn after a fresh-eyes review: each of
# these ordinary sentences said to a reader, a merchant or a user was an error.
def test_prose_the_withdrawn_note_patterns_flagged_stays_silent(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "如需注销账号，请在此填写注销原因，我们将在15个工作日内处理。",
            "投诉请在此描述具体情况，我们将在收到后15日内答复。",
            "这里需注明，我们不会收集您的生物识别信息。",
            "此处需补充说明：本应用不含广告 SDK。",
            "此处应列明的第三方清单详见附件一。",
            "本范本协议适用于商家入驻，商家需根据实际经营情况调整店铺信息。",
            "请在发布前填写商品名称、地址、联系方式等，否则商品无法上架。",
            "如需补充材料（需补充：身份证明复印件），请一并提交。",
            "本模板由平台提供，您可以根据需要修改您的店铺设置。",
            "Insert here the code you received by SMS.",
            "State here whether you object to direct marketing.",
            "Describe how you use the app so that we can help.",
            "Add the device name here to receive notifications.",
        ],
    )
