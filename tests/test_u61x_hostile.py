"""Hostile input, round 61 (u61x): inputs written to break policylens, a fresh round.

- `diff` of Markdown holding HTML links that never close, or whose `href` is long, followed by other tags:
  `diff.keys.markup._HTML_LINK` (every comparison key, `text_links`, `published_links`) gave back its bounded runs one
  character at a time (the target's `{0,2000}` to an optional quote, the link body's twenty `{0,1000}` runs to one
  another) at each `<a` it could not close: linear, but some 20 ms a tag.  An 834 KB file of 400 such tags took 80 s
  of CPU (a 20 MB file: half an hour); 10,000 unclosed `<a href='x.md'>` (200 KB) 14 s.  The runs are possessive and
  the body atomic now (the same matches: what follows each run cannot start inside it): 3.6 s and 1.1 s.

No timed assertion: the shape of the pattern (no long run left to give back) and the same matches as the plain form.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.diff.keys import markup, text_links
from policylens.diff.keys.markup import strip_markup

# The form the pattern had before this round: the reference for its matches.
_PLAIN_HTML_LINK = re.compile(
    r"<a\s[^<>]{0,1000}?\bhref\s*=\s*[\"']?([^\"'\s<>]{0,2000})[\"']?[^<>]{0,1000}>([^<]{0,1000}(?:<(?!/a\s*>)[^<]{0,1000}){0,20})</a\s*>",
    re.I,
)


def _give_back_runs(items: Any, inside_repeat: bool = False) -> list[int]:
    """The greedy runs of 100 characters or more in a parsed pattern that can give characters back to what follows
    them: inside another repeat, or followed by an optional part, another repeat or the end of their group (a run
    that a literal character follows is read once; possessive runs and atomic groups never give back)."""
    found: list[int] = []
    seq = list(items)
    for i, (op, av) in enumerate(seq):
        if op is sre_constants.MAX_REPEAT:
            _low, high, sub = av
            following = seq[i + 1][0] if i + 1 < len(seq) else None
            if high >= 100 and high != sre_constants.MAXREPEAT and (inside_repeat or following is not sre_constants.LITERAL):
                found.append(high)
            found += _give_back_runs(sub, inside_repeat=True)
        elif op is sre_constants.SUBPATTERN:
            found += _give_back_runs(av[-1], inside_repeat)
        elif op is sre_constants.BRANCH:
            for branch in av[1]:
                found += _give_back_runs(branch, inside_repeat)
    return found


def test_the_html_link_pattern_leaves_no_long_run_to_give_back() -> None:
    assert _give_back_runs(sre_parse.parse(_PLAIN_HTML_LINK.pattern, re.I)) == [2000, 1000, 1000]
    assert _give_back_runs(sre_parse.parse(markup._HTML_LINK.pattern, re.I)) == []


_PIECES = [
    "<a href='x.md'>",
    '<a class=b href="https://a.b/x.html" >',
    "<a href=y>",
    "</a>",
    "</A >",
    "<b>",
    "指南",
    " ",
    "'",
    '"',
    "x" * 40,
    "<",
    ">",
    "a",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_html_link_pattern_finds_what_it_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [(m.span(), m.groups()) for m in markup._HTML_LINK.finditer(text)] == [
        (m.span(), m.groups()) for m in _PLAIN_HTML_LINK.finditer(text)
    ]


def test_links_past_the_bounds_read_as_before() -> None:
    long_target = "见 <a href='" + "x" * 2600 + "'>指南</a>。"
    long_body = "见 <a href='x.md'>" + "<b>" + "字" * 1200 + "</a>。"
    deep_body = "见 <a href='x.md'>" + "<b>指" * 25 + "</a>。"
    unclosed = "见 <a href='x.md'>指南" * 30 + "<a href='y.md'>终</a>"
    for text in (long_target, long_body, deep_body, unclosed):
        assert [(m.span(), m.groups()) for m in markup._HTML_LINK.finditer(text)] == [
            (m.span(), m.groups()) for m in _PLAIN_HTML_LINK.finditer(text)
        ]
    assert text_links("见 <a href='x.md'>指南</a>。") == [(2, 23, "指南", "x.md")]
    assert strip_markup("见 <a href='x.md'>指南</a>。") == "见 指南⟨x.md⟩。"
