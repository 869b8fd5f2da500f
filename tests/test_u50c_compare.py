"""u50c (fiftieth session): `compare`'s monotone alignment weighs only the scored span of each row.

`compare.align.monotone_steps` gives the same steps as the programme that weighed every cell (kept here as the
reference) on random tables with runs of zeros, scored bands, held cells and ties; and a banded table of large
outlines is weighed cell by cell only in its band (an operation count, no timing).
"""

from __future__ import annotations

import random
from array import array

from policylens.compare.align import THRESHOLD, monotone_steps


def _reference(table: list[array[float]], m: int) -> list[bytearray]:
    """The programme before u50c: every cell weighed in Python."""
    n = len(table)
    best = [array("d", bytes(8 * (m + 1))) for _ in range(n + 1)]
    move = [bytearray([2]) * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        move[i][0] = 1
        above, here, scores = best[i - 1], best[i], table[i - 1]
        steps = move[i]
        for j in range(1, m + 1):
            paired = above[j - 1] + scores[j - 1] - THRESHOLD
            up, left = above[j], here[j - 1]
            if paired >= up and paired >= left:
                here[j], steps[j] = paired, 0
            elif up >= left:
                here[j], steps[j] = up, 1
            else:
                here[j], steps[j] = left, 2
    return move


def _table(rng: random.Random, n: int, m: int) -> list[array[float]]:
    rows = []
    for i in range(n):
        row = array("d", bytes(8 * m))
        kind = rng.random()
        if kind < 0.15:
            pass  # a row of zeros (a held pair's column elsewhere, or nothing near the diagonal)
        elif kind < 0.3:
            row[rng.randrange(m)] = rng.choice((0.9, 1.0, THRESHOLD))  # a held pair
        else:
            centre = round(i * m / max(1, n))
            for j in range(max(0, centre - rng.randrange(4)), min(m, centre + rng.randrange(4) + 1)):
                row[j] = rng.choice((0.0, 0.1, 0.3, THRESHOLD, 0.5, 0.8, 1.0, 5e-324))
        rows.append(row)
    return rows


def test_the_steps_are_those_of_weighing_every_cell() -> None:
    rng = random.Random(50)
    for _ in range(400):
        n, m = rng.randrange(0, 14), rng.randrange(1, 14)
        table = _table(rng, n, m)
        assert monotone_steps(table, m)[0] == _reference(table, m)


def test_a_full_table_is_weighed_as_before() -> None:
    rng = random.Random(7)
    table = [array("d", (rng.choice((0.2, 0.45, 0.9)) for _ in range(9))) for _ in range(8)]
    move, weighed = monotone_steps(table, 9)
    assert move == _reference(table, 9)
    assert weighed == 8 * 9


def test_a_banded_table_is_weighed_in_its_band_only() -> None:
    """Two 2,000-section outlines scored within 20 sections of the diagonal: about 80,000 cells weighed one by one,
    not 4 million; the alignment pairs the diagonal."""
    n = m = 2_000
    table = []
    for i in range(n):
        row = array("d", bytes(8 * m))
        for j in range(max(0, i - 20), min(m, i + 21)):
            row[j] = 0.9 if i == j else 0.1
        table.append(row)
    move, weighed = monotone_steps(table, m)
    assert weighed <= n * 41
    assert all(move[i][i] == 0 for i in range(1, n + 1))
