"""Issue #14, session 45 (u45w): the disagreements of the blind measurement eval/profiles45, fixed as classes.

Each class is tested both ways, and the real lines of eval/profiles45 are kept as regressions:

- a list written as numbered paragraphs after a colon (a Taro page's 「<Text>1. 数据加密技术</Text>」 after 「…包括但不限于：」,
  HTML 「<p>1. …</p>」) is read as that lead-in's items, as 「1. 」 list items are (yuxuan-zh 64-73, 80-92);
- cn-pipl/rights: 「在您使用本小程序期间，您可以：」 is a time clause, not the product as the place of a way (yuxuan-zh 80, a
  false "covered"); 「您可以在本小程序中删除…」 still gives the way;
- cn-gbt35273/close-account: 「注销权：注销账户…」, the right as a labelled item whose value closes the account (neurocash-zh 78);
- cn-pipl abroad items: the English twin of a bilingual page's hypothetical transfer (「原则上不向境外提供…如确需跨境提供」 /
  "Where cross-border transfer is genuinely necessary, we will…") does not make them apply (verdant-zh 84).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "eval" / "profiles45" / "docs"
YUXUAN = DOCS / "yuxuan-zh" / "index.tsx"
NEUROCASH = DOCS / "neurocash-zh" / "PrivacyPage.tsx"


def _html(*body: str) -> str:
    return "<html><body>\n<h1>隐私政策</h1>\n" + "\n".join(body) + "\n</body></html>\n"


def _taro(*texts: str) -> str:
    inner = "\n".join(f'      <Text className="policy-text">\n        {t}\n      </Text>' for t in texts)
    return (
        "import { View, Text } from '@tarojs/components'\n\nconst Page = () => {\n  return (\n    <View>\n"
        '      <Text className="policy-section-title">三、信息的安全</Text>\n' + inner + "\n    </View>\n  )\n}\n\nexport default Page\n"
    )


# --- numbered paragraphs after a colon are its items -----------------------------------------------------------------


@pytest.mark.parametrize(
    "doc, suffix",
    [
        (_taro("我们会采取合理的安全措施来保护您的个人信息，包括但不限于：", "1. 数据加密技术", "2. 访问控制和权限管理"), ".tsx"),
        (_html("<h2>三、信息的安全</h2>", "<p>我们会采取以下措施：</p>", "<p>1、数据加密技术</p>", "<p>2、访问控制</p>"), ".html"),
        (_html("<h2>三、信息的安全</h2>", "<p>我们会采取以下措施：</p>", "<p>（一）数据加密技术</p>", "<p>（二）访问控制</p>"), ".html"),
    ],
)
def test_numbered_paragraphs_after_a_colon_are_its_items(doc: str, suffix: str) -> None:
    assert profile_status(doc, "cn-gbt35273/security", suffix=suffix) == "covered"


@pytest.mark.parametrize(
    "doc, suffix",
    [
        # a run that does not start at 1 is no list of the lead-in
        (
            _html(
                "<h2>四、您的权利</h2>", "<p>在您使用本网站期间，您可以：</p>", "<p>3. 访问您的个人信息</p>", "<p>4. 删除您的个人信息</p>"
            ),
            ".html",
        ),
        # an unnumbered paragraph after the colon is not its item
        (_html("<h2>四、您的权利</h2>", "<p>在您使用本网站期间，您可以：</p>", "<p>访问您的个人信息</p>"), ".html"),
        # a number with a decimal part is a section number, not an item
        (
            _html(
                "<h2>四、您的权利</h2>", "<p>在您使用本网站期间，您可以：</p>", "<p>1.1 访问您的个人信息</p>", "<p>1.2 删除您的个人信息</p>"
            ),
            ".html",
        ),
        # a numbered paragraph that holds a whole sentence keeps being read on its own
        (
            _html(
                "<h2>四、您的权利</h2>",
                "<p>在您使用本网站期间，您可以：</p>",
                "<p>1. 访问。您的个人信息</p>",
                "<p>2. 删除。您的个人信息</p>",
            ),
            ".html",
        ),
    ],
)
def test_other_paragraphs_after_a_colon_are_not_its_items(doc: str, suffix: str) -> None:
    assert profile_status(doc, "cn-gbt35273/access", suffix=suffix) == "missing"


def test_a_contents_list_is_no_list_of_its_lead_in() -> None:
    doc = _html(
        "<h2>引言</h2>",
        "<p>本政策的目的在于帮助会员了解以下内容：</p>",
        "<p>1.我们如何收集和使用会员数据</p>",
        "<p>2.我们如何使用 Cookie 和同类技术</p>",
    )
    assert profile_status(doc, "cn-pipl/purposes", suffix=".html") == "missing"


def test_numbered_access_items_after_a_colon() -> None:
    doc = _html("<h2>四、您的权利</h2>", "<p>在您使用本网站期间，您可以：</p>", "<p>1. 访问您的个人信息</p>", "<p>2. 删除您的个人信息</p>")
    assert profile_status(doc, "cn-gbt35273/access", suffix=".html") == "covered"
    assert profile_status(doc, "cn-gbt35273/delete", suffix=".html") == "covered"


@pytest.mark.parametrize(
    "item, line",
    [
        ("cn-gbt35273/security", 67),
        ("cn-gbt35273/access", 83),
        ("cn-gbt35273/correct", 83),
        ("cn-gbt35273/delete", 86),
        ("cn-gbt35273/withdraw-consent", 89),
        ("cn-gbt35273/close-account", 92),
    ],
)
def test_yuxuan_numbered_items_regression(item: str, line: int) -> None:
    assert file_verdict(YUXUAN, item) == ("covered", line)


# --- cn-pipl/rights: a time clause names no way --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 权利\n\n在您使用本小程序期间，您可以：\n\n1. 访问、更新和管理您的个人信息\n2. 删除您的个人信息\n",
        "## 权利\n\n在您使用本应用期间，您可以删除您的个人信息。\n",
        "## 权利\n\n在使用本软件的过程中，您可以随时查阅您的个人信息。\n",
    ],
)
def test_a_time_clause_is_no_way(text: str) -> None:
    assert profile_status(text, "cn-pipl/rights") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 权利\n\n您可以在本小程序中删除您的记录。\n",
        "## 权利\n\n您可以通过 App 查阅您的个人信息。\n",
        "## 权利\n\n在您使用本应用期间，您可以在设置中删除您的个人信息。\n",
    ],
)
def test_the_product_as_the_place_is_a_way(text: str) -> None:
    assert profile_status(text, "cn-pipl/rights") == "covered"


def test_yuxuan_rights_regression() -> None:
    assert file_verdict(YUXUAN, "cn-pipl/rights") == ("missing", None)


# --- cn-gbt35273/close-account: the right as a labelled item ------------------------------------------------------------


@pytest.mark.parametrize("text", ["- 注销权：注销账户，我们将依法删除您的信息", "- **注销权：** 注销您的账号"])
def test_a_close_label_with_its_value_closes(text: str) -> None:
    assert profile_status("## 用户权利\n\n" + text + "\n", "cn-gbt35273/close-account") == "covered"


@pytest.mark.parametrize("text", ["- 注销权：暂不支持注销账户", "- 注销权", "- 删除权：删除您的个人信息"])
def test_other_labels_do_not_close(text: str) -> None:
    assert profile_status("## 用户权利\n\n" + text + "\n", "cn-gbt35273/close-account") == "missing"


def test_neurocash_close_account_regression() -> None:
    assert file_verdict(NEUROCASH, "cn-gbt35273/close-account") == ("covered", 78)


# --- cn-pipl abroad items: the English twin of a hypothetical transfer ---------------------------------------------------

_ABROAD = [
    "cn-pipl/abroad-recipient",
    "cn-pipl/abroad-purposes",
    "cn-pipl/abroad-methods",
    "cn-pipl/abroad-categories",
    "cn-pipl/abroad-rights",
]
VERDANT = DOCS / "verdant-zh" / "page.tsx"


@pytest.mark.parametrize("item", _ABROAD)
@pytest.mark.parametrize(
    "text",
    [
        "As a rule, the Platform does not provide personal information overseas. Where cross-border transfer is genuinely"
        " necessary, we will fulfill PIPL requirements including separate consent.",
        "If an international transfer is ever required, we will ask for your separate consent first.",
    ],
)
def test_a_hypothetical_transfer_in_english_does_not_apply(item: str, text: str) -> None:
    assert profile_status("## 个人信息的存储\n\n" + text + "\n", item) == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "We may make cross-border transfers of your data to our affiliates where this is necessary to provide the service.",
        "We do not share your data with advertisers. We make cross-border transfers to our affiliates to provide the service.",
    ],
)
def test_a_stated_transfer_in_english_applies(text: str) -> None:
    assert profile_status("## 个人信息的存储\n\n" + text + "\n", "cn-pipl/abroad-purposes") != "not-applicable"


@pytest.mark.parametrize("item", _ABROAD)
def test_verdant_abroad_regression(item: str) -> None:
    assert file_verdict(VERDANT, item) == ("not-applicable", None)


# --- cn-pipl/rights: a list item's own bullet is no path separator ------------------------------------------------------
# (eval/blind/profiles15 glassnotes-zh 16, a false "covered": the `-` of 「- 您可以随时访问、修改或删除您的信息。」 was read as the
# separator of a path such as 「我的-设置」.)  What the bullet had been covering for is read as the way itself: an account
# setting to edit a résumé (profiles40 zhitou-zh 113), uninstalling to delete (profiles8 xuntrail-zh 63), a permission
# revoked in the system settings under 「用户可以：」 (profiles38c coderemote-zh 54).

GLASSNOTES = ROOT / "eval" / "blind" / "profiles15" / "docs" / "glassnotes-zh" / "privacy.md"


@pytest.mark.parametrize(
    "text",
    [
        "## 4. 您的权利\n\n- 您可以随时访问、修改或删除您的信息。\n",
        "## 您的权利\n\n- 访问权：您有权了解我们收集的信息\n- 删除权：您有权要求删除您的信息\n",
    ],
)
def test_a_bullet_is_no_way(text: str) -> None:
    assert profile_status(text, "cn-pipl/rights") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 权利\n\n- 您可以在“我的-设置”中删除您的信息。\n",
        "## 您的权利\n\n- 您可以通过账户设置修改简历内容\n",
        "## 权利\n\n- **删除权**：您可以通过卸载游戏来删除所有相关数据\n",
        "## 用户权利\n\n用户可以：\n\n- 取消桌面端配对。\n- 在系统设置中撤销相机等权限。\n",
    ],
)
def test_the_way_the_bullet_stood_for(text: str) -> None:
    assert profile_status(text, "cn-pipl/rights") == "covered"


def test_glassnotes_rights_regression() -> None:
    assert file_verdict(GLASSNOTES, "cn-pipl/rights") == ("missing", None)
