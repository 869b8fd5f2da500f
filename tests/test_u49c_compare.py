"""Forty-ninth session (u49c): compare's classes from eval/editions49 and the forty-eighth session's open items.

- An edition written as a React page (`zh-TW.2024-01-01.tsx`, `en.2024-01-01.jsx`) in a product folder is read, as
  `check` reads a component it is named (`load.NAMED_ONLY`): `compare` passed it over without a word, and the product
  had one edition only ("no other edition to compare", exit 0).  A component not named as an edition (`Privacy.tsx`)
  is still no edition.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, sure_facts
from policylens.compare import discover_products

EN_MD = "# Privacy Policy\n\n## Contact\n\nEmail us at help@example.com.\n\n## Retention\n\nWe keep logs for 30 days.\n"

TSX = """export default function Privacy() {{
  return (
    <main>
      <h1>隱私政策</h1>
      <h2>聯絡我們</h2>
      <p>請寄信至 {mail}。</p>
      <h2>保存期限</h2>
      <p>記錄保存 30 天。</p>
    </main>
  );
}}
"""


@pytest.mark.parametrize("suffix", [".tsx", ".jsx", ".TSX"])
def test_an_edition_written_as_a_react_page_is_compared(tmp_path: Path, suffix: str) -> None:
    product = compare_folder(tmp_path / "p", {"en.2024-01-01.md": EN_MD, f"zh-TW.2024-01-01{suffix}": TSX.format(mail="help@example.com")})
    assert sorted(e["id"] for e in product["editions"]) == ["en.2024-01-01", "zh-TW.2024-01-01"]
    assert sure_facts(product) == []


def test_a_react_edition_s_changed_email_is_reported(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "p", {"en.2024-01-01.md": EN_MD, "zh-TW.2024-01-01.tsx": TSX.format(mail="privacy@example.org")})
    assert any(kind == "fact" and "privacy@example.org" in str(what) for kind, what in sure_facts(product)), sure_facts(product)


def test_a_component_not_named_as_an_edition_is_no_edition(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "en.2024-01-01.md").write_text(EN_MD, encoding="utf-8")
    (folder / "zh-TW.2024-01-01.md").write_text(EN_MD, encoding="utf-8")
    (folder / "Privacy.tsx").write_text(TSX.format(mail="x@example.com"), encoding="utf-8")
    (folder / "layout.jsx").write_text("export default () => null;\n", encoding="utf-8")
    found = discover_products([str(folder)])
    assert [e.path.rsplit("/", 1)[-1] for p in found.products for e in p.editions] == ["en.2024-01-01.md", "zh-TW.2024-01-01.md"]
    assert not any("tsx" in w or "jsx" in w for w in found.warnings)
