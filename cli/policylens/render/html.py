"""`--format html`: one self-contained redline report (no scripts, no external files).

Every character of policy text goes through `html.escape`, so a policy containing
`<script>` is shown as text and can never run.  The inline / side-by-side switch is
pure CSS (radio buttons), and a print stylesheet prints the inline view.
"""

from __future__ import annotations

import re
from html import escape as _html_escape
from typing import TextIO

from policylens.model import Change, DiffReport, DiffSpan, Paragraph, SectionDiff
from policylens.render.safe import quote_path, visible
from policylens.report_heads import DIFF_HTML_TITLE


def escape(text: str) -> str:
    """Text as HTML, with control characters shown (`render.safe.visible`), as `compare --format html` has it.

    A raw bidi override (U+202E) reversed the rest of a redline line in the browser, so the
    reviewer read another text than the policy's; ESC, NUL and C1 controls were written raw.
    """
    return _html_escape(visible(text))


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
.legend{font-size:13px;color:#444}.legend .gutter{min-width:0;display:inline}.legend .change{display:inline;padding:0 4px;border-left-width:3px}
#v-sbs:checked~.layout .inline{display:none}
#v-inline:checked~.layout .sbs{display:none}
.folded>summary{color:var(--muted);font-style:italic;cursor:pointer;padding:6px 0}
.para{margin:4px 0;white-space:pre-wrap;word-break:break-word;color:#333}
.gutter{display:inline-block;min-width:8em;color:var(--muted);font-size:12px;user-select:none;margin-right:8px}
.sbs .gutter{min-width:3.5em}
.sbs tr.same td{color:var(--muted)}
.change.variant{border-color:#69c}.change.reworded{border-color:#bbb;opacity:.75}.variant{background:#e6f0ff;border-bottom:1px dotted #369}
.link{text-decoration:underline dotted;color:#124}
code{font-family:ui-monospace,monospace;background:#f4f4f4;padding:0 3px}
.view-toggle label{display:inline-block;padding:2px 10px;border:1px solid var(--line);border-radius:12px;cursor:pointer}
#v-inline:checked~header label[for=v-inline],#v-sbs:checked~header label[for=v-sbs]{background:#224;color:#fff;border-color:#224}
@media (max-width:720px){.layout{display:block}nav{position:static;max-height:40vh;border-right:0;border-bottom:1px solid var(--line)}
main,header{padding:12px}.gutter{min-width:0;display:block}table.summary{display:block;overflow-x:auto;max-width:100%}}
@media print{nav,.view-toggle,input{display:none}details.folded{display:none}.layout{display:block}.sbs{display:none!important}.inline{display:block!important}
section.sec{break-inside:avoid}body{font-size:11pt}}
"""


# Inline markup shown as what it means: link text (the target in a tooltip), emphasis,
# code; other tags dropped.  Bounded repeats only (issue #12).  `_emphasis_` as CommonMark reads it: never inside a
# word (「我们_不会_出售」, `snake_case_name` stay as written), so only with no word character outside either mark
# (fifty-sixth session, u56d: an added paragraph showed 「_加密_」 where the page shows 加密 in italics).
_INLINE = re.compile(
    r"(?P<md>!?\[(?P<md_text>[^\[\]\n]{0,500})\]\((?P<md_url>[^()\s]{0,2000})(?:\s+[\"'][^\"'\n]{0,300}[\"'])?\))"
    r"|(?P<a><a\s[^<>]{0,1000}?href\s*=\s*[\"']?(?P<a_url>[^\"'\s<>]{1,2000})(?=[\"'\s>])[\"']?[^<>]{0,1000}>(?P<a_text>[^<]{0,1000})</a\s*>)"
    r"|(?P<strong>\*\*(?P<strong_text>[^*\n]{1,500})\*\*|__(?P<under_text>[^_\n]{1,500})__|<(?:strong|b)>(?P<strong_tag>[^<]{1,500})</(?:strong|b)>)"
    r"|(?P<em>(?<![\w*])\*(?P<em_text>[^*\s][^*\n]{0,500}?)\*(?![\w*])|<(?:em|i)>(?P<em_tag>[^<]{1,500})</(?:em|i)>"
    r"|(?<![\w_])_(?P<em_under>[^_\s](?:[^_\n]{0,500}?[^_\s])?)_(?![\w_]))"
    r"|(?P<code>`(?P<code_text>[^`\n]{1,500})`)"
    r"|(?P<tag></?(?:abbr|br|code|del|div|font|ins|mark|p|s|small|span|strong|sub|sup|u|b|i|em)(?=[\s/>])[^<>]{0,1000}>)",
    re.I,
)


# What is left of emphasis whose other half fell into another span of the redline
# (`**` … change … `**`), and a Markdown list marker at the start of a paragraph.
_LONE_DELIMITER = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_LIST_BULLET = re.compile(r"^[ \t]{0,3}[*+-][ \t]+")


def _plain(text: str) -> str:
    return escape(_LONE_DELIMITER.sub("", text))


def _text(text: str, *, start: bool = False) -> str:
    """Policy text as HTML: escaped, with Markdown/HTML markup rendered, never executed.
    `start`: the text begins a paragraph (a list marker becomes a bullet)."""
    out: list[str] = []
    pos = 0
    if start:
        bullet = _LIST_BULLET.match(text)
        if bullet:
            out.append("• ")
            pos = bullet.end()
    for m in _INLINE.finditer(text, pos):
        out.append(_plain(text[pos : m.start()]))
        pos = m.end()
        if m.group("md") or m.group("a"):
            label = m.group("md_text") if m.group("md") else m.group("a_text")
            url = m.group("md_url") if m.group("md") else m.group("a_url")
            out.append(f'<span class="link" title="{escape(url or "")}">{escape(label or "")}</span>')
        elif m.group("strong"):
            label = m.group("strong_text") or m.group("under_text") or m.group("strong_tag") or ""
            out.append(f"<strong>{escape(label)}</strong>")
        elif m.group("em"):
            out.append(f"<em>{escape(m.group('em_text') or m.group('em_tag') or m.group('em_under') or '')}</em>")
        elif m.group("code"):
            out.append(f"<code>{escape(m.group('code_text'))}</code>")
        elif m.group(0).lower().startswith("<br"):
            out.append("<br>")
        # any other tag: formatting only, dropped
    out.append(_plain(text[pos:]))
    return "".join(out)


def _spans_inline(spans: tuple[DiffSpan, ...], show_variants: bool, raw: bool = False) -> str:
    """`raw`: a change only of markup, shown as its source (`render.markup`), not rendered."""
    if raw:
        return "".join(
            f"<del>{escape(s.text)}</del>" if s.op == "delete" else f"<ins>{escape(s.text)}</ins>" if s.op == "insert" else escape(s.text)
            for s in spans
        )
    out = []
    for k, s in enumerate(spans):
        if s.op == "delete":
            out.append(f"<del>{_text(s.text, start=k == 0)}</del>")
        elif s.op == "insert":
            out.append(f"<ins>{_text(s.text, start=k == 0)}</ins>")
        elif s.old is not None and show_variants and s.old.strip() != s.text.strip():
            out.append(f'<span class="variant" title="{escape(s.old)}">{_text(s.text, start=k == 0)}</span>')
        else:
            out.append(_text(s.text, start=k == 0))
    return "".join(out)


def _spans_side(spans: tuple[DiffSpan, ...], raw: bool = False) -> tuple[str, str]:
    """`raw`: a change only of markup, each side shown as its source (`render.markup`)."""
    text = (lambda t, start: escape(t)) if raw else (lambda t, start: _text(t, start=start))
    old: list[str] = []
    new: list[str] = []
    for s in spans:
        if s.op == "delete":
            old.append(f"<del>{text(s.text, not old)}</del>")
        elif s.op == "insert":
            new.append(f"<ins>{text(s.text, not new)}</ins>")
        else:
            old.append(text(s.old if s.old is not None else s.text, not old))
            new.append(text(s.text, not new))
    return "".join(old), "".join(new)


def _where(c: Change) -> str:
    old = f"old L{c.old_line}" if c.old_line else ""
    new = f"new L{c.new_line}" if c.new_line else ""
    return " · ".join(x for x in (old, new) if x)


def _topics(topics: tuple[str, ...]) -> str:
    from policylens.render.diffview import TOPIC_LABELS

    return "".join(f'<span class="badge topic">{escape(TOPIC_LABELS[t])}</span>' for t in topics)


def _stream(s: SectionDiff) -> list[tuple[Paragraph | None, Change | None]]:
    """The section's new paragraphs in order, with each change in its place (a deleted
    paragraph where it was, a reflowed change in place of the paragraphs it covers)."""
    paragraphs = list(s.new.paragraphs) if s.new else []
    out: list[tuple[Paragraph | None, Change | None]] = []
    k = 0
    for c in s.changes:
        if c.new_line is not None:
            while k < len(paragraphs) and paragraphs[k].line < c.new_line:
                out.append((paragraphs[k], None))
                k += 1
            covered = (c.new_text or "").count("\n") + 1
            k = min(len(paragraphs), k + covered) if k < len(paragraphs) and paragraphs[k].line == c.new_line else k
        out.append((None, c))
    out += [(p, None) for p in paragraphs[k:]]
    return out


_MARKUP_ONLY = '<span class="badge">markup only</span>'


def _section(
    k: int,
    s: SectionDiff,
    show_variants: bool,
    moves: list[str] | None = None,
    markdown: bool = False,
    chrome: frozenset[tuple[int, int]] = frozenset(),
) -> str:
    """`markdown`: a Markdown source, whose `<br>` runs are one break, whose spacer lines are no context and whose
    changes only of markup show their source (`render.markup`).  `chrome`: the new page's chrome lines ((line, column),
    `Document.chrome`), no context either: the summary says they were ignored, and a menu's links read as one run-on
    line (「光迹探楼English支持与反馈」) among the policy's paragraphs (thirty-sixth session, pairs36 gj-md-html)."""
    from policylens.render.diffview import lines, section_block, section_label
    from policylens.render.markup import for_reader, one_break, spacer, trimmed

    badges = f'<span class="badge status">{escape(s.status)}</span>'
    badges += '<span class="badge">merged</span>' if s.merged else ""
    badges += '<span class="badge">split</span>' if s.split else ""
    badges += '<span class="badge">moved</span>' if s.moved else ""
    badges += '<span class="badge">renamed</span>' if s.renamed else ""
    one_sided = s.status in ("added", "removed")
    if one_sided:
        badges += _topics(s.topics)  # the whole section is the change
    inline, rows = [], []
    for p, c in _stream(s):
        if c is None and p is not None:
            if markdown and spacer(p.text):  # a `<br> <br>` line: nothing to read
                continue
            if (p.line, p.column) in chrome:  # page chrome, ignored (the summary counts it): no context
                continue
            shown = trimmed(p.text, one_break) if markdown else p.text
            # an unchanged paragraph is the new file's: its line says so, as a change's gutter says old and new (review u26u)
            inline.append(f'<div class="para"><span class="gutter">new L{p.line}</span>{_text(shown, start=True)}</div>')
            rows.append(
                f'<tr class="same"><td>{_text(shown, start=True)}</td>'
                f'<td><span class="gutter">L{p.line}</span>{_text(shown, start=True)}</td></tr>'
            )
            continue
        assert c is not None
        c, raw = for_reader(c, markdown, one_break)
        kind = "variant" if c.variant else "reworded" if c.reworded else c.op
        topics = "" if one_sided or c.variant else _topics(c.topics)
        inline.append(
            f'<div class="change {kind}"><span class="gutter">{escape(_where(c))}</span>'
            f"{_spans_inline(c.spans, show_variants or c.variant, raw)}{_MARKUP_ONLY if raw else ''}{topics}</div>"
        )
        old, new = _spans_side(c.spans, raw)
        rows.append(
            f'<tr class="{kind}"><td><span class="gutter">{"L" + str(c.old_line) if c.old_line else ""}</span>{old}</td>'
            f'<td><span class="gutter">{"L" + str(c.new_line) if c.new_line else ""}</span>{new}</td></tr>'
        )
    body = "".join(f'<p class="moves">{escape(line)}</p>' for line in moves or ())
    block = section_block(s)
    if block:  # a section added or removed whole: one entry, its paragraphs under it (u52d)
        body += f'<p class="block {block.op}">{escape(block.head())}</p>'
    if inline:
        body += f'<div class="inline">{"".join(inline)}</div>'
        body += f'<table class="sbs"><tr><th>old</th><th>new</th></tr>{"".join(rows)}</table>'
    return (
        f'<section class="sec {escape(s.status)}" id="sec-{k}"><h2>{_text(section_label(s))}{badges}'
        f'<span class="loc">{escape(lines(s))}</span></h2>{body}</section>'
    )


def _title_section(c: Change, show_variants: bool, label: str, markdown: bool = False) -> str:
    """The document title's change (`label`: which title), as a section of its own before the others."""
    from policylens.render.diffview import at_line
    from policylens.render.markup import for_reader, one_break

    c, raw = for_reader(c, markdown, one_break)
    kind = "variant" if c.variant else c.op
    status = "variant" if c.variant else "modified"  # a title in the other script is no change (review)
    old, new = _spans_side(c.spans, raw)
    inline = (
        f'<div class="change {kind}"><span class="gutter">{escape(_where(c))}</span>'
        f"{_spans_inline(c.spans, show_variants or c.variant, raw)}{_MARKUP_ONLY if raw else ''}</div>"
    )
    row = (
        f'<tr class="{kind}"><td><span class="gutter">{at_line(c.old_line)}</span>{old}</td>'
        f'<td><span class="gutter">{at_line(c.new_line)}</span>{new}</td></tr>'
    )
    return (
        f'<section class="sec {"unchanged" if c.variant else "modified"}" id="sec-title"><h2>{escape(label)}<span class="badge status">{status}</span></h2>'
        f'<div class="inline">{inline}</div><table class="sbs"><tr><th>old</th><th>new</th></tr>{row}</table></section>'
    )


def _unchanged(k: int, s: SectionDiff) -> str:
    """An unchanged section, whole, inside the collapsed run it belongs to."""
    from policylens.render.diffview import lines, section_label

    paragraphs = (
        "".join(f'<div class="para"><span class="gutter">L{p.line}</span>{_text(p.text, start=True)}</div>' for p in s.new.paragraphs)
        if s.new
        else ""
    )
    return f'<section class="sec unchanged" id="sec-{k}"><h3>{_text(section_label(s))}<span class="loc">{escape(lines(s))}</span></h3>{paragraphs}</section>'


def _collapsed(run: list[str]) -> str:
    n = len(run)
    return f'<details class="folded"><summary>{n} unchanged section{"s" if n > 1 else ""}</summary>{"".join(run)}</details>'


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


def _legend(report: DiffReport, show_variants: bool) -> str:
    """What each mark of the redline means, drawn with the marks themselves (review u26u: the report had no legend,
    and a reader had to guess that a struck word is the old text and which chips are topics)."""
    items = [
        "<del>deleted</del> old text only",
        "<ins>inserted</ins> new text only",
        '<span class="badge topic">topic</span> material topic of the change',
        '<span class="gutter">old L3 · new L4</span> line in each file',
        '<span class="link">link</span> link text (its target on hover)',
    ]
    if report.cross_script and show_variants:
        items.append('<span class="variant">variant</span> other script or regional word (hover: the old form)')
    if report.cross_script:
        items.append('<span class="change reworded">≃ faded</span> reworded: same content in other words, not counted')
    return '<p class="legend"><strong>Legend:</strong> ' + " · ".join(items) + "</p>"


def render_diff(report: DiffReport, out: TextIO, *, side_by_side: bool = False, show_variants: bool = False, **_: object) -> None:
    """Write the whole HTML document."""
    from policylens.render.invisible import shown

    report = shown(report)  # zero-width characters of changed text named (u56d2)
    from policylens.diff.align import summary
    from policylens.render.diffview import (
        TOPIC_LABELS,
        chrome_note,
        move_lines,
        restructured,
        reworded_note,
        section_label,
        title_label,
        title_shown,
    )
    from policylens.render.markup import is_markdown

    info = summary(report)
    old, new = report.old, report.new
    topics = ", ".join(TOPIC_LABELS[t] for t in info["topics"]) or "none"  # type: ignore[union-attr]
    nav: list[str] = []
    sections: list[str] = []
    run: list[str] = []
    if report.title is not None and title_shown(report, show_variants=show_variants):
        # the title is not a section, but a rename of the product or policy comes first
        status = "variant" if report.title.variant else "modified"
        nav.append(f'<a href="#sec-title">{escape(title_label(report))} <small>({status})</small></a>')
        sections.append(_title_section(report.title, show_variants, title_label(report), is_markdown(report)))
    for k, s in enumerate(report.sections):
        if s.status == "unchanged" and not restructured(s) and not (show_variants and s.variants):
            run.append(_unchanged(k, s))
            continue
        if run:
            sections.append(_collapsed(run))
            run = []
        shown = "merged" if s.merged else "split" if s.split else s.status
        nav.append(f'<a href="#sec-{k}">{escape(section_label(s))} <small>({escape(shown)})</small></a>')
        sections.append(_section(k, s, show_variants, move_lines(report, s), is_markdown(report), report.new.chrome))
    if run:
        sections.append(_collapsed(run))
    variants = (
        f"<p>Compared across scripts (characters and regional wording matched on both sides): {info['variants']} script/regional variants ignored.</p>"
        if report.cross_script
        else ""
    )
    if info.get("chrome"):
        variants += f"<p>{escape(chrome_note(info['chrome']))}</p>"
    if info.get("reworded") or info.get("reworded_titles"):
        variants += f"<p>{escape(reworded_note(info))}</p>"
    title = f"{old.metadata.title or quote_path(old.source.path)} → {new.metadata.title or quote_path(new.source.path)}"
    # merged and split (text moved with its heading gone or new) get a column when they occur
    columns = ("added", "removed", "modified", "renamed", "moved", "unchanged", *(k for k in ("merged", "split") if info[k]))
    counts = "<tr>" + "".join(f"<td>{info[k]}</td>" for k in columns) + "</tr></table>"
    out.write(
        f'<!DOCTYPE html>\n<html lang="{_lang(report)}"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{DIFF_HTML_TITLE}{escape(title)}</title>'
        f"<style>{_CSS}</style></head><body>"
        f'<input type="radio" name="view" id="v-inline"{"" if side_by_side else " checked"} hidden>'
        f'<input type="radio" name="view" id="v-sbs"{" checked" if side_by_side else ""} hidden>'
        f"<header><h1>policylens redline</h1>"
        '<table class="summary"><tr><th></th><th>old</th><th>new</th></tr>'
        f"<tr><td>file</td><td>{escape(quote_path(old.source.path))}</td><td>{escape(quote_path(new.source.path))}</td></tr>"
        f"<tr><td>updated</td><td>{escape(old.metadata.updated or '?')}</td><td>{escape(new.metadata.updated or '?')}</td></tr>"
        f"<tr><td>script</td><td>{escape(old.metadata.script or '?')}</td><td>{escape(new.metadata.script or '?')}</td></tr></table>"
        '<table class="summary"><tr>'
        + "".join(f"<th>{k}</th>" for k in columns)
        + "</tr>"
        + counts
        + f"<p><strong>Material topics:</strong> {escape(topics)}</p>{variants}{_legend(report, show_variants)}"
        '<div class="view-toggle">View: <label for="v-inline">inline</label> <label for="v-sbs">side by side</label></div>'
        "</header>"
    )
    out.write('<div class="layout">')
    out.write(f"<nav>{''.join(nav) or '<p>No changes.</p>'}</nav>")
    out.write(f"<main>{''.join(sections)}</main></div></body></html>\n")
