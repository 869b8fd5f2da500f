"""Forty-eighth hostile round (u48h): the session's new load paths and rules attacked with inputs written to break them.

- A list of titled items (`load.html.title_lists.titled_items`, u48a) was scanned from each `<ol>`/`<ul>` to its close:
  4,000 lists whose opening tag the tag pattern does not see (`<ul title="<">`, a `<` in a quoted attribute, which
  html.parser reads) each ran to the end of the page (1,000: 3.3 s, 4,000: 49 s of CPU; the session's base 0.7 s).
  One pass now gives every list's verdict (`_titled_verdicts`), and a stray `</p>` no longer re-reads the text from the
  last `<p>`.
- A profile pattern over a section or the whole document ending `[ \t]*[。;；]?[ \t]*(?=\n|$)` (cn-gbt35273's run of
  rights, u48w) split a long run of spaces two ways at every try: quadratic, and the regex probe's pumps never reached
  it.  That shape, two unbounded runs of one class around an optional element, is now possessive in every profile
  pattern that can meet a long text, and a static check keeps it out.
- A React page's child expression never closed (「<p>{我们会收集…</p>」) made the rest of its element code: the text was
  dropped without a word.  A warning names its line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import parse_file

_ZH = "这是一个足够长的正文段落，我们会收集您的手机号码用于账号注册与安全保障。"


def _tag_reads(monkeypatch: pytest.MonkeyPatch, source: str) -> int:
    """How many list tags `titled_items` reads to give the verdict of every list of `source`."""
    from policylens.load.html import title_lists

    calls = 0
    real = title_lists._item_tag

    def counting(*args: object) -> bool:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(title_lists, "_item_tag", counting)
    title_lists._titled_verdicts.cache_clear()
    for k in range(len(source)):
        if source.startswith(("<ul", "<ol"), k):
            title_lists.titled_items(source, k)
    return calls


def test_titled_lists_whose_openings_the_pattern_misses_are_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each list's tags are read once, whatever the page: the reads grow with the page, not with its square."""
    item = f'<ul title="<"><li><p>标题</p><p>{_ZH}</p></li>\n'
    small, large = (_tag_reads(monkeypatch, item * n) for n in (200, 800))
    assert large <= 4 * small + 8  # (scanned from each list to the page's end: 16 times as many)
    assert large <= 5 * 800  # at most the tags of the page: li, p, /p, p, /p


def test_a_stray_closing_paragraph_tag_reads_nothing() -> None:
    from policylens.load.html.title_lists import titled_items

    titled = f"<ol><li><p>您向我们提供的信息</p><p>{_ZH}</p></li><li><p>Cookie的使用</p><p>{_ZH}</p></li></ol>"
    assert titled_items(titled, 0)
    # a body paragraph that is no sentence, then many stray </p>: the text from the last <p> was re-read at each one
    stray = titled.replace(f"<p>{_ZH}</p>", "<p>短</p>" + "</p>" * 2000 + f"<p>{_ZH}</p>", 1)
    assert titled_items(stray, 0)
    assert not titled_items(titled.replace("</ol>", ""), 0)  # never closed
    assert not titled_items(titled.replace("</li><li>", "</li><ul><li>x</li></ul><li>"), 0)  # a list inside
    assert not titled_items(f"<ul><li><p>为维护您的权益。</p><p>{_ZH}</p></li><li><p>标题</p><p>{_ZH}</p></li></ul>", 0)
    nested = f"<ul><li><p>外</p><p>{_ZH}</p>{titled}</li></ul>"
    assert titled_items(nested, nested.index("<ol>")) and not titled_items(nested, 0)


def test_thousands_of_titled_lists_keep_every_body(tmp_path: Path) -> None:
    items = "".join(f'<ul title="<"><li><p>标题{i}</p><p>{_ZH}</p></li>\n' for i in range(1500))
    doc = parse_file(tmp_path, "lists.html", f"<html><body><h1>隐私政策</h1>\n{items}</body></html>\n")
    texts = [p.text for s in doc.sections for p in s.paragraphs] + [s.title or "" for s in doc.sections]
    assert sum("我们会收集您的手机号码" in t for t in texts) == 1500


# Two unbounded runs of one class with only an optional element between them, neither possessive (`[ \t]*[。;；]?[ \t]*`,
# `\s*["“]?\s*`): on a line of spaces that never ends as the pattern asks, every split of the spaces between the two
# runs is tried (quadratic).  The regex probe missed u48w's (its pumps never reached the tail after the rights run).
_TWO_RUNS = re.compile(r"(\[ \\t\]|\\s|\[\\s\]|\[ \\t\\u3000\])\*(?![+?])(?:\[[^\]]+\]\?|\(\?:[^()]*\)\?)?\1\*(?![+?])")


def test_no_profile_pattern_over_a_long_text_splits_one_run_of_spaces_two_ways() -> None:
    """u48h: cn-gbt35273's run of rights (「查询、更正、删除您的个人信息」, u48w) ended `[ \t]*[。;；]?[ \t]*(?=\n|$)`: that
    line followed by 20,000 spaces and a letter took 13 s of `check --profile` (5,000: 2 s; the session's base 1.1 s).
    Now possessive (`[ \t]*+[。;；]?[ \t]*+`, the same matches), as are the older tails and aliases of that shape."""
    from test_profiles_classes import profile_patterns

    found = [f"{label}: {m.group(0)}" for label, pattern in profile_patterns() if (m := _TWO_RUNS.search(pattern.pattern))]
    assert found == []
    assert _TWO_RUNS.search(r"(?:信息)[ \t]*[。;；]?[ \t]*(?=\n|$)")  # the shape it looks for
    assert not _TWO_RUNS.search(r"(?:信息)[ \t]*+[。;；]?[ \t]*+(?=\n|$)")


def test_a_run_of_rights_still_grants_them() -> None:
    from profile_helpers import profile_status

    run = "## 您的权利\n\n{para}\n\n撤回授权、注销账号：请通过【我的 → 帮助与客服】联系我们。\n"
    for para in ("查询、更正、删除您的个人信息；", "查询、更正、删除您的个人信息 ； \t"):
        assert profile_status(run.format(para=para), "cn-gbt35273/correct") == "covered"
    # a line that goes on after its spaces is none, as before (and no longer quadratic in them)
    assert profile_status(run.format(para="查询、更正、删除您的个人信息" + " " * 3000 + "后"), "cn-gbt35273/correct") != "covered"


_PAGE = "export default function P() {{ return (<div>\n<h1>隐私政策</h1>\n{body}\n</div>); }}\n"


@pytest.mark.parametrize("opening", ["{", "{" * 2000, "{a ? (", "{list.map((x) => "])
def test_a_child_expression_never_closed_is_named(tmp_path: Path, opening: str) -> None:
    """u48h: 「<p>{我们会收集…</p>」 (a `{` never closed, or 2,000 of them) made the rest of the element code: the page's
    text was dropped without a word (an empty page).  A warning now names the line (`load.jsx.expressions._markup`)."""
    body = f"<p>{opening}我们会收集您的手机号码。</p>\n<p>我们会处理您的位置信息。</p>"
    doc = parse_file(tmp_path, "page.tsx", _PAGE.format(body=body))
    assert [w for w in doc.warnings if "never closed" in w] == [
        "line 3: a { in the markup is never closed: the rest of its element is read as code, not text"
    ]


def test_closed_child_expressions_are_no_warning(tmp_path: Path) -> None:
    body = "<p>{t('privacy.intro')}我们会收集您的手机号码。</p>\n<p>{'{'}示例{'}'}：{isEn ? (<span>We</span>) : (<span>我们</span>)}</p>"
    doc = parse_file(tmp_path, "page.tsx", _PAGE.format(body=body))
    assert not [w for w in doc.warnings if "never closed" in w]
    assert any("我们会收集您的手机号码" in p.text for s in doc.sections for p in s.paragraphs)
