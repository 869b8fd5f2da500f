"""GFM footnote definitions (`[^1]: text`) are text of the policy.  CommonMark took one whose
text has no space for a link reference definition and dropped it, 【】 and all."""

from __future__ import annotations

from pathlib import Path

from helpers import cli, parse_string


def test_a_footnote_definition_is_a_paragraph() -> None:
    doc = parse_string("# 隱私權政策\n\n我們會保存資料[^1]。\n\n[^1]: 保存期限為三年，期滿後刪除。\n", ".md")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts == ["我們會保存資料[^1]。", "[^1]: 保存期限為三年，期滿後刪除。"]


def test_a_slot_in_a_footnote_is_found_at_its_column(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隱私權政策\n\n我們會保存資料[^1]。\n\n[^1]: 保存期限為【】年，期滿後刪除。\n", encoding="utf-8")
    out = cli("check", str(path), "--format", "text", "--select", "placeholder-empty,placeholder-instruction").stdout
    assert [line.split(" ", 1)[0] for line in out.splitlines()[:-1]] == [f"{path}:5:12:"]


def test_a_link_reference_definition_is_still_not_text() -> None:
    doc = parse_string("# 隱私權政策\n\n詳見[說明][note]。\n\n[note]: https://example.org/privacy\n", ".md")
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["詳見[說明][note]。"]
