"""`compare` of editions of equal authority, of terms a translation keeps in English, and of a paragraph a translation
lacks whose name the Chinese edition never writes (u42c, eval/editions42).

Three classes found on the development groups of eval/editions42.  "The Chinese and English versions of this policy
have equal authority" read as a sentence naming Chinese (English was an edition: "English versions"), and the
Chinese edition's 「本政策的中英文版本具有同等效力」 named none: a false sure `language` fact (sensteed).  A clause of
equal authority is about the editions, like one saying which prevails (`language_names._CONTROLS`), and the first of
two names before an edition word is an edition too.  A Chinese sentence that keeps its terms in English (「原始
session ID」, 「仓库 remote」) read as a third of its length and its terms as names the English lacked, so the list
items of a section paired crosswise and the section did not read as its counterpart (`sentences._measure`,
`sentences._align_evidence`).  And a paragraph of the English that the zh-Hans lacks ("DeepSeek is balance-only: …
Local DeepSeek model usage …") gave no evidence: a Latin name the Chinese edition never writes may have been
translated, and the aligner merged the paragraph into its neighbour's bead.  A name with an inner capital or a digit
written twice in one paragraph, nowhere in the Chinese edition, whose paragraph the alignment gives no counterpart of
its own (its sentences alone, or in a neighbour's bead whose lengths agree better without them), is now a
`sentence-only` entry (0.7, `sentences._unwritten_paragraph`, `_merged_paragraph`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_product, sure_summary, write_files
from policylens.compare.facts import prose_languages
from policylens.compare.sentences import align, sentence
from policylens.language_names import spoken_languages

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions42"


# -- editions of equal authority ------------------------------------------------------------------------------------


def test_a_clause_of_equal_authority_names_no_language() -> None:
    for text in (
        "The Chinese and English versions of this policy have equal authority. If they diverge, read them together.",
        "本政策的中英文版本具有同等效力。若两个版本出现表述差异，请结合两者理解。",
        "Both language versions of these terms have equal legal effect for every user of the app.",
        "本协议的英文版与中文版具有同等法律效力，请您仔细阅读。",
        "Chinese and English versions of this policy are published on our website for every user.",
    ):
        assert spoken_languages(text) == {}, text
        assert prose_languages(text) == {}, text


def test_a_sentence_naming_languages_still_names_them() -> None:
    assert set(prose_languages("Please contact us in English or Chinese by e-mail at any time.")) == {"english", "chinese"}
    assert set(prose_languages("We support English, Chinese and Japanese in the app today.")) == {"english", "chinese", "japanese"}
    assert set(prose_languages("我们提供英语和中文客服，请随时联系我们")) == {"english", "chinese"}


# -- terms a translation keeps in English ---------------------------------------------------------------------------


def test_list_items_that_keep_english_terms_pair_with_their_own_translation() -> None:
    zh = ["- 完整文件路径、仓库 remote 或文件内容；", "- 原始 session ID；"]
    en = ["- full filesystem paths, repository remotes, or file contents;", "- raw session IDs;"]
    beads = align([sentence(t, 1) for t in zh], [sentence(t, 2) for t in en], 0.27)
    assert all(ib and io for ib, io in beads), beads  # no item alone: before, each side had one left over


# -- a paragraph the translation lacks, naming what the Chinese edition never writes ---------------------------------

_EN = """# Privacy

## What stays on this device

We keep your account name and the device model on this device only. We never upload your contacts or your photos.

Sign-in uses the WeChat login service to confirm who you are. WeChat receives your login request and returns a token to the app.

The token is stored locally and deleted when you sign out of the app.

## Contact

Email us at help@example.com with any question about this policy.
"""

_ZH_TRANSLATED = """# 隐私

## 保存在本设备上的数据

我们只在本设备上保存您的账户名称和设备型号。我们从不上传您的通讯录或照片。

登录使用微信登录服务来确认您的身份。微信会收到您的登录请求，并向应用返回一个令牌。

该令牌保存在本地，并在您退出应用时删除。

## 联系我们

如对本政策有任何疑问，请发送邮件至 help@example.com。
"""


def test_a_paragraph_whose_name_the_translation_translates_is_no_entry(tmp_path: Path) -> None:
    folder = write_files(tmp_path / "wechat", {"en.2026-01-01.md": _EN, "zh-Hans.2026-01-01.md": _ZH_TRANSLATED})
    assert sure_summary(compare_product(folder)) == []


def test_a_paragraph_the_translation_lacks_is_reported(tmp_path: Path) -> None:
    zh = _ZH_TRANSLATED.replace("登录使用微信登录服务来确认您的身份。微信会收到您的登录请求，并向应用返回一个令牌。\n\n", "")
    folder = write_files(tmp_path / "lacks", {"en.2026-01-01.md": _EN, "zh-Hans.2026-01-01.md": zh})
    sure = sure_summary(compare_product(folder))
    assert [text for _, text in sure] == [
        "Sign-in uses the WeChat login service to confirm who you are.",
        "WeChat receives your login request and returns a token to the app.",
    ], sure
    (entry,) = [s for s in compare_product(folder)["sentences"] if s["text"].startswith("WeChat")]
    assert entry["confidence"] == 0.7 and entry["lacks"] == ["wechat"]


def test_kimi_lag_reports_the_deepseek_paragraph_and_kimi_nothing() -> None:
    lag = sure_summary(compare_product(ROOT / "editions" / "kimi-lag"))
    assert len(lag) == 2, lag
    assert all(kind == "sentence-only" and "DeepSeek" in (text or "") for kind, text in lag), lag
    assert sure_summary(compare_product(ROOT / "editions" / "kimi")) == []


def test_sensteed_equal_authority_clause_is_no_language_fact() -> None:
    sure = sure_summary(compare_product(ROOT / "editions" / "sensteed"))
    assert not any(kind == "fact" and (fact or "").startswith("language") for kind, fact in sure), sure
    assert any(kind == "sentence-only" and "official GitHub repository" in (text or "") for kind, text in sure), sure


def test_equal_legal_effect_of_something_else_hides_no_language() -> None:
    """「电子同意与书面签署具有同等法律效力」 is about a signature, not the editions: the paragraph's language stays a fact (review r42)."""
    assert set(prose_languages("您的电子同意与书面签署具有同等法律效力，我们的客服以日语回复。")) == {"japanese"}
    assert set(spoken_languages("Electronic consent has equal legal effect; we reply in Chinese.")) == {"chinese"}
