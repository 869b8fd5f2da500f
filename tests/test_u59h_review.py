"""A fresh-eyes review of the fifty-ninth session's merged changes (u59h): the defect classes found, each tested on both sides.

1. (u59p's `role_team_we_u59p`, shared/zh.toml) a team named by its role alone names no processor, but a Latin name and a
   space before the role (「本应用由 Momo 开发团队（以下简称“我们”）」, the usual spacing of a Latin word in Chinese text) is a
   named team: the veto's lookbehind saw only the space, so the clause was vetoed and the processor reported missing (the
   base covered it).  A role alone after a space (「由 小程序开发团队」, 「由本 App 开发团队」) stays vetoed.
2. (u59p's `stand_in_company_u59p`, same) a stand-in name (「XX科技有限公司」) names nobody, but a Latin name that opens with
   the same letters (「XXL健身科技有限公司」) is a name: the mask is no word's start.
3. (u59l's `_named`, load/i18n_records.py) a short value under a key naming the operator or a contact is read as the
   policy's (`company: '小鹿科技'`), but the same keys hold a form's captions in every i18n file (`company: '公司名称'`,
   `address: 'Address'`, `owner: '负责人'`): those labels were read as paragraphs of the policy.  A value that is a field's
   caption (`patterns.FIELD_CAPTION`, the contact field titles u59r's units read) or the key's own word is a label.
4. (u59u's `denied_found_u59u`, same) a sensitive kind named as not found is no trigger, but the denial must be of that kind:
   「如果系统没有识别出您的身份，我们会要求您上传身份证照片」 denies nothing and collects the ID card (base59: cn-pipl/sensitive-necessity
   and cn-gbt35273/sensitive-marked missing; u59u: not-applicable, a true finding silenced).  The kind must follow the
   denial in its clause.
"""

from __future__ import annotations

import json

import pytest

from parse_helpers import paragraph_texts, parse_string
from profile_helpers import profile_status

_CONTACT = "如有问题，请发送邮件至 dev@momo.app 联系我们。"


@pytest.mark.parametrize(
    ("team", "status"),
    [
        ("本应用由 Momo 开发团队", "covered"),  # a Latin name, a space, the role: a named team
        ("本应用由 Momo App 开发团队", "covered"),
        ("本应用由Momo开发团队", "covered"),
        ("本应用由 小程序开发团队", "missing"),  # the role alone (after a product noun) names nobody
        ("本应用由本 App 开发团队", "missing"),
        ("本应用由开发团队", "missing"),
    ],
)
def test_a_latin_name_before_a_role_team_names_the_processor(team: str, status: str) -> None:
    body = f"## 一、简介\n\n{team}（以下简称“我们”）开发和运营。{_CONTACT}\n"
    assert profile_status(body, "cn-pipl/processor") == status


@pytest.mark.parametrize(
    ("company", "status"),
    [
        ("XXL健身科技有限公司", "covered"),  # a brand that opens with the letters
        ("XXXL健身科技有限公司", "covered"),
        ("XX科技有限公司", "missing"),  # the template's stand-in
        ("XXXXX科技有限公司", "missing"),  # however many letters it has
        ("xx科技有限公司", "missing"),
    ],
)
def test_a_name_opening_with_a_masks_letters_is_no_stand_in(company: str, status: str) -> None:
    body = f"## 一、简介\n\n本应用由{company}（以下简称“我们”）开发和运营。{_CONTACT}\n"
    assert profile_status(body, "cn-pipl/processor") == status


@pytest.mark.parametrize("item", ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"])
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("如果系统没有识别出您的身份，我们会要求您上传身份证照片进行人工审核。", "missing"),  # a condition, then the collection
        ("如果您没有获取验证码，我们会收集您的身份证号码和人脸信息完成认证。", "missing"),
        ("经检查，本应用没有查到身份证号、银行卡号等信息的读取。", "not-applicable"),  # u59u's denial, kept
        ("本轮自查未发现对身份证号、精确位置的调用。", "not-applicable"),
    ],
)
def test_a_denial_must_name_the_sensitive_kind(text: str, status: str, item: str) -> None:
    assert profile_status(f"## 一、我们收集的信息\n\n{text}\n", item) == status


def _record(contact: dict[str, str]) -> str:
    intro_zh = "云帆科技有限公司非常重视您的个人信息保护。我们会收集您的手机号码用于注册登录和身份验证，并按照法律规定保存和删除这些信息。"
    intro_en = (
        "Yunfan Technology takes the protection of your personal information seriously. We collect your phone number to "
        "sign you in and verify your identity, and keep and delete it as the law requires of us at all times."
    )
    zh = {"title": "隐私政策", "intro": intro_zh, "contact": {"title": "联系我们", **contact}}
    en = {"title": "Privacy Policy", "intro": intro_en, "contact": {"title": "Contact us", "email": "privacy@yunfan.example"}}
    return json.dumps({"zh": {"privacy": zh}, "en": {"privacy": en}}, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    ("key", "value", "read"),
    [
        ("company", "公司名称", False),  # a form's caption under the key naming the field
        ("address", "地址", False),
        ("owner", "负责人", False),
        ("company", "Company", False),
        ("address", "Address", False),
        ("companyName", "Company name", False),
        ("owner", "Owner", False),
        ("company", "小鹿科技", True),  # the operator's name, the contact itself (u59l's class, kept)
        ("address", "杭州市西湖区文三路100号", True),
        ("owner", "张三", True),
        ("footerNote", "小鹿网络科技有限公司", True),
    ],
)
def test_a_fields_caption_under_a_name_key_is_no_policy_text(key: str, value: str, read: bool) -> None:
    doc = parse_string(_record({key: value, "email": "privacy@yunfan.example"}), ".json")
    assert any("i18n record" in w for w in doc.warnings)
    assert (value in paragraph_texts(doc)) is read
