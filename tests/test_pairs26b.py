"""`diff` on the class the twenty-sixth session's second pair set showed (u26d, `eval/pairs26b`: sixteen real version
pairs, annotated before any run; the texts below are invented, not copied).

1. *A home or back link alone on its line* (pairs26b sqliteflow-hans-edit, sqliteflow-hant-cut): 「[Home](/)」 →
   「[Home](./)」 under a Markdown policy was a replaced paragraph, exit 1 for a file whose policy text had not changed.
   It is page navigation: its key is empty, like a language switcher's (`diff.keys.is_home_link`); a link with other
   words, a policy's own link target, a full address (the company's site), an address written out or a home link
   beside text stay changes.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff import diff_documents, has_changes
from policylens.diff.keys import is_home_link
from policylens.model import DiffReport


def _report(old: str, new: str, suffix: str = ".md") -> DiffReport:
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _changed(report: DiffReport) -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes]


POLICY = """## 隱私權政策

本應用程式不會收集您的任何個人資料。

如有疑問，請來信 help@example.com。

{tail}
"""


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("[Home](/)", "[Home](./)"),
        ("[← 返回首頁](../index.html)", "[← 返回首頁](/)"),
        ("", "[返回首页](/)"),
        ("[Back to Home](../index.html)", ""),
        ('<a href="/">首頁</a>', '<a href="./">首頁</a>'),
    ],
)
def test_home_link_retargeted_added_or_removed_is_no_change(old: str, new: str) -> None:
    """A home/back link alone on its line, retargeted, added or removed: navigation, nothing to report (class 1)."""
    assert not has_changes(_report(POLICY.format(tail=old), POLICY.format(tail=new)))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("[隱私權政策](/privacy)", "[隱私權政策](/privacy-v2)"),  # the policy's own link: a new target is a change
        ("[聯絡我們](mailto:a@example.com)", "[聯絡我們](mailto:b@example.com)"),
        ("[Home](/) · help@example.com", "[Home](/) · support@example.com"),  # a contact beside the home link
        ("", "[首頁](/) 本政策自 2026 年 1 月 1 日起生效。"),  # text after the link
        ("返回首頁", "回首頁"),  # not a link: words of the text
        ("[Homebrew](/)", "[Homebrew](./)"),  # a name that starts with Home
        ("主頁：[https://a.example.com](https://a.example.com)", "主頁：[https://b.example.com](https://b.example.com)"),
        ("[主頁](https://a.example.com)", "[主頁](https://b.example.com)"),  # a full address: maybe the company's site
        ('主頁：<a href="https://a.example.com">a.example.com</a>', '主頁：<a href="https://b.example.com">b.example.com</a>'),
    ],
)
def test_look_alikes_of_a_home_link_stay_changes(old: str, new: str) -> None:
    """The same look with policy text, another link or no link at all is still reported (class 1)."""
    report = _report(POLICY.format(tail=old), POLICY.format(tail=new))
    assert has_changes(report)
    assert _changed(report)


def test_home_link_shape() -> None:
    """`is_home_link` wants a link and only home or back words, arrows and separators."""
    assert is_home_link("[Home](/)")
    assert is_home_link("- [Back to Home](/)")
    assert is_home_link("[🏠 主頁](../index.html)")
    assert not is_home_link("Home")
    assert not is_home_link("主页：[https://ex.com](https://ex.com)")  # the site's address written out: contact data
    assert not is_home_link("[Home](/) 與 [隱私權政策](/privacy)")
    assert not is_home_link("[首頁](/)" + "。" * 400)
