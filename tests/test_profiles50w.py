"""Issue #14, session 50 (u50w): the open disagreements of the profile sets and the classes behind eval/profiles50c's dev run.

Each class is tested both ways (a mention is not a disclosure), with the real lines kept as regressions:

- cn-pipl/cn-gbt35273 processor: a name defined as 我们 whose own paragraph goes on to call the product 本应用 is the app's name,
  not a processor (profiles50c aizhulao-zh); a studio defined as 我们 is a maker and still counts;
- retention: a deletion that answers a request under a right's label or after the person's identity is checked
  (「删除权：…申请注销账号，我们将在核实身份后删除」) is the right, not a period (profiles50c dazixing-zh); 「注销账号后，我们将删除」
  as a practice still is;
- sensitive items: a security measure over sensitive information in general (「数据库加密存储敏感信息」) does not make them apply
  (profiles49c yanyu-zh); a concrete kind collected still does;
- GB/T close-account: closing offered with no way to one who disagrees with the policy is no way to close (profiles48
  sastlink-zh 298); the same with a path still is;
- tw-pdpa/rights: the site where the person enters data (「透過本活動網站輸入個人資料」) is no channel for the rights (profiles50c
  yuyue-tw); a member area of the site named for the rights still is;
- cn-pipl/minors: a separate 未成年人保护声明 the policy sends minors to is a children's rules document (dazixing-zh 118); the
  country's 未成年人保护政策 is not;
- decided, not changed (docs/profiles.md "u50w"): a platform's name defined as 本平台 is no processor, a company defined so is;
  a contact page named as the way to the rights is a way, 「请与我们联系」 alone is not.
"""

from __future__ import annotations

from pathlib import Path

from profile_helpers import file_verdict, profile_status, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
P50C = EVAL / "profiles50c" / "docs"
AIZHULAO = P50C / "aizhulao-zh" / "PrivacyPolicyScreen.tsx"
DAZIXING = P50C / "dazixing-zh" / "page.tsx"
YUYUE = P50C / "yuyue-tw" / "RegRule.tsx"
YANYU = EVAL / "profiles49c" / "docs" / "yanyu-zh" / "page.tsx"
SASTLINK = EVAL / "profiles48" / "docs" / "sastlink-zh" / "page.tsx"

_CONTACT = "\n\n## 联系我们\n\n如您对隐私政策有任何疑问，请通过应用内的反馈功能联系我们。\n"


# --- processor: an app's name defined as 我们 -----------------------------------------------------------------------------


def test_name_defined_as_we_then_called_this_app_is_no_processor() -> None:
    text = "助老通（以下简称「我们」）高度重视用户隐私保护。请您在使用本应用前仔细阅读本政策。" + _CONTACT
    assert profile_status(text, "cn-pipl/processor") == "missing"
    assert profile_status(text, "cn-gbt35273/identity-contact") == "missing"


def test_studio_defined_as_we_with_this_app_is_a_processor() -> None:
    text = "助老工作室（以下简称「我们」）高度重视用户隐私保护。请您在使用本应用前仔细阅读本政策。" + _CONTACT
    assert profile_status(text, "cn-pipl/processor") == "covered"


def test_name_defined_as_we_without_this_app_keeps_round_eight() -> None:
    text = "助老通（以下简称「我们」）高度重视用户隐私保护。请您仔细阅读本政策。" + _CONTACT
    assert profile_status(text, "cn-pipl/processor") == "covered"


def test_aizhulao_app_is_no_processor() -> None:
    assert file_verdict(AIZHULAO, "cn-pipl/processor") == ("missing", None)
    assert file_verdict(AIZHULAO, "cn-gbt35273/identity-contact") == ("missing", None)


# --- retention: a deletion on request under a right's label ---------------------------------------------------------------


def test_deletion_under_a_right_label_is_no_retention() -> None:
    text = "## 您的权利\n\n- 删除权：您可以在个人中心申请注销账号，我们将在核实身份后删除您的个人信息。\n"
    assert profile_status(text, "cn-pipl/retention") == "missing"
    assert profile_status(text, "cn-gbt35273/retention") == "missing"


def test_deletion_after_closing_as_a_practice_is_retention() -> None:
    text = "## 信息存储\n\n在您注销账号后，我们将删除您的个人信息或进行匿名化处理。\n"
    assert profile_status(text, "cn-pipl/retention") == "covered"


def test_dazixing_rights_line_is_no_retention() -> None:
    assert file_verdict(DAZIXING, "cn-pipl/retention") == ("missing", None)
    assert file_verdict(DAZIXING, "cn-gbt35273/retention") == ("missing", None)


# --- sensitive items: a security measure over sensitive information ----------------------------------------------------------


def test_encrypting_sensitive_information_in_general_does_not_apply() -> None:
    text = "## 信息收集\n\n我们收集您的姓名和电子邮箱，用于提供服务。\n\n## 安全措施\n\n- 数据库加密存储敏感信息\n- 访问控制\n"
    assert profile_status(text, "cn-pipl/sensitive-necessity") == "not-applicable"
    assert profile_status(text, "cn-gbt35273/sensitive-marked") == "not-applicable"


def test_a_sensitive_kind_collected_still_applies() -> None:
    text = "## 信息收集\n\n我们会收集您的身份证号码，用于实名认证。\n\n## 安全措施\n\n- 数据库加密存储敏感信息\n"
    assert profile_status(text, "cn-pipl/sensitive-necessity") == "missing"
    assert profile_status(text, "cn-gbt35273/sensitive-marked") == "missing"


def test_collecting_sensitive_information_still_applies() -> None:
    text = "## 信息收集\n\n我们会收集您的敏感信息并加密存储。\n"
    assert profile_status(text, "cn-pipl/sensitive-necessity") != "not-applicable"


def test_yanyu_security_item_does_not_apply() -> None:
    assert file_verdict(YANYU, "cn-pipl/sensitive-necessity") == ("not-applicable", None)
    assert file_verdict(YANYU, "cn-gbt35273/sensitive-marked") == ("not-applicable", None)


# --- GB/T close-account: the exit offered to one who disagrees ---------------------------------------------------------------

_UPDATE = "我们收集您的手机号码用于注册账号。\n\n## 政策更新\n\n若您不同意更新后的政策，您应停止使用本服务并可{}申请注销账号。\n"


def test_closing_offered_to_one_who_disagrees_is_no_way() -> None:
    assert profile_status(_UPDATE.format(""), "cn-gbt35273/close-account") == "missing"


def test_closing_offered_with_a_path_is_a_way() -> None:
    assert profile_status(_UPDATE.format("通过“设置-账号与安全”"), "cn-gbt35273/close-account") == "covered"


def test_sastlink_update_line_closes_nothing() -> None:
    assert file_verdict(SASTLINK, "cn-gbt35273/close-account") == ("missing", None)


# --- tw-pdpa/rights: the site where data is entered ---------------------------------------------------------------------

_NOTICE = (
    "## 個人資料保護法告知事項\n\n當您{}參與活動時表示已同意告知事項內容。個人資料項目：姓名、手機號碼。\n\n"
    "台端依據個資法第三條規定得行使之權利及方式：權利人得隨時{}向本公司請求查詢、閱覽、製給複製副本；或補充/更正、請求刪除。\n"
)


def test_site_where_data_is_entered_is_no_rights_channel() -> None:
    assert profile_status(_NOTICE.format("透過本活動網站輸入個人資料", ""), "tw-pdpa/rights") == "missing"


def test_site_named_for_the_rights_is_a_channel() -> None:
    assert profile_status(_NOTICE.format("", "透過本網站會員專區"), "tw-pdpa/rights") == "covered"


def test_yuyue_notice_gives_no_channel() -> None:
    assert file_verdict(YUYUE, "tw-pdpa/rights") == ("missing", None)


# --- decided and kept: 本平台 names, contact pages ----------------------------------------------------------------------

_MAIL = "\n\n## 联系方式\n\n邮箱：support@xinghe.example.com\n"


def test_platform_name_defined_as_this_platform_is_no_processor() -> None:
    text = '本隐私政策介绍了星河云点单平台（以下简称"本平台"或"我们"）如何收集、使用您的个人信息。' + _MAIL
    assert profile_status(text, "cn-pipl/processor") == "missing"


def test_company_defined_as_this_platform_is_the_processor() -> None:
    text = '星河网络科技有限公司（以下简称"本平台"或"我们"）重视您的隐私。' + _MAIL
    assert profile_status(text, "cn-pipl/processor") == "covered"


def test_contact_page_is_a_way_to_the_rights() -> None:
    text = "## 您的权利\n\n您有权查阅、更正、删除您的个人信息。如需行使这些权利，请通过[联系我们](/contact)页面与我们联系。\n"
    found = profile_verdict(text, "cn-pipl/rights")
    assert str(found.status) == "covered"


def test_contact_us_alone_is_no_way_to_the_rights() -> None:
    text = "## 您的权利\n\n您有权查阅、更正、删除您的个人信息。如需行使这些权利，请与我们联系。\n"
    assert profile_status(text, "cn-pipl/rights") == "missing"


# --- cn-pipl/minors: a separate protection statement for minors -----------------------------------------------------------


def test_minors_sent_to_a_protection_statement_is_covered() -> None:
    text = "## 未成年人保护\n\n如果您是未满14周岁的未成年人，请在父母或监护人的指导下阅读本隐私政策及[未成年人保护声明](/minors)。\n"
    assert profile_status(text, "cn-pipl/minors") == "covered"


def test_the_countrys_protection_of_minors_is_no_statement() -> None:
    text = "## 未成年人保护\n\n如果您是未满14周岁的未成年人，请在监护人的指导下阅读本政策。我们依照国家未成年人保护政策保护未成年人。\n"
    assert profile_status(text, "cn-pipl/minors") == "missing"


def test_dazixing_minors_statement() -> None:
    assert file_verdict(DAZIXING, "cn-pipl/minors") == ("covered", 118)


def test_sensitive_information_with_its_kinds_still_applies() -> None:
    text = "## 信息收集\n\n我们收集您的手机号。\n\n## 安全措施\n\n- 存储加密：密码等敏感信息加密存储\n"
    assert profile_status(text, "cn-pipl/sensitive-necessity") == "missing"
    ballwin = EVAL / "profiles47c" / "docs" / "ballwin-zh" / "page.tsx"
    assert file_verdict(ballwin, "cn-gbt35273/sensitive-marked") == ("covered", 43)


def test_health_indicators_are_health_data() -> None:
    text = "## 我们收集的信息\n\n- HealthKit：睡眠相关的健康指标（如心率、呼吸频率），经您授权后读取。\n"
    assert profile_status(text, "cn-pipl/sensitive-necessity") == "missing"


# --- GB/T functions: the person's act at a named moment over the data (from the held-out qilin-zh, after its run) ----------


def test_label_of_data_given_at_registration_is_a_function() -> None:
    text = "## 一、信息收集\n\n1.1 您在注册时提供的信息：邮箱地址、用户名、手机号码（选填）等。\n"
    assert profile_status(text, "cn-gbt35273/functions") == "covered"


def test_label_of_data_made_while_using_the_service_is_no_function() -> None:
    text = "## 一、信息收集\n\n1.2 您在使用服务时生成的信息：菜品数据、订单数据等经营相关信息。\n"
    assert profile_status(text, "cn-gbt35273/functions") == "missing"
