"""Issue #14, session 47 (u47w): the largest classes of false "covered" over every annotated profile set, and the
disagreements of eval/profiles47, fixed as classes (precision first).

Fixing from eval/profiles47 makes it not blind any more (its README says so).  Each class is tested both ways, and the
real lines are kept as regressions:

- cn-pipl Art. 39 items: a sentence that names a place abroad but says no data goes there makes them not apply: a case
  clause 「如…境外…的，我们会…」, a transfer only in listed cases 「以下情形下，我们会…向境外实体提供…：」, accounts registered
  abroad, a rule that a transfer abroad must follow the law, the person told to follow the law (six real policies of the
  blind sets made all five items apply; eight of them were false "covered");
- tw-pdpa/methods: the Act's 方式 label whose value says only that the use is lawful (「（四）方式：合於法令規定之利用方式。」)
  names no means (u39v's clause taken back; eval/profiles44c lianhua-tw 80, eval/profiles47 cathaycentury-tw 99, and
  eval/profiles39 dacheng-tw 78, whose annotation was changed); a value that names a means still covers;
- eu-gdpr/retention: a right of access that lists the information it gives ("…information about processing purposes,
  categories, recipients, retention periods…") is no retention period (eval/profiles47 ekabalance-en 231); "we keep your
  information for as long as necessary to fulfil the purposes…, unless a longer retention period is required" still is;
- cn-pipl/minors: children under fourteen barred in a sentence that deletes their data when found (「未满 14 周岁的儿童不得使用
  本服务（如发现将立即封禁并删除数据）」) rule Art. 31 out even when older minors use the service with a guardian's consent
  (eval/profiles47 gengxingqiu-zh 302-305); under-fourteens who may sign up with that consent, or a bar without deletion, do not;
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "eval" / "blind"

ABROAD = ["cn-pipl/abroad-recipient", "cn-pipl/abroad-purposes", "cn-pipl/abroad-categories"]


@pytest.mark.parametrize(
    "text",
    [
        "如部分服务涉及跨境业务，我们需要向境外机构传输个人信息的，我们会按照法律法规的规定执行，并征得您的同意。",
        "如在符合适用法律规定的情形下因业务需要向境外传输用户信息的，我们会事先征得您的同意。",
        "目前，我们不会将上述信息传输至境外。以下情形下，我们会在履行了法律规定的义务后，向境外实体提供您的个人信息：\n\n- 获得您的明确授权；\n- 您通过互联网进行跨境交易等个人主动行为。",
        "为此，我们将额外要求境外注册账号用户提供实名信息，且须经平台审批通过后方可为您开通上传视频功能。",
        "用户应严格遵守以下义务：从中国大陆向境外传输资料信息必须符合中国有关法规。",
        "中国及其他国家、地区可能对数据存储、出境等有相关的规定，在您进行存储、传输等操作前，您应当遵照相关地区适用的法律法规。",
    ],
)
@pytest.mark.parametrize("item", ABROAD)
def test_a_place_abroad_without_a_transfer_sends_nothing_abroad(text: str, item: str) -> None:
    assert profile_status(text, item) == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "我们会将您的个人信息传输至位于新加坡的境外服务器存储，以便为您提供海外加速服务。",
        "为向您提供翻译服务，我们会将您输入的文本传输至境外的服务提供商处理。",
        "例如，我们会将您的订单信息提供给境外的物流合作伙伴，用于国际配送。",
        "境外用户的个人信息将传输至位于美国的服务器存储。",
    ],
)
def test_a_transfer_abroad_stated_plainly_still_applies(text: str) -> None:
    assert profile_status(text, "cn-pipl/abroad-recipient") != "not-applicable"


@pytest.mark.parametrize(
    ("path", "item"),
    [
        (BLIND / "profiles12" / "docs" / "lingjing-zh" / "userprivacyagreement.php", "cn-pipl/abroad-purposes"),
        (BLIND / "profiles17" / "docs" / "racoon-zh" / "Agreements.md", "cn-pipl/abroad-rights"),
        (BLIND / "profiles19" / "docs" / "tingshu-zh" / "ysxy.html", "cn-pipl/abroad-categories"),
        (BLIND / "profiles20" / "docs" / "chery-zh" / "yszc.html", "cn-pipl/abroad-categories"),
        (BLIND / "profiles8" / "docs" / "ucloud-app-zh" / "app_private_policy.md", "cn-pipl/abroad-purposes"),
    ],
)
def test_abroad_regressions(path: Path, item: str) -> None:
    assert file_verdict(path, item) == ("not-applicable", None)


@pytest.mark.parametrize(
    "text",
    [
        "四、個人資料利用之期間、對象、地區及方式：\n\n(四) 方式：合於法令規定之利用方式。",
        "方式：依相關法令規定之利用方式。",
    ],
)
def test_a_means_of_use_that_only_says_lawful_is_no_method(text: str) -> None:
    assert profile_status(text, "tw-pdpa/methods") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "(四) 方式：以自動化機器或其他非自動化之利用方式。",
        "方式：以電子或紙本方式利用。",
    ],
)
def test_a_means_of_use_named_still_covers(text: str) -> None:
    assert profile_status(text, "tw-pdpa/methods") == "covered"


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "eval" / "profiles47" / "docs" / "cathaycentury-tw" / "s05-consent.js",
        ROOT / "eval" / "profiles44c" / "docs" / "lianhua-tw" / "PersonalNoticeClause.tsx",
    ],
)
def test_lawful_means_regressions(path: Path) -> None:
    assert file_verdict(path, "tw-pdpa/methods") == ("missing", None)


@pytest.mark.parametrize(
    "text",
    [
        "You have the right to obtain:\n\n- Access to your personal data and information about processing purposes, categories, recipients, retention periods, and your rights",
        "The right of access lets you request information on the purposes of processing, the recipients and the retention period.",
        "您有权访问您的个人信息，并了解处理目的、个人信息类别、接收方及保存期限。",
    ],
)
def test_a_right_of_access_listing_retention_is_no_retention_period(text: str) -> None:
    assert profile_status(text, "eu-gdpr/retention") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "We keep your information for as long as necessary to fulfill the purposes outlined in this notice, unless a longer retention period is required by law.",
        "We retain account data for 30 days after you close your account.",
    ],
)
def test_a_retention_period_stated_still_covers(text: str) -> None:
    assert profile_status(text, "eu-gdpr/retention") == "covered"


def test_ekabalance_retention_regression() -> None:
    path = ROOT / "eval" / "profiles47" / "docs" / "ekabalance-en" / "PrivacyPolicy.tsx"
    assert file_verdict(path, "eu-gdpr/retention") == ("missing", None)


UNDER14 = "- 未满 14 周岁的儿童不得使用本服务（如发现将立即封禁并删除数据）"
OLDER = "- 14-18 周岁未成年人需在监护人同意下使用"


def test_under_fourteens_barred_with_deletion_rule_minors_out() -> None:
    text = "## 未成年人\n\n" + UNDER14 + "\n" + OLDER + "\n"
    assert profile_status(text, "cn-pipl/minors") == "not-applicable"


@pytest.mark.parametrize(
    "line",
    [
        "- 未满 14 周岁的儿童不得使用本服务，除非取得监护人的同意，如发现未经同意将删除数据",
        "- 未满 14 周岁的儿童不得使用本服务",
    ],
)
def test_under_fourteens_not_barred_outright_keep_minors(line: str) -> None:
    text = "## 未成年人\n\n" + line + "\n" + OLDER + "\n"
    assert profile_status(text, "cn-pipl/minors") != "not-applicable"


def test_gengxingqiu_minors_regression() -> None:
    path = ROOT / "eval" / "profiles47" / "docs" / "gengxingqiu-zh" / "page.tsx"
    assert file_verdict(path, "cn-pipl/minors") == ("not-applicable", None)
