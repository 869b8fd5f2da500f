"""Disclosure profiles, the lead's classes of the nineteenth session (issue #14).

Each class has both sides: the shape now judged as a reviewer judges it, and its look-alike that keeps its verdict.
The texts are invented; the classes come from the blind sets' disagreements.

- A phrase cut by markup: the positive patterns read the folded text, where bold and inline tags are blanked out so that
  offsets map to the source; a pattern that allows a blank or two between words found nothing across 「**」 or
  「<strong>」.  A pattern that finds nothing there is now tried on the text without markup, and its match is moved
  back to the source's offsets (`coverage.Moved`): the citation is the source line, its words the source's.
- An owner sentence naming several makers whose subject is the alias just defined: 「…系統（以下簡稱「本系統」）由 A 團隊、
  B 工作室 開發與維護」 (tw-pdpa/agency); not a login service defined so and provided by big platforms.
- Rights written as a list of verbs with blanks around the slash (「查看 / 修改 / 删除单条记录：在应用内对应页面操作」,
  「访问 / 更正：进入【个人中心】-【编辑资料】可查看」); 编辑 as correcting; a wish to see or edit one's data with the way
  through a page (「如果您希望访问或编辑您的账户中的个人资料信息…您可以登录账号并通过“个人信息编辑页面”执行此类操作」);
  个人中心 as a way.
- cn-gbt35273/functions: a data label whose value names the function in which the person gives or produces the data
  (「**账户信息**：您在注册账户时提供的用户名」), not the app used as a whole; a feature that sends what the person typed
  (「使用 AI 生成例句等功能时，我们会将您输入的单词发送至…」); the user named 用户 with what is given at a function and its kinds.
- eu-gdpr/requirement: a kind of data required of the person for a stated end, signing in required for a feature; not
  consent or a licence required.
- Sensitive kinds that make the sensitive items apply: payment information and records of the body (经期, 体温, 症状) in
  both Chinese profiles; not a login password (tried for GB/T 35273, whose Annex B counts 口令, and taken back: blind
  annotators read a password as no sensitive data), nor payment information denied.
- us-ccpa/how-to-submit: a request made through a web address, or sent through the contact details the document gives
  (only where it gives some); not a web address for reading about rights.
- cn-pipl/methods: storage on servers or in a database, and security handling applied to the data (encryption, access
  control, de-identification), as the annotators' rule reads PIPL's processing methods; not storage denied, not a data
  label whose value is 匿名化处理.
- cn-gbt35273/withdraw-consent: a feature that reads or sends data, turned off by the person, named as 它/此功能 in a
  section that says what it reads or sends; not a display setting. cn-gbt35273/public-disclosure: 「不向任何第三方…公开披露」.
- tw-pdpa/rights: 「如果您要刪除…帳號，請與我們聯繫」 (a wish written 如果您要, a channel written 與我們聯繫) and a bullet that
  holds the way and the right (「•聯絡我們以刪除您的個人資料」), where the document gives a contact; not a wish to know more.
- us-ccpa/right-to-limit: limiting what is *used or disclosed* of sensitive information, not any "limit" beside
  "sensitive" ("the law of your state may limit these rights by … prohibiting us from providing certain sensitive
  information" is no such right).
"""

from __future__ import annotations

import pytest

from helpers import profile_status, profile_verdict


def _doc(*paragraphs: str) -> str:
    """A policy of these paragraphs (`profile_verdict` puts a title line and a blank line above: the first is line 5)."""
    return "# 隱私權政策\n\n" + "\n\n".join(paragraphs) + "\n"


# --- a phrase cut by markup -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "line", "word"),
    [
        (_doc("本 App 由開發者 **陳小明** 提供。"), "tw-pdpa/agency", 5, "陳小明"),
        (_doc("本網站由開發者 <b>林大華</b> 提供。"), "tw-pdpa/agency", 5, "林大華"),
        (
            _doc(
                'This notice of Northwind LLC ("<strong>we</strong>," "<strong>us</strong>") explains our practices.',
                "Contact: privacy@northwind.dev.",
            ),
            "eu-gdpr/controller",
            5,
            "Northwind LLC",
        ),
    ],
)
def test_a_phrase_cut_by_markup_is_read_as_words(text: str, item: str, line: int, word: str) -> None:
    """Bold or a tag inside the phrase that discloses: covered, cited at the source line, with the source's words."""
    verdict = profile_verdict(text, item)
    assert verdict.status == "covered"
    assert verdict.evidence.line == line
    assert any(word in w for w in verdict.evidence.words)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the same words without the markup were not a disclosure either: taking markup out adds no meaning
        (_doc("本 App 使用 **Google Analytics** 統計流量。"), "tw-pdpa/agency"),
        # a negation in bold still negates (the yes/no checks read the text without markup, as before)
        (_doc("我们**不会**收集您的姓名、通讯录或位置信息。"), "cn-pipl/categories"),
        (_doc("本應用<b>不</b>蒐集任何個人資料。"), "tw-pdpa/categories"),
    ],
)
def test_markup_taken_out_adds_no_disclosure(text: str, item: str) -> None:
    """Text that discloses nothing with its markup discloses nothing without it."""
    assert profile_status(text, item) == "missing"


def test_a_match_in_the_text_without_markup_maps_to_the_source_offsets() -> None:
    """The moved match starts at its first character and ends after its last, in the folded text's offsets."""
    import re

    from policylens.profiles.coverage import Unit, _dense_search, _marked, _unmarked

    folded = "本 app 由开发者   yu   提供"
    base = "本 app 由开发者 **yu** 提供"
    marked = _marked(base, folded)
    assert marked is not None
    unit = Unit(base, folded, None, (), None, None, marked, _unmarked(marked))  # type: ignore[arg-type]
    hit = _dense_search(re.compile("开发者 yu 提供"), unit)
    assert hit is not None
    assert folded[hit.start() : hit.end()] == "开发者   yu   提供"
    assert hit.group() == folded[hit.start() : hit.end()]


# --- several makers after an alias ------------------------------------------------------------------------------


def test_several_makers_after_the_alias_just_defined() -> None:
    """The alias 「本系統」 defined in brackets, then 由 two named makers 開發與維護: the agency."""
    text = _doc("農產品價格查詢系統（以下簡稱「本系統」）由 晨光團隊、北區創客 開發與維護。")
    verdict = profile_verdict(text, "tw-pdpa/agency")
    assert verdict.status == "covered"
    assert verdict.evidence.line == 5


def test_big_platforms_after_an_alias_are_no_agency() -> None:
    """A login service defined as 「本系統」 and provided by big platforms names no operator."""
    assert profile_status(_doc("我們使用的登入系統（以下簡稱「本系統」）由 Google、Apple 提供。"), "tw-pdpa/agency") == "missing"


# --- rights as verbs with blanks around the slash, editing, a page as the way ----------------------------------

_RIGHTS = "## 你的权利与数据管理\n\n"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (_RIGHTS + "- **查看 / 修改 / 删除单条记录**：在应用内对应页面操作。\n", ("access", "correct", "delete")),
        (_RIGHTS + "访问 / 更正：进入【个人中心】-【编辑资料】可查看、修改头像、昵称。\n", ("access", "correct")),
        (
            _RIGHTS + "如果您希望访问或编辑您的账户中的个人资料信息，您可以登录账号并通过“个人信息编辑页面”执行此类操作。\n",
            ("access", "correct"),
        ),
    ],
)
def test_rights_with_blanks_around_the_slash_and_a_page_as_the_way(text: str, items: tuple[str, ...]) -> None:
    """Each right named in the list is covered, at the line that names it."""
    for item in items:
        verdict = profile_verdict(text, f"cn-gbt35273/{item}")
        assert verdict.status == "covered", item
        assert verdict.evidence.line == 5


@pytest.mark.parametrize(
    "text",
    [
        _RIGHTS + "- **查看 / 修改 / 删除单条记录**：请遵守社区规范。\n",  # no way given, a rule instead
        _RIGHTS + "如果您希望了解更多，请访问本页面。\n",  # a wish to know more, no right over one's data
        "## 产品功能\n\n- 查看 / 修改 / 删除：我们的管理员可在后台页面操作。\n",  # staff actions, not under a rights heading
    ],
)
def test_a_slash_list_without_a_way_or_a_right_covers_nothing(text: str) -> None:
    """No way, no right over one's own data, or not the reader's right: access stays missing."""
    assert profile_status(text, "cn-gbt35273/access") == "missing"


# --- cn-gbt35273/functions ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "- **账户信息**：您在注册账户时提供的用户名、手机号、电子邮箱等",
        "- 健康信息：您在健康评估中填写的身高、体重、饮食偏好",
        "当您使用 AI 翻译、AI 生成例句等功能时，我们会将您输入的单词发送至翻译服务商。",
        "如果你主动向助手提问，应用会把你的问题发送给模型服务商以获得回答。",
        "用户在报名活动时提供的个人信息，包括姓名、手机号码和通讯地址。",
    ],
)
def test_functions_named_with_the_data_they_take(text: str) -> None:
    """A function (registration, an assessment, an AI feature, a question, sign-up to an event) with the data it takes."""
    assert profile_status(_doc(text), "cn-gbt35273/functions") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "- 使用信息：您在使用本应用时产生的浏览记录",  # the app as a whole is no business function
        "当您使用本应用时，我们会将您输入的内容发送至服务器。",
        "用户在使用本服务时提供的信息，包括姓名、电话。",
        "- 录音数据：您在使用跟读功能时产生，我们不会收集或上传。",  # produced, but collecting denied
    ],
)
def test_the_app_as_a_whole_or_a_denial_is_no_function(text: str) -> None:
    """Using the app or service as a whole, or data the policy says it does not collect: no business function."""
    assert profile_status(_doc(text), "cn-gbt35273/functions") == "missing"


# --- eu-gdpr/requirement ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("An e-mail address is required from you so that we can confirm your account.", "covered"),
        ("Your name and phone number are mandatory to book an appointment.", "covered"),
        ("You must sign in with your Google account to use cloud backup.", "covered"),
        ("Your consent is required before we send newsletters.", "missing"),
        ("A valid licence is required to use the software.", "missing"),
        ("Where applicable, you must provide us with the relevant personal data to be able to use our services.", "covered"),
        ("There are exceptions, such as when the information is necessary for us to comply with a legal obligation.", "missing"),
        ("If your data is required for the fulfilment of a contract, we process it under Art. 6(1)(b) GDPR.", "missing"),
    ],
)
def test_data_required_for_an_end(sentence: str, status: str) -> None:
    """Data required of the person for an end says whether providing it is required; consent or a licence does not."""
    assert profile_status("## Your data\n\n" + sentence + "\n", "eu-gdpr/requirement") == status


# --- sensitive kinds -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        ("- 登录密码：用于验证您的身份。", "cn-gbt35273/sensitive-marked", "not-applicable"),  # annotators: no sensitive data
        ("- 支付信息：用于完成订单。", "cn-gbt35273/sensitive-marked", "missing"),
        ("我们会记录您输入的经期、症状和体温数据。", "cn-pipl/sensitive-necessity", "missing"),
        ("- 登录密码：用于验证您的身份。", "cn-pipl/sensitive-necessity", "not-applicable"),  # not PIPL Art. 28
        ("我们不会收集您的支付信息。", "cn-gbt35273/sensitive-marked", "not-applicable"),
    ],
)
def test_sensitive_kinds_make_the_sensitive_items_apply(text: str, item: str, status: str) -> None:
    """A sensitive kind collected makes the item apply (here missing: nothing marks it or states its necessity)."""
    assert profile_status("## 我们收集的信息\n\n" + text + "\n", item) == status


def test_a_password_protected_is_no_sensitive_collection() -> None:
    """「我们采用加密技术保护您的密码」 under a security heading collects nothing."""
    assert profile_status("## 安全\n\n我们采用加密技术保护您的密码。\n", "cn-gbt35273/sensitive-marked") == "not-applicable"


# --- us-ccpa/how-to-submit ---------------------------------------------------------------------------------------

_CA = "## California Privacy Rights\n\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (_CA + "To make a request, you may visit https://forms.example-host.com/to/abc to submit a request.\n", "covered"),
        (_CA + "Visit https://privacy.acme-widgets.com/requests to submit a verifiable consumer request.\n", "covered"),
        (
            _CA + "To exercise these rights, please submit your request using the contact details provided in this document.\n\n"
            "## Contact\n\nEmail: privacy@acme-widgets.com\n",
            "covered",
        ),
        (_CA + "To exercise these rights, please submit your request using the contact details provided in this document.\n", "missing"),
        (_CA + "For more information about your rights, visit https://oag.ca.gov/privacy/ccpa.\n", "missing"),
    ],
)
def test_requests_through_a_web_address_or_the_given_contact_details(text: str, status: str) -> None:
    """A web address to submit a request at, or the contact details the document gives, is a way in; reading is not."""
    assert profile_status(text, "us-ccpa/how-to-submit") == status


# --- cn-pipl/methods ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("本服务在位于新加坡的服务器上存储您的账号信息。", "covered"),
        ("您上传的照片将保存在我们的云端数据库中。", "covered"),
        ("我们使用加密技术、访问控制等措施来确保数据的安全性。", "covered"),
        ("我们对数据传输过程进行加密。", "covered"),
        ("我们不会在服务器上存储您的任何信息。", "missing"),
        ("- 使用数据：匿名化处理", "missing"),
    ],
)
def test_storage_and_security_handling_are_processing_methods(sentence: str, status: str) -> None:
    """Storage on servers and encryption or access control applied to the data are PIPL processing methods."""
    assert profile_status(_doc(sentence), "cn-pipl/methods") == status


# --- cn-gbt35273/withdraw-consent and public-disclosure ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("## AI 功能\n\nAI 功能默认关闭，开启后会将代码差异发送至您选择的模型服务商。\n\n- 您可以随时在设置中禁用它\n", "covered"),
        ("## 通知读取\n\n本应用会在您授权后读取通知内容。\n\n- 用户可以随时在设置中关闭此功能\n", "covered"),
        ("## 夜间模式\n\n您可以随时在设置中关闭此功能。\n", "missing"),
    ],
)
def test_a_data_feature_turned_off_withdraws_consent(text: str, status: str) -> None:
    """Turning off a feature that reads or sends data changes the scope of the authorisation; a display setting does not."""
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == status


def test_no_public_disclosure_written_with_bu_xiang() -> None:
    """「本应用不向任何第三方共享、转让或公开披露个人信息」 states the public disclosure (none)."""
    text = _doc("本应用不向任何第三方共享、转让或公开披露个人信息。")
    assert profile_status(text, "cn-gbt35273/public-disclosure") == "covered"


# --- tw-pdpa/rights ------------------------------------------------------------------------------------------------

_CONTACT = "\n\n## 聯絡我們\n\n信箱：service@example-shop.tw\n"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("## 您的權利\n\n如果您要刪除您於本公司的帳號，請與我們聯繫。" + _CONTACT, "covered"),
        ("## 個資\n\n•聯絡我們以刪除您的個人資料。" + _CONTACT, "covered"),
        ("## 個資\n\n•聯絡我們以刪除您的個人資料。\n", "missing"),  # no contact anywhere: the pointer gives no way
        ("## 您的權利\n\n如果您想了解更多，請與我們聯繫。" + _CONTACT, "missing"),
    ],
)
def test_tw_rights_with_the_way_written_as_contacting_us(body: str, status: str) -> None:
    """A right asked for by contacting us, where the document gives a contact; a wish to know more is no right."""
    assert profile_status(body, "tw-pdpa/rights") == status


def test_what_the_person_enters_is_not_collected_when_denied() -> None:
    """「您输入的内容不会被收集或上传」 names no category."""
    assert profile_status(_doc("您输入的内容不会被收集或上传。"), "cn-pipl/categories") == "missing"


def test_records_of_the_body_are_kinds_of_data() -> None:
    """A health app's records (经期, 症状, 体温) entered by the person are the categories it processes."""
    text = _doc("我们仅在本地处理您手动录入的信息：经期起止日、每日症状、体温等。")
    assert profile_status(text, "cn-pipl/categories") == "covered"


# --- eu-gdpr/controller: a Chinese label with 是 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("出于数据收集目的，数据控制者是quietlabs，一个由独立开发者组成的小组。\n\n- 发送邮件到: <hello@quietlabs.dev>\n", "covered"),
        ("数据控制者为山海工作室。\n\n联系：hi@shanhai.studio\n", "covered"),
        ("数据控制者是您本人。\n\n联系：hi@shanhai.studio\n", "missing"),
    ],
)
def test_a_chinese_controller_label_written_with_shi(text: str, status: str) -> None:
    """「数据控制者是 NAME」 names the controller as 「数据控制者：NAME」 does; 「数据控制者是您本人」 names nobody."""
    assert profile_status(text, "eu-gdpr/controller") == status


# --- tw-pdpa/purposes and effect-of-not-providing -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "item", "status"),
    [
        ("我們會收集您的裝置型號與作業系統版本，以優化我們的服務並提供技術支援。", "tw-pdpa/purposes", "covered"),
        ("我們不會收集您的位置資訊，以保護您的隱私。", "tw-pdpa/purposes", "missing"),
        ("若您關閉Cookie時，可能會造成您使用本網站服務時之不便利或部分功能限制。", "tw-pdpa/effect-of-not-providing", "covered"),
        ("相關網頁載明為選填之欄位，僅為提供您更佳體驗，不影響您使用本網站之權益。", "tw-pdpa/effect-of-not-providing", "covered"),
        ("本網站使用Cookie以記住您的語言設定。", "tw-pdpa/effect-of-not-providing", "missing"),
    ],
)
def test_tw_purpose_after_a_comma_and_the_cost_of_refusing(sentence: str, item: str, status: str) -> None:
    """A purpose joined by 以 after the collection; refusing cookies costs inconvenience; optional fields cost nothing."""
    assert profile_status(_doc(sentence), item) == status


def test_a_rule_on_transfers_abroad_in_a_list_of_duties_is_no_transfer() -> None:
    """「(2) 从中国大陆向境外传输资料信息必须符合中国有关法规；」 is the user's duty, not the operator's storage or transfer."""
    text = _doc("(2) 从中国大陆向境外传输资料信息必须符合中国有关法规；")
    assert profile_status(text, "cn-gbt35273/cross-border") == "missing"
    assert profile_status(text, "cn-pipl/abroad-recipient") == "not-applicable"
    assert profile_status(_doc("我们会将您的个人信息传输至位于新加坡的服务器存储。"), "cn-pipl/abroad-recipient") == "missing"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("We do not knowingly collect or store any personal information from users under 13 years of age.", "missing"),
        ("We store data of users who are 16 years old or older.", "missing"),
        ("We store your data for 2 years after your last login.", "covered"),
    ],
)
def test_an_age_is_no_retention_period(sentence: str, status: str) -> None:
    """An age beside "store" ("13 years of age") is not how long data is kept."""
    assert profile_status("## Data\n\n" + sentence + "\n", "eu-gdpr/retention") == status


# --- eu-gdpr/source ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The server also asks Steam for your player name.", "covered"),
        ("- **Sources:** directly from you, and (for session tokens) from Bluesky after your sign-in.", "covered"),
        ("- Health data: step count (when you grant permission to access Apple Health).", "covered"),
        ("If you sign up using a third-party app, you will be asked to share certain information from your account.", "covered"),
        ("We do not access Apple Health.", "not-applicable"),
        ("- **Sources:** directly from you.", "not-applicable"),
    ],
)
def test_named_sources_make_the_source_item_apply_and_cover_it(sentence: str, status: str) -> None:
    """A named party asked for data, a Sources label naming one, a health platform read, a third-party sign-up: Art. 14."""
    assert profile_status("## Data we collect\n\n" + sentence + "\n", "eu-gdpr/source") == status


def test_what_you_enter_sent_to_our_server_names_the_source() -> None:
    """What the person enters, "sent to our server", names the person as the source."""
    text = "## Information we collect\n\nWhen you enter a URL into the checker, that URL is sent to our server.\n"
    assert profile_status(text, "us-ccpa/sources") == "covered"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("服务提供者：指本应用的互联网信息及软件技术服务提供者杭州某某网络技术有限公司。\n\n电话：0571-12345678\n", "covered"),
        ("第三方服务提供者：指为我们提供云服务的某某云计算有限公司。\n\n电话：0571-12345678\n", "missing"),
    ],
)
def test_the_operator_defined_by_its_role(text: str, status: str) -> None:
    """A definition of the policy's own role (服务提供者：指…有限公司) names the processor; a third party's role does not."""
    assert profile_status(text, "cn-pipl/processor") == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("如果你主动向助手提问，应用会把你的问题发送给 DeepSeek API 以获得回答。", "covered"),
        ("当您使用 AI 功能时，我们会将您输入的文本发送至 OpenAI 进行处理。", "covered"),
        ("您选择的照片可能会被发送至我们的处理服务（或第三方生成服务）进行计算。", "covered"),
        ("我们不会将您的照片发送给第三方。", "missing"),
        ("您的反馈内容将发送至我们的客服邮箱。", "missing"),
    ],
)
def test_input_sent_to_a_named_service_is_entrusted_processing(sentence: str, status: str) -> None:
    """The person's input sent to a named third-party service is shared (entrusted); to our own mailbox it is not."""
    assert profile_status(_doc(sentence), "cn-gbt35273/sharing") == status


# --- us-ccpa/right-to-limit -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You have the right to limit the use and disclosure of your sensitive personal information.",
        "We only use sensitive personal information for the purposes the CCPA permits.",
        "Sensitive personal information is used only for permitted purposes.",
        "您有权限制我们对敏感个人信息的使用。",
    ],
)
def test_right_to_limit_shapes(sentence: str) -> None:
    """Limiting the use or disclosure of sensitive information, or its use only for permitted purposes."""
    assert profile_status("## Your California Privacy Rights\n\n" + sentence + "\n", "us-ccpa/right-to-limit") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "Please note that the law of your state may limit these rights by, for example, prohibiting us from providing certain sensitive information in response to an access request.",
        "We limit access to your account to authorised staff, and sensitive systems are monitored.",
    ],
)
def test_a_limit_beside_sensitive_is_no_right_to_limit(sentence: str) -> None:
    """A limit on the person's rights, or on staff access, next to the word "sensitive": not the right to limit."""
    assert profile_status("## Your California Privacy Rights\n\n" + sentence + "\n", "us-ccpa/right-to-limit") == "missing"
