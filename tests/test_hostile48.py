"""Forty-eighth hostile round (u48h): the session's new load paths and rules attacked with inputs written to break them.

- A list of titled items (`load.html.title_lists.titled_items`, u48a) was scanned from each `<ol>`/`<ul>` to its close:
  4,000 lists whose opening tag the tag pattern does not see (`<ul title="<">`, a `<` in a quoted attribute, which
  html.parser reads) each ran to the end of the page (1,000: 3.3 s, 4,000: 49 s of CPU; the session's base 0.7 s).
  One pass now gives every list's verdict (`_titled_verdicts`), and a stray `</p>` no longer re-reads the text from the
  last `<p>`.
"""

from __future__ import annotations

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
