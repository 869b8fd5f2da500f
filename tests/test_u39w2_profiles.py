"""Profile verdict classes fixed in session 39 (u39w2, issue #14) on eval/profiles39c (not blind: fixed from its read misses).

Each class is tested both ways, with the set's own lines as regression cases:
- eu-gdpr/legitimate-interests: 「you agree with our legitimate interest in processing your personal data.」 (beoliving-en 69)
  names the basis and no interest; an interest in processing the data *for* something still covers;
- cn-gbt35273/functions: 「出于您使用我们提供的服务和/或产品等过程中而收集和使用您的个人信息，包括但不限于电话号码等」 (junqi-zh 14)
  names no feature, nor does what a cookie stores and is used for (junqi-zh 31); a named feature with its data still covers;
- tw-pdpa/recipients: a duty to supervise contractors should the body entrust processing (weekthree-tw 43) names no
  recipient; entrusting a named kind of party still does;
- cn-pipl/minors: 「本软件无意收集任何 14 岁以下儿童的个人信息」 (bandpet-zh 22) excludes children; a guardian's consent still applies;
- cn-pipl/purposes: 「AI面镜会处理你主动提交的简历…，用于生成面试题」 (mianjing-zh 8) states a purpose; processing denied does not;
- HTML: a list item whose <br> lines are numbered entries (「<li><p>利用期間、地區、對象及方式：<br>(1) 期間：…」, upick-tw 84-88)
  is read line by line, as a bare <p> is.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from helpers import profile_status as status

# ---- eu-gdpr/legitimate-interests ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles39c beoliving-en 69
        "## Legal basis\n\nBy accepting this policy and using the product, you agree with our legitimate interest in processing your personal data.\n",
        "## Legal basis\n\nWe rely on our legitimate interests in the processing of your data.\n",
    ],
)
def test_an_interest_in_processing_the_data_names_no_interest(text: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## Legal basis\n\nWe rely on our legitimate interest in processing your personal data to prevent fraud.\n",
        "## Legal basis\n\nWe rely on our legitimate interest in keeping the service secure.\n",
    ],
)
def test_an_interest_described_still_covers(text: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == "covered"


# ---- cn-gbt35273/functions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles39c junqi-zh 14
        "## 一、我们如何收集和使用您的个人信息\n\n我们严格遵循正当、合法、必要的原则，出于您使用我们提供的服务和/或产品等过程中而收集和使用您的个人信息，包括但不限于电话号码等。\n",
        "## 收集\n\n在您使用我们的服务过程中，我们会收集您的设备信息和电话号码。\n",
        # eval/profiles39c junqi-zh 31
        "## 四、我们如何使用 Cookie\n\n借助于 Cookie，我们能够存储您的偏好或商品等数据，并用以判断注册用户是否已经登录，提升服务和产品质量。\n",
    ],
)
def test_using_the_service_at_large_is_no_business_function(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 收集\n\n当您使用注册功能时，我们会收集您的手机号码。\n",
        "## 收集\n\n在您使用我们的服务过程中，我们会收集您的手机号码，用于登录验证。\n",
    ],
)
def test_a_named_function_with_its_data_still_covers(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "covered"


# ---- tw-pdpa/recipients --------------------------------------------------------------------------------------------


def test_a_duty_to_supervise_contractors_names_no_recipient() -> None:
    # eval/profiles39c weekthree-tw 43
    text = "## 宣言\n\n七、本校於委託蒐集、處理及利用個人資料時，應妥善監督受託單位，明訂個人資料安全保護責任及保密等規定，並列入契約。\n"
    assert status(text, "tw-pdpa/recipients") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 利用\n\n本公司委託物流業者代為處理您的收件資料，並監督受託單位。\n",
        "## 利用\n\n我們會將您的收件資料提供給物流業者，以完成配送。\n",
    ],
)
def test_a_named_entrusted_party_still_covers(text: str) -> None:
    assert status(text, "tw-pdpa/recipients") == "covered"


# ---- cn-pipl/minors ------------------------------------------------------------------------------------------------


def test_not_meaning_to_collect_from_children_excludes_them() -> None:
    # eval/profiles39c bandpet-zh 22
    text = (
        "## 6. 儿童隐私\n\n本软件无意收集任何 14 岁以下儿童的个人信息。如果您是父母或监护人，并发现您的孩子向我们提供了个人信息，"
        "请与我们联系。我们将采取措施删除这些信息。\n"
    )
    assert status(text, "cn-pipl/minors") == "not-applicable"


def test_children_as_users_still_apply() -> None:
    text = "## 儿童\n\n本应用适合儿童使用，儿童注册时我们会收集其昵称。\n"
    assert status(text, "cn-pipl/minors") != "not-applicable"


# ---- cn-pipl/purposes ----------------------------------------------------------------------------------------------


def test_processing_the_persons_data_for_a_use_states_a_purpose() -> None:
    # eval/profiles39c mianjing-zh 8
    text = "## 数据\n\nAI面镜会处理你主动提交的简历、岗位描述、面试回答、设备权限选择和评分报告，用于生成面试题、完成评分与展示成长记录。\n"
    assert status(text, "cn-pipl/purposes") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 数据\n\n我们不会处理您的简历用于其他用途。\n",
        "## 数据\n\n我们会处理您的投诉，以便尽快答复。\n",
    ],
)
def test_processing_denied_or_a_request_handled_states_no_purpose(text: str) -> None:
    assert status(text, "cn-pipl/purposes") == "missing"


# ---- HTML: numbered <br> entries inside a list item ------------------------------------------------------------------

_ENTRIES = "利用期間、地區、對象及方式：<br>(1) 期間：會員當事人要求停止使用之日為止。<br>(2) 地區：台灣地區。<br>(3) 對象：本公司。"


def _lines(html: str) -> list[str]:
    doc = parse_string(html, suffix=".html")
    return [p.text for s in doc.sections for p in s.paragraphs]


@pytest.mark.parametrize("wrap", ['<ul><li class="x"><p>{}</p></li></ul>', "<ol><li>{}</li></ol>", "<p>{}</p>"])
def test_numbered_br_entries_are_lines_of_their_own(wrap: str) -> None:
    lines = _lines("<html><body>" + wrap.format(_ENTRIES) + "</body></html>")
    assert "(1) 期間：會員當事人要求停止使用之日為止。" in lines
    assert "(2) 地區：台灣地區。" in lines


def test_a_wrapped_line_in_a_list_item_stays_one_line() -> None:
    lines = _lines("<html><body><ul><li>我們會保存您的資料，<br>直到您要求刪除為止。</li><li>第二項。</li></ul></body></html>")
    assert any("我們會保存您的資料，" in line and "直到您要求刪除為止" in line for line in lines)


def test_profile_period_read_inside_a_list_item() -> None:
    html = "<html><body><h2>個人資料的蒐集、處理、利用</h2><ul><li><p>" + _ENTRIES + "</p></li></ul></body></html>"
    assert status(html, "tw-pdpa/period", suffix=".html") == "covered"
