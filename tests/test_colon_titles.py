"""Plain-text titles closed by a colon (issue #8, blind round misses): 「隐私政策：」 as the document's
title on the first line, and bare section titles such as 「信息收集：」 over their sentence.

Look-alikes: a first line announcing what follows (「本政策包括以下内容：」, 「詳見隱私權政策：」), a lead-in
over a list, contact fields over their values (「地址：」, 「第三方SDK名称：」 / 「Unity3D SDK」), one lone
lead-in, and a link list under 「第三方隐私政策：」 (shapes seen in public READMEs and app pages).
"""

from __future__ import annotations

import pytest

from helpers import headings, parse_string

BODY = "我们会收集您的设备信息，用于保障账号安全。"


@pytest.mark.parametrize("title", ["隐私政策：", "隱私權政策:", "用户隐私协议："])
def test_a_policy_title_closed_by_a_colon_is_the_title(title: str) -> None:
    doc = parse_string(f"{title}\n本应用尊重并保护所有用户的个人隐私权。\n一、信息收集\n{BODY}\n二、信息使用\n{BODY}\n")
    assert doc.metadata.title_line == 1
    assert [text for _, _, text in headings(doc)] == ["一、信息收集", "二、信息使用"]


@pytest.mark.parametrize("lead", ["本政策包括以下内容：", "詳見隱私權政策：", "关于隐私政策：", "各服务的隐私政策：", "我们的服务："])
def test_a_first_line_announcing_what_follows_is_no_title(lead: str) -> None:
    doc = parse_string(f"{lead}\n本应用尊重并保护所有用户的个人隐私权。\n一、信息收集\n{BODY}\n二、信息使用\n{BODY}\n")
    assert doc.metadata.title_line is None


def test_bare_section_titles_closed_by_a_colon_are_headings() -> None:
    text = (
        "隐私政策：\n"
        "本应用尊重并保护所有使用服务用户的个人隐私权。\n\n"
        "信息收集：\n"
        f"{BODY}\n\n"
        "信息使用：\n"
        "我们不会向任何无关第三方提供、出售、出租或分享您的个人信息。\n\n"
        "联系我们：\n"
        "如有疑问，请发送邮件至 privacy@example.com。\n"
    )
    doc = parse_string(text)
    assert doc.metadata.title_line == 1
    assert headings(doc) == [(4, 1, "信息收集："), (7, 1, "信息使用："), (10, 1, "联系我们：")]
    section = next(s for s in doc.sections if s.line == 4)
    assert [p.text for p in section.paragraphs] == [BODY]


def test_lead_ins_labels_and_contact_fields_closed_by_a_colon_are_not_headings() -> None:
    text = (
        "隐私政策\n"
        "本应用尊重并保护所有使用服务用户的个人隐私权。\n\n"
        "我们收集的信息：\n"  # a lead-in over a list
        "- 设备信息\n"
        "- 位置信息\n\n"
        "注意：\n"  # the only lead-in over a sentence
        "我们不会向任何无关第三方提供您的个人信息。\n\n"
        "第三方SDK名称：\n"  # a label over its value
        "Unity3D SDK\n\n"
        "第三方隐私政策：\n"  # a list of links
        "友盟：https://www.umeng.com/page/policy\n\n"
        "地址：\n"  # contact fields
        "北京市海淀区中关村大街1号，邮编100080。\n"
        "电话：\n"
        "我们的客服电话为 010-12345678，工作日 9:00-18:00。\n"
    )
    assert headings(parse_string(text)) == []


def test_colon_lines_under_markdown_headings_stay_lead_ins() -> None:
    markdown = (
        "# 隐私政策\n\n## 一、信息收集\n\n账号信息：\n\n" + BODY + "\n\n设备信息：\n\n" + BODY + "\n\n## 二、信息使用\n\n" + BODY + "\n"
    )
    assert [text for _, _, text in headings(parse_string(markdown, ".md"))] == ["一、信息收集", "二、信息使用"]


def test_a_markdown_file_without_markup_reads_like_plain_text() -> None:
    markdown = "隐私政策\n\n信息收集：\n\n" + BODY + "\n\n信息使用：\n\n" + BODY + "\n"
    assert [text for _, _, text in headings(parse_string(markdown, ".md"))] == ["信息收集：", "信息使用："]


# -- review rv10b (tenth session) ------------------------------------------------------------------


@pytest.mark.parametrize("title", ["隐私政策：", "隱私權政策:"])
def test_the_title_closed_by_a_colon_is_given_without_it(title: str) -> None:
    doc = parse_string(f"{title}\n本应用尊重并保护所有用户的个人隐私权。\n一、信息收集\n{BODY}\n二、信息使用\n{BODY}\n")
    assert doc.metadata.title == title[:-1]


def test_lead_ins_and_speakers_closed_by_a_colon_are_no_titles() -> None:
    text = (
        "某某应用隐私政策\n\n注意：\n本应用不会收集任何个人信息，所有数据保存在本地。\n\n"
        "温馨提示：\n如果您不同意本政策，请停止使用本应用，并卸载。\n\n"
        "张三说：\n我们非常重视您的隐私，会尽力保护，绝不泄露。\n\n"
        "负责人：\n王五，负责处理个人信息相关的投诉和举报事宜。\n"
    )
    assert headings(parse_string(text)) == []


def test_colon_lines_beside_numbered_sections_are_lead_ins() -> None:
    text = (
        "某某应用隐私政策\n\n数据保存：\n本应用不会收集任何个人信息，所有数据保存在本地。\n\n"
        "停止使用：\n如果您不同意本政策，请停止使用本应用，并卸载。\n\n1. 我们收集的信息\n我们不收集。\n\n2. 联系我们\n邮箱：a@kdsoft.cn\n"
    )
    assert [text for _, _, text in headings(parse_string(text))] == ["1. 我们收集的信息", "2. 联系我们"]


def test_section_titles_ending_in_a_person_word_are_titles() -> None:
    # review rv10c: 「未成年人：」 is a section title, not a speaker
    text = (
        "某某应用隐私政策\n\n信息收集：\n我们会收集您的设备信息，用于保障账号安全。\n\n"
        "未成年人：\n我们不会收集未满14周岁儿童的个人信息，如有需要会征得监护人同意。\n\n"
        "联系我们：\n如有疑问，请发送邮件至 privacy@kdsoft.cn。\n"
    )
    assert [text for _, _, text in headings(parse_string(text))] == ["信息收集：", "未成年人：", "联系我们："]
