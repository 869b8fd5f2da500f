"""Fifty-fifth session, u55w3 (issue #14, not blind: eval/profiles54q yinping-zh 12): a bare name whose alias is only a
product's noun names the product, not the processor.

「本协议是您与音瓶（以下简称"本平台"）之间…」 was read by `{brand_we}` as naming the processor (cn-pipl `processor`, GB/T
`identity-contact`): a false "covered".  PIPL Art. 73(1) makes the processor an organisation or a person, and 本平台, 本应用,
本网站, 本服务… name the product (u50w's rule for cn-pipl, u51w's for the tw-pdpa agency).  Still the processor: a name that
is an organisation's (…公司, …工作室, …书院, Latin Studio/Inc…), an alias with 我们 in it, a name said to provide what it
names (「OutEye Edu（…，以下简称「本平台」）提供的服务」, as the owner sentence), and whatever another cover names (a company
line).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, paragraphs, profile_status

ROOT = Path(__file__).resolve().parent.parent
YINPING = ROOT / "eval" / "profiles54q" / "docs" / "yinping-zh" / "Agreement.tsx"
ITEMS = ["cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency"]
CONTACT = "如有问题请联系 support@yinping.top。"


@pytest.mark.parametrize("item", ITEMS)
@pytest.mark.parametrize(
    "intro",
    [
        '1.1 本协议是您与音瓶（以下简称"本平台"）之间关于使用本平台服务所订立的协议。',
        'NeuroCashEngine（以下简称"本平台"）严格遵守法律法规。',
        "Yinping（以下简称「本平台」或「本网站」）重视您的隐私。",
        "音瓶（以下简称“本平台”、“本服务”）重视您的隐私。",
        "“音瓶”（以下简称“本平台”）重视您的隐私。",
    ],
)
def test_a_bare_name_defined_as_the_product_is_no_processor(intro: str, item: str) -> None:
    assert profile_status(paragraphs(intro, CONTACT), item) == "missing"


@pytest.mark.parametrize("item", ITEMS)
@pytest.mark.parametrize(
    "intro",
    [
        '音瓶科技有限公司（以下简称"本平台"）重视您的隐私。',  # a company
        '音瓶工作室（以下简称"本平台"）重视您的隐私。',  # a studio
        "雲端書院（下稱「本平台」）重視您的隱私。",  # an academy (tests/test_profiles_classes8.py)
        'Yinping Studio（以下简称"本平台"）重视您的隐私。',  # a Latin studio
        'Yinping Ltd.（以下简称"本平台"）重视您的隐私。',
        '音瓶（以下简称"本平台"或"我们"）重视您的隐私。',  # 我们 in the alias: left as it was
        "本政策适用于 OutEye Edu（edu.outeye.top，以下简称「本平台」）提供的服务。",  # the name provides the service
        '张三工作室（以下简称"我们"）深知个人信息对您的重要性。',
    ],
)
def test_an_organisation_or_a_provider_still_names_it(intro: str, item: str) -> None:
    assert profile_status(paragraphs(intro, CONTACT), item) == "covered"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_a_company_line_still_names_the_processor_of_a_product_alias(item: str) -> None:
    text = paragraphs('音瓶（以下简称"本平台"）重视您的隐私。', "运营者：杭州音瓶信息技术有限公司", "联系邮箱：support@yinping.top")
    assert profile_status(text, item) == "covered"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_yinping_agreement_party_is_no_processor(item: str) -> None:
    assert file_verdict(YINPING, item) == ("missing", None)
