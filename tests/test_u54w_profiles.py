"""Fifty-fourth session, helper u54w (issue #14, required-disclosure profiles; each class from eval/profiles53q, not blind):

- the identity items (cn-pipl/processor, cn-gbt35273/identity-contact, eu-gdpr/controller, tw-pdpa/agency): the policy's own
  controller block, a label line 'Data Controller Information:' / 「个人信息处理者信息：」 / 「個人資料控制者資訊：」 with the name after
  it or alone on the next line (chatgenius-en 118-120, 'ChatGenius AI Team' under the label, an e-mail below);
- the same items: a Latin-named lab whose alias list opens with its own noun (「Dim Sum AI Lab (下称&quot;本实验室&quot;、&quot;我们&quot;或
  &quot;平台&quot;)」, dimsum-zh 31-33, a TSX page), as 本公司/本工作室 already were;
- cn-pipl's Art. 39 items: data sent INTO China ('your data will be transferred to China … this cross-border transfer',
  「您的个人信息将传输至中国境内」) is no provision abroad, where no place abroad is named (chatgenius-en 100);
- citing lines of a paragraph of `<br>` lines (jixintong-zh, one `<p>`): a statement split over two `<br>` lines is cited at
  the later line when it alone holds every pattern's words (effect-of-not-providing 88 -> 89), and a 协议 that names its parts
  (「本协议包含以下内容：」 over 「四、我们如何使用 Cookie 和同类技术」) opens a table of contents, no methods statement (52 -> 87);
- GB/T effect-of-not-providing (eval/profiles54w jubian-zh, after its blind run): the policy not agreed to is no data withheld
  (「如果您不同意本政策的内容，将可能导致本产品无法正常运行」, 30), and the basic services used without registering or giving the
  data (「如果您仅需使用浏览、搜索等基本服务，您不需要注册成为我们的用户及提供上述信息」, 45) say what works without it;
- GB/T close-account (jubian-zh 185): the account named by when it was opened (「您随时可注销此前注册的账户」) is the statement, cited
  before a rights lead-in read with the subsection title 「5.5 个人信息主体注销账户」 (148).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status, profile_verdict

P53Q = ROOT / "eval" / "profiles53q" / "docs"

_BODY_EN = "## What we collect\n\nWe collect your email address to run the service.\n\n"
_BODY_ZH = "## 我们如何收集信息\n\n我们收集您的邮箱用于登录。\n\n"
_IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact", "eu-gdpr/controller")

# --- the controller block --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("item", _IDENTITY)
@pytest.mark.parametrize(
    "block",
    [
        _BODY_EN + "**Data Controller Information:**  \nChatGenius AI Team  \nEmail: support@chatgenius.ai\n",
        _BODY_EN + "Data Controller Information:\nAcme Labs\nEmail: privacy@acme.io\n",
        _BODY_EN + "**Controller details:**  \nNorthwind Studio  \nE-mail: hi@northwind.dev\n",
        _BODY_EN + "Data controller information: Northwind Studio, hi@northwind.dev\n",
        _BODY_ZH + "**个人信息处理者信息：**  \n星河工作室  \n邮箱：support@xinghe.cn\n",
        _BODY_ZH + "**个人信息处理者信息：**  \nChatGenius AI Team  \n邮箱：support@chatgenius.ai\n",
        _BODY_ZH + "**個人資料控制者資訊：**  \n星河工作室  \n電子郵件：support@xinghe.tw\n",
        _BODY_ZH + "个人信息处理者的基本情况：\n名称：星河工作室\n邮箱：support@xinghe.cn\n",
    ],
)
def test_a_controller_block_names_the_controller(item: str, block: str) -> None:
    found = profile_verdict(block, item)
    assert found.status == "covered", found
    assert found.evidence.line == 7, found  # the label line (the title and the body take lines 1-5)


@pytest.mark.parametrize(
    "block",
    ["**個人資料控制者資訊：**  \n星河工作室  \n電子郵件：support@xinghe.tw\n", "Data Controller Information:\nNorthwind Studio\n"],
)
def test_a_controller_block_names_the_agency(block: str) -> None:
    assert profile_status("## 蒐集之目的\n\n為提供會員服務，蒐集您的電子郵件。\n\n" + block, "tw-pdpa/agency") == "covered"


@pytest.mark.parametrize("item", (*_IDENTITY, "tw-pdpa/agency"))
@pytest.mark.parametrize(
    "block",
    [
        _BODY_EN + "**Data Controller Information:**  \n[Company Name]  \nEmail: [email]\n",  # a slot
        _BODY_EN + "**Data Controller Information:**  \nEmail: support@chatgenius.ai\n",  # another label, no name
        _BODY_ZH + "个人信息处理者信息：\n我们\n邮箱：support@xinghe.cn\n",
        _BODY_ZH + "个人信息处理者信息：\n某某科技\n邮箱：support@xinghe.cn\n",
        _BODY_ZH + "## 第三方SDK\n\n个人信息处理者信息：\n星河统计\n邮箱：support@xinghe.cn\n",  # a third party's block
        _BODY_ZH + "## 个人信息处理者信息\n\n邮箱：support@xinghe.cn\n",  # a heading, no name
        # (u54r review) a pointer or a phrase where the name goes: each named the controller on lead54 f0130f6a
        _BODY_EN + "**Data Controller Information:** Please contact us by email\n\nEmail: support@chatgenius.ai\n",
        _BODY_EN + "Data Controller Information: See the contact section below.\nEmail: support@chatgenius.ai\n",
        _BODY_ZH + "個人資料控制者資訊：如下\n\n電子郵件：support@xinghe.tw\n",
        _BODY_ZH + "个人信息处理者信息：详见下方联系方式\n\n邮箱：support@xinghe.cn\n",
    ],
)
def test_no_name_or_not_the_policy_s_own_block_names_nobody(item: str, block: str) -> None:
    assert profile_status(block, item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "eu-gdpr/controller"])
def test_chatgenius_controller_block(item: str) -> None:
    assert file_verdict(P53Q / "chatgenius-en" / "PRIVACY.md", item) == ("covered", 118)


def test_a_joint_controller_s_block_is_not_the_policy_s_own() -> None:
    text = _BODY_EN + "Joint controller information:\nNorthwind Studio\nEmail: a@northwind.dev\n"
    assert profile_status(text, "eu-gdpr/controller") == "missing"


# --- a lab's own noun as its first alias -----------------------------------------------------------------------------------

_CONTACT_ZH = "\n\n如有疑问，请联系：privacy@aidimsum.com\n"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency"])
@pytest.mark.parametrize(
    "intro",
    [
        '欢迎您访问 Dim Sum AI Lab (下称"本实验室"、"我们"或"平台")的官方网站 https://www.aidimsum.com/。',
        "Dim Sum AI Lab（以下简称“本实验室”）非常重视您的隐私。",
        "點心 AI 實驗室（下稱「本實驗室」、「我們」）重視您的隱私。",
        "Northwind Research（以下簡稱「本研究室」）重視您的隱私。",
    ],
)
def test_a_lab_named_with_its_own_noun_is_the_processor(item: str, intro: str) -> None:
    assert profile_status(_BODY_ZH + intro + _CONTACT_ZH, item) == "covered"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    "intro",
    [
        "Dim Sum AI Lab（以下简称“实验室”）与我们合作开展研究。",  # not the policy's own noun
        "Dim Sum AI Lab（以下简称“本实验室”）非常重视您的隐私。",  # no contact anywhere
    ],
)
def test_no_own_noun_or_no_contact_names_no_processor(item: str, intro: str) -> None:
    contact = "" if "重视" in intro else _CONTACT_ZH
    assert profile_status(_BODY_ZH.replace("邮箱", "手机号") + intro + contact, item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_dimsum_lab_is_the_processor(item: str) -> None:
    status, line = file_verdict(P53Q / "dimsum-zh" / "page.tsx", item)
    assert (status, line) == ("covered", 31)


# --- a transfer into China -------------------------------------------------------------------------------------------------

_ABROAD = ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights")
_INBOUND = (
    "Our servers are located within China. If you access this Extension from another country or region, please be aware that "
    "your data will be transferred to China and processed in accordance with Chinese laws and regulations. Continued use "
    "constitutes your consent to this cross-border transfer."
)


@pytest.mark.parametrize("item", _ABROAD)
@pytest.mark.parametrize(
    "text",
    [
        _BODY_EN + _INBOUND,
        _BODY_ZH + "您的个人信息将传输至中国境内，继续使用即表示您同意此跨境传输。",
        _BODY_ZH + "若您在境外使用本服務，您的個人資料將傳輸至中國境內處理，繼續使用即表示您同意此跨境傳輸。",
        _BODY_ZH + "如您位于境外，您的个人信息将传输至中国境内处理，继续使用即表示您同意此跨境传输。",
    ],
)
def test_a_transfer_into_china_is_no_provision_abroad(item: str, text: str) -> None:
    assert profile_status(text + "\n", "cn-pipl/" + item) == "not-applicable"


@pytest.mark.parametrize("item", _ABROAD)
@pytest.mark.parametrize(
    "text",
    [
        _BODY_ZH + "您的个人信息将传输至中国境内，部分数据会同步至美国的服务器存储。",
        _BODY_EN + _INBOUND + " Backups are stored on servers located in Singapore.",
        _BODY_ZH + "您的个人信息将传输至中国境内。\n\n我们会将您的设备信息提供给境外接收方用于崩溃分析。",
    ],
)
def test_a_transfer_into_china_beside_one_abroad_still_applies(item: str, text: str) -> None:
    assert profile_status(text + "\n", "cn-pipl/" + item) != "not-applicable"


@pytest.mark.parametrize("item", _ABROAD)
@pytest.mark.parametrize(
    "text",
    [
        _BODY_ZH + "您上传的照片将传输至中国境内的服务器存储。\n\n我们使用的推送服务由境外服务商提供，您的设备标识符会被该服务商收集。",
        _BODY_ZH + "您的个人信息将传输至中国境内。我们的客服系统由位于新加坡的合作伙伴运营，您的咨询记录会由其处理。",
        _BODY_EN + _INBOUND + " Crash reports are processed by a provider located in the United States.",
    ],
)
def test_a_party_abroad_beside_a_transfer_into_china_still_applies(item: str, text: str) -> None:
    """(u54r review) a provider or partner abroad that receives the data (「由境外服务商提供」, 「由位于新加坡的合作伙伴运营」, 'a
    provider located in the United States') is a provision abroad: on lead54 f0130f6a the inbound sentence made the Art. 39
    items not applicable while abroad-categories was covered by the same sentence about the provider."""
    assert profile_status(text + "\n", "cn-pipl/" + item) != "not-applicable"


@pytest.mark.parametrize("item", _ABROAD)
def test_chatgenius_inbound_transfer(item: str) -> None:
    assert file_verdict(P53Q / "chatgenius-en" / "PRIVACY.md", "cn-pipl/" + item) == ("not-applicable", None)


# --- a paragraph of <br> lines ---------------------------------------------------------------------------------------------


def _html_verdict(text: str, item: str) -> tuple[str, int | None]:
    from parse_helpers import parse_string
    from policylens.profiles.coverage import coverage
    from profile_helpers import one_item

    (result,) = coverage(parse_string(text, suffix=".html"), [one_item(item)])
    (found,) = result.items
    return str(found.status), found.evidence.line if found.evidence else None


_COOKIE_BR = (
    "<html><body><h1>隐私政策</h1>\n<h2>Cookie</h2>\n<p>\n<br>为确保服务正常运转，我们会存储 Cookie。\n"
    "<br>我们不会将 Cookie 用于其他用途。您可根据自己的偏好管理或删除 Cookie。\n"
    "<br>您可以清除计算机上保存的所有 Cookie，大部分网络浏览器都设有阻止 Cookie 的功能。但如果您这么做，则需要在每一次访问时亲自更改用户设置。\n"
    "</p></body></html>\n"
)


def test_a_statement_whole_on_a_later_br_line_is_cited_there() -> None:
    assert _html_verdict(_COOKIE_BR, "cn-gbt35273/effect-of-not-providing") == ("covered", 6)


def test_a_statement_split_over_two_br_lines_keeps_its_first_line() -> None:
    # the refusal on line 5 alone, the cost on line 6 with no refusal of its own: the earlier line is still cited
    text = _COOKIE_BR.replace("大部分网络浏览器都设有阻止 Cookie 的功能。但如果您这么做", "但如果您这么做")
    text = text.replace("您可以清除计算机上保存的所有 Cookie，", "")
    assert _html_verdict(text, "cn-gbt35273/effect-of-not-providing") == ("covered", 5)


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
@pytest.mark.parametrize("lead", ["本协议包含以下内容：", "本條款包含以下內容：", "本隐私政策包括以下内容："])
def test_a_table_of_contents_under_a_parts_lead_in_is_no_statement(item: str, lead: str) -> None:
    text = (
        f"<html><body><h1>隐私政策</h1>\n<p>\n<br>{lead}\n<br>一、我们如何收集和使用您的个人信息\n"
        "<br>二、我们如何使用 Cookie 和同类技术\n<br>三、如何联系我们\n</p>\n"
        "<h2>一、我们如何收集和使用您的个人信息</h2>\n<p>注册时，我们会收集您的手机号码。</p></body></html>\n"
    )
    status, line = _html_verdict(text, item)
    assert line not in (4, 5, 6, 7), (status, line)


@pytest.mark.parametrize(("item", "line"), [("cn-pipl/categories", 3), ("cn-pipl/purposes", 3), ("cn-pipl/retention", 4)])
@pytest.mark.parametrize("lead", ["本协议包含以下内容：", "本條款包含以下內容：", "本隐私政策包括以下内容："])
@pytest.mark.parametrize("br", [False, True])
def test_clauses_under_a_parts_lead_in_still_state(item: str, line: int, lead: str, br: bool) -> None:
    """(u54r2, u54r's review) the lead-in may open the text's own short clauses, not a contents list: a sentence ending in
    「。」 that is no contents line (「…如何…」) is read, in its own paragraph or on the lead-in's <br> lines (on lead54
    517eb2da each item was missing; base54 covered it under the 协议/条款 lead-ins, which u54w added, and missed it under
    the 政策 one, as old as the contents rule)."""
    clauses = ("我们收集您的手机号码用于注册和登录。", "我们将在您注销账号后15日内删除您的个人信息。")
    lines = (f"<p>{lead}<br>", f"{clauses[0]}<br>", f"{clauses[1]}</p>") if br else (f"<p>{lead}</p>", *(f"<p>{c}</p>" for c in clauses))
    body = "\n".join(lines) + "\n"
    assert _html_verdict(f"<html><body><h1>用户服务协议</h1>\n{body}</body></html>\n", item) == ("covered", line)


@pytest.mark.parametrize(
    ("item", "line"),
    [("cn-gbt35273/effect-of-not-providing", 89), ("cn-gbt35273/methods", 87), ("cn-pipl/methods", 87)],
)
def test_jixintong_br_lines(item: str, line: int) -> None:
    assert file_verdict(P53Q / "jixintong-zh" / "login.vue", item) == ("covered", line)


# --- GB/T effect-of-not-providing: the policy not agreed to; basic services without the data ------------------------------

P54W = ROOT / "eval" / "profiles54w" / "docs"
_EFFECT = "cn-gbt35273/effect-of-not-providing"


@pytest.mark.parametrize(
    "text",
    [
        "如果您不同意本政策的内容，将可能导致本产品无法正常运行，您应当立即停止访问/使用本产品。",
        "若您不接受本協議的全部內容，將無法正常使用本產品。",
    ],
)
def test_the_policy_not_agreed_to_is_no_data_withheld(text: str) -> None:
    assert profile_status(_BODY_ZH + text + "\n", _EFFECT) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "如果您不同意我们收集位置信息，将无法使用导航功能。",  # data withheld
        "如您不同意提供手机号，您将无法注册。",
        "在部分单项服务中，如果您仅需使用浏览、搜索等基本服务，您不需要注册成为我们的用户及提供上述信息。",
        "如果您只需瀏覽商品，您無需註冊或提供任何個人資料。",
    ],
)
def test_data_withheld_or_basic_services_without_it_still_cover(text: str) -> None:
    assert profile_status(_BODY_ZH + text + "\n", _EFFECT) == "covered"


def test_jubian_effect_is_cited_at_the_basic_services() -> None:
    assert file_verdict(P54W / "jubian-zh" / "PrivacyPolicy.jsx", _EFFECT) == ("covered", 45)


# --- GB/T close-account: the account named by when it was opened -------------------------------------------------------------

_CLOSE = "cn-gbt35273/close-account"


@pytest.mark.parametrize("text", ["您随时可注销此前注册的账户。", "您可以隨時註銷之前創建的帳戶。"])
def test_an_account_named_by_its_opening_can_be_closed(text: str) -> None:
    assert profile_status(_BODY_ZH + "## 您的权利\n\n" + text + "\n", _CLOSE) == "covered"


@pytest.mark.parametrize("text", ["您可以删除已注销的账户信息。", "我们会删除的账户将无法恢复，您可以联系客服。"])
def test_no_closing_of_one_s_own_account_is_no_way(text: str) -> None:
    assert profile_status(_BODY_ZH + "## 您的权利\n\n" + text + "\n", _CLOSE) == "missing"


def test_jubian_close_account_is_cited_at_the_statement() -> None:
    assert file_verdict(P54W / "jubian-zh" / "PrivacyPolicy.jsx", _CLOSE) == ("covered", 185)
