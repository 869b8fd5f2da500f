"""Lead fixes of the thirty-fourth session, each a defect class tested both ways.

1. A link target that gains or loses an ad platform's click identifier (`gclid`, `fbclid`, `msclkid` …), Alibaba's
   `spm`, or what WeChat appends to a shared page (`from=singlemessage`, `isappinstalled=0`) leads to the same page: no
   change.  A parameter of the same look that selects content (`from=app`, `spm_id`, `isappinstalled=2`) stays a change.
"""

from __future__ import annotations

import pytest

from policylens.diff.keys import layout_key
from test_pairs28 import _changes
from test_u33d_diff import _diff

# --- 1. click identifiers and share parameters in a link target --------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy?gclid=Cj0KCQ)。"),
        ("详见[隐私政策](https://ex.com/privacy?fbclid=IwAR3x&id=3)。", "详见[隐私政策](https://ex.com/privacy?id=3)。"),
        ("详见[隐私政策](https://ex.com/p?msclkid=ab12)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?spm=a2c4g.11186623.0.0)。", "详见[隐私政策](https://ex.com/p)。"),
        (
            "详见[隐私政策](https://mp.weixin.qq.com/s/AbC?from=singlemessage&isappinstalled=0)。",
            "详见[隐私政策](https://mp.weixin.qq.com/s/AbC)。",
        ),
        ("官网：https://ex.com/p?_gl=1*abc 。", "官网：https://ex.com/p 。"),
        ("详见[隐私政策](https://ex.com/p?GCLID=x&utm_source=a#top)。", "详见[隐私政策](https://ex.com/p#top)。"),
    ],
)
def test_click_ids_and_share_parameters_are_no_change(old: str, new: str) -> None:
    assert layout_key(old) == layout_key(new)
    assert _changes(_diff(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/p?from=app)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?spm_id=3)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?isappinstalled=2)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?gclid=x&lang=en)。", "详见[隐私政策](https://ex.com/p?lang=zh)。"),
        ("详见[隐私政策](https://ex.com/p?xgclid=1)。", "详见[隐私政策](https://ex.com/p)。"),
    ],
)
def test_look_alike_parameters_stay_a_change(old: str, new: str) -> None:
    assert layout_key(old) != layout_key(new)
    assert len(_changes(_diff(old, new))) == 1
