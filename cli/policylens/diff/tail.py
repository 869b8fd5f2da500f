"""The tail of both documents: the paragraphs after the last section's own text (a page footer's menu and date line, a
「© 2026 …」 line), which stay at the end of the document when sections are appended before them.

`document_tail` finds them (the two last sections read from their ends together); `moves.find_moves` pairs them as it
pairs any moved paragraph but flags no move, and `tail_shown_at` shows an edited one in the one-sided section it now
closes (forty-seventh session, u47d, `eval/pairs47` notes-hans and notes-hant).
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.model import Section, SectionDiff
from policylens.patterns import COPYRIGHT_SIGN, RIGHTS_RESERVED, SENTENCE_ENDS, SENTENCE_MARKS

# A deleted paragraph and an inserted one in another section at least this similar (rapidfuzz ratio of keys) are one
# paragraph moved and edited (`moves.find_moves`), and two tail paragraphs one paragraph.  0.8: a fifth of the text may
# change; unrelated sentences of one policy share its vocabulary and reach about 0.6.
EDITED_SIMILARITY = 0.8
# a copyright line (「© 2026 某某科技有限公司 保留所有权利。」, "All rights reserved."): a footer's, whatever mark ends it
_COPYRIGHT_LINE = lazy(rf"{COPYRIGHT_SIGN}|{RIGHTS_RESERVED}")


# a copyright line is short: a paragraph of the policy that ends with the reserved-rights words is more than a footer
COPYRIGHT_LINE_MAX = 160


def copyright_line(text: str) -> bool:
    """Is `text` a copyright line (a © or the reserved-rights words of `patterns.RIGHTS_RESERVED`, short): page chrome,
    which carries no topic (`diff.topics.change_topics`) and no evidence of a divergence (`compare.evidence`)?"""
    line = text.strip()
    return len(line) <= COPYRIGHT_LINE_MAX and _COPYRIGHT_LINE.search(line) is not None


def footer_line(text: str) -> bool:
    """Can `text` be a line of a page's footer (a menu entry, 「小纸条 · Little Notes · 2026-10-04」, 「© 2026 …」)?

    (u47r) A sentence of the policy cannot: one with a sentence mark (。！？；) or ending with a full stop.  The last
    paragraph moved out of the old last section into an appended one (「我们会在十五个工作日内回复您的请求。」 from 联系我们 to a
    new 回复时限) read as the tail, and the diff showed 联系我们 unchanged and the new section without it.  A copyright line
    is a footer's whatever ends it."""
    line = text.strip()
    if _COPYRIGHT_LINE.search(line):
        return True
    return not any(mark in line for mark in SENTENCE_MARKS) and not line.endswith(SENTENCE_ENDS)


def document_tail(
    sections: list[SectionDiff],
    ends: tuple[Section | None, Section | None],
    key_old: Callable[[str], str],
    key_new: Callable[[str], str],
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(deleted, inserted) changes, as (section, change) indexes, that are the same trailing paragraphs of both documents.

    (forty-seventh session, u47d, `eval/pairs47` notes-hans) The lines after a page's last section (its footer's menu and
    「小纸条 · Little Notes · 2026-10-04」, a 「© 2026 …」 line) belong to whatever section comes last.  Sections appended
    before them put them under the new last section, and they read as text moved out of the old last section into the
    new one, though they stayed at the end of the document.  The two documents' last sections are read from their ends
    together: while the old one's paragraph is deleted, the new one's inserted, both are lines a footer holds
    (`footer_line`: no sentence of the policy) and the two are equal or nearly (`EDITED_SIMILARITY`), they are the tail.  A tail paragraph is still paired (equal, or an edit shown as one replace),
    but neither section says it gave or got text.  Only while each of the two sections holds text of its own before the
    tail: a heading put above the last paragraphs (「<p>联系我们：</p>」 made an <h2>, `tests/test_diff22.py`) made them a
    section of their own, which `moves._promoted_titles` reads from the move."""
    from rapidfuzz.fuzz import ratio

    runs: list[list[tuple[int, int, str, int]]] = []  # per side, from the end: (section, change, key, paragraphs)
    for side, (end, op, keyer) in enumerate(((ends[0], "delete", key_old), (ends[1], "insert", key_new))):
        run: list[tuple[int, int, str, int]] = []
        for k, s in enumerate(sections):
            sec = s.old if side == 0 else s.new
            if end is None or sec is not end:
                continue
            free = [(c.old_text if op == "delete" else c.new_text, c_idx) for c_idx, c in enumerate(s.changes) if c.op == op]
            for p in reversed(sec.paragraphs):
                if not footer_line(p.text):
                    break  # a sentence of the policy: the tail, if any, ends below it
                found = next((item for item in reversed(free) if item[0] == p.text), None)
                if found is None:
                    break
                free.remove(found)
                run.append((k, found[1], keyer(p.text), len(sec.paragraphs)))
        runs.append(run)
    out: tuple[set[tuple[int, int]], set[tuple[int, int]]] = (set(), set())
    for (k, c_idx, key, _), (tk, tc, tkey, _) in zip(runs[0], runs[1], strict=False):
        if k == tk or not key or not (key == tkey or ratio(key, tkey) >= EDITED_SIMILARITY * 100):
            break
        out[0].add((k, c_idx))
        out[1].add((tk, tc))
    if out[0] and (len(out[0]) == runs[0][0][3] or len(out[1]) == runs[1][0][3]):
        return (set(), set())  # a section that is the tail and nothing else
    return out


def tail_shown_at(
    sections: list[SectionDiff],
    tail: tuple[set[tuple[int, int]], set[tuple[int, int]]],
    gone: tuple[int, int],
    came: tuple[int, int],
    departure: bool,
) -> bool:
    """Whether a moved and edited paragraph is shown where it left (else where it arrived).  `departure` as
    `moves._at_departure` decides, but an edited tail paragraph (`document_tail`) is shown in the one-sided section of the two: at the end
    of the document, in the appended section it now closes, not as an edit of the section it followed before, which did
    not change (「小纸条 · Little Notes · 2026-10-04」 → 「… 2026-10-09」 under the appended 普通输入与离线运行, not in 隐私权利);
    the mirror shows it in the removed section, so both directions count the sections alike."""
    if gone in tail[0] and came in tail[1]:
        if sections[came[0]].old is None:
            return False
        if sections[gone[0]].new is None:
            return True
    return departure
