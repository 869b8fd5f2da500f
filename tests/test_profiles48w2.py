"""Issue #14, session 48, second wave (u48w2): the classes behind the disagreements of the blind eval/profiles48c run and
one left by u48w on eval/profiles48 (docs/profiles.md, "u48w2").

Each class is tested both ways (a mention is not a disclosure), with the real lines kept as regressions:

- cn-pipl processor and GB/T identity-contact (not tw-pdpa agency, whose clause reads one sentence): a bare name defined as 我们 that the same document logs into,
  downloads or calls an App/网站 (「脉动（以下简称"我们"）」 + 「注册、登录脉动」) is the app styling itself, no processor; a name
  the document never uses so keeps round 8's reading (「青柠笔记（以下简称“我们”）」 + an e-mail: covered);
- eu-gdpr controller: a name defined as "we" that the same document calls software ('Scoreboard Manager is open source',
  'download NAME', 'NAME is a … app') is no controller (Art. 4(7)); otherwise convention 4 stands;
- tw-pdpa methods: a 利用對象及方式 value that only lists purposes (「…蒐集用於本學院之會員管理、客戶管理…等」) is no means;
  one that goes on to a means (「…之檢索查詢」, 「存檔於本會資料庫」) still is;
- tw-pdpa agency: a shop or an academy defined as 本店/本學院 is the agency; 本店 merely mentioned is not;
- GB/T access/correct/delete/close-account/withdraw-consent: rights listed under the template's guarantee
  (「我们保障您对自己的个人信息行使以下权利：」) are granted; 「我们保障您的权利」 with no list grants none;
- GB/T close-account: a way that is only a code slot (「您可通过 {LEGAL_CONTACT_EMAIL} 申请注销账号」) is none; a written
  e-mail or a settings path is one;
- GB/T effect-of-not-providing: a default standing in for data the person withholds (「您不提供时可使用默认昵称」) is the
  effect; the operator not providing a default is not;
- loader: a mini-program page script whose document objects hold `chapters` of `{ type, text }` items, a `table` of rows and
  a spread call (`...buildContactItems()`) is read as a document, the rows as paragraphs, the built items at their lines,
  and a warning names what was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string
from policylens.load.script_data import script_document
from profile_helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
P48C = ROOT / "eval" / "profiles48c" / "docs"
P48 = ROOT / "eval" / "profiles48" / "docs"
MAIL = "\n\n如有问题，请发送邮件至 dev@foo.cn。\n"


# --- a bare app name defined as 我们 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    "text",
    [
        '脉动（以下简称"我们"）深知个人信息对您的重要性。\n\n当您注册、登录脉动及相关服务时，我们会收集您的昵称。',
        "青柠笔记（以下简称“我们”）重视您的隐私。\n\n您可以在应用商店下载青柠笔记。",
        "森林日記（以下簡稱「我們」）重視您的隱私。\n\n森林日記App 會收集您的暱稱。",
        "Pulse（以下简称“我们”）重视您的隐私。\n\n请在 Pulse 网站登录。",
    ],
)
def test_an_app_name_the_document_uses_as_its_product_names_no_processor(text: str, item: str) -> None:
    assert profile_status(text + MAIL, item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    "text",
    [
        "青柠笔记（以下简称“我们”）深知个人信息对您的重要性。",
        "张三工作室（以下简称“我们”）深知个人信息对您的重要性。\n\n您可以下载我们的应用。",
        # a company behind the app still names it (another clause)
        '脉动（以下简称"我们"）重视隐私。\n\n登录脉动即表示同意。\n\n运营者：杭州某某信息技术有限公司',
    ],
)
def test_a_name_never_used_as_the_product_or_a_company_still_names_it(text: str, item: str) -> None:
    assert profile_status(text + MAIL, item) == "covered"


def test_maidong_processor_is_missing() -> None:
    doc = P48C / "maidong-zh" / "PrivacyPolicy.tsx"
    assert file_verdict(doc, "cn-pipl/processor")[0] == "missing"
    assert file_verdict(doc, "cn-gbt35273/identity-contact")[0] == "missing"


# --- eu-gdpr: a name defined as "we" that the document calls software ---------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Acme Board is open source under the AGPL v3 license.",
        "You can download Acme Board from the App Store.",
        "Acme Board is a free app for keeping score.",
    ],
)
def test_a_name_the_document_calls_software_is_no_controller(tail: str) -> None:
    text = f'Acme Board ("we", "our", or "us") is committed to protecting your privacy.\n\n{tail}\n\nContact: privacy@acme.io\n'
    assert profile_status(text, "eu-gdpr/controller") == "missing"


@pytest.mark.parametrize(
    "tail",
    [
        "We keep your data for 30 days.",
        "Our software partners may process your data.",  # software, not the name
    ],
)
def test_a_brand_defined_as_we_is_still_the_controller(tail: str) -> None:
    text = f'Acme Board ("we", "our", or "us") is committed to protecting your privacy.\n\n{tail}\n\nContact: privacy@acme.io\n'
    assert profile_status(text, "eu-gdpr/controller") == "covered"


def test_scoreboard_controller_is_missing() -> None:
    assert file_verdict(P48C / "scoreboard-en" / "page.tsx", "eu-gdpr/controller")[0] == "missing"


# --- tw-pdpa methods: a 對象及方式 value of purposes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "(3) 利用對象及方式：會員之個人資料蒐集用於本學院之會員管理、客戶管理、辨識身份、金流服務、行銷廣宣等。",
        "利用对象及方式：您的个人资料将用于会员管理、活动通知等。",
    ],
)
def test_a_means_label_whose_value_lists_purposes_is_no_means(text: str) -> None:
    assert profile_status(text, "tw-pdpa/methods") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "利用對象及方式：會員之個人資料蒐集除用於本站之會員管理、客戶管理之檢索查詢等功能外，亦將利用於辨識身份。",
        "對象及方式：捐款者之捐款資料蒐集，將存檔於本會資料庫內，進行捐款人資訊管理。",
        "利用對象及方式：用於會員管理，以電子或書面方式利用。",
    ],
)
def test_a_means_label_whose_value_names_a_means_still_covers(text: str) -> None:
    assert profile_status(text, "tw-pdpa/methods") == "covered"


def test_yusheng_methods_is_missing() -> None:
    assert file_verdict(P48C / "yusheng-tw" / "page.tsx", "tw-pdpa/methods")[0] == "missing"


# --- tw-pdpa agency: 本店 / 本學院 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "熙熙初日｜日系選物店（以下簡稱「本店」）非常重視您的隱私權與個人資料保護。",
        "「羽升幸福養成學院 CHG2ASC ACADEMY」（以下稱「本學院」）為了行銷等目的，可能蒐集您的姓名。",
        "小橘商行（以下簡稱本商行）重視您的隱私。",
    ],
)
def test_a_shop_or_an_academy_defined_as_itself_is_the_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "歡迎光臨本店，我們重視您的隱私。",
        "本店將依法保護您的個人資料。",
        "合作店家（以下簡稱「本店」）將配合辦理出貨。",  # a partner, not the policy's own
    ],
)
def test_a_shop_merely_mentioned_is_no_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "missing"


@pytest.mark.parametrize("name", ["ccbaby-tw", "yusheng-tw"])
def test_real_shop_and_academy_agency(name: str) -> None:
    assert file_verdict(P48C / name / "page.tsx", "tw-pdpa/agency")[0] == "covered"


# --- GB/T rights under 「我们保障您…行使以下权利：」 ----------------------------------------------------------------------------------

_GUARANTEE = "## 五、您的权利\n\n我们保障您对自己的个人信息行使以下权利：\n\n- 访问您的个人信息\n- 更正您的个人信息\n- 删除您的个人信息\n- 撤回同意\n- 注销账户\n"


@pytest.mark.parametrize(
    "item",
    ["cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/delete", "cn-gbt35273/withdraw-consent", "cn-gbt35273/close-account"],
)
def test_rights_listed_under_a_guarantee_are_granted(item: str) -> None:
    assert profile_status(_GUARANTEE, item) == "covered"


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/delete"])
def test_a_guarantee_with_no_list_grants_nothing(item: str) -> None:
    assert profile_status("我们保障您的权利。\n\n我们会访问您的个人信息以提供服务。\n", item) == "missing"


@pytest.mark.parametrize("item", ["access", "correct", "delete", "withdraw-consent", "close-account"])
def test_aipic_rights_are_covered(item: str) -> None:
    assert file_verdict(P48C / "aipic-zh" / "page.tsx", f"cn-gbt35273/{item}") == (
        "covered",
        {"access": 290, "correct": 291, "delete": 292, "withdraw-consent": 293, "close-account": 294}[item],
    )


# --- GB/T close-account: a way that is a code slot -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["您可通过 {LEGAL_CONTACT_EMAIL} 申请注销账号。", "您可通过 ${supportEmail} 申请注销账户。"])
def test_a_slot_as_the_way_to_close_is_none(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/close-account") == "missing"


@pytest.mark.parametrize("text", ["您可通过 privacy@x.cn 申请注销账号。", "您可通过设置页面注销账号。"])
def test_a_written_way_to_close_still_covers(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/close-account") == "covered"


def test_sastlink_close_account_is_not_cited_at_the_slot() -> None:
    assert file_verdict(P48 / "sastlink-zh" / "page.tsx", "cn-gbt35273/close-account")[1] != 264


# --- GB/T effect-of-not-providing: a default stands in ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "微信昵称、头像用于展示您的身份；您不提供时可使用默认昵称。",
        "如未上传头像，将显示系统默认头像。",
        "若您未上傳頭像，系統將顯示預設頭像。",
    ],
)
def test_a_default_for_data_withheld_is_the_effect(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/effect-of-not-providing") == "covered"


@pytest.mark.parametrize("text", ["我们不提供默认昵称。", "您可以修改默认头像。", "您不提供时可使用本服务的其他部分。"])
def test_a_default_mentioned_is_no_effect(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/effect-of-not-providing") == "missing"


# --- loader: a page script with chapters, a table of rows and a spread call -------------------------------------------------------

_SCRIPT = """const { CONTACT_EMAIL } = require('../../utils/config');

function buildContactItems() {
  const items = [];
  if (CONTACT_EMAIL) items.push({ type: 'ul', text: `客服邮箱：${CONTACT_EMAIL}` });
  if (!items.length) items.push({ type: 'ul', text: '可通过小程序内反馈渠道联系我们' });
  return items;
}

const PRIVACY = {
  title: '示例应用 · 隐私政策',
  intro: '示例商贸行（以下简称“我们”）深知个人信息对您的重要性，我们将按照法律法规的规定保护您的个人信息安全。',
  chapters: [
    {
      title: '一、我们收集的信息',
      body: [
        {
          type: 'table',
          rows: [
            { name: '微信昵称、头像', usage: '在小程序内展示您的身份；您不提供时可使用默认昵称', required: '否' },
            { name: '订单信息', usage: '处理会员购买，完成支付与售后服务', required: '必要' },
          ],
        },
      ],
    },
    {
      title: '二、联系我们',
      body: [
        { type: 'p', text: '如有隐私相关问题，请联系我们，我们会尽快处理您的请求并给予答复：' },
        ...buildContactItems(),
        { type: 'ul', text: '我们将于十五个工作日内回复您的请求，感谢您的理解与支持。' },
      ],
    },
    {
      title: '三、信息的存储与保护',
      body: [
        { type: 'p', text: '我们收集的个人信息存储在中华人民共和国境内的服务器上，仅在实现本政策所述目的所必需的期间内保存，超出期限后我们将删除或匿名化处理您的个人信息。我们采用加密传输、访问控制等安全措施保护您的个人信息，防止其遭到未经授权的访问、公开披露、使用、修改或丢失。如发生个人信息安全事件，我们将按照法律法规的要求及时告知您事件的基本情况和可能的影响、我们已采取或将要采取的处置措施。' },
      ],
    },
  ],
};

Page({ data: { doc: PRIVACY } });
"""


def test_a_page_script_with_a_table_and_a_spread_call_is_a_document() -> None:
    parsed = script_document("pages/legal/legal.js", _SCRIPT)
    assert parsed is not None
    texts = {(b.line, b.text) for b in parsed.blocks}
    assert (20, "微信昵称、头像：在小程序内展示您的身份；您不提供时可使用默认昵称；否") in texts
    assert (6, "可通过小程序内反馈渠道联系我们") in texts
    assert any("buildContactItems()" in w and "not read in place" in w for w in parsed.warnings)
    assert [b.text for b in parsed.blocks if b.kind == "heading"] == [
        "示例应用 · 隐私政策",
        "一、我们收集的信息",
        "二、联系我们",
        "三、信息的存储与保护",
    ]
    assert not any("type:" in b.text or "require(" in b.text for b in parsed.blocks)


def test_a_script_with_a_table_of_non_strings_stays_unread() -> None:
    source = _SCRIPT.replace("required: '否'", "required: isRequired()")
    parsed = script_document("pages/legal/legal.js", source)
    # the row with a computed cell is not joined: the chapter is not prose, the document is not read as data
    assert parsed is None or not any(b.text.startswith("微信昵称、头像：") for b in parsed.blocks)


def test_xingguang_reads_as_a_document() -> None:
    doc = parse_string((P48C / "xingguang-zh" / "legal.js").read_text(encoding="utf-8"), suffix=".js")
    assert not any("type: 'ul'" in p.text for s in doc.sections for p in s.paragraphs)
    assert file_verdict(P48C / "xingguang-zh" / "legal.js", "cn-gbt35273/effect-of-not-providing")[0] == "covered"
    assert file_verdict(P48C / "xingguang-zh" / "legal.js", "cn-pipl/processor")[0] == "covered"
