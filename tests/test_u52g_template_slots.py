"""Issue #11, fifty-second session (u52g): slot classes missed in the templates people publish (`eval/templates52`),
each with constructed texts both ways (Traditional, Simplified, English; text, Markdown, HTML); the template lines stay
as regressions at the end (the set is not blind for these classes: they were taken from it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_slots

_ROOT = Path(__file__).resolve().parent.parent
_SET = _ROOT / "eval" / "templates52" / "docs"

_HANS = "# 隐私政策\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录和找回账号。\n\n{}\n"
_HANT = "# 隱私權政策\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入和找回帳號。\n\n{}\n"
_EN = "# Privacy Policy\n\nEffective date: 1 January 2024\n\nWe collect the phone number you give us to sign you in.\n\n{}\n"

# --- a bracketed name slot before the parenthesis that defines its short name ---------------------------------------


@pytest.mark.parametrize(
    ("template", "line", "slot"),
    [
        (_HANS, "运营者：[公司名称](“我们”)", "[公司名称]"),
        (_HANS, "本应用由[开发者名称](“开发者”)开发并运营。", "[开发者名称]"),
        (_HANS, "欢迎光临[店铺名称](“本店”)。", "[店铺名称]"),
        (_HANT, "本網站由[公司名稱](「本公司」)經營。", "[公司名稱]"),
        (_HANT, "[商店名稱](『本商店』)重視您的隱私。", "[商店名稱]"),
        (_EN, '[Company Name]("we", "us") operates this app.', "[Company Name]"),
        (_EN, '[Your Company]("we") runs this site.', "[Your Company]"),
        (_EN, '[App Name](hereinafter "the App") is provided by us.', "[App Name]"),
    ],
)
def test_a_name_slot_before_its_quoted_short_name_is_reported(tmp_path: Path, template: str, line: str, slot: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert (7, slot) in slots, slots


def test_a_name_slot_before_its_quoted_short_name_in_html_and_text(tmp_path: Path) -> None:
    html = "<html><body><h1>隐私政策</h1><p>运营者：[公司名称](“我们”)</p></body></html>\n"
    assert [excerpt for _, excerpt in written_slots(tmp_path, "privacy.html", html)] == ["[公司名称]"]
    text = "隐私政策\n生效日期：2024年1月1日\n运营者:[公司名称](“我们”) 联系邮箱:privacy@acme.cn\n"
    assert (3, "[公司名称]") in written_slots(tmp_path, "privacy.txt", text)


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "请阅读[用户协议](https://acme.cn/terms)。"),  # a link
        (_HANS, "详见[隐私政策](“隐私”页面)。"),  # a document's title, not a name slot
        (_HANT, "請參閱[公司簡介](https://acme.tw/about)。"),
        (_EN, "See [Company Name](https://acme.com/about) for who we are."),  # a link whose text is a label
        (_EN, '[Company]("Acme") is defined in section 1.'),  # one capitalised word: a defined term's label
        (_EN, "Read [our website](https://acme.com) for details."),
    ],
)
def test_links_and_labels_before_a_parenthesis_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []


def test_the_generator_sample_line(tmp_path: Path) -> None:
    """eval/templates52 explinks-generator-zh L4: 「运营者:[公司名称](“我们”)」 (the base found 4 of its 6 slots)."""
    path = _SET / "explinks-generator-zh" / "template.txt"
    slots = written_slots(tmp_path, "template.txt", path.read_text(encoding="utf-8"))
    assert (4, "[公司名称]") in slots, slots


# --- a policy's version left as its slot -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "line", "slot"),
    [
        (_HANS, "版本号:[版本号] 更新日期:2024-01-01", "[版本号]"),
        (_HANS, "本政策版本：[版本号]", "[版本号]"),
        (_HANS, "政策版本:【版本号】", "【版本号】"),
        (_HANT, "版本：【版本號】", "【版本號】"),
        (_HANT, "本政策的版本為 [版本編號]。", "[版本編號]"),
        (_EN, "Version: [Version Number]", "[Version Number]"),
        (_EN, "This is version [version no.] of the policy.", "[version no.]"),
    ],
)
def test_a_version_slot_is_reported(tmp_path: Path, template: str, line: str, slot: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert (7, slot) in slots, slots


def test_a_version_slot_in_html_and_text(tmp_path: Path) -> None:
    html = "<html><body><h1>隱私權政策</h1><p>版本：【版本號】</p><p>生效日期：2024年1月1日</p></body></html>\n"
    assert [excerpt for _, excerpt in written_slots(tmp_path, "privacy.html", html)] == ["【版本號】"]
    text = "隐私政策\n版本号:[版本号] 生效日期:2024-01-01\n我们收集您的手机号码。\n"
    assert (2, "[版本号]") in written_slots(tmp_path, "privacy.txt", text)


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "【版本号】V1.2"),  # a label with its value
        (_HANS, "[版本号]：V1.2"),  # a label before a colon
        (_HANS, "请查看[版本](https://acme.cn/v2)的说明。"),  # a link's text
        (_HANS, "请查看[版本][1]的说明。\n\n[1]: https://acme.cn/v2"),  # a reference link's text
        (_HANT, "【版本更新】我們新增了第三方清單。"),  # emphasis of a heading word
        (_EN, "## [Version] - 2024-01-01"),  # a changelog's label
        (_EN, "Version: 2.1 [Version history](https://acme.com/history)"),
    ],
)
def test_version_labels_and_links_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []


def test_the_generator_sample_version(tmp_path: Path) -> None:
    """eval/templates52 explinks-generator-zh L4: 「隐私政策 版本号:[版本号] 生效日期:[YYYY-MM-DD]」."""
    path = _SET / "explinks-generator-zh" / "template.txt"
    slots = written_slots(tmp_path, "template.txt", path.read_text(encoding="utf-8"))
    assert (4, "[版本号]") in slots, slots


# --- a site builder's guide to writing a policy, published as the policy ---------------------------------------------

_WIX_EN = (
    "The explanations and information provided on this page are only general and high-level explanations and "
    "information on how to write your own document of a Privacy Policy. You should not rely on this article as legal "
    "advice."
)


@pytest.mark.parametrize(
    ("template", "line", "excerpt_start"),
    [
        (_EN, _WIX_EN, "The explanations"),
        (_EN, "We recommend that you seek legal advice to assist you in the creation of your own Privacy Policy.", "We"),
        (_EN, "This page explains how to write your own Terms and Conditions.", "This page"),
        (_HANT, "本頁面提供的說明僅為如何撰寫您自己的隱私權政策的一般性說明。我們無法預知您的需求。", "本頁面"),
        (_HANS, "本页面提供的信息仅为如何撰写您自己的隐私政策文件的一般性说明。", "本页面"),
        (_HANT, "我們建議您尋求法律意見，以協助您擬定您自己的私隱政策。", "我們建議"),
    ],
)
def test_a_builder_s_guide_is_reported(tmp_path: Path, template: str, line: str, excerpt_start: str) -> None:
    slots = [(ln, excerpt) for ln, excerpt in written_slots(tmp_path, "privacy.md", template.format(line)) if ln == 7]
    assert len(slots) == 1, slots  # one finding a paragraph
    assert slots[0][1].startswith(excerpt_start), slots


def test_a_builder_s_guide_in_html_and_text(tmp_path: Path) -> None:
    html = f"<html><body><h1>Privacy Policy</h1><h2>A legal disclaimer</h2><p>{_WIX_EN}</p></body></html>\n"
    slots = written_slots(tmp_path, "privacy.html", html)
    assert [excerpt[:16] for _, excerpt in slots] == ["The explanations"], slots
    text = "隱私權政策\n法律免責聲明\n本頁面提供的說明僅為如何撰寫您自己的隱私權政策的一般性說明。\n"
    assert [ln for ln, _ in written_slots(tmp_path, "privacy.txt", text)] == [3]


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_EN, "You may write to us about your own data at any time."),
        (_EN, "You are responsible for your own passwords; our Privacy Policy explains the rest."),
        (_EN, "If you run your own store on our platform, you must publish your own privacy policy."),  # a duty, not a guide
        (_HANT, "您可以自行決定是否提供個人資料，並參閱本隱私權政策。"),
        (_HANS, "商家应制定自己的隐私政策并向消费者公示。"),  # a merchant's duty, not the reader's own
    ],
)
def test_policies_that_mention_one_s_own_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []


def test_the_wix_guide_page(tmp_path: Path) -> None:
    """eval/templates52 wix-legal-en L3: Wix's legal-page guide published as a truck dealer's policy."""
    path = _SET / "wix-legal-en" / "template.txt"
    slots = written_slots(tmp_path, "template.txt", path.read_text(encoding="utf-8"))
    assert [ln for ln, _ in slots] == [3], slots


# --- a long instruction in capitals, Shopify's legacy privacy-policy template -----------------------------------------


@pytest.mark.parametrize(
    ("template", "line", "slot"),
    [
        (
            _EN,
            "[[INSERT DESCRIPTION OF OTHER TYPES OF TRACKING TECHNOLOGY USED]]",
            "[INSERT DESCRIPTION OF OTHER TYPES OF TRACKING TECHNOLOGY USED]",
        ),
        (
            _EN,
            "[[INSERT ANY OTHER INFORMATION YOU COLLECT: OFFLINE DATA, PURCHASED MARKETING DATA/LISTS]]",
            "[INSERT ANY OTHER INFORMATION YOU COLLECT: OFFLINE DATA, PURCHASED MARKETING DATA/LISTS]",
        ),
        (
            _EN,
            "We also collect [Insert any other information you collect: offline data, purchased marketing data/lists].",
            "[Insert any other information you collect: offline data, purchased marketing data/lists]",
        ),
        (_EN, "[ENTER THE NAME OF THE DATA PROTECTION OFFICER AND THE POSTAL ADDRESS OF YOUR OFFICE]", None),
    ],
)
def test_a_long_insert_instruction_is_reported(tmp_path: Path, template: str, line: str, slot: str | None) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert [ln for ln, _ in slots] == [7], slots
    if slot is not None:
        assert slots[0][1] == slot, slots


def test_a_long_insert_instruction_in_html_and_text(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Privacy Policy</h1><ul><li>Cookies are data files.</li>"
        "<li>[[INSERT DESCRIPTION OF OTHER TYPES OF TRACKING TECHNOLOGY USED]]</li></ul></body></html>\n"
    )
    assert len(written_slots(tmp_path, "privacy.html", html)) == 1
    text = "Privacy Policy\nEffective date: 1 January 2024\n[[INSERT ANY OTHER INFORMATION YOU COLLECT: OFFLINE DATA, PURCHASED MARKETING DATA/LISTS]]\n"
    assert [ln for ln, _ in written_slots(tmp_path, "privacy.txt", text)] == [3]


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_EN, "We log the [TLS/SSL/HTTPS URL] of each request."),  # technical terms listed by slashes
        (_EN, "Tap [Add a photo to your profile so that other members can recognise you](https://acme.com/help)."),  # a link
        (_HANS, "系统记录您的[IP/MAC地址]。"),
    ],
)
def test_slash_lists_and_links_stay_unreported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []


# --- a template's note on when to include a part ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "line", "slot"),
    [
        (_EN, "[[INCLUDE IF USING REMARKETING OR TARGETED ADVERTISING]]", "[INCLUDE IF USING REMARKETING OR TARGETED ADVERTISING]"),
        (
            _EN,
            "YOUR RIGHTS [[INCLUDE FOLLOWING SECTION IF YOUR STORE IS LOCATED IN OR IF ANY OF YOUR CUSTOMERS ARE LOCATED IN EUROPE]]",
            "[INCLUDE FOLLOWING SECTION IF YOUR STORE IS LOCATED IN OR IF ANY OF YOUR CUSTOMERS ARE LOCATED IN EUROPE]",
        ),
        (_EN, "[Include this section only if you sell to minors.]", "[Include this section only if you sell to minors.]"),
        (
            _EN,
            "[[INCLUDE LINKS TO OPT-OUT PAGES FROM WHICHEVER ADVERTISING SERVICES BEING USED.]]",
            "[INCLUDE LINKS TO OPT-OUT PAGES FROM WHICHEVER ADVERTISING SERVICES BEING USED.]",
        ),
        (_HANS, "[如果使用再营销或定向广告则包括]", "[如果使用再营销或定向广告则包括]"),
        (_HANS, "【若您的商店位于欧洲，请保留以下部分】", "【若您的商店位于欧洲，请保留以下部分】"),
        (_HANT, "【如適用則包含此部分】", "【如適用則包含此部分】"),
        (_HANT, "行為廣告 [如果使用再行銷或目標廣告則包括本節]", "[如果使用再行銷或目標廣告則包括本節]"),
    ],
)
def test_a_template_s_include_note_is_reported(tmp_path: Path, template: str, line: str, slot: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert (7, slot) in slots, slots


def test_a_template_s_include_note_in_html_and_text(tmp_path: Path) -> None:
    html = "<html><body><h1>隐私政策</h1><h2>行为广告 [如果使用再营销或定向广告则包括]</h2><p>我们使用 Google Ads。</p></body></html>\n"
    assert [excerpt for _, excerpt in written_slots(tmp_path, "privacy.html", html)] == ["[如果使用再营销或定向广告则包括]"]
    text = (
        "Privacy Policy\nEffective date: 1 January 2024\nBEHAVIOURAL ADVERTISING [[INCLUDE IF USING REMARKETING OR TARGETED ADVERTISING]]\n"
    )
    assert [ln for ln, _ in written_slots(tmp_path, "privacy.txt", text)] == [3]


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "如需退货，请在邮件中写明[如需退货，请包括订单号]。"),  # what to write in a message
        (_HANS, "【如适用】我们会在法律允许的范围内保留您的订单记录。"),  # a scope marker, no include verb
        (_EN, "See [Include if you want](https://acme.com/options) for details."),  # a link's text
        (_EN, "Our plans include free shipping if you order over $50 (see [our plans](https://acme.com/plans))."),
        (_HANT, "【如有疑問，請聯絡我們】"),
    ],
)
def test_include_look_alikes_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []


# --- a purpose a form's field fills, rendered empty ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "line", "slot"),
    [
        (_HANS, "开发者收集你的地址，用于。", "用于。"),
        (_HANS, "开发者收集你的手机号，用于 。", "用于 。"),
        (_HANS, "为了，开发者将在获取你的明示同意后，收集你的位置信息。", "为了，"),
        (_HANT, "開發者收集你的裝置資訊，用於。", "用於。"),
        (_HANT, "為了 ，開發者將在取得你的明示同意後，存取你的相機。", "為了 ，"),
        (_EN, "We collect your e-mail address, used for .", "used for ."),
        (_EN, "We keep your order history for the purpose of ; you may ask us to delete it.", "for the purpose of ;"),
    ],
)
def test_an_empty_purpose_is_reported(tmp_path: Path, template: str, line: str, slot: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert (7, slot) in slots, slots


def test_an_empty_purpose_in_html_and_text(tmp_path: Path) -> None:
    html = "<html><body><h1>用户隐私保护指引</h1><p>开发者收集你选中的照片或视频信息，用于。</p></body></html>\n"
    assert [excerpt for _, excerpt in written_slots(tmp_path, "privacy.html", html)] == ["用于。"]
    text = "用户隐私保护指引\n更新日期：2024年1月1日\n为了，开发者将在获取你的明示同意后，收集你的微信昵称、头像。\n"
    assert [ln for ln, _ in written_slots(tmp_path, "privacy.txt", text)] == [3]


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "我们收集的信息用于：\n\n- 提供服务\n- 改进产品"),  # a lead-in to a list
        (_HANT, "自動儲存在移動設備上的一小部分信息。這是為了，移動應用程序可以在需要時讀取。"),  # a translation's comma
        (_HANT, "本政策並不適用於，我們不負責這些第三方的做法。"),
        (_HANS, "本条款不适用于。"),  # 适用于, not a purpose
        (_EN, "We tell you what your data is used for."),
        (_EN, "Data is used for analytics; we never sell it."),
    ],
)
def test_purposes_written_out_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []
