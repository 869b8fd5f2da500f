"""Placeholders left in filled-in published policies (issue #11, round 8): one test per class, both ways.

The classes: a generator's or template's default word where the operator's name belongs
(是由主体公司提供的, Website Operator built…, 本公司（以下简称“公司”） with no company named), a
lead-in with nothing after it (a generator's 「链接到应用程序使用的第三方服务提供商的隐私政策」, 「我们收集以下信息：」
before the next section), a note asking the publisher to edit this document before publishing it,
and a dummy phone number given in a sentence or in a contact table.  Each test has near misses from
real wording that must stay silent, and real policies (`tests/data/placeholders8/`, see its
README) pin the findings: a template's slots and note, and two policies that name their operator
only by a brand (or not at all) and must get none.
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file
from test_placeholder_classes import _one_each, _placeholders

DATA = Path(__file__).parent / "data" / "placeholders8"


def _clean(tmp_path: Path, lines: list[str], suffix: str = "md") -> None:
    """Each line as its own paragraph of a policy; asserts no placeholder finding at all."""
    found = _placeholders(tmp_path, "# 隐私政策\n\n" + "\n\n".join(lines) + "\n", suffix)
    assert found == [], [(f.line, f.rule, f.excerpt) for f in found]


# --- default words where the operator's name belongs ----------------------------------------


def test_generator_labels_left_empty_are_errors_in_a_policy_naming_nobody(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "本应用（以下简称“我们”）是由主体公司提供的应用程序。",
            "本服务是由运营主体提供的。",
            "本隐私政策描述了网站运营商（“网站运营商”，“我们”）如何收集您的个人信息。",
            "Website Operator built the Demo app as a Free app.",
            "This SERVICE is provided by App Developer at no cost and is intended for use as is.",
            'This privacy policy describes how Website Operator ("Website Operator", "we") collects information.',
        ],
    )
    assert {(f.rule, f.severity) for f in found} == {("placeholder-default-name", "error")}
    assert [f.excerpt for f in found] == ["主体公司", "运营主体", "网站运营商", "Website Operator", "App Developer", "Website Operator"]


def test_generator_name_left_empty_is_an_error(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "本app（以及下文提到的“我们”、“我们的”或“本app”）是由 提供的应用程序。",
            "本网站是由提供的网络产品。",
            "This SERVICE is provided by  at no cost.",
        ],
    )
    assert [(f.rule, f.severity, f.excerpt) for f in found] == [
        ("placeholder-default-name", "error", "是由 提供的"),
        ("placeholder-default-name", "error", "是由提供的"),
        ("placeholder-default-name", "error", "provided by"),
    ]
    _clean(tmp_path, ["本报告由提供的数据生成。", "The report is built by combining data.", "It is provided by us at no cost."])


def test_generic_company_word_is_a_warning_only_when_no_company_is_named(tmp_path: Path) -> None:
    found = _one_each(tmp_path, ["本公司（以下简称“公司”）重视您的隐私。", "This app is provided by the Company at no cost."])
    assert {(f.rule, f.severity) for f in found} == {("placeholder-default-name", "warning")}
    text = "# 隐私政策\n\n本公司（以下简称“公司”）重视您的隐私。\n\nThis app is provided by the Company.\n\n运营者：杭州云栖科技有限公司\n"
    assert _placeholders(tmp_path, text) == []


def test_label_left_empty_is_a_warning_when_a_company_is_named_elsewhere(tmp_path: Path) -> None:
    found = _placeholders(tmp_path, "# 隐私政策\n\n本应用是由主体公司提供的。\n\n© 2024 Acme Ltd. All rights reserved.\n")
    assert [(f.rule, f.severity, f.excerpt) for f in found] == [("placeholder-default-name", "warning", "主体公司")]


def test_names_defined_terms_and_brands_are_not_default_names(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "Grodno TCM Center（以下简称“我们”）是由主体公司甘肃省云栖中心提供的网络产品。",
            "杭州云栖科技有限公司（以下简称“公司”）重视您的隐私。",
            "CC网盘（以下简称“我们”）深知个人信息对您的重要性。",
            "SynoDocker 的 Bundle ID 为 `com.example.SynoDocker`。",
            "The Website Operator may update this policy from time to time.",
            "Crash reports are sent to the App Developer's servers.",
            "Company Name: Acme Ltd.",
            "Your Name and e-mail address are collected when you register.",
            "本网站尊重并保护所有使用服务用户的个人隐私权。",
        ],
    )


def test_brand_only_real_policies_get_no_placeholder_finding() -> None:
    for name in ("synodocker.zh-Hans.md", "perfectdays.zh-Hans.md"):
        report = check_file(str(DATA / name), CheckOptions(no_config=True))
        found = [f for f in report.findings if f.rule.startswith(("placeholder-", "enumeration-"))]
        assert found == [], (name, [(f.line, f.rule, f.excerpt) for f in found])


# --- a lead-in with nothing after it ----------------------------------------------------------


def test_generator_lead_in_with_no_list_is_an_error(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n## 3、第三方服务条款\n\n链接到应用程序使用的第三方服务提供商的隐私政策\n\n## 4、支持\n\n请联系我们。\n\n"
        "## Third Party Services\n\nLink to the privacy policy of third-party service providers used by the app\n"
    )
    found = _placeholders(tmp_path, text)
    assert [(f.line, f.rule, f.severity) for f in found] == [(5, "enumeration-lead-in", "error"), (13, "enumeration-lead-in", "error")]


def test_colon_lead_in_before_the_next_numbered_section_or_the_end_is_a_warning(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n## 二、我们收集的信息\n\n我们收集以下信息：\n\n## 三、联系我们\n\n如有疑问，请通过以下方式联系我们：\n"
    found = _placeholders(tmp_path, text)
    assert [(f.line, f.rule, f.severity, f.excerpt) for f in found] == [
        (5, "enumeration-lead-in", "warning", "我们收集以下信息："),
        (9, "enumeration-lead-in", "error", "如有疑问，请通过以下方式联系我们："),  # a contact lead-in at the end: certain (round 9)
    ]


def test_lead_ins_followed_by_their_items_are_not_empty(tmp_path: Path) -> None:
    cases = {
        "list": "# 隐私政策\n\n## 3、第三方\n\n链接到应用程序使用的第三方服务提供商的隐私政策\n\n- Apple\n\n## 4、支持\n\n无。\n",
        "table": "# 隐私政策\n\n## 一、收集\n\n我们收集以下信息：\n\n| 信息 | 目的 |\n| --- | --- |\n| 手机号 | 登录 |\n\n## 二、联系\n\n无。\n",
        "sub-headings": "# 隐私政策\n\n## 一、收集\n\n我们收集的信息如下：\n\n### 1. 账号信息\n\n手机号。\n\n## 二、联系\n\n无。\n",
        "introduction": "# 隐私政策\n\n为保障您的权益，请您详阅下列内容：\n\n## 一、适用范围\n\n本政策适用于本网站。\n",
        "unnumbered sections": "# 隐私政策\n\n#### 收集\n\n以下提供了一些示例：\n\n#### 我们收集哪些信息\n\n电子邮件地址。\n",
        "label": "# 隐私政策\n\n## 一、联系我们\n\n特别提示：\n\n## 二、其他\n\n无。\n",
        "empty table of contents": "# 隐私政策\n\n## 一、目录\n\n本政策包括以下内容：\n\n## 二、收集\n\n## 三、使用\n\n无。\n",
    }
    for name, text in cases.items():
        assert _placeholders(tmp_path, text) == [], name
    plain = "隐私政策\n\n（三）权限\n\n当您使用iOS系统时，我们会再获取以下权限：\n\n(1)使用相机\n\n名称：NSCameraUsageDescription\n"
    assert _placeholders(tmp_path, plain, "txt") == []
    blank_line_items = "隐私政策\n\n一、收集\n\n我们会将信息用于以下目的：\n\n提供服务；改进产品。\n\n二、联系\n\n邮箱：a@b.cn\n"
    assert _placeholders(tmp_path, blank_line_items, "txt") == []


def test_announcing_word_before_a_full_stop_stays_enumeration_empty(tmp_path: Path) -> None:
    found = _placeholders(tmp_path, "# 隐私政策\n\n## 一、收集\n\n我们收集的信息如下。\n\n## 二、联系\n\n无。\n")
    assert [f.rule for f in found] == ["enumeration-empty"]


# --- notes to the publisher -------------------------------------------------------------------


def test_notes_asking_to_edit_this_document_before_publishing_are_errors(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "本隐私政策为范本，请于上架前按实际情况调整。",
            "> 提示：请在上线前补充本政策中的第三方SDK清单。",
            "This template must be customized before you publish it.",
        ],
    )
    assert {(f.rule, f.severity) for f in found} == {("placeholder-publisher-note", "error")}


def test_a_note_another_rule_reports_is_one_finding(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        ["注意：发布前请修改本模板中的公司名称和联系方式。", "（说明：本文件为模板，正式发布到应用商店前请按实际情况补全带【】的内容。）"],
    )
    assert [f.rule for f in found] == ["placeholder-instruction", "placeholder-publisher-note"]


def test_sentences_to_readers_and_merchants_are_not_publisher_notes(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "请在此填写注销原因，我们将在 15 个工作日内处理。",
            "请在发布前填写商品名称、价格等信息，否则商品无法上架。",
            "Insert here the code you received by SMS.",
            "我们可能会修改本政策，修改后的政策将在发布时生效。",
            "本政策的修订版本将在发布前通知您。",
            "本政策将在正式发布前根据监管要求更新。",
            "我们会通过微信模板消息通知您订单状态。",
            "您可以使用我们提供的简历模板，发布前可修改模板内容。",
            "发布前请确认您上传的内容不侵犯他人权利。",
            "您可以在发布动态前修改可见范围。",
            "We will notify you before publishing changes to this policy.",
        ],
    )


# --- dummy phone numbers outside a labelled contact line ---------------------------------------


def test_dummy_numbers_in_sentences_are_found_once(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        ["如有疑问，请拨打 010-12345678 联系我们。", "您也可以致电 400-000-0000。", "Call us at 123-456-7890.", "联系我们：13800138000"],
    )
    assert {(f.rule, f.severity) for f in found} == {("placeholder-dummy-number", "error")}
    labelled = _one_each(tmp_path, ["客服电话：请拨打 010-12345678"])
    assert [f.rule for f in labelled] == ["placeholder-dummy-contact"]


def test_dummy_numbers_in_a_contact_table_are_found(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n| 事项 | 联系方式 |\n| --- | --- |\n| 投诉 | 13800138000 |\n| 客服 | 400-000-0000 |\n| 咨询 | 010-8888 6543 |\n"
    found = _placeholders(tmp_path, text)
    assert [(f.line, f.rule) for f in found] == [(5, "placeholder-dummy-number"), (6, "placeholder-dummy-contact")]


def test_real_numbers_and_samples_in_sentences_are_not_dummies(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "请拨打 (852) 2812 3456 联系我们。",
            "请拨打 +86 21 6258 4567。",
            "Call us at 415 555 2671.",
            "例如拨打 010-12345678 时，系统会显示来电号码。",
            "请拨打如 010-12345678 格式的号码。",
            "我们会在 7 个工作日内致电 1 次确认。",
            "We recall 1234567 records a year.",
            "| 事项 | 数量 |\n| --- | --- |\n| 投诉 | 12345678 |",
        ],
    )


# --- the real policies --------------------------------------------------------------------------


def test_template_policy_pins_its_slots_and_note() -> None:
    report = check_file(str(DATA / "xiaotuan.zh-Hans.txt"), CheckOptions(no_config=True))
    found = [(f.line, f.rule) for f in report.findings if f.rule.startswith(("placeholder-", "enumeration-"))]
    assert found == [
        (1, "placeholder-drafting"),
        (4, "placeholder-instruction"),
        (6, "placeholder-instruction"),
        (7, "placeholder-instruction"),
        (23, "placeholder-instruction"),
        (31, "placeholder-instruction"),
        (36, "placeholder-publisher-note"),
    ]
    report = check_file(str(DATA / "fitness.zh-Hans.txt"), CheckOptions(no_config=True))
    assert [(f.line, f.rule) for f in report.findings if f.rule.startswith("placeholder-")] == [(219, "placeholder-instruction")]
