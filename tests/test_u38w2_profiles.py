"""Profile verdict classes fixed in session 38 (u38w2, issue #14) on eval/profiles38c's dev documents (not blind).

Each class is tested both ways, with the set's own lines as regression cases:
- cn-pipl Art. 39 items: a list item under a 「以下情形除外」 lead-in (「存储在中国境内，以下情形除外：…3、您使用的产品、服务涉及
  跨境，我们需要向境外提供您的个人信息的」, tancloud-zh 275) is a case, not a transfer abroad; a domestic sharing sentence that
  names 信息接收方 and the person's rights (tancloud-zh 193) is no right against a recipient abroad; a plain transfer abroad
  still applies the items and a recipient abroad with the rights still covers abroad-rights;
- tw-pdpa/recipients and source: 「由其他合法救災組織或政府機關提供」 under 個人資料來源 (guangfu-tw 112-113) names who gives the
  data to the site (a source), no recipient; 「提供給合作夥伴」 still names a recipient;
- cn-pipl and cn-gbt35273 sensitive data: a certificate, key or host fingerprint (「证书指纹」, coderemote-zh 15) is no biometric
  data; a person's 指纹 and 面部识别 still are.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ABROAD = ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights")

# eval/profiles38c tancloud-zh 265-275 (the common cloud template)
EXCEPTION_LIST = (
    "## 存储\n\n我们在中华人民共和国境内运营中收集和产生的个人信息，存储在中国境内，以下情形除外：\n\n"
    "1、法律法规有明确规定；\n\n2、获得您的授权同意；\n\n"
    "3、您使用的产品、服务涉及跨境，我们需要向境外提供您的个人信息的。\n\n"
    "针对以上情形，我们会确保依据本政策及国家法律法规要求对您的个人信息提供足够的保护。\n"
)
# eval/profiles38c tancloud-zh 193
DOMESTIC_SHARING = (
    "## 共享\n\n您同意我们依据本政策向我们的关联方或相关法人团体、与我们合作的一些商业合作伙伴（合称“信息接收方”）共享您的个人信息。"
    "我们将积极帮助您了解信息接收方对个人信息的存储、使用等情况，以及您享有的访问、更正、删除、注销账户等权利。\n"
)


@pytest.mark.parametrize("item", ABROAD)
def test_an_exception_in_a_list_is_no_transfer_abroad(item: str) -> None:
    assert status(EXCEPTION_LIST + "\n" + DOMESTIC_SHARING, f"cn-pipl/{item}") == "not-applicable"


@pytest.mark.parametrize("item", ABROAD)
def test_a_stated_transfer_abroad_still_applies(item: str) -> None:
    text = "## 跨境传输\n\n我们会将您的账号信息传输至位于新加坡的服务器存储，用于提供海外加速服务。\n"
    assert status(text, f"cn-pipl/{item}") != "not-applicable"


def test_a_domestic_recipients_rights_are_no_rights_against_a_recipient_abroad() -> None:
    text = "## 跨境传输\n\n我们会将您的账号信息传输至位于新加坡的服务器存储。\n\n" + DOMESTIC_SHARING
    found = verdict(text, "cn-pipl/abroad-rights")
    assert found.status == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 跨境传输\n\n我们会将您的账号信息传输至位于新加坡的服务器存储。您可以通过本政策所列方式向境外接收方行使您的访问、更正、删除等权利。\n",
        "## 个人信息的跨境传输\n\n我们会将您的账号信息传输至位于新加坡的服务器存储。您可以联系我们，要求接收方配合您行使查阅、更正等权利。\n",
    ],
)
def test_rights_against_the_recipient_abroad_still_cover(text: str) -> None:
    assert status(text, "cn-pipl/abroad-rights") == "covered"


# ---- tw-pdpa: the direction of 提供 ----------------------------------------------------------------------------------

# eval/profiles38c guangfu-tw 104-114 (a source list, no recipient)
SOURCE_LIST = (
    "## 個人資料來源\n\n- 直接蒐集: 透過志工報名表、物資登錄表、使用者註冊等方式主動提供\n"
    "- 間接蒐集: 在您使用本網站時自動產生之資料(如瀏覽記錄、IP位址、Cookie)\n"
    "- 第三方提供: 經您同意,由其他合法救災組織或政府機關提供\n"
)


def test_data_provided_by_an_organisation_is_no_recipient() -> None:
    assert status(SOURCE_LIST, "tw-pdpa/recipients") == "missing"


def test_data_provided_by_an_organisation_names_the_source() -> None:
    found = verdict(SOURCE_LIST, "tw-pdpa/source")
    assert found.status == "covered"
    assert "政府機關" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "## 資料利用對象\n\n我們會將您的姓名提供給合作夥伴，以便寄送物資。\n",
        "## 資料利用對象\n\n您的聯絡資料將由本平台提供給合法救災組織或政府機關。\n",
    ],
)
def test_data_given_to_a_recipient_still_names_it(text: str) -> None:
    assert status(text, "tw-pdpa/recipients") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 關於本站\n\n本網站由財團法人救災協會提供。我們蒐集您的電子郵件。\n",
        "## 個人資料來源\n\n您的資料不會由其他組織提供。我們只蒐集您自行填寫的資料。\n",
    ],
)
def test_a_site_run_by_an_organisation_or_a_denial_is_no_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "not-applicable"


# ---- sensitive data: a technical fingerprint ------------------------------------------------------------------------


@pytest.mark.parametrize("profile_item", ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"])
@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles38c coderemote-zh 15
        "## 我们处理的信息\n\n- 配对信息：桌面端名称、桌面端服务地址、候选服务地址、证书指纹、公钥哈希、授权 token、配对时间和授权有效期。\n",
        "## 我们处理的信息\n\n我们会记录 SSH 主机指纹和公钥指纹，用于校验服务器身份。\n",
        "## 我们处理的信息\n\n应用会校验服务器的指纹识别证书，以防止中间人攻击。\n",
    ],
)
def test_a_technical_fingerprint_is_no_sensitive_data(text: str, profile_item: str) -> None:
    assert status(text, profile_item) == "not-applicable"


@pytest.mark.parametrize("profile_item", ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"])
@pytest.mark.parametrize(
    "text",
    [
        "## 我们处理的信息\n\n在您开启指纹登录时，我们会处理您的指纹信息。\n",
        "## 我们处理的信息\n\n实名认证时我们会收集您的面部识别特征。\n",
    ],
)
def test_a_persons_fingerprint_or_face_is_still_sensitive(text: str, profile_item: str) -> None:
    assert status(text, profile_item) != "not-applicable"


def test_a_request_in_a_recipients_table_row_is_no_right_abroad() -> None:
    # eval/profiles36 mangaroll-md 79 (a row naming the United States; 请求 is the API request): the widened first try of
    # this change covered abroad-rights there
    text = (
        "## 三、我们如何共享信息\n\n| 第三方 | 数据类型 | 用途 | 留存期 |\n|---|---|---|---|\n"
        "| **Google LLC — Gemini API**(美国) | 你上传的照片(临时传输) | 分析照片内容 | **不留存,本次请求结束即丢弃** |\n"
    )
    assert status(text, "cn-pipl/abroad-rights") == "missing"
