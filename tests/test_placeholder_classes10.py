"""Placeholders left in published policies (issue #11 §1, tenth session, w11p): each class of dev9's misses, both ways.

The classes: Chinese slots in single braces ({日期/时间}, {如果相关，请填写}), a value the text marks as a
placeholder (privacy@… （占位）), the template's suggested period left in its brackets (【建议 6 个月至 1 年】), a
bracketed constant ([EFFECTIVE_DATE，例如 …]), a name-and-link slot ([其他 SDK 名称与链接]), and notes to whoever
configures or publishes the template: 请在此列出…, release steps (公开收费发布前，必须补齐…; 请在正式商用前补齐),
a release gate (…仍是发布门禁), where to put the page (建议将本页链接加入应用内的“设置”), a usage note
(本文本用于…，请根据…勾选并填写), （供配置时对照）, English imperatives (Adjust this section to match your setup.).

A note to the configurer is told from advice to the user by its addressee and its object: no 您/你, and what it
edits is the policy text itself or the operator's details (or nothing named), never the user's content (照片,
图片, 商品…).  The reviewer's false positives of the reverted v11p branch are pinned here as must-not-fire cases,
and its quadratic input (a 100 KB line of 是发布门禁) as a bounded, one-finding case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from test_placeholder_classes import _one_each, _placeholders


def _clean(tmp_path: Path, text: str, suffix: str = "md") -> None:
    found = _placeholders(tmp_path, text, suffix)
    assert found == [], [(f.line, f.rule, f.excerpt) for f in found]


def _lines(lines: list[str]) -> str:
    return "# 隐私政策\n\n" + "\n\n".join(lines) + "\n"


# --- Chinese slots in single braces ----------------------------------------------------------


def test_chinese_brace_slots_with_alternatives_instructions_or_fields_are_errors(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "个人数据类型将于{日期/时间}删除；",
            "{附加日期/时间}删除。",
            "费用支付{如果相关，请填写}；",
            "提供有效的身份证明文件（{请根据用途调整这段文字，我们通常会接受护照复印件}。",
            "当用户处于这些情况时{包括访问网站时/在用户浏览网站时追踪用户/管理网站}，我们会使用 Google Analytics。",
        ],
    )
    assert [f.rule for f in findings] == ["placeholder-instruction"] * 5
    assert findings[0].excerpt == "{日期/时间}"
    assert {f.severity for f in findings} == {"error"}


def test_chinese_braces_without_a_slot_or_in_code_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        _lines(
            [
                "集合记作{苹果，香蕉，橘子}，仅为说明。",
                "导出的文件中包含 `{日期/时间}` 字段。",
                "```\n{名称/类型}: 示例\n```",
            ]
        ),
    )


# --- a value marked as a placeholder; a suggested period; a bracketed constant ----------------


def test_marked_values_suggested_periods_and_bracketed_constants_are_errors(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "如有问题，可发送邮件至：privacy@chronograph.app （占位）。我们将仅用于回复。",
            "账号信息：保存至您账号注销后 **【建议 6 个月至 1 年】** 的备份清除期止；",
            "**生效日期：** [EFFECTIVE_DATE，例如 2026-06-23]",
            "- [其他 SDK 名称与链接]",
            "- [Other SDK names and links]",
        ],
    )
    assert [f.excerpt for f in findings] == [
        "（占位）",
        "【建议 6 个月至 1 年】",
        "EFFECTIVE_DATE",
        "[其他 SDK 名称与链接]",
        "[Other SDK names and links]",
    ]


def test_numbered_tips_config_names_and_draft_markers_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        _lines(
            [
                "【建议1】定期修改您的账户密码。",
                "【建议 3 个月】更换一次密码，并开启两步验证。",
                "【建议】开启登录保护。",
                "部署时，管理员需要在配置文件中设置 SERVICE_URL 为您的服务地址。",
                "自托管版本读取环境变量 `SERVICE_URL` 与 `BASE_URL`，详见 [SERVICE_URL](#config)。",
                "我们建议您每 6 个月修改一次密码。",
            ]
        ),
    )


# --- notes to whoever configures or publishes the template -----------------------------------


def test_notes_to_the_configurer_are_errors(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "如使用第三方服务（例如崩溃分析或统计）：请在此列出并附其隐私政策链接（示例）：",
            "重大变更会在本文件中标注日期。公开收费发布前，必须补齐明确的商业运营主体和永久隐私联系方式。",
            "私有 Alpha 参与者应使用 GitHub Issue。永久商业隐私联系方式仍是发布门禁。",
            "> **待确认**：若本游戏上线，须依法取得游戏版号。请在正式商用前补齐。",
            "建议将本页链接加入应用内的“设置 / 关于 / 帮助”，或在 README 中添加入口。",
            "使用说明：本文本用于微信公众平台隐私保护指引，请根据小程序实际情况勾选并填写。",
            "附：mp 后台勾选映射表（供配置时对照）",
            "请于上线前删除本段。",
            "使用前请删除本说明。",
        ],
    )
    assert {f.rule for f in findings} == {"placeholder-instruction"}


def test_english_notes_to_the_configurer_are_errors(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "If you do not use analytics, the above data will not be collected. Adjust this section to match your actual setup.",
            "Where applicable, we will consider GDPR/CCPA requirements. Tailor this section based on your actual users.",
            "It's recommended to link this page from your in-app Settings/About/Help or README.",
        ],
    )
    assert findings[0].excerpt == "Adjust this section to match your actual setup."


def test_advice_to_users_about_their_content_is_not_a_drafting_note(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        _lines(
            [
                "请在发布前删除照片中的他人个人信息。",
                "发布前请删除照片中的他人个人信息。",
                "请在商品上架前删除图片中的联系方式。",
                "上架前请删除商品图片中的联系方式，否则无法通过审核。",
                "请在发布前填写商品名称，否则商品无法上架。",
                "请在使用前填写真实信息。",
                "使用前请仔细阅读本政策。",
                "使用模板前请删除示例内容，再发布您的网站。",
                "您在发布前请确认内容不含他人信息。",
                "请在此填写注销原因。",
                "如有其他问题，请在此列出您的问题。",
            ]
        ),
    )


def test_a_policy_explaining_itself_is_not_a_note_to_the_configurer(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        _lines(
            [
                "本政策适用于本应用的全部功能，请您仔细阅读。",
                "附：第三方SDK目录",
                "您可以将本页加入书签，以便随时查阅。",
                "建议将本页加入收藏夹。",
                "建议将本页添加到手机桌面，方便在应用内查看。",
                "我们采用密钥扫描和发布门禁等措施保护代码安全。",
                "我们会在功能上线前更新本政策。",
                "本模板消息用于通知订单状态，请根据需要在设置中开启。",
                "本模板，请您根据需要选择并填写。",
                "We may modify this section from time to time. Please review this section carefully.",
                "You can add this page to your bookmarks from the app menu.",
            ]
        ),
    )


# --- linear, one finding per defect -----------------------------------------------------------


@pytest.mark.parametrize(
    ("piece", "count"),
    [
        ("是发布门禁", 0),  # a gate not said to be still open (review rv10a): no note
        ("联系方式仍是发布门禁", 1),
        ("请在发布前补齐", 0),  # one clause with no end: nothing it edits can be told
        ("发布前请删除本段", 1),
        ("建议将本页链接加入应用", 1),
        ("{日期/时间", 0),  # no closing brace
        ("本模板，请根据填写", 0),
        (". Adjust this section ", 1),
    ],
)
def test_a_long_line_of_one_note_repeated_is_one_finding(tmp_path: Path, piece: str, count: int) -> None:
    # (its time is a budget of benchmarks/bench_worst.py: md-release-gate-line, md-configurer-notes-line)
    path = tmp_path / "policy.md"
    path.write_text("# 隐私政策\n\n" + piece * (100_000 // len(piece)) + "\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None
    notes = [f for f in report.findings if f.rule == "placeholder-instruction"]
    assert len(notes) == count, [(f.column, f.end_column) for f in notes]


# --- clean published policies with 发布, 示例, 建议, 删除, 照片 in ordinary use (tests/data/SOURCES.md) ---------

REAL = Path(__file__).parent / "data" / "real"
CLEAN = [
    "xarticleposter.zh-Hans.md",
    "canvasprompt.zh-Hans.md",
    "pairnest.zh-Hans.md",
    "chatgpt2doc.zh-Hans.md",
    "ruotian.zh-Hans.txt",
    "photosmove.zh-Hans.md",
]


@pytest.mark.parametrize("name", CLEAN)
def test_clean_published_policies_have_no_placeholder_finding(name: str) -> None:
    report = check_file(str(REAL / name), CheckOptions(no_config=True))
    assert report.error is None
    assert [(f.line, f.rule, f.excerpt) for f in report.findings if f.rule.startswith(("placeholder", "enumeration"))] == []


# --- known classes of earlier blind rounds: underlined blank dates, code-host accounts, labels padded with spaces ---


def test_blank_dates_underlined_or_emptied_are_errors(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "更新日期：2025年<u>&nbsp;&nbsp;&nbsp;&nbsp;</u>月<u>&nbsp;&nbsp;</u>日",
            "生效日期：<u>&nbsp;&nbsp;&nbsp;&nbsp;</u>年<u>&nbsp;&nbsp;</u>月<u>&nbsp;&nbsp;</u>日",
            "生效日期：2024年\u00a0\u00a0月\u00a0\u00a0日",
        ],
    )
    assert findings[1].excerpt.startswith("<u>")
    page = "<html><body><h1>隐私政策</h1>\n<p>生效日期：<u>&nbsp;&nbsp;&nbsp;&nbsp;</u>年<u>&nbsp;&nbsp;</u>月<u>&nbsp;&nbsp;</u>日</p>\n"
    page += "<p>本政策更新于 2025 年<u>&nbsp;&nbsp;&nbsp;</u>月<u>&nbsp;&nbsp;&nbsp;</u>日。</p>\n</body></html>\n"
    # (the year before a space is the date's too, as it is without the space: twenty-third session, tests/test_lead23.py)
    assert [(f.line, f.excerpt) for f in _placeholders(tmp_path, page, "html")] == [(2, "年月日"), (3, "2025 年月日")]


def test_date_words_and_forms_for_the_user_are_not_blank_dates(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        _lines(
            [
                "出生年月日：请如实填写。",
                "2024年月日均访问量超过一万次。",
                "申请日期：    年  月  日（由申请人填写）",
                "我们按年月日记录访问时间。",
            ]
        ),
    )


def test_a_code_host_account_left_as_the_template_wrote_it_is_an_error(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "源码：https://github.com/yourusername/app",
            "原文：https://raw.githubusercontent.com/yourusername/app/main/PRIVACY.md",
            "见 [原文](https://raw.githubusercontent.com/your-username/app/main/PRIVACY.md)",
        ],
    )
    assert [f.rule for f in findings] == ["placeholder-instruction", "placeholder-instruction", "placeholder-link-target"]


def test_code_host_accounts_in_commands_or_real_names_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        _lines(
            [
                "自托管时可运行 `curl -fsSL https://raw.githubusercontent.com/yourusername/app/main/install.sh`。",
                "```\ngit clone https://github.com/yourusername/app\n```",
                "源码：https://github.com/yourusernamestudio/app",
                "源码：https://github.com/octocat/app",
            ]
        ),
    )


def test_contact_labels_padded_with_spaces_are_still_empty_fields(tmp_path: Path) -> None:
    found = _placeholders(tmp_path, "# 隐私政策\n\n## 联系我们\n\n公司名称：\n联 系 人：\n电    话：\n")
    assert [(f.line, f.rule) for f in found] == [(5, "placeholder-empty"), (6, "placeholder-empty"), (7, "placeholder-empty")]
    # a filled block of padded labels (the Markdown reader joins its lines: 联 系 人：王先生电  话：…): 王先生 is a value
    for gap in ("  ", "    "):
        _clean(tmp_path, f"# 隐私政策\n\n## 联系我们\n\n公司名称：北京云图科技有限公司\n联 系 人：王先生\n电{gap}话：010-62345678\n")


def test_settings_templates_and_user_posts_stay_silent(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        _lines(
            [
                "部署完成后，在浏览器打开 [SERVICE_URL]/setup 完成初始化。",
                "本模板用于生成简历，请根据提示填写。",
                "请在发布前填写联系方式，否则买家无法联系。",
                "商品上架前请填写联系方式。",
            ]
        ),
    )
    findings = _one_each(tmp_path, ["**支持邮箱：** [SUPPORT_EMAIL_ADDRESS]", "请于正式上线前替换运营主体名称。"])
    assert findings[0].excerpt == "SUPPORT_EMAIL_ADDRESS"
