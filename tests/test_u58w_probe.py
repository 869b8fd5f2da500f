"""(u58w, fifty-eighth session) The backtracking probe's growth check on a bounded window, and the profiles' split.

A repeat of at most N characters (`(?:…){0,200}?`) is quadratic on pumps shorter than N, each start reading to the end,
and linear past it.  The probe read the start-up between its two shorter pumps as catastrophic although the longest
search, timed to its end, grew linearly (us-ccpa/sold-or-shared.cover[4], kept in the store only from an older refresh):
the shorter pair now counts only when the longest search was cut off by its timer (a lower bound).  Times are given,
not measured: the check is arithmetic on them.
"""

from __future__ import annotations

import pytest

from policylens.regexguard import GROWTH, _super_linear

# us-ccpa/sold-or-shared.cover[4] on its 'e-mails ' pump (2,048, 512 and 128 characters), measured at a load of 1:
# 11.5, 2.5 and 0.25 ms.  The longest pair grows with an exponent of about 1.1, the shorter one 1.65.
_SIZES = ["e-mails " * 256, "e-mails " * 64, "e-mails " * 16]
_WINDOW = [0.0115, 0.00247, 0.00025]


def test_a_bounded_window_timed_to_its_end_is_linear() -> None:
    assert not _super_linear(_WINDOW, _SIZES, cut=False)


def test_the_shorter_pair_still_counts_when_the_longest_search_was_cut() -> None:
    """A search stopped by its timer is only a lower bound: the growth is read on the two shorter pumps, as before."""
    assert _super_linear(_WINDOW, _SIZES, cut=True)


@pytest.mark.parametrize("cut", [False, True])
def test_quadratic_growth_on_the_longest_pair_is_found_either_way(cut: bool) -> None:
    quadratic = [0.16, 0.01, 0.000625]  # x16 for x4 twice
    assert _super_linear(quadratic, _SIZES, cut=cut)
    assert not _super_linear([0.04, 0.01, 0.0025], _SIZES, cut=cut)  # linear throughout
    assert GROWTH < 2


def test_a_shorter_pair_too_fast_to_time_is_not_read() -> None:
    """The shorter pair is read only when its longer pump takes 2 ms or more, cut or not (unchanged)."""
    assert not _super_linear([0.008, 0.0019, 0.00001], _SIZES, cut=True)
