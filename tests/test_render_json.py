"""The JSON renderer's fast paths give the objects the plain form gives."""

from __future__ import annotations

from policylens.model import Finding
from policylens.render.json import _finding


def test_finding_fields_end_with_item_reference_and_columns() -> None:
    # `_finding` drops the last fields of a rule's finding by position
    assert Finding._fields[-3:] == ("item", "reference", "columns")


def test_rule_finding_has_no_item_or_reference_keys() -> None:
    finding = Finding("placeholder-empty", "error", 3, 4, 3, 6, "empty placeholder 【】", "請參閱【】", None)
    expected = finding._asdict()
    del expected["item"], expected["reference"], expected["columns"]
    assert _finding(finding) == expected
    assert list(_finding(finding)) == list(expected)  # same key order, so the same JSON text


def test_disclosure_finding_keeps_every_field() -> None:
    finding = Finding("disclosure-missing", "warning", 1, 1, 1, 1, "missing", "", None, "tw-pdpa/period", "個資法第8條")
    assert list(_finding(finding).items()) == list(finding._asdict().items())[:-1]  # no columns: one occurrence


def test_a_merged_repeat_adds_occurrences_and_columns_last() -> None:
    finding = Finding("placeholder-instruction", "error", 3, 4, 3, 8, "m", "XXXX", None, None, None, (4, 12))
    entry = _finding(finding)
    assert list(entry)[-2:] == ["occurrences", "columns"] and (entry["occurrences"], entry["columns"]) == (2, [4, 12])
    assert {k: v for k, v in entry.items() if k not in ("occurrences", "columns")} == _finding(finding._replace(columns=()))
