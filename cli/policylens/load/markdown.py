"""Reader for Markdown (CommonMark-ish, plus kramdown/Hugo/Docusaurus habits).

Handles front matter, ATX (also the common `##标题` without a space) and Setext
headings, fenced code, tables, block quotes, HTML comments and kramdown attribute
lines.  Inline markup stays in paragraph text so columns remain exact; heading
titles are cleaned of `#`, tags, `{: …}` and emphasis.
"""

from __future__ import annotations

import re

from policylens.lazyre import delimited
from policylens.load.lines import Line, LineTuple, group_lines, make_block
from policylens.load.types import Parsed
from policylens.model import Block, Piece
from policylens.normalise import split_lines, strip_span

# The opening of an ATX heading; the closing `#`s and spaces are cut in `_atx` (the
# one-regex form `(.*?)(?:[ \t]+#+)?[ \t]*$` is quadratic on a long run of spaces).
_ATX_OPEN = re.compile(r"^( {0,3})(#{1,6})(?:[ \t]+|(?=[^\s#]))")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_IAL = re.compile(r"\{:[^{}]*\}")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")  # not autolinks like <privacy@example.com>
_TABLE_SEP = re.compile(r"^\|?[\s:|-]+\|?$")
_QUOTE = re.compile(r"^( {0,3}>[ \t]?)+")
_FRONT_KV = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*((?:.*\S)?)\s*$")  # not (.*?)\s*$: quadratic on trailing spaces
_DATETIME_ATTR = re.compile(r"datetime\s*=\s*\"([^\"]+)\"")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def clean_title(text: str) -> str:
    """Remove inline markup from a heading: IAL, tags, emphasis markers, stray #."""
    text = _IAL.sub("", text)
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return text.strip().strip("#").strip()


def _atx(line: str) -> tuple[str, str, str, int] | None:
    """(indent, hashes, content, content start) of an ATX heading line, without its closing `#`s."""
    m = _ATX_OPEN.match(line)
    if m is None:
        return None
    rest = line[m.end() :].rstrip(" \t")
    if rest.endswith("#"):
        unclosed = rest.rstrip("#")
        if unclosed.endswith((" ", "\t")):
            rest = unclosed.rstrip(" \t")
    return m.group(1), m.group(2), rest, m.end()


def read_markdown(text: str) -> Parsed:
    """Parse Markdown into blocks; front matter feeds the title and date hints."""
    parsed = Parsed(blocks=[])
    raw = split_lines(text)
    i = 0
    if raw and raw[0].strip() in ("---", "+++"):
        fence = raw[0].strip()
        for j in range(1, len(raw)):
            if raw[j].strip() == fence:
                for line in raw[1:j]:
                    m = _FRONT_KV.match(line)
                    if m:
                        key, value = m.group(1).lower(), m.group(2).strip("'\"")
                        if key == "title" and value:
                            parsed.title = value
                        elif key in ("date", "lastmod", "updated", "last_update", "effective"):
                            parsed.dates.append((key, value))
                i = j + 1
                break
    # Comments that open and close on one line are cut out (kept for suppressions) and
    # replaced by spaces, so text around them keeps its columns: 「第九段<!-- x -->结束。」.
    cuts: dict[int, list[tuple[int, int]]] = {}
    for n, line in enumerate(raw):
        if "<!--" in line and not line.lstrip().startswith("<!--"):
            for start, end in delimited(line, "<!--", "-->"):  # linear, unlike <!--.*?-->
                parsed.comments.append((n + 1, line[start:end]))
                cuts.setdefault(n, []).append((start, end))
                line = line[:start] + " " * (end - start) + line[end:]
            raw[n] = line
    para: list[LineTuple] = []

    def flush() -> None:
        parsed.blocks.extend(group_lines(para))
        para.clear()

    n = len(raw)
    while i < n:
        line = raw[i]
        number = i + 1
        stripped = line.strip()
        # HTML comments (possibly spanning lines) are markup; keep them for suppressions.
        if stripped.startswith("<!--"):
            j = i
            while "-->" not in raw[j] and j + 1 < n:
                j += 1
            if "-->" not in raw[j]:
                parsed.warnings.append(f"line {number}: unclosed HTML comment, kept as text")
            else:
                flush()
                end = raw[j].index("-->") + 3
                parsed.comments.append((number, "\n".join(raw[i:j]) + ("\n" if j > i else "") + raw[j][:end]))
                rest = raw[j][end:]
                if rest.strip():
                    # text after the comment on its closing line is content: keep it with its column
                    raw[j] = " " * end + rest
                    i = j
                    continue
                i = j + 1
                continue
        # The block-level patterns below all start (after up to three spaces) with one
        # marker character: most lines are prose, and skip them on that one test.
        lead = (line.lstrip(" ") or "\n")[0]  # "\n" for a blank line: no marker
        fence = _FENCE.match(line) if lead in "`~" else None
        if fence:
            flush()
            marker = fence.group(1)
            j = i + 1
            code: list[Line] = []
            while j < n and not raw[j].strip().startswith(marker[:3]):
                code.append(Line(j + 1, 1, raw[j]))
                j += 1
            block = _code_block(code)
            if block:
                parsed.blocks.append(block)
            i = j + 1
            continue
        quote = _QUOTE.match(line) if lead == ">" else None
        offset = quote.end() if quote else 0
        content = line[offset:]
        atx = _atx(content) if content.lstrip(" ")[:1] == "#" else None
        if atx and (atx[0] or not content.startswith("#" * 7)):
            flush()
            title = clean_title(atx[2])
            if title:
                start, _ = strip_span(atx[2])
                col = offset + atx[3] + start + 1
                parsed.blocks.append(Block("heading", title, number, col, number, (Piece(0, len(title), number, col),), len(atx[1])))
            i += 1
            continue
        setext = _SETEXT.match(line) if lead in "=-" else None
        if setext and para:
            # "text\n===" / "text\n---": a Setext heading (takes precedence over a rule).
            run = para[-1:]
            del para[-1:]
            flush()
            heading = make_block(run, "heading", level=1 if setext.group(1)[0] == "=" else 2)
            if heading:
                parsed.blocks.append(
                    Block(
                        "heading", clean_title(heading.text), heading.line, heading.column, heading.end_line, heading.pieces, heading.level
                    )
                )
            i += 1
            continue
        if lead in "*-_" and _HR.match(line):
            flush()
            i += 1
            continue
        if stripped.startswith("|") and _TABLE_SEP.match(stripped) and _table_row(raw[i - 1] if i else ""):
            flush()
            i += 1
            continue
        if stripped.startswith("|"):
            flush()
            block = make_block([Line(number, offset + 1, content)], "table")
            if block:
                parsed.blocks.append(block)
            i += 1
            continue
        if stripped.startswith("{") and _IAL.fullmatch(stripped):
            m = _DATETIME_ATTR.search(stripped)
            if m:
                parsed.dates.append(("datetime", m.group(1)))
            i += 1
            continue
        if "<" in stripped and not _TAG.sub("", stripped).strip():
            # A line of tags only (<div id="nav1"></div>, <br>) carries no text.
            m = _DATETIME_ATTR.search(stripped)
            if m:
                parsed.dates.append(("datetime", m.group(1)))
            flush()
            i += 1
            continue
        m = _DATETIME_ATTR.search(stripped) if "datetime" in stripped else None
        if m:
            parsed.dates.append(("datetime", m.group(1)))
        if i in cuts:
            # the text on both sides of an inline comment, each with its true column
            start = offset
            for lo, hi in cuts[i]:
                if lo > start:
                    para.append(Line(number, start + 1, line[start:lo]))
                start = max(start, hi)
            para.append(Line(number, start + 1, line[start:]))
        else:
            para.append((number, offset + 1, content))
        i += 1
    flush()
    return parsed


def _table_row(line: str) -> bool:
    """A table row that is not itself a separator (the header above a |---| line)."""
    previous = line.strip()
    return previous.startswith("|") and not _TABLE_SEP.match(previous)


def _code_block(lines: list[Line]) -> Block | None:
    """A fenced block: lines kept apart with newlines, one piece per line."""
    text = ""
    pieces: list[Piece] = []
    for line in lines:
        start, end = strip_span(line.text)
        if start == end:
            continue
        if text:
            text += "\n"
        pieces.append(Piece(len(text), end - start, line.number, start + 1))
        text += line.text[start:end]
    if not pieces:
        return None
    return Block("code", text, pieces[0].line, pieces[0].column, pieces[-1].line, tuple(pieces))
