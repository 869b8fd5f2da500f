"""tw-pdpa: the Art. 8 notice written as the statute's labelled list (告知事項).

A Taiwan notice often follows Art. 8 item by item: 「蒐集機關：…」「蒐集之目的：…」「蒐集之個人資料項目：
聯絡電話、稱呼」「個人資料利用之期間：…」「當事人若不同意提供個人資料，不得…」, under a heading such as
「個人資料使用說明」.  That heading was taken for a template's 使用說明 (instructions to the drafter),
so the whole section was skipped; the agency label, a phone called 聯絡電話, an appellation (稱呼)
and 不得 as the consequence of refusing were not read.  Near misses: a template's own 使用說明
section is still skipped, and a bare label with no value names no agency.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

NOTICE = (
    "# 活動登錄\n\n## 個人資料使用說明\n\n"
    "1. 蒐集機關：台灣駭客協會與中央研究院人文社會科學館\n"
    "2. 蒐集之目的：防疫目的。\n"
    "3. 蒐集之個人資料項目：聯絡電話、稱呼（選填）。\n"
    "4. 個人資料利用之期間：自 2020 年 9 月 9 日起至 2020 年 10 月 7 日止。\n"
    "5. 當事人若不同意提供個人資料，不得進入會場。\n"
)


@pytest.mark.parametrize("item", ["agency", "purposes", "categories", "period", "effect-of-not-providing"])
def test_the_labelled_notice_under_its_usual_heading_covers_its_items(item: str) -> None:
    assert status(NOTICE, f"tw-pdpa/{item}") == "covered"


def test_a_templates_instructions_section_is_still_skipped() -> None:
    text = "# 隱私權政策\n\n## 模板使用說明\n\n蒐集機關：某某協會。蒐集之目的：防疫目的。\n\n## 其他\n\n本網站重視您的隱私。\n"
    assert status(text, "tw-pdpa/agency") == "missing"


@pytest.mark.parametrize("value", ["", "【請填寫】", "本會"])
def test_an_agency_label_without_a_name_names_nobody(value: str) -> None:
    text = f"# 活動登錄\n\n## 個人資料使用說明\n\n1. 蒐集機關：{value}\n2. 蒐集之目的：防疫目的。\n"
    assert status(text, "tw-pdpa/agency") == "missing"


# The policy's own party defined in a glossary (a company policy's 「定义」 section): it names the processor.
_CONTACT = "\n\n## 联系我们\n\n如有问题，请发送邮件至 privacy@example.cn 联系我们。\n"


@pytest.mark.parametrize(
    "definition",
    ["**UCloud**：除非另有约定，指优刻得科技股份有限公司（简称“UCloud”或“我们”）。", "我们：指北京星河互动科技有限公司。"],
)
def test_a_glossary_definition_of_the_policys_own_party_names_the_processor(definition: str) -> None:
    text = f"# 隐私政策\n\n## 定义\n\n{definition}\n\n个人信息：指以电子方式记录的各种信息。{_CONTACT}"
    assert status(text, "cn-pipl/processor") == "covered"


@pytest.mark.parametrize(
    "definition",
    ["关联公司：指与北京星河互动科技有限公司存在控制关系的公司。", "个人信息：指以电子或者其他方式记录的信息，我们会妥善保护。"],
)
def test_other_glossary_definitions_still_name_nobody(definition: str) -> None:
    text = f"# 隐私政策\n\n## 定义\n\n{definition}{_CONTACT}"
    assert status(text, "cn-pipl/processor") == "missing"


def test_the_operator_refusing_nothing_is_no_effect_of_not_providing() -> None:
    # 「本公司…不得拒絕」 is the operator's duty (Art. 3 rights), not the effect on a person who does not provide data
    text = "# 隱私權政策\n\n## 當事人權利\n\n您可以向本公司請求查詢、閱覽、更正或刪除您的個人資料，本公司除有法定事由外，不得拒絕。\n"
    assert status(text, "tw-pdpa/effect-of-not-providing") == "missing"


@pytest.mark.parametrize(
    "definition",
    [
        "支付机构：指上海某付网络科技有限公司（以下简称“支付机构”），其接受我们的委托处理支付。",
        "本公司关联公司：指与本公司受同一控制的深圳星河互动科技有限公司。",
    ],
)
def test_a_glossary_definition_of_another_party_names_no_processor(definition: str) -> None:
    text = f"# 隐私政策\n\n## 定义\n\n{definition}{_CONTACT}"
    assert status(text, "cn-pipl/processor") == "missing"


def test_a_quoted_generic_name_defined_as_we_names_nobody() -> None:
    assert status(f"# 隐私政策\n\n“本应用”（以下简称“我们”）非常重视您的隐私。{_CONTACT}", "cn-pipl/processor") == "missing"


def test_a_transfer_abroad_only_if_the_business_needs_it_makes_no_abroad_item_apply() -> None:
    # 「如在…情形下因业务需要向境外传输…的，我们会事先征得您的同意」: a condition, nothing goes abroad now
    text = (
        "# 隐私政策\n\n## 信息存储\n\n我们会将在中国大陆收集到的您的个人信息存放在中国大陆境内，"
        "如在符合适用法律规定的情形下因业务需要向境外传输个人信息的，我们会事先征得您的同意。\n"
    )
    assert status(text, "cn-pipl/abroad-recipient") == "not-applicable"
