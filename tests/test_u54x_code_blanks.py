"""u54x class 2: a code file (`.tsx`, `.jsx`, a React `.js`, `.vue`) indented and spaced with JavaScript's non-ASCII blanks
(U+3000, no-break space, en space, U+202F, a byte-order mark inside the file) read as the same page written with ASCII
spaces; before, a `.tsx` so written read as "the document is empty" (u53h's hostile form).  A blank touching Chinese
text (a paragraph's 「　　」 indentation) stays text.  Texts invented; real documents respaced stay as regressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROUTED_VUE_PAGE, parse_file, parse_path
from policylens.load.jsx import code_blanks

_ROOT = Path(__file__).resolve().parent.parent
_BLANKS = {"u3000": "\u3000", "nbsp": "\u00a0", "enspace": "\u2002", "nnbsp": "\u202f", "feff": "\ufeff"}

_TSX = """import React from 'react';

export default function Privacy() {
  return (
    <main className="page">
      <h1>隱私權政策</h1>
      <h2 className="title">一、我們蒐集的資料</h2>
      <p>　　我們蒐集您的姓名、電話號碼及電子郵件地址，用於建立及管理您的帳號。</p>
      <h2 className="title">二、聯絡我們</h2>
      <p>如對本政策有任何疑問，請以電子郵件與我們聯絡，我們將於十個工作天內回覆。</p>
    </main>
  );
}
"""


def _vue() -> str:
    # (a uni-app page whose script picks one of two documents: u53h's form; tests/vue_helpers.py)
    return ROUTED_VUE_PAGE.replace("INITIAL", "AGREEMENT").replace("ASSIGN", "this.doc = q.doc ? PRIVACY : AGREEMENT;")


def _shape(doc):  # type: ignore[no-untyped-def]
    return [(s.line, s.title) for s in doc.sections if s.title], [(p.line, p.text) for s in doc.sections for p in s.paragraphs]


@pytest.mark.parametrize("blank", sorted(_BLANKS))
@pytest.mark.parametrize("suffix", [".tsx", ".jsx"])
def test_a_react_page_spaced_with_other_blanks_reads_as_with_spaces(tmp_path: Path, blank: str, suffix: str) -> None:
    plain = parse_file(tmp_path, "plain" + suffix, _TSX)
    spaced = parse_file(tmp_path, "spaced" + suffix, _TSX.replace(" ", _BLANKS[blank]))
    assert _shape(spaced) == _shape(plain)
    assert ("一、我們蒐集的資料" in [t for _, t in _shape(plain)[0]]) and not spaced.warnings


@pytest.mark.parametrize("blank", sorted(_BLANKS))
def test_a_vue_page_spaced_with_other_blanks_reads_as_with_spaces(tmp_path: Path, blank: str) -> None:
    plain = parse_file(tmp_path, "plain.vue", _vue())
    spaced = parse_file(tmp_path, "spaced.vue", _vue().replace(" ", _BLANKS[blank]))
    shown = [(line, text.replace(_BLANKS[blank], " ")) for line, text in _shape(spaced)[1]]
    assert shown == _shape(plain)[1]
    assert len(_shape(plain)[0]) >= 2 and _shape(spaced)[0] == _shape(plain)[0]


def test_a_blank_touching_chinese_stays_text() -> None:
    code = "export\u3000default\u00a0function P() {\n\u3000\u3000return (<p>\u3000\u3000第一條\u3000本公司</p>);\n}"
    assert code_blanks(code) == "export default function P() {\n  return (<p>\u3000\u3000第一條\u3000本公司</p>);\n}"
    assert code_blanks("只有中文") == "只有中文"


def test_a_page_whose_text_alone_holds_no_break_spaces_is_left_as_written() -> None:
    """(eval/precision32 zhiqu-agreement-vue: 「\u00a0\u00a0(1) 智趣猴…」 lines of a uni-app `<text>`; a first version
    turned them into spaces, and the `<text>`'s lines into false headings 「(5)」)"""
    page = "<template>\n  <text>\n    \u00a0\u00a0(1) 我們依法提供資料；\u00a0\u00a0(2)\n  </text>\n</template>\n"
    assert code_blanks(page) == page
    real = (_ROOT / "eval/precision32/zhiqu-agreement-vue/index.vue").read_text(encoding="utf-8")
    assert code_blanks(real) == real


def test_the_indentation_of_a_paragraph_is_kept() -> None:
    """The paragraph's 「　　」 indentation (U+3000 touching Chinese) stays in the code while every other U+3000 becomes a
    space: the page read back is the page as written (u54r2: the former test accepted the paragraph with or without its
    indentation after parsing, which strips it either way, so it could not fail)."""
    respaced = code_blanks(_TSX.replace(" ", "\u3000"))
    assert "<p>\u3000\u3000我們蒐集" in respaced
    assert respaced == _TSX


@pytest.mark.parametrize(
    "path",
    [
        "eval/structure52/dev/taro-tsx/index.tsx",
        "eval/structure30/dev/sliver-tsx/index.tsx",
        "eval/structure34b/dev/ida-privacy-vue/privacy-policy.vue",
    ],
)
def test_real_pages_respaced_with_u3000_keep_their_headings(tmp_path: Path, path: str) -> None:
    source = (_ROOT / path).read_text(encoding="utf-8")
    plain = parse_path(_ROOT / path)
    spaced = parse_file(tmp_path, "page" + Path(path).suffix, source.replace(" ", "\u3000"))
    assert [(s.line, (s.title or "").replace("\u3000", " ")) for s in spaced.sections if s.title] == [
        (s.line, s.title) for s in plain.sections if s.title
    ]
