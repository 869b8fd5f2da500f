"""Every regex in the package, probed for catastrophic backtracking on adversarial strings.

The patterns are collected automatically, so a new pattern is covered without being
listed here:

- module-level compiled patterns and `lazy()` patterns (also inside tuples, lists,
  dicts and rule classes), by walking every module of the package;
- patterns compiled while the pipeline runs (inline `re.search(r"…")` calls, tables
  built from lexicons, user brands), by recording `re._compile` during parse, check
  and diff of corpus files.

Each pattern goes through `policylens.regexguard.probe`: pump strings built from its
own parse tree, grown until one search takes over 0.25 s.  A linear pattern needs a few
milliseconds on the largest pump (32k characters), so the margin against a loaded
machine is about 50×.  The rewritten patterns are also compared with their plain
(backtracking) forms on generated text, as tests/test_patterns.py does.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policylens
from helpers import probe_pattern, probe_settings
from policylens.lazyre import GuardedPattern, LazyPattern, delimited
from policylens.regexguard import probe
from regex_store import probe_unless_stored
from runtime_patterns import runtime_patterns

# Patterns owned by another branch and fixed there (diff developer, issue #12 §1): the
# strict xfail turns into a failure once the fix is merged, so this list cannot go stale.
FIXED_ELSEWHERE: set[str] = set()  # patterns whose fix lands in another branch (none left)


def _visit(obj: Any, where: str, found: dict[tuple[str, int], str], depth: int = 0) -> None:
    if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
        found.setdefault((obj.pattern, obj.flags), where)
    elif isinstance(obj, LazyPattern):
        found.setdefault((obj.compiled.pattern, obj.compiled.flags), where)
    elif isinstance(obj, GuardedPattern):
        # its body as `re.compile` gives it (a `lazy()` body keeps the flags it was given: without
        # `re.UNICODE`, the store's key was not the key `probe_unless_stored` looks up, issue #13)
        _visit(obj.body, where, found, depth)
    elif depth < 2 and isinstance(obj, (tuple, list, set, frozenset)):
        for i, item in enumerate(obj):
            _visit(item, f"{where}[{i}]", found, depth + 1)
    elif depth < 2 and isinstance(obj, dict):
        for key, item in obj.items():
            _visit(item, f"{where}[{key!r}]", found, depth + 1)
    elif depth < 1 and isinstance(obj, type) and obj.__module__.startswith("policylens"):
        for key, item in vars(obj).items():
            _visit(item, f"{where}.{key}", found, depth + 1)


def module_patterns() -> dict[tuple[str, int], str]:
    """(pattern, flags) → where it is defined, for every module of the package."""
    found: dict[tuple[str, int], str] = {}
    for info in pkgutil.walk_packages(policylens.__path__, "policylens."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (info.name, name) == ("policylens.profiles", "_LAZY"):
                # the profiles' patterns by text, filled as documents need them: which ones a process holds depends on
                # the tests it ran before (an xdist worker's order), and they are probed by the profile tests
                # (`test_profiles_classes.profile_patterns`, the patterns that can meet a long text; nineteenth session)
                continue
            _visit(value, f"{info.name}.{name}", found)
    return found


@functools.cache
def all_patterns() -> tuple[tuple[tuple[str, int], str], ...]:
    """((pattern, flags), where) of every pattern of the package, sorted by where; built once a process.

    Built when a test first asks, not at collection: the probe test is `slow`, and recording the
    run-time patterns parses, checks and diffs six corpus files in a process of its own (issue #13).
    """
    found = runtime_patterns()
    found.update(module_patterns())  # a module name is a better label than "run time"
    found.update(joined_alternatives())
    return tuple(sorted(found.items(), key=lambda item: item[1]))


# Tuples of pattern strings a rule joins into one alternation ("|".join): each alternative is probed on its own too.
# (u49h) The probe of the joined pattern cleared ten alternatives that are quadratic alone (「(」 and 20,000 spaces:
# 7 s of `check`): its pumps, built from a 60-way alternation, never reached them.
JOINED = (
    ("policylens.rules.placeholder_instruction.forms", "_PATTERNS"),
    ("policylens.rules.placeholder_instruction.drafting_notes", "_DRAFTING_PATTERNS"),
    ("policylens.rules.placeholder_drafting.notes", "_NOTES"),
)


def joined_alternatives() -> dict[tuple[str, int], str]:
    """(pattern, flags) → where, for each alternative of the `JOINED` tuples."""
    found: dict[tuple[str, int], str] = {}
    for module, name in JOINED:
        for i, pattern in enumerate(getattr(importlib.import_module(module), name)):
            found.setdefault((pattern, re.compile(pattern).flags), f"{module}.{name}[{i}]")
    return found


@pytest.mark.slow  # records the run-time patterns in a fresh process (parse, check, diff of six files): 1-2 s of CPU
def test_the_collection_finds_the_patterns() -> None:
    names = {where for _, where in all_patterns()}
    assert len(all_patterns()) > 80
    assert "policylens.rules.bracket_unbalanced._MARKS" in names
    assert names & {"policylens.load.text.CUT", "policylens.load.html.titles.CUT"}  # found under whichever module imports it first
    assert any(where == "compiled at run time" for where in names)
    # each with the flags `re.compile` gives it: the store is written under these (`regex_store.refresh`) and
    # looked up under the compiled pattern's (`probe_unless_stored`), so another flag made a cleared pattern
    # new on every run, probed again (three bodies of `GuardedPattern`s, 6 s of CPU a run: issue #13)
    assert [where for (pattern, flags), where in all_patterns() if re.compile(pattern, flags).flags != flags] == []


@pytest.mark.slow
def test_no_pattern_backtracks_catastrophically() -> None:
    """Every pattern of `all_patterns()` is probed, unless cleared in tests/regex_verdicts.txt (tests/regex_store.py).

    One test for all of them (it was one parametrized item per pattern, 616 items collected in
    every process): the message names every pattern that fails, not only the first, and a pattern
    in FIXED_ELSEWHERE that is no longer found fails as a strict xfail did.
    """
    failures = []
    for (pattern, flags), where in all_patterns():
        slow = probe_unless_stored(re.compile(pattern, flags))
        if where in FIXED_ELSEWHERE:
            if slow is None:
                failures.append(f"{where} ({pattern!r}) is no longer found: take it out of FIXED_ELSEWHERE")
        elif slow is not None:
            failures.append(f"{where} ({pattern!r}) {slow.describe()}")
    assert not failures, f"{len(failures)} of {len(all_patterns())} patterns:\n" + "\n".join(failures)


# The probe's self-tests use a budget a twelfth of the default: a catastrophic shape passes
# 0.02 s as surely as 0.25 s (on a smaller pump), and each test takes about 1 s instead of 10
# (0.05 s took twice as long; at 0.02 s every shape was still caught in repeated runs at a load of 13).
SELF_TEST_BUDGET = 0.02


@pytest.mark.slow  # the dynamic probe at work (1-5 s of CPU): with the probe, out of the fast loop
def test_the_probe_catches_known_catastrophic_shapes() -> None:
    for pattern in (r"(a+)+$", r"(a|aa)+b", r"(\w+\s?)+$", r"<!--.*?-->", r"[ ]{2,}[ ]*(?=x)", r"\s*(?:a)?\s*:"):
        assert probe(re.compile(pattern), budget=SELF_TEST_BUDGET) is not None, pattern


@pytest.mark.slow  # the dynamic probe at work (1-5 s of CPU): with the probe, out of the fast loop
def test_the_probe_catches_textbook_catastrophic_shapes_despite_the_growth_check() -> None:
    """Exponential and quadratic shapes grow faster than their input: the growth check keeps them.

    (`(a+)+$`, the first textbook shape, is probed once, by the test above.)
    """
    for pattern in (r"(a|a)*b", r"(\w+\s?)*$", r"\s*x\s*=", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r"\s*(?:务必)?\s*$"):
        assert probe(re.compile(pattern), budget=SELF_TEST_BUDGET) is not None, pattern


def test_a_slow_but_linear_pattern_is_not_a_finding() -> None:
    """A large alternation tried at every position is slow per character, yet linear: no finding.

    The budget is made tiny so that every pump is "too slow"; only growth decides.
    """
    words = "|".join(f"w{i:03d}x" for i in range(300))
    assert probe(re.compile(rf"(?:{words})\s"), budget=0.0005, limit=5, static=False) is None  # searched, not cleared


def test_the_growth_check_flags_a_quadratic_pump() -> None:
    """Timed against its shorter sibling, a quadratic search grows with an exponent near 2."""
    from policylens.regexguard import _grows

    compiled = re.compile(r"\s*x\s*=")
    pumps = [" " * n + "!" for n in (64, 256, 1024, 4096)]  # 4096 spaces: ~0.1 s, 16x the time of 1024
    # The check compares times, so a pause of a loaded machine on the shorter pump can hide the growth once (seen on a
    # merge tree's run beside a corpus snapshot): the growth must show in one of three tries (the check itself keeps the best of two timings).
    assert any(_grows(compiled, pumps[:-1], pumps[-1], budget=0.0) for _ in range(3))


# --- rewrites compared with the plain forms they replace -----------------------------

_TEXT = st.text(alphabet=st.sampled_from(list(" \u3000\t。；！？、一二十1２（）#<%>!-@.:=aAzZ&地址為：*_Inc.LtdS\n")), max_size=60)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_cut_matches_its_plain_form(text: str) -> None:
    from policylens.load.text import CUT

    plain = re.compile(
        r"(?:(?<=[。；！？】])|[ \u3000]{2,})[ \u3000]*(?=[一二三四五六七八九十]+[ \u3000]*、|\d{1,2}、|（\d{1,2}）)|[ \u3000]{2,}"
    )
    assert _spans(CUT, text) == _spans(plain, text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_address_matches_its_plain_form(text: str) -> None:
    from policylens.structure.metadata import _ADDRESS

    plain = re.compile(r"地址[*_]{0,2}\s*(?:為|为|是)?\s*[：:][*_]{0,2}\s*([^。；;\n]{4,80})")
    assert _spans(_ADDRESS.compiled, text) == _spans(plain, text)  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_latin_company_matches_its_plain_form(text: str) -> None:
    from policylens.structure.metadata import _LATIN_COMPANY

    plain = re.compile(r"\b(?=[A-Z])((?:[A-Z][\w&.'-]*\s+){0,4}(?:Inc\.|LLC|Ltd\.?|Limited|Corporation|Corp\.|GmbH|Foundation|S\.A\.))")
    assert _spans(_LATIN_COMPANY.compiled, text) == _spans(plain, text)  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="<%>!-ab\n", max_size=40))
def test_delimited_matches_the_lazy_regex(text: str) -> None:
    for opener, closer in (("<%", "%>"), ("<!--", "-->")):
        plain = re.compile(re.escape(opener) + ".*?" + re.escape(closer), re.S)
        assert list(delimited(text, opener, closer)) == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aA0._%+-@bc.com", max_size=60))
def test_bounded_email_local_part_matches_the_plain_form(text: str) -> None:
    from policylens.rules.contact_inconsistent import _EMAIL

    plain = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
    assert _spans(_EMAIL, text) == _spans(plain, text)  # local parts here are under 64 characters


def test_no_pattern_source_is_left_out() -> None:
    """Every `re.compile`/`lazy` call at module level in the source yields a collected pattern."""
    source_root = Path(policylens.__file__).parent
    written = 0
    for path in source_root.rglob("*.py"):
        written += len(re.findall(r"^_?[A-Z][A-Z0-9_]* = (?:re\.compile|lazy)\(", path.read_text(encoding="utf-8"), re.M))
    collected = len(module_patterns())
    assert collected >= written * 0.9  # a few modules define the same pattern twice


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=" \n*->-<b>1a一x)", max_size=14))
def test_list_label_matches_its_plain_form(text: str) -> None:
    from policylens.rules.bracket_unbalanced import _LABEL_LEAD, is_list_label

    plain = re.compile(r"^[\s*\-+>]*(?:<[^>]*>)*[\dA-Za-z一二三四五六七八九十ivx]{1,4}$")
    lead = _LABEL_LEAD.match(text).end()  # type: ignore[union-attr]
    for i in range(len(text) + 1):
        assert is_list_label(text, i, lead) == bool(plain.match(text[:i])), (text, i)


# One quantifier per gap: `\s*A?\s*` written `(?:\s*A)?\s*` or `\s*(?:A\s*)?` matches the same
# text without the quadratic split of a blank run between two repeats (issue #12 §1).
def _placeholder_pairs() -> list[tuple[re.Pattern[str], str]]:
    from policylens.rules import placeholder_instruction as p

    return [
        (p._HERE_IMPERATIVE, r"(?:[请請]|务必|務必)\s*(?:务必|務必)?\s*(?:在|于|於)?$"),
        (
            re.compile(p._PATTERNS[0]),
            p._PATTERNS[0].replace(
                r"\s*(?:(?:此处|此處|这里|這裡|在此)\s*)?(?:(?:請|请)\s*)?", r"\s*(?:此处|此處|这里|這裡|在此)?\s*(?:請|请)?\s*"
            ),
        ),
        (
            re.compile(example := next(x for x in p._PATTERNS if "示例|範例" in x)),  # 【注：示例】
            example.replace(r"\s*(?:(?:注|備註|备注)[：:]?\s*|[：:]\s*)?", r"\s*(?:注|備註|备注)?[：:]?\s*"),
        ),
        *(
            (re.compile(d), d.replace(r"(?:\s*(?:务必|務必))?", r"\s*(?:务必|務必)?"))
            for d in (
                next(x for x in p._DRAFTING_PATTERNS if x.startswith("(?P<here>")),  # 請務必在此處列出…
                next(x for x in p._DRAFTING_PATTERNS if r"\s*(?:或|[请請])(?:\s*(?:务必|務必))?" in x),  # （请根据实际情况修改）
                p._DRAFTING_PATTERNS[-1],  # 请根据实际情况修改
            )
        ),
    ]


def _outline(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[bool, ...]]]:
    """Spans, and which groups took part (a group may now leave its trailing blanks outside)."""
    return [(m.span(), tuple(g is not None for g in m.groups())) for m in pattern.finditer(text)]


_DRAFT_TOKENS = [
    *" \u3000\n【】［］[]（）()<>：:请請注示例此处在此于务必務必根据实际情况修改列出填写填入ab",
    "備註",
    "备注",
    "此處",
    "務必",
]
_DRAFT_TEXT = st.lists(st.sampled_from(_DRAFT_TOKENS), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DRAFT_TEXT)
def test_placeholder_instruction_patterns_match_their_plain_forms(text: str) -> None:
    for rewritten, plain in _placeholder_pairs():
        assert rewritten.pattern != plain  # the replacement above found what it rewrites
        assert _outline(rewritten, text) == _outline(re.compile(plain), text), rewritten.pattern
        for start in range(0, len(text), 3):  # searched in a window, as `_drafting_imperative` does
            a, b = rewritten.search(text, max(0, start - 6), start), re.compile(plain).search(text, max(0, start - 6), start)
            assert (a and a.span()) == (b and b.span())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\u3000\n<aA>/ =\"'x#", max_size=40))
def test_only_tag_matches_its_plain_form(text: str) -> None:
    from policylens.structure.anchors import _ONLY_TAG

    plain = re.compile(r"^\s*<a\s[^<>\n]{0,500}>\s*(?:</a\s*>)?\s*$", re.I)
    assert bool(_ONLY_TAG.match(text)) == bool(plain.match(text))
    assert _spans(_ONLY_TAG, text) == _spans(plain, text)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=" \t\n![]()<>\"'ab", max_size=40))
def test_markdown_link_matches_its_plain_form(text: str) -> None:
    from policylens.diff.keys import _MD_LINK

    plain = re.compile(r"!?\[([^\[\]\n]{0,500})\]\(\s*<?([^\s()<>]{0,2000})>?(?:\s+[\"'][^\"'\n]{0,300}[\"'])?\s*\)")
    assert _spans(_MD_LINK, text) == _spans(plain, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab_1.+-@/:hwtps\n 一", max_size=64))
def test_address_start_matches_its_plain_form_in_its_window(text: str) -> None:
    from policylens.rules.placeholder_instruction import _ADDRESS_START

    # searched in the 64 characters before a host (subdomains since issue #11 round 5: https://app.example.net)
    # (the local part in ASCII since the tenth session: 「请发送邮件至privacy@example.com」 starts at privacy)
    plain = re.compile(r"(?:[A-Za-z0-9_.+-]+@(?:[A-Za-z0-9-]+\.){0,3}|(?:https?://)?(?:[A-Za-z0-9-]+\.){0,3})$")
    assert _spans(_ADDRESS_START, text) == _spans(plain, text)
    assert _ADDRESS_START.search(text).span() == plain.search(text).span()  # type: ignore[union-attr]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\u3000\n：:0９@+a一", max_size=20))
def test_value_after_matches_its_plain_form(text: str) -> None:
    from policylens.rules.placeholder_instruction import _value_after

    plain = re.compile(r"[ \t\u3000]*[：:0-9０-９@+]")
    for end in range(len(text) + 1):
        assert _value_after(text, end) == bool(plain.match(text, end)), (text, end)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n:：+-1５电话客服tel@a_.b一", max_size=60))
def test_contact_topic_patterns_match_their_plain_forms(text: str) -> None:
    """The `contact` topic's e-mail (local part ≤ 64 characters here) and telephone patterns."""
    lexicon = (Path(policylens.__file__).parent / "data" / "lexicons" / "topics.tsv").read_text(encoding="utf-8")
    pairs = [
        (r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        (r"(?:电话|客服|热线|tel|phone)\s*(?:[:：]\s*)?\+?\d[\d\s-]{5,}", r"(?:电话|客服|热线|tel|phone)\s*[:：]?\s*\+?\d[\d\s-]{5,}"),
    ]
    for rewritten, plain in pairs:
        assert rewritten in lexicon
        assert _spans(re.compile(rewritten), text) == _spans(re.compile(plain), text)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=" \t\n{}:#.a-=\"'b", max_size=50))
def test_attribute_list_matches_its_plain_form(text: str) -> None:
    """A bare value is no longer tried where a quoted value took the same text (exponential on `a="a" a="a" …`)."""
    from policylens.diff.keys import _ATTR_LIST

    item = r"(?:[#.][\w-]{1,100}|[\w-]{1,50}=(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|[^\s{}]{1,300}))"
    plain = re.compile(rf"\{{:?[ \t]{{0,10}}{item}(?:[ \t]{{1,10}}{item}){{0,20}}[ \t]{{0,10}}\}}")
    assert _spans(_ATTR_LIST, text) == _spans(plain, text)


def test_a_timer_firing_after_the_search_ended_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """The probe's CPU timer can fire between the end of a search and its cancelling: that must not escape as an exception."""
    import signal

    from policylens import regexguard

    if not hasattr(signal, "SIGVTALRM"):
        pytest.skip("no SIGVTALRM on this platform")
    real = signal.setitimer

    def late_setitimer(which: int, seconds: float, interval: float = 0.0) -> Any:
        if seconds == 0:  # cancelling: the timer fires just before, as it can on a loaded machine
            signal.raise_signal(signal.SIGVTALRM)
        return real(which, seconds, interval)

    monkeypatch.setattr(signal, "setitimer", late_setitimer)
    # what the probe returns, not a clock read by the test: a search cut off by its timer reports the whole budget
    spent = regexguard._timed_search(re.compile("a+b"), "a" * 100, 1.0)
    assert 0 <= spent < 1.0


@pytest.mark.slow  # the dynamic probe at work (1-5 s of CPU): with the probe, out of the fast loop
def test_pumps_are_capped_in_characters_and_quadratic_patterns_are_still_caught() -> None:
    """A long pump body (a lexicon alternation) is not repeated 32,768 times: the cap keeps
    probing linear patterns cheap, and a quadratic pattern is caught well below it."""
    from policylens.regexguard import MAX_CHARS, probe, samples

    words = "|".join(f"隐私政策条款{i:04d}" for i in range(40))
    for family in samples(rf"(?:{words})+[，。]"):
        assert all(len(text) <= MAX_CHARS for text in family[1:])
        assert family[0] == min(family, key=len)
    assert probe(re.compile(r"[^@\s]*[^@\s]*@")) is not None  # super-linear: two runs over the same characters
    assert probe(re.compile(rf"(?:{words})[，。]"), static=False) is None  # a lexicon alternation is linear


@pytest.mark.slow  # the dynamic probe at work (1-5 s of CPU): with the probe, out of the fast loop
def test_a_quadratic_search_cut_off_by_the_timer_is_still_caught() -> None:
    """`\\b[A-Z][\\w.]*` starts at every `A` of `A.A.A.…` and runs to the end: quadratic.  The
    timer stops the long pump's search early, and that time alone looked linear against the
    shorter pump; the probe now times it again, long enough for the growth to show."""
    assert probe_pattern(re.compile(r"\b[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3} is an? app")) is not None


@pytest.mark.slow  # the dynamic probe at work (1-5 s of CPU): with the probe, out of the fast loop
def test_alternating_pumps_are_not_crowded_out_by_many_repeats() -> None:
    """A pattern with over a hundred pump families still gets its alternating pumps (`-A-A…`).

    The finding is asked of one probe with the package's settings: `probe_pattern`'s two
    confirming probes guard against a false finding on a loaded machine, and here the
    finding is the expected answer (with the alternating pumps crowded out, none is found).
    """
    many = "|".join(f"x{i}+y" for i in range(120))
    catastrophic = re.compile(rf"(?:{many}|\b[A-Z][\w.\-]*:)")
    assert probe(catastrophic, **probe_settings(catastrophic)) is not None
    assert probe_pattern(re.compile(rf"(?:{many}|\b[A-Z][\w.\-]{{0,40}}:)")) is None  # bounded: linear


# --- the static clearance (regexguard.attempt_steps): proven linear, not probed ----------------

# Every shape written as catastrophic above, and bounded shapes whose paths multiply: none is cleared.
NOT_CLEARED = (
    r"(a+)+$",
    r"(a|aa)+b",
    r"(\w+\s?)+$",
    r"<!--.*?-->",
    r"[ ]{2,}[ ]*(?=x)",
    r"\s*(?:a)?\s*:",
    r"(a|a)*b",
    r"\s*x\s*=",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    r"[^@\s]*[^@\s]*@",
    r"\b[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3} is an? app",
    r"(\w{1,30}\s?){1,30}$",  # bounded, yet 30^30 ways to split a run of letters
    r"(?:a|a){0,40}b",  # bounded, 2^40 paths
    r"(a|a){1,12}b",  # bounded, 16,380 steps a start: 0.36 s on 2,000 characters, minutes on a long paragraph
    r"[^。]{0,100}[^。]{0,100}x",  # 100 × 100 splits a start
    r"[^。]{0,300}[^。]{0,300}x",  # two overlapping bounded runs: 300 × 300 splits a start
    r"(a{0,5})\1{0,5}b",  # a back-reference: not analysed
    r"[^。]*。",  # an unbounded run that every start enters: quadratic on a text without 。
    r"x[^。]*。",  # entered after a character of the run itself: every x of `xxxx…` starts one
    r"法\s*\s*第",  # two runs over the same characters
)


@pytest.mark.parametrize("pattern", NOT_CLEARED)
def test_the_static_clearance_never_clears_a_known_bad_shape(pattern: str) -> None:
    from policylens.regexguard import attempt_steps, statically_linear

    assert not statically_linear(re.compile(pattern)), (pattern, attempt_steps(pattern))


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:隐私|隱私)政策",
        r"\d{1,4}年\d{1,2}月\d{1,2}日",
        r"[^。；\n]{0,60}。",  # one run, then a character it cannot match: one way to split
        r"[ \t\u3000]{0,8}(?:[-*+][ \t]{0,4})?[一-龥]{1,20}[：:]",
        r"(?<![\d.])1[3-9]\d{9}(?!\d)",
        r"\b(?:Inc|Ltd|LLC)\b\.?",
        r"个资法\s*第\s*(?:3|三)\s*条",  # unbounded runs entered after, and left before, other characters
    ],
)
def test_the_static_clearance_clears_bounded_linear_shapes(pattern: str) -> None:
    from policylens.regexguard import statically_linear

    assert statically_linear(re.compile(pattern))


def test_a_run_is_one_path_only_when_what_follows_cannot_continue_it() -> None:
    """`[ab]{0,50}c…`: every shorter count fails on its next character, so what follows is
    searched once; `[ab]{0,50}b…`, case folding (`(?i)[a-z]{0,50}K…`) and a continuation that
    can be empty let every count go on, and what follows is searched 51 times."""
    from policylens.regexguard import attempt_steps

    def ratio(many: str, one: str) -> float:
        slow, fast = attempt_steps(many), attempt_steps(one)
        assert slow is not None and fast is not None
        return slow / fast

    rest = "(?:xy|z){0,3}"
    assert ratio(f"[ab]{{0,50}}b{rest}", f"[ab]{{0,50}}c{rest}") > 4
    assert ratio(f"(?i)[a-z]{{0,50}}K{rest}", f"[a-z]{{0,50}}K{rest}") > 4
    assert ratio(f"[a-z]{{0,50}}(?:X|Y)?{rest}$", f"[a-z]{{0,50}}(?:X|Y){rest}$") > 4


def regexguard_width(pattern: str, flags: int) -> int | None:
    """The longest match of `pattern`, None when unbounded."""
    from policylens.regexguard import _sre_constants, _sre_parse

    high = _sre_parse.parse(pattern, flags).getwidth()[1]
    return None if high >= _sre_constants.MAXREPEAT else high


@pytest.mark.slow
def test_the_probe_agrees_on_the_cleared_patterns_with_the_most_steps() -> None:
    """The package's two cleared patterns with the most steps per start, and three cleared with an
    unbounded run (`_guarded_run`), are probed anyway (their first 10 pump families and 10
    alternating pairs, at the tests' budget): none is a finding."""
    from helpers import probe_settings
    from policylens.regexguard import STATIC_STEPS, attempt_steps

    steps = {key: attempt_steps(*key) for key, _ in all_patterns()}
    cleared = sorted((s, key) for key, s in steps.items() if s is not None and s <= STATIC_STEPS)
    assert len(cleared) > 100  # most bounded patterns of the package are cleared
    unbounded = [key for _, key in cleared if regexguard_width(*key) is None]
    assert unbounded  # the guarded-run rule is exercised on real patterns
    for pattern, flags in [key for _, key in cleared[-2:]] + unbounded[:3]:
        compiled = re.compile(pattern, flags)
        settings = probe_settings(compiled)
        slow = probe(compiled, limit=10, static=False, **settings)
        assert slow is None or probe(compiled, static=False, **{**settings, "budget": 2 * settings["budget"]}) is None, pattern


# --- bounded reach (regexguard.attempt_reach): how far a bounded pattern is pumped ------------


@pytest.mark.parametrize(
    ("pattern", "reach"),
    [
        ("abc", 3),
        (r"[^。]{0,300}[^。]{0,300}x", 601),
        (r"(?:ab|c){0,3}$", 6),
        (r"a{0,5}(?=x{0,9})", 14),  # a lookahead reads past the match
        (r"(?<=ab)c", 1),  # a lookbehind reads back, not forward
        (r"a+", None),
        (r"x(?=.*y)", None),  # an unbounded lookahead
        (r"(a)\1", None),  # a back-reference: not analysed
    ],
)
def test_the_reach_of_a_pattern_counts_every_character_an_attempt_can_read(pattern: str, reach: int | None) -> None:
    from policylens.regexguard import attempt_reach

    assert attempt_reach(pattern) == reach


@pytest.mark.slow  # the dynamic probe at work: with the probe, out of the fast loop
def test_a_bounded_window_found_by_the_probe_is_found_within_its_reach() -> None:
    """Pumps past REACH_FACTOR × reach are not searched: what the probe finds in a bounded
    pattern (two overlapping runs, quadratic up to their window) it finds below that length,
    and the cap is what `probe` applies (a 4,096-repeat pump of `[^。]{0,300}…` is kept)."""
    from policylens.regexguard import MIN_REACH_CHARS, REACH_FACTOR, attempt_reach

    overlapping = re.compile(r"[^。]{0,300}[^。]{0,300}x")
    reach = attempt_reach(overlapping.pattern)
    assert reach is not None and max(REACH_FACTOR * reach, MIN_REACH_CHARS) > 4096
    assert probe(overlapping, budget=SELF_TEST_BUDGET, static=False) is not None
    assert probe(re.compile(r"[^。]{0,30}[^。]{0,30}x"), budget=SELF_TEST_BUDGET, static=False) is None  # 31 × 31 a start: linear


def test_a_bounded_pattern_is_not_pumped_past_its_reach(monkeypatch: pytest.MonkeyPatch) -> None:
    """`cookie[^。;.]{0,60}…` (reach 192) is searched on pumps of at most 16 × 192 characters,
    an unbounded pattern up to `max_chars`."""
    from policylens import regexguard

    longest: list[int] = []
    monkeypatch.setattr(regexguard, "_timed_search", lambda compiled, text, budget, **_: longest.append(len(text)) or 0.0)
    bounded = re.compile(r"cookie[^。;.]{0,60}[。;.]?[^。;.]{0,60}?(?:取消|关闭|refuse)[^。;.]{0,40}(?:无法|不能|unable)")
    assert regexguard.probe(bounded, static=False) is None
    assert max(longest) <= regexguard.REACH_FACTOR * regexguard.attempt_reach(bounded.pattern)  # type: ignore[operator]
    longest.clear()
    assert regexguard.probe(re.compile(r"cookie[^。;.]*(?:取消|关闭)"), static=False) is None
    assert max(longest) > 20_000
