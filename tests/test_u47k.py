"""The stand-in street of `placeholder-dummy-contact` needs more than a stand-in phone (forty-seventh session, u47k).

A street numbered 123號 after an address label, beside a stand-in phone (02-2345-6789), is a warning: 123號 is a real
number on many real streets (eval/blind/round41d shiba-vue L65 「台北市信義區松高路123號」, a real street, annotated
ambiguous).  It is an error only with a second stand-in in the same contact block: a template's mailbox
(privacy@example.com, service@yourdomain.com).  Without a stand-in phone, or without an address label, nothing.
The texts below are invented; the real lines stay as regressions at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent


def _levels(tmp_path: Path, contact: str) -> list[str]:
    source = "<h1>隱私權政策</h1>\n<p>我們會保護您的個人資料。</p>\n<p>如對本政策有任何疑問，請聯絡我們：<br />\n" + contact + "\n</p>\n"
    path = tmp_path / "privacy.html"
    path.write_text(source, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f.severity for f in report.findings if f.rule == "placeholder-dummy-contact" and "123號" in f.excerpt]


@pytest.mark.parametrize(
    ("contact", "levels"),
    [
        # a stand-in phone and a template's mailbox: the street is a stand-in too
        ("電話：02-2345-6789<br />\n電子郵件：privacy@example.com<br />\n地址：台北市大安區甜點街123號", ["error"]),
        ("電話：02-2345-6789<br />\n電子郵件：service@yourdomain.com<br />\n地址：台北市信義區松高路123號", ["error"]),
        # a stand-in phone only: a warning, the street may be real
        ("電話：02-2345-6789<br />\n電子郵件：service@bonbunny.com.tw<br />\n地址：台北市信義區松高路123號", ["warning"]),
        ("電話：(02) 2345-6789<br />\n地址：台北市大安區甜點街123號", ["warning"]),
        # no stand-in phone: nothing, even with a template's mailbox
        ("電話：02-2771-3859<br />\n電子郵件：privacy@example.com<br />\n地址：台北市信義區松高路123號", []),
        # a template's mailbox far from the street (another block): a warning
        (
            "電話：02-2345-6789<br />\n地址：台北市信義區松高路123號<br />\n<br />\n<br />\n<br />\n<br />\n電子郵件：privacy@example.com",
            ["warning"],
        ),
    ],
)
def test_counting_street_needs_a_second_stand_in_for_an_error(tmp_path: Path, contact: str, levels: list[str]) -> None:
    assert _levels(tmp_path, contact) == levels


def test_real_lines() -> None:
    """round41d shiba-vue L65 (a real street beside a stand-in phone) and round46d bonbunny-tw-tsx L99: warnings now."""
    shiba = check_file(str(_ROOT / "eval/blind/round41d/holdout/shiba-vue/PrivacyView.vue"), CheckOptions(no_config=True))
    assert [(f.line, f.severity) for f in shiba.findings if f.rule == "placeholder-dummy-contact"] == [(64, "error"), (65, "warning")]
    bonbunny = check_file(str(_ROOT / "eval/blind/round46d/dev/bonbunny-tw-tsx/page.tsx"), CheckOptions(no_config=True))
    assert [(f.line, f.severity) for f in bonbunny.findings if f.rule == "placeholder-dummy-contact"] == [(97, "error"), (99, "warning")]
