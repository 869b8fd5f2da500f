"""Issue #14, session 47 (u47w3): the classes behind the disagreements of the blind eval/profiles47c run, and the uninstall
convention decided from the law's text (docs/profiles.md, "u47w3").

Each class is tested both ways, with the real lines kept as regressions:

- tw-pdpa/area: the country's territory in the Act's words (「本站僅於中華民國領域內利用您的個人資料」), as 境內 is; 領域 alone is a
  field of work (「在醫療領域內利用」), no area;
- tw-pdpa/recipients: a named kind of body entrusted with the processing without 代為 (「委託其他機關處理您的個人資料」), and data
  provided to a kind of company named before 公司 (「提供予上市櫃公司」); not the operator itself (「您提供予本公司」), not the person's
  own agent, not a denial;
- cn-gbt35273/functions: a purpose line alone (「身份验证：验证您的身份，保障账户安全」 under 「将用于以下目的：」) names no data per
  function; a data label named after a function (「注册信息：手机号码、邮箱地址」) does;
- us-ccpa/sources: "text you voluntarily submit" names the person as the source, as "text you submit" does;
- cn-pipl and GB/T retention: deleting or uninstalling the app, which deletes the data kept on the device, is a retention
  criterion (the end of storage); "you can delete the app" and an uninstall that keeps the server copy are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
P47C = EVAL / "profiles47c" / "docs"


# --- tw-pdpa/area: 中華民國領域內 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "四、除蒐集之目的涉及國際業務或活動外，本站僅於中華民國領域內利用您的個人資料。\n",  # profiles47c gudai-tw 174
        "本會於我國領域內處理及利用您的個人資料。\n",
    ],
)
def test_the_territory_in_the_acts_words_is_an_area(text: str) -> None:
    assert profile_status(text, "tw-pdpa/area") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "本站在醫療領域內利用您的個人資料進行研究。\n",
        "本公司於資訊安全領域內使用您提供的資料改善服務。\n",
    ],
)
def test_a_field_of_work_is_no_area(text: str) -> None:
    assert profile_status(text, "tw-pdpa/area") == "missing"


# --- tw-pdpa/recipients: an entrusted body, a kind of company ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "八、本站因業務需要而委託其他機關處理您的個人資料時，本站將會善盡監督之責。\n",  # profiles47c gudai-tw 186
        "本公司得委託其他公司處理您的個人資料。\n",
        "您的個人資料將提供予上市櫃公司以協助代領紀念品。\n",
        "您的資料將提供給其他公司辦理贈品寄送。\n",
    ],
)
def test_an_entrusted_body_or_a_kind_of_company_is_a_recipient(text: str) -> None:
    assert profile_status(text, "tw-pdpa/recipients") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "您提供予本公司之個人資料，僅用於會員服務。\n",
        "您可將資料提供予公司人員以便查詢。\n",
        "若委託他人辦理，須提供受託人身分證明文件。\n",
        "本公司不會委託其他公司處理您的個人資料。\n",
        "於委託蒐集、處理及利用個人資料時，應妥善監督受託單位。\n",
    ],
)
def test_the_operator_an_agent_or_a_denial_is_no_recipient(text: str) -> None:
    assert profile_status(text, "tw-pdpa/recipients") == "missing"


def test_gudai_regressions() -> None:
    path = P47C / "gudai-tw" / "AddSubAccountDialog.vue"
    assert file_verdict(path, "tw-pdpa/area") == ("covered", 174)
    assert file_verdict(path, "tw-pdpa/recipients") == ("covered", 186)


# --- cn-gbt35273/functions: a purpose line is no data per function ------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "身份验证：验证您的身份，保障账户安全",  # profiles47c ballwin-zh 51
        "提供服务：创建和管理您的账户，提供核心功能",
        "账号安全：保护您的账户安全",
        "身份认证：确认您的身份，保护账号安全",
    ],
)
def test_a_purpose_line_names_no_data_per_function(item: str) -> None:
    text = f"## 信息使用\n\n我们收集的个人信息将用于以下目的：\n\n- {item}\n"
    assert profile_status(text, "cn-gbt35273/functions") == "missing"


def test_a_login_label_that_keeps_the_account_safe_is_no_function() -> None:
    assert profile_status("## 信息使用\n\n- 登录：用于保障您的账号安全\n", "cn-gbt35273/functions") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 信息收集\n\n- 注册登录：手机号码、密码，用于保障账户安全\n",
        "## 信息收集\n\n- **注册信息：**手机号码、邮箱地址、昵称、密码\n",
        "## 信息收集\n\n- 支付信息：银行卡号、支付账号\n",
    ],
)
def test_a_function_label_over_its_data_still_covers(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/functions") == "covered"


def test_a_data_label_named_after_a_kind_of_data_is_no_function() -> None:
    assert profile_status("## 信息收集\n\n- 设备信息：设备型号、操作系统版本\n", "cn-gbt35273/functions") == "missing"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (P47C / "ballwin-zh" / "page.tsx", ("covered", 30)),
        # an item of the purposes list that lists its data still covers (「验证服务: 这可能包括电子邮件地址、密码…」)
        (EVAL / "blind" / "profiles7" / "docs" / "irregulars-mp-zh" / "MultiplayerPrivacyPolicy_ZH.md", ("covered", 63)),
    ],
)
def test_functions_regressions(path: Path, expected: tuple[str, int | None]) -> None:
    assert file_verdict(path, "cn-gbt35273/functions") == expected


# --- us-ccpa/sources: an adverb between "you" and the verb -------------------------------------------------------------


def test_text_you_voluntarily_submit_names_the_source() -> None:
    text = "## 1. Information We Collect\n\n- **Account data:** email address and password\n- **Comments:** text you voluntarily submit on episodes\n"
    assert profile_status(text, "us-ccpa/sources") == "covered"


def test_text_you_choose_not_to_share_names_no_source() -> None:
    text = "## 1. Information We Collect\n\n- **Account data:** email address and password\n- **Comments:** text you voluntarily choose not to share is never stored\n"
    assert profile_status(text, "us-ccpa/sources") == "missing"


def test_atrox_regression() -> None:
    assert file_verdict(P47C / "atrox-en" / "page.tsx", "us-ccpa/sources") == ("covered", 45)


# --- the uninstall convention: the end of storage on the device is a retention criterion ---------------------------------

LOCAL_DELETED = "## 数据存储\n\n所有数据仅保存在你的设备本地。\n\n如果你删除 App，本地保存的数据也会随 App 一起删除。\n"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention", "cn-pipl/rights", "cn-gbt35273/delete"])
def test_deleting_the_app_that_deletes_local_data_covers(item: str) -> None:
    assert profile_status(LOCAL_DELETED, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 数据存储\n\n所有数据仅保存在你的设备本地。\n\n你可以随时删除本应用。\n",
        "## 数据存储\n\n您的笔记会同步到我们的服务器。\n\n卸载应用不会删除您在服务器上的数据。\n",
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_a_bare_way_to_remove_the_app_or_a_kept_copy_is_no_retention(text: str, item: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (EVAL / "profiles37" / "docs" / "quietnap-md" / "privacy-zh.md", 14),
        (EVAL / "profiles38" / "docs" / "viewpilot-md" / "privacy-policy-zh.md", 50),
        (EVAL / "profiles35c" / "docs" / "sideask-zh" / "PRIVACY.zh-CN.md", 39),
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_uninstall_retention_regressions(path: Path, line: int, item: str) -> None:
    assert file_verdict(path, item) == ("covered", line)


def test_quietnap_rights_regression() -> None:
    assert file_verdict(EVAL / "profiles37" / "docs" / "quietnap-md" / "privacy-zh.md", "cn-pipl/rights") == ("covered", 14)
