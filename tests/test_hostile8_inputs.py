"""Hostile input, round 8: inputs real users have (saved web pages, PDF-extracted text).

- **a declarative shadow root** (`<template shadowrootmode="open">`, Chrome's older
  `shadowroot`): a browser renders its content in place, so a saved web component's text is
  on the page.  It was skipped as an inert `<template>` (with a warning), so the policy's
  text in it was not read.  An ordinary `<template>` is still not read.
- **Kangxi radicals** from PDF text extraction (⼀ U+2F00 for 一, ⽤ U+2F64 for 用, and the
  CJK radical supplements with a compatibility mapping): they look exactly like the
  ideographs, and `diff` reported 「用於」 → 「⽤於」 as a change.  `normalise.fold`, the
  matching view every comparison uses, now reads them as the ideographs (length-preserving,
  so columns stay true); the text itself is kept as written.
- **a DOCX heading style based on a heading** (「政策章標題」 with `w:basedOn` Heading 1 and
  no outline level of its own, as companies' templates define them): Word shows it as a
  level-1 heading; its paragraphs were body text.  A style now takes its outline level and
  bold from its `basedOn` chain (a loop in the chain ends).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from helpers import cli, parse_string
from policylens.diff import diff_documents, has_changes
from policylens.normalise import KANGXI, fold


def _texts(doc: object) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]  # type: ignore[attr-defined]


@pytest.mark.parametrize("attribute", ['shadowrootmode="open"', 'shadowrootmode="closed"', 'shadowroot="open"', "SHADOWROOTMODE=open"])
def test_a_declarative_shadow_root_is_read_in_place(attribute: str) -> None:
    page = (
        "<h1>隱私權政策</h1><h2>一、資料收集</h2><p>第一段。</p>"
        f"<policy-text><template {attribute}><p>影子根中的條款【】。</p><template><p>內層模板</p></template></template>"
        "<span>元件文字</span></policy-text><p>最後一段。</p>"
    )
    doc = parse_string(page, suffix=".html")
    texts = _texts(doc)
    assert "影子根中的條款【】。" in texts
    assert "元件文字" in "".join(texts) and "最後一段。" in "".join(texts)
    assert "內層模板" not in "".join(texts)  # an inert template inside it stays unread


def test_a_shadow_root_finding_points_at_its_characters(tmp_path: Path) -> None:
    line = '<p>前文</p><x-a><template shadowrootmode="open"><p>請填寫【】。</p></template></x-a>'
    path = tmp_path / "p.html"
    path.write_text(f"<h1>隱私政策</h1>\n{line}\n", encoding="utf-8")
    done = cli("check", str(path), "--format", "json", "--select", "placeholder-empty")
    (finding,) = json.loads(done.stdout)["files"][0]["findings"]
    assert (finding["line"], finding["column"]) == (2, line.index("【】") + 1)


def test_an_ordinary_template_is_still_not_read() -> None:
    doc = parse_string("<h1>隱私政策</h1><p>正文。</p><template><p>模板文字</p></template>", suffix=".html")
    assert "模板文字" not in "".join(_texts(doc))


def test_every_kangxi_radical_folds_to_its_ideograph_and_keeps_the_length() -> None:
    assert len(KANGXI) >= 214  # the whole Kangxi block, and the supplement's two compatibility characters
    for code, ideograph in KANGXI.items():
        assert unicodedata.normalize("NFKC", chr(code)) == chr(ideograph)
        assert fold(chr(code)) == chr(ideograph)
    text = "⼀、我們⽤於提供服務，⼆、⻓期保存。"
    assert len(fold(text)) == len(text)
    assert fold(text) == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_pdf_extracted_kangxi_radicals_are_no_change_in_diff(suffix: str) -> None:
    body = "我們收集您的姓名與電話，用於提供服務。我們使用您的資料以改善產品。"
    radicals = {chr(v): chr(k) for k, v in KANGXI.items()}
    extracted = "".join(radicals.get(c, c) for c in body)
    assert extracted != body
    wrap = (
        (lambda t: f"<h1>隱私政策</h1><h2>一、收集</h2><p>{t}</p>")
        if suffix == ".html"
        else (lambda t: f"# 隱私政策\n\n## 一、收集\n\n{t}\n")
    )
    old, new = parse_string(wrap(body), suffix=suffix), parse_string(wrap(extracted), suffix=suffix)
    assert not has_changes(diff_documents(old, new))
    assert extracted in _texts(new)  # the text itself is kept as written


def _docx_with_custom_headings(tmp_path: Path, *, loop: bool = False) -> Path:
    docx = pytest.importorskip("docx")
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    chapter = document.styles.add_style("政策章標題", WD_STYLE_TYPE.PARAGRAPH)
    chapter.base_style = document.styles["Heading 1"]
    body = document.styles.add_style("說明", WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = document.styles["Normal"]
    if loop:  # a basedOn loop (a damaged file) ends, and the styles still read
        a = document.styles.add_style("甲", WD_STYLE_TYPE.PARAGRAPH)
        b = document.styles.add_style("乙", WD_STYLE_TYPE.PARAGRAPH)
        a.base_style, b.base_style = b, a
        document.add_paragraph("迴圈樣式的段落。", style="甲")
    document.add_paragraph("關於我們", style="政策章標題")
    document.add_paragraph("我們是一家提供智慧家電服務的公司。", style="說明")
    document.add_paragraph("我們收集的資料", style="政策章標題")
    document.add_paragraph("帳號資料", style="Heading 2")  # a built-in heading beside them: text inference is off
    document.add_paragraph("我們收集您的姓名與電話。", style="說明")
    path = tmp_path / "custom.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("loop", [False, True], ids=["chain", "loop"])
def test_a_docx_heading_style_based_on_a_heading_is_a_heading(tmp_path: Path, loop: bool) -> None:
    from policylens.load.document import read_document

    doc = read_document(str(_docx_with_custom_headings(tmp_path, loop=loop)))
    outline = [(s.title, s.level) for s in doc.sections if s.title]
    assert outline == [("關於我們", 1), ("我們收集的資料", 1), ("帳號資料", 2)]
