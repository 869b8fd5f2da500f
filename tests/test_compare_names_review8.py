"""`compare` file names written as locales (zh_TW, ZH-HANT) must name a language: a terms-of-service
text `TOS_CN.txt` or `FAQ_v2.md` beside the policy is no edition (it was read as editions `tos-CN`
and `faq-v2`, 20 divergences, exit 1)."""

from __future__ import annotations

import pytest

from policylens.compare.inputs import parse_name


@pytest.mark.parametrize("name", ["TOS_CN.txt", "FAQ_v2.md", "README_EN.md", "Terms-CN.txt", "FAQ.md"])
def test_a_name_that_names_no_language_is_no_edition(name: str) -> None:
    assert parse_name(name) is None


@pytest.mark.parametrize(
    ("name", "edition"),
    [("zh_TW.2024-03-01.txt", "zh-TW"), ("ZH-HANT.20240301.txt", "zh-Hant"), ("pt_BR.md", "pt-BR"), ("en.md", "en")],
)
def test_locale_spellings_still_name_their_edition(name: str, edition: str) -> None:
    parsed = parse_name(name)
    assert parsed is not None and parsed[0] == edition
