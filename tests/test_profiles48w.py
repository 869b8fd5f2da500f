"""Issue #14, session 48 (u48w): the classes behind the disagreements of the blind eval/profiles48 run and two classes left
open by session 47 (docs/profiles.md, "u48w").

Each class is tested both ways (a mention is not a disclosure), with the real lines kept as regressions:

- tw-pdpa/area: the area where prizes or goods are delivered (「獎品運送範圍，限於台灣本島…地區」) is no area of data use; a
  place where data are used still is;
- tw-pdpa/rights: a written request as the way (「您可以透過書面申請方式，行使…權利」) is a channel; 書面同意 is none;
- GB/T access/correct (and every item that demotes a guardian's right): a close relative's right (近亲属, PIPL Art. 49) is
  cited only where nothing else grants the person's own;
- GB/T withdraw-consent: 「您已明确撤回同意」 as a case in a list of when data are deleted is no way to withdraw;
- GB/T security: a named management measure (数据分类分级, backups the operator makes) is concrete; advice to back up,
  a backup a service or the person makes and backups that hold deleted data are none;
- GB/T public-disclosure: the operator showing data in public (「可能在赛事宣传中公开展示」) is one; what the person publishes is not;
- retention: closing an account named by its service (「注销 Supabase 账户，云端存储的…将被清除」) is a criterion;
- cn-pipl and GB/T retention (the u47w3 open class): an uninstall that deletes the data on the device is a retention
  criterion only where the document keeps no copy on a server or in the cloud; a denied upload is no server copy;
- cn-pipl abroad items: a transfer only in listed cases (「以下情形下，我们会…向…境外实体提供您的个人信息：」) does not apply them;
- tw-pdpa/rights: 地址 and 聯絡方式 inside a list of data (「姓名、地址、電子郵件」) are no way (電子郵件 between 、 already was none);
- tw-pdpa/rights: a written request by post (「書面郵寄至…」) is a way; a page named across a comma (「於蒐集個人資料時，相關網頁」) is none;
- GB/T sensitive-marked: the data or scope just listed said to include sensitive data (「该范围包含个人敏感信息」) marks it; a denial does not;
- GB/T access/correct/delete (the larkygo open class): a paragraph that is only a run of rights over 您的个人信息
  (「查询、更正、删除您的个人信息；」) under a rights heading with a way grants them; a single right word or a paragraph that goes
  on does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
P48 = EVAL / "profiles48" / "docs"


# --- tw-pdpa/area: a delivery scope is no area of use -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "獎品運送範圍，限於台灣本島、澎湖、金門、馬祖地區，得獎者不得要求折換現金。\n",
        "本活動贈品僅寄送至台灣地區，恕不寄送海外。\n",
    ],
)
def test_a_delivery_scope_is_no_area(text: str) -> None:
    assert profile_status(text, "tw-pdpa/area") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "本公司僅於台灣地區利用您的個人資料。\n",
        "您的個人資料將儲存於位於台灣境內的伺服器。\n",
    ],
)
def test_a_place_of_use_is_still_an_area(text: str) -> None:
    assert profile_status(text, "tw-pdpa/area") == "covered"


def test_delivery_scope_regression() -> None:
    assert file_verdict(P48 / "sfijinrong-tw" / "word-form.php", "tw-pdpa/area") == ("missing", None)


# --- tw-pdpa/rights: a written request is a way ---------------------------------------------------------------------------

WRITTEN = "## 告知事項\n\n當事人得行使權利及方式：您可以{way}，行使個人資料保護法第三條規定之權利：查詢或請求閱覽、請求刪除。\n"


@pytest.mark.parametrize("way", ["透過書面申請方式", "以書面提出請求"])
def test_a_written_request_is_a_way(way: str) -> None:
    assert profile_status(WRITTEN.format(way=way), "tw-pdpa/rights") == "covered"


def test_consent_in_writing_is_no_way() -> None:
    text = "## 告知事項\n\n本公司於取得您的書面同意後，依個人資料保護法第三條規定，您得請求查詢或請求閱覽、請求刪除。\n"
    assert profile_status(text, "tw-pdpa/rights") == "missing"


def test_written_request_regression() -> None:
    status, line = file_verdict(P48 / "sfijinrong-tw" / "word-form.php", "tw-pdpa/rights")
    assert status == "covered" and line in range(62, 68)


# --- a close relative's right is cited last -------------------------------------------------------------------------------

RELATIVES = (
    "## 您的权利\n\n在符合相关法律要求的情况下，您的近亲属可以对您的相关个人信息行使查阅、复制、更正、删除等权利。\n\n"
    "您可以通过邮箱 privacy@example.com 联系我们以访问、更正您的个人信息。\n"
)


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct"])
def test_a_relatives_right_is_cited_last(item: str) -> None:
    from profile_helpers import profile_verdict

    found = profile_verdict(RELATIVES, item)
    assert str(found.status) == "covered" and found.evidence is not None and "近亲属" not in found.evidence.text


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct"])
def test_relatives_regression(item: str) -> None:
    assert file_verdict(P48 / "herein-zh" / "page.tsx", item) == ("covered", 239)


# --- GB/T withdraw-consent: a case of deletion is no way to withdraw --------------------------------------------------------


def test_withdrawn_consent_as_a_case_of_deletion_is_no_way() -> None:
    text = (
        "## 管理您的信息\n\n有下列情形之一的，我们将应当主动删除您的个人信息，您也有权请求我们删除：\n\n"
        "1. 处理目的已实现；\n2. 您已明确撤回同意；\n"
    )
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == "missing"


def test_a_way_to_withdraw_still_covers() -> None:
    text = "## 管理您的信息\n\n您可以通过设备的系统设置撤回您对位置权限的授权。\n"
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == "covered"


def test_withdraw_regression() -> None:
    status, line = file_verdict(P48 / "herein-zh" / "page.tsx", "cn-gbt35273/withdraw-consent")
    assert status == "covered" and line in (250, 261)


# --- GB/T security: named management measures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我们将积极建立数据分类分级制度、数据安全管理规范来管理个人信息的存储和使用。\n",
        "数据库定期备份，确保数据安全性和可恢复性。\n",
        "我们将通过向其它服务器备份及相关安全措施确保您的信息不丢失。\n",
    ],
)
def test_a_named_management_measure_is_security(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/security") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们建议您定期备份您的重要数据。\n",
        "删除后，备份中的数据可能需要一段时间才会清除。\n",
        "我们采取合理的措施，防止您的信息遭到未经授权的访问。\n",
        "相关文件可能由该服务按照你的系统设置进行存储、同步或备份。\n",
        "如果您需要通过iCloud备份数据，您需要授权本应用访问网络。\n",
    ],
)
def test_advice_or_a_bare_measure_is_no_security(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/security") == "missing"


def test_security_regression() -> None:
    status, line = file_verdict(P48 / "herein-zh" / "page.tsx", "cn-gbt35273/security")
    assert status == "covered" and line in (225, 228)


# --- retention: an uninstall is no criterion where a server copy is kept --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 数据存储\n\n您的笔记会同步到我们的服务器。\n\n卸载应用后，本地保存的数据将被一并删除。\n",
        "## 数据存储\n\n您的账号信息存储在我们位于中国境内的服务器上。\n\n卸载扩展程序将删除所有本地存储的数据。\n",
        "## 数据存储\n\n聊天记录保存在云端。\n\n如果你删除 App，本地保存的数据也会随 App 一起删除。\n",
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_an_uninstall_with_a_server_copy_is_no_retention(text: str, item: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 数据存储\n\n所有数据仅保存在本地，不会上传到服务器。\n\n卸载扩展程序将删除所有本地存储的数据。\n",
        "## 数据存储\n\n所有数据仅保存在你的设备本地。\n\n如果你删除 App，本地保存的数据也会随 App 一起删除。\n",
        "## 数据存储\n\n您的笔记会同步到我们的服务器，注销账号后30日内删除。\n\n卸载应用后，本地保存的数据将被一并删除。\n",
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_an_uninstall_without_a_server_copy_or_a_server_criterion_covers(text: str, item: str) -> None:
    assert profile_status(text, item) == "covered"


# --- GB/T rights: a run of rights over 您的个人信息 -------------------------------------------------------------------------

RUN = "## 您的权利\n\n{para}\n\n撤回授权、注销账号：请通过【我的 → 帮助与客服】联系我们。\n"


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/delete"])
def test_a_run_of_rights_over_the_persons_information_grants_them(item: str) -> None:
    assert profile_status(RUN.format(para="查询、更正、删除您的个人信息；"), item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        RUN.format(para="删除账号后，数据无法恢复。"),
        RUN.format(para="查询您的个人信息；"),
        "## 您的权利\n\n查询、更正、删除您的个人信息；\n",
        "## 数据使用\n\n查询、更正、删除您的个人信息；\n\n如需帮助，请联系客服。\n",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/delete"])
def test_one_right_word_no_way_or_no_rights_heading_is_none(text: str, item: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/delete"])
def test_rights_run_regression(item: str) -> None:
    assert file_verdict(EVAL / "profiles47c" / "docs" / "larkygo-zh" / "docs.js", item) == ("covered", 32)


# --- GB/T public-disclosure: the operator showing data in public -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "赛事相关数据（如队伍名称、比赛成绩）可能在赛事宣传中公开展示，但不包含个人联系方式。\n",
        "在您同意的情况下，我们会将您的比赛成绩展示在名人堂等公开页面。\n",
    ],
)
def test_the_operator_showing_data_in_public_is_a_public_disclosure(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/public-disclosure") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "您发布的作品将公开展示在社区中。\n",
        "您可以选择是否在个人主页公开展示您的成绩。\n",
        "您的评论将显示在文章下方。\n",
    ],
)
def test_what_the_person_publishes_is_no_public_disclosure(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/public-disclosure") == "missing"


def test_public_display_regression() -> None:
    status, line = file_verdict(P48 / "haikesi-zh" / "PrivacyPolicy.tsx", "cn-gbt35273/public-disclosure")
    assert status == "covered" and line in (20, 40)


# --- retention: closing an account named by its service ---------------------------------------------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_closing_a_named_services_account_that_erases_is_retention(item: str) -> None:
    text = "## 数据保留与删除\n\n如果你注销 Supabase 账户，云端存储的共享数据将被清除。\n"
    assert profile_status(text, item) == "covered"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_closing_an_account_alone_is_no_retention(item: str) -> None:
    text = "## 账号\n\n你可以随时注销 Supabase 账户。\n"
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_linggan_regression(item: str) -> None:
    path = next((EVAL / "profiles36" / "docs" / "linggan-md").iterdir())
    assert file_verdict(path, item) == ("covered", 157)


# --- cn-pipl abroad items: a transfer only in listed cases ------------------------------------------------------------------

LISTED = (
    "## 存储\n\n我们将个人信息存放于中华人民共和国境内。以下情形下，我们会确保在履行了法律规定的义务后，向中华人民共和国境外实体提供"
    "您的个人信息：\n\n1. 适用的法律有明确规定；\n2. 获得您的明确授权。\n\n"
    "针对以上情形，我们会确保在遵守中国法律法规后向境外提供您的个人信息。\n"
)


@pytest.mark.parametrize("item", ["cn-pipl/abroad-recipient", "cn-pipl/abroad-purposes"])
def test_a_transfer_only_in_listed_cases_does_not_apply(item: str) -> None:
    assert profile_status(LISTED, item) == "not-applicable"


@pytest.mark.parametrize("item", ["cn-pipl/abroad-recipient", "cn-pipl/abroad-purposes"])
def test_a_transfer_that_happens_still_applies(item: str) -> None:
    text = "## 跨境传输\n\n为提供翻译服务，我们会将您输入的文本传输至位于美国的服务器处理。\n"
    assert profile_status(text, item) != "not-applicable"


def test_listed_cases_regression() -> None:
    assert file_verdict(P48 / "herein-zh" / "page.tsx", "cn-pipl/abroad-recipient") == ("not-applicable", None)


# --- tw-pdpa/rights: 地址 and 聯絡方式 inside a list of data are no way ------------------------------------------------------

NOTICE = (
    "## 個資告知\n\n依據個人資料保護法第八條，告知下列事項：\n"
    "個人資料之類別：姓名、{data}、病歷等。\n"
    "依個人資料保護法第三條規定，台端得請求查詢、閱覽、製給複製本、補充或更正、停止蒐集、處理或利用或刪除，{way}\n"
)


@pytest.mark.parametrize("way", ["請洽本公司客服專線。", "請來信 service@abc.com.tw 聯繫。"])
def test_a_real_way_is_still_a_way(way: str) -> None:
    assert profile_status(NOTICE.format(data="職業", way=way), "tw-pdpa/rights") == "covered"


@pytest.mark.parametrize(
    ("path", "line"), [(EVAL / "profiles44c" / "docs" / "lianhua-tw", 86), (EVAL / "blind" / "profiles10" / "docs" / "lalaren-tw", 65)]
)
def test_data_list_regressions(path: Path, line: int) -> None:
    assert file_verdict(next(path.iterdir()), "tw-pdpa/rights") == ("covered", line)


# --- tw-pdpa/rights: a written request by post is a way; a page named across a comma is none --------------------------------

RIGHTS_LINE = "## 告知\n\n依個人資料保護法第3條規定，您就您的個人資料享有查詢或請求閱覽、請求刪除之權利。{way}\n"


def test_a_written_request_by_post_is_a_way() -> None:
    text = RIGHTS_LINE.format(way="您可書面郵寄至本公司行使上開權利。")
    assert profile_status(text, "tw-pdpa/rights") == "covered"


def test_a_page_named_across_a_comma_is_no_way() -> None:
    text = RIGHTS_LINE.format(way="\n\n若本公司於蒐集個人資料時，相關網頁或文件載明為選填者，不影響您的權益。")
    assert profile_status(text, "tw-pdpa/rights") == "missing"


def test_post_and_comma_regressions() -> None:
    assert file_verdict(next((EVAL / "blind" / "profiles10" / "docs" / "lalaren-tw").iterdir()), "tw-pdpa/rights") == ("covered", 65)
    assert file_verdict(next((EVAL / "profiles29" / "docs" / "it4fun-tw").iterdir()), "tw-pdpa/rights") == ("missing", None)


# --- GB/T sensitive-marked: the data or scope just listed said to include sensitive data ----------------------------------

SCOPE = "## 共享\n\n- user:read：共享您的姓名、学号、手机号等资料。{label}请您仅授权给您确认信任的应用。\n"


@pytest.mark.parametrize("label", ["该范围包含个人敏感信息，", "这些信息可能涉及敏感个人信息，"])
def test_a_listed_scope_that_includes_sensitive_data_is_marked(label: str) -> None:
    assert profile_status(SCOPE.format(label=label), "cn-gbt35273/sensitive-marked") == "covered"


@pytest.mark.parametrize("label", ["该范围不包含个人敏感信息，", "处理敏感个人信息时我们会单独征得您的同意，"])
def test_a_denial_or_a_general_rule_is_no_mark(label: str) -> None:
    assert profile_status(SCOPE.format(label=label), "cn-gbt35273/sensitive-marked") != "covered"


def test_sensitive_label_regressions() -> None:
    assert file_verdict(P48 / "herein-zh" / "page.tsx", "cn-gbt35273/sensitive-marked") == ("covered", 160)
    assert file_verdict(P48 / "sastlink-zh" / "page.tsx", "cn-gbt35273/sensitive-marked") == ("covered", 168)
