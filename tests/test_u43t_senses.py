"""One topic model for the whole tool (forty-third session, u43t, issue #14): `parse --topics`, `diff`'s change tags
and `compare`'s sentence evidence read a text the same way (`policylens.senses`), and three ordinary senses give no
topic: 删除 as a moderation sanction, 分享 by a user, 获取 with the user as subject.  Each class is tested both ways;
the real lines come from eval/topics43 (first run on base f201a660: 28 of 40 sampled tags true)."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from helpers import cli, parse_string
from policylens import topics
from policylens.diff.topics import TOPICS, alignment_topics_of, topics_of
from policylens.model import Section


def section(*paragraphs: str, title: str = "条款") -> Section:
    """The one titled section of a Markdown document with these paragraphs."""
    doc = parse_string(f"# 隐私政策\n\n## {title}\n\n" + "\n\n".join(paragraphs) + "\n", suffix=".md")
    return next(s for s in doc.sections if s.title == title)


def parse_topics(*paragraphs: str) -> set[str]:
    return {m.topic for m in topics.section_topics(section(*paragraphs))}


SANCTIONS = [
    "站方有权根据情节删除违规内容、封禁账号",  # eval/topics43 yaodafang
    "1. 警告并删除违规内容；",  # eval/topics43 lynkedia
    "如果有其他用户或权利人发现您发布的信息涉嫌知识产权争议的，这些用户或权利人有权要求本司删除您发布的信息",  # h7
    "本站保有删除站内各类不符合法律政策或不真实的信息内容而无须通知您的权利。",  # h7
    "如您违反本协议，我们有权采取删除内容、限制功能、封禁账号等措施",
    "平台有权删除违法违规的评论",
    "如您违反本协议，我们有权删除您发布的内容",  # r43: a violation before 删除 in its sentence
    "应权利人要求，我们将删除您发布的内容",  # another party's request
]
OWN_DELETIONS = [
    "您可以删除您发布的内容",
    "在以下情形中，您可以向我们提出删除个人信息的请求：如果我们处理个人信息的行为违反法律法规；",
    "我们会删除违反本政策收集的个人信息",
    "注销后，我们将停止为您提供服务并删除您的数据",
    "若我们发现误收集了未成年人的个人信息，将立即予以删除。",
    "注销账号后，我们将删除您发布的内容",  # r43 (finding 3): an erasure when the account ends, no sanction
    "您注销账号后，我们会删除您上传的照片和视频",
    "应您的要求，我们将删除您发布的内容",  # the user's own request
]


@pytest.mark.parametrize("text", SANCTIONS)
def test_a_moderation_sanction_is_no_retention(text: str) -> None:
    assert "retention" not in topics_of(text)
    assert not parse_topics(text) & {"retention", "withdrawal-deletion"}


@pytest.mark.parametrize("text", OWN_DELETIONS)
def test_deleting_data_is_retention(text: str) -> None:
    assert "retention" in topics_of(text)
    assert "retention" in parse_topics(text)


USERS_SHARE = [
    "您可以将文章分享给好友",
    "点击分享按钮，把海报分享到朋友圈",
    "您可以分享您的作品",
    "You can share photos with your friends.",
]
DATA_SHARED = [
    "我们不会与第三方分享您的个人信息",
    "我们会将信息分享给合作伙伴",
    "我们会将您的信息分享给他人",
    "We share your data with partners.",
]


@pytest.mark.parametrize("text", USERS_SHARE)
def test_a_user_sharing_content_is_no_data_sharing(text: str) -> None:
    assert "sharing" not in topics_of(text)
    assert "sharing" not in parse_topics(text)


@pytest.mark.parametrize("text", DATA_SHARED)
def test_personal_data_given_to_others_is_sharing(text: str) -> None:
    assert "sharing" in topics_of(text)
    assert "sharing" in parse_topics(text)


USER_OBTAINS = [
    "您可以在设置中获取帮助",
    "当您获取我们的服务时，请阅读本政策",
    "您有权获取您的个人信息副本",
    "您可以随时获取帮助",  # 随时 ends no time clause
    "**您只能通过和运营核心人员联系申请才能获取账号。**",  # eval/pairs34 jm-personal-safety
]
WE_COLLECT = [
    "我们会获取您的位置信息",
    "经您授权后我们获取您的通讯录",
    "需要您授权获取位置",
    "我们会向您获取手机号",
    "我们通过您的设备获取设备型号",
    # r43 (finding 2): the user in a time clause before the verb (在您…时, 当您…时) is no subject
    "前台定位：在您主动使用应用或触发紧急求助时获取当前位置",
    "我们会在您使用导航功能时获取您的位置信息",
    "当您注册时需获取您的手机号码",
    "用户使用服务时获取的信息",
]


def test_a_heading_of_what_we_obtain_while_you_use_the_service_is_collection() -> None:
    """r43 (finding 2, /tmp/r43/g.md): a real heading (corpora/, eval/); 您 frames the time, 我们 obtains."""
    title = "二、我们在您使用服务时获取的信息"
    assert "data-collected" in {m.topic for m in topics.section_topics(section("1. 位置信息。", title=title))}
    assert "data-collected" in topics_of(title)


@pytest.mark.parametrize("text", USER_OBTAINS)
def test_the_user_obtaining_is_no_collection(text: str) -> None:
    assert "data-collected" not in topics_of(text)
    assert "data-collected" not in parse_topics(text)


@pytest.mark.parametrize("text", WE_COLLECT)
def test_the_operator_obtaining_is_collection(text: str) -> None:
    assert "data-collected" in topics_of(text)
    assert "data-collected" in parse_topics(text)


def test_a_copy_is_the_right_of_access_in_every_reading() -> None:
    """「获取…副本」 gives user rights, not data collected, in `parse --topics` as in `diff` (u42d2 fixed diff only)."""
    text = "您有权获取您本地数据的副本"
    assert topics_of(text) == ("user-rights",)
    found = {m.topic: m for m in topics.section_topics(section(text))}
    assert "user-rights" in found and "data-collected" not in found
    assert found["user-rights"].evidence[0].words == ("获取您本地数据的副本",)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("当您注册时，为满足《中华人民共和国网络安全法》关于实名的要求，我们需要收集您的手机号码", "security"),  # fluentwj
        ("本《隐私政策》适用于您通过本网站使用我们的产品或服务", "purposes"),  # aiengineer
        ("感谢您访问本网站", "user-rights"),
        ("我们会部署访问控制机制", "user-rights"),
    ],
)
def test_ordinary_senses_in_parse_topics(text: str, topic: str) -> None:
    """`parse --topics` used to read every word: u42d2's senses (访问) and u43t's (a law's name, 适用于) apply to it now."""
    assert topic not in parse_topics(text)
    assert topic not in topics_of(text)


def test_the_heading_words_of_a_topic_are_labels() -> None:
    """A heading 「Access」 names the rights section: a title word is not read for senses (it has no clause)."""
    found = {m.topic for m in topics.section_topics(section("You may ask us.", title="Access"))}
    assert "user-rights" in found


@pytest.mark.parametrize("title", ["五、您的权利和义务", "三、用户的权利与义务", "二、用户权利及义务"])
def test_a_heading_of_the_users_rights_and_duties_is_user_rights(title: str) -> None:
    """r43 (finding 6): 权利和义务 is blank as a contract's terms, but the user's own, as a heading, heads the rights."""
    found = {m.topic for m in topics.section_topics(section("您可以联系我们。", title=title))}
    assert "user-rights" in found


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("六、权利人与权利义务", "user-rights"),
        ("七、网络安全法与适用于本政策的规定", "security"),
        ("七、网络安全法与适用于本政策的规定", "purposes"),
    ],
)
def test_ordinary_phrases_of_a_heading_stay_blank(title: str, topic: str) -> None:
    """A heading's ordinary phrases name no topic (a rights holder, a law's name, 适用于), nor in a paragraph the
    contract's 「您的权利义务」 (「若变更导致您的权利义务发生重大变化」)."""
    assert topic not in {m.topic for m in topics.section_topics(section("请阅读。", title=title))}
    assert "user-rights" not in parse_topics("若变更导致您的权利和义务发生重大变化，我们会通知您。")


@pytest.mark.parametrize(
    "text",
    [
        *SANCTIONS,
        *OWN_DELETIONS,
        *USERS_SHARE,
        *DATA_SHARED,
        *USER_OBTAINS,
        *WE_COLLECT,
        "感谢您访问",
        "您有权访问、更正、删除您的个人信息",
    ],
)
def test_one_reading_for_diff_and_parse(text: str) -> None:
    """`diff`'s tags are the body-word topics `parse --topics` finds (`topics.words_in`), for every text above."""
    assert topics_of(text) == tuple(t for t in TOPICS if t in topics.words_in(text, TOPICS))


def test_alignment_reads_every_word() -> None:
    """`compare`'s section alignment matches editions by the words they share, ordinary senses included; it is a
    separate function, never shown to a reader."""
    assert "user-rights" in alignment_topics_of("感谢您访问本网站")
    assert "user-rights" not in topics_of("感谢您访问本网站")
    assert alignment_topics_of("平台有权删除违规内容") == ("retention",)


def test_parse_topics_json_of_a_sanction_section() -> None:
    """The `topics` field of `policylens.parse/1` (`parse --topics --format json`) reads the senses too."""
    doc = ROOT / "eval/topics43/docs/lynkedia/LoginModal.vue"
    result = cli("parse", str(doc), "--topics", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    by_title = {s.get("title"): {t["topic"] for t in s.get("topics", [])} for s in data["sections"]}
    assert "retention" not in by_title["七、违规处理"]
    assert "security" in by_title["五、隐私保护"]
