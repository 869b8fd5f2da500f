"""Every curated regional term is reported, with its first suggestion, in a sentence of its region.

A term that a protected word or a longer key silently swallows would otherwise go unnoticed:
the tables are data, and this test is the case each data row needs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens import lexicon
from policylens.check import CheckOptions, check_file

TABLES = (("tw", "regional/cn-tw.tsv"), ("hk", "regional/cn-hk.tsv"), ("cn", "regional/tw-cn.tsv"), ("cn", "regional/hk-cn.tsv"))
CASES = [(region, key, values[0]) for region, table in TABLES for key, values in lexicon.mapping(table).items()]


@pytest.mark.parametrize(("region", "term", "suggestion"), CASES, ids=[f"{r}-{t}" for r, t, _ in CASES])
def test_curated_term_is_reported(region: str, term: str, suggestion: str, tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_text(f"我們說明：{term}。\n" if region != "cn" else f"我们说明：{term}。\n", encoding="utf-8")
    (tmp_path / "policylens.toml").write_text(f'region = "{region}"\nscript = "{"hans" if region == "cn" else "hant"}"\n', encoding="utf-8")
    findings = check_file(str(policy), CheckOptions(select=("regional-vocabulary",))).findings
    assert [(f.excerpt, f.suggestion) for f in findings] == [(term, suggestion)]


ERRORS = list(lexicon.mapping("regional/conversion-errors.tsv").items())


@pytest.mark.parametrize(("term", "forms"), ERRORS, ids=[t for t, _ in ERRORS])
def test_conversion_error_is_reported(term: str, forms: tuple[str, ...], tmp_path: Path) -> None:
    """Each row of `conversion-errors.tsv` is reported by `conversion-error` in a Traditional text, with its first form."""
    policy = tmp_path / "policy.txt"
    policy.write_text(f"我們說明：{term}。\n", encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('script = "hant"\n', encoding="utf-8")
    findings = check_file(str(policy), CheckOptions(select=("conversion-error",))).findings
    assert [(f.excerpt, f.suggestion) for f in findings] == [(term, forms[0])]
