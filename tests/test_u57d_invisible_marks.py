"""Soft hyphens and bidi marks inside a changed span are named in the text, Markdown, HTML and rich redlines, as the
zero-width characters are (fifty-seventh session, u57d; `render/invisible.py`): they showed nothing (the soft hyphen,
LRM / RLM / ALM, raw in every report) or a code (`<U+202E>` in the text and HTML reports, raw in Markdown)."""

from __future__ import annotations

import io

import pytest

from helpers import parse_string
from policylens.diff import diff_documents, has_changes
from policylens.render import html, markdown, rich, text
from policylens.render.invisible import NAMES, named

OLD = "# 隐私政策\n\n## 1. 权限\n\n我们使用基于摄像头的特性扫描二维码。\n\n## 2. 联系我们\n\n请通过电子邮件联系我们。\n"
MARKS = {
    "\u00ad": "SHY",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
# the embeddings and overrides reorder what is shown: the comparison keys keep them (patterns.INVISIBLE)
REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e")


def _reports(old: str, new: str, **kw: object) -> dict[str, str]:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"), **kw)  # type: ignore[arg-type]
    out = {}
    for name, mod in (("text", text), ("markdown", markdown), ("html", html), ("rich", rich)):
        buf = io.StringIO()
        mod.render_diff(report, buf)
        out[name] = buf.getvalue()
    return out


def test_the_names() -> None:
    for ch, name in MARKS.items():
        assert NAMES[ch] == name
        assert named(f"a{ch}b") == f"a⟨{name}⟩b"


@pytest.mark.parametrize("ch", sorted(MARKS))
def test_a_mark_in_an_inserted_word_is_named(ch: str) -> None:
    new = OLD.replace("的特性", f"的功{ch}能")
    for name, shown in _reports(OLD, new).items():
        assert f"功⟨{MARKS[ch]}⟩能" in shown, name
        assert ch not in shown, name
        assert f"<U+{ord(ch):04X}>" not in shown and f"&lt;U+{ord(ch):04X}&gt;" not in shown, name


def test_a_deleted_word_and_a_removed_paragraph_too() -> None:
    old = OLD.replace("的特性", "的特\u00ad性") + "\n本条款由\u200f我们解释。\n"
    for name, shown in _reports(old, OLD.replace("的特性", "的功能")).items():
        assert "特⟨SHY⟩性" in shown, name
        assert "本条款由⟨RLM⟩我们解释" in shown, name


def test_unchanged_text_keeps_its_marks() -> None:
    """A soft hyphen or mark outside the changed words is shown as it was (nothing named)."""
    old = OLD.replace("我们使用", "我们\u00ad使\u200e用")
    new = old.replace("特性", "功能")
    for name, shown in _reports(old, new).items():
        assert "⟨SHY⟩" not in shown and "⟨LRM⟩" not in shown, name
        assert "我们\u00ad使\u200e用" in shown, name


@pytest.mark.parametrize("ch", sorted(MARKS))
def test_a_change_of_only_a_mark(ch: str) -> None:
    """A soft hyphen, mark or isolate alone is formatting noise (exit 0), named under `--strict`; an embedding or
    override is kept as a change (it reorders what is shown), named."""
    new = OLD.replace("的特性", f"的特{ch}性")
    plain = diff_documents(parse_string(OLD, ".md"), parse_string(new, ".md"))
    assert has_changes(plain) == (ch in REORDERING)
    assert has_changes(diff_documents(parse_string(OLD, ".md"), parse_string(new, ".md"), strict=True))
    for name, shown in _reports(OLD, new, strict=True).items():
        assert f"⟨{MARKS[ch]}⟩" in shown, name
