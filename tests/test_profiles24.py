"""Disclosure profiles, twenty-fourth session (u24v, issue #14): classes of a fresh blind set's first run that recur in read text.

The set is `eval/blind/profiles21` (annotated before any run); each class below also occurs in the read or development
text (`eval/dev*`, `eval/precision*`, `corpora/`), and each is tested both ways with invented sentences: what the new
clause covers and the near miss it must leave alone (a false "covered" costs more than a miss).
"""

from __future__ import annotations

import pytest

from helpers import profile_status, profile_verdict


def _doc(*paragraphs: str) -> str:
    """A policy of these paragraphs (`profile_verdict` puts a title line and a blank line above: the first is line 3)."""
    return "\n\n".join(paragraphs) + "\n"


# --- retention: kept for as long as a condition holds -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("只要您继续使用本插件，我们就会保留您的收藏数据。", "cn-pipl/retention"),
        ("只要需要向您提供服务，或者法律要求我们这样做，我们会保留您的个人数据。", "cn-gbt35273/retention"),
        ("只要您的會員帳號仍處於啟用狀態，我們即保留您的聯絡資料。", "tw-pdpa/period"),
    ],
)
def test_data_kept_while_a_condition_holds_states_the_period(sentence: str, item: str) -> None:
    """Phrasing no pattern had: 「只要…，我们就/会/即保留…」, the condition deciding the period (eval/blind/profiles21/docs/inad-zh/隐私声明.html)."""
    verdict = profile_verdict(_doc("五、信息的保存", sentence), item)
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "只要输入的用户名及密码与数据库中保存的一致，即可登录本系统。",  # a login check
        "只要您愿意，您可以随时联系我们。",  # no keeping at all
    ],
)
def test_a_login_check_or_a_wish_is_no_retention(sentence: str) -> None:
    """The near misses of 「只要」: a credential check against stored data, a condition with nothing kept."""
    assert profile_status(_doc("五、其他", sentence), "cn-pipl/retention") == "missing"


# --- purposes: 「…的目的是…」 and data used only for something ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("插件读取这些网址的唯一目的是为了按时替您打开网页。", "cn-pipl/purposes"),
        ("申請麥克風權限的目的在於錄下您的語音備忘。", "tw-pdpa/purposes"),
        ("您輸入的客戶姓名與電話，僅用於本 App 內的名片整理。", "tw-pdpa/purposes"),
    ],
)
def test_the_purpose_of_an_act_or_a_sole_use_is_a_purpose(sentence: str, item: str) -> None:
    """Phrasing no pattern had: the purpose of reading or asking for data as 「…的目的是/在于…」, and data 「仅用于」 something
    (eval/blind/profiles21/docs/flashgo-zh/隐私条款.html, eval/blind/profiles21/docs/convocard-tw/privacy_policy_zh.html)."""
    verdict = profile_verdict(_doc("二、使用方式", sentence), item)
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "本政策的目的是向您说明我们如何处理信息。",  # the policy's own purpose
        "本工具仅用于学习交流。",  # a tool, no data
        "您的照片不会被用于任何其他用途。",  # a denial with no use
        "双方对本合作产生的保密信息均仅用于履行本协议。",  # no personal data: confidential information of a contract
    ],
)
def test_the_policys_purpose_or_a_tools_use_is_no_purpose(sentence: str) -> None:
    """The near misses: the document's aim, what a tool is for, a use denied."""
    assert profile_status(_doc("二、其他", sentence), "cn-pipl/purposes") == "missing"


# --- cn-gbt35273/withdraw-consent: 撤销 and a feature turned off -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "如果处理基于您的同意，您可以随时撤销此同意。",  # 撤销 for 撤回
        "您可以关闭“云笔记”服务，这样我们将不会收集与笔记相关的内容。",  # a feature off and nothing collected, said with 不会
        "您可以关闭定位功能，这样我们将不会获得您当前的位置。",
    ],
)
def test_revoking_consent_or_switching_a_feature_off_withdraws_consent(sentence: str) -> None:
    """Phrasing no pattern had (eval/blind/profiles21/docs/inad-zh/隐私声明.html, eval/blind/profiles21/docs/hoome-zh/yinsi.html)."""
    verdict = profile_verdict(_doc("六、您的权利", sentence), "cn-gbt35273/withdraw-consent")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "我们可以关闭您的账号服务，这样我们将不会收集任何信息。",  # the operator acts, not the person
        "合同一经签署即不得撤销。",  # 撤销 with no consent
        "如您的产品的最终用户撤销上述授权时，您应当停止处理其数据。",  # an end user's revocation a business customer handles
    ],
)
def test_the_operator_switching_off_or_a_contract_is_no_withdrawal(sentence: str) -> None:
    """The near misses: the operator closes something, 撤销 of a contract, an end user's revocation in a business's terms
    (eval/precision12/umeng-terms-cn/【友盟+】服务条款.md)."""
    assert profile_status(_doc("六、其他", sentence), "cn-gbt35273/withdraw-consent") == "missing"


# --- cn-gbt35273/copy and delete: residual copies and a deletion as an event (false "covered") ---------------------


def test_a_copy_left_in_backups_is_no_copy_for_the_person() -> None:
    """False "covered": copies that stay on servers after deletion are no copy given to the person
    (eval/blind/profiles21/docs/hoome-zh/yinsi.html); a copy asked for still is."""
    residual = _doc("七、数据删除", "当您删除数据后，服务器中残存的副本可能会过一段时间才能清除。")
    assert profile_status(residual, "cn-gbt35273/copy") == "missing"
    assert profile_status(_doc("七、您的权利", "您可以发送邮件获取您的个人信息副本。"), "cn-gbt35273/copy") == "covered"


def test_deleting_as_an_event_grants_no_right_to_delete() -> None:
    """False "covered": 「您可以随时停止使用…，当您删除数据后…」 reads 可以 from another clause; a grant in the clause still covers
    (eval/blind/profiles21/docs/hoome-zh/yinsi.html)."""
    event = _doc("七、其他", "您可以随时停止使用我们的服务，当您删除数据后，服务器中的备份会在一段时间后清除。")
    assert profile_status(event, "cn-gbt35273/delete") == "missing"
    grant = _doc("七、您的权利", "您可以随时删除您的记录，当您删除记录后，我们会一并清除备份。")
    assert profile_status(grant, "cn-gbt35273/delete") == "covered"


def test_data_portability_is_the_copy() -> None:
    """Phrasing no pattern had: 「移植您自己的个人数据」「数据可携带权」 (eval/blind/profiles21/docs/inad-zh/隐私声明.html); not a denial."""
    for sentence in ("您有权要求访问、纠正、删除和移植您自己的个人数据。", "您享有数据可携带权。"):
        assert profile_status(_doc("六、您的权利", sentence), "cn-gbt35273/copy") == "covered", sentence
    assert profile_status(_doc("六、其他", "我们不支持数据可携带。"), "cn-gbt35273/copy") == "missing"


# --- cn-gbt35273/transfer and public-disclosure --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "当我们发生合并、收购或其它同类交易时，您的个人信息可能作为交易的资源。",
        "如果本公司发生重组或破产，用户的资料可能成为交易标的的一部分。",
    ],
)
def test_data_as_a_mergers_asset_is_the_transfer(sentence: str) -> None:
    """Phrasing no pattern had: no 转让 or 转移 in the sentence (eval/blind/profiles21/docs/hoome-zh/yinsi.html)."""
    verdict = profile_verdict(_doc("四、转让", sentence), "cn-gbt35273/transfer")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "当我们发生合并时，我们会继续按本政策保护您的信息。",  # a merger, no data as an asset
        "我们不会将您的数据转移给境外的第三方。",  # a transfer abroad is the cross-border item
        "我们绝不会将您的任何信息出售、交易或转移给任何外部第三方机构。",  # a sale denied: no transfer for the read sets' annotators
    ],
)
def test_a_merger_alone_or_a_sale_denied_is_no_transfer(sentence: str) -> None:
    """The near misses: a merger with no data as its asset, a transfer abroad, and a sale or move denied, which the read
    sets' annotators do not read as the transfer (eval/holdout/caring-elder-md/隐私政策.md)."""
    assert profile_status(_doc("四、其他", sentence), "cn-gbt35273/transfer") == "missing"


def test_data_made_public_by_the_operator_is_public_disclosure() -> None:
    """Phrasing no pattern had: 「我们会在法律允许的范围内公开您的个人信息」 (eval/blind/profiles21/docs/hoome-zh/yinsi.html); a
    setting the person chooses is not."""
    said = _doc("五、公开", "为了维护我们或客户的合法权益，我们会在法律允许的范围内公开您的个人信息。")
    assert profile_status(said, "cn-gbt35273/public-disclosure") == "covered"
    chosen = _doc("五、设置", "您可以选择公开您的个人资料。")
    assert profile_status(chosen, "cn-gbt35273/public-disclosure") == "missing"


# --- tw-pdpa/recipients: a named company's technology used by the app ----------------------------------------------


def test_a_named_companys_technology_used_by_the_app_names_a_recipient() -> None:
    """Phrasing no pattern had: 「本 App 可能使用系統供應商（如 Apple、Google）提供的語音辨識技術」
    (eval/blind/profiles21/docs/convocard-tw/privacy_policy_zh.html); a denial is not."""
    used = _doc("三、第三方服務", "本 App 可能使用系統供應商（如 Apple、Google）提供的文字辨識技術。")
    assert profile_status(used, "tw-pdpa/recipients") == "covered"
    denied = _doc("三、第三方服務", "本 App 不使用 Google 提供的任何服務。")
    assert profile_status(denied, "tw-pdpa/recipients") == "missing"


# --- us-ccpa/right-to-correct: what the person may do --------------------------------------------------------------


def test_you_may_change_or_correct_your_information_is_the_right_to_correct() -> None:
    """Phrasing no pattern had: "You may change or correct your … information by emailing us"
    (eval/blind/profiles21/docs/dei-en/terms.md); what the operator may correct is not the person's right."""
    granted = _doc("## Your Rights", "You may change or correct your Lumen Tools account information by emailing us at help@lumen.test.")
    assert profile_status(granted, "us-ccpa/right-to-correct") == "covered"
    operator = _doc("## Accuracy", "We may correct your information if we learn that it is wrong.")
    assert profile_status(operator, "us-ccpa/right-to-correct") == "missing"
