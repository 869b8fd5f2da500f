"""Lead fixes of the thirty-fourth session, each a defect class tested both ways.

1. A link target that gains or loses an ad platform's click identifier (`gclid`, `fbclid`, `msclkid` …), Alibaba's
   `spm`, or what WeChat appends to a shared page (`from=singlemessage`, `isappinstalled=0`) leads to the same page: no
   change.  A parameter of the same look that selects content (`from=app`, `spm_id`, `isappinstalled=2`) stays a change.
2. A Markdown paragraph read as a title (「1.账号的注册、登录」 above `<br>` spacer lines, 「<u>2.4 更新及完善</u>」) loses the
   tags that end or wrap it, as an ATX heading's title does (eval/pairs34, a mini-program's Markdown documents; the
   section titles of `parse`, `check` and `diff` showed 「2.账号公开信息<br> <br>」).
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff.keys import layout_key
from policylens.structure.shapes import untag_ends
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


# --- 2. a Markdown paragraph read as a title keeps no edge tags -----------------------------------------------------

_SPACED = """# 隐私协议

##### （一）注册、登录及账号公开信息
<br>
<br>

1.账号的注册、登录
<br>
<br>

您需要提供手机号码以注册账号，我们会校验您的身份。
<br>
<br>

2.账号公开信息
<br>
<br>

您的头像和昵称会向其他用户公开展示，您可以随时修改。
"""


def test_spacer_breaks_below_a_paragraph_title_are_not_in_the_title() -> None:
    doc = parse_string(_SPACED, ".md")
    titles = [s.title for s in doc.sections if s.title]
    assert "1.账号的注册、登录" in titles and "2.账号公开信息" in titles
    assert not [t for t in titles if "<" in t]
    (section,) = [s for s in doc.sections if s.title == "2.账号公开信息"]
    assert (section.title_pieces[0].line, section.title_pieces[0].column) == (15, 1)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("1.佳麦账号的注册、登录<br> <br>", "1.佳麦账号的注册、登录"),
        ("2.账号公开信息<br/>", "2.账号公开信息"),
        ("<u>2.4 更新及完善</u>", "2.4 更新及完善"),
        ('<span style="font-weight:bold">第三条 信息共享</span>', "第三条 信息共享"),
        ("<b>一、</b>总则<br>", "<b>一、</b>总则"),  # a tag inside stays, with its pair: only the trailing break goes
        ("a<b>b</b>c", "a<b>b</b>c"),
        ("<br><br>", "<br><br>"),  # tags only: kept, nothing to show instead
        ("<隐私政策>", "<隐私政策>"),  # a Chinese title in angle brackets is no tag
        ("隐私政策", "隐私政策"),
    ],
)
def test_untag_ends(title: str, expected: str) -> None:
    assert untag_ends(title) == expected
