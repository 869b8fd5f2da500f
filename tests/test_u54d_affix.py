"""A renamed word keeps the unchanged ideographs beside it out of the redline (fifty-fourth session, u54d; eval/pairs53b
gswechat-rename).

jieba segments an unknown product name together with its neighbours: 「无感付时有」 is 无感付|时|有 and 「小K出行时有」 is
小|K|出行|时有, so the word redline read [-无感付时有-]{+小K出行时有+} and marked the unchanged 时有 (also 「当无感付」 /
「当小K出行」 and 「无感付会」 / 「小K出行会」).  `diff.tokens.shared_affixes` moves the shared ideographs of a replaced run
back to equal text when both cores keep two characters; a one-character edit inside a word stays a whole-word redline,
and a Latin word, number or address is never cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.tokens import shared_affixes
from policylens.model import DiffReport

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _marks(report: DiffReport) -> list[str]:
    """Every changed paragraph as [-deleted-]{+inserted+} text."""
    out = []
    for section in report.sections:
        for change in section.changes:
            parts = []
            for span in change.spans:
                if span.op == "delete":
                    parts.append(f"[-{span.text}-]")
                elif span.op == "insert":
                    parts.append(f"{{+{span.text}+}}")
                else:
                    parts.append(span.text)
            out.append("".join(parts))
    return out


def _diff(old: str, new: str) -> list[str]:
    head = "# 隐私政策\n\n## 说明\n\n"
    return _marks(diff_documents(parse_string(head + old + "\n", ".md"), parse_string(head + new + "\n", ".md")))


RENAMED = [
    # (old, new, the redline): Simplified
    (
        "本节将描述我们如何处理您访问无感付时有可能提供的信息。",
        "本节将描述我们如何处理您访问小K出行时有可能提供的信息。",
        "[-无感付-]{+小K出行+}时有",
    ),
    ("无感付会采取各种实际措施保证个人信息安全。", "小K出行会采取各种实际措施保证个人信息安全。", "[-无感付-]{+小K出行+}会采取"),
    (
        "在收到您的要求后，当无感付要求您提供个人信息时，我们会说明用途。",
        "在收到您的要求后，当小K出行要求您提供个人信息时，我们会说明用途。",
        "当[-无感付-]{+小K出行+}要求",
    ),
    # Traditional
    (
        "本節將說明我們如何處理您使用無感付時有可能提供的資料。",
        "本節將說明我們如何處理您使用小K出行時有可能提供的資料。",
        "[-無感付-]{+小K出行+}時有",
    ),
    ("無感付會採取各種實際措施保護個人資料。", "小K出行會採取各種實際措施保護個人資料。", "[-無感付-]{+小K出行+}會採取"),
]


@pytest.mark.parametrize(("old", "new", "marked"), RENAMED)
def test_unchanged_neighbours_stay_unmarked(old: str, new: str, marked: str) -> None:
    (line,) = _diff(old, new)
    assert marked in line, line
    assert line.count("[-") == 1 and line.count("{+") == 1


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("收集", "收到"),  # one character inside a word: the whole word stays marked
        ("第三方", "第四方"),
        ("甲时有", "乙丙时有"),  # a one-character core
        ("Kit", "Kot"),  # shared Latin letters are never moved out (only ideographs)
        ("收集信息", "使用数据"),  # nothing shared
    ],
)
def test_nothing_to_move(old: str, new: str) -> None:
    assert shared_affixes(old, new) is None


def test_a_date_or_latin_token_is_never_cut() -> None:
    assert shared_affixes(["2025年8月11日"], ["2025年8月13日"]) is None
    assert shared_affixes(["版本", "v1日"], ["版本", "v2日"]) == ("版本", "v1日", "v2日", "")  # 日 stays in its token
    # two dictionary words sharing a character: 電話號碼 → 電子郵件 stays a whole-word redline
    assert shared_affixes(["電話", "號碼"], ["電子", "郵件"]) is None
    assert shared_affixes(["银行卡"], ["信用卡"]) is None
    assert shared_affixes(["当", "key", "值"], ["当", "密钥", "值"]) == ("当", "key", "密钥", "值")


def test_affixes_of_a_renamed_name() -> None:
    assert shared_affixes("无感付时有", "小K出行时有") == ("", "无感付", "小K出行", "时有")
    assert shared_affixes("当无感付", "当小K出行") == ("当", "无感付", "小K出行", "")
    assert shared_affixes(["手机", "号码"], ["电话", "号码"]) == ("", "手机", "电话", "号码")


@pytest.mark.parametrize(
    ("old", "new", "whole"),
    [
        ("我们会收集您的位置。", "我们会收到您的位置。", "[-收集-]{+收到+}"),
        ("我們會蒐集您的位置。", "我們會蒐到您的位置。", "蒐"),
        ("我们会保存您的信息。", "我们会保留您的信息。", "[-保存-]{+保留+}"),
        ("最后更新：2025年8月11日。", "最后更新：2025年8月13日。", "[-2025年8月11日-]{+2025年8月13日+}"),
        ("联系邮箱：a@ex.com。", "联系邮箱：b@ex.com。", "[-a@ex.com-]{+b@ex.com+}"),
    ],
)
def test_a_change_inside_a_word_stays_whole(old: str, new: str, whole: str) -> None:
    (line,) = _diff(old, new)
    assert whole in line, line


def test_real_pair_gswechat_rename() -> None:
    folder = EVAL / "pairs53b" / "pairs" / "gswechat-rename"
    lines = _marks(diff_documents(parse_path(folder / "old.vue"), parse_path(folder / "new.vue")))
    assert len(lines) == 13
    text = "\n".join(lines)
    for kept in ("[-无感付-]{+小K出行+}时有", "[-无感付-]{+小K出行+}会采取", "当[-无感付-]{+小K出行+}要求"):
        assert kept in text
    for glued in ("时有-]", "付会-]", "[-当无感付"):
        assert glued not in text
