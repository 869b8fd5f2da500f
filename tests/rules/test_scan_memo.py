"""The scans' memo across the files of a run (`rules/scan_memo.py`): the same hits and findings as without it.

Defect classes: a hit or finding lost or moved because a unit's text was taken as known to
match nothing (a text with a match recorded, a scan stopped early recorded as complete, a memo
keyed by something other than the pattern), and a finding that depends on a paragraph's
neighbours carried from one document to another that holds the same paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import parse_string
from policylens.check import CheckOptions, check_file, check_paths
from policylens.joined import Joined, local_pattern
from policylens.load import load
from policylens.model import Document, Finding
from policylens.rules import all_rules
from policylens.rules import scan_memo as memo_module
from policylens.rules.context import Context, Settings
from policylens.rules.scan_memo import ScanMemo
from policylens.structure import build_document

ROOT = Path(__file__).resolve().parents[2]


def _findings(doc: Document, memo: ScanMemo | None) -> list[Finding]:
    ctx = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
    return [f for rule in all_rules().values() for f in rule().check(ctx)]


def _spans(hits) -> list[tuple[str, int, int, str]]:  # type: ignore[no-untyped-def]
    return [(h.unit.text, h.start, h.end, h.match.group(0)) for h in hits]


# Invented policies written from one template: shared paragraphs, a few edited, placeholders left in some.
_TEMPLATE = (
    "# {name}隱私權政策\n\n"
    "更新日期：2024年3月1日\n\n"
    "{name}（以下稱「我們」）重視您的隱私。本政策說明我們如何收集、使用您的個人資料。\n\n"
    "## 一、我們收集的資料\n\n"
    "我們收集的資料如下。\n\n"
    "{list}"
    "## 二、聯絡我們\n\n"
    "如有疑問，請寫信至 {mail}，我們將於15個工作天內回覆。\n\n"
    "{extra}"
)
_VARIANTS = [
    {"name": "甲公司", "list": "- 姓名\n- 電話號碼\n\n", "mail": "privacy@example.com", "extra": ""},
    {"name": "乙公司", "list": "", "mail": "【請填寫電子郵件】", "extra": "本政策自【】起生效。\n"},
    {"name": "甲公司", "list": "- 姓名\n- 電子郵件\n\n", "mail": "privacy@example.com", "extra": "XXX公司保留解釋權。\n"},
    {"name": "丙公司", "list": "", "mail": "help@example.org", "extra": ""},
]


def test_memo_gives_every_rule_the_findings_of_a_fresh_check_on_template_documents() -> None:
    """A memo filled by earlier documents changes no finding of the later ones (invented template policies)."""
    docs = [parse_string(_TEMPLATE.format(**v), ".md") for v in _VARIANTS]
    memo = ScanMemo()
    for doc in docs * 2:  # the second pass finds every shared text known
        assert _findings(doc, memo) == _findings(doc, None)
    assert len(memo) > 0  # the memo was used, not bypassed


def test_memo_does_not_carry_a_neighbour_dependent_finding_to_the_same_paragraph_elsewhere() -> None:
    """enumeration-empty reads the unit after 「如下。」: the same paragraph, announced list present or not, in two documents."""
    with_list = parse_string("# 隐私政策\n\n我们收集的信息如下。\n\n手机号码，用于注册。\n\n## 二、信息的使用\n\n我们会使用信息。\n", ".md")
    without = parse_string("# 隐私政策\n\n我们收集的信息如下。\n\n## 二、信息的使用\n\n我们会使用信息。\n", ".md")
    memo = ScanMemo()
    first, second = _findings(with_list, memo), _findings(without, memo)
    assert "enumeration-empty" not in {f.rule for f in first}
    assert "enumeration-empty" in {f.rule for f in second}  # not carried over from the first document
    assert second == _findings(without, None)
    # and the other way round
    memo = ScanMemo()
    _findings(without, memo)
    assert _findings(with_list, memo) == _findings(with_list, None)


def test_memo_records_only_texts_a_complete_scan_found_nothing_in() -> None:
    """A text with a match is never recorded; a scan its caller stopped early records nothing; a text's first document records nothing."""
    doc = parse_string("第一段沒有地址。\n\n請寫信到 a@example.com。\n\n最後一段。\n")
    email = re.compile(r"[\w.]+@[\w.]+\w")
    key = (email.pattern, email.flags)
    memo = ScanMemo()
    first = Context(doc, lang="en", settings=Settings(), memo=memo)
    assert _spans(first.scan(email)) == [("請寫信到 a@example.com。", 5, 18, "a@example.com")]
    assert len(memo) == 0  # every text new: most texts of a run of distinct policies never come again
    ctx = Context(doc, lang="en", settings=Settings(), memo=memo)  # the same texts in a second document
    stopped = ctx.scan(email)
    next(stopped)
    stopped.close()
    assert len(memo) == 0
    assert _spans(ctx.scan(email)) == [("請寫信到 a@example.com。", 5, 18, "a@example.com")]
    assert memo.nothing_in(key) == {"第一段沒有地址。", "最後一段。"}
    # a third document: the known texts are not searched again, the one with a match is
    other = parse_string("最後一段。\n\n請寫信到 a@example.com。\n\n第一段沒有地址。\n")
    fresh = Context(other, lang="en", settings=Settings())
    again = Context(other, lang="en", settings=Settings(), memo=memo)
    assert _spans(again.scan(email)) == _spans(fresh.scan(email)) == [("請寫信到 a@example.com。", 5, 18, "a@example.com")]
    assert _spans(again.scan(email, needs="@")) == _spans(fresh.scan(email, needs="@"))
    assert memo.nothing_in(key) == {"第一段沒有地址。", "最後一段。"}


def test_memo_is_keyed_by_the_pattern_text_and_flags() -> None:
    """Two patterns that differ only in their flags do not share what the memo knows."""
    doc = parse_string("Contact PRIVACY here.\n\nNothing else.\n")
    memo = ScanMemo()
    plain, folded = re.compile("privacy"), re.compile("privacy", re.IGNORECASE)
    assert _spans(Context(doc, lang="en", settings=Settings(), memo=memo).scan(plain)) == []
    found = _spans(Context(doc, lang="en", settings=Settings(), memo=memo).scan(folded))
    assert found == [("Contact PRIVACY here.", 8, 15, "PRIVACY")]


def test_memo_starts_again_empty_beyond_its_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_ENTRIES pairs or MAX_CHARS characters the memo forgets everything (bounded memory); the scans stay the same."""
    monkeypatch.setattr(memo_module, "MAX_ENTRIES", 3)
    memo = ScanMemo()
    memo.record("a", {"x", "y"})
    assert len(memo) == 2
    memo.record("b", {"x", "z"})
    assert len(memo) == 0 and memo.nothing_in("a") == set()
    monkeypatch.setattr(memo_module, "MAX_CHARS", 5)
    memo.admit(["abc"])
    memo.record("a", {"abc"})
    assert len(memo) == 1
    memo.admit(["abc", "def"])  # only "def" counts: 6 characters in all
    assert len(memo) == 0
    doc = parse_string(_TEMPLATE.format(**_VARIANTS[1]), ".md")
    assert _findings(doc, memo) == _findings(doc, None)


def test_memo_on_real_versions_gives_the_findings_of_fresh_checks() -> None:
    """Successive versions of real policies (corpora/cyxbs-privacy, corpora/smartmi) checked in one memo, each as if alone."""
    paths = sorted(p for name in ("cyxbs-privacy", "smartmi") for p in (ROOT / "corpora" / name).iterdir() if p.suffix in {".txt", ".md"})
    assert len(paths) >= 3
    memo = ScanMemo()
    for path in paths:
        doc = build_document(load(str(path)))
        assert _findings(doc, memo) == _findings(doc, None), path.name


def test_check_uses_a_memo_only_for_several_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """One file gets no memo (nothing to learn from); a folder shares one across its files."""
    import policylens.check as check

    seen: list[ScanMemo | None] = []

    def spy(path: str, options: CheckOptions, cache: object = None, memo: ScanMemo | None = None) -> object:
        seen.append(memo)
        return check_file(path, options, cache, memo)  # type: ignore[arg-type]

    monkeypatch.setattr(check, "check_file_safely", spy)
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(_TEMPLATE.format(**_VARIANTS[0]), encoding="utf-8")
    check_paths([str(tmp_path / "a.txt")], CheckOptions(no_config=True))
    assert seen == [None]
    seen.clear()
    check_paths([str(tmp_path)], CheckOptions(no_config=True), jobs=1)
    assert len(seen) == 2 and seen[0] is not None and seen[0] is seen[1]


def test_memo_learns_the_texts_without_needs_and_keeps_the_hits() -> None:
    """A scan with `needs` on a mostly known document asks only the texts it does not know for `needs`, and learns which lack it.

    Defect classes: a text holding `needs` (and a match) taken as known; a text without `needs` never learnt (asked again in
    every document); a text's lack of `needs` taken as "the pattern matches nothing there", which is wrong for a pattern
    scanned elsewhere without `needs` or with another one (date-format's `needs` chooses units, it is not in every match);
    a `needs` that can match across the separator asked text by text (`last\\s*modified`: the joined text decides).
    """
    email = re.compile(r"[\w.]+@[\w.]+\w")
    year = re.compile(r"20\d\d")
    texts = ["第一段沒有地址，2024年。", "請寫信到 a@example.com。", "郵件地址：@ 之後留空。", "最後一段。"]
    first = parse_string("\n\n".join(texts) + "\n")
    again = parse_string("\n\n".join([*texts, texts[1], "新的一段，寫信到 b@example.org，2025年。"]) + "\n")
    memo = ScanMemo()
    for doc in (first, first, again, again):
        ctx, fresh = Context(doc, lang="en", settings=Settings(), memo=memo), Context(doc, lang="en", settings=Settings())
        for pattern, needs in ((email, "@"), (year, "@"), (year, None), (email, re.compile("[@＠]"))):
            assert _spans(ctx.scan(pattern, needs=needs)) == _spans(fresh.scan(pattern, needs=needs)), (pattern, needs)
    # the texts without "@" are known to lack it; only a text searched whole without a match is known to match nothing
    assert memo.nothing_in(("needs", "@")) == {"第一段沒有地址，2024年。", "最後一段。"}
    assert memo.nothing_in((email.pattern, email.flags)) == {"郵件地址：@ 之後留空。"}
    assert "第一段沒有地址，2024年。" not in memo.nothing_in((year.pattern, year.flags))
    # a needs pattern that reaches across units: "last" ending one paragraph, "modified" opening the next
    cue = re.compile(r"(?i:last\s*modified)")
    parts = ["Updated in 2024, last", "modified by us.", "Nothing here."]
    crossing = [parse_string("\n\n".join(parts) + "\n"), parse_string("\n\n".join([*parts, "New text."]) + "\n")]
    memo = ScanMemo()
    for doc in crossing * 2:
        found = _spans(Context(doc, lang="en", settings=Settings(), memo=memo).scan(year, needs=cue))
        assert (
            found
            == _spans(Context(doc, lang="en", settings=Settings()).scan(year, needs=cue))
            == [("Updated in 2024, last", 11, 15, "2024")]
        )


@pytest.mark.parametrize(
    ("pattern", "local"),
    [
        ("[：:]", True),
        ("[个個日天月年周週时時]", True),  # more characters than `class_characters` takes
        ("(?i:address|number)", True),
        ("小程[序式][开開][发發]", True),
        (r"更新|(?i:last\s*modified)", False),  # \s holds the separator
        ("a$", False),
        ("(?<=x)y", False),
        (r"\bus\b", False),
        ("x*", False),  # may match nothing
        ("[^a]", False),
        (".", False),
        ("a|\n", False),
        ("[\t-\r]", False),  # a range over the separator
    ],
)
def test_local_pattern_means_each_text_answers_as_the_joined_text(pattern: str, local: bool) -> None:
    """`joined.local_pattern`: only patterns whose matches are the same in a text alone as in the joined string."""
    compiled = re.compile(pattern)
    assert local_pattern(compiled) is local
    texts = ["last", "modified us", "ya", "b$", "x", "x", "NUMBER 小程序开发", "a", "：", "\t"]
    joined = Joined(texts)
    if local:
        assert list(joined.having(compiled)) == [i for i, t in enumerate(texts) if compiled.search(t)]
