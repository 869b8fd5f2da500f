"""u56j class 3 (issue #11): a slot or drafting note in the branch of a React page's condition that the reader does not
read (`{company ? '宇果資訊股份有限公司' : '【公司名稱】'}`: the longer branch is read, the other warned of) is reported by
`check`'s placeholder rules at its own line and column, in the page as it shows that branch (`Parsed.branches`,
`check._branch_document`); nothing else of the page changes.  Forms in .tsx and .jsx (and a .js React page); the real
file eval/blind/round55q ruiyang-tw-tsx kept as a regression (its branch reachable; its wording no rule's yet)."""

from __future__ import annotations

from pathlib import Path

from helpers import paragraph_texts, parse_file
from policylens.check import _branch_document
from policylens.check.options import CheckOptions
from policylens.load import load

_ROOT = Path(__file__).resolve().parent.parent

_PAGE = """export default function Privacy({ company }: { company?: string }) {
  return (
    <main>
      <h1>隱私權政策</h1>
      <p>本網站由{company ? '宇果資訊股份有限公司' : '【公司名稱】'}經營，我們重視您的個人資料保護。</p>
      <p>{company ? '如有疑問，請來信與我們聯絡，我們會盡快回覆。' : '聯絡方式：[請填寫客服信箱]'}</p>
      <h2>{company ? '個人資料的蒐集' : '資料蒐集'}</h2>
      <p>本頁說明我們如何蒐集、處理及利用您的個人資料。</p>
    </main>
  );
}
"""


def _findings(path: Path) -> list[tuple[int, int, str]]:
    from policylens.check import check_file

    report = check_file(str(path), CheckOptions(no_config=True))
    return [(f.line, f.column, f.rule) for f in report.findings if f.rule.startswith("placeholder-")]


def test_feixiang_branch_heading_not_reported() -> None:
    # (the first version read the branch alone, `用户协议正文` under `用户协议`: a false error, eval/blind/round47 feixiang-jsx:42)
    assert _findings(_ROOT / "eval/blind/round47/dev/feixiang-jsx/LegalPage.jsx") == [(37, 11, "placeholder-instruction")]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_slots_in_unread_branches_are_reported_tsx(tmp_path: Path) -> None:
    path = _write(tmp_path, "privacy.tsx", _PAGE)
    assert _findings(path) == [(5, 41, "placeholder-instruction"), (6, 54, "placeholder-instruction")]  # base56: none
    doc = parse_file(tmp_path, "again.tsx", _PAGE)
    assert "【公司名稱】" not in "".join(paragraph_texts(doc))  # (the page read as before: the longer branch)
    assert sum("a condition's other branch" in w for w in doc.warnings) == 3


def test_slots_in_unread_branches_are_reported_jsx_and_js(tmp_path: Path) -> None:
    page = _PAGE.replace(": { company?: string }", "")
    assert len(_findings(_write(tmp_path, "privacy.jsx", page))) == 2
    assert len(_findings(_write(tmp_path, "privacy.js", "import React from 'react';\n" + page))) == 2


def test_a_branch_keeps_its_twins_place_and_kind(tmp_path: Path) -> None:
    loaded = load(str(_write(tmp_path, "privacy.tsx", _PAGE)))
    kinds = {b.text: (b.kind, b.line) for b in loaded.parsed.branches}
    assert kinds["資料蒐集"] == ("heading", 7)  # (a heading as its twin: the rules read it as the page would show it)
    side = _branch_document(loaded)
    assert side is not None
    titles = [s.title for s in side[0].sections]
    assert "資料蒐集" in titles and "個人資料的蒐集" not in titles


def test_clean_branches_add_nothing(tmp_path: Path) -> None:
    page = _PAGE.replace("'【公司名稱】'", "'本公司'").replace("'聯絡方式：[請填寫客服信箱]'", "'請來信聯絡我們。'")
    assert _findings(_write(tmp_path, "privacy.tsx", page)) == []


def test_ruiyang_branch_is_reachable() -> None:
    loaded = load(str(_ROOT / "eval/blind/round55q/holdout/ruiyang-tw-tsx/page.tsx"))
    assert [(b.line, b.text[:9]) for b in loaded.parsed.branches] == [(38, "以下說明線上諮詢表")]
