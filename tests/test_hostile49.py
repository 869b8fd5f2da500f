"""Forty-ninth hostile round (u49h): the session's new compare paths and the rules' patterns attacked with inputs written
to break them.

- `compare` of two editions numbered alike but for sub-numbered insertions (u49c, `compare.numbered.held_by_number`):
  each inserted number searched every shared number for a sibling, and `compare.align._align` visited every cell of
  the score table in Python to hold the pairs (1,000 sections beside 1,000 insertions: a million look-ups each).  The
  parents are gathered once, and the held rows and columns are set row by row.
- `compare.analyse._unwritten_title` read every word of the English edition again for each section pair (1,000 pairs:
  8.6 s of CPU, 4,000: 100 s; half of it that re-reading).  The words are read once, and only when a Chinese title
  names something in Latin letters.
- Rule patterns with a run of spaces the engine could split two ways around an optional word (「请 … (于)? … 定稿前」),
  or give back one space at a time to a lookahead that reads to the end of the line (`(\\s*(?![^()\\n]*you)…`,
  placeholder-instruction's "(list them …)"): a paragraph of 「(」 or 「（注：…请」 and 20,000 spaces took 7–11 s of
  `check` (5,000: under 1 s).  The runs are possessive (the same matches: what follows them never starts with a
  space); a static check over every package pattern, the rule's joined alternation included, keeps the shape out.
  The regex probe found them only with each alternative of a joined pattern probed on its own.
- A run of mask circles and boxes (「〇□〇□…」) was tried from every box in it (quadratic): a start after a box is
  now refused as one after a circle is (`placeholder_instruction.dates`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import compare_folder, rule_excerpts

# `[ \t]*(?:…)?[ \t]*`: two runs of one class around an optional element; `\s*(?![^…]*…)`: a run that gives back one
# character at a time to a lookahead that reads the rest of the line.  Possessive runs (`*+`) are neither.
_RUN = r"(\[ \\t\]|\\s|\[\\s\]|\[ \\t\\u3000\])"
_TWO_RUNS = re.compile(_RUN + r"\*(?![+?])(?:\[[^\]]+\]\?|\(\?:[^()]*\)\?)?\1\*(?![+?])")
_RUN_THEN_LOOKAHEAD = re.compile(_RUN + r"\*(?![+?])\(\?[!=]\[\^[^\]]*\]\*")


def _package_patterns() -> list[tuple[str, str]]:
    """Every module pattern of the package and the placeholder rules' joined alternations (built in a function, so
    the module walk does not see them)."""
    from policylens.rules.placeholder_instruction import forms
    from test_hostile_regex import module_patterns

    found = [(where, pattern) for (pattern, _flags), where in module_patterns().items()]
    found.append(("placeholder_instruction.forms._PATTERNS", "|".join(f"(?:{p})" for p in forms._PATTERNS)))
    return found


def test_no_package_pattern_splits_a_run_of_spaces_or_gives_it_back_to_a_lookahead() -> None:
    found = [
        f"{where}: {m.group(0)}"
        for where, pattern in _package_patterns()
        for shape in (_TWO_RUNS, _RUN_THEN_LOOKAHEAD)
        if (m := shape.search(pattern))
    ]
    assert found == []
    # the shapes it looks for, and their possessive forms
    assert _TWO_RUNS.search(r"请[ \t\u3000]*(?:于|於|在)?[ \t\u3000]*定稿")
    assert not _TWO_RUNS.search(r"请[ \t\u3000]*+(?:于|於|在)?[ \t\u3000]*+定稿")
    assert _RUN_THEN_LOOKAHEAD.search(r"\(\s*(?![^()\n]*\b[Yy]ou)list")
    assert not _RUN_THEN_LOOKAHEAD.search(r"\(\s*+(?![^()\n]*\b[Yy]ou)list")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("我们会保存您的订单记录 (list them with links, for example the log retention period).", "(list them"),
        ("我们会收集您的手机号码（注：请律师 审核此处的保存期限）。", "（注：请律师"),
        ("第三方共享名单【若是专门针对儿童的产品，需要 根据实际情况填写】。", "【若是"),
        ("本政策由□□□公司提供，我们会收集您的手机号码。", "□□□公司"),
    ],
)
def test_the_possessive_forms_still_find_what_they_found(tmp_path: Path, text: str, found: str) -> None:
    excerpts = rule_excerpts(tmp_path, f"# 隐私政策\n\n{text}\n", "placeholder-instruction", "p.md")
    assert any(e.startswith(found) for e in excerpts), excerpts


def test_a_run_of_masks_after_a_numeral_is_still_no_company(tmp_path: Path) -> None:
    """二〇〇〇年 is a year; the circles and boxes after a numeral start no company name, from any place in the run."""
    text = "# 隐私政策\n\n我们成立于二〇〇〇年，零□□□公司提供支付服务。\n"
    assert not [e for e in rule_excerpts(tmp_path, text, "placeholder-instruction", "p.md") if "公司" in e]


def _held_steps(monkeypatch: pytest.MonkeyPatch, pairs: int) -> int:
    """How many siblings `held_by_number` compares for `pairs` shared numbers each beside an insertion under it."""
    from policylens.compare import numbered

    steps = 0
    real = numbered._sub_numbered

    def counted(number: tuple[int, ...], shared: set[tuple[int, ...]], parents: set[tuple[int, ...]]) -> bool:
        nonlocal steps
        steps += 1
        return real(number, shared, parents)

    monkeypatch.setattr(numbered, "_sub_numbered", counted)
    base = [(k, n) for i in range(1, pairs + 1) for k, n in (((2 * i, (i,)), (2 * i + 1, (i, 2))))]
    other = [(i, (i,)) for i in range(1, pairs + 1)]
    held = numbered.held_by_number(base, other)
    assert held is not None and len(held) == pairs
    return steps


def test_sub_numbered_insertions_are_judged_once_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """u49h: each insertion searched every shared number for a sibling (quadratic); the parents are gathered once."""
    assert _held_steps(monkeypatch, 4000) == 4 * _held_steps(monkeypatch, 1000)


def test_the_english_words_are_read_once_for_every_section_pair(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """u49h: `_unwritten_title` read the English edition's words again for each pair (1,000 pairs: a million reads)."""
    from policylens.compare import analyse
    from policylens.compare import sentences as sentlib

    def reads(sections: int) -> int:
        zh = "".join(
            f"## {i}. 使用 Cloudflare{i} 服务\n\n我们使用 Cloudflare{i} 保护您的手机号码与账号安全。\n\n" for i in range(1, sections + 1)
        )
        en = "".join(f"## {i}. Section {i}\n\nWe protect your phone number and account.\n\n" for i in range(1, sections + 1))
        count = 0
        real = sentlib.words

        def counted(text: str) -> set[str]:
            nonlocal count
            count += 1
            return real(text)

        monkeypatch.setattr(sentlib, "words", counted)
        try:
            compare_folder(tmp_path / f"p{sections}", {"zh-Hans.md": "# 隐私政策\n\n" + zh, "en.md": "# Privacy Policy\n\n" + en})
        finally:
            monkeypatch.setattr(sentlib, "words", real)
        return count

    assert analyse.across.sentlib is sentlib  # (the module that reads the words, u57r)
    small, large = reads(20), reads(80)
    assert large <= 5 * small  # linear: 4× the sections, about 4× the reads (it was 16×)


def test_a_bare_label_over_a_run_of_letters_is_read_in_linear_time() -> None:
    """u49h (u49k2's new rule, merged while this round ran): a bare label (「隐私政策内容」) over a paragraph of 5,000
    letters took 17 s of `check` (20,000: over 300 s): `_PROSE`, `(?:[A-Za-z]+[ \t]+){8}`, tried the run from each of
    its letters.  It starts at a word's start now, with possessive runs; the English pending forms' two runs of spaces
    around an optional colon or article too.  Each is cleared by the regex probe (`tests/test_hostile_regex.py`)."""
    from helpers import probe_pattern
    from policylens.rules import placeholder_pending_text as pending

    for pattern in (pending._PROSE, pending._BARE_LABEL, pending._EN_PENDING, pending._EN_AFTER):
        assert probe_pattern(pattern.compiled) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("隐私政策内容\n\nWe collect your email address to sign you in and keep it safe.", False),
        ("隐私政策内容\n\n" + "A" * 300, True),
        ("Privacy policy content   :   coming soon.", True),
        ("Shipping timing will be updated after   the   fulfilment plan is confirmed.", True),
    ],
)
def test_the_pending_text_forms_still_read_as_before(tmp_path: Path, text: str, found: bool) -> None:
    excerpts = rule_excerpts(tmp_path, f"# 隐私政策\n\n{text}\n", "placeholder-instruction", "p.md")
    assert bool(excerpts) is found, excerpts
