"""placeholder-review-comment: a Word review comment exported with the text (`[[1]](#_msocom_1)`, `Comment [JD1]:`)."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.around import only_before
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit

# Word's comment anchors, as a converter writes them into Markdown: [[1]](#_msocom_1), [[KD1\]](#_msocom_1),
# [a1](#_msoanchor_1).  The pattern starts at the link target, which `re` finds by its literal; `_anchor_start`
# takes the finding back to the link's opening bracket.
_ANCHOR = lazy(r"\]\((?:[^()\s]{0,200}?)#_mso(?:com|anchor)_\d{1,4}\)")
# Word's comment list, pasted as text: "Comment [JD1]: …", "[JD1]Comment: …", 批注 [JD1]: …
_COMMENT_LINE = lazy(
    r"(?<![A-Za-z])(?:(?i:comment)|批注|批註|注释|註釋)[ \t\u3000]*\\?\[[A-Za-z]{1,4}\d{1,3}\\?\][ \t\u3000]*[：:]"
    r"|\\?\[[A-Za-z]{1,4}\d{1,3}\\?\][ \t\u3000]*(?i:comment)[ \t\u3000]*[：:]"
)
# In HTML saved by Word the anchor's text [JD1] is all that reaches the text (the href and the class are markup);
# it counts only in a Word export (its conditional comments name `mso`).
_MARK = lazy(r"\[[A-Za-z]{1,4}\d{1,3}\]")
_INITIALS = lazy(r"\[[A-Z]{2,4}\d{1,3}\]")
_OPEN = "["
_COMMENT_WORDS = ("omment", "OMMENT", "批注", "批註", "注释", "註釋")  # a literal pre-check before the pattern


def _anchor_start(text: str, end: int) -> int:
    """The opening bracket of the link whose `](#_msocom_…)` starts at `end`: `[[KD1\\]](…)` → its first `[`."""
    depth = 0
    i = end - 1
    while i >= 0 and end - i <= 24:
        c = text[i]
        if c == "]":
            depth += 1
        elif c == _OPEN:
            if depth == 0:
                # [[1]](#_msocom_1): the outer bracket of a doubled one
                return i - 1 if i > 0 and text[i - 1] == _OPEN else i
            depth -= 1
        i -= 1
    return end


@register
class PlaceholderReviewComment(Rule):
    """Flags a Word review comment published with the policy: `[[1]](#_msocom_1)`, `[JD1]`, `Comment [JD1]: …`.

    ## What it does
    Finds the traces of Word's review comments left in a policy converted from a .docx:

    - a comment anchor in Markdown: a link to `#_msocom_N` or `#_msoanchor_N`
      (`[[1]](#_msocom_1)`, `[[KD1\\]](#_msocom_1)`, `[a1](#_msoanchor_1)`);
    - the comment list pasted as text: `Comment [JD1]: 这里需要法务确认`, `[JD1]Comment:`, 批注 [JD1]：;
    - in HTML saved by Word (its `<!--[if gte mso 9]>` comments), the anchor text `[JD1]` itself.

    Not flagged: `[A1]` in a document that is not a Word export (an annex or a table cell), a
    reference link, a footnote `[1]`.

    ## Severity
    Error: the anchor is visible text that says a reviewer's comment was attached here, and the
    comment itself (a question, an objection, a missing fact) is usually published at the end of
    the page.  The text was published before the review was resolved.

    ## Why is this bad?
    The reader sees bracketed initials in the policy, and often the reviewer's note ("需法务确认",
    "is this still true?"): the clause it marks may not be final.

    ## Example
        我们会将您的信息保存 3 年[[KD1]](#_msocom_1)。

    Use instead:
        我们会将您的信息保存 3 年。

    ## References
    - PIPL 第十七条 (the notice must be true, accurate and complete).
    """

    id = "placeholder-review-comment"
    severity = "error"
    groups = ("placeholder",)
    supersedes = ("bracket-unbalanced", "script-mixed", "placeholder-instruction", "placeholder-residue")
    messages = {
        "en": "a Word review comment left in the text: {text}",
        "zh-Hant": "Word 審閱註解未刪除：{text}",
        "zh-Hans": "Word 审阅批注未删除：{text}",
    }

    def _comment_lines(self, ctx: Context) -> Iterator[Finding]:
        """A pasted comment line, 「Comment [JD1]: 这里需要法务确认」, to its line's end or the next comment's start.

        Each comment ran to the end of its line: on a line of 12,000 comments every finding
        held the rest of the line (216 KB of text gave 2.6 GB of JSON and 6.5 GB of memory).
        """
        held: tuple[TextUnit, int, int] | None = None
        for unit, start, end, _ in ctx.scan(_COMMENT_LINE, needs="["):
            if held is not None:
                yield self._comment_line(ctx, *held, start if held[0] is unit else len(held[0].text))
            held = (unit, start, end)
        if held is not None:
            yield self._comment_line(ctx, *held, len(held[0].text))

    def _comment_line(self, ctx: Context, unit: TextUnit, start: int, end: int, limit: int) -> Finding:
        stop = unit.text.find("\n", end, limit)
        text = unit.text[start : limit if stop < 0 else stop].rstrip()  # the comment's text is part of the leftover
        if stop < 0 and limit < len(unit.text):
            return self.finding(ctx, unit, start, start + len(text), text=text)  # up to the next comment on its line
        return self.finding(ctx, unit, start, limit if stop < 0 else stop, text=text)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for unit, start, end, _ in ctx.scan(_ANCHOR, needs="_mso"):
            start = _anchor_start(unit.text, start)
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        text = ctx.joined().text
        lines = any(word in text for word in _COMMENT_WORDS) and ("[" in text)
        if lines:
            yield from self._comment_lines(ctx)
        if ctx.doc.source.format == "html" and any("mso" in text for _, text in ctx.doc.comments):
            marks = [(unit, start, end) for unit, start, end, _ in ctx.scan(_MARK, needs="[") if "#_mso" not in unit.text[end : end + 12]]
            # Word writes each comment's mark twice: at its anchor in the text and opening the comment in the list at
            # the end.  A mark seen once (见附表[A1], a cross-reference) is no comment.
            # Word's marks are the reviewer's initials and a number ([JD1]); one letter ([A1]) is also how annexes are
            # cited, so it counts only when the comment list repeats it.
            listed = {unit.text[start:end] for unit, start, end in marks if only_before(unit.text, start)}
            for unit, start, end in marks:
                mark = unit.text[start:end]
                if mark in listed or _INITIALS.fullmatch(mark):
                    yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
