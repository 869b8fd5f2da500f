"""Taiwan outlines numbered 壹、 > 一、 > （一） > 1.: the formal numerals (大寫數字) are a numbering family of their own.

Before the thirty-seventh session (u37a2) 壹、 and 一、 were one style, so 「貳、」 after 「一、」「二、」 read as the next item
of a broken run and was dropped with the 一、 that restarted under it (eval/structure37 istupass-modals-jsx: 「貳、」 lost,
four levels wrong).  `numbering.parse_number` gives labels written in formal numerals only the styles 「cn-formal」 and
「cn-formal-paren」, `structure.levels.assign_levels` puts them above the ordinary family when both occur, and
`structure.headings.formal` takes a formal title directly over its first ordinary child.  Both ways: a document of
一、 only, or of 壹、 only, nests as before; sentences numbered 一、 under a 壹 section stay its text.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, parse_string
from policylens.model import Block, Piece
from policylens.numbering import number_value, parse_number
from policylens.structure.headings.formal import formal_parents
from policylens.structure.shapes import Heading

ROOT = Path(__file__).resolve().parent.parent
TEXT = "本公司於蒐集目的存續期間內，依個人資料保護法處理及利用您的個人資料，並採取適當之安全措施。"


def _outline(doc_text: str, suffix: str = ".txt") -> list[tuple[int, str]]:
    doc = parse_string(doc_text, suffix=suffix)
    return [(s.level, s.title) for s in doc.sections if s.title]


TAIWAN = (
    "某某股份有限公司隱私權政策\n\n"
    f"壹、前言\n{TEXT}\n一、適用範圍\n{TEXT}\n二、名詞定義\n{TEXT}\n"
    f"貳、個人資料之蒐集\n一、蒐集目的\n（一）會員管理\n{TEXT}\n（二）行銷\n{TEXT}\n1. 電子郵件\n{TEXT}\n2. 簡訊\n{TEXT}\n"
    f"二、蒐集類別\n{TEXT}\n"
    f"參、個人資料之利用\n一、利用期間\n{TEXT}\n二、利用地區\n{TEXT}\n"
    f"肆、聯絡方式\n{TEXT}\n"
)


def test_labels_in_formal_numerals_are_their_own_style() -> None:
    cases = {
        "貳、個人資料": (("cn-formal",), 2),
        "拾壹、其他事項": (("cn-formal",), 11),
        "（參）查詢方式": (("cn-formal-paren",), 3),
        "二、個人資料": (("cn",), 2),
        "（三）查詢方式": (("cn-paren",), 3),
        "第壹條 總則": (("di", "条"), 1),
        "第一條 總則": (("di", "条"), 1),
    }
    for text, (style, value) in cases.items():
        number = parse_number(text)
        assert number is not None and (number.style, number_value(number)) == (style, value), text
    zero = parse_number("零、說明")  # 零 is both families' zero: it stays ordinary
    assert zero is not None and zero.style == ("cn",)


def test_formal_numerals_stand_above_the_ordinary_ones() -> None:
    assert _outline(TAIWAN) == [
        (1, "壹、前言"),
        (2, "一、適用範圍"),
        (2, "二、名詞定義"),
        (1, "貳、個人資料之蒐集"),
        (2, "一、蒐集目的"),
        (3, "（一）會員管理"),
        (3, "（二）行銷"),
        (4, "1. 電子郵件"),
        (4, "2. 簡訊"),
        (2, "二、蒐集類別"),
        (1, "參、個人資料之利用"),
        (2, "一、利用期間"),
        (2, "二、利用地區"),
        (1, "肆、聯絡方式"),
    ]


def test_formal_numerals_after_an_ordinary_run_still_stand_above_it() -> None:
    text = f"隱私權政策\n\n一、說明\n{TEXT}\n二、用語\n{TEXT}\n壹、蒐集\n{TEXT}\n一、目的\n{TEXT}\n二、類別\n{TEXT}\n貳、利用\n{TEXT}\n"
    assert _outline(text) == [(1, "一、說明"), (1, "二、用語"), (1, "壹、蒐集"), (2, "一、目的"), (2, "二、類別"), (1, "貳、利用")]


def test_one_family_alone_nests_as_before() -> None:
    ordinary = f"隱私權政策\n\n一、前言\n{TEXT}\n（一）範圍\n{TEXT}\n（二）定義\n{TEXT}\n二、蒐集\n{TEXT}\n三、利用\n{TEXT}\n"
    assert _outline(ordinary) == [(1, "一、前言"), (2, "（一）範圍"), (2, "（二）定義"), (1, "二、蒐集"), (1, "三、利用")]
    formal = f"隱私權政策\n\n壹、前言\n{TEXT}\n（一）範圍\n{TEXT}\n（二）定義\n{TEXT}\n貳、蒐集\n{TEXT}\n參、利用\n{TEXT}\n"
    assert _outline(formal) == [(1, "壹、前言"), (2, "（一）範圍"), (2, "（二）定義"), (1, "貳、蒐集"), (1, "參、利用")]


def test_numbered_sentences_inside_a_formal_section_stay_its_text() -> None:
    items = "".join(f"{n}、本公司得將您的個人資料提供予合作廠商，用於履行契約、寄送商品及提供客戶服務等目的。\n" for n in "一二三")
    text = f"隱私權政策\n\n壹、前言\n{TEXT}\n本公司之利用方式如下：\n{items}貳、聯絡方式\n{TEXT}\n"
    assert _outline(text) == [(1, "壹、前言"), (1, "貳、聯絡方式")]


def test_first_and_second_chapters_over_articles() -> None:
    text = f"服務條款\n\n第壹章 總則\n第一條 目的\n{TEXT}\n第二條 定義\n{TEXT}\n第貳章 會員\n第三條 註冊\n{TEXT}\n"
    assert _outline(text) == [(1, "第壹章 總則"), (2, "第一條 目的"), (2, "第二條 定義"), (1, "第貳章 會員"), (2, "第三條 註冊")]


def test_formal_colon_title_over_its_first_ordinary_child_is_a_heading() -> None:
    runs = "".join(f"{n}、{t}方面：\n{TEXT}\n" for n, t in zip("一二三", ("資料安全", "資料稽核", "設備管理"), strict=True))
    text = f"安全維護計畫\n\n壹、為確保個人資料檔之安全，依法指定專人辦理維護事項。\n貳、安全維護計畫：\n{runs}"
    assert _outline(text) == [(1, "貳、安全維護計畫："), (2, "一、資料安全方面："), (2, "二、資料稽核方面："), (2, "三、設備管理方面：")]


def _blocks(*texts: str) -> list[Block]:
    return [Block("paragraph", t, n + 1, 1, n + 1, (Piece(0, len(t), n + 1, 1),)) for n, t in enumerate(texts)]


def _child(blocks: list[Block], i: int) -> Heading:
    number = parse_number(blocks[i].text)
    assert number is not None
    return Heading(i, blocks[i].text, number, ("num", *number.style))


def test_formal_parents_fire_only_over_a_first_ordinary_child() -> None:
    for line, child, taken in (
        ("貳、安全維護計畫：", "一、資料安全方面：", True),
        ("（貳）安全維護計畫", "（一）資料安全方面", True),
        ("貳、本公司依法訂定計畫，並由專人執行：", "一、資料安全方面：", False),  # a clause, not a title
        ("貳、本公司依法訂定計畫。", "一、資料安全方面：", False),
        ("貳、安全維護計畫：", "二、資料稽核方面：", False),  # not the first child
        ("貳、安全維護計畫：", "1. 資料安全方面", False),  # not the ordinary family
        ("二、安全維護計畫：", "一、資料安全方面：", False),  # one family: a new run, not a parent
    ):
        blocks = _blocks(line, child)
        found = {1: _child(blocks, 1)}
        formal_parents(blocks, found)
        assert (0 in found) is taken, line
        if taken:
            assert found[0].key[1].startswith("cn-formal")


def test_istupass_security_plan_keeps_its_second_part() -> None:
    doc = parse_path(ROOT / "eval/structure37/dev/istupass-modals-jsx/Modals.jsx")
    outline = [(s.level, s.title) for s in doc.sections if s.title]
    k = outline.index((2, "貳、個人資料檔案之安全維護計畫："))
    assert outline[k + 1 : k + 5] == [
        (3, "一、資料安全方面："),
        (3, "二、資料稽核方面："),
        (3, "三、設備管理方面："),
        (3, "四、其他安全維護事項："),
    ]


def test_heavenly_stems_are_a_family_of_their_own() -> None:
    text = f"隱私權政策\n\n壹、蒐集\n{TEXT}\n一、目的\n{TEXT}\n甲、會員管理\n{TEXT}\n乙、行銷\n{TEXT}\n二、類別\n{TEXT}\n貳、利用\n{TEXT}\n"
    assert _outline(text) == [(1, "壹、蒐集"), (2, "一、目的"), (3, "甲、會員管理"), (3, "乙、行銷"), (2, "二、類別"), (1, "貳、利用")]
    number = parse_number("丙、其他事項")
    assert number is not None and number.style == ("tiangan",) and number_value(number) == 3


def test_parties_named_in_a_row_are_no_label() -> None:
    assert parse_number("甲、乙雙方同意依本契約之約定辦理。") is None
    assert parse_number("甲方同意依本契約之約定辦理。") is None
    text = f"服務契約\n\n第一條 當事人\n甲、乙雙方同意依本契約之約定辦理，並遵守相關法令之規定。\n第二條 其他\n{TEXT}\n"
    assert _outline(text) == [(1, "第一條 當事人"), (1, "第二條 其他")]


def test_markdown_headings_of_one_depth_nest_by_family() -> None:
    text = (
        f"# 隱私權政策\n\n## 壹、蒐集\n\n{TEXT}\n\n## 一、目的\n\n{TEXT}\n\n## 貳、利用\n\n## 一、期間\n\n{TEXT}\n\n## 參、聯絡\n\n{TEXT}\n"
    )
    assert _outline(text, ".md") == [(1, "壹、蒐集"), (2, "一、目的"), (1, "貳、利用"), (2, "一、期間"), (1, "參、聯絡")]
