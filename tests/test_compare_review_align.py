"""An English edition that orders its chapters differently (issue #10 review, defect class 2).

The monotone alignment alone paired the moved chapter's sections with whatever stood at
their place and reported a present section as a sure `section-missing`.  Property: any
permutation of the English edition's top-level blocks gives no sure section-missing or
section-extra beyond the one section the edition really lacks, and every section pairs with
its own counterpart.  A section moved into another chapter is paired or unsure, never a
sure gap.
"""

from __future__ import annotations

import itertools
import random
import shutil
from pathlib import Path

import pytest

from conftest import SEED
from helpers import cli, parse_string
from policylens.compare import facts as factlib
from policylens.compare.align import align, profiles
from test_compare import ENGLISH

ABSENT = "根據監管要求共用"  # the one section the English edition really lacks


def _blocks(text: str) -> tuple[str, list[str]]:
    """The preamble (up to the first `## `) and the top-level blocks of the English edition."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    preamble = "\n".join(lines[: starts[0]])
    blocks = ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    return preamble, blocks


def _text(preamble: str, blocks: list[str]) -> str:
    return "\n".join([preamble, *(b.rstrip("\n") + "\n" for b in blocks)])


@pytest.fixture(scope="module")
def base() -> tuple[object, list[profiles]]:
    doc = parse_string(SEED.read_text(encoding="utf-8"))
    return doc, profiles(doc, factlib.document_facts(doc))


def _gaps(base: tuple[object, list[object]], english: str) -> tuple[list[str], list[str], dict[str, str]]:
    doc, base_profiles = base
    other = parse_string(english, ".md")
    result = align(base_profiles, profiles(other, factlib.document_facts(other)))
    sure_missing = [doc.sections[i].title for i, c in result.missing.items() if c >= 0.5]
    sure_extra = [other.sections[j].title for j, c in result.extra.items() if c >= 0.5]
    pairs = {doc.sections[b].title: other.sections[o].title for b, (o, _) in result.pairs.items()}
    return sure_missing, sure_extra, pairs


def _permutations() -> list[tuple[int, ...]]:
    """Every rotation and the reversal of the six blocks, the reviewer's swap, and a fixed random sample."""
    n = 6
    chosen = {tuple(range(k, n)) + tuple(range(k)) for k in range(n)}
    chosen.add(tuple(reversed(range(n))))
    chosen.add((0, 1, 2, 4, 3, 5))  # Security after Your Rights, as filed
    everything = list(itertools.permutations(range(n)))
    chosen.update(random.Random(10).sample(everything, 12))
    return sorted(chosen)


@pytest.fixture(scope="module")
def in_order(base: tuple[object, list[object]]) -> dict[str, str]:
    missing, extra, pairs = _gaps(base, ENGLISH.read_text(encoding="utf-8"))
    assert (missing, extra) == ([ABSENT], [])
    return pairs


@pytest.mark.parametrize("order", _permutations(), ids=lambda o: "".join(map(str, o)))
def test_any_order_of_top_level_blocks_gives_no_sure_gap(
    base: tuple[object, list[object]], in_order: dict[str, str], order: tuple[int, ...]
) -> None:
    preamble, blocks = _blocks(ENGLISH.read_text(encoding="utf-8"))
    assert len(blocks) == 6
    missing, extra, pairs = _gaps(base, _text(preamble, [blocks[k] for k in order]))
    assert extra == []
    assert missing == [ABSENT]  # the one real gap stays sure in every order
    # every section pairs with the same counterpart as in the original order, or is left unsure
    assert {b: o for b, o in pairs.items() if in_order.get(b) != o} == {}


def test_a_subsection_moved_to_another_chapter_is_paired_or_unsure(base: tuple[object, list[object]]) -> None:
    text = ENGLISH.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = lines.index("### Retention Policy")
    end = lines.index("### Access to Other Features of Your Device")
    moved = lines[start:end]
    rest = lines[:start] + lines[end:]
    target = rest.index("### Contact Us")
    missing, extra, _ = _gaps(base, "\n".join(rest[:target] + moved + rest[target:]))
    assert "保留政策" not in missing
    assert extra == []


def test_reviewer_reordered_edition_exits_on_the_real_gap_only(tmp_path: Path) -> None:
    """The filed case: `## Security` moved after `## Your Rights`; 保留政策 was a sure section-missing."""
    preamble, blocks = _blocks(ENGLISH.read_text(encoding="utf-8"))
    folder = tmp_path / "smartmi"
    folder.mkdir()
    shutil.copy(SEED, folder / "zh-Hant.2021-03-30.txt")
    (folder / "en.2021-03-30.md").write_text(_text(preamble, [blocks[k] for k in (0, 1, 2, 4, 3, 5)]), encoding="utf-8")
    done = cli("compare", str(folder), "--format", "rich")
    assert "保留政策" not in done.stdout
    assert f"section missing: {ABSENT}" in done.stdout
    assert done.returncode == 1
