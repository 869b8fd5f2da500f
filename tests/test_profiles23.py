"""Disclosure profiles, twenty-third session (t23v, issue #14): items rewritten as small grammars, each tested both ways.

Invented texts only; where a read set shows the class, the test's docstring names the file. Each test holds the
sentences a rule must cover and the near misses it must not: a false "covered" costs more than a miss.
"""

from __future__ import annotations

import pytest

from helpers import profile_status, profile_verdict


def _doc(*paragraphs: str) -> str:
    """A policy of these paragraphs (`profile_verdict` puts a title line and a blank line above: the first is line 3)."""
    return "\n\n".join(paragraphs) + "\n"


# --- cn-gbt35273/effect-of-not-providing: ACT + OBJECT + CONSEQUENCE ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "若您拒絕授予麥克風使用權限給本程式之後，語音筆記與朗讀的功能便可能無法正常使用。",  # zh-Hant, words between the act and its cost
        "若您取消相機授權，您在本應用的掃描體驗可能受到影響。",  # 取消 + 授权, 体验…受到影响
        "如您关闭通知权限，打卡提醒将不会显示。",
        "禁用后留言板将完全不会加载。",  # 禁用后 with the object in the sentence before
        "若您不开启定位，附近门店列表将无法显示。",  # 不开启 + 定位, no 权限
    ],
)
def test_a_refusal_and_what_stops_working_is_the_effect_of_not_providing(sentence: str) -> None:
    """Class (a), phrasing no pattern had: a refusal act on an object and its cost in one sentence
    (eval/blind/profiles5/docs/frxiaobei-blog/index.md, eval/blind/profiles8/docs/qinyuan-jsp/private_contact.jsp, eval/blind/profiles5/docs/afoim-blog/privite.md)."""
    verdict = profile_verdict(_doc("一、我们如何使用Cookie", sentence), "cn-gbt35273/effect-of-not-providing")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "注销账号后，您将无法再登录本应用。",  # an account closed is no data withheld
        "您可以关闭个性化推荐，我们不会因此收集更多信息。",  # no consequence
        "撤回同意不影响撤回前基于您的同意已进行的处理的效力。",  # the lawfulness of earlier processing
        "您可以在设置中关闭夜间模式，页面会恢复为浅色。",  # no object taken from the person, no cost
        "删除 Cookies 之后，页面将重新加载。",  # 删除 is no refusal; 重新加载 is no cost
    ],
)
def test_a_refusal_with_no_cost_or_an_account_closed_is_no_effect(sentence: str) -> None:
    """The near misses of the same grammar: each lacks the object, the consequence, or is about an account."""
    assert profile_status(_doc("一、其他", sentence), "cn-gbt35273/effect-of-not-providing") == "missing"


# --- a name written as a Markdown link (operator identity) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (_doc("本網站由 [maple-notes.tw](https://maple-notes.tw) 經營，分享生活記錄。"), "tw-pdpa/agency"),
        (
            _doc("We are [Band of Otters](https://otters.example.org), the team behind\nLily Hop.", "Write to hello@lilyhop.dev."),
            "eu-gdpr/controller",
        ),
    ],
)
def test_an_operator_named_as_a_markdown_link_is_named(text: str, item: str) -> None:
    """Class (a): the operator's name inside `[name](url)` is read as its words
    (eval/blind/profiles4/docs/vintage-tw/02_PrivacyPolicy_zh_tw.md, eval/blind/profiles6/docs/epicinium-en/PRIVACY.md); the citation is the source line."""
    verdict = profile_verdict(text, item)
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 3
    assert "](" in verdict.evidence.text  # the source's words, link and all


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a third party's name as a link is still a third party
        (_doc("本網站使用 [Plausible](https://plausible.io) 統計流量。"), "tw-pdpa/agency"),
        # a link with no name before the team: nobody is named
        (
            _doc("We are [here](https://example.org/about), the team behind Lily Hop.", "Write to hello@smallpond.games."),
            "eu-gdpr/controller",
        ),
        # a link to another text's policy is a reference, not a name (eval/precision10/njust-school-cn/privacy.md)
        (
            _doc(
                "欢迎访问校园生活手册（以下简称“本平台”）。",
                "本平台使用以下第三方服务：",
                "- **GitHub**：[GitHub 隐私声明](https://docs.github.com/cn/site-policy/privacy-policies/github-privacy-statement)",
            ),
            "cn-pipl/processor",
        ),
    ],
)
def test_a_link_names_no_operator_by_itself(text: str, item: str) -> None:
    """Reading a link as its words adds no name that the words do not give."""
    assert profile_status(text, item) == "missing"


# --- the operator: the app defined by its alias, then its maker (English) ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ('Lily Hop ("the App") is a puzzle game for iOS and Android, published by Band of Otters.', "covered"),
        ("Lily Hop (“the App”) is an offline notebook, developed and maintained by Quiet Harbour.", "covered"),
        # a third party's tool named after the app's alias is no maker of the app
        ('Lily Hop ("the App") uses Firebase, a service developed by Google.', "missing"),
        # no alias: the subject may be anyone's tool
        ("Lily Hop keeps its puzzles on your phone; the level editor was designed by volunteers.", "missing"),
    ],
)
def test_the_app_defined_by_its_alias_and_its_maker_name_the_controller(sentence: str, status: str) -> None:
    """Class (a): 'NAME ("the App") is …, published by MAKER' names the operator (eval/blind/profiles9/docs/miden-wallet-en/PRIVACY.md);
    the alias is what makes the subject the policy's own app."""
    assert profile_status(_doc(sentence, "Questions: hello@lilyhop.dev."), "eu-gdpr/controller") == status


# --- cn-gbt35273/functions: FEATURE + DATA, two frames ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        _doc("如果需要为相册生成拼图，您需要授权拼拼乐访问您的相册或者相机。"),  # the feature wanted, then the access it needs
        _doc("若您想要使用附近門市功能，您需要先允許本程式讀取您的位置。"),  # zh-Hant
        _doc("我们会收集以下信息：", "- 聊天记录、截图（当您联系客服时）"),  # a kind of data with its occasion in brackets
    ],
)
def test_a_feature_with_the_data_it_needs_or_its_occasion_is_a_function(text: str) -> None:
    """Class (a)/(b): a feature and its data in frames no clause had (eval/profiles/docs/u8-booktime-zh/booktime.md,
    eval/blind/profiles7/docs/laosji-app-zh/index.md)."""
    assert profile_status(text, "cn-gbt35273/functions") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        _doc("如果需要使用本应用，您需要授权访问存储权限。"),  # the app as a whole is no business function
        _doc("我们会收集以下信息：", "- 设备信息（当您使用本应用时）"),
        _doc("如果需要夜间模式，您无需授权访问任何信息。"),  # nothing needed
    ],
)
def test_the_app_as_a_whole_or_no_data_is_no_function(text: str) -> None:
    """The near misses of the same frames: the app used as a whole, or a feature that needs nothing."""
    assert profile_status(text, "cn-gbt35273/functions") == "missing"


# --- cn-gbt35273/withdraw-consent: the right's row in a rights table, the way given for the rights above ------------

_RIGHTS_TABLE = (
    "## 您的权利",
    "| 权利 | 说明 |\n|---|---|\n| 查阅权 | 查看我们持有的您的个人信息 |\n| 撤回权 | 撤回对信息处理的同意 |",
    "### 如何行使",
)


def test_withdrawal_in_a_rights_table_with_the_way_for_the_rights_above() -> None:
    """Class (b), a table under a heading: the row names the right, a later section gives the way for all of them
    (eval/holdout/buming-md/隐私政策.md); cited at the row."""
    text = _doc(*_RIGHTS_TABLE, "如需行使上述权利，请通过以下方式联系我们：", "- 邮箱：privacy@lantern.cn")
    verdict = profile_verdict(text, "cn-gbt35273/withdraw-consent")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 8


@pytest.mark.parametrize(
    "tail",
    [
        "我们重视您的各项权利。",  # no way given
        "如需了解上述权利的含义，请阅读《个人信息保护法》。",  # no exercising, and a law is no way
    ],
)
def test_withdrawal_in_a_rights_table_without_a_way_covers_nothing(tail: str) -> None:
    """The row alone, or a sentence that does not tell how to exercise the rights, is a mention."""
    assert profile_status(_doc(*_RIGHTS_TABLE, tail), "cn-gbt35273/withdraw-consent") == "missing"
