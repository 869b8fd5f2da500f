"""Forty-ninth session (lead): a Flutter helper that shows a local copy of its text parameter with markers taken out.

`eval/blind/round49e` chronic-tw-dart: `Widget _buildPolicyListItem(String text) { final cleanText = text.replaceAll('**',
''); … Text(cleanText, …) }` was no carrier of its parameter, so its 15 calls (the policy's list items, a contact line
with a slot) were dropped from the page without a word (`load.dart_carriers._shows_text`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string, rule_excerpts

ROOT = Path(__file__).resolve().parent.parent

_SCREEN = """import 'package:flutter/material.dart';

class PolicyScreen extends StatelessWidget {{
  Widget _item(String text) {{
    final {alias} = text{call};
    return Row(children: [
      const Icon(Icons.circle, size: 6),
      Expanded(child: Text({alias}, style: const TextStyle(fontSize: 14))),
    ]);
  }}

  @override
  Widget build(BuildContext context) {{
    return Scaffold(
      body: Column(children: [
        const Text('一、我們收集的資訊', style: TextStyle(fontWeight: FontWeight.bold)),
        _item('電子郵件地址：用於登入'),
        _item('服務熱線：(02) 1234-5678'),
      ]),
    );
  }}
}}
"""


@pytest.mark.parametrize(
    ("alias", "call"), [("cleanText", ".replaceAll('**', '')"), ("shown", ".trim()"), ("t", ".replaceAll(RegExp(r'\\*\\*'), '')")]
)
def test_a_local_copy_of_the_parameter_is_shown(alias: str, call: str) -> None:
    texts = [p.text for s in parse_string(_SCREEN.format(alias=alias, call=call), ".dart").sections for p in s.paragraphs]
    assert "電子郵件地址：用於登入" in texts and "服務熱線：(02) 1234-5678" in texts


def test_a_value_computed_from_the_parameter_is_not_its_text() -> None:
    screen = _SCREEN.format(alias="label", call=".length.toString()").replace("final label = text", "final label = text")
    texts = [p.text for s in parse_string(screen, ".dart").sections for p in s.paragraphs]
    assert "電子郵件地址：用於登入" not in texts  # (`text.length`: a number, not the text)


def test_round49e_chronic_reads_every_list_item(tmp_path: Path) -> None:
    path = ROOT / "eval/blind/round49e/dev/chronic-tw-dart/privacy_policy_screen.dart"
    text = path.read_text(encoding="utf-8")
    lines = [p.line for s in parse_string(text, ".dart").sections for p in s.paragraphs]
    assert {136, 137, 138, 143, 144, 145, 146, 151, 152, 153, 173, 174} <= set(lines)
    assert rule_excerpts(tmp_path, text, "placeholder-dummy-contact", "screen.dart") == ["(02) 1234-5678"]
