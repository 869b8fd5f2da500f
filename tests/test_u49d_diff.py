"""Diff classes of the pair set `eval/pairs49` (forty-ninth session, u49d).

1. Two links side by side, apart in the source (「<a …>📧 邮箱</a>⏎<a …>🌐 官网</a>」, two contact buttons), are two things
   shown apart: the HTML reader joins them with a space (`load.html.text_runs._side_by_side_links`) where a source line
   end between CJK is otherwise a hard wrap that joins as nothing.  pairs48 amurmur-contact showed 「📧 邮箱🌐 官网」 and
   its redline 「📧 邮箱[-🌐 官网-]」.  Text before a link (「请阅读⏎<a>隐私政策</a>」), a link's own wrapped text and two
   links with nothing between them in the source keep the hard-wrap reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents

PAIRS48 = Path(__file__).resolve().parents[1] / "eval" / "pairs48" / "pairs"

_PAGE = "<html><body><h1>隐私政策</h1><h2>一、联系我们</h2>\n<div class=\"contact\">\n{body}\n</div>\n</body></html>\n"


def _texts(body: str) -> list[str]:
    doc = parse_string(_PAGE.format(body=body), ".html")
    return [p.text for s in doc.sections for p in s.paragraphs]


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('  <a href="mailto:a@example.com">📧 邮箱</a>\n  <a href="https://example.com">🌐 官网</a>', "📧 邮箱 🌐 官网"),
        ('<a href="/privacy">隐私政策</a>\n<a href="/terms">用户协议</a>', "隐私政策 用户协议"),
        ('<a href="/privacy">隐私政策</a> <a href="/terms">用户协议</a>', "隐私政策 用户协议"),
        ('<p>如有疑问请联系<a href="mailto:a@example.com">客服邮箱</a>\n<a href="tel:400">客服电话</a></p>', "如有疑问请联系客服邮箱 客服电话"),
    ],
)
def test_two_links_side_by_side_are_shown_apart(body: str, shown: str) -> None:
    assert shown in _texts(body)


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('<p>如您对本政策有疑问，请阅读\n<a href="/faq">常见问题</a>。</p>', "如您对本政策有疑问，请阅读常见问题。"),
        ('<p>请阅读<a href="/privacy">隐私\n政策</a>全文。</p>', "请阅读隐私政策全文。"),
        ('<p><a href="/privacy">隐私政策</a><a href="/terms">用户协议</a></p>', "隐私政策用户协议"),
        ('<p><a href="/a">我们</a>\n会保护您的信息。</p>', "我们会保护您的信息。"),
    ],
)
def test_a_hard_wrap_next_to_one_link_still_joins_as_nothing(body: str, shown: str) -> None:
    assert shown in _texts(body)


def test_amurmur_contact_buttons_both_ways() -> None:
    old = parse_path(PAIRS48 / "amurmur-contact" / "old.html")
    new = parse_path(PAIRS48 / "amurmur-contact" / "new.html")
    assert "📧 邮箱 🌐 官网" in [p.text for p in old.paragraphs()]
    for a, b, side in ((old, new, "old"), (new, old, "new")):
        report = diff_documents(a, b)
        contact = [s for s in report.sections if s.status != "unchanged" and "联系我们" in ((s.old or s.new).title or "")]  # type: ignore[union-attr]
        assert len(contact) == 1
        texts = [c.old_text if side == "old" else c.new_text for c in contact[0].changes]
        assert any(t and t.startswith("📧 邮箱 🌐 官网") for t in texts), texts
