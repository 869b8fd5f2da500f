"""`diff` and `compare` noise the thirty-third session's rounds left (u33d; the texts are invented in their shape, but
for the regression cases, which read the sets' own files).

1. *A list mark between quoted terms* (`eval/editions33` snapstudy: the zh-Hant page's 「（以下稱「本 App」、「我們」）」
   against the zh-Hans page's 「（以下称“本 App”“我们”）」, an unsure `compare` entry): a 、 or comma between a closing and
   an opening quote or title mark says nothing the marks do not, so `diff.keys.layout_key` drops it.  A word between the
   terms (和, 或) stays, and so does a mark anywhere else.

3. *A link target changed only by tracking or format noise*: a `utm_` parameter added or removed, `http://` becoming
   `https://` on the same host, a trailing slash (already folded) are no change.  Any other change of the target (another
   host, path, query value or fragment) stays a change: a moved privacy-policy or contact address is one a lawyer wants.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder, parse_string
from policylens.compare import CompareOptions, compare_products, discover_products
from policylens.diff import diff_documents
from policylens.diff.keys import layout_key
from policylens.model import DiffReport
from test_pairs28 import _changes

ROOT = Path(__file__).resolve().parents[1]

DOC = "# 隐私政策\n\n## 一、概述\n\n{line}\n\n## 二、联系我们\n\n如有疑问，请发送邮件至 privacy@example.com。\n"


def _diff(old: str, new: str, *, strict: bool = False) -> DiffReport:
    return diff_documents(parse_string(DOC.format(line=old), ".md"), parse_string(DOC.format(line=new), ".md"), strict=strict)


# --- 1. a list mark between quoted terms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("本政策（以下称“本 App”、“我们”）说明我们如何处理您的信息。", "本政策（以下称“本 App”“我们”）说明我们如何处理您的信息。"),
        ("本政策（以下稱「本 App」、「我們」）說明我們如何處理您的資訊。", "本政策（以下稱「本 App」「我們」）說明我們如何處理您的資訊。"),
        ("请阅读《用户协议》，《隐私政策》后再使用。", "请阅读《用户协议》《隐私政策》后再使用。"),
        ("我们（“我们”、 “公司”）重视您的隐私。", "我们（“我们”“公司”）重视您的隐私。"),
    ],
)
def test_a_list_mark_between_quoted_terms_is_no_change(old: str, new: str) -> None:
    assert layout_key(old) == layout_key(new)
    assert _changes(_diff(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("本政策（以下称“本 App”和“我们”）说明我们如何处理您的信息。", "本政策（以下称“本 App”“我们”）说明我们如何处理您的信息。"),
        ("您可以选择“同意”或“拒绝”。", "您可以选择“同意”“拒绝”。"),
        ("我们收集设备型号、系统版本。", "我们收集设备型号系统版本。"),
        ("我们收集“设备型号”、系统版本。", "我们收集“设备型号”系统版本。"),
    ],
)
def test_a_word_or_a_mark_outside_quoted_terms_stays_a_change(old: str, new: str) -> None:
    assert layout_key(old) != layout_key(new)
    assert len(_changes(_diff(old, new))) == 1


def test_strict_still_shows_the_mark() -> None:
    old, new = "以下称“本 App”、“我们”。", "以下称“本 App”“我们”。"
    assert len(_changes(_diff(old, new, strict=True))) == 1


def test_a_quoted_list_across_scripts_is_no_divergence(tmp_path: Path) -> None:
    hant = "# 隱私權政策\n\n本隱私權政策說明本應用程式（以下稱「本 App」、「我們」）如何蒐集、使用及保護您的資訊。\n"
    hans = "# 隐私政策\n\n本隐私政策说明本应用程序（以下称“本 App”“我们”）如何收集、使用及保护您的信息。\n"
    product = compare_folder(tmp_path / "p", {"zh-Hant.2026-01-01.md": hant, "zh-Hans.2026-01-01.md": hans})
    assert product["divergences"] == []


def _texts(product: dict[str, Any]) -> list[str]:
    return [c.get("old_text") or "" for d in product["divergences"] for c in d["changes"]]


def test_snapstudy_quoted_terms_are_no_divergence() -> None:
    """Regression: eval/editions33 snapstudy's zh-Hans page drops the 、 between 「本 App」 and 「我們」."""
    (product,) = compare_products(discover_products([str(ROOT / "eval" / "editions33" / "editions" / "snapstudy")]), CompareOptions())
    assert not [t for t in _texts(product) if "以下稱" in t]


# --- 3. a link target changed by tracking or format noise only ----------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy?utm_source=app&utm_medium=link)。"),
        ("详见[隐私政策](https://ex.com/privacy?id=3&utm_campaign=x#a)。", "详见[隐私政策](https://ex.com/privacy?id=3#a)。"),
        ("详见[隐私政策](http://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy)。"),
        ("详见[隐私政策](http://ex.com/privacy/)。", "详见[隐私政策](https://ex.com/privacy)。"),
        ('详见<a href="http://ex.com/p?utm_source=web">隐私政策</a>。', "详见[隐私政策](https://ex.com/p)。"),
        ("官网：http://ex.com/p?utm_source=a 。", "官网：https://ex.com/p 。"),
    ],
)
def test_tracking_or_scheme_noise_in_a_link_target_is_no_change(old: str, new: str) -> None:
    assert layout_key(old) == layout_key(new)
    assert _changes(_diff(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy-v2)。"),
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://other.com/privacy)。"),
        ("详见[隐私政策](http://ex.com/privacy)。", "详见[隐私政策](https://www.ex.com/privacy)。"),
        ("详见[隐私政策](https://ex.com/p?id=3)。", "详见[隐私政策](https://ex.com/p?id=4)。"),
        ("详见[隐私政策](https://ex.com/p?source=app)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p#a)。", "详见[隐私政策](https://ex.com/p#b)。"),
        ("[联系我们](mailto:a@ex.com)", "[联系我们](mailto:b@ex.com)"),
    ],
)
def test_any_other_change_of_a_link_target_stays_a_change(old: str, new: str) -> None:
    assert layout_key(old) != layout_key(new)
    assert len(_changes(_diff(old, new))) == 1
