"""Template slots as `check`'s placeholder rules find them, read by coverage as blanks (u56w3, issue #14).

A slot of a template is no content: 「请发送邮件至 [EMAIL]」「请通过 {公司邮箱} 联系我们」「客服邮箱：【联系邮箱】」
"Contact us at <your email>"「請寄信至 [請填寫客服信箱]」「邮箱：XXX@XXX.com」「邮箱：____」 name a channel by its
field's word (e-mail, 邮箱) and gave a way to exercise rights or a contact that the text does not give.  Coverage's own
`text._SLOT` knew a few forms; the placeholder rules know every form `check` reports, with their look-alikes (a label
opening its paragraph, a Markdown link, a token the page's script fills, `Document.filled`).  So coverage asks them:
`slot_spans` runs the slot rules (`SLOT_RULES`) over the document once and keeps each reported slot's span in its
paragraph; `coverage` sets them in `SLOT_SPANS` while it builds its units, and `text._unit` blanks them (same length,
offsets unchanged).  One definition: a form the rules learn is blank to coverage too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from policylens.lazyre import lazy
from policylens.model import Document

# the rules whose findings are unfilled slots (not drafting notes, hedges or comments, which are prose; nor the dummy
# persons and numbers of placeholder-dummy-contact and -number, 张小明, 010-12345678, which a test fixture and a real page
# can write as a real value: not tried here)
SLOT_RULES = ("placeholder-instruction", "placeholder-empty")

# an example domain (example.com, acme.example: RFC 2606), as `text._SLOT` keeps it, and 某某
_KEPT = lazy(r"(?i)example\.|\.example(?![a-z0-9-])|某某")
# (u60q) or with a space between, 「本应用由XX 健身科技有限公司（以下简称“我们”）」 'operated by XX Technology Co., Ltd.': blanked,
# the rest was read as a company's name
_MASKED_NAME = lazy(r"[XxＸｘ×○〇OＯ]{2}(?:[ \t]?[\u4e00-\u9fff]|[ \t][A-Z])")

# id(paragraph) → the spans of its slots, while `coverage` reads one document (None: no document's slots are known)
SLOT_SPANS: ContextVar[dict[int, list[tuple[int, int]]] | None] = ContextVar("slot_spans", default=None)


def slot_spans(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """id(paragraph) → the (start, end) in its text of every slot the slot rules report there."""
    from policylens.rules import all_rules
    from policylens.rules.context import Context, Settings

    registry = all_rules()
    ctx = Context(doc, lang="en", settings=Settings())
    spans: dict[int, list[tuple[int, int]]] = {}
    for rule_id in SLOT_RULES:
        if rule_id not in registry:
            continue
        rule = registry[rule_id]()
        made: dict[tuple[int, int, int, int], list[tuple[int, int, int]]] = {}
        finding = rule.finding

        def record(c: Any, unit: Any, start: int, end: int, _finding: Any = finding, _made: Any = made, **fields: Any) -> Any:
            # (a candidate the rule drops after making its finding, 「{COMPANY.email}」 the page fills, is not kept: only
            # the findings it yields are)
            out = _finding(c, unit, start, end, **fields)
            if (
                unit.paragraph is not None
                and unit.kind == "paragraph"
                and end > start
                and not _MASKED_NAME.match(unit.text, max(start, end - 2), end + 2)
            ):
                _made.setdefault((out.line, out.column, out.end_line, out.end_column), []).append((id(unit.paragraph), start, end))
            return out

        rule.finding = record  # type: ignore[method-assign]
        for found in rule.check(ctx.width_folded() if rule.reads_width_folded else ctx):
            for pid, start, end in made.get((found.line, found.column, found.end_line, found.end_column), ()):
                # (kept as text: an example-domain address, `text._SLOT`'s own rule, which test fixtures write as a real one;
                # a dummy name, 2024 XX科技有限公司 (`_MASKED_NAME`) or 某某, which the operator items read as no operator named)
                if not _KEPT.search(found.excerpt):
                    spans.setdefault(pid, []).append((start, end))
    return spans


@contextmanager
def slots_of(doc: Document) -> Iterator[None]:
    """While the block runs, `text._unit` blanks the document's slots."""
    token = SLOT_SPANS.set(slot_spans(doc))
    try:
        yield
    finally:
        SLOT_SPANS.reset(token)
