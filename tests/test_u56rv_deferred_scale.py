"""Review u56rv: `placeholder_drafting.deferred` asks whether a deferral's subject ends in a fact the policy owes with
`str.endswith` (a pattern ending in \\Z searched the whole sentence before each deferral: a paragraph of 20,000 of them
took 27 s).  Not timed: every fact word still ends a subject, and a long paragraph of deferrals is one finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import check_file
from policylens.check.options import CheckOptions
from policylens.rules.placeholder_drafting.deferred import _FACT_END


def _drafting(tmp_path: Path, body: str) -> list[tuple[int, int, int]]:
    path = tmp_path / "policy.md"
    path.write_text("# 隱私權政策\n\n" + body + "\n", encoding="utf-8")
    found = check_file(str(path), CheckOptions(no_config=True)).findings
    return [(f.line, f.column, f.end_column) for f in found if f.rule == "placeholder-drafting"]


@pytest.mark.parametrize("fact", _FACT_END)
def test_each_fact_word_ends_a_deferred_subject(tmp_path: Path, fact: str) -> None:
    assert _drafting(tmp_path, f"郵件服務的{fact}，將由公司正式確認後公告。") == [(3, 1, 18 + len(fact))]  # (its clause to the verb, 公告)


def test_a_long_paragraph_of_deferrals_is_one_finding(tmp_path: Path) -> None:
    one = "保存期限將由公司確認後公告，"
    assert _drafting(tmp_path, one * 2000) == [(3, 1, len(one) * 2000)]
