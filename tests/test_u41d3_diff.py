"""Two noise classes of eval/pairs41c (forty-first session, u41d3).

1. `diff/variants._EXTRA`: a near-literal zh-tw edition writes 共用 for 共享 (sp-script: 「3. 数据共享」 → 「3. 資料共用」
   was a renamed section and its paragraph a change); 智能手机/智慧型手機 and 两步验证/兩步驟驗證 join it.
2. `diff/keys._edition_link_words`: a language switcher's link that ends or opens a paragraph (a Markdown break joined
   it to the date line: ac-link, 「[English Version](/en/privacy)」 → `/AegisClip/en/privacy`) is keyed by its words.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.keys import compare_key
from policylens.model import DiffReport

PAIRS = Path(__file__).resolve().parents[1] / "eval" / "pairs41c" / "pairs"


def _entries(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    report: DiffReport = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    return [(c.op, c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.reworded and not c.variant]


def _key(text: str) -> str:
    return compare_key(text, script=None, cross_script=False, strict=False)


HANS = "# 隐私政策\n\n## 3. 数据共享\n\n我们仅在处理方之间共享，或法律要求时共享。您的智能手机开启两步验证后更安全。\n"
HANT = "# 隱私政策\n\n## 3. 資料共用\n\n我們僅在處理方之間共用，或法律要求時共用。您的智慧型手機開啟兩步驟驗證後更安全。\n"


def test_taiwan_sharing_and_device_words_are_regional_wording() -> None:
    report = diff_documents(parse_string(HANS, ".md"), parse_string(HANT, ".md"))
    assert report.cross_script
    assert [c for s in report.sections for c in s.changes] == []
    assert [s.status for s in report.sections if s.status != "unchanged"] == []


def test_another_word_in_the_place_of_the_regional_one_is_still_a_change() -> None:
    # across scripts: 共用 → 出售 (to sell) is no regional wording
    assert len(_entries(HANS, HANT.replace("之間共用", "之間出售"))) == 1
    # within one script the text is compared as written: 共享 → 共用 inside one edition is an edit
    assert [op for op, _, _ in _entries(HANS, HANS.replace("之间共享", "之间共用"))] == ["replace"]


def test_sp_script_regression() -> None:
    pair = PAIRS / "sp-script"
    report = diff_documents(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    assert [c for s in report.sections for c in s.changes if not c.reworded] == []
    assert [s.status for s in report.sections if s.status != "unchanged"] == []


DATE = "# 隐私政策\n\n**最后更新**：2025年3月1日  \n{link}\n\n## 1. 数据收集\n\n我们不收集任何数据，详见[隐私说明]({policy})。\n"


def _dated(link: str, policy: str = "/p") -> str:
    return DATE.format(link=link, policy=policy)


def test_a_retargeted_language_link_joined_to_the_date_line_is_no_change() -> None:
    old = _dated("[English Version](/en/privacy)")
    assert _entries(old, _dated("[English Version](/AegisClip/en/privacy)")) == []
    # a run of edition links opening a paragraph, HTML links too
    assert _key("[English](/en/) | [日本語](/ja/) 本政策适用于本应用。") == _key(
        "[English](/a/en/) | [日本語](/a/ja/) 本政策适用于本应用。"
    )
    assert _key('更新：2025年3月1日<a href="/en/">English</a>') == _key('更新：2025年3月1日<a href="/b/en/">English</a>')


def test_the_words_the_text_and_policy_links_beside_it_stay_compared() -> None:
    old = _dated("[English Version](/en/privacy)")
    # the link's words changed
    assert len(_entries(old, _dated("[日本語版](/en/privacy)"))) == 1
    # the date beside it changed: reported, the link riding along
    assert len(_entries(old, _dated("[English Version](/en/privacy)").replace("3月1日", "4月1日"))) == 1
    # a policy link's target inside a section is still a change
    assert len(_entries(old, _dated("[English Version](/en/privacy)", policy="/q"))) == 1
    # an edition link inside a sentence, a mail link and a policy link at a paragraph's end keep their targets
    assert _key("本政策以[English](/en/)版本为准。") != _key("本政策以[English](/b/en/)版本为准。")
    assert _key("联系：[English](mailto:a@ex.com)") != _key("联系：[English](mailto:b@ex.com)")
    assert _key("详见[隐私政策](/p)") != _key("详见[隐私政策](/q)")


def test_ac_link_and_ac_date_regression() -> None:
    link, date = PAIRS / "ac-link", PAIRS / "ac-date"
    clean = diff_documents(parse_path(link / "old.md"), parse_path(link / "new.md"))
    assert [c for s in clean.sections for c in s.changes] == []
    dated = diff_documents(parse_path(date / "old.md"), parse_path(date / "new.md"))
    texts = [c.new_text or "" for s in dated.sections for c in s.changes]
    assert any("2025年3月1日" in t for t in texts)
    assert len(texts) == 2


def test_total_is_not_read_as_sharing() -> None:
    """「总共用了多少秒」 holds 共用 across a word boundary (`eval/pairs12dev` listenpost-hans-hant): 总共 is a word."""
    from policylens.diff.variants import cross_script_key

    assert "共享" not in cross_script_key("总共用了多少秒")
    assert cross_script_key("總共用了幾秒") == cross_script_key("一共用了几秒")
    assert cross_script_key("與第三方共用") == cross_script_key("与第三方共享")
