"""`diff` on the classes the thirtieth session's pair set showed (u30b, `eval/pairs30`: fifteen real version pairs of a
zh-TW site's terms and a zh-TW volunteer system's policy, annotated before any run; the texts below are invented in their
shape, not copied).

1. *A Markdown heading glued to its text in a `.txt` file* (pairs30 coscup-txt-md: the same policy saved as
   `privacy.txt`, then as `privacy.md`): 「## Cookie」 with its paragraph on the next line and no blank line between was
   read into one paragraph 「## Cookie「…」會設定…」, so the `.md` version's section paired as added and its text as
   changed (3 noise entries, 2 false sections).  `structure.headings.promote_atx_lines` cuts such a line off its paragraph
   when the file holds at least two `#` lines, as it promotes one-line `#` paragraphs; a hashtag, a `#` line holding a
   URL, and a lone `#` line glued to its text stay text.
2. *A date written in another form, a name's first letter capitalised* (pairs30 cofacts-case: 「> Version 3, 14 Feb 2022」 →
   「14 February 2022」, 「Google cloud 服務條款」 → 「Google Cloud 服務條款」, an expected-clean pair exiting 1 with two
   entries).  `diff.keys.compare_key` writes each date as the day it names (`structure.metadata.find_dates`,
   `find_english_dates`) and, in a paragraph holding Han, a Latin word's capital first letter in lower case: another day,
   an acronym's case (「US」 / 「us」) and an English paragraph's capitals (a defined term) are still changes.
3. *A list item grown past twice its length* (the leftover of pairs29 purpgo-terms-items, checked on cff29b6d: 「- 日历月视图」
   → 「- 基础日历月视图概览（日历页面快速总览全局）」 read as a deletion and an insertion): an item alone in its place that keeps
   the other side's item whole in one run (`diff.redline._grown`: 0.8 of the shorter, at least four characters) is that
   item modified, however much longer; an item replaced by another that shares a word or two, and two paragraphs that are
   not items, stay a deletion and an insertion.
4. *A paragraph turned into a list of items, and back* (the leftover of pairs29 purpgo-privacy 三, checked on cff29b6d: a
   paragraph of three sentences rewritten as four items read as a deletion and four insertions): a paragraph alone in its
   place where a run of items now stands is one passage rewritten (`diff.redline._as_list`: half of the shorter side
   kept in runs, one of eight characters), one entry whose text holds the items a line each, as a reflowed block's
   does; a paragraph deleted where unrelated items were added stays a deletion and insertions.
"""

from __future__ import annotations

from helpers import parse_string
from policylens.diff import diff_documents, has_changes
from policylens.model import DiffReport
from test_pairs28 import _changes, _flags

# --- 1. a Markdown heading glued to its text in a .txt file ----------------------------------------------------------

TXT = """# 示範服務 隱私權政策

## 簡介
「示範服務」協助社群管理志工報名。

## 您的權利
1. 得提出查詢、閱覽或是複製本。
2. 得請求補充或是更正。

## Cookie
「示範服務」會設定並存取本網站的 Cookie。

## 公告時間
2020年02月22日
"""


def _titles(text: str, suffix: str) -> list[str]:
    return [s.title for s in parse_string(text, suffix).sections if s.title]


def test_a_glued_atx_line_in_a_txt_file_is_a_heading() -> None:
    assert _titles(TXT, ".txt") == ["簡介", "您的權利", "Cookie", "公告時間"]
    cookie = next(s for s in parse_string(TXT, ".txt").sections if s.title == "Cookie")
    assert [p.text for p in cookie.paragraphs] == ["「示範服務」會設定並存取本網站的 Cookie。"]
    assert cookie.paragraphs[0].line == 11  # the text keeps its own line


def test_the_same_policy_as_txt_then_md_is_no_change() -> None:
    report = diff_documents(parse_string(TXT, ".txt"), parse_string(TXT, ".md"))
    assert not has_changes(report), (_flags(report), _changes(report))


def test_a_real_change_after_the_conversion_is_still_reported() -> None:
    new = TXT.replace("2020年02月22日", "2020年03月20日")
    report = diff_documents(parse_string(TXT, ".txt"), parse_string(new, ".md"))
    assert _changes(report) == [("replace", "2020年02月22日", "2020年03月20日")]
    assert _flags(report) == [("modified", "公告時間", "公告時間", False)]


def test_glued_hash_lines_that_are_not_headings_stay_text() -> None:
    # one `#` line only (a comment), a hashtag, a line holding a URL: none is cut off its paragraph
    for text in (
        "示範服務說明\n\n## 備註\n本服務由志工維護。\n\n其他說明。\n",
        "示範服務說明\n\n#双十一# 活动说明\n本活動由志工維護。\n\n#中秋# 活动说明\n本活動由志工維護。\n",
        "示範服務說明\n\n## 參見 https://example.org/a\n本服務由志工維護。\n\n## 參見 https://example.org/b\n其他說明。\n",
    ):
        doc = parse_string(text, ".txt")
        assert not [s.title for s in doc.sections if s.title and s.title != "示範服務說明"], text


# --- 2. a date in another form, a name's first letter capitalised -------------------------------------------------------

TERMS = """# 示範條款

> Version 3, {date}

## 一、總則

1. 本服務受 {name} 服務條款約束。

2. 更新日期：{updated}

3. {english}
"""
BASE = {
    "date": "14 Feb 2022",
    "name": "Google cloud",
    "updated": "2022-02-14",
    "english": "We never sell your personal data.",
}


def _terms_report(**changed: str) -> DiffReport:
    old = TERMS.format(**BASE)
    new = TERMS.format(**(BASE | changed))
    return diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))


def test_a_date_in_another_form_and_a_capitalised_name_are_no_change() -> None:
    report = _terms_report(date="14 February 2022", name="Google Cloud", updated="2022年2月14日")
    assert not has_changes(report), _changes(report)
    assert not has_changes(_terms_report(updated="2022年02月14日"))  # zero-padded: the same day


def test_another_day_an_acronym_and_english_capitals_are_changes() -> None:
    for changed in (
        {"date": "14 March 2022"},
        {"updated": "2022年3月14日"},
        {"name": "GOOGLE CLOUD"},  # all capitals (an acronym's case): kept
        {"english": "We never sell your Personal Data."},  # an English paragraph: a defined term's capitals
    ):
        assert has_changes(_terms_report(**changed)), changed


# --- 3. a list item grown past twice its length -------------------------------------------------------------------------

ITEMS = """# 服務條款

## 一、服務內容

免費版功能包括：

- 待辦任務的建立與完成標記
- {item}
- 標籤與分類管理

{para}
"""


def _items_report(old_item: str, new_item: str, old_para: str = "本軟體由個人開發。", new_para: str = "本軟體由個人開發。") -> DiffReport:
    old = ITEMS.format(item=old_item, para=old_para)
    new = ITEMS.format(item=new_item, para=new_para)
    return diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))


def test_an_item_grown_past_twice_its_length_is_modified() -> None:
    grown = "基礎日曆月視圖概覽（日曆頁面快速總覽全局）"
    assert [op for op, *_ in _changes(_items_report("日曆月視圖", grown))] == ["replace"]
    assert [op for op, *_ in _changes(_items_report(grown, "日曆月視圖"))] == ["replace"]  # cut down: the same


def test_an_item_replaced_and_grown_paragraphs_stay_deleted_and_inserted() -> None:
    replaced = _items_report("更豐富的視覺體驗增強", "高級日曆月視圖（點擊日曆中的日期進行當天的任務操作）")
    assert [op for op, *_ in _changes(replaced)] == ["delete", "insert"]
    short = _items_report("日曆", "基礎日曆月視圖概覽（日曆頁面快速總覽全局）")  # two characters: no evidence
    assert [op for op, *_ in _changes(short)] == ["delete", "insert"]
    para = _items_report(
        "日曆月視圖", "日曆月視圖", "聯絡我們。", "如需協助，請透過電子郵件與我們聯絡，我們將於七個工作天內回覆。聯絡我們。"
    )
    assert [op for op, *_ in _changes(para)] == ["delete", "insert"]  # paragraphs, not items: as before


# --- 4. a paragraph turned into a list of items, and back ----------------------------------------------------------------

PARA = "所有資料僅儲存在您的裝置本地，開發者無法存取。建議啟用裝置加密並設定強密碼。匯出檔案由您自行保管。"
LISTED = """- 所有資料僅儲存在您的裝置本地，由系統提供的沙盒機制保護。
- 我們建議您啟用裝置密碼保護，並定期備份您的裝置資料。
- 透過應用程式匯出的資料檔案由您自行保管。
- 解除安裝應用程式將永久刪除所有本地儲存的資料。"""
OTHER = """- 我們使用第三方推播服務傳送通知。
- 推播服務供應商僅取得裝置識別碼。"""
STORE = """# 隱私權政策

## 三、資料的儲存與安全

{body}

## 四、聯絡我們

如有疑問，請來信 privacy@example.org。
"""


def _store(old: str, new: str) -> DiffReport:
    return diff_documents(parse_string(STORE.format(body=old), ".md"), parse_string(STORE.format(body=new), ".md"))


def test_a_paragraph_turned_into_items_is_one_rewritten_passage() -> None:
    changes = _changes(_store(PARA, LISTED))
    assert changes == [("replace", PARA, LISTED)]  # the items a line each
    change = next(c for s in _store(PARA, LISTED).sections for c in s.changes)
    assert (change.old_line, change.new_line) == (5, 5)
    assert _changes(_store(LISTED, PARA)) == [("replace", LISTED, PARA)]  # and back


def test_a_paragraph_replaced_by_unrelated_items_stays_deleted_and_inserted() -> None:
    assert [op for op, *_ in _changes(_store(PARA, OTHER))] == ["delete", "insert", "insert"]
