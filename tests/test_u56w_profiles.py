"""Issue #14 classes of the fifty-sixth session (u56w; not blind: every real case is from a set already run).

- The feature-list veto (`{feature_ops_u55w}`) reads the record named before the operations, over the sentence
  (`(?#sentence)`, `clauses._vetoed`): the person's own data there (「管理您的收货地址，包括添加、修改、删除」) is a right; a
  product's record (「查看短信模板信息，包括查询、添加、修改、删除」, eval/profiles53q jixintong-zh 135) stays a feature list (its
  real line is tested in tests/test_u55w_profiles.py).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, one_item, profile_verdict

# --- 1. the feature-list veto and the person's own data named before the operations ------------------------------------------

_DELETE_HEADING = "## 七、您的权利\n\n### （一）删除您的个人信息\n\n"


@pytest.mark.parametrize("head", [_DELETE_HEADING, "## 二、您的权利\n\n"])
@pytest.mark.parametrize(
    "sentence",
    [
        "您可以在“我的”中管理您的收货地址，包括添加、修改、删除。",
        "您可以在「我的」中管理您的收貨地址，包括新增、修改、刪除。",
        "1. 您可以在“我的”中管理您的收货地址，包括添加、修改、删除。",
        "1. 您可以在設定中編輯您的個人資料（新增、修改、刪除）。",
    ],
)
def test_the_persons_own_data_before_the_operations_is_a_right(head: str, sentence: str) -> None:
    assert profile_verdict(head + sentence + "\n", "cn-gbt35273/delete").status == "covered"


@pytest.mark.parametrize("head", [_DELETE_HEADING, "## 二、您的权利\n\n"])
@pytest.mark.parametrize(
    "sentence",
    [
        "您可以在“监控配置”中查看端口信息，包括添加、修改、删除。",
        "1. 您可以随时登录平台，在“模板配置”中查看短信模板信息，包括查询、添加、修改、删除。",
        "1. 您可以隨時登入平台，在「範本設定」中查看簡訊範本資訊（查詢、新增、修改、刪除）。",
        "您可以在后台查看商品信息， 包括添加、修改、删除。",
    ],
)
def test_a_products_record_before_the_operations_stays_a_feature_list(head: str, sentence: str) -> None:
    assert profile_verdict(head + sentence + "\n", "cn-gbt35273/delete").status == "missing"


@pytest.mark.parametrize(
    ("sentence", "vetoed"),
    [
        ("In the console, you can view message templates, including adding, editing, and deleting.", True),
        ("In the console you can view message templates, including adding, editing and deleting.", True),
        ("You can manage your saved addresses in Settings, including adding, editing and deleting.", False),
        ("Manage their records, including adding, editing or deleting.", False),
    ],
)
def test_the_english_feature_list_reads_the_record_before_it(sentence: str, vetoed: bool) -> None:
    from policylens.topics import fold_script

    (veto,) = [v for v in one_item("cn-gbt35273/delete").items[0].veto if "(?#sentence)" in v.pattern]
    assert (veto.search(fold_script(sentence)) is not None) is vetoed


# --- 2. eval/profiles55q's wording classes: 將供X了解, 表單包含, 主动选择上传/主动录制, 使用以下, 不填…不影響 --------------------------

P55Q = ROOT / "eval" / "profiles55q" / "docs"
_NOTE = "## 二、說明\n\n"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("表單開放後，您主動送出的資料將供了解需求、處理與回覆本次諮詢。", "covered"),
        ("您提供的資料僅供本公司處理您的訂單。", "covered"),
        ("您的资料将供客服人员联系您。", "covered"),
        ("您的資料不會供第三方行銷使用。", "missing"),
        ("本公司提供資料下載服務。", "missing"),
        ("網站資料可供參考。", "missing"),
        ("資料供應商名單如下。", "missing"),
    ],
)
def test_tw_purpose_as_data_given_for_the_operator_to_act(sentence: str, status: str) -> None:
    assert profile_verdict(_NOTE + sentence + "\n", "tw-pdpa/purposes").status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("表單包含姓名、公司名稱（選填）、聯絡電話、電子郵件、需求類別、諮詢內容與同意欄位。", "covered"),
        ("报名表包括姓名、手机号码。", "covered"),
        ("表單不包含姓名或電話。", "missing"),
        ("表單包含同意欄位與送出按鈕。", "missing"),
    ],
)
def test_tw_categories_as_a_forms_fields(sentence: str, status: str) -> None:
    assert profile_verdict(_NOTE + sentence + "\n", "tw-pdpa/categories").status == status


_TABLE = "## 二、我们收集的信息\n\n| 类别 | 收集内容 | 用途 | 存储位置 |\n|------|---------|------|---------|\n| 照片 | {} | 知识库、聊天 | 本地设备 |\n"


@pytest.mark.parametrize("profile", ["cn-gbt35273", "cn-pipl"])
@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("您主动选择上传的图片", "covered"),
        ("您主動錄製的語音消息", "covered"),
        ("您可以主动选择不上传图片", "missing"),
        ("我们不会主动录制您的语音", "missing"),
    ],
)
def test_chosen_uploads_and_recordings_are_a_method(profile: str, cell: str, status: str) -> None:
    assert profile_verdict(_TABLE.format(cell), f"{profile}/methods").status == status


@pytest.mark.parametrize("profile", ["tw-pdpa", "cn-gbt35273"])
@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("填表單是自願的。不填不影響你瀏覽網站的任何內容。", "covered"),
        ("您可以不填写昵称，不填写也不会影响您使用本应用。", "covered"),
        ("本公司不填寫任何資料，不影響您的權益。", "missing"),
        ("您不得填寫他人資料。", "missing"),
        ("本網站不填寫預設值。", "missing"),
    ],
)
def test_not_filling_in_costs_nothing_is_the_effect(profile: str, sentence: str, status: str) -> None:
    assert profile_verdict("## 五、其他\n\n" + sentence + "\n", f"{profile}/effect-of-not-providing").status == status


_SERVICES = "## 三、第三方服務\n\n{}\n\n- Firebase：用於登入驗證與資料儲存\n- RevenueCat：用於訂閱管理\n"


@pytest.mark.parametrize("profile", ["tw-pdpa", "eu-gdpr"])
@pytest.mark.parametrize("lead", ["本 App 使用以下第三方服務：", "ChainlessChain 在特定场景下会使用以下第三方服务："])
def test_a_services_lead_in_is_cited_after_a_purpose_statement(profile: str, lead: str) -> None:
    text = "## 二、語音\n\n我們使用您的電子郵件地址，用於提供帳號登入與客服聯繫。\n\n" + _SERVICES.format(lead)
    found = profile_verdict(text, f"{profile}/purposes")
    assert (found.status, found.evidence.line) == ("covered", 5), found
    alone = profile_verdict(_SERVICES.format(lead), f"{profile}/purposes")  # demoted, not vetoed: alone it still covers
    assert alone.status == "covered"


def test_profiles55q_real_lines() -> None:
    assert file_verdict(P55Q / "ruiyang-tw" / "page.tsx", "tw-pdpa/purposes") == ("covered", 56)
    assert file_verdict(P55Q / "ruiyang-tw" / "page.tsx", "tw-pdpa/categories") == ("covered", 47)
    assert file_verdict(P55Q / "yuguo-tw" / "page.tsx", "tw-pdpa/effect-of-not-providing") == ("covered", 83)
    assert file_verdict(P55Q / "chainless-bil" / "privacy-policy.md", "cn-gbt35273/methods")[0] == "covered"
    assert file_verdict(P55Q / "mobileenglish-tw" / "page.tsx", "tw-pdpa/purposes") == ("covered", 30)
    assert file_verdict(P55Q / "chainless-bil" / "privacy-policy.md", "eu-gdpr/purposes") == ("covered", 21)


# --- 3. a Chinese pronoun sale denial (u55w4's antecedent rule in Chinese); the guardian's consent in another paragraph ------

_SALE = "## 五、出售\n\n"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("账户信息用于识别您的账户。我们不会出售或共享它。", "covered"),
        ("帳戶資訊用於識別您的帳戶。我們不會將其出售。", "covered"),
        ("我們收集的電子郵件僅用於通知，我們不會出售或分享它。", "covered"),
        ("本应用收集使用数据，我们不会将其出售。", "covered"),
        ("我们收集使用数据，本应用免费，我们不会将其出售。", "missing"),
        ("我們收集使用資料，本應用免費，我們不會將其出售。", "missing"),
        ("我们收集使用数据。本应用免费，我们不会将其出售。", "missing"),
        ("账户信息用于识别您的账户。除非获得您的同意，我们不会将其出售。", "missing"),
        ("We collect usage data, the app is free and we don't sell it.", "missing"),
        ("Account info is used to identify your account. We don't sell or share it.", "covered"),
    ],
)
def test_a_pronoun_sale_denial_needs_the_data_as_its_antecedent(sentence: str, status: str) -> None:
    assert profile_verdict(_SALE + sentence + "\n", "us-ccpa/sold-or-shared").status == status


_UNSUITABLE = "## 一、适用\n\n本服务不适合14岁以下未成年人使用。\n\n"


@pytest.mark.parametrize(
    ("elsewhere", "status"),
    [
        ("## 六、未成年人\n\n如您是未满14周岁的未成年人，须取得监护人的同意后方可使用本服务。\n", "covered"),
        ("## 六、其他\n\n如您是未成年人，請在監護人的同意和指導下使用本服務。\n", "covered"),
        ("## 六、其他\n\n我们会采取措施保护您的信息。\n", "not-applicable"),
        ("## 六、其他\n\n若我们发现在未获得监护人同意的情况下收集了信息，将尽快删除。\n", "not-applicable"),
        ("本服务不适合14岁以下未成年人使用。若我们发现在未获得监护人同意的情况下收集了信息，将尽快删除。\n", "not-applicable"),
    ],
)
def test_the_guardians_consent_anywhere_admits_the_unsuitable_age(elsewhere: str, status: str) -> None:
    assert profile_verdict(_UNSUITABLE + elsewhere, "cn-pipl/minors").status == status


@pytest.mark.parametrize(
    ("elsewhere", "status"),
    [
        ("Children may use the app only with parental consent.", "covered"),
        ("If we learn we collected data without parental consent, we delete it.", "not-applicable"),
        ("Children under 14 may not use it without parental consent.", "covered"),
    ],
)
def test_the_guardians_consent_anywhere_in_english(elsewhere: str, status: str) -> None:
    text = "## Children\n\nOur service is not suitable for children under 14.\n\n## Other\n\n" + elsewhere + "\n"
    assert profile_verdict(text, "cn-pipl/minors").status == status


# --- 4. eval/profiles56p (m56p, blind on cfcf1eb89; not blind for these fixes): the Act's 對象與方式 label given to third parties,
# a security lead-in, what a cookie cannot read ----------------------------------------------------------------------------------

_TW_USE = "## 四、利用之期間、地區、對象及方式\n\n"


@pytest.mark.parametrize(
    ("item", "status"),
    [
        (
            "- 對象與方式：除本公司外，於提供服務之必要範圍內提供予下列第三方處理：\n  - 金流服務：藍新金流股份有限公司，處理線上付款。\n  - 雲端基礎設施：本服務所使用之雲端主機與資料庫代管服務。\n",
            "missing",
        ),
        ("- 对象及方式：于必要范围内提供给下列第三方处理。\n", "missing"),
        ("- 對象及方式：捐款者之捐款資料蒐集，將存檔於本會資料庫內，進行捐款人資訊管理。\n", "covered"),
        ("- 對象及方式：提供予下列第三方處理，並以電子方式存檔於本公司資料庫。\n", "covered"),
    ],
)
def test_tw_recipients_and_means_label_given_to_third_parties_is_no_means(item: str, status: str) -> None:
    assert profile_verdict(_TW_USE + item, "tw-pdpa/methods").status == status


@pytest.mark.parametrize("profile", ["cn-pipl", "tw-pdpa"])
@pytest.mark.parametrize(
    "lead",
    [
        "我们重视您的个人信息安全，采用以下技术和管理措施来保护您的信息：",
        "我們重視您的個人資料安全，採用以下技術和管理措施來保護您的資料：",
    ],
)
def test_a_security_lead_in_is_cited_after_the_purposes(profile: str, lead: str) -> None:
    text = (
        "## 二、信息的使用\n\n设备信息：我们会收集您的设备型号、操作系统等信息，用于优化您的使用体验。\n\n"
        f"## 三、信息的保护\n\n{lead}\n\n- 加密传输：全站采用HTTPS加密协议，确保数据传输安全。\n- 访问控制：仅授权人员可以访问用户数据。\n"
    )
    found = profile_verdict(text, f"{profile}/purposes")
    assert (found.status, found.evidence.line) == ("covered", 5), found


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Cookie 僅限於您確實輸入過的內容，無法自行存取您未提供的資料或檔案。", "missing"),
        ("若您未提供必要資料，將無法完成註冊。", "covered"),
    ],
)
def test_what_a_cookie_cannot_read_is_no_effect_of_not_providing(sentence: str, status: str) -> None:
    assert profile_verdict("## 四、Cookie\n\n" + sentence + "\n", "tw-pdpa/effect-of-not-providing").status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("我们仅在提供服务所必需的期限内保存您的数据，超期将删除或匿名化。", "covered"),
        ("我們僅在提供服務所必需的期間內保存您的資料。", "covered"),
        ("我们会保存您的数据。", "missing"),
        ("如有必要，我们会联系您。", "missing"),
    ],
)
def test_eu_gdpr_a_chinese_period_as_the_time_needed(sentence: str, status: str) -> None:
    assert profile_verdict("## 五、数据保存\n\n" + sentence + "\n", "eu-gdpr/retention").status == status
