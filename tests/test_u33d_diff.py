"""`diff` and `compare` noise the thirty-third session's rounds left (u33d; the texts are invented in their shape, but
for the regression cases, which read the sets' own files).

1. *A list mark between quoted terms* (`eval/editions33` snapstudy: the zh-Hant page's 「（以下稱「本 App」、「我們」）」
   against the zh-Hans page's 「（以下称“本 App”“我们”）」, an unsure `compare` entry): a 、 or comma between a closing and
   an opening quote or title mark says nothing the marks do not, so `diff.keys.layout_key` drops it.  A word between the
   terms (和, 或) stays, and so does a mark anywhere else.

2. *A paragraph rewritten as a lead line, list items and a closing paragraph* (pairs29 purpgo-privacy 四, left by
   pairs30: 「仅集成 Apple 语音识别框架，受 Apple 隐私政策约束。无其他第三方追踪或广告。」 → 「本应用集成以下第三方服务：」, two
   items and 「本应用不集成任何第三方分析工具、广告 SDK 或用户追踪服务。」, read as a deletion and four insertions): in a gap
   between paired paragraphs the items of `diff.redline._as_list` may now have one paragraph before them and one after;
   one replace.  Unrelated text in the old paragraph's place stays a deletion and insertions, and an old paragraph that
   pairs with one of the new ones stays that replace beside the inserted list.

3. *A link target changed only by tracking or format noise*: a `utm_` parameter added or removed, `http://` becoming
   `https://` on the same host, a trailing slash (already folded) are no change.  Any other change of the target (another
   host, path, query value or fragment) stays a change: a moved privacy-policy or contact address is one a lawyer wants.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder, compare_product, parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.keys import layout_key
from policylens.diff.redline import _list_shape
from policylens.model import DiffReport
from test_pairs28 import _changes

ROOT = Path(__file__).resolve().parents[1]

DOC = "# 隐私政策\n\n## 一、概述\n\n{line}\n\n## 二、联系我们\n\n如有疑问，请发送邮件至 privacy@example.com。\n"


def _diff(old: str, new: str, *, strict: bool = False) -> DiffReport:
    return diff_documents(parse_string(DOC.format(line=old), ".md"), parse_string(DOC.format(line=new), ".md"), strict=strict)


# --- 1. a list mark between quoted terms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("本政策（以下称“本 App”、“我们”）说明我们如何处理您的信息。", "本政策（以下称“本 App”“我们”）说明我们如何处理您的信息。"),
        ("本政策（以下稱「本 App」、「我們」）說明我們如何處理您的資訊。", "本政策（以下稱「本 App」「我們」）說明我們如何處理您的資訊。"),
        ("请阅读《用户协议》，《隐私政策》后再使用。", "请阅读《用户协议》《隐私政策》后再使用。"),
        ("我们（“我们”、 “公司”）重视您的隐私。", "我们（“我们”“公司”）重视您的隐私。"),
        ('本政策（以下简称"我们"、"本应用"）说明如何处理信息。', '本政策（以下简称"我们""本应用"）说明如何处理信息。'),
    ],
)
def test_a_list_mark_between_quoted_terms_is_no_change(old: str, new: str) -> None:
    assert layout_key(old) == layout_key(new)
    assert _changes(_diff(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("本政策（以下称“本 App”和“我们”）说明我们如何处理您的信息。", "本政策（以下称“本 App”“我们”）说明我们如何处理您的信息。"),
        ("您可以选择“同意”或“拒绝”。", "您可以选择“同意”“拒绝”。"),
        ("我们收集设备型号、系统版本。", "我们收集设备型号系统版本。"),
        ("我们收集“设备型号”、系统版本。", "我们收集“设备型号”系统版本。"),
    ],
)
def test_a_word_or_a_mark_outside_quoted_terms_stays_a_change(old: str, new: str) -> None:
    assert layout_key(old) != layout_key(new)
    assert len(_changes(_diff(old, new))) == 1


def test_strict_still_shows_the_mark() -> None:
    old, new = "以下称“本 App”、“我们”。", "以下称“本 App”“我们”。"
    assert len(_changes(_diff(old, new, strict=True))) == 1


def test_a_quoted_list_across_scripts_is_no_divergence(tmp_path: Path) -> None:
    hant = "# 隱私權政策\n\n本隱私權政策說明本應用程式（以下稱「本 App」、「我們」）如何蒐集、使用及保護您的資訊。\n"
    hans = "# 隐私政策\n\n本隐私政策说明本应用程序（以下称“本 App”“我们”）如何收集、使用及保护您的信息。\n"
    product = compare_folder(tmp_path / "p", {"zh-Hant.2026-01-01.md": hant, "zh-Hans.2026-01-01.md": hans})
    assert product["divergences"] == []


def _texts(product: dict[str, Any]) -> list[str]:
    return [c.get("old_text") or "" for d in product["divergences"] for c in d["changes"]]


def test_snapstudy_quoted_terms_are_no_divergence() -> None:
    """Regression: eval/editions33 snapstudy's zh-Hans page drops the 、 between 「本 App」 and 「我們」."""
    product = compare_product(ROOT / "eval" / "editions33" / "editions" / "snapstudy")
    assert not [t for t in _texts(product) if "以下稱" in t]


# --- 2. a paragraph rewritten as a lead line, items and a closing paragraph ----------------------------------------

THIRD = "# 隐私政策\n\n## 一、概述\n\n本应用是一款待办工具。\n\n## 四、第三方服务\n\n{body}\n\n## 五、联系我们\n\n请发送邮件至 privacy@example.com。\n"
OLD_THIRD = "仅集成 Apple 语音识别框架，受 Apple 隐私政策约束。无其他第三方追踪或广告。"
NEW_THIRD = (
    "本应用集成以下第三方服务：\n\n"
    "- **Apple 语音识别框架（Speech Framework）**：用于实现语音转文字功能，受 Apple 隐私政策约束。音频处理在设备端或 Apple 服务器完成，取决于系统配置。\n"
    "- **Apple 应用内购买（StoreKit）**：用于处理 Pro 订阅购买与验证，受 Apple 隐私政策及《Apple 媒体服务条款》约束。\n\n"
    "本应用不集成任何第三方分析工具、广告 SDK 或用户追踪服务。"
)


def _diff_third(old: str, new: str) -> DiffReport:
    return diff_documents(parse_string(THIRD.format(body=old), ".md"), parse_string(THIRD.format(body=new), ".md"))


def test_a_paragraph_rewritten_as_lead_items_and_a_paragraph_is_one_replace() -> None:
    changes = _changes(_diff_third(OLD_THIRD, NEW_THIRD))
    assert [op for op, _, _ in changes] == ["replace"]
    assert changes[0][1] == OLD_THIRD
    assert changes[0][2] is not None and changes[0][2].startswith("本应用集成以下第三方服务：\n- **Apple 语音识别框架（")


def test_the_list_joined_back_into_a_paragraph_is_one_replace() -> None:
    assert [op for op, _, _ in _changes(_diff_third(NEW_THIRD, OLD_THIRD))] == ["replace"]


def test_unrelated_lead_items_and_paragraph_stay_a_deletion_and_insertions() -> None:
    new = "我们会在以下情形中使用您的信息：\n\n- 为您提供客户服务；\n- 处理您的投诉与反馈。\n\n如您有疑问，可随时联系我们。"
    ops = [op for op, _, _ in _changes(_diff_third(OLD_THIRD, new))]
    assert "replace" not in ops
    assert ops.count("delete") == 1 and ops.count("insert") == 4


def test_a_paragraph_paired_with_the_closing_one_stays_that_replace() -> None:
    old = "本应用不集成任何第三方分析工具或广告 SDK。"
    ops = [op for op, _, _ in _changes(_diff_third(old, NEW_THIRD))]
    assert ops.count("replace") == 1 and ops.count("insert") == 3


def test_a_paragraph_paired_with_an_item_stays_that_replace() -> None:
    """A paragraph reworded as the first item of a list whose other items are new (pairs28 beadcube-update's shape)."""
    old = "本应用仅集成 Apple 语音识别框架（Speech Framework），用于实现语音转文字功能，受 Apple 隐私政策约束。"
    new = (
        "本应用集成以下第三方服务：\n\n"
        "- **Apple 语音识别框架（Speech Framework）**：用于实现语音转文字功能，受 Apple 隐私政策约束。\n"
        "- **Firebase Analytics**：用于统计崩溃与使用情况，受 Google 隐私政策约束。\n\n"
        "我们会定期审查第三方 SDK 的合规状态。"
    )
    changes = _changes(_diff_third(old, new))
    assert [op for op, _, _ in changes].count("insert") == 3
    (replace,) = [c for c in changes if c[0] == "replace"]
    assert replace[2] is not None and replace[2].startswith("- **Apple 语音识别框架")


@pytest.mark.parametrize(
    ("kinds", "framed", "expected"),
    [
        ("ii", False, True),
        ("pii", False, False),
        ("pii", True, True),
        ("piip", True, True),
        ("pi", True, True),
        ("pp", True, False),
        ("pipip", True, False),
        ("ppi", True, False),
        ("p" + "i" * 8, True, False),
    ],
)
def test_list_shape(kinds: str, framed: bool, expected: bool) -> None:
    paragraphs = (
        parse_string("\n\n".join("- 项目内容" if k == "i" else "一段说明文字。" for k in kinds) + "\n", ".md").sections[0].paragraphs
    )
    assert [p.kind == "item" for p in paragraphs] == [k == "i" for k in kinds]
    assert _list_shape(paragraphs, framed) is expected


def test_purpgo_privacy_third_parties_is_one_replace() -> None:
    """Regression: pairs29 purpgo-privacy 四、第三方服务 is one replace."""
    folder = ROOT / "eval" / "pairs29" / "pairs" / "purpgo-privacy"
    report = diff_documents(parse_path(folder / "old.md"), parse_path(folder / "new.md"))
    (section,) = [s for s in report.sections if s.old is not None and s.old.title == "四、第三方服务"]
    assert [c.op for c in section.changes] == ["replace"]


# --- 3. a link target changed by tracking or format noise only ----------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy?utm_source=app&utm_medium=link)。"),
        ("详见[隐私政策](https://ex.com/privacy?id=3&utm_campaign=x#a)。", "详见[隐私政策](https://ex.com/privacy?id=3#a)。"),
        ("详见[隐私政策](http://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy)。"),
        ("详见[隐私政策](http://ex.com/privacy/)。", "详见[隐私政策](https://ex.com/privacy)。"),
        ('详见<a href="http://ex.com/p?utm_source=web">隐私政策</a>。', "详见[隐私政策](https://ex.com/p)。"),
        ("官网：http://ex.com/p?utm_source=a 。", "官网：https://ex.com/p 。"),
    ],
)
def test_tracking_or_scheme_noise_in_a_link_target_is_no_change(old: str, new: str) -> None:
    assert layout_key(old) == layout_key(new)
    assert _changes(_diff(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy-v2)。"),
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://other.com/privacy)。"),
        ("详见[隐私政策](http://ex.com/privacy)。", "详见[隐私政策](https://www.ex.com/privacy)。"),
        ("详见[隐私政策](https://ex.com/p?id=3)。", "详见[隐私政策](https://ex.com/p?id=4)。"),
        ("详见[隐私政策](https://ex.com/p?source=app)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p#a)。", "详见[隐私政策](https://ex.com/p#b)。"),
        ("[联系我们](mailto:a@ex.com)", "[联系我们](mailto:b@ex.com)"),
    ],
)
def test_any_other_change_of_a_link_target_stays_a_change(old: str, new: str) -> None:
    assert layout_key(old) != layout_key(new)
    assert len(_changes(_diff(old, new))) == 1
