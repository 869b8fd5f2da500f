"""Profile classes the lead fixed from the tenth blind profile set (profiles10), after its clean run.

* A section headed by how the app uses a permission, a cookie or an SDK (「二、设备权限使用说明」,
  「Cookie 使用说明」, 「第三方SDK使用说明」) is policy text: it was read as a template's drafting
  instructions (「使用说明」) and its disclosures were skipped (the effect of turning a permission off).
  A template's 「使用说明」 or 「本模板使用说明」 still is skipped.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.profiles import resolve
from policylens.profiles.coverage import coverage


def _lines(text: str, profiles: list[str]) -> dict[str, int | None]:
    (*results,) = coverage(
        parse_string("# 隐私政策\n\n本软件由张三开发，联系邮箱：zhangsan@example.cn。\n\n" + text, suffix=".md"), resolve(profiles)
    )
    return {v.item.id: (v.evidence.line if v.evidence else None) for r in results for v in r.items}


_EFFECT = "您可以在系统设置中关闭相关权限。关闭后，对应功能可能无法正常使用，但不会影响其他与该权限无关的功能。\n"


@pytest.mark.parametrize("heading", ["二、设备权限使用说明", "Cookie 使用说明", "第三方SDK使用说明", "权限使用说明"])
def test_a_section_on_how_permissions_cookies_or_sdks_are_used_is_read(heading: str) -> None:
    assert _lines(f"## {heading}\n\n{_EFFECT}", ["cn-gbt35273"])["cn-gbt35273/effect-of-not-providing"] == 7


@pytest.mark.parametrize("heading", ["使用说明", "本模板使用说明"])
def test_a_templates_instructions_are_still_skipped(heading: str) -> None:
    assert _lines(f"## {heading}\n\n{_EFFECT}", ["cn-gbt35273"])["cn-gbt35273/effect-of-not-providing"] is None
