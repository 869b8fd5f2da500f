"""Classes of the fifty-second session's structure helper (u52s), each both ways; every text below is invented, the real
documents stay as regressions at the end of each part.

1. A React page holding two editions whose first-shown one is written second (eval/structure51s lumin-tsx:
   `const [isEnglishMode, setIsEnglishMode] = useState(false)`, an early `if (isEnglishMode) { return (…<h1>Lumin Privacy
   Policy</h1>…) }`, then the default `return (…<h1>Lumin 隐私政策</h1>…)`): the page first shows the default return, so its
   h1 is the title (`load/jsx_default_edition.py`, `structure/headings/shown_first.py`).  Only when the state's initial
   value is a literal the condition rejects, the default return follows the branch at once, and its h1 names a document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent
_S51S = _ROOT / "eval" / "structure51s"

# --- 1. the edition shown first, written second ---------------------------------------------------------------------

_EDITIONS = {
    "hans": ("Example Privacy Policy", "1. What We Collect", "示例隐私政策", "一、我们收集的信息", "我们仅收集必要的信息。"),
    "hant": ("Example Privacy Policy", "1. What We Collect", "示例隱私權政策", "一、我們蒐集的資料", "我們僅蒐集必要的資料。"),
    "en-default": ("示例隐私政策", "一、我们收集的信息", "Example Privacy Policy", "1. What We Collect", "We collect only what we need."),
}


def _page(state: str, condition: str, edition: str = "hans", between: str = "") -> str:
    other, other_section, name, section, sentence = _EDITIONS[edition]
    return f""""use client";
import {{ useState }} from "react";

export default function Privacy() {{
  const [{state}] = useState{condition[0]};

  if ({condition[1]}) {{
    return (
      <main>
        <h1>{other}</h1>
        <h2>{other_section}</h2>
        <p>Some text of the other edition, written as a sentence.</p>
      </main>
    );
  }}
{between}
  return (
    <main>
      <h1>{name}</h1>
      <h2>{section}</h2>
      <p>{sentence}</p>
    </main>
  );
}}
"""


_SHOWN_SECOND = [
    ("isEnglishMode, setIsEnglishMode", ("(false)", "isEnglishMode")),
    ("isEnglish, setIsEnglish", ("<boolean>(false)", "isEnglish")),
    ("lang, setLang", ("(null)", "lang")),
    ("en, setEn", ("()", "en")),
    ("showEn, setShowEn", ("(0)", "showEn")),
    ("isChinese, setIsChinese", ("(true)", "!isChinese")),
]


@pytest.mark.parametrize("edition", sorted(_EDITIONS))
@pytest.mark.parametrize(("state", "condition"), _SHOWN_SECOND)
def test_default_edition_written_second_titles_the_page(tmp_path: Path, edition: str, state: str, condition: tuple[str, str]) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _page(state, condition, edition))
    _, other_section, name, section, _ = _EDITIONS[edition]
    assert (doc.metadata.title, doc.metadata.title_line) == (name, 19)
    found = headings(doc)
    assert (19, 1, name) not in found
    assert [title for _, _, title in found] == [other_section, section]
    assert {level for _, level, _ in found} == {1}


_SHOWN_FIRST = [
    ("isEnglishMode, setIsEnglishMode", ("(true)", "isEnglishMode")),  # starts true: the branch is shown first
    ("isEnglishMode, setIsEnglishMode", ("(isEnglishPreference())", "isEnglishMode")),  # not a literal
    ("isEnglishMode, setIsEnglishMode", ("(false)", "!isEnglishMode")),  # the condition takes the initial value
    ("lang, setLang", ("('en')", "lang")),  # a string: the condition takes it
    ("isEnglishMode, setIsEnglishMode", ("(false)", "otherFlag")),  # a condition on another name
]


@pytest.mark.parametrize(("state", "condition"), _SHOWN_FIRST)
def test_branch_shown_first_or_uncertain_keeps_the_first_title(tmp_path: Path, state: str, condition: tuple[str, str]) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _page(state, condition))
    assert doc.metadata.title == "Example Privacy Policy"


def test_code_between_branch_and_default_return_keeps_the_first_title(tmp_path: Path) -> None:
    between = "  if (loading) {\n    return null;\n  }\n"
    doc = parse_file(tmp_path, "privacy.tsx", _page("isEnglishMode, setIsEnglishMode", ("(false)", "isEnglishMode"), between=between))
    assert doc.metadata.title == "Example Privacy Policy"


def test_default_return_not_naming_a_document_keeps_the_first_title(tmp_path: Path) -> None:
    # a "you declined" screen in the branch, the consent dialog by default (eval/blind/round39 fanshiji-jsx's shape):
    # the dialog's 「请先阅读以下内容」 names no document, so the first reading stands
    text = _page("rejected, setRejected", ("(false)", "rejected")).replace("<h1>示例隐私政策</h1>", "<h1>请先阅读以下内容</h1>")
    doc = parse_file(tmp_path, "privacy.tsx", text)
    assert doc.metadata.title == "Example Privacy Policy"


def test_html_page_is_not_read_for_branches(tmp_path: Path) -> None:
    # the same words in an HTML page's script are no React component: nothing moves
    html = "<html><body><h1>Example Privacy Policy</h1><h2>1. What We Collect</h2><p>We collect only what we need.</p>" + (
        "<h1>示例隐私政策</h1><h2>一、我们收集的信息</h2><p>我们仅收集必要的信息。</p></body></html>"
    )
    doc = parse_file(tmp_path, "privacy.html", html)
    assert doc.metadata.title == "Example Privacy Policy"


def test_real_lumin_tsx() -> None:
    doc = parse_path(_S51S / "holdout" / "lumin-tsx" / "privacy.tsx")
    assert (doc.metadata.title, doc.metadata.title_line) == ("Lumin 隐私政策", 153)
    found = headings(doc)
    assert len(found) == 16
    assert {level for _, level, _ in found} == {1}
    assert found[0] == (46, 1, "1. Information We Collect and Why")
    assert found[8] == (158, 1, "一、我们收集的信息及用途")
