"""Disclosure profiles, forty-second session (u42w, issue #14): the cited line must be the evidence.

Classes of the earlier sets' wrong lines and false verdicts, each tested both ways with invented texts modelled on the real
ones, plus the real files as regression cases:

- an item's `parts` (cn-pipl/purposes: the data and what it is used for): a covering statement that holds them is cited
  before one that only points at the purposes (「我们仅会出于本政策所述的以下目的…」) or mentions one in passing
  (「为保障安全，您提出请求时可能需提供身份验证材料」); where none holds them, the first statement is cited as before, and the
  verdict never changes;
- a clause's `none_in_sentence`: eu-gdpr's "NAME is the controller" clause reads its "if" in its own sentence, not the
  whole document;
- cn-gbt35273/complaint: a contact for 疑问、意见或建议 with a reply time is no complaint channel;
- cn-pipl/minors: 「未满18周岁的未成年人请勿注册账号」 with 「如发现误收集未成年人信息，我们会及时删除」 rules the item out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import file_verdict, paragraphs, profile_status, profile_verdict

ROOT = Path(__file__).resolve().parent.parent


def _line(text: str, item: str) -> int | None:
    found = profile_verdict(text, item)
    assert found.status == "covered"
    return found.evidence.line


# --- cn-pipl/purposes: the statement that holds the data and its use, not a pointer or a passing mention ---------------

_POINTER = "个人信息是指以电子方式记录的各种信息。我们仅会出于本政策所述的以下目的，收集和使用您的个人信息："
_STATED = "当您注册账户时，我们会收集您的电子邮箱地址、密码，用于创建账户和验证身份。"


def test_a_pointer_to_the_purposes_gives_way_to_the_purpose_under_the_next_heading() -> None:
    """eval/profiles41c tutorjolly-zh 24 → 29, zhixue-zh 33 → 36."""
    text = f"## 一、我们如何收集和使用您的个人信息\n\n{_POINTER}\n\n### 1.1 账户注册\n\n{_STATED}\n"
    assert _line(text, "cn-pipl/purposes") == 9


def test_a_pointer_alone_is_still_cited_the_verdict_never_changes() -> None:
    text = f"## 一、我们如何收集和使用您的个人信息\n\n{_POINTER}\n\n### 1.1 账户注册\n\n您需要注册账户。\n"
    assert _line(text, "cn-pipl/purposes") == 5


def test_a_passing_purpose_gives_way_to_a_purpose_of_the_data() -> None:
    """eval/profiles39c yizhu-zh and eval/blind/profiles jiyun-charge-md: 131 (the rights section) → 11."""
    text = paragraphs(
        "## 您的权利",
        "为保障安全，您提出请求时可能需提供身份验证材料，我们核实后将按上述时限答复。",
        "## 我们收集的信息",
        "我们会从第三方获取您共享的手机号码用于账号绑定及快捷登录。",
    )
    assert _line(text, "cn-pipl/purposes") == 9


def test_a_lead_in_that_announces_the_purposes_with_its_list_is_kept() -> None:
    """The list of purposes is the disclosure: 「我们将出于以下目的使用您的信息：」 with its items (eval/profiles qinghe 51)."""
    text = paragraphs(
        "## 信息的使用",
        "为保障安全，我们会处理您的设备信息。",
        "我们将出于以下目的使用您的信息：\n\n- 提供账号登录\n- 发送订单通知",
    )
    assert _line(text, "cn-pipl/purposes") == 7  # (under the 使用 heading the lead-in, as before)


def test_a_lead_in_that_announces_the_purposes_below_is_kept() -> None:
    """「（二）我们会出于以下目的，收集和使用您以下类型的个人信息：」 over paragraphs (corpora qiushui-game 54): not a pointer."""
    text = paragraphs(
        "## 我们如何收集和使用您的个人信息",
        "我们会出于以下目的，收集和使用您以下类型的个人信息：",
        "为了确保给您提供的产品和服务是完善的，我们会不断改进我们的产品和服务。",
    )
    assert _line(text, "cn-pipl/purposes") == 5


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("eval/profiles41c/docs/tutorjolly-zh/PrivacyPolicy.tsx", 29),
        ("eval/profiles41c/docs/zhixue-zh/PrivacyPolicyPage.tsx", 36),
        ("eval/profiles39c/docs/yizhu-zh/隐私协议.md", 11),
        ("eval/profiles37/docs/dimp-tsx/index.tsx", 187),
    ],
)
def test_real_purposes_citations(path: str, line: int) -> None:
    assert file_verdict(ROOT / path, "cn-pipl/purposes") == ("covered", line)


# --- eu-gdpr/controller: the "if" of "NAME is the controller" is read in its own sentence -------------------------------

_CONTACT = "\n\n## Contact\n\nWrite to privacy@orbitnotes.example.\n"


def test_an_if_elsewhere_in_the_policy_no_longer_vetoes_the_controller() -> None:
    """eval/blind/profiles11 guardianui-en 5: any "if" anywhere in a real policy hid "GuardianUI is the data controller"."""
    text = "## Who we are\n\nOrbit Notes is the data controller of your personal data.\n\n## Changes\n\nWe will tell you if we change it."
    assert profile_status(text + _CONTACT, "eu-gdpr/controller") == "covered"


def test_an_if_in_the_controller_sentence_still_vetoes_it() -> None:
    text = "## Who we are\n\nIf you use the companion app, Orbit Notes is the data controller of your personal data."
    assert profile_status(text + _CONTACT, "eu-gdpr/controller") == "missing"


# --- cn-gbt35273/complaint: a contact for questions is not a complaint channel ------------------------------------------

_QUESTIONS = (
    "如果您对本隐私政策有任何疑问、意见或建议，请通过以下方式与我们联系：\n\n电子邮箱：help@example.cn\n\n我们将在十五个工作日内予以回复。"
)


def test_a_contact_for_questions_with_a_reply_time_is_no_complaint_channel() -> None:
    """eval/profiles41c zhixue-zh 119, zhumeng-zh 308; eval/profiles40c yizhi-zh."""
    assert profile_status(f"## 联系我们\n\n{_QUESTIONS}\n", "cn-gbt35273/complaint") == "missing"


def test_a_contact_for_complaints_with_a_reply_time_is_the_channel() -> None:
    text = _QUESTIONS.replace("疑问、意见或建议", "疑问、意见或投诉")
    assert profile_status(f"## 联系我们\n\n{text}\n", "cn-gbt35273/complaint") == "covered"


# --- cn-pipl/minors: excluded by "please don't sign up" and deletion of data collected by mistake -----------------------

_ADULTS = "我们的服务主要面向成人。对于未成年人信息，我们特别说明：\n\n- 未满18周岁的未成年人请勿注册账号\n- 如发现误收集未成年人信息，我们会及时删除"


def test_minors_asked_not_to_sign_up_with_mistakes_deleted_rule_the_item_out() -> None:
    """eval/profiles41c zhumeng-zh 252-257."""
    assert profile_status(f"## 五、未成年人信息保护\n\n{_ADULTS}\n", "cn-pipl/minors") == "not-applicable"


def test_minors_asked_not_to_sign_up_without_the_deletion_still_apply() -> None:
    text = "我们的服务主要面向成人。对于未成年人信息，我们特别说明：\n\n- 未满18周岁的未成年人请勿注册账号"
    assert profile_status(f"## 五、未成年人信息保护\n\n{text}\n", "cn-pipl/minors") == "missing"


def test_minors_with_a_guardian_s_consent_still_apply() -> None:
    text = _ADULTS + "\n- 未满14周岁的儿童须经监护人同意后方可使用"
    assert profile_status(f"## 五、未成年人信息保护\n\n{text}\n", "cn-pipl/minors") == "covered"


def test_zhumeng_minors() -> None:
    path = ROOT / "eval/profiles41c/docs/zhumeng-zh/page.tsx"
    assert file_verdict(path, "cn-pipl/minors")[0] == "not-applicable"


# --- the profile keys -------------------------------------------------------------------------------------------------


def test_the_new_keys_are_read_and_checked(tmp_path: Path) -> None:
    from policylens.errors import UserError
    from policylens.profiles import load_profile

    good = (
        'schema = "policylens.profile/1"\nid = "mine"\ntitle = "Mine"\nlaw = "x"\n[[item]]\nid = "purposes"\nname = "p"\nreference = "r"\nhint = "h"\nrule = "r"\n'
        "parts = ['用于']\n[[item.cover]]\nall = ['目的']\nnone = ['如果']\nnone_in_sentence = true\n"
    )
    (tmp_path / "mine.toml").write_text(good, encoding="utf-8")
    profile = load_profile(tmp_path / "mine.toml")
    (item,) = profile.items
    assert [p.pattern for p in item.parts] == ["用于"] and item.cover[0].none_in_sentence
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "mine.toml").write_text(good.replace("none_in_sentence = true", 'none_in_sentence = "yes"'), encoding="utf-8")
    with pytest.raises(UserError, match="none_in_sentence"):
        load_profile(tmp_path / "bad" / "mine.toml")
