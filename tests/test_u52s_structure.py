"""Classes of the fifty-second session's structure helper (u52s), each both ways; every text below is invented, the real
documents stay as regressions at the end of each part.

1. A React page holding two editions whose first-shown one is written second (eval/structure51s lumin-tsx:
   `const [isEnglishMode, setIsEnglishMode] = useState(false)`, an early `if (isEnglishMode) { return (…<h1>Lumin Privacy
   Policy</h1>…) }`, then the default `return (…<h1>Lumin 隐私政策</h1>…)`): the page first shows the default return, so its
   h1 is the title (`load/jsx_default_edition.py`, `structure/headings/shown_first.py`).  Only when the state's initial
   value is a literal the condition rejects, the default return follows the branch at once, and its h1 names a document.
2. A React page's menu, breadcrumb or footer marked only by its `className` (「navbar」, 「legal-page__nav」, 「breadcrumb」,
   「footer」) is page chrome as the HTML reader's `class` is (`load/html/extractor.py`, `chrome_lines.jsx_chrome_class`):
   by whole class words, so Tailwind's 「text-brand-navy」 and a wrapper's 「logo-bg-animation」 name nothing; a
   「footer-note」 holding the policy's sentences and a `<section>` stay text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import chrome_texts, headings, paragraph_texts, parse_file, parse_path

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


# --- 2. page chrome named by a React element's className ------------------------------------------------------------

_CHROME_PAGE = """export default function Privacy() {{
  return (
    <div className="{wrapper}">
      <div className="{nav}">
        <a href="/">{home}</a>
        <a href="/about">{about}</a>
      </div>
      <div className="breadcrumb">{home} / {name}</div>
      <main>
        <h1>{name}</h1>
        <h2>{first}</h2>
        <p>{sentence}</p>
        <div className="footer-note">
          <h2>{second}</h2>
          <p>{contact}</p>
        </div>
      </main>
      <div className="footer">
        <p>© 2025 {company}</p>
        <a href="/terms">{terms}</a>
      </div>
    </div>
  );
}}
"""
_CHROME_WORDS = {
    "hans": dict(
        home="首页",
        about="关于我们",
        name="示例隐私政策",
        first="一、我们收集的信息",
        sentence="我们仅收集必要的信息。",
        second="二、联系我们",
        contact="如有疑问，请联系我们。",
        company="示例科技",
        terms="用户协议",
    ),
    "hant": dict(
        home="首頁",
        about="關於我們",
        name="示例隱私權政策",
        first="一、我們蒐集的資料",
        sentence="我們僅蒐集必要的資料。",
        second="二、聯絡我們",
        contact="如有疑問，請聯絡我們。",
        company="示例科技",
        terms="使用者條款",
    ),
    "en": dict(
        home="Home",
        about="About us",
        name="Example Privacy Policy",
        first="1. What We Collect",
        sentence="We collect only what we need.",
        second="2. Contact Us",
        contact="Write to us with any question.",
        company="Example Ltd",
        terms="Terms",
    ),
}


@pytest.mark.parametrize("nav", ["navbar", "site-nav", "legal-page__nav", "nav d-block", "nav-links", "sidebar"])
@pytest.mark.parametrize("language", sorted(_CHROME_WORDS))
def test_class_named_chrome_of_a_react_page(tmp_path: Path, nav: str, language: str) -> None:
    words = _CHROME_WORDS[language]
    doc = parse_file(tmp_path, "privacy.tsx", _CHROME_PAGE.format(wrapper="min-h-screen", nav=nav, **words))
    chrome = chrome_texts(doc)
    assert f"{words['home']} / {words['name']}" in chrome
    assert f"© 2025 {words['company']}" in chrome or language == "en"  # (an English page's footer: as the HTML reader reads it)
    assert any(words["about"] in line for line in chrome)
    # the policy stays: its title, both sections (one inside a 「footer-note」) and their sentences
    assert doc.metadata.title == words["name"]
    assert [title for _, _, title in headings(doc)] == [words["first"], words["second"]]
    assert not chrome & {words["sentence"], words["contact"], words["first"], words["second"]}
    # the same page as HTML marks the same lines
    html = parse_file(tmp_path, "privacy.html", _CHROME_PAGE.format(wrapper="page", nav=nav, **words).replace("className=", "class="))
    assert chrome_texts(html) == chrome


@pytest.mark.parametrize(
    ("nav", "wrapper"),
    [
        ("text-brand-navy font-bold", "min-h-screen"),  # Tailwind: a colour named navy
        ("bg-navy-950 py-16", "min-h-screen"),
        ("menu-note", "logo-bg-animation flex"),  # a wrapper's decoration named after the logo
        ("navigator", "min-h-screen"),
        ("canvas", "min-h-screen"),
    ],
)
def test_class_words_naming_no_chrome_leave_the_page_as_it_was(tmp_path: Path, nav: str, wrapper: str) -> None:
    words = _CHROME_WORDS["hans"]
    doc = parse_file(tmp_path, "privacy.tsx", _CHROME_PAGE.format(wrapper=wrapper, nav=nav, **words))
    assert not any(words["about"] in line for line in chrome_texts(doc))
    assert [title for _, _, title in headings(doc)] == [words["first"], words["second"]]


def test_a_nav_class_holding_sentences_stays_text(tmp_path: Path) -> None:
    page = """export default function Privacy() {
  return (
    <main>
      <h1>示例隐私政策</h1>
      <div className="policy-nav">
        <p>本政策说明我们如何收集、使用和保护您的个人信息，请您仔细阅读。</p>
      </div>
      <h2>一、我们收集的信息</h2>
      <p>我们仅收集必要的信息。</p>
    </main>
  );
}
"""
    doc = parse_file(tmp_path, "privacy.tsx", page)
    assert "本政策说明我们如何收集、使用和保护您的个人信息，请您仔细阅读。" in paragraph_texts(doc)
    assert not chrome_texts(doc)
