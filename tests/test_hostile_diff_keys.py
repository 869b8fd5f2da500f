"""`diff` keys every section once (issue #12 §1, 20,000 sections a side): shared keys must give the same diff.

Section matching, rename detection and each pair's paragraph alignment used to key the
same titles and paragraphs again.  `section_keys` computes them once; here every pair of
a real revision is diffed again with keys computed on the spot, and must not differ.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.diff import diff_documents
from policylens.diff.align import _side_script, _title_key, match_sections, section_keys
from policylens.diff.redline import diff_paragraphs

ROOT = Path(__file__).resolve().parent.parent / "corpora" / "mozilla-firefox-privacy"
REVISIONS = [("zh-Hans.2020-09-08.md", "zh-Hans.2022-03-10.md"), ("zh-Hant.2020-09-08.md", "zh-Hans.2022-03-10.md")]


@pytest.mark.parametrize(("old_name", "new_name"), REVISIONS)
def test_shared_keys_give_the_diff_of_keys_computed_on_the_spot(old_name: str, new_name: str) -> None:
    old, new = parse_path(ROOT / old_name), parse_path(ROOT / new_name)
    report = diff_documents(old, new)
    cross = report.cross_script
    sides = (_side_script(old), _side_script(new))  # as diff_documents keys them
    assert sum(s.old is not None and s.new is not None for s in report.sections) > 10
    for section in report.sections:
        if section.old is None or section.new is None or section.moved_from or section.moved_to:
            continue
        if [p.text for p in section.old.paragraphs] != [p.text for p in section.new.paragraphs]:
            changes, _, _ = diff_paragraphs(
                section.old.paragraphs, section.new.paragraphs, granularity="word", cross_script=cross, strict=False, scripts=sides
            )
            # (the diff marks a cross-script rewording afterwards: `reworded` is not the paragraphs' own output)
            assert [c for c in changes if not c.variant] == [c._replace(reworded=False) for c in section.changes if not c.variant]
        # (a heading re-worded in place across scripts is `title_reworded`, not renamed: fourteenth session)
        assert (section.renamed or section.title_reworded) == (
            _title_key(section.old, cross, False, sides[0]) != _title_key(section.new, cross, False, sides[1])
        )
    keys = section_keys(old.sections, new.sections, cross_script=cross, strict=False, scripts=sides)
    with_keys = match_sections(old.sections, new.sections, cross_script=cross, strict=False, scripts=sides, keys=keys)
    assert with_keys == match_sections(old.sections, new.sections, cross_script=cross, strict=False, scripts=sides)
