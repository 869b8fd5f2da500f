"""`policylens.rules.around`: what stands before or after a match, asked without copying the text (u32h).

The rules asked `text[:start].strip(chars)` of every match, a copy of the text before it: 250,000 `[ ]` slots in a
1 MB paragraph took 3 s in `placeholder-empty` alone.  The helpers must answer exactly what the slices did; the rules
that use them must still find and pass over what they did.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from helpers import rule_excerpts
from policylens.rules.around import ends_before, last_before, lstripped, only_after, only_before, rstripped

_CHARSETS = (" \t\u3000*#>-", " \t\u3000*_~`#>-", " \t\u3000*#>-（(【［[", " \t", "\\]^-[", " \t\u3000。.，,；;")
_ALPHABET = " \t\u3000\n*#>-_~`[]^\\（(【［。.，,；;a中1-%{"


def _samples(count: int) -> list[tuple[str, int]]:
    rng = random.Random(32)
    samples = []
    for _ in range(count):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 12)))
        samples.append((text, rng.randrange(0, len(text) + 2)))
    samples += [("", 0), ("   ", 3), ("a", 0), ("a", 1), ("  a", 2), ("a  ", 3)]
    return samples


@pytest.mark.parametrize("chars", _CHARSETS)
def test_helpers_answer_as_the_slices_did(chars: str) -> None:
    for text, at in _samples(3000):
        assert only_before(text, at, chars) == (not text[:at].strip(chars)), (text, at)
        assert only_after(text, at, chars) == (not text[at:].strip(chars)), (text, at)
        assert last_before(text, at, chars) == text[:at].rstrip(chars)[-1:], (text, at)
        assert rstripped(text, at, chars) == len(text[:at].rstrip(chars)), (text, at)
        rest = text[at:].lstrip(chars)
        assert lstripped(text, at, chars) == len(text) - len(rest), (text, at)
        assert ends_before(text, at, ("-", "》", "a"), chars) == text[:at].rstrip(chars).endswith(("-", "》", "a")), (text, at)


def test_default_is_whitespace_as_str_strip() -> None:
    for text, at in _samples(2000) + [("x\u2028\u00a0\x1c", 4), ("-\u3000\x0b", 3)]:
        assert last_before(text, at) == text[:at].rstrip()[-1:], (text, at)
        assert ends_before(text, at, "-") == text[:at].rstrip().endswith("-"), (text, at)
        assert only_before(text, at) == (not text[:at].strip()), (text, at)
        assert only_after(text, at) == (not text[at:].strip()), (text, at)
    for code in range(0x3100):  # every space `str.isspace` knows below U+3100, and the characters around them
        char = chr(code)
        assert only_before(char, 1) == (not char.strip()), hex(code)


def test_task_items_still_pass_over_and_slots_still_fire(tmp_path: Path) -> None:
    """placeholder-empty: `- [ ] 待辦` opening a line is a task item; `請參閱[ ]` and slots after it on a long line are slots."""
    assert rule_excerpts(tmp_path, "- [ ] 完成隱私設定\n", "placeholder-empty", "task.md") == []
    found = rule_excerpts(tmp_path, "對於我們收集的資料，請參閱[ ]以瞭解詳情。\n", "placeholder-empty", "slot.txt")
    assert found and "[ ]" in found[0]
    long_line = "請參閱[ ]與[ ]。" * 2000 + "\n"
    assert len(rule_excerpts(tmp_path, long_line, "placeholder-empty", "long.txt")) == 4000


def test_instruction_labels_still_read_from_the_paragraph_start(tmp_path: Path) -> None:
    """placeholder-instruction: a category in brackets opening its paragraph is a label (not reported); the same slot
    after words is reported, also far into a long paragraph."""
    assert rule_excerpts(tmp_path, "【个人信息类型】姓名、电话号码。\n", "placeholder-instruction", "label.txt") == []
    words = "我们收集您的信息。" * 3000
    found = rule_excerpts(tmp_path, words + "联系电话：【电话号码】。\n", "placeholder-instruction", "far.txt")
    assert found and "【电话号码】" in found[-1]
