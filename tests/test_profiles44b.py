"""Disclosure profiles, forty-fourth session, second wave (u44w2, issue #14): the held-out classes of eval/profiles44.

Each class is tested both ways with invented texts modelled on the real ones, and the real lines are kept as regressions
(eval/profiles44 was run once on its held-out part, then read for these fixes: these figures are not blind):

- a heading that is a short label of a disclosure, its value in the paragraph under it (「四、利用地區：」 + 「本公司營業所在地，
  以及依法得進行個人資料國際傳輸之地區。」, lvbao-tw 28-32, a notice in a template string): the label reads with its value on one
  line, as the inline label 「四、利用地區：本公司營業所在地…」 does, cited at the value (`units._label_value`, `Unit.context` 4);
- cn-gbt35273/copy: obtaining one's data named with seeing it, as a granted right (「您对个人信息享有以下权利：」 + 「查询和获取个人
  信息」, yixinyou-zh 90);
- cn-gbt35273/complaint: complaining listed among the person's rights (「投诉举报」「投诉和举报权」) with the way to exercise the rights
  given elsewhere (「如果您…需要行使相关权利，请联系我们」) and a contact in the document (profiles41 medconsult-zh 113).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cited_line, file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
LVBAO = ROOT / "eval" / "profiles44" / "docs" / "lvbao-tw" / "TermsAgreement.vue"
YIXINYOU = ROOT / "eval" / "profiles44" / "docs" / "yixinyou-zh" / "legal.ts"
MEDCONSULT = ROOT / "eval" / "profiles41" / "docs" / "medconsult-zh" / "PrivacyPolicy.tsx"
FJUIM = ROOT / "eval" / "profiles40" / "docs" / "fjuim-tw" / "register.html"


# --- a label heading with its value in the paragraph under it ---------------------------------------------------------------

_NOTICE = (
    "## 個人資料保護法告知事項\n\n本公司依據個人資料保護法相關規定，向您告知以下事項：\n\n"
    "### 四、利用地區：\n\n本公司營業所在地，以及依法得進行個人資料國際傳輸之地區。\n\n"
    "### 五、利用對象：\n\n本公司、本公司之關係企業、合作之保險公司、再保險公司，以及依法令規定得查詢之機關。\n"
)


@pytest.mark.parametrize(
    ("item", "value"),
    [
        ("tw-pdpa/area", "本公司營業所在地，以及依法得進行個人資料國際傳輸之地區。"),
        ("tw-pdpa/recipients", "本公司、本公司之關係企業、合作之保險公司、再保險公司，以及依法令規定得查詢之機關。"),
    ],
)
def test_a_label_heading_reads_with_its_value_and_cites_the_value(item: str, value: str) -> None:
    assert cited_line(_NOTICE, item) == value


@pytest.mark.parametrize(
    "text",
    [
        # the same values under headings that are no labels of these items: the value alone names no area or recipient
        "### 四、其他事項\n\n本公司營業所在地，以及依法得進行個人資料國際傳輸之地區。\n\n"
        "### 五、補充說明\n\n本公司、本公司之關係企業、合作之保險公司、再保險公司，以及依法令規定得查詢之機關。\n",
        # a label heading whose paragraph is a lead-in of its own, with nothing after it: no value
        "### 四、利用地區：\n\n請參閱下列說明：\n\n### 五、利用對象：\n\n詳如下列：\n",
        # a heading that is a sentence, not a short label
        "### 四、本公司依個人資料保護法第八條規定向您說明個人資料利用之地區與對象如下：\n\n本公司營業所在地。\n",
    ],
)
@pytest.mark.parametrize("item", ["tw-pdpa/area", "tw-pdpa/recipients"])
def test_no_label_heading_no_value_read_with_it(text: str, item: str) -> None:
    assert profile_status(text, item) == "missing"


def test_a_label_value_is_read_as_one_line_not_as_a_lead_in_with_its_item() -> None:
    # (eval/profiles40 fjuim-tw 135-136) a purposes label over a sentence naming 個資: read as one line, the label is no
    # column or lead-in header over a row of data (the GB/T functions clause that reads 「用途…\n…数据」 does not cross it)
    text = "### 1. 個人資料蒐集目的：\n\n（一）依照本系所舉辦之專題課程期間之行為均屬於本系統之個資蒐集目的。\n\n（二）上述之相關業務所定義之工作範圍。\n"
    assert profile_status(text, "cn-gbt35273/functions") == "missing"
    assert profile_status(text, "tw-pdpa/purposes") == "covered"
    assert file_verdict(FJUIM, "cn-gbt35273/functions")[0] == "missing"


@pytest.mark.parametrize(("item", "line"), [("tw-pdpa/area", 29), ("tw-pdpa/recipients", 32), ("tw-pdpa/period", 26)])
def test_lvbao_label_headings_in_a_template_string(item: str, line: int) -> None:
    assert file_verdict(LVBAO, item) == ("covered", line)


@pytest.mark.parametrize("item", ["tw-pdpa/agency", "tw-pdpa/methods", "tw-pdpa/rights"])
def test_lvbao_items_it_lacks_stay_missing(item: str) -> None:
    assert file_verdict(LVBAO, item)[0] == "missing"


# --- GB/T copy: obtaining one's data named with seeing it --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 您的权利\n\n您对个人信息享有以下权利：\n\n- 查询和获取个人信息\n- 更正不准确的信息\n",
        "## 您的权利\n\n您有权查阅并取得您的个人信息。\n",
    ],
)
def test_obtaining_ones_data_with_seeing_it_is_a_copy(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/copy") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # the operator's or a third party's 获取, not a right of the person
        "## 信息使用\n\n您可以使用本服务，我们会查询和获取您的个人信息以完成订单。\n",
        "## 第三方\n\n您可以关闭该功能；合作方可能查询和获取您的设备信息。\n",
        # no grant
        "## 说明\n\n本服务涉及查询和获取个人信息的操作。\n",
        # a right denied
        "## 您的权利\n\n您不可以查询和获取他人的个人信息。\n",
    ],
)
def test_obtaining_that_is_not_the_persons_right_is_no_copy(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/copy") == "missing"


def test_yixinyou_copy_line() -> None:
    assert file_verdict(YIXINYOU, "cn-gbt35273/copy") == ("covered", 90)


# --- GB/T complaint: complaining listed among the rights, the way to the rights given ----------------------------------------

_RIGHTS = "## 您的权利\n\n您对个人信息享有以下权利：\n\n- 查询和获取个人信息\n- 删除个人信息\n- 投诉举报\n\n"
_WAY = "## 联系我们\n\n如果您对本隐私政策有任何疑问或需要行使相关权利，请联系我们。\n\n"


def test_complaint_listed_as_a_right_with_the_way_to_the_rights() -> None:
    assert cited_line(_RIGHTS + _WAY + "邮箱：privacy@example.cn\n", "cn-gbt35273/complaint") == (
        "如果您对本隐私政策有任何疑问或需要行使相关权利，请联系我们。"
    )


@pytest.mark.parametrize(
    "text",
    [
        # no contact anywhere: 「请联系我们」 is no way (the item's pointer)
        _RIGHTS + _WAY,
        # a feature of the product, not a right of the person
        "## 服务内容\n\n本平台提供以下功能：\n\n- 商品浏览\n- 投诉举报\n\n" + _WAY + "邮箱：privacy@example.cn\n",
        # the rights list has no complaint
        "## 您的权利\n\n您对个人信息享有以下权利：\n\n- 查询个人信息\n- 删除个人信息\n\n" + _WAY + "邮箱：privacy@example.cn\n",
    ],
)
def test_no_complaint_right_or_no_way_is_no_channel(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/complaint") == "missing"


def test_medconsult_complaint_right_and_contact_line() -> None:
    assert file_verdict(MEDCONSULT, "cn-gbt35273/complaint") == ("covered", 113)


# --- a script module's contact object: its e-mail and phone read where the page shows them ----------------------------------

_SECTIONS = "\n".join(
    f"  {{\n    title: '第{n}条 {title}',\n    paragraphs: ['{body}']\n  }},"
    for n, title, body in [
        ("一", "引言", "本平台非常重视用户的隐私保护。本政策详细说明了我们如何收集、使用、存储和保护您的个人信息。" * 2),
        ("二", "信息存储", "您的信息存储在中国境内的安全服务器上，我们采用行业标准的安全措施保护您的数据。" * 2),
        ("三", "联系我们", "如果您对本隐私政策有任何疑问或需要行使相关权利，请联系我们。" * 2),
    ]
)
_MODULE = (
    "type LegalSection = { title: string; paragraphs: string[] }\n\n"
    f"export const privacySections: LegalSection[] = [\n{_SECTIONS}\n]\n\n"
    "export const privacyContact = {\n  phone: '4006625818',\n  email: 'privacy@example.cn',\n  version: '1.0.2',\n  id: '20240101'\n}\n"
)


def test_a_contact_object_of_a_script_document_is_read() -> None:
    from helpers import parse_string

    doc = parse_string(_MODULE, suffix=".ts")
    texts = {p.text.strip(): p.line for s in doc.sections for p in s.paragraphs}
    lines = _MODULE.splitlines()
    assert texts["privacy@example.cn"] == next(n for n, line in enumerate(lines, 1) if "email:" in line)
    assert texts["4006625818"] == next(n for n, line in enumerate(lines, 1) if "phone:" in line)
    # not a version or an id: only an e-mail address, or a phone number under a key named for one
    assert "1.0.2" not in texts and "20240101" not in texts


@pytest.mark.parametrize(("item", "line"), [("cn-pipl/rights", 106), ("cn-gbt35273/complaint", 106), ("cn-gbt35273/copy", 90)])
def test_yixinyou_contact_object_gives_the_way(item: str, line: int) -> None:
    assert file_verdict(YIXINYOU, item) == ("covered", line)


# --- speculation: websites that may be added, named as the policy's scope -----------------------------------------------------

GUANAI = ROOT / "eval" / "profiles43c" / "docs" / "guanai-tw" / "PrivacyPolicy.tsx"


def test_websites_that_may_be_added_are_the_scope_not_speculation() -> None:
    text = "財團法人測試關懷基金會（以下簡稱「本會」）相關網站，以及未來所有可能新增的網站（以下簡稱「本網站」），特此向您說明本網站的隱私權政策。\n"
    assert profile_status(text, "tw-pdpa/agency") == "covered"
    assert file_verdict(GUANAI, "tw-pdpa/agency") == ("covered", 68)


@pytest.mark.parametrize(
    "text",
    [
        "## 收集\n\n我們未來可能會收集您的位置資訊。\n",
        "## 收集\n\n我們將來可能新增的功能會收集您的位置資訊。\n",
    ],
)
def test_a_practice_that_may_come_later_still_covers_nothing(text: str) -> None:
    assert profile_status(text, "tw-pdpa/categories") == "missing"
