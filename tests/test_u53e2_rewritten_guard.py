"""`compare`: a section whose Chinese edition added sentences that carry nothing (no anchor, no concept but a negation)
is still read sentence by sentence (u53e2, eval/editions51 grid-lag: section 2 re-written for a Game Center / Google
Play Games sign-in — four Chinese sentences alone, three of them carrying nothing, blocked the one that names the
services the English writes elsewhere)."""

from __future__ import annotations

from pathlib import Path

from helpers import compare_folder, sure

EN = """# Privacy Policy

## Information We Collect

We collect game progress data, including levels completed, scores and purchase history.
This data is stored locally on your device and optionally synced to our cloud servers.
We also collect diagnostic data and crash reports to help us identify and fix issues.

## Third-Party Services

We use Apple Game Center and Google Play Games for leaderboards.

## Contact

Write to privacy@example.com with any question.
"""
ZH_ADDED = (
    "为了保存和恢复您的进度，我们会通过 Game Center 或 Google Play Games 自动为您登录。"
    "我们仅从这些服务接收一个玩家标识符，而非您的电子邮件地址或姓名。"
)
ZH = """# 隐私政策

## 我们收集的信息

我们会收集游戏进度数据，包括已完成的关卡、得分以及购买记录。这些数据会本地存储在您的设备上，并可选择同步到我们的云服务器。
ADDED我们还会收集诊断数据和崩溃报告，以帮助我们识别并修复游戏中的问题。诊断数据会随问题一并发送给我们；它们绝不会包含您的姓名。

## 第三方服务

我们使用 Apple Game Center 和 Google Play Games 提供排行榜。

## 联系我们

如有任何疑问，请写信至 privacy@example.com。
"""


def _sure_texts(tmp_path: Path, name: str, zh: str) -> list[str]:
    product = compare_folder(tmp_path / name, {"en.2024-01-01.md": EN, "zh-Hans.2024-01-01.md": zh})
    return [e["text"] for e in sure(product, "sentences")]


def test_a_sentence_added_beside_sentences_that_carry_nothing_is_reported(tmp_path: Path) -> None:
    found = _sure_texts(tmp_path, "added", ZH.replace("ADDED", ZH_ADDED))
    assert [t for t in found if "Game Center" in t] == [ZH_ADDED.split("。")[0] + "。"]


def test_a_faithful_section_reports_nothing(tmp_path: Path) -> None:
    assert _sure_texts(tmp_path, "faithful", ZH.replace("ADDED", "")) == []


REPO = Path(__file__).resolve().parent.parent


def test_a_section_that_swallowed_another_stays_unread() -> None:
    """Real file: eval/editions28/editions/tilltomorrow — zh-CN writes 「如何访问或更正您的信息」 as a plain line, so its
    儿童保护 runs on with the English's next section: seven lone sentences (three carrying a concept) against one,
    a wrong pair that the share still refuses with a carrying-nothing sentence weighing half."""
    from compare_helpers import compare_product

    product = compare_product(REPO / "eval/editions28/editions/tilltomorrow")
    assert not [e["text"] for e in sure(product, "sentences") if "更正" in e["text"] or "密码" in e["text"]]


def test_a_chinese_party_against_an_english_section_naming_one_in_latin_is_no_evidence() -> None:
    """Real file: eval/editions27/editions/navicast (11. 商标声明): 「…是华为技术有限公司的商标」 against "… trademarks of
    Huawei Technologies Co., Ltd." (the party key 是华为技术 cannot be compared with `technologies`)."""
    from compare_helpers import compare_product
    from policylens.compare import sentences

    product = compare_product(REPO / "eval/editions27/editions/navicast")
    assert not [e["text"] for e in sure(product, "sentences") if "华为技术有限公司" in e["text"]]
    zh = sentences.sentence("它们是华为技术有限公司的商标。", 1)
    en = sentences.sentence("They are trademarks of Huawei Technologies Co., Ltd.", 1)
    party = next(k for k in zh.anchors if k.startswith("party:"))
    side = sentences._Side([en], en.text.lower(), en.anchors, frozenset(), en.concepts)
    assert sentences._party_in_latin(party, side)
    assert not sentences._party_in_latin(party, side._replace(keys=frozenset()))  # no party named: still evidence


def test_a_wrong_pair_whose_paired_sentences_share_nothing_stays_unread() -> None:
    """Real file: eval/editions34/editions/celestia — two independent texts; 适用范围 pairs with "Changes to This Privacy
    Policy" and its beads share no anchor or concept: the lone sentences are counted as before (blocked)."""
    from compare_helpers import compare_product

    product = compare_product(REPO / "eval/editions34/editions/celestia")
    assert not [e["text"] for e in sure(product, "sentences") if e["text"].startswith(("(b) 在您使用", "(e) 如您是"))]


def test_the_relaxed_guard_keeps_what_the_blocked_one_reported() -> None:
    """Real file: eval/editions38/heldout/pairnest (删除与备份, P5): read sentence by sentence now, the section still
    reports the Chinese sentence naming Session and WebSocket that the blocked reading reported, and adds the seven days."""
    from compare_helpers import compare_product

    product = compare_product(REPO / "eval/editions38/heldout/pairnest")
    texts = [e["text"] for e in sure(product, "sentences")]
    assert any("WebSocket" in t for t in texts) and any("七天" in t for t in texts)
