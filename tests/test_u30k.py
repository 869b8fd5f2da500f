"""A word table's answers kept per unit text across a run's files (`WordTable.reported`, u30k).

regional-vocabulary and conversion-error judge each word their table finds by the unit's text alone; with a run's
memo (several files) each text's answer is kept and read again in later files.  Defect classes: a finding lost, added
or moved because an answer was kept for another text, another region or another table; a unit's words differing
between its text searched alone and the joined text; an answer read after its table was emptied mid-document; the
single-file path (no memo) changed.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.model import Document, Finding
from policylens.rules import all_rules, conversion_error, regional_vocabulary
from policylens.rules.context import Context, Settings
from policylens.rules.scan_memo import ScanMemo
from policylens.structure import memo as structure_memo

_RULES = ("regional-vocabulary", "conversion-error")

# Invented paragraphs: terms to report, terms inside a protected word, a company name, a law title, a key reaching past
# a protected word, a term already in its regional form, conversion errors and a right word holding a key.
_TW = [
    "我們會使用您的數據來分析服務質量，並保存於計算機中。",
    "大數據分析不含個人資料；統計數據庫另行保存。",
    "資料由深圳市騰訊計算機系統有限公司處理。",
    "依《互聯網著作權行政保護辦法》及《通用數據保護條例》處理。",
    "我們會控製存取權限，您需填具申請檔並附上身分證明檔；申請檔案另存。",
    "本公司以演算法處理您的資料。",
    "您可以透過電子郵件聯絡我們。",
    "網絡服務的默認設定可在賬戶頁面修改。",
]
_CN = [
    "我们的软体会收集您的资讯，并通过网路传送。",
    "新闻资讯不含个人信息；请阅读《个人资料 (私隐) 条例》。",
    "阁下可以通过电邮联络我们。",
    "您可以通过电子邮件联系我们。",
]


def _doc(paragraphs: list[str], title: str) -> Document:
    return parse_string(f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n")


def _findings(doc: Document, region: str, memo: ScanMemo | None) -> list[Finding]:
    ctx = Context(doc, lang="zh-Hant", settings=Settings(region=region), memo=memo)
    registry = all_rules()
    return [f for rule_id in _RULES for f in registry[rule_id]().check(ctx)]


def _run(docs: list[tuple[Document, str]], *, fresh_tables: bool = True) -> list[list[Finding]]:
    """Each document's findings in one run with a shared memo (the tables as a fresh process has them, or as left)."""
    if fresh_tables:
        structure_memo.clear()
    memo = ScanMemo()
    return [_findings(doc, region, memo) for doc, region in docs]


def _fresh(docs: list[tuple[Document, str]]) -> list[list[Finding]]:
    """Each document's findings checked alone, no memo and every table empty."""
    found = []
    for doc, region in docs:
        structure_memo.clear()
        found.append(_findings(doc, region, None))
    return found


def _documents() -> list[tuple[Document, str]]:
    """Template documents: the first mostly new, then mostly known with one new paragraph each, a paragraph moved,
    a zh-CN document between Taiwan ones (its own region's answers), then a document of all new texts again."""
    tw = [
        (_doc(_TW, "隱私權政策"), "tw"),
        (_doc([*_TW, "我們不會把您的數據出售，也不會控製您的設備。"], "隱私權政策"), "tw"),
        (_doc([_TW[4], *_TW[:4], *_TW[5:], "質量與數據"], "隱私權政策"), "tw"),
        (_doc(_CN, "隐私政策"), "cn"),
        (_doc([*_CN, "我们的软体与网路服务。"], "隐私政策"), "cn"),
        (_doc(_TW, "隱私權政策"), "hk"),  # the same texts, another region's table
        (_doc(_TW[:-1], "隱私權政策"), "tw"),
        (
            _doc(
                ["全新段落一，含數據與質量。", "全新段落二：計算機與網絡。", "全新段落三，頁麵與日歷。", "全新段落四。", _TW[0]], "新政策"
            ),
            "tw",
        ),
    ]
    return tw


def test_a_run_reports_what_each_file_checked_alone_reports() -> None:
    """The kept answers change no finding: each document of a run against the same document checked alone."""
    docs = _documents()
    fresh = _fresh(docs)
    assert any(fresh), "the documents must hold findings of both rules"
    assert {f.rule for found in fresh for f in found} == set(_RULES)
    assert _run(docs) == fresh
    assert _run(docs, fresh_tables=False) == fresh  # again, with the tables the first run left (a later run in the process)


def test_mostly_known_documents_read_their_answers_and_new_texts_alone() -> None:
    """A document of known texts takes them from the table; its one new paragraph is searched alone and kept."""
    docs = _documents()
    _run(docs[:1])
    answers = regional_vocabulary._answers("tw").answers
    assert _TW[0] in answers and answers[_TW[0]], "the first document's texts are kept with their terms"
    assert answers[_TW[6]] == (), "a text without a term is kept too, as reporting nothing"
    new = "我們不會把您的數據出售，也不會控製您的設備。"
    assert new not in answers
    memo = ScanMemo()
    _findings(docs[0][0], "tw", memo)
    found = _findings(docs[1][0], "tw", memo)
    assert new in answers and [t for _, _, t, _ in answers[new]] == ["數據"]
    assert new in conversion_error._ANSWERS.answers
    assert [t for _, _, t, _ in conversion_error._ANSWERS.answers[new]] == ["控製"]
    structure_memo.clear()
    assert found == _findings(docs[1][0], "tw", None)


@pytest.mark.parametrize("limit", [1, 3, 7])
def test_tables_emptied_mid_document_change_nothing(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """Tables that empty every few answers (a run of many distinct texts) give the same findings."""
    docs = _documents()
    fresh = _fresh(docs)
    monkeypatch.setattr(structure_memo, "MAX_ENTRIES", limit)
    assert _run(docs) == fresh


def test_a_text_keeps_its_answer_per_region() -> None:
    """The same paragraph reports Taiwan terms in a Taiwan document and Hong Kong's in a Hong Kong one."""
    text = "網絡服務的默認設定可在賬戶頁面修改，數據另存。"
    docs = [(_doc([text, *_TW], "政策"), "tw"), (_doc([text, *_TW], "政策"), "hk"), (_doc([text, *_TW], "政策"), "tw")]
    found = _run(docs)
    assert found == _fresh(docs)
    assert [f.excerpt for f in found[0] if f.line == 3] != [f.excerpt for f in found[1] if f.line == 3]


def test_without_a_memo_nothing_is_kept() -> None:
    """One file (no memo): the joined text is searched as before and no table grows."""
    structure_memo.clear()
    doc, region = _documents()[0]
    found = _findings(doc, region, None)
    assert found
    assert not regional_vocabulary._answers("tw").answers
    assert not conversion_error._ANSWERS.answers
