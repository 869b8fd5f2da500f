"""u54q2: a comment between a condition's operator and the element it chooses (`{locale === "zh" ? (\n/* 中文版 */\n
<section>…</section>) : (…)}`) read as the page renders it: both language editions kept (`load/jsx/expressions.py`
`_past_comments`).  eval/profiles54q oneppt-bil's whole policy (both editions) was blanked as code without a word.
Every text below is invented; the real page stays as a regression at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_PAGE = """export default function Privacy() {
  const { locale } = useTranslation();
  return (
    <main>
      {locale === "zh" ? (
        %s
        <section>
          <h1>示例隐私政策</h1>
          <p>我们仅收集提供服务所必需的信息。</p>
        </section>
      ) : (
        %s
        <section>
          <h1>Sample Privacy Policy</h1>
          <p>We collect only the information we need.</p>
        </section>
      )}
    </main>
  );
}
"""

_COMMENTS = [
    ("/* 中文版 */", "/* English Version */"),
    ("// 中文版", "// English version"),
    ("/* 中文 */ /* 简体 */", "// English\n        // (US)"),
    ("/**\n         * 中文版\n         */", "/* en */"),
]


@pytest.mark.parametrize(("zh", "en"), _COMMENTS)
def test_both_editions_read_past_comments(tmp_path: Path, zh: str, en: str) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _PAGE % (zh, en))
    texts = paragraph_texts(doc)
    assert "我们仅收集提供服务所必需的信息。" in texts
    assert "We collect only the information we need." in texts
    assert [t for _, _, t in headings(doc)][-1] == "Sample Privacy Policy"
    assert not any("中文版" in t or "English Version" in t for t in texts)  # a comment is no text


def test_without_comments_unchanged(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _PAGE % ("", ""))
    assert "我们仅收集提供服务所必需的信息。" in paragraph_texts(doc)
    assert "We collect only the information we need." in paragraph_texts(doc)


def test_comparison_after_comment_stays_code(tmp_path: Path) -> None:
    page = """export default function P() {
  return (
    <div>
      <p>我们保存您的信息。</p>
      {count /* 数量 */ < limit ? "" : ""}
    </div>
  );
}
"""
    texts = paragraph_texts(parse_file(tmp_path, "p.tsx", page))
    assert texts == ["我们保存您的信息。"]


def test_oneppt_regression() -> None:
    doc = parse_path(_ROOT / "eval/profiles54q/docs/oneppt-bil/page.tsx")
    titles = [t for _, _, t in headings(doc)]
    assert "1. 我们收集的信息" in titles and "11. 联系我们" in titles
    assert "1. Information We Collect" in titles and "11. Contact Us" in titles
    assert len(paragraph_texts(doc)) >= 60  # lead54: 2 ('OnePPT' and the last mailto)
