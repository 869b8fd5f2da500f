"""The decoder's share of common characters, counted in C (issue #11, twenty-seventh session), is the plain count.

Every UTF-8 policy is tested for mojibake (`encoding._refuse_utf8_read_as_cjk`): the share of its ideographs that are
common policy characters.  The plain form listed the ideographs of the 200,000-character sample and tested each one
(0.16 s of the 0.31 s a `check` of the benchmark's 200 files spent loading them).  `_score` now counts the ideographs
by the high bytes of the sample's UTF-16 and the common characters by what a class removes, and the refusal reads the
sample only until the share is reached.  These tests hold both to the plain form, `plain_score`, on texts built from
the characters at the edges of each count.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylens.errors import UserError
from policylens.load import encoding
from policylens.load.encoding import _COMMON, _SHARE_STEP, MIN_SCORE, MIN_SCORED, SCORE_SAMPLE, _ideographs, _policy_share, _score


def plain_score(text: str) -> tuple[float, int]:
    """`_score` as it was written before: the readable form."""
    cjk = [c for c in text[:SCORE_SAMPLE] if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0, 0
    return sum(c in _COMMON for c in cjk) / len(cjk), len(cjk)


# The edges of both counts: the first and last ideograph of the range and their neighbours (U+4DFF is a Yijing
# hexagram, U+A000 Yi), characters sharing a UTF-16 byte with an ideograph (U+0E4E, U+4E4E, U+9F4E, U+D84E as half of
# an astral character), astral ideographs, a lone surrogate, ASCII, and common and rare ideographs.
_EDGES = ["\u4dff", "\u4e00", "\u9fff", "\ua000", "\u0e4e", "\u4e4e", "\u9f4e", "\U00023a4e", "\U0002000b", "\ud84e", "a", " ", "\n"]
_ALPHABET = sorted(_COMMON)[:12] + ["龘", "鿕", "㐀", "闅", "辩", "娆"] + _EDGES


def test_common_characters_are_all_ideographs_of_the_counted_range() -> None:
    """Class: a common character outside U+4E00–U+9FFF, counted by the class but not by the plain form's list."""
    assert _COMMON and all("\u4e00" <= c <= "\u9fff" for c in _COMMON)
    assert all(_score(c) == plain_score(c) == (1.0, 1) for c in _COMMON)


def test_ideographs_counted_by_utf16_high_bytes_over_the_bmp() -> None:
    """Class: a character counted by its UTF-16 high byte that is no ideograph of the range (or the reverse)."""
    counted = [chr(cp) for cp in range(0x10000) if _ideographs(chr(cp))]
    assert counted == [chr(cp) for cp in range(0x4E00, 0xA000)]
    assert _ideographs("\U00020000\U0004e4e9\U0009f000") == 0  # astral: two surrogates, neither counted


# (u58s) What the two properties below hold is the counts' equality on every generated mix, at their full example counts.
# Hypothesis' two wall-clock alarms said nothing of that and failed them on a loaded machine (two xdist workers at a load
# of 17, 57th session; again here at 13): `too_slow` (a second of wall spent generating the first valid examples) and
# the 200 ms deadline of one example (a `FlakyFailure`: failed at 200+ ms, passed when hypothesis ran it again; the
# example, rerun, gives the same answer every time).  Both are off, as for the suite's other properties whose examples
# cost more than hypothesis expects (tests/test_fuzz.py, tests/test_diff.py).
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_ALPHABET), st.integers(1, 300)), max_size=40))
def test_score_is_the_plain_count(runs: list[tuple[str, int]]) -> None:
    """Class: `_score` differing from the plain count, in its share or its number, on any mix of the edge characters."""
    text = "".join(c * n for c, n in runs)
    assert _score(text) == plain_score(text)


def test_score_reads_only_the_sample() -> None:
    """Class: the C counts reading past the 200,000-character sample (the plain form stops there)."""
    text = "a" * (SCORE_SAMPLE - 30) + "的" * 10 + "龘" * 20 + "的" * 500
    assert _score(text) == plain_score(text) == (10 / 30, 30)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_ALPHABET), st.integers(1, 2 * _SHARE_STEP)), min_size=1, max_size=12))
def test_policy_share_decides_as_the_whole_share(runs: list[tuple[str, int]]) -> None:
    """Class: the early stop deciding otherwise than the whole sample's share (texts over several steps)."""
    sample = "".join(c * n for c, n in runs)[:SCORE_SAMPLE]
    share, count = plain_score(sample)
    if count:
        assert _policy_share(sample, count) == (share >= MIN_SCORE)


@pytest.mark.parametrize("common_last", [True, False])
def test_policy_share_at_the_threshold(common_last: bool) -> None:
    """Class: a share reached only by the sample's last characters, or just missed: an early stop must read on."""
    common = "的" * 12
    body = "a" * (3 * _SHARE_STEP) + "龘" * 88
    sample = body + common if common_last else common[:11] + body + "龘"
    share, count = plain_score(sample)
    assert count >= MIN_SCORED
    assert _policy_share(sample, count) == (share >= MIN_SCORE) == common_last


def test_mojibake_still_refused_and_policies_still_read() -> None:
    """Class: the refusal of UTF-8 read as GBK or Big5 lost to the early stop, or a policy refused by it."""
    policy = "隱私權政策\n\n我們會收集您的個人資料，並依本政策使用與保護。\n" * 40
    mojibake = policy.encode("utf-8").decode("gb18030", "replace")
    with pytest.raises(UserError, match="mojibake"):
        encoding.decode(mojibake.encode("utf-8"), path="x.txt")
    assert encoding.decode(policy.encode("utf-8"), path="x.txt") == (policy, "utf-8", False)
    # a policy whose common characters come late: English first, then Chinese
    late = "Privacy policy. " * 2000 + policy
    assert encoding.decode(late.encode("utf-8"), path="x.txt")[0] == late


def test_policy_share_reads_every_character_at_the_steps_edges() -> None:
    """Class: a character lost between two steps of the early stop: each common character here ends or starts a step,
    and the share is exactly MIN_SCORE only when all twelve are counted."""
    chars = ["a"] * (14 * _SHARE_STEP)
    for j in range(1, 13):
        chars[j * _SHARE_STEP - (j % 2)] = "的"  # the last character of step j, or the first of step j + 1
    for k in range(88):
        chars[13 * _SHARE_STEP + k] = "龘"
    sample = "".join(chars)
    assert plain_score(sample) == (MIN_SCORE, 100)
    assert _policy_share(sample, 100)
