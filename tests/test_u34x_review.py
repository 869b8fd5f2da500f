"""Review u34x (thirty-fourth session, second wave): defects found reading the session's changes to `cli/`, each
class tested both ways (the defect fixed / the behaviour that must stay).

1. `load.arkts`: a bracket was found closing by a scan from each component, row and attribute; a crafted page of
   unclosed `Text(` or `Row(` (or of 「`${`${…」, a template literal scanned again from each backtick) took minutes
   for 100 KB.  Every look-up now comes from one pass (`load.arkts._Source`).  The same pass skips template literals,
   so a bracket inside one (「Text(`1) 说明`).fontWeight(FontWeight.Bold)」) no longer closes the component: the
   attribute chain after it is read and the title stays bold.
"""

from __future__ import annotations

import time

import pytest

from policylens.load.arkts import render_ets

# --- 1. load.arkts: one pass over the source ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "Text('正文')\n" + "Text(" * 30000,  # unclosed components: each scanned to the end of the file
        "Text('正文')\n" + "Row(" * 30000,  # unclosed rows (navigation-bar candidates)
        "Text('正文')\n" + "`${" * 30000,  # unterminated nested template literals, each scanned to the end
        "Text('正文')\n'" + "\\'" * 30000,  # one long line of escaped quotes: each an unterminated string to its end
        "Row() { router.back() }\n" * 5000 + "Text('正文')\n" * 5000,  # many bars, each component tested against all
    ],
)
def test_arkts_crafted_source_is_read_in_linear_time(source: str) -> None:
    began = time.process_time()
    page = render_ets(source)
    assert time.process_time() - began < 2.0  # (before: 30 s to minutes each)
    assert page is not None and "<p>正文</p>" in page


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a bracket inside a template literal closes nothing: the weight after the component is read
        ("Text(`1) 我们收集的信息`).fontWeight(FontWeight.Bold)", "<p><b>1) 我们收集的信息</b></p>"),
        ("Text(`（一）说明)`).fontSize(16).fontWeight(600)", "<p><b>（一）说明)</b></p>"),
        # and not the other way: a template literal without a weight is no title, a single-quoted one as before
        ("Text(`1) 我们收集的信息`).fontSize(16)", "<p>1) 我们收集的信息</p>"),
        ("Text('1) 我们收集的信息').fontWeight(FontWeight.Bold)", "<p><b>1) 我们收集的信息</b></p>"),
        ("Text(`计算的${x})`).fontWeight(FontWeight.Bold)", None),  # computed: left out
    ],
)
def test_arkts_bracket_in_template_literal(source: str, expected: str | None) -> None:
    page = render_ets(source)
    assert (page.strip() if page is not None else None) == expected


def test_arkts_bars_and_broken_literals_read_as_before() -> None:
    source = (
        "Row() {\n  Image($r('app.media.back')).onClick(() => router.back())\n  Text('隐私政策')\n}\n"
        "Column() {\n  Row() { Row() { Text('x') } Text('嵌套') .onClick(() => router.back()) }\n"
        "  Text('正文一')\n}\nconst broken = `未闭合\nText('正文二')\n"
    )
    page = render_ets(source)
    assert page is not None
    assert "隐私政策" not in page and "嵌套" not in page and ">x<" not in page  # navigation bars, nested ones too
    assert "<p>正文一</p>" in page and "<p>正文二</p>" in page  # a text after an unterminated template literal is read
    assert page.count("\n") == source.count("\n")  # lines kept
