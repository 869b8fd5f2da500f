"""What a redline shows of app-rendered Markdown (thirty-fifth session, u35p): the words, not the markup.

A Markdown policy written for an app's Markdown view carries `**bold**` markers, `<br>` spacer lines and formatting tags
(`<small>`, `<u>`, `<span style=…>`) around its words.  The diff compares the source (the JSON's `old_text`, `new_text`
and `spans` keep it byte for byte), but a reviewer reading the text or rich redline read 「…的内容。** <br> <br> <br>」.
Here the excerpts lose that markup: `**` markers and paired `*…*` and `_…_` italics go (`_…_` never inside a word), a run of `<br>` tags becomes one space
(none at the start or end of a paragraph), formatting tags go.  Links (`[t](u)`, `<a href>`) stay as written: their
target is policy content, and a link split over several spans of a redline could not be rewritten safely.

A change made only of markup is never hidden: when the words of both sides are the same once the markup is gone (a
link's target dropped while its text stays is not such a change: the target is a word here), the change is shown as
its raw redline with the mark `(markup only)`, and its JSON object gets `"markup_only": true` (an added field).  Inside
a change that also edits words, a deleted or inserted piece made only of markup (`[-<br>-]` next to a new sentence)
is left out, and a piece deleted and inserted with the same words (`[-**重要**-]{+重要+}`) reads as unchanged text.

Only documents read as Markdown get this (`Source.format == "markdown"` on either side): in plain text the asterisks
are what the reader sees.  The HTML renderer already renders the markup (`render.html._text`); it asks `markup_only`
and `spacer` here so that a markup-only change shows its source and a paragraph of `<br>` tags is no context line."""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.model import Change, DiffReport, DiffSpan

# A run of <br> tags with the spaces and tabs around them: one break (「。** <br> <br> <br>」 is one).
# Starts at a tag (spaces before it are `_SPACES`' job): a leading `[ \t]*` would retry a long run of spaces
# at every position (regex_store).
_BREAKS = re.compile(r"<br[ \t]*/?>(?:[ \t]*<br[ \t]*/?>)*[ \t]*", re.I)
# Formatting tags that hold no words (never <a>, whose href is content, nor <img>).
_FORMAT_TAG = re.compile(
    r"</?(?:abbr|b|big|center|del|div|em|font|i|ins|mark|p|s|small|span|strong|sub|sup|u)(?=[\s/>])[^<>]{0,1000}>",
    re.I,
)
# `**` markers, paired or not: the other half of a pair often sits in another span of the redline (`***` too, bold
# italics).  A run of four or more is text: a masked number 「138****8888」 is shown so by a Markdown viewer (u35m).
_STRONG = re.compile(r"(?<!\*)\*\*\*?(?!\*)")
# `*italics*` inside one piece of text; a `*` next to a word character on its outer side (2*3, 「注*」) stays.
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^*\s])([^*\n]{1,500}?)(?<=[^*\s])\*(?![\w*])")
# `_italics_` as CommonMark reads them: never inside a word (「我们_不会_出售」, `file_name`), u56d.
_UNDER_ITALIC = lazy(r"(?<![\w_])_(?=[^_\s])([^_\n]{1,500}?)(?<=[^_\s])_(?![\w_])")
_SPACES = re.compile(r"[ \t]{2,}")
# A bullet list item's marker, with the line break before it when the piece holds one: in a Markdown view a bullet,
# in a redline 「對 [---]{+App+}」 and 「目的[- ¶ - -]{+；或+}」 (eval/pairs35 tut-terms-hant, a list made a sentence).
# Numbers (「1.」) are not: a viewer shows them, and a clause number is content.  (A loop, not a regex: linear on long
# space runs, `regex_store`.)


def _bullet_text(text: str) -> bool:
    """`text` is spaces, at most one line break, spaces, one of `-*+`, spaces."""
    rest = text.strip(" \t")
    if rest.startswith("\n"):
        rest = rest[1:].lstrip(" \t")
    return rest in ("-", "*", "+")


def words(text: str) -> str:
    """`text` as a reader of the rendered page reads it: markup out, a break run one space, spaces not doubled."""
    text = _BREAKS.sub(" ", text)
    text = _FORMAT_TAG.sub("", text)
    text = _STRONG.sub("", text)
    text = _ITALIC.sub(r"\1", text)
    text = _UNDER_ITALIC.sub(r"\1", text)
    return _SPACES.sub(" ", text)


def _bare(text: str) -> str:
    """`words` with every space gone: what decides whether two pieces say the same thing."""
    return "".join(words(text).split())


def is_markdown(report: DiffReport) -> bool:
    """Either side was read as Markdown: its excerpts are shown without markup."""
    return "markdown" in (report.old.source.format, report.new.source.format)


def spacer(text: str) -> bool:
    """A paragraph made only of markup (a `<br> <br>` spacer line): nothing for a reader, no context line."""
    return bool(text.strip()) and not _bare(text)


def markup_only(c: Change) -> bool:
    """The change's two sides say the same words once the markup is gone (or an inserted or deleted paragraph holds
    none): it is shown as its source, marked `(markup only)`."""
    if c.variant or c.reworded:
        return False
    if c.op == "insert":
        return spacer(c.new_text or "")
    if c.op == "delete":
        return spacer(c.old_text or "")
    old, new = c.old_text or "", c.new_text or ""
    return old != new and _bare(old) == _bare(new)


def one_break(text: str) -> str:
    """For the HTML redline, which renders markup itself: a run of `<br>` tags is one `<br>`."""
    return _BREAKS.sub("<br>", text)


def _head_trimmed(text: str) -> str:
    """`text` without spaces or `<br>` breaks at its start (a loop, not a regex: linear on long space runs)."""
    while True:
        text = text.lstrip()
        if not text.startswith("<br>"):
            return text
        text = text[4:]


def _tail_trimmed(text: str) -> str:
    """`text` without spaces or `<br>` breaks at its end."""
    while True:
        text = text.rstrip()
        if not text.endswith("<br>"):
            return text
        text = text[:-4]


def trimmed(text: str, form: Callable[[str], str] = words) -> str:
    """A whole paragraph in its `form`, without spaces or breaks at its ends."""
    return _tail_trimmed(_head_trimmed(form(text)))


def shown_spans(spans: tuple[DiffSpan, ...], form: Callable[[str], str] = words) -> tuple[DiffSpan, ...]:
    """The spans of a change that edits words, as they are shown: each piece in its `form` (`words`, or `one_break`
    for HTML), the paragraph's ends trimmed of spaces and breaks, deleted or inserted pieces made only of markup left
    out, a piece deleted and inserted with the same words made unchanged text (the new side's), neighbouring
    unchanged pieces joined."""
    pieces = [DiffSpan(s.op, form(s.text), None if s.old is None else form(s.old)) for s in spans]
    pieces = [s for k, s in enumerate(pieces) if s.op == "equal" or (_bare(s.text) and not _bullet(pieces, k))]
    out: list[DiffSpan] = []
    k = 0
    while k < len(pieces):
        s = pieces[k]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if nxt is not None and {s.op, nxt.op} == {"delete", "insert"} and _bare(s.text) == _bare(nxt.text):
            s = DiffSpan("equal", nxt.text if nxt.op == "insert" else s.text)
            k += 1
        if out and s.op == "equal" and out[-1].op == "equal" and s.old is None and out[-1].old is None:
            out[-1] = DiffSpan("equal", out[-1].text + s.text)
        else:
            out.append(s)
        k += 1
    while out and not _head_trimmed(out[0].text):  # spaces or breaks only: nothing to show at the start
        out.pop(0)
    while out and not _tail_trimmed(out[-1].text):
        out.pop()
    if out:
        out[0] = out[0]._replace(text=_head_trimmed(out[0].text))
        out[-1] = out[-1]._replace(text=_tail_trimmed(out[-1].text))
    return tuple(s for s in out if s.text)


def _side_before(pieces: list[DiffSpan], k: int, op: str) -> str:
    """The text just before piece `k` on its side (`op` "delete": the old side, "insert": the new)."""
    for s in reversed(pieces[:k]):
        if s.op == "equal":
            return s.old if op == "delete" and s.old is not None else s.text
        if s.op == op:
            return s.text
    return "\n"  # the paragraph's start


def _bullet(pieces: list[DiffSpan], k: int) -> bool:
    """Piece `k`, deleted or inserted, is only a bullet list marker at a line's start on its side (`_bullet_text`)."""
    text = pieces[k].text
    if not _bullet_text(text):
        return False
    at_start = "\n" in text or _side_before(pieces, k, pieces[k].op).rstrip(" \t").endswith("\n")
    return at_start and (text[-1] in " \t" or _side_after(pieces, k, pieces[k].op)[:1] in (" ", "\t"))


def _side_after(pieces: list[DiffSpan], k: int, op: str) -> str:
    """The text just after piece `k` on its side: a marker is one only before a space (「-5」, 「+86」 are text)."""
    for s in pieces[k + 1 :]:
        if s.op == "equal":
            return s.old if op == "delete" and s.old is not None else s.text
        if s.op == op:
            return s.text
    return ""


def for_reader(c: Change, markdown: bool, form: Callable[[str], str] = words) -> tuple[Change, bool]:
    """`c` as a redline shows it (pieces in their `form`), and whether it is a markup-only change (shown as its
    source).  Outside Markdown, or for a markup-only change, `c` itself."""
    if not markdown:
        return c, False
    if markup_only(c):
        return c, True

    spans = shown_spans(c.spans, form)
    if c.op == "replace" and not any(s.op != "equal" for s in spans):  # nothing left to mark: show its source
        return c, True
    return (
        c._replace(
            spans=spans,
            old_text=None if c.old_text is None else trimmed(c.old_text, form),
            new_text=None if c.new_text is None else trimmed(c.new_text, form),
        ),
        False,
    )
