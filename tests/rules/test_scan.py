"""`Context.scan` skips units by a one-character prefilter: it must give exactly the per-unit results.

Every rule runs twice on the same document, once with the fast path and once with
`exhaustive=True` (each unit scanned on its own), over the whole corpus, every rule
case and generated text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import parse_string, shared_parse, yaml_load
from policylens.load import load
from policylens.model import Finding
from policylens.rules import all_rules
from policylens.rules.context import Context, Settings
from policylens.rules.words import alternation
from policylens.structure import build_document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted(p for p in (ROOT / "corpora").rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"})


def _findings(doc, *, exhaustive: bool) -> list[Finding]:  # type: ignore[no-untyped-def]
    ctx = Context(doc, lang="en", settings=Settings(), exhaustive=exhaustive)
    return [f for rule in all_rules().values() for f in rule().check(ctx)]


def _same_both_ways(doc) -> int:  # type: ignore[no-untyped-def]
    fast = _findings(doc, exhaustive=False)
    assert fast == _findings(doc, exhaustive=True)
    return len(fast)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: str(p.relative_to(ROOT / "corpora")))
def test_corpus_file_same_both_ways(path: Path) -> None:
    _same_both_ways(shared_parse(path).document)


def test_corpus_has_findings_to_compare() -> None:
    seed = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"
    assert _same_both_ways(build_document(load(str(seed)))) > 20


def _case_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted((Path(__file__).parent / "cases").glob("*.yml")):
        for name, case in yaml_load(path.read_text(encoding="utf-8")).items():
            if isinstance(case, dict):
                for key in ("fail", "pass"):
                    if key in case:
                        texts.append((f"{path.stem}:{name}:{key}", case[key]))
    return texts


@pytest.mark.parametrize(("name", "text"), _case_texts(), ids=lambda v: v if len(v) < 80 else v[:80])
def test_rule_case_same_both_ways(name: str, text: str) -> None:
    _same_both_ways(parse_string(text))


ALPHABET = st.sampled_from(
    list("資料數據賬戶帳戶激活質量軟件个人资料的我們您")
    + list("【】［］〔〕「」『』（）()[]《》〈〉＿_@.-0123456789xX×○待TBD 　\n")
    + ["privacy@example.com", "20210330", "2020-9-8", "03/04/2021", "更新", "Aqara Home 帳戶", "您的 ", "\n\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, min_size=1, max_size=60).map("".join))
def test_generated_text_same_both_ways(text: str) -> None:
    _same_both_ways(parse_string(text))


def test_scan_skips_units_without_the_needed_character() -> None:
    doc = parse_string("第一段沒有地址。\n\n請寫信到 a@example.com 或 b@example.org。\n\n最後一段。\n")
    ctx = Context(doc, lang="en", settings=Settings())
    email = re.compile(r"[\w.]+@[\w.]+\w")
    found = [(hit.unit.text[:3], hit.start, hit.match.group(0)) for hit in ctx.scan(email, needs="@")]
    assert found == [("請寫信", 5, "a@example.com"), ("請寫信", 21, "b@example.org")]
    assert list(ctx.scan(email, needs="#")) == []  # the prefilter alone decides which units are scanned
    assert [(h.start, h.end) for h in ctx.scan(email)] == [(5, 18), (21, 34)]  # offsets are in the unit


def test_scan_rescans_units_a_joined_match_runs_across() -> None:
    doc = parse_string("第一段以【\n\n】開頭。\n\n【】\n")
    ctx = Context(doc, lang="en", settings=Settings())
    slot = re.compile(r"【\s*】")  # \s also matches the newline that joins the units
    assert [(h.unit.text, h.start, h.end) for h in ctx.scan(slot)] == [("【】", 0, 2)]

    def spans(hits):  # type: ignore[no-untyped-def]
        return [(h.unit.text, h.start, h.end, h.match.group(0)) for h in hits]

    assert spans(ctx.scan(slot)) == spans(ctx.scan(slot, per_unit=True))


def _regex_reference(text: str, region: str) -> list[tuple[int, int, str]]:
    """What the Aho-Corasick automaton must find: a longest-first regex alternation, unit by unit."""
    from policylens.rules.regional_vocabulary import _table
    from policylens.rules.words import alternation

    pattern = alternation(_table(region).words)
    found, offset = [], 0
    for line in text.split("\n"):
        found += [(offset + m.start(), offset + m.end(), m.group(0)) for m in pattern.finditer(line)]
        offset += len(line) + 1
    return found


KEYS_AND_TEXT = st.sampled_from(
    ["數據", "大數據", "數據機", "質量", "賬戶", "激活", "軟件", "郵箱", "網絡", "程序", "資料", "的", "\n", "算法", "演算法"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(KEYS_AND_TEXT, max_size=40).map("".join), st.sampled_from(["tw", "cn"]))
def test_automaton_matches_like_a_longest_first_alternation(text: str, region: str) -> None:
    from policylens.rules.regional_vocabulary import _table

    got = _table(region).find(text)
    assert got == _regex_reference(text, region)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "您的 ",
                "我們的 ",
                "aqara",
                "AQARA",
                "Aqara Home",
                "小米",
                "Xiaomi",
                "xiaomi",
                "Mi ",
                "帳戶",
                "App",
                " ",
                "İ",
                "ı",
                "ſ",
                "\u212a",
                "Σ",
                "ς",
                "\n\n",
                "。",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_brand_automaton_finds_what_the_case_insensitive_alternation_finds(text: str) -> None:
    from policylens.rules.entity_mismatch import _brand_hits, _brands

    ctx = Context(parse_string(text), lang="en", settings=Settings())
    names = frozenset(_brands())
    fast = [(u.text, s, e, k) for u, s, e, k in _brand_hits(ctx, names)]
    pattern = alternation(names, re.I)
    reference = [(u.text, m.start(), m.end(), m.group(0).lower()) for u in ctx.units() for m in pattern.finditer(u.text)]
    assert fast == reference


def _guarded_pairs():  # type: ignore[no-untyped-def]
    """(fast, plain) for every pattern scanned through `GuardedPattern`."""
    from policylens.rules import placeholder_empty, placeholder_instruction

    fast = [placeholder_instruction._compiled(()), placeholder_instruction._DRAFTING, placeholder_empty._EMPTY_INLINE]
    return [(f, re.compile(f.pattern, f.flags)) for f in fast]


def _spans(pattern, text: str) -> list[tuple[int, int, dict[str, str | None]]]:  # type: ignore[no-untyped-def]
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]


def test_guarded_pattern_matches_like_its_lookahead_form_on_the_corpus_and_cases() -> None:
    texts = [Context(shared_parse(p).document, lang="en", settings=Settings()).joined().text for p in CORPUS]
    texts += [text for _, text in _case_texts()]
    for fast, plain in _guarded_pairs():
        found = 0
        for text in texts:
            expected = _spans(plain, text)
            assert _spans(fast, text) == expected
            found += len(expected)
        assert found > 0  # the comparison covers real matches (the generated-text test below covers more)


GUARD_ALPHABET = st.sampled_from(
    list("【】［］〔〕（）()<>{}[]$%XxＸｘ×○◯某待替TFY請请填写寫公司名称稱地址您的 \n:：-此处處这里或依如适用，")
    + ["{{name}}", "${a}", "%COMPANY%", "TBD", "YourApp", "替换成你的真实", "[公司名称]", "[Email]", "(", "]("]
    + ["根据实际情况", "調整", "修改", "列出", "示例：", "replace with ", "if applicable, insert ", "务必", "之"]
    + ["电话", "電話", "邮箱", "Tel", "tEL", "e-mail", "PHONE", "Fax", "聯絡人", "网址", "。", "；", "\u3000"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(GUARD_ALPHABET, max_size=50).map("".join))
def test_guarded_pattern_matches_like_its_lookahead_form_on_generated_text(text: str) -> None:
    for fast, plain in _guarded_pairs():
        assert _spans(fast, text) == _spans(plain, text)
