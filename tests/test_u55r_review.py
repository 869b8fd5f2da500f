"""Fifty-fifth session's review (u55r): a slot ending its paragraph is read as one.

`text[end : end + 1] in "：:"` asks whether a colon follows a bracket; at the end of the text the slice is empty, and the
empty string is in every string: 「本隐私政策适用于【App】」 with no stop after it read as a label before a colon (no slot),
where 「本隐私政策适用于【App】。」 was found (`placeholder_instruction.slots._app_label`; the same slip in
`placeholder_confirm_note._note` dropped 「公司名称：（待确认）」, tests/test_u55f_confirm_grammar.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_HANS, slot_findings


@pytest.mark.parametrize("line", ["本隐私政策适用于【App】", "本隐私政策适用于【App】。"])
def test_the_apps_generic_word_ending_its_paragraph_is_a_slot(tmp_path: Path, line: str) -> None:
    path = tmp_path / "policy.md"
    path.write_text(HEAD_HANS + line + "\n", encoding="utf-8")
    assert (7, "【App】") in {(n, e) for n, _, e in slot_findings(path)}


def test_a_label_before_its_colon_stays_quiet(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(HEAD_HANS + "【App】：我们的应用\n", encoding="utf-8")
    assert 7 not in {n for n, _, _ in slot_findings(path)}
