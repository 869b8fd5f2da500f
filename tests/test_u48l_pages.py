"""Forty-eighth session (u48l): app pages that keep the policy in code, read where they were not (`load/`).

Each class is tested on forms constructed here, the real page of the evaluation set that showed it kept as a
regression case: a call of one string that gives the text shown (`{s('我們收集的資料')}`, eval/precision44
dsemarks-hk-jsx) and a JSX guard over the string `"0"` (`tests/test_hostile47.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from helpers import parse_file, parse_path

_CALLS = """export default function Privacy() {
  const en = lang === 'en';
  return (
    <section>
      <h2>{en ? 'Privacy Policy' : CALL('私隱政策')}</h2>
      <p>{CALL('我們只會在你同意後收集電郵地址。')}</p>
      <p>{t('privacy.body')}</p>
      <p>{CALL("本網站使用 Cookie 以改善服務。")}</p>
    </section>
  );
}
"""


def _paragraphs(doc: object) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]  # type: ignore[attr-defined]


@pytest.mark.parametrize("call", ["s", "toSimplified", "i18n.t", "tw", "_"])
def test_a_call_of_one_chinese_string_is_the_text_shown(tmp_path: Path, call: str) -> None:
    doc = parse_file(tmp_path, "Privacy.jsx", _CALLS.replace("CALL", call))
    assert doc.metadata.title == "私隱政策"
    assert _paragraphs(doc) == ["我們只會在你同意後收集電郵地址。", "本網站使用 Cookie 以改善服務。"]


@pytest.mark.parametrize(
    "child",
    [
        "{s('我們收集') + name}",  # computed
        "{format('我們收集 {n} 項', n)}",  # two arguments
        "{t('privacy.body')}",  # a key: its text lives in another file
        "{s('privacy.我們')}",  # key-shaped
        "{items.map((x) => x.includes('我們'))}",
        "{new Intl.DisplayNames('我們')}",
    ],
)
def test_a_call_that_computes_stays_code(tmp_path: Path, child: str) -> None:
    source = f"export default function P() {{\n  return (\n    <main>\n      <h1>隱私權政策</h1>\n      <p>{child}</p>\n      <p>我們收集姓名。</p>\n    </main>\n  );\n}}\n"
    doc = parse_file(tmp_path, "P.jsx", source)
    assert _paragraphs(doc) == ["我們收集姓名。"]


def test_dsemarks_chinese_edition_is_read() -> None:
    doc = parse_path(ROOT / "eval/precision44/dsemarks-hk-jsx/PrivacyPolicy.jsx")
    titles = [s.title for s in doc.sections if s.title]
    assert doc.metadata.title == "私隱政策" and titles[0] == "1. Information We Collect" and titles[5] == "1. 我們收集的資料"
    texts = _paragraphs(doc)
    assert "最後更新：2026 年" in texts and texts[-1].startswith("如對本私隱政策有任何疑問")
    assert any(t.endswith("本網站不對因使用本工具所作的決定承擔責任。") for t in texts)
