"""Disclosure profiles, forty-second session, second round (u42w2, issue #14): the purposes' parts, precision.

u42w's `parts` on cn-pipl/purposes moved 270 citations over corpora/ and eval/; the worse ones fall in four classes, each
tested both ways with invented texts modelled on the real ones, plus the real files as regression cases:

- an item of the list under a heading that names the purposes (「3. 数据用途」「2.1 信息使用目的」「三、我们如何使用信息」) holds
  the parts: the heading names them (`parts_heading`; eval/profiles30 nightguard-zh 47, not a crash log's 「仅用于诊断」);
- a sentence about the policy itself holds none, though it names data and 「为保障…」 (`parts_none`: 「我们建议您认真阅读本
  《隐私政策》」, eval/blind/profiles22 game-zh; 「向您介绍隐私政策」; 「本为…的个人信息保护政策模板」);
- 「适用于」 is no use (「可獲得…權益（適用於同一 Apple ID 帳戶）」, eval/editions29 transpop);
- a video frame, audio or image is data (「App 会在设备上分析视频帧…以识别人、车辆」, eval/blind/editions23 ipcam 71);
- retention (cn-pipl/retention, cn-gbt35273/retention, tw-pdpa/period) gets `parts`: a period or the criterion that ends
  storage (「直到你修改、清除扩展数据」, eval/profiles32 aurora-zh 69, not a storage table's 「12/24 小时制」 row at 34).

None of them changes a verdict: `parts` only chooses the cited line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import file_verdict, one_item, paragraphs, parse_path, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
ITEM = "cn-pipl/purposes"


def _line(text: str) -> int | None:
    """The cited line (`profile_verdict` puts a title over the text: its first line is line 3)."""
    found = profile_verdict(text, ITEM)
    assert found.status == "covered"
    return found.evidence.line


def _file(path: Path) -> tuple[str, int | None]:
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_path(path), [one_item(ITEM)])
    (found,) = result.items
    return str(found.status), found.evidence.line if found.evidence else None


_COLLECTED = "## 2. 收集的信息\n\n- 设备与应用信息：设备型号、系统版本、崩溃日志（仅用于诊断和改进稳定性）。\n"


@pytest.mark.parametrize("heading", ["3. 数据用途", "2.1 信息使用目的", "03　收集目的", "資料用途"])
def test_an_item_under_a_heading_that_names_the_purposes_is_kept(heading: str) -> None:
    """eval/profiles30 nightguard-zh 47 (lead42 cited the crash log at 36); eval/blind round3 lianai-txt, idns-children."""
    text = f"{_COLLECTED}\n## {heading}\n\n- 提供与改进功能：睡眠趋势分析、个性化洞察、提醒与通知。\n- 客服与支持：处理您的咨询与问题。\n"
    assert _line(text) == 9


@pytest.mark.parametrize("heading", ["2. 使用数据（如有启用）", "一、我们如何收集和使用您的个人信息", "1.1 账号注册"])
def test_an_item_under_another_heading_still_gives_way(heading: str) -> None:
    """Usage data (使用数据) is a kind of data, collection and use is no purposes heading: the item with its data is cited."""
    text = f"## 1. 收集的信息\n\n- 设备型号、系统版本（用于适配应用）。\n\n## {heading}\n\n- 提供与改进功能。\n"
    assert _line(text) == 5


def test_a_sentence_under_a_purposes_heading_that_is_no_item_still_gives_way() -> None:
    """Only a list item or table row reads its heading as its purpose: 「利用您的個人資料，除非：」 is a passing remark."""
    text = paragraphs(
        "## 1. 收集的信息",
        "我们会收集您的手机号码，用于登录验证。",
        "## 2. 信息使用目的",
        "我们不会在下列情形以外提供服务。",
    )
    assert _line(text) == 5


_ADVICE = "为保障您能更好地使用我们提供的服务，我们建议您认真阅读本《隐私政策》（尤其涉及您个人敏感信息的条款）。"
_POINTER = "我们仅会出于本政策所述的以下目的，收集您的个人信息："


def test_a_request_to_read_the_policy_is_no_purpose() -> None:
    """eval/blind/profiles22 game-zh: lead42 cited 189 (the advice) for the pointer at 207."""
    text = paragraphs("## 引言", _ADVICE, "## 一、我们如何收集和使用您的个人信息", _POINTER, "### 1. 账号", "您需要注册账号。")
    assert _line(text) == 9


def test_a_purpose_with_its_data_is_cited_before_the_pointer() -> None:
    """The other way: the advice is passed over, a purpose of the data is not."""
    text = paragraphs(
        "## 引言",
        _ADVICE,
        "## 一、我们如何收集和使用您的个人信息",
        _POINTER,
        "### 1. 账号",
        "我们会收集您的手机号码，用于账号注册与登录。",
    )
    assert _line(text) == 13


@pytest.mark.parametrize(
    "about",
    [
        "我们努力使用简明易懂的表述，向您介绍隐私政策，以便您清晰地了解我们的个人信息处理方式。",
        "本文本为产品演示的个人信息保护政策模板，用于登录与合规勾选展示。",
        "为确保您对我们在处理个人资料上有充分信心，您切要详细阅读及理解隐私政策的条文。",
    ],
)
def test_a_sentence_about_the_policy_itself_is_no_purpose(about: str) -> None:
    """eval/pairs26 topcal, eval/blind/round18 xinghuo-md, eval/dev22d dongda-wxml."""
    text = paragraphs("## 引言", about, "## 一、我们如何收集和使用您的个人信息", _POINTER, "### 1. 账号", "您需要注册账号。")
    assert _line(text) == 9


def test_to_introduce_a_service_is_still_a_purpose() -> None:
    """「用于数据分析，以便向您介绍、提供更加优质的服务」 names a purpose (eval/structure30 ysxy-agreement-html 967)."""
    text = paragraphs(
        "## 一、我们如何收集和使用您的个人信息",
        _POINTER,
        "### 1. 分析",
        "我们会将您的设备信息用于数据分析，以便向您介绍、提供更加优质的服务。",
    )
    assert _line(text) == 9


def test_applies_to_is_no_use() -> None:
    """eval/editions29 transpop 71: 「（適用於同一 Apple ID 帳戶）」 was cited for the translation purpose at 78."""
    text = paragraphs(
        "## 使用者權益",
        "符合條件的使用者可獲得免費轉移的權益（適用於同一 Apple ID 帳戶）。",
        "## 翻譯",
        "為了提供翻譯功能，您提交的文字會由您選擇的翻譯服務提供商處理：",
        "- Apple 翻譯：在裝置上處理。",
    )
    assert _line(text) == 9


def test_used_for_with_an_account_is_a_use() -> None:
    """The other way: 「帳戶…用於登入」 is a use."""
    text = paragraphs("## 帳戶", "您的 Apple ID 帳戶僅用於登入。", "## 翻譯", "為了提供翻譯功能，我們會處理您提交的文字：")
    assert _line(text) == 5


def test_a_video_frame_is_data() -> None:
    """eval/blind/editions23 ipcam 71: 「分析视频帧…以识别人、车辆」 (lead42 cited a debugging e-mail at 110)."""
    text = paragraphs(
        "## 本地处理",
        "我们的服务完全在本地运行，不会上传任何内容。",
        "本 App 会在设备上分析视频帧，以识别人、车辆、动物或一般移动。",
        "## 联系",
        "该电子邮件仅包含您键入的内容以及用于调试的应用程序版本。",
    )
    assert _line(text) == 7


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("eval/profiles30/docs/nightguard-zh/privacy.md", 47),
        ("eval/blind/profiles22/docs/game-zh/privacy_zh.html", 207),
        ("eval/blind/editions23/editions/ipcam/zh-Hans.2026-06-02.html", 71),
    ],
)
def test_real_files(path: str, line: int) -> None:
    assert _file(ROOT / path) == ("covered", line)


def test_the_new_keys_are_read_and_need_parts(tmp_path: Path) -> None:
    from policylens.errors import UserError
    from policylens.profiles import load_profile

    head = 'schema = "policylens.profile/1"\nid = "mine"\ntitle = "Mine"\nlaw = "x"\n[[item]]\nid = "purposes"\nname = "p"\nreference = "r"\nhint = "h"\nrule = "r"\n'
    keys = "parts_none = ['阅读']\nparts_heading = ['用途']\n"
    cover = "[[item.cover]]\nall = ['目的']\n"
    (tmp_path / "mine.toml").write_text(head + "parts = ['用于']\n" + keys + cover, encoding="utf-8")
    (item,) = load_profile(tmp_path / "mine.toml").items
    assert [p.pattern for p in (*item.parts_none, *item.parts_heading)] == ["阅读", "用途"]
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "mine.toml").write_text(head + keys + cover, encoding="utf-8")
    with pytest.raises(UserError, match="needs `parts`"):
        load_profile(tmp_path / "bad" / "mine.toml")


# --- retention (cn-pipl/retention, cn-gbt35273/retention, tw-pdpa/period): the line with a period or the criterion -------


def test_a_period_is_kept_where_it_is_cited() -> None:
    """The other way: 「保存 30 天」 holds the period; an English 'as long as necessary' holds the criterion."""
    text = paragraphs("## 保留期限", "我们会将日志保存 30 天，之后删除。", "日志直到你清除扩展数据为止。")
    assert profile_verdict(text, "cn-pipl/retention").evidence.line == 5
    text = paragraphs(
        "## Data retention", "We retain your data only as long as necessary to provide the service.", "## 保留", "资料直到您删除帐号为止。"
    )
    assert profile_verdict(text, "tw-pdpa/period").evidence.line == 5


def test_a_handshake_destroyed_when_the_connection_is_made_is_the_period() -> None:
    """eval/profiles28 2syn-tw 82 → 17: 「於連線建立後即時銷毀」 is the event that ends storage; 「不會保留傳輸檔案副本」 holds none."""
    assert file_verdict(ROOT / "eval/profiles28/docs/2syn-tw/privacy-policy.md", "tw-pdpa/period") == ("covered", 17)


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_aurora_retention(item: str) -> None:
    assert file_verdict(ROOT / "eval/profiles32/docs/aurora-zh/privacy-policy.zh-CN.md", item) == ("covered", 69)
