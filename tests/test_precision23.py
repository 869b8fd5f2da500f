"""False findings of `check` on unseen published documents (issue #11, eval/precision23, first run at 205f37e8).

Each class is reproduced on small texts written for it, both ways (the false finding gone, and the
true one it resembles still reported):

- broken-paragraph, a contract's (i)/(ii) items: 「（i）取消…视作未曾发生；或」 then 「（ii）修改…」 read as one
  sentence split in two, because 或/且/以及 leave a clause open and the next paragraph's lower-case Roman
  numeral was not seen as a list label (8 warnings in
  eval/precision23/bjx-exchange-cn/用户协议.docx, one of them 「ii）裁剪…」 with its opener lost).  A
  paragraph that starts with (ii), (iii), (xiii) or ii） is the next item; a clause left open before a
  plain paragraph (「…其用於進一步」 / 「改進我們的產品和服務。」) still is joined and reported;
- broken-paragraph, a list item ending with the noun 行為: 「…用於優化離線下載與同步行為」, the last <li> of a
  list, then the paragraph after the list (eval/precision23/lingji-app-tw/zh-hant/privacy.html): 為 read as
  the preposition waiting for its object.  行為/行为 end an item; an item ending with the preposition
  (「…其目的為」) still is joined;
- regional-vocabulary (held out, fixed after its one measurement): 「市场行情、交易数据、资讯内容等信息服务」, 资讯 as a
  mainland exchange's news content (eval/precision23/mmex-exchange-cn/MMEX_用户协议.docx), as 资讯浏览 in
  precision22.  资讯内容 is in `regional/tw-cn.exclude.tsv`; 资讯 alone (营销资讯) still is reported.
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file

_HEAD = "# 用户协议\n\n更新日期：2024年1月1日\n\n"


def _excerpts(tmp_path: Path, text: str, rule: str, name: str = "terms.md") -> list[str]:
    """The excerpts of `rule`'s findings when `check` reads `text` from `name` under tmp_path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,)))
    assert report.error is None, report.error
    return [f.excerpt for f in report.findings]


def test_roman_numeral_items_are_not_a_broken_paragraph(tmp_path: Path) -> None:
    """(i)/(ii) items of an enumeration, each ending in ；或 / ；以及, are items, not one sentence split in two."""
    text = (
        _HEAD
        + "如果我们发现异常交易，我们有权采取以下任何一种措施：\n\n"
        + "（i）暂停该笔交易并将相关款项退回您的原支付账户；或\n\n"
        + "（ii）调整该笔交易的金额，使其符合当时的合理市场价格。\n\n"
        + "您同意，因本协议引起的任何争议：\n\n"
        + "（iii）只涉及您与本平台之间的关系；以及\n\n"
        + "（iv）不会通过集体诉讼的方式提出。\n\n"
        + "ii）删除无效条款不影响其余条款的效力；以及\n\n"
        + "（iii）其余条款继续有效并约束双方当事人。\n"
    )
    assert _excerpts(tmp_path, text, "broken-paragraph") == []


def test_clause_left_open_before_a_plain_paragraph_is_still_reported(tmp_path: Path) -> None:
    """A paragraph stopping on 進一步 and continued by an unlabelled one is still a broken paragraph."""
    text = "# 隱私權政策\n\n更新日期：2024年1月1日\n\n- 有關產品使用情況的分析和統計資料，其用於進一步\n\n改進我們的產品和服務。\n"
    assert _excerpts(tmp_path, text, "broken-paragraph") == ["其用於進一步"]


def test_list_item_ending_with_the_noun_xingwei(tmp_path: Path) -> None:
    """The last item of a list ending in 行為, then the paragraph after the list: no broken paragraph."""
    text = (
        "<html><body><h1>隱私權政策</h1><p>最後更新：2024年1月1日</p>"
        "<p>我們可能自動收集下列資訊：</p><ul>"
        "<li>裝置型號與作業系統版本</li>"
        "<li>非精準的網路狀態資訊，用於改善離線下載與同步行為</li></ul>"
        "<p>這些資料以去識別化方式處理，不會用於識別您的身分。</p></body></html>"
    )
    assert _excerpts(tmp_path, text, "broken-paragraph", "privacy.html") == []


def test_list_item_ending_with_the_preposition_wei_is_still_reported(tmp_path: Path) -> None:
    """An item that stops on the preposition 為 and goes on in the next paragraph still is reported."""
    text = (
        "<html><body><h1>隱私權政策</h1><p>最後更新：2024年1月1日</p>"
        "<p>我們可能自動收集下列資訊：</p><ul>"
        "<li>裝置型號與作業系統版本</li>"
        "<li>網路狀態資訊，我們收集這項資訊的主要目的為</li></ul>"
        "<p>改善離線下載與同步的穩定性。</p></body></html>"
    )
    assert _excerpts(tmp_path, text, "broken-paragraph", "privacy.html") == ["的主要目的為"]


def test_zixun_neirong_as_a_mainland_apps_news_content(tmp_path: Path) -> None:
    """资讯内容 (news content of a mainland app, held out in eval/precision23/mmex-exchange-cn) is mainland usage."""
    text = _HEAD + "本平台提供市场行情、交易数据、资讯内容等信息服务，这些信息仅供参考。\n"
    assert _excerpts(tmp_path, text, "regional-vocabulary") == []


def test_zixun_alone_is_still_reported(tmp_path: Path) -> None:
    """资讯 alone for 信息 (我们会向您发送营销资讯) still is reported as Taiwan wording."""
    text = _HEAD + "经您同意后，我们会向您发送营销资讯和活动通知。\n"
    assert _excerpts(tmp_path, text, "regional-vocabulary") == ["资讯"]
