"""Section numbers written with look-alike characters (a PDF copy or an old Big5 conversion): Kangxi
radicals (⼀ U+2F00 for 一, ⼆ U+2F06 for 二) and CJK compatibility ideographs (六 U+F9D1 for 六).

They number sections like the ordinary numerals (one of v8s's items, redone alone); the characters are
still reported by `lookalike-character`; a radical or compatibility ideograph that is no numeral
(⼈ U+2F08, 金 U+F90A) opens no numbered heading.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli, parse_string
from policylens.normalise import fold

TEXT = (
    "隐私政策\n\n"
    "⼀、总则\n本政策适用于所有服务。\n\n"
    "二、我们如何收集信息\n我们会收集您的信息。\n\n"
    "（⼀）账号信息\n我们收集手机号。\n\n"
    "（⼆）设备信息\n我们收集设备号。\n\n"
    "\uf9d1、联系我们\n请联系我们。\n"
)


def test_look_alike_numerals_number_sections() -> None:
    doc = parse_string(TEXT)
    assert [(s.title, s.level) for s in doc.sections if s.line] == [
        ("⼀、总则", 1),
        ("二、我们如何收集信息", 1),
        ("（⼀）账号信息", 2),
        ("（⼆）设备信息", 2),
        ("\uf9d1、联系我们", 1),
    ]


def test_the_look_alikes_are_still_reported(tmp_path: Path) -> None:
    path = tmp_path / "k.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = cli("check", str(path), "--format", "json", "--fail-on", "never", "--no-config")
    findings = [f for file in json.loads(result.stdout)["files"] for f in file["findings"] if f["rule"] == "lookalike-character"]
    assert sorted(f["line"] for f in findings) == [3, 9, 12, 15]


def test_a_look_alike_that_is_no_numeral_opens_no_heading() -> None:
    text = "隐私政策\n\n⼈、总则说明如下。\n正文。\n\n\uf90a、说明如下。\n正文。\n"
    assert [s.title for s in parse_string(text).sections if s.line] == []


def test_fold_reads_compatibility_ideographs_as_the_ideograph() -> None:
    assert fold("\uf9d1\u2f00\uf96b") == "六一參"
    assert fold("\ufa0e") == "\ufa0e"  # 﨎: a unified ideograph in the block (no compatibility form), kept
