"""`compare --format html`: one self-contained report (no scripts, no external files, every policy character escaped)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any, TextIO

from policylens.render.compare import (
    COVERAGE_LEGEND,
    LEGEND,
    behind_unchecked,
    coverage_matrix,
    describe,
    fact_matrix,
    lagging_lines,
    lost_lines,
    reworded_lines,
    section_matrix,
    sentence_lines,
    verdict,
    version_lines,
    visible,
)
from policylens.render.summary import count_words
from policylens.report_heads import COMPARE_HTML_TITLE

_CSS = """
*{box-sizing:border-box}
body{font:15px/1.6 "Noto Sans CJK TC","Noto Sans CJK SC","PingFang TC","Microsoft JhengHei",system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#222}
h1{font-size:22px}.verdict{color:#2a7a2a}.verdict.late{color:#8a5a00}h2{font-size:18px;border-top:1px solid #ddd;padding-top:12px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
td.mark{text-align:center;font-weight:bold}.m-diff{background:#fff3c4}.m-missing{background:#ffe0e0}.m-unsure{background:#eee;color:#666}.m-ok{color:#1a7f37}
.muted{color:#666;font-size:13px}li{margin:2px 0}del{background:#ffe0e0;color:#a40000}ins{background:#dcfce0;color:#005c1a;text-decoration:none;border-bottom:1px solid #005c1a}
.wide{overflow-x:auto;max-width:100%}
details{margin:4px 0 4px 16px}.change{white-space:pre-wrap;word-break:break-word;border-left:3px solid #c90;padding:2px 8px;margin:4px 0}
@media print{details{display:block}}
"""
_CLASS = {"≠": "m-diff", "✗": "m-missing", "+": "m-missing", "?": "m-unsure", "–": "m-unsure", "n": "m-unsure", "✓": "m-ok"}


def _e(text: str | None) -> str:
    return escape(visible(text))


def _table(head: str, editions: list[str], rows: list[tuple[str, list[str]]]) -> str:
    cells = "".join(f"<th>{_e(e)}</th>" for e in editions)
    body = "".join(
        "<tr><td>" + _e(label) + "</td>" + "".join(f'<td class="mark {_CLASS.get(c[:1], "")}">{_e(c)}</td>' for c in marks) + "</tr>"
        for label, marks in rows
    )
    # in a box that scrolls sideways: on a phone a matrix of three editions ran off the page, its last column unseen
    return f'<div class="wide"><table><tr><th>{_e(head)}</th>{cells}</tr>{body}</table></div>'


def _changes(d: dict[str, Any]) -> str:
    items = []
    for change in d.get("changes", []):
        parts = []
        for span in change.get("spans", []):
            tag = {"delete": "del", "insert": "ins"}.get(span["op"])
            parts.append(f"<{tag}>{_e(span['text'])}</{tag}>" if tag else _e(span["text"]))
        items.append(f'<div class="change">{"".join(parts)}</div>')
    # the paragraphs listed, re-worded ones included: `describe` counts changes and re-wordings apart (review u28u)
    return f"<details><summary>show {count_words(len(items), 'paragraph')}</summary>{''.join(items)}</details>" if items else ""


def render_html(products: Iterable[dict[str, Any]], errors: list[dict[str, str]], out: TextIO) -> None:
    """Write the whole report."""
    out.write('<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">')
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
    out.write(f"<title>{COMPARE_HTML_TITLE}</title><style>{_CSS}</style></head><body><h1>policylens compare</h1>")
    for product in products:
        out.write(f'<h2>{_e(product["product"])}</h2><p class="muted">base: {_e(product["base"] or "—")}</p>')
        editions, rows = section_matrix(product)
        if editions and rows:
            out.write(_table("section", editions, rows) + f'<p class="muted">{_e(LEGEND)}</p>')
        editions, frows = fact_matrix(product)
        if editions:
            out.write(_table("fact", editions, frows))
        editions, crows = coverage_matrix(product)
        if editions:
            out.write(_table("disclosure", editions, crows) + f'<p class="muted">{_e(COVERAGE_LEGEND)}</p>')
        line = verdict(product)
        if line:
            # (u54e) amber, not green, when an older edition was not checked against the base's later changes
            out.write(f'<p class="verdict{" late" if behind_unchecked(product) else ""}">{_e(line)}</p>')
        if product["divergences"]:
            out.write("<h3>Divergences</h3><ul>")
            for d in product["divergences"]:
                out.write(f"<li>{_e(describe(d, product['base']))}{_changes(d)}</li>")
            out.write("</ul>")
        for title, lines in (
            ("Sentences in one language only", sentence_lines(product)),
            ("Reworded (same content, not divergences)", reworded_lines(product)),
            ("Required disclosures lost", lost_lines(product)),
            ("Lagging editions", lagging_lines(product)),
            ("Versions", version_lines(product)),
        ):
            if lines:
                out.write(f"<h3>{title}</h3><ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>")
        if product["errors"]:
            out.write("<h3>Errors</h3><ul>" + "".join(f"<li>{_e(e['path'])}: {_e(e['error'])}</li>" for e in product["errors"]) + "</ul>")
    if errors:
        out.write("<h2>Errors</h2><ul>" + "".join(f"<li>{_e(e['path'])}: {_e(e['error'])}</li>" for e in errors) + "</ul>")
    out.write("</body></html>\n")
