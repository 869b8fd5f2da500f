"""Helper u61e (sixty-first session): noise between separately translated zh-Hans / zh-Hant editions of one text.

Every cross-script pair of `eval/` annotated as no change (its `annotation.json`: no change, noise only) was diffed on
the session's base; the counted entries left were read one by one and grouped.  Four classes are read as a translator's
words by the rewording gate (`diff.content.reworded`: shown ≃, counted apart, never hidden):

1. a modality letter inside a word that says no modality: 应 of 响应 / 回应, 得 of 得到, 会 of 会员, 需 of 需求
   (eval/pairs46 ocd-xscript 「回复 / 回應」, eval/blind/pairs20 aia 「得到遵守 / 已遵守」);
2. words of one sense: 并非 / 不是, 一切 / 所有, 若要 / 要 (velaris, ginkgo-xscript, larderia);
3. the emphatic negation 绝不 / 不 (eval/pairs51d cherry-xscript, three items);
4. an edition naming its own locale: 「页面语言：zh-Hans」 / 「頁面語言：zh-Hant」 (eval/blind/pairs14 enso).

The other side of each: a modality, a negation, a scope, a condition, another language or a number that differs is
still a change of content.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.diff import diff_documents
from policylens.diff.content import reworded

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # 1. no modality inside the word
        ("我们会在 15 个工作日内回复您的请求。", "我們會在 15 個工作日內回應您的請求。"),
        ("以确认本政策和信息安全法规得到遵守。", "以確認本政策和資訊安全法規已遵守。"),
        # 2. one sense
        ("本应用不是专门面向儿童的应用。", "本應用並非專門面向兒童的應用。"),
        ("© 2025 Example. 保留所有权利。", "© 2025 Example. 保留一切權利。"),
        ("要删除您的账户，请在设置中选择删除账户。", "若要刪除您的帳戶，請在設定中選擇刪除帳戶。"),
        # 3. emphatic negation
        ("我们不会收集、保存或传输您的对话内容。", "我們絕不會收集、保存或傳輸您的對話內容。"),
        # 4. an edition's own locale
        ("页面语言：zh-Hans", "頁面語言：zh-Hant"),
        ("页面语言：zh-CN", "頁面語言：zh-TW"),
        # 对应用 is 对 + 应用 ("to the app"), no 对应 (eval/dev21c pilldaddy stays reworded)
        ("父母应监督子女使用应用与设备设置。", "家長應監督子女對應用程式與裝置設定之使用。"),
    ],
)
def test_a_translators_words_across_scripts_are_reworded(old: str, new: str) -> None:
    assert reworded(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # 1. a modality letter of its own still counts, beside the word that holds none
        ("我们会在 15 个工作日内回复您的请求。", "我們應在 15 個工作日內回應您的請求。"),
        ("我们会在 15 个工作日内回复您的请求。", "我們會在 30 個工作日內回應您的請求。"),
        ("您的请求将得到处理。", "您的請求可得到處理。"),
        ("我们不会共享会员信息。", "我們會共享會員資訊。"),
        # 2. the other sense stays apart
        ("本应用不是专门面向儿童的应用。", "本應用是專門面向兒童的應用。"),
        ("© 2025 Example. 保留所有权利。", "© 2025 Example. 保留部分權利。"),
        ("如果要求删除数据，我们会在 15 天内处理。", "要求刪除資料，我們會在 15 天內處理。"),
        # 3. a negation dropped, emphatic or not
        ("我们绝不会收集、保存或传输您的对话内容。", "我們會收集、保存或傳輸您的對話內容。"),
        ("我们绝不会出售您的数据。", "我們不會出售您的資料，也不會共享。"),
        # 4. another language
        ("页面语言：zh-Hans", "頁面語言：en"),
        ("页面语言：zh-Hans", "頁面語言：ja"),
    ],
)
def test_a_change_of_content_across_scripts_stays_a_change(old: str, new: str) -> None:
    assert not reworded(old, new)


def _counted(pair: str) -> list[str]:
    d = EVAL / pair
    old, new = sorted(d.glob("old.*"))[0], sorted(d.glob("new.*"))[0]
    report = diff_documents(parse_path(str(old)), parse_path(str(new)))
    return [(c.new_text or "") for s in report.sections for c in s.changes if not c.variant and not c.reworded]


@pytest.mark.parametrize(
    ("pair", "gone"),
    [
        ("pairs46/pairs/ocd-xscript", "回應"),
        ("pairs51d/pairs/cherry-xscript", "絕不會"),
        ("blind/pairs14/pairs/enso-cross-script", "zh-Hant"),
        ("blind/pairs20/pairs/aia-cross-script", "已遵守"),
        ("blind/pairs11/pairs/velaris-cross-script", "並非"),
        ("pairs49/pairs/ginkgo-xscript", "一切"),
        ("blind/pairs20/pairs/larderia-cross-script", "若要"),
    ],
)
def test_the_real_edition_pairs_no_longer_count_them(pair: str, gone: str) -> None:
    assert not [t for t in _counted(pair) if gone in t]
