"""A capitalised common word written after a name the other section writes is no lacking name (u55e2).

「请通过 GitHub Issues 联系」 against "contact us via GitHub" is one sentence: the Chinese names the part of GitHub the
English leaves to the bare name (eval/editions55 dovecot, the blind set's one sure entry, false).  The same for Google
Play Store / Google and App Store Connect / App Store (`compare.sentences._name_tail`).  What stays evidence: a sentence
more naming the name (eval/editions51 grid-lag GL6, 「我們也使用 Firebase Analytics（Google）…」, true), and a tail the
bilingual lexicon or the topic model reads a subject in (Analytics, Ads, Pay: a product of its own).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, compare_product, sure_summary
from policylens.compare import sentences as sentlib

EVAL = Path(__file__).resolve().parents[1] / "eval"

EN = """# Privacy Policy

Last updated: 2026-01-01

## 1. Information We Collect

We collect your email address when you sign in. We do not collect your location.

## 2. How We Use Information

We use your email address only to send you account notices. We do not sell your data.

## 3. Third-Party Services

{third}

## 4. Contact

{contact}
"""

ZH = """# 隐私政策

最后更新：2026-01-01

## 一、我们收集的信息

您登录时，我们会收集您的电子邮件地址。我们不会收集您的位置信息。

## 二、我们如何使用信息

我们仅使用您的电子邮件地址向您发送账户通知。我们不会出售您的数据。

## 三、第三方服务

{third}

## 四、联系我们

{contact}
"""

_MAIL = ("Email us at privacy@example.com.", "请发送邮件至 privacy@example.com。")
_HOST = ("We host the site on Cloudflare.", "我们将网站托管在 Cloudflare 上。")


def _sure(tmp_path: Path, third: tuple[str, str], contact: tuple[str, str]) -> list[tuple[str, str | None]]:
    files = {
        "en.2026-01-01.md": EN.format(third=third[0], contact=contact[0]),
        "zh-Hans.2026-01-01.md": ZH.format(third=third[1], contact=contact[1]),
    }
    return sure_summary(compare_folder(tmp_path / "p", files))


@pytest.mark.parametrize(
    ("third", "contact"),
    [
        # the tail of a name the English sentence writes bare (each was a sure entry before u55e2)
        (
            _HOST,
            (
                "If you have questions about this policy, please contact us via GitHub.",
                "如对本政策有任何疑问，请通过 GitHub Issues 联系我们。",
            ),
        ),
        # two words of tail (Play, Store) after the name the other sentence writes
        (
            ("Purchases are handled by Google and we never see your card.", "购买由 Google Play Store 处理，我们不会看到您的银行卡信息。"),
            _MAIL,
        ),
        # the name itself two words (App Store), its tail one more
        (("We read sales reports from App Store.", "我们从 App Store Connect 读取销售报告。"), _MAIL),
    ],
    ids=["github-issues", "google-play-store", "app-store-connect"],
)
def test_a_common_word_tail_of_a_written_name_is_no_lacking_name(tmp_path: Path, third: tuple[str, str], contact: tuple[str, str]) -> None:
    assert _sure(tmp_path, third, contact) == []


def test_a_sentence_more_naming_the_name_stays_sure(tmp_path: Path) -> None:
    """The Chinese section names Firebase in two sentences, the English in one: the second is a mention of its own."""
    third = (
        "We use Firebase to sync your notes across devices.",
        "我们使用 Firebase 在设备之间同步您的笔记。我们还使用 Firebase Analytics 收集汇总的使用统计数据。",
    )
    assert _sure(tmp_path, third, _MAIL) == [("sentence-only", "我们还使用 Firebase Analytics 收集汇总的使用统计数据。")]


def test_a_tail_that_names_a_subject_stays_sure(tmp_path: Path) -> None:
    """Analytics is a word of the topic model (third-party SDKs): Firebase Analytics is a product of its own, even in the
    sentence pair that writes the bare Firebase."""
    third = ("We use Firebase to count visits to the site.", "我们使用 Firebase Analytics 统计网站的访问量。")
    assert _sure(tmp_path, third, _MAIL) == [("sentence-only", "我们使用 Firebase Analytics 统计网站的访问量。")]


def test_title_word() -> None:
    assert [w for w in ("Issues", "Store", "API", "iCloud", "Sign-In", "Go", "GitHub") if sentlib._title_word(w)] == ["Issues", "Store"]


def test_editions55_dovecot_has_no_sure_entry() -> None:
    """The blind set's one sure entry (false): 「如有任何疑问，请通过 GitHub Issues 联系：」 / "…contact us via GitHub:"."""
    assert sure_summary(compare_product(EVAL / "editions55" / "editions" / "dovecot")) == []


def test_editions51_grid_lag_keeps_firebase_analytics() -> None:
    """GL6 (true): the Chinese editions name Firebase Analytics in a sentence the English of 05-07 lacks; the English
    third-party sentence names Firebase (Google) once, the Chinese section twice."""
    texts = [text for kind, text in sure_summary(compare_product(EVAL / "editions51" / "editions" / "grid-lag")) if kind == "sentence-only"]
    assert "我們也使用 Firebase Analytics（Google）來收集彙總的遊玩與使用統計資料，以協助我們改善遊戲。" in texts


def _side(*texts: str) -> sentlib._Side:
    units = [sentlib.sentence(t, i + 1) for i, t in enumerate(texts)]
    return sentlib._Side(units, " ".join(texts).lower(), frozenset(k for u in units for k in u.anchors), frozenset(), frozenset())


def test_name_tail_reads_the_chain_once_per_word() -> None:
    """Through other title-case words (Play), one space apart; a word after a comma or a name the other side does not
    hold as a name is no tail.  Each word is read once, however long the run (a sentence of 5,000 "Issues")."""
    other = _side("Purchases are handled by Google.")
    for text, name, expected in [
        ("购买由 Google Play Store 处理。", "store", True),
        ("购买由 Google Play Store 处理。", "play", True),
        ("购买由 Google，Store 处理。", "store", False),
        ("购买由 Apple Store 处理。", "store", False),
        ("购买由 Google " + "Store " * 5000 + "处理。", "store", True),
    ]:
        unit = sentlib.sentence(text, 1)
        assert sentlib._name_tail(name, unit, _side(text), other) is expected, (text[:30], name)
