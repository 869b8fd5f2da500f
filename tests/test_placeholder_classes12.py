"""Placeholders in policies kept in app code (issue #11, twelfth session, eval/dev12): one test per class, both ways.

Every must-find line is from a real published policy (eval/dev12, or the same template met elsewhere);
every must-not-fire line is real clean text or real wording around the same words.  The classes:
round-bracket English fields, the template's notes to the policy's writer, letter-named phones and
addresses, starter tokens, a section whose only text says what it should contain (zh-Hans, zh-Hant, en),
upper-case name slots, date formats in brackets after a bold date label, an HTML table cell that is only
a slot, and the decision on code fences (bracket slots in a fenced sample clause are slots; template
syntax in a fence is code).
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _one_each, _placeholders


def _clean(tmp_path: Path, lines: list[str], suffix: str = "md", title: str = "# 隐私政策") -> None:
    """Each line as its own paragraph of a policy; asserts no placeholder-* finding at all."""
    found = [f for f in _placeholders(tmp_path, title + "\n\n" + "\n\n".join(lines) + "\n", suffix) if f.rule.startswith("placeholder")]
    assert found == [], [(f.line, f.rule, f.excerpt) for f in found]


# --- (website address): an English field in round brackets where its value goes ----------


def test_round_bracket_field_after_the_word_asking_for_it_is_a_slot(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "This privacy notice discloses the privacy practices for (website address). This privacy notice applies solely"
            " to information collected by this website.",
            "This privacy policy discloses the privacy practices for (website address). This privacy policy applies solely"
            " to information collected by this web site.",
        ],
    )
    assert [f.excerpt for f in found] == ["(website address)", "(website address)"]


def test_round_bracket_value_or_gloss_is_not_a_slot(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "This privacy notice discloses the privacy practices for (quacks.xyz). This privacy notice applies solely to"
            " information collected by this website.",
            "- License validation via Gumroad (email address)",
            "Username (Email Address)",
            "You can do the following at any time by contacting us via the email address or phone number given on our website.",
        ],
        title="# Privacy Policy",
    )


# --- the template's notes to the policy's writer -----------------------------------------


def test_notes_to_the_writer_of_the_privacy_notice_are_slots(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "If your site has a registration page that customers must complete to do business with you, insert a"
            " paragraph like this in your privacy notice:",
            "If you share information collected on your site with other parties, insert one or more of these paragraphs"
            " in your privacy notice:",
            "If your site has links to other sites, you might insert a paragraph like this in your privacy notice:",
            "And/or:",
        ],
    )
    assert found[2].excerpt == "you might insert a paragraph like this in your privacy notice"
    assert found[3].excerpt == "And/or:"


def test_and_or_opening_a_sample_clause_in_a_php_page_is_a_slot(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Privacy</h1>\n<div>\nSharing <br/>\nWe share aggregated demographic information with our partners.<br/><br/>\n\n"
        "And/or: <br/>\nWe use an outside shipping company to ship orders.<br/><br/>\n</div></body></html>\n"
    )
    assert [(f.line, f.excerpt) for f in _placeholders(tmp_path, page, "php")] == [(6, "And/or:")]
    assert [(f.line, f.excerpt) for f in _placeholders(tmp_path, page, "html")] == [(6, "And/or:")]


def test_and_or_inside_a_sentence_and_adding_to_an_account_are_not_notes(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "Any information you share is governed by that repository's own privacy policy and/or Terms of Use.",
            "We share data with Mozilla and/or our advertising partners on an aggregated and/or de-identified basis.",
            "You can add a second factor to your account in the security settings.",
            "Please read this privacy notice carefully before you use our Services.",
        ],
        title="# Privacy Policy",
    )


# --- letter-named phones and addresses ---------------------------------------------------


def test_phone_and_address_named_by_letters_are_slots(tmp_path: Path) -> None:
    found = _one_each(tmp_path, ["<p>电话：+86 AAA-BBB-CCCC</p>", "<p>地址：A市B区C路DDD号</p>"])
    assert [f.excerpt for f in found] == ["+86 AAA-BBB-CCCC", "A市B区C路DDD号"]


def test_x_slots_stay_one_finding_and_real_blocks_are_not_letter_slots(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "If you feel that we are not abiding by this privacy policy, you should contact us immediately via telephone at"
            " XXX YYY-ZZZZ or via email.",
            "**郵寄地址**：（請填寫公司地址，例如）臺灣XX市XX區XX路XX號XX樓 努法有限公司 收",
        ],
    )
    assert [f.excerpt for f in found] == ["XXX", "（請填寫公司地址，例如）"]  # found as before, once each
    _clean(
        tmp_path,
        [
            "地址：深圳市南山区粤海街道科技园C区D栋",
            "支持的型号：ABC-DEF-GHIJ 与 ABC-DEF-GHIK。",
            "客服电话：+86 400-820-8820",
        ],
    )


# --- a starter's underscore tokens -------------------------------------------------------


def test_starter_tokens_are_slots(tmp_path: Path) -> None:
    page = (
        "<view>\n"
        '  <view class="title">_boot-taro-react_小程序隐私保护政策</view>\n'
        '  <view>本政策仅适用于_boot-taro-react_小程序开发者"XXX有限公司"提供的产品和服务。</view>\n'
        "  <view>📫 邮箱：_EMAIL_</view>\n"
        "  <view>📞 电话：_PHONE_</view>\n"
        "  <view>🗺️ 地址：_ADDRESS_</view>\n"
        "</view>\n"
    )
    found = [(f.line, f.excerpt) for f in _placeholders(tmp_path, page, "html")]
    assert found == [
        (2, "_boot-taro-react_"),
        (3, "_boot-taro-react_"),
        (3, "XXX有限公司"),
        (4, "_EMAIL_"),
        (5, "_PHONE_"),
        (6, "_ADDRESS_"),
    ], found


def test_identifiers_and_tokens_in_code_are_not_starter_tokens(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "Cookie `_ga_` 与 `_gid` 用于统计访问量。",
            "我们使用 __init__ 之外的任何函数都不会读取您的数据。",
            "详见 https://example.org/docs/_static-files_/privacy 的说明。",
            "```\nexport REPORT_EMAIL=_EMAIL_\n```",
        ],
    )


# --- a section whose text only says what it should contain -------------------------------


def test_section_text_that_says_what_it_should_contain_is_a_slot(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "当前项目尚未公开一个专门的支持联系方式。等公开仓库和项目联系渠道确定后，本节应更新为稳定可用的联系方式。",
            "本節應說明本公司如何蒐集個人資料。",
            "When the public repository and project contact channels are finalized, this section should be updated with a"
            " stable contact method.",
        ],
    )
    assert [f.excerpt for f in found] == ["本节应更新为", "本節應說明", "this section should be updated with"]


def test_real_section_summaries_and_update_clauses_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "本節說明本公司如何保護使用者的個人資料。",
            "本节将解释我们使用的技术类型、它们的用途以及您对它们使用的选择。",
            "如果未来增加更完整的数据删除或重置功能，本政策也应同步更新。",
            "如果产品行为发生变化，尤其是存储、权限、联网方式或数据流发生变化时，本隐私政策也应同步更新。",
            "If broader delete or reset controls are added later, this policy should be updated to reflect them.",
        ],
    )


# --- upper-case name slots and bracketed date formats after a bold date label -------------


def test_upper_case_name_slot_and_bracketed_date_format_are_slots(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "**Partner Name:** [PARTNER NAME]",
            "**生效日期**：[YYYY-MM-DD]",
            "**最后更新：**[YYYY年MM月DD日]",
        ],
    )
    assert [f.excerpt for f in found] == ["[PARTNER NAME]", "[YYYY-MM-DD]", "[YYYY年MM月DD日]"]


def test_link_labels_and_date_formats_asked_of_the_user_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "**TG群组**：[欢迎加入](https://t.me/example)",
            "请按 [READ MORE] 查看完整条款。",
            "出生日期请按 [YYYY-MM-DD] 格式填写。",
            "- **OpenAI:** Used for users in supported regions. [OpenAI Privacy Policy](https://openai.com/privacy)",
        ],
    )


# --- an HTML table cell that is only a slot ----------------------------------------------


def test_html_table_cell_that_is_only_a_link_word_is_not_reported(tmp_path: Path) -> None:
    """A decision (review rv12b): an HTML cell is read without its link, and 「<td><a href=…>[链接]</a></td>」 is a link's
    label; no real policy was seen with an unlinked 「<td>[链接]</td>」, so neither is reported (a Markdown row's lone
    slot still is).  A known miss, kept here so that a change of the decision is deliberate."""
    for cell in ("[链接]", '<a href="https://www.umeng.com/page/policy">[链接]</a>'):
        page = (
            "<html><body><h1>隐私政策</h1>\n<table>\n<tr><th>SDK名称</th><th>公司</th><th>隐私政策链接</th></tr>\n"
            f"<tr><td>友盟统计</td><td>友盟同欣（北京）科技有限公司</td><td>{cell}</td></tr>\n"
            "<tr><td>极光推送</td><td>深圳市和讯华谷信息技术有限公司</td><td>https://www.jiguang.cn/license/privacy</td></tr>\n"
            "</table></body></html>\n"
        )
        assert _placeholders(tmp_path, page, "html") == []


def test_html_table_cells_with_labels_are_not_slots(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私政策</h1>\n<table>\n<tr><th>方向</th><th>数据</th><th>说明</th></tr>\n"
        "<tr><td>【读取】</td><td>历史记录</td><td>对话历史</td></tr>\n"
        "<tr><td>【输出】</td><td>改写结果</td><td>[1]</td></tr>\n"
        "</table></body></html>\n"
    )
    assert _placeholders(tmp_path, page, "html") == []


# --- code fences: a decision, both sides -------------------------------------------------


def test_code_fence_sample_clause_bracket_slots_are_slots_but_template_syntax_is_code(tmp_path: Path) -> None:
    """A fence in a policy holds text the reader copies (a sample clause, a form's answer) or code.

    Bracket slots and dummy values in it are slots either way ([Company Name] in a fenced policy template);
    braces and angles in it are code: in the real fences met, {应用名称} and ${访问端口} are a naming scheme
    and a shell variable, never a slot of the policy.
    """
    text = (
        "# Privacy Policy\n\n## 11. Contact Us\n\n```\n**Mail**: [Company Name], Attn: Privacy Officer, [Address]\n```\n\n"
        "## Deployment\n\n```\n目录建议按照 Docker/{应用名称}/{映射目录} 的规则进行设置\ncurl http://${应用名称}:${访问端口}\n```\n"
    )
    found = [(f.line, f.excerpt) for f in _placeholders(tmp_path, text)]
    assert found == [(6, "[Company Name]"), (6, "[Address]")], found
