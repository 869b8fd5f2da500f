"""What the redline renderers show of app-rendered Markdown, second wave (thirty-fifth session, u35m).

`diff --format markdown` showed a Markdown source's markup escaped (`\\*\\*bold\\*\\*`, `\\<br\\>`) where text, rich and HTML
show the words (u35p, `render/markup.py`).  It now takes the same decision: the words shown, a change made only of
markup shown as its source and marked `_(markup only)_`, links kept as written; the Markdown escaping of everything
else stays (a `*` that is text is still escaped, so a viewer does not read emphasis into it).  The JSON is unchanged.
"""

from __future__ import annotations

import io
from pathlib import Path

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.model import Document

ROOT = Path(__file__).resolve().parents[1]

OLD = "# 隐私政策\n\n## 一、收集\n\n我们收集**手机号码**用于登录。<br> <br>\n\n<br> <br>\n\n我们不会出售您的信息。\n"
NEW = "# 隐私政策\n\n## 一、收集\n\n我们收集**手机号码和邮箱**用于登录。<br> <br>\n\n<br> <br>\n\n我们**不会**出售您的信息。\n"


def _pair(suffix: str, old: str = OLD, new: str = NEW) -> tuple[Document, Document]:
    return parse_string(old, suffix), parse_string(new, suffix)


def _markdown(old: Document, new: Document, *, strict: bool = False, **kwargs: object) -> str:
    from policylens.render.markdown import render_diff

    out = io.StringIO()
    render_diff(diff_documents(old, new, strict=strict), out, **kwargs)
    return out.getvalue()


def test_markdown_redline_shows_words_of_markdown() -> None:
    md = _markdown(*_pair(".md"))
    assert "我们收集手机号码**和邮箱**用于登录。\n" in md
    assert "\\*\\*" not in md and "\\<br\\>" not in md and "&lt;br" not in md


def test_markdown_redline_escapes_asterisks_of_plain_text() -> None:
    md = _markdown(*_pair(".txt"), strict=True)  # a .txt policy: its asterisks are what the reader reads
    assert "\\*\\*手机号码**和邮箱**\\*\\*用于登录。\\<br\\> \\<br\\>" in md


def test_markdown_redline_escapes_a_star_that_is_text() -> None:
    old = "# 政策\n\n## 一\n\n手机号码显示为 138****8888，注*：仅限中国大陆。\n"
    new = "# 政策\n\n## 一\n\n手机号码显示为 138****8888，注*：仅限中国大陆和香港。\n"
    md = _markdown(*_pair(".md", old, new), context=-1)
    assert "注\\*：仅限中国大陆**和香港**。" in md  # 注* is a footnote star: escaped, no emphasis


def test_markdown_redline_keeps_links_as_written() -> None:
    old = "# 政策\n\n## 一\n\n请参阅 [Apple 隐私政策](https://www.apple.com/legal/privacy/)。\n"
    new = "# 政策\n\n## 一\n\n请参阅 [Apple 隐私政策](https://www.apple.com/legal/privacy/) 了解详情。\n"
    md = _markdown(*_pair(".md", old, new), context=200)
    assert "\\[Apple 隐私政策\\](https://www.apple.com/legal/privacy/)" in md


def test_markdown_markup_only_change_is_marked_and_shown_as_source() -> None:
    md = _markdown(*_pair(".md"), strict=True)  # --strict: the bold added to 不会 is a change
    line = next(x for x in md.splitlines() if "出售" in x)
    assert "_(markup only)_" in line and "\\*\\*" in line  # its source, escaped: the reader sees the asterisks
    assert md.count("_(markup only)_") == 1  # the change that edits words is not marked


def test_markdown_side_by_side_marks_markup_only() -> None:
    md = _markdown(*_pair(".md"), strict=True, side_by_side=True)
    row = next(x for x in md.splitlines() if "出售" in x)
    assert "_(markup only)_" in row
    assert "\\<br\\>" not in md


def test_markdown_whole_document_skips_spacer_lines() -> None:
    md = _markdown(*_pair(".md"), context=-1)
    assert "\\<br\\>" not in md


def test_pairs35_tut_terms_hant_markdown_shows_words() -> None:
    pair = ROOT / "eval/pairs35/pairs/tut-terms-hant"
    md = _markdown(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    assert "最後更新：2026年~~6~~**8**月" in md
    assert "\\*\\*" not in md
