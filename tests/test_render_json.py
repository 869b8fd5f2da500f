"""The JSON renderer's fast paths give the objects the plain form gives."""

from __future__ import annotations

from policylens.model import Finding
from policylens.render.json import _finding


def test_finding_fields_end_with_item_and_reference() -> None:
    # `_finding` drops the last two fields of a rule's finding by position
    assert Finding._fields[-2:] == ("item", "reference")


def test_rule_finding_has_no_item_or_reference_keys() -> None:
    finding = Finding("placeholder-empty", "error", 3, 4, 3, 6, "empty placeholder 【】", "請參閱【】", None)
    expected = finding._asdict()
    del expected["item"], expected["reference"]
    assert _finding(finding) == expected
    assert list(_finding(finding)) == list(expected)  # same key order, so the same JSON text


def test_disclosure_finding_keeps_every_field() -> None:
    finding = Finding("disclosure-missing", "warning", 1, 1, 1, 1, "missing", "", None, "tw-pdpa/period", "個資法第8條")
    assert list(_finding(finding).items()) == list(finding._asdict().items())
