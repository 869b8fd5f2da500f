"""`--format html`: one self-contained redline report (no scripts, no external files).

Every character of policy text goes through `html.escape`, so a policy containing
`<script>` is shown as text and can never run.  The inline / side-by-side switch is
pure CSS (radio buttons), and a print stylesheet prints the inline view.
"""

from __future__ import annotations

from html import escape
from typing import TextIO

from policylens.model import DiffReport, DiffSpan, SectionDiff

_CSS = """
:root{--del:#ffe0e0;--del-fg:#a40000;--ins:#dcfce0;--ins-fg:#005c1a;--muted:#666;--line:#ddd}
*{box-sizing:border-box}
body{font:15px/1.7 "Noto Sans CJK TC","Noto Sans CJK SC","PingFang TC","Microsoft JhengHei",system-ui,sans-serif;margin:0;color:#222}
header{padding:16px 24px;border-bottom:1px solid var(--line);background:#fafafa}
h1{font-size:20px;margin:0 0 8px}
.layout{display:grid;grid-template-columns:260px 1fr;min-height:100vh}
nav{border-right:1px solid var(--line);padding:12px;position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;font-size:13px}
nav a{display:block;color:#224;text-decoration:none;padding:2px 4px;border-radius:3px}
nav a:hover{background:#eef}
main{padding:16px 24px;max-width:1100px}
table.summary{border-collapse:collapse;margin:8px 0}
table.summary td,table.summary th{border:1px solid var(--line);padding:4px 10px;text-align:left}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:8px;margin-left:6px;background:#eee}
.added .badge.status{background:var(--ins);color:var(--ins-fg)}
.removed .badge.status{background:var(--del);color:var(--del-fg)}
.modified .badge.status{background:#fff3c4;color:#6b4e00}
.topic{background:#efe3ff;color:#4b1d8f}
section.sec{border-top:1px solid var(--line);padding:10px 0}
section.sec h2{font-size:16px;margin:4px 0}
.loc{color:var(--muted);font-size:12px;margin-left:8px}
del{background:var(--del);color:var(--del-fg);text-decoration:line-through}
ins{background:var(--ins);color:var(--ins-fg);text-decoration:none;border-bottom:1px solid var(--ins-fg)}
.change{margin:6px 0;padding:6px 10px;border-left:3px solid var(--line);white-space:pre-wrap;word-break:break-word}
.change.insert{border-color:var(--ins-fg)}.change.delete{border-color:var(--del-fg)}.change.replace{border-color:#c90}
.sbs{width:100%;border-collapse:collapse;table-layout:fixed}
.sbs td{vertical-align:top;border:1px solid var(--line);padding:6px 8px;white-space:pre-wrap;word-break:break-word}
.sbs th{text-align:left;color:var(--muted);font-weight:normal}
.view-toggle{margin:8px 0}
#v-sbs:checked~.layout .inline{display:none}
#v-inline:checked~.layout .sbs{display:none}
.folded{color:var(--muted);font-style:italic}
@media print{nav,.view-toggle,input{display:none}.layout{display:block}.sbs{display:none!important}.inline{display:block!important}
section.sec{break-inside:avoid}body{font-size:11pt}}
"""


def _spans_inline(spans: tuple[DiffSpan, ...]) -> str:
    out = []
    for s in spans:
        if s.op == "delete":
            out.append(f"<del>{escape(s.text)}</del>")
        elif s.op == "insert":
            out.append(f"<ins>{escape(s.text)}</ins>")
        else:
            out.append(escape(s.text))
    return "".join(out)


def _spans_side(spans: tuple[DiffSpan, ...]) -> tuple[str, str]:
    old, new = [], []
    for s in spans:
        if s.op == "delete":
            old.append(f"<del>{escape(s.text)}</del>")
        elif s.op == "insert":
            new.append(f"<ins>{escape(s.text)}</ins>")
        else:
            old.append(escape(s.old if s.old is not None else s.text))
            new.append(escape(s.text))
    return "".join(old), "".join(new)


def _section(k: int, s: SectionDiff) -> str:
    from policylens.render.diffview import TOPIC_LABELS, lines, section_label

    badges = f'<span class="badge status">{escape(s.status)}</span>'
    badges += '<span class="badge">moved</span>' if s.moved else ""
    badges += '<span class="badge">renamed</span>' if s.renamed else ""
    badges += "".join(f'<span class="badge topic">{escape(TOPIC_LABELS[t])}</span>' for t in s.topics)
    inline, rows = [], []
    for c in s.changes:
        inline.append(f'<div class="change {c.op}">{_spans_inline(c.spans)}</div>')
        old, new = _spans_side(c.spans)
        rows.append(f"<tr><td>{old}</td><td>{new}</td></tr>")
    body = ""
    if s.changes:
        body = f'<div class="inline">{"".join(inline)}</div>'
        body += f'<table class="sbs"><tr><th>old</th><th>new</th></tr>{"".join(rows)}</table>'
    return (
        f'<section class="sec {escape(s.status)}" id="sec-{k}"><h2>{escape(section_label(s))}{badges}'
        f'<span class="loc">{escape(lines(s))}</span></h2>{body}</section>'
    )


def _lang(report: DiffReport) -> str:
    """The page language from the documents: zh-Hant, zh-Hans, zh (two scripts), en."""
    scripts = {report.old.metadata.script, report.new.metadata.script} - {None}
    if not scripts:
        return "en"
    if scripts == {"hant"}:
        return "zh-Hant"
    if scripts == {"hans"}:
        return "zh-Hans"
    return "zh"


def render_diff(report: DiffReport, out: TextIO, *, side_by_side: bool = False, **_: object) -> None:
    """Write the whole HTML document."""
    from policylens.diff.align import summary
    from policylens.render.diffview import TOPIC_LABELS, section_label

    info = summary(report)
    old, new = report.old, report.new
    topics = ", ".join(TOPIC_LABELS[t] for t in info["topics"]) or "none"  # type: ignore[union-attr]
    nav, sections, folded = [], [], 0
    for k, s in enumerate(report.sections):
        if s.status == "unchanged" and not s.renamed and not s.moved:
            folded += 1
            continue
        if folded:
            sections.append(f'<p class="folded">… {folded} unchanged section{"s" if folded > 1 else ""}</p>')
            folded = 0
        nav.append(f'<a href="#sec-{k}">{escape(section_label(s))} <small>({escape(s.status)})</small></a>')
        sections.append(_section(k, s))
    if folded:
        sections.append(f'<p class="folded">… {folded} unchanged section{"s" if folded > 1 else ""}</p>')
    variants = (
        f"<p>Compared across scripts through OpenCC: {info['variants']} script/regional variants ignored.</p>"
        if report.cross_script
        else ""
    )
    title = f"{old.metadata.title or old.source.path} → {new.metadata.title or new.source.path}"
    counts = (
        "<tr>" + "".join(f"<td>{info[k]}</td>" for k in ("added", "removed", "modified", "renamed", "moved", "unchanged")) + "</tr></table>"
    )
    out.write(
        f'<!DOCTYPE html>\n<html lang="{_lang(report)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>policylens diff: {escape(title)}</title>'
        f"<style>{_CSS}</style></head><body>"
        f'<input type="radio" name="view" id="v-inline"{"" if side_by_side else " checked"} hidden>'
        f'<input type="radio" name="view" id="v-sbs"{" checked" if side_by_side else ""} hidden>'
        f"<header><h1>policylens redline</h1>"
        '<table class="summary"><tr><th></th><th>old</th><th>new</th></tr>'
        f"<tr><td>file</td><td>{escape(old.source.path)}</td><td>{escape(new.source.path)}</td></tr>"
        f"<tr><td>updated</td><td>{escape(old.metadata.updated or '?')}</td><td>{escape(new.metadata.updated or '?')}</td></tr>"
        f"<tr><td>script</td><td>{escape(old.metadata.script or '?')}</td><td>{escape(new.metadata.script or '?')}</td></tr></table>"
        '<table class="summary"><tr><th>added</th><th>removed</th><th>modified</th><th>renamed</th><th>moved</th><th>unchanged</th></tr>'
        + counts
        + f"<p><strong>Material topics:</strong> {escape(topics)}</p>{variants}"
        '<div class="view-toggle">View: <label for="v-inline">◉ inline</label> · <label for="v-sbs">◎ side by side</label></div>'
        "</header>"
    )
    out.write('<div class="layout">')
    out.write(f"<nav>{''.join(nav) or '<p>No changes.</p>'}</nav>")
    out.write(f"<main>{''.join(sections)}</main></div></body></html>\n")
