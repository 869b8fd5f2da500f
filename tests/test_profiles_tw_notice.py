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
