"""Disclosure profiles, round 6: eu-gdpr and us-ccpa on Chinese GDPR sections and plain English (issue #14).

The clean blind rounds read eu-gdpr worst (74.4%), and nearly every error was a false
"missing": a GDPR section written in Chinese (「法律依据」「合法利益」「标准合同条款」), a one-person
app in plain words ("published by Jane Doe", "Your data stays on your device", "Email me at …
to have your data deleted", logs that "expire after 24 hours"), a denial of sharing as the
recipients and the sale statement, and non-discrimination without the word "discriminate".
A few errors were false "covered" of the refusal kind (「您无需提出访问…的请求」) or a citation at
a plain-text title ("CCPA Privacy Rights (Do Not Sell My Personal Information)") or at the
wrong one of two rights sections.

Every class is written as short texts of our own, on both sides: the sentence that discloses
the item, and the near miss that must stay missing (a mention, a title alone, a refusal, a
hypothetical, a template slot). The real documents that showed them are dev data in
eval/profiles (en6-*, gdpr6-*).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# --- Chinese GDPR sections: the legal bases named ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## 法律依据（适用于欧洲经济区用户）\n\n我们基于以下法律依据处理您的个人数据：\n\n- 履行合同：为向您提供服务所必需；\n- 您的同意：例如发送通知。",
            "covered",
        ),
        ("## GDPR 下的处理依据\n\n我们仅在获得您的同意，或为履行与您签订的合同所必需时处理您的数据。", "covered"),
        ("## 欧盟用户\n\n为履行我们的法定义务所必需时，我们会保存发票信息。", "covered"),
        ("## 欧盟用户\n\n我们基于合法利益处理日志，以保障服务安全。", "covered"),
        # near misses: the basis relied on but never named, a refusal, a heading over nothing
        ("## 法律依据\n\n我们依据适用的法律依据处理您的个人数据。", "missing"),
        ("## 法律依据\n\n由于我们不处理用户数据，因此无相关法律依据适用。如将来政策发生改变，我们将在征得您同意后实施。", "missing"),
        ("## 法律依据\n\n请联系我们了解详情。", "missing"),
        ("## Legal basis\n\nSince we do not process any personal data, we do not rely on any legal basis.", "missing"),
    ],
)
def test_legal_basis_named_in_chinese(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/legal-basis") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 法律依据\n\n- 合法利益——在不凌驾于您的权利之上的前提下，运营和改善我们的平台。", "covered"),
        ("## 法律依据\n\n我们的合法利益在于防范欺诈和保障网络安全。", "covered"),
        ("## 法律依据\n\n基于我们的合法利益（例如防范欺诈、改进服务）处理日志。", "covered"),
        # near misses: the interest never said, only the basis named
        ("## 法律依据\n\n为实现我们的合法利益所必需，但该等利益不应凌驾于您的权利之上。", "missing"),
        ("## 法律依据\n\n我们可能基于合法利益处理您的数据。", "missing"),
    ],
)
def test_legitimate_interests_stated_in_chinese(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## 欧盟用户\n\n您可以联系我们的数据保护官：dpo@mail.eu。", "eu-gdpr/dpo", "covered"),
        ("## 欧盟用户\n\n您有权向您所在地的主管数据保护机构提出投诉。", "eu-gdpr/complaint", "covered"),
        ("## 欧盟用户\n\n您有权向监管机构投诉。", "eu-gdpr/complaint", "covered"),
        ("## 欧盟用户\n\n您可以随时撤回您的同意，这不影响撤回前处理的合法性。", "eu-gdpr/withdraw-consent", "covered"),
        ("## 欧盟用户\n\n我们不会仅基于自动化处理做出对您产生法律效力的决定。", "eu-gdpr/automated-decisions", "covered"),
        ("## 欧盟用户\n\n我们不进行自动化决策，也不进行用户画像。", "eu-gdpr/automated-decisions", "covered"),
        ("## 欧盟用户\n\n如未能提供相关个人数据，我们将无法向您提供所请求的服务。", "eu-gdpr/requirement", "covered"),
        # near misses: a complaint to us, automatic updates, a duty the user has
        ("## 联系我们\n\n如有投诉，请联系我们的客服。", "eu-gdpr/complaint", "missing"),
        ("## 欧盟用户\n\n应用会自动更新，并自动处理缓存。", "eu-gdpr/automated-decisions", "missing"),
        ("## 欧盟用户\n\n您应提供真实的信息。", "eu-gdpr/requirement", "missing"),
    ],
)
def test_gdpr_items_in_chinese(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 数据跨境传输\n\n我们会将数据传输至美国的服务器，并使用欧盟委员会的标准合同条款（SCC）予以保护。", "covered"),
        ("## 数据跨境传输\n\n数据会传输至欧盟委员会已做出充分性决定的国家。我们会传输至位于美国的服务器。", "covered"),
        # near miss: data goes abroad with no safeguard named
        ("## 数据跨境传输\n\n你的消息内容将传输至境外服务器，受当地法律管辖。", "missing"),
    ],
)
def test_transfer_safeguard_named_in_chinese(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/transfers") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## GDPR 下的权利\n\n- 访问权：获取我们持有的您的个人数据副本；\n- 删除权：要求删除您的个人数据。", "covered"),
        ("## 您的权利\n\n您享有访问权、更正权、删除权和数据可携带权。", "covered"),
        # near misses: a refusal, a right that is no data right, a title alone
        ("## 您的权利\n\n由于我们不保存任何个人信息，您无需提出访问、更改或删除数据的请求。", "missing"),
        ("## 您的权利\n\n您有权：\n\n- 卸载应用以终止所有功能\n- 联系我们提出任何隐私问题", "missing"),
    ],
)
def test_gdpr_rights_named_in_chinese(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/rights") == expected


# --- the controller: a person or a handle, a label, a brand defined as 我们 --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'This privacy policy applies to the mobile application ("the App") published by **Jane Doe**.\n\n## Contact\n\nEmail: jane@doe.dev',
            "covered",
        ),
        ("This is an open source Android app developed by Max Muster.\n\nQuestions? max@muster.de", "covered"),
        ("I (Jane Doe) built this app in my spare time. Write to jane@doe.dev.", "covered"),
        ("**Data Controller:** Richard Roe, 12 High Street, Leeds, roe@mail.uk", "covered"),
        ("**运营者/数据控制者**：Kiteline 由独立开发者（GitHub ID: kite-dev）开发并维护。\n- 开发者邮箱：kite@mail.cn", "covered"),
        (
            "**Operator/Data Controller**: Kiteline is developed and maintained by an independent developer (GitHub ID: kite-dev).\n- Email: kite@mail.cn",
            "covered",
        ),
        ("本隐私政策适用于 NoteWise 移动应用程序（以下简称“我们”）。\n\n## 联系我们\n\n邮箱地址：nw@mail.cn", "covered"),
        # near misses: no contact anywhere, a library's author, a template slot, an alias that is no name
        ('This privacy policy applies to the mobile application ("the App") published by **Jane Doe**.', "missing"),
        ("This app uses a chart library developed by Google. Email: a@b.dev", "missing"),
        ("**Data Controller:** [Your Company Name]\n\nEmail: a@b.dev", "missing"),
        ("本应用由独立开发者（以下简称“我们”）开发并维护。邮箱：a@mail.cn", "missing"),
        ("本隐私政策适用于本应用（以下简称“我们”）。邮箱地址：nw@mail.cn", "missing"),
    ],
)
def test_controller_as_a_person_a_handle_or_a_label(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/controller") == expected


# --- nothing shared, data on the device: the recipients (and the sale statement) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Sharing\n\nWe do **not** share any information with third parties.", "covered"),
        (
            "The app does not create any data, store any data on your device except the initial download, or sends any data, not even debug files, anywhere.",
            "covered",
        ),
        ("## Your data\n\nAll your data stays on your device and never leaves it.", "covered"),
        ("## 数据共享\n\n我们不收集、出售或共享任何个人数据。", "covered"),
        ("## 数据传输说明\n\n我们不使用任何第三方服务器或云存储，不存在用户数据传输行为。", "covered"),
        ("## Data Storage\n\n- Data stored in Supabase (encrypted at rest)", "covered"),
        # near misses: an exception, consent as the condition, storage by default, the user's own duty
        ("## Sharing\n\nWe do not share any information with third parties except where necessary.", "missing"),
        ("## 数据共享\n\n未经您的同意，我们不会共享任何个人信息。", "missing"),
        ("## Storage\n\nYour notes are stored on your device by default.", "missing"),
        ("## Rules\n\nYou must not share your password with third parties.", "missing"),
    ],
)
def test_nothing_shared_states_the_recipients(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/recipients") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Third-Party Sharing\n\nWe do **not** share any information with third parties.", "covered"),
        ("## California\n\nWe do not sell your personal information.", "covered"),
        ("## 加州用户\n\n我们不出售你的个人信息。", "covered"),
        # near misses: a title alone, the opt-out right, a conditional denial
        ("CCPA Privacy Rights (Do Not Sell My Personal Information)\n\nUnder the CCPA you have rights.", "missing"),
        ("## Your choices\n\nYou may opt out of the sale of your personal information.", "missing"),
        ("## Sharing\n\nWe do not share your information with third parties without your consent.", "missing"),
    ],
)
def test_a_denial_of_sharing_is_the_sale_statement(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/sold-or-shared") == expected


def test_a_plain_text_title_is_not_cited_for_the_opt_out_right() -> None:
    text = (
        "CCPA Privacy Rights (Do Not Sell My Personal Information)\n\n"
        "Under the CCPA, California consumers have the right to:\n\n"
        "Request that a business that sells a consumer's personal data, not sell the consumer's personal data.\n"
        "If you would like to exercise any of these rights, please contact us at a@b.dev."
    )
    found = verdict(text, "us-ccpa/right-to-opt-out")
    assert found.status == "covered"
    assert "Request that a business" in found.evidence.text
    assert (
        status("CCPA Privacy Rights (Do Not Sell My Personal Information)\n\nWe care about privacy.", "us-ccpa/right-to-opt-out")
        == "missing"
    )


# --- plain English: retention in hours, an e-mail path to a right ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Data Storage\n\n- Debug logs auto-expire after 24 hours", "covered"),
        ("Data is kept until you delete your account.", "covered"),
        ("## Data Storage\n\n- Session tokens cleared on logout", "covered"),
        # near misses: a heading over nothing, a period that is no storage
        ("## Data Storage\n\n- Data stored in Supabase (encrypted at rest)", "missing"),
        ("Support replies within 24 hours.", "missing"),
    ],
)
def test_retention_in_hours_or_at_an_event(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/retention") == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("Email me at jane@doe.dev to have your data deleted.", "eu-gdpr/rights", "covered"),
        ("Email me at jane@doe.dev to have your data deleted.", "us-ccpa/right-to-delete", "covered"),
        ("Email me at jane@doe.dev to have your data deleted.", "us-ccpa/how-to-submit", "covered"),
        (
            '## Data Deletion Requests\n\nPlease email kite@mail.cn with the subject line "Data Deletion Request".',
            "us-ccpa/how-to-submit",
            "covered",
        ),
        ('**数据删除请求**：\n- 请发邮件至 kite@mail.cn，标题写明"数据删除请求"。', "us-ccpa/how-to-submit", "covered"),
        # near misses: a question channel, a refusal, nothing to delete
        ("Email me at jane@doe.dev if you have questions.", "us-ccpa/how-to-submit", "missing"),
        ("Email me at jane@doe.dev if you have questions.", "eu-gdpr/rights", "missing"),
        (
            "Since we do not collect or store any personal data, there is no data to access, modify, or delete.",
            "us-ccpa/right-to-delete",
            "missing",
        ),
        ("## 您的权利\n\n由于我们不保存任何个人信息，您无需提出访问、更改或删除数据的请求。", "us-ccpa/right-to-delete", "missing"),
        ("## 您的权利\n\n由于我们不保存任何个人信息，您无需提出访问、更改或删除数据的请求。", "us-ccpa/right-to-know", "missing"),
    ],
)
def test_a_right_and_its_way_in_plain_words(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- whether providing data is required, in plain words -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 数据说明\n\n应用的所有功能在无此类信息的情况下正常运行。", "covered"),
        ("The app functions without requiring any of this data.", "covered"),
        ("You don't have to give us any personal data to use the app.", "covered"),
        # near misses: permissions, a duty to be truthful, nothing about providing
        ("The app does not need any permissions.", "missing"),
        ("You must provide accurate information.", "missing"),
        ("The app works offline.", "missing"),
    ],
)
def test_requirement_stated_as_not_needed(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/requirement") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Legitimate interests\n\n- Keeping the service secure\n- Fixing bugs and preventing fraud", "covered"),
        ("- **Legitimate interests** – keeping the app secure and fixing crashes.", "covered"),
        # near misses: a heading over a sentence that names only the basis
        ("## Legitimate interests\n\nWe may rely on legitimate interests where the law permits.", "missing"),
    ],
)
def test_legitimate_interests_as_a_list_heading(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No decisions about you are ever made automatically.", "covered"),
        ("We never let an algorithm make decisions about you.", "covered"),
        # near miss: automatic is about something else
        ("The app makes automatic backups.", "missing"),
        ("The decision to share is yours.", "missing"),
    ],
)
def test_automated_decisions_denied_in_plain_words(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/automated-decisions") == expected


# --- CCPA: non-discrimination, agents and the right to limit in plain words -------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## 加州\n\n用户的隐私选择不会导致任何歧视。", "us-ccpa/non-discrimination", "covered"),
        ("We do not discriminate based on privacy choices.", "us-ccpa/non-discrimination", "covered"),
        ("We won't treat you differently if you ask us to delete your data.", "us-ccpa/non-discrimination", "covered"),
        ("You may designate someone else to make a request for you.", "us-ccpa/authorized-agent", "covered"),
        (
            "We do not use sensitive personal information for purposes other than providing the service.",
            "us-ccpa/right-to-limit",
            "covered",
        ),
        # near misses: discrimination of another kind, someone else using the account, sensitive data protected
        ("## 社区规则\n\n我们反对任何形式的歧视。", "us-ccpa/non-discrimination", "missing"),
        ("Do not let someone else use your account.", "us-ccpa/authorized-agent", "missing"),
        ("We protect sensitive data with encryption.", "us-ccpa/right-to-limit", "missing"),
    ],
)
def test_ccpa_items_in_plain_words(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- two rights sections: each law's item cites its own section --------------------------------


def test_ccpa_right_cites_the_california_bullet_not_a_general_choice() -> None:
    text = (
        "## 你的权利与选择\n\n你可以随时：\n\n- 通过应用设置中的清除数据功能删除所有本地存储的信息。\n\n"
        "## 国际用户权益说明\n\n"
        "- **欧盟/欧洲经济区用户**：根据 GDPR，你有权访问、更正、删除你的个人数据。\n"
        "- **加州用户**：根据 CCPA，你有权了解我们收集的信息、要求删除、以及选择不出售个人信息。我们不出售你的个人信息。\n"
    )
    for item in ("us-ccpa/right-to-delete", "us-ccpa/right-to-know", "us-ccpa/right-to-opt-out"):
        found = verdict(text, item)
        assert found.status == "covered"
        assert found.evidence.line == 12, item


def test_gdpr_rights_cite_the_gdpr_section_not_the_california_one() -> None:
    text = (
        "## Your California Privacy Rights\n\nCalifornia residents have the right to request deletion of their personal information.\n\n"
        "## Your rights under the GDPR\n\nYou have the right to access, rectify and erase your personal data.\n"
    )
    found = verdict(text, "eu-gdpr/rights")
    assert found.status == "covered"
    assert found.evidence.line == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Third parties\n\nWhen you connect an AI provider, your request data is transmitted to those providers.", "covered"),
        ("## 第三方服务\n\n当你连接第三方 AI 服务时，你的请求数据会发送至你选择的第三方服务商。", "covered"),
        # near misses: a denial, our own servers
        ("## Third parties\n\nYour messages are never transmitted to third-party providers.", "missing"),
        ("## Storage\n\nYour settings are sent to our servers for backup.", "missing"),
    ],
)
def test_data_sent_to_the_providers_you_use(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/recipients") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## Information We Process\n\nWe may process the following:\n\n- Conversation content: text you send and images you upload.",
            "covered",
        ),
        ("## 我们处理的信息\n\n本应用可能处理以下信息：\n\n- 配置信息：你在应用内填写的模型配置。", "covered"),
        # near miss: what the person may do, with nothing processed
        ("## Tips\n\nYou can send feedback from the menu.", "missing"),
    ],
)
def test_ccpa_sources_as_what_the_person_enters(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/sources") == expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # an app permission is no right of access (访问权限), a basis named only in a withdrawal's consequence, a refusal
        # reason, 合法权益 (interests protected by law), a statement about children only, the user's own duty
        ("## 您的权利\n\n部分功能需要您开启通知、蓝牙等访问权限。", "eu-gdpr/rights"),
        ("## 您的权利\n\n撤回后不影响撤回前已基于同意进行的处理。", "eu-gdpr/legal-basis"),
        ("## 拒绝请求\n\n与履行法定义务冲突时，我们可能拒绝您的请求。", "eu-gdpr/legal-basis"),
        ("## 法律依据\n\n3. 保护合法权益：为保护我们或他人的合法权益，在必要的范围内。", "eu-gdpr/legitimate-interests"),
        ("## 儿童\n\n我们不会向第三方披露儿童的任何信息。", "eu-gdpr/recipients"),
        ("## 账号安全\n\n请不要将上述资料提供给任何人或允许任何人以您的个人资料登录。", "eu-gdpr/recipients"),
        ("## 账号安全\n\n请不要将上述资料提供给任何人或允许任何人以您的个人资料登录。", "us-ccpa/sold-or-shared"),
        ("## 诊断\n\n不应将包含敏感信息的诊断报告发送给不可信第三方。", "eu-gdpr/recipients"),
        ("## Sharing\n\nWe do not share your personal information with third parties for their marketing purposes.", "eu-gdpr/recipients"),
    ],
)
def test_near_misses_found_on_the_corpora(text: str, item: str) -> None:
    assert status(text, item) in {"missing", "not-applicable"}


def test_interest_stated_with_chuyu_is_a_basis_and_the_interest() -> None:
    text = "## 法律依据\n\n出于提供额外功能和更个性化体验的合法利益考虑。"
    assert status(text, "eu-gdpr/legal-basis") == "covered"
    assert status(text, "eu-gdpr/legitimate-interests") == "covered"


def test_a_ccpa_deletion_right_is_not_the_minors_eraser_law() -> None:
    text = (
        "## 您的权利\n\n您有权要求删除您的个人资料。\n\n## 附录（仅限加州居民）\n\n"
        "若您是 18 岁以下的加利福尼亚州居民，您可要求我们删除您在网站上公开发布的提交内容。"
    )
    found = verdict(text, "us-ccpa/right-to-delete")
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## GDPR 下的权利\n\n- 删除：您可以要求我们删除您的数据。\n- 导出：获取您的数据副本。", "eu-gdpr/rights", "covered"),
        ("## Your choices\n\n| Right | How |\n|---|---|\n| Access | Email us to get a copy of your data |", "eu-gdpr/rights", "covered"),
        ("- **Right to erasure** – ask us to delete your account and data.", "eu-gdpr/rights", "covered"),
        ("**Developer / Legal Entity:** 梅尔摩斯\n\nContact: mm@mail.cn", "eu-gdpr/controller", "covered"),
        ("We use your email address to send you login links.", "eu-gdpr/purposes", "covered"),
        ("Crash reports are sent to Sentry.", "eu-gdpr/recipients", "covered"),
        ("If you are in the EU, you can contact your local data protection regulator.", "eu-gdpr/complaint", "covered"),
        ("## 欧盟用户\n\n如有疑问，您也可以向当地监管部门投诉。", "eu-gdpr/complaint", "covered"),
        # near misses: a permission under a rights heading, a visit, an SDK developer, a regulator we cooperate with
        ("## 您的权利\n\n部分功能需要您授予相册访问权限。", "eu-gdpr/rights", "missing"),
        ("## 您的权利\n\n当您访问我们的网站时，我们会记录日志。", "eu-gdpr/rights", "missing"),
        ("| SDK | Developer: Google LLC |\n\nContact: a@b.dev", "eu-gdpr/controller", "missing"),
        ("## 监管\n\n我们会配合监管机构的要求。", "eu-gdpr/complaint", "missing"),
        ("We may disclose information when a regulator asks for it.", "eu-gdpr/complaint", "missing"),
    ],
)
def test_rights_labels_developer_purposes_and_complaint_shapes(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## 欧盟用户\n\n如果您在欧盟，您有权联系您当地的数据保护机构。", "eu-gdpr/complaint", "covered"),
        # a promise to protect rights under a rights heading grants none; working with regulators is no right to complain
        ("## 您的权利\n\n我们尽全力保护您对于您个人信息的查询、访问、修改、删除等权利。", "eu-gdpr/rights", "missing"),
        ("## 申诉\n\n我们会与适当的监管机构合作，处理无法直接解决的申诉。", "eu-gdpr/complaint", "missing"),
    ],
)
def test_chinese_complaint_and_rights_promise(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## Apps\n\nNo data is sent from the app to any server.", "eu-gdpr/recipients", "covered"),
        ("I operate the website on infrastructure of uberspace as hosting provider.", "eu-gdpr/recipients", "covered"),
        ("If the app crashes, I might receive logs from google.", "eu-gdpr/source", "covered"),
        ("We collect anonymous usage data to improve our service.", "us-ccpa/purposes", "covered"),
        ("We store only the content you explicitly create and save within the app.", "us-ccpa/sources", "covered"),
        # near misses: data sent only if you choose, logs we send to google, a store you visit
        ("## Apps\n\nNo data is sent unless you enable sync.", "eu-gdpr/recipients", "missing"),
        ("The app uses Google Sign-In.", "eu-gdpr/source", "not-applicable"),
        ("We store data securely.", "us-ccpa/sources", "missing"),
    ],
)
def test_shapes_of_the_post_tuning_run(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes"])
def test_servers_are_not_a_purpose_and_a_denial_is_none(item: str) -> None:
    assert status("- **No Collection**: We do not collect, store, or transmit any data to our own servers.", item) == "missing"
    assert status("We collect your e-mail address to send you login links.", item) == "covered"


def test_a_purpose_beside_a_denial_in_one_sentence_still_counts() -> None:
    text = "We only collect necessary information to provide better services, and our app does not collect personal data without consent."
    assert status(text, "eu-gdpr/purposes") == "covered"


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("Cloud sync won't work without an account.", "eu-gdpr/requirement", "covered"),
        ("You must provide an e-mail address to create an account.", "eu-gdpr/requirement", "covered"),
        ("I'm Jane Doe, the indie developer of Orbit Notes. Write to jane@doe.dev.", "eu-gdpr/controller", "covered"),
        ("You can ask what data we hold about you.", "eu-gdpr/rights", "covered"),
        ("You can ask what data we hold about you.", "us-ccpa/right-to-know", "covered"),
        ("Someone you authorize may submit a request for you.", "us-ccpa/authorized-agent", "covered"),
        (
            "## Your California Privacy Rights\n\nYou can opt out by clicking the Do Not Sell or Share My Personal Information link.",
            "us-ccpa/right-to-opt-out",
            "covered",
        ),
        # near misses: the app works offline, a duty, the developer unnamed, a question about a feature
        ("The app works without an internet connection.", "eu-gdpr/requirement", "missing"),
        ("I am the developer of this app. Write to a@b.dev.", "eu-gdpr/controller", "missing"),
        ("You can ask what features we plan next.", "eu-gdpr/rights", "missing"),
    ],
)
def test_more_plain_words(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("- **Legitimate interests** – to keep the service secure.", "eu-gdpr/legitimate-interests", "covered"),
        ("## Data retention\n\nWe keep your data while your account is active.", "eu-gdpr/retention", "covered"),
        ("## Your choices\n\n- You can export your data from Settings.", "us-ccpa/right-to-know", "covered"),
        ("Orbit Notes is made by Jane Doe, an indie developer. Contact: jane@doe.dev", "eu-gdpr/controller", "covered"),
        ("## Contact\n\nJane Doe\nExample Street 1\n10115 Berlin\njane@doe.dev", "eu-gdpr/controller", "covered"),
        ("## Analytics\n\nWe use TelemetryDeck to count app launches.", "eu-gdpr/recipients", "covered"),
        ("## Payments\n\nPurchases are handled by Apple.", "eu-gdpr/recipients", "covered"),
        (
            "## Hosting\n\nOur backend runs on Vercel in the US. We rely on the EU-US Data Privacy Framework.",
            "eu-gdpr/transfers",
            "covered",
        ),
        (
            "You will not receive a different price or quality of service for exercising your rights.",
            "us-ccpa/non-discrimination",
            "covered",
        ),
        # near misses: the extent of an interest, an export of notes, a font's author, an e-mail alone under Contact,
        # payments never handled by us, data stored in the EU
        ("- **Legitimate interests** – to the extent the law allows.", "eu-gdpr/legitimate-interests", "missing"),
        ("## Your choices\n\n- You can export your notes as PDF.", "us-ccpa/right-to-know", "missing"),
        ("The Inter font is made by Rasmus Andersson. Contact: a@b.dev", "eu-gdpr/controller", "missing"),
        ("## Contact\n\nSupport Team\nsupport@orbit.dev", "eu-gdpr/controller", "missing"),
        ("## Payments\n\nPayments are never processed by us.", "eu-gdpr/recipients", "missing"),
        ("## Hosting\n\nYour data is stored on Supabase servers in Frankfurt, Germany.", "eu-gdpr/transfers", "not-applicable"),
    ],
)
def test_shapes_of_a_small_developers_gdpr_section(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


def test_a_feature_still_in_development_grants_no_right() -> None:
    assert status("## Your rights\n\n- You can export your data (feature in development)", "us-ccpa/right-to-know") == "missing"
    assert status("## Your rights\n\n- You can export your data from Settings.", "us-ccpa/right-to-know") == "covered"


def test_access_control_is_no_right_to_know() -> None:
    assert (
        status("## Security\n\n- Authentication: Only authenticated users can access their own data", "us-ccpa/right-to-know") == "missing"
    )


@pytest.mark.parametrize(
    "text",
    [
        "## Right to Access\n\n- You can view all your data in the extension at any time",
        "## 访问权\n\n- 您可以随时在扩展中查看您的所有数据",
    ],
)
def test_viewing_ones_own_data_is_the_right_to_know(text: str) -> None:
    assert status(text, "us-ccpa/right-to-know") == "covered"


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## 欧盟用户\n\n为了我们的合法利益，例如保障服务安全，我们会处理日志。", "eu-gdpr/legitimate-interests", "covered"),
        ("## 欧盟用户\n\n注册时邮箱为必填信息，昵称为选填。", "eu-gdpr/requirement", "covered"),
        # near misses: the basis without the interest, a form that is only described
        ("## 欧盟用户\n\n为了我们的合法利益，我们会处理日志。", "eu-gdpr/legitimate-interests", "missing"),
        ("## 欧盟用户\n\n注册页面包含邮箱和昵称两个输入框。", "eu-gdpr/requirement", "missing"),
    ],
)
def test_chinese_interest_with_a_comma_and_required_fields(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


def test_cookies_needed_for_the_site_are_not_a_required_field() -> None:
    assert status("## Cookie\n\n必要cookie：这些cookie对于网站的基本功能是必需的。", "eu-gdpr/requirement") == "missing"


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## 您的权利\n\n您可以在系统设置中取消您的授权。", "eu-gdpr/withdraw-consent", "covered"),
        ("You can change your cookie preferences at any time from the banner.", "eu-gdpr/withdraw-consent", "covered"),
        ("For analytics we rely on your consent.", "eu-gdpr/legal-basis", "covered"),
        ("You also have the right to complain to the ICO.", "eu-gdpr/complaint", "covered"),
        ("We use your location to show nearby stores.", "eu-gdpr/purposes", "covered"),
        ("We delete inactive accounts after 2 years.", "eu-gdpr/retention", "covered"),
        # near misses: a cancelled order, a consent you cannot change, an ICO registration, a retention heading over nothing
        ("## 订单\n\n您可以取消订单。", "eu-gdpr/withdraw-consent", "missing"),
        ("Cookie preferences are stored for one year.", "eu-gdpr/withdraw-consent", "missing"),
        ("We are registered with the ICO.", "eu-gdpr/complaint", "missing"),
        ("We delete spam comments.", "eu-gdpr/retention", "missing"),
    ],
)
def test_consent_complaint_purpose_and_deletion_shapes(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


def test_where_the_company_is_based_is_no_transfer() -> None:
    assert status("We are located in the United States.", "eu-gdpr/transfers") == "not-applicable"
