"""Paragraph alignment inside a section pair, and word-level spans inside changed paragraphs.

Paragraphs are aligned on their comparison keys (`keys.compare_key`) with the
near-linear `sequence.opcodes`.  Inside a block of paragraphs that changed, text that
only moved across a paragraph boundary (a paragraph split in two, two joined, a
sentence moved to the next paragraph) is not a change: the block is also compared as
one joined text, and whichever reading explains the block with fewer changed
characters is kept (`_reflowed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from policylens.diff.keys import compare_key, end_mark_only, label_colon_only, layout_key
from policylens.diff.redline.blocks import PAIR_SIMILARITY as PAIR_SIMILARITY
from policylens.diff.redline.blocks import REWRITE_RUN as REWRITE_RUN
from policylens.diff.redline.blocks import _as_list as _as_list
from policylens.diff.redline.blocks import _grown as _grown
from policylens.diff.redline.blocks import _lead_grown as _lead_grown
from policylens.diff.redline.blocks import _list_shape as _list_shape
from policylens.diff.redline.blocks import _one_sided, _pair_block
from policylens.diff.redline.blocks import _rewritten as _rewritten
from policylens.diff.redline.blocks import _rewritten_in_gaps as _rewritten_in_gaps
from policylens.diff.redline.word_level import _ratio as _ratio
from policylens.diff.redline.word_level import changed_with_context as changed_with_context
from policylens.diff.redline.word_level import clear_caches as clear_caches
from policylens.diff.redline.word_level import sentences as sentences
from policylens.diff.redline.word_level import word_spans as word_spans
from policylens.diff.sequence import opcodes
from policylens.diff.topics import change_topics
from policylens.model import Change, Paragraph

# Blocks whose joined text is longer than this are not compared as one joined text (the
# word redline of the joined text would cost more than it can save).
REFLOW_MAX_CHARS = 20_000
# The joined reading replaces the paragraph-by-paragraph one only when it needs at most
# this share of the changed characters: a moved sentence drops the count to near zero,
# while a heavy rewrite gains little and reads better paragraph by paragraph.
REFLOW_GAIN = 0.5
# A hard-wrapped paragraph joined into one line (or one line hard-wrapped) is read as one
# rewritten paragraph when it had at most this many lines and one whole line of it, at least
# this long (compare-key characters), is kept word for word (`_rewrapped`).
REWRAP_MAX_LINES = 6
REWRAP_MIN_KEPT = 12


def diff_paragraphs(
    old: tuple[Paragraph, ...],
    new: tuple[Paragraph, ...],
    *,
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None] = (None, None),
    keep_variants: bool = False,
    notes: set[str] | None = None,
    keys: tuple[list[str], list[str]] | None = None,
    chrome: tuple[Sequence[int], Sequence[int]] = ((), ()),
) -> tuple[tuple[Change, ...], int, int]:
    """Changes between two paragraph lists, plus counts of paragraphs that differ only by
    script/regional wording (variants) and only by formatting or reflow (noise).

    `notes` collects the names of steps that fell back to a coarse alignment; `keys` are
    the paragraphs' `compare_key`s if the caller has them; `chrome` the indexes of HTML page-chrome lines among them
    (keys blanked by the caller, counted apart: not noise)."""
    if keys is None:
        all_a = [compare_key(p.text, script=scripts[0], cross_script=cross_script, strict=strict) for p in old]
        all_b = [compare_key(p.text, script=scripts[1], cross_script=cross_script, strict=strict) for p in new]
    else:
        all_a, all_b = keys
    # Paragraphs that are markup only (a code fence line) carry no content.
    chrome_a, chrome_b = set(chrome[0]), set(chrome[1])
    empty_a = [p.text for n, (p, k) in enumerate(zip(old, all_a, strict=True)) if not k and n not in chrome_a]
    empty_b = [p.text for n, (p, k) in enumerate(zip(new, all_b, strict=True)) if not k and n not in chrome_b]
    noise = max(len(empty_a), len(empty_b)) if sorted(empty_a) != sorted(empty_b) else 0
    old = tuple(p for p, k in zip(old, all_a, strict=True) if k)
    new = tuple(p for p, k in zip(new, all_b, strict=True) if k)
    ka, kb = [k for k in all_a if k], [k for k in all_b if k]
    options = {"granularity": granularity, "cross_script": cross_script, "strict": strict, "scripts": scripts, "notes": notes}
    changes: list[Change] = []
    variants = 0
    alignment = opcodes(ka, kb, mirror=True)  # the same paragraphs kept whichever side is old
    if alignment.fallback and notes is not None:
        notes.add("paragraphs")
    for tag, i1, i2, j1, j2 in alignment.opcodes:
        if tag == "equal":
            for x, y in zip(old[i1:i2], new[j1:j2], strict=True):
                if x.text == y.text:
                    continue
                if cross_script and layout_key(x.text) != layout_key(y.text):
                    variants += 1
                    if keep_variants:
                        spans, _ = word_spans(x.text, y.text, **{**options, "cross_script": True, "strict": False})  # type: ignore[arg-type]
                        changes.append(Change("replace", x.line, y.line, x.text, y.text, spans, (), True))
                else:
                    noise += 1
            continue
        if tag == "delete":
            changes += [_one_sided("delete", p) for p in old[i1:i2]]
        elif tag == "insert":
            changes += [_one_sided("insert", p) for p in new[j1:j2]]
        elif not strict and "".join(ka[i1:i2]).replace(" ", "") == "".join(kb[j1:j2]).replace(" ", ""):
            noise += max(i2 - i1, j2 - j1)  # split, joined or re-wrapped with the same text
        else:
            paired = _pair_block(old[i1:i2], new[j1:j2], ka[i1:i2], kb[j1:j2], options)
            changes += _reflowed(old[i1:i2], new[j1:j2], paired, options, (ka[i1:i2], kb[j1:j2]))
    # A paragraph whose keys differ but whose words all match is a variant (or noise), not a change.
    kept: list[Change] = []
    for c in changes:
        if (
            not strict
            and c.op == "replace"
            and not c.variant
            and (end_mark_only(c.old_text or "", c.new_text or "") or label_colon_only(c.old_text or "", c.new_text or ""))
        ):
            noise += 1  # a list item that only gained or lost its final full stop, a label its colon (`keys`)
            continue
        if c.variant or any(s.op != "equal" for s in c.spans):
            kept.append(c)
        elif cross_script and layout_key(c.old_text or "") != layout_key(c.new_text or ""):
            variants += 1
            if keep_variants:
                kept.append(c._replace(variant=True))
        else:
            noise += 1
    return tuple(kept), variants, noise


def _changed_chars(changes: list[Change]) -> int:
    return sum(len(s.text) for c in changes for s in c.spans if s.op != "equal")


def _rewrapped(old: tuple[Paragraph, ...], new: tuple[Paragraph, ...], paired: list[Change], keys: tuple[list[str], list[str]]) -> bool:
    """A paragraph hard-wrapped over consecutive source lines on one side (read as one paragraph
    a line) is one line on the other, and a whole line of it is still there, word for word, inside
    that line (u32b, pairs32 nyust-v1: 「…公務機關。」 then 「本應用程式目前未整合…」 joined into one
    rewritten line): the kept line is no deletion.  Only for a block left as deletions and
    insertions, a single paragraph on the joined side, and a kept line of some length."""
    if len(old) > 1 and len(new) == 1:
        lines, ks, joined = old, keys[0], keys[1][0]
    elif len(new) > 1 and len(old) == 1:
        lines, ks, joined = new, keys[1], keys[0][0]
    else:
        return False
    if any(c.op == "replace" for c in paired) or len(lines) > REWRAP_MAX_LINES:
        return False
    if any(b.line != a.line + 1 for a, b in pairwise(lines)):
        return False  # not one source paragraph: a blank line (or more) between them
    return any(len(k) >= REWRAP_MIN_KEPT and k in joined for k in ks)


def _reflowed(
    old: tuple[Paragraph, ...],
    new: tuple[Paragraph, ...],
    paired: list[Change],
    options: dict[str, object],
    keys: tuple[list[str], list[str]] | None = None,
) -> list[Change]:
    """The block compared as one joined text, when that explains it with fewer changed
    characters than paragraph by paragraph (a sentence moved to the next paragraph), or when
    a hard-wrapped paragraph was joined into one line, or one line hard-wrapped (`_rewrapped`)."""
    if len(old) + len(new) <= 2 or options["strict"]:
        return paired
    rewrapped = keys is not None and not options["cross_script"] and _rewrapped(old, new, paired, keys)
    joined_old = "\n".join(p.text for p in old)
    joined_new = "\n".join(p.text for p in new)
    if len(joined_old) + len(joined_new) > REFLOW_MAX_CHARS:
        return paired
    trial: set[str] = set()  # a coarse redline of the joined text is reported only if it is kept
    spans, _ = word_spans(joined_old, joined_new, **{**options, "notes": trial})  # type: ignore[arg-type]
    merged = Change(
        "replace",
        old[0].line,
        new[0].line,
        joined_old,
        joined_new,
        spans,
        change_topics(changed_with_context(spans), joined_old, joined_new),
    )
    if not rewrapped and _changed_chars([merged]) > REFLOW_GAIN * _changed_chars(paired):
        return paired
    notes = options["notes"]
    if isinstance(notes, set):
        notes |= trial
    return [merged]
