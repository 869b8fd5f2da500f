"""Paragraph alignment inside a section pair, and word-level spans inside changed paragraphs.

Paragraphs are aligned on their comparison keys (`keys.compare_key`) with the
near-linear `sequence.opcodes`.  Inside a block of paragraphs that changed, text that
only moved across a paragraph boundary (a paragraph split in two, two joined, a
sentence moved to the next paragraph) is not a change: the block is also compared as
one joined text, and whichever reading explains the block with fewer changed
characters is kept (`_reflowed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from policylens.diff.keys import compare_key, end_mark_only, label_colon_only, layout_key, marker_length, script_key
from policylens.diff.sequence import opcodes
from policylens.diff.similarity import similarity
from policylens.diff.tokens import shared_affixes, tokenize
from policylens.diff.topics import change_topics, topics_of
from policylens.diff.variants import same_across_scripts
from policylens.model import Change, DiffSpan, Paragraph
from policylens.patterns import CONTACT_CHANNELS, CONTACT_PERSON, FIELD_NAMES, HAN, SENTENCE_MARKS

# Two paragraphs in a changed block are paired as one modified paragraph when their keys
# are at least this similar (rapidfuzz ratio); below it, the old one reads as deleted and
# the new one as inserted.  0.45: a paragraph that kept fewer than about half of its
# characters is better read as rewritten.
PAIR_SIMILARITY = 0.45
# ... except a block of one paragraph on each side, the only thing changed between the same two equal neighbours: there
# the place says the new paragraph is the old one rewritten, and this much likeness (the bar `align.GAP_BODY_MIN` sets for
# a section in its old place) pairs them, when they also keep a run of REWRITE_RUN characters and neither is more than
# twice the other.  「您的数据使用 Supabase…存储在位于美国的服务器上，并受到企业级安全措施的保护。」 → 「您的数据通过行业领先的
# 云服务提供商…，并受到企业级安全措施的保护。…」 (0.44, pairs28 bookra-generic) reads better as one redline that strikes
# Supabase and the US servers than as a deletion and an insertion.  Not two sentences sharing only function words after
# one lead word (「例如：我们会…」 → 「例如：在您…时，我们会…」, review u27w), not a paragraph that absorbed moved ones (its
# length doubles: `moves` reads those), not across scripts (`compare` weighs a translator's line turned round itself).
REWRITE_SIMILARITY = 0.3
REWRITE_RUN = 8
# How far ahead in the new block a paragraph's partner is looked for: paragraphs inserted
# between two edited ones rarely come in runs longer than this.
PAIR_LOOKAHEAD = 8
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
# Characters of equal text kept before a change when the common prefix/suffix of two
# paragraphs is cut off before segmenting: enough for jieba to segment the changed words
# as it would in context.
SEGMENT_MARGIN = 12


# Paragraphs longer than this (characters, both sides together) are compared sentence by
# sentence: a character ratio and a word redline both cost more than linear time, and a
# policy pasted as one 1 MB line took minutes.
LONG_CHARS = 4_000
# Where a sentence ends: Chinese and Latin end punctuation, a line break, a full stop
# followed by a space or by a CJK character (comparison keys write 。 as .).
_SENTENCE_END = re.compile(rf"[{SENTENCE_MARKS}\n]+|\.(?:\s+|$|(?=[^\x00-\x7f]))")


def sentences(text: str) -> list[str]:
    """`text` cut after each sentence end; the pieces concatenate to `text`."""
    out: list[str] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        out.append(text[pos : m.end()])
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


def _ratio(a: str, b: str) -> float:
    """Similarity 0..1 of two paragraph keys; long ones by the sentences found on both sides."""
    return similarity(a, b, long_at=LONG_CHARS, pieces=sentences)


def clear_caches() -> None:
    """Empty the per-text caches of comparison keys and redline tokens (a batch caller, between documents)."""
    layout_key.cache_clear()
    _token_key.cache_clear()


@lru_cache(maxsize=65536)
def _token_key(token: str, cross_script: bool) -> str:
    k = layout_key(token, strip_marker=False) or (" " if token.strip() == "" else "")
    return script_key(k) if cross_script else k


def _boundary(text: str, pos: int) -> int:
    """A cut position at or before `pos` that does not split a Latin word, number or URL."""
    pos = max(0, pos - SEGMENT_MARGIN)
    while pos > 0 and (text[pos - 1].isascii() and not text[pos - 1].isspace()):
        pos -= 1
    return pos


def word_spans(
    old: str,
    new: str,
    *,
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None] = (None, None),
    notes: set[str] | None = None,
) -> tuple[tuple[DiffSpan, ...], int]:
    """Spans turning `old` into `new`, and how many equal tokens differ only by noise or script."""
    markers: list[DiffSpan] = []
    while not strict:
        # A list marker or item number (`*` → `-`, 3. → 4.) is formatting: keep it out of the redline.  A loop, not a
        # call per marker: a line of 5,000 markers (`- - - … text`, read as plain text past Markdown's nesting limit)
        # ended `diff` and `compare` with "nested too deeply" (u33h).
        mo, mn = marker_length(old), marker_length(new)
        if not ((mo or mn) and old[:mo] != new[:mn]):
            break
        markers.append(DiffSpan("equal", new[:mn], old[:mo]))
        old, new = old[mo:], new[mn:]
    if markers:
        rest, variants = _word_spans(
            old, new, granularity=granularity, cross_script=cross_script, strict=strict, scripts=scripts, notes=notes
        )
        return _merge([*markers, *rest]), variants
    return _word_spans(old, new, granularity=granularity, cross_script=cross_script, strict=strict, scripts=scripts, notes=notes)


def _word_spans(
    old: str,
    new: str,
    *,
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None],
    notes: set[str] | None,
) -> tuple[tuple[DiffSpan, ...], int]:
    """`word_spans` once the list markers that differ are taken off the front."""
    if len(old) + len(new) > LONG_CHARS and granularity != "char":
        return _long_spans(old, new, granularity=granularity, cross_script=cross_script, strict=strict, scripts=scripts, notes=notes)
    # The common prefix and suffix are equal as they stand: segment only the middle.
    n = min(len(old), len(new))
    head = 0
    while head < n and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < n - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    head = _boundary(old, head) if head < n or len(old) != len(new) else head
    if tail:
        cut = len(old) - tail + SEGMENT_MARGIN
        while cut < len(old) and old[cut - 1].isascii() and not old[cut - 1].isspace():
            cut += 1
        tail = max(0, len(old) - max(cut, head))
        tail = min(tail, len(new) - head)
    prefix, suffix = old[:head], old[len(old) - tail :] if tail else ""
    a = tokenize(old[head : len(old) - tail], granularity)
    b = tokenize(new[head : len(new) - tail], granularity)

    if strict:
        ka: list[str] = a
        kb: list[str] = b
    else:
        ka = [_token_key(t, cross_script) for t in a]
        kb = [_token_key(t, cross_script) for t in b]
    # Markup-only tokens (`[`, `**`, `<a href=…>`) have an empty key: align without them.
    ia = [k for k, key in enumerate(ka) if key]
    ib = [k for k, key in enumerate(kb) if key]
    alignment = opcodes([ka[k] for k in ia], [kb[k] for k in ib])
    if alignment.fallback and notes is not None:
        notes.add("redline")
    spans: list[DiffSpan] = [DiffSpan("equal", prefix)] if prefix else []
    variants = 0
    pa = pb = 0  # next unconsumed token on each side

    def flush_markup(upto_a: int, upto_b: int) -> None:
        """Tokens with an empty key before the given positions: formatting only."""
        nonlocal pa, pb
        old_part, new_part = "".join(a[pa:upto_a]), "".join(b[pb:upto_b])
        if old_part or new_part:
            spans.append(DiffSpan("equal", new_part, old_part) if old_part != new_part else DiffSpan("equal", new_part))
        pa, pb = upto_a, upto_b

    for tag, i1, i2, j1, j2 in alignment.opcodes:
        start_a = ia[i1] if i1 < len(ia) else len(a)
        start_b = ib[j1] if j1 < len(ib) else len(b)
        end_a = ia[i2 - 1] + 1 if i2 > i1 else start_a
        end_b = ib[j2 - 1] + 1 if j2 > j1 else start_b
        if tag == "equal":
            for x, y in zip(range(i1, i2), range(j1, j2), strict=True):
                flush_markup(ia[x], ib[y])
                tx, ty = a[ia[x]], b[ib[y]]
                if tx != ty:
                    variants += cross_script and layout_key(tx, strip_marker=False) != layout_key(ty, strip_marker=False)
                    spans.append(DiffSpan("equal", ty, tx))
                else:
                    spans.append(DiffSpan("equal", ty))
                pa, pb = ia[x] + 1, ib[y] + 1
            continue
        flush_markup(start_a if i2 > i1 else pa, start_b if j2 > j1 else pb)
        old_part, new_part = "".join(a[pa:end_a]), "".join(b[pb:end_b])
        pa_was, pb_was = pa, pb
        pa, pb = max(pa, end_a), max(pb, end_b)
        if cross_script and not strict and _phrase_variant(a, b, start_a, end_a, start_b, end_b, scripts):
            # 「應用程式」/「应用程序」, 应用 → 應用|程式: equal once the whole phrase is keyed
            variants += 1
            spans.append(DiffSpan("equal", new_part, old_part))
            continue
        if tag == "replace" and cross_script and not strict:
            parts = _variant_with_edit(a[start_a:end_a], b[start_b:end_b])
            if parts is not None:
                # 会话 → 位置、工作階段: the variant is equal, only 位置、 is inserted
                variants += 1
                spans += parts
                continue
        if not strict and _token_key(old_part, False).strip() == _token_key(new_part, False).strip():
            # spacing or markup only (法 规 / 法规, ** / nothing): noise, not a change
            spans.append(DiffSpan("equal", new_part, old_part))
            continue
        affixes = shared_affixes(a[pa_was:end_a], b[pb_was:end_b]) if old_part and new_part else None
        if affixes is not None:
            # 「无感付时有」 → 「小K出行时有」: the unchanged 时有 stays out of the redline
            lead, old_core, new_core, trail = affixes
            spans += [DiffSpan("equal", lead)] if lead else []
            spans += [DiffSpan("delete", old_core), DiffSpan("insert", new_core)]
            spans += [DiffSpan("equal", trail)] if trail else []
            continue
        if old_part:
            spans.append(DiffSpan("delete", old_part))
        if new_part:
            spans.append(DiffSpan("insert", new_part))
    flush_markup(len(a), len(b))
    if suffix:
        spans.append(DiffSpan("equal", suffix))
    return _merge(spans), variants


def _long_spans(
    old: str,
    new: str,
    *,
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None],
    notes: set[str] | None,
) -> tuple[tuple[DiffSpan, ...], int]:
    """A long paragraph's redline: sentences aligned first (most are unique, so this is
    near-linear), then words only inside the runs of sentences that changed."""
    sa, sb = sentences(old), sentences(new)

    def key(piece: str, script: str | None) -> str:
        return piece if strict else compare_key(piece, script=script, cross_script=cross_script, strict=False)

    alignment = opcodes([key(x, scripts[0]) for x in sa], [key(y, scripts[1]) for y in sb])
    if alignment.fallback and notes is not None:
        notes.add("redline")
    spans: list[DiffSpan] = []
    variants = 0
    for tag, i1, i2, j1, j2 in alignment.opcodes:
        if tag == "equal":
            for x, y in zip(sa[i1:i2], sb[j1:j2], strict=True):
                spans.append(DiffSpan("equal", y) if x == y else DiffSpan("equal", y, x))
            continue
        a, b = "".join(sa[i1:i2]), "".join(sb[j1:j2])
        if not a or not b or len(a) + len(b) > LONG_CHARS:
            # one-sided, or a long run of changed sentences: whole, not word by word
            spans += [DiffSpan("delete", a)] if a else []
            spans += [DiffSpan("insert", b)] if b else []
            continue
        inner, n = word_spans(a, b, granularity=granularity, cross_script=cross_script, strict=strict, scripts=scripts, notes=notes)
        spans += inner
        variants += n
    return _merge(spans), variants


def _phrase_variant(a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int, scripts: tuple[str | None, str | None]) -> bool:
    """Do the replaced tokens read the same across scripts with up to two neighbouring tokens?"""
    for before in range(3):
        for after in range(3):
            if i1 - before < 0 or j1 - before < 0 or i2 + after > len(a) or j2 + after > len(b):
                continue
            old = "".join(a[i1 - before : i2 + after])
            new = "".join(b[j1 - before : j2 + after])
            # (with the sides' scripts: a mainland word that the other script writes two ways, `variants.READINGS`)
            if same_across_scripts(layout_key(old, strip_marker=False), layout_key(new, strip_marker=False), scripts):
                return True
    return False


# A replaced run is searched for a variant at its start or end only when both sides have at
# most this many tokens (the search is quadratic in them).
VARIANT_SPLIT_TOKENS = 12


def _variant_with_edit(a: list[str], b: list[str]) -> list[DiffSpan] | None:
    """Spans for a replaced run in which one side's words are a variant of the other's start or
    end, plus a real insertion or deletion (会话 → 位置、工作階段: 位置、 inserted, 工作階段 the
    variant of 会话); None if there is no such reading."""
    if not a or not b or len(a) > VARIANT_SPLIT_TOKENS or len(b) > VARIANT_SPLIT_TOKENS:
        return None

    def key(tokens: list[str]) -> str:
        return script_key(layout_key("".join(tokens), strip_marker=False))

    old_key, new_key = key(a), key(b)
    for k in range(1, len(b)):  # all of a is a variant of b's end or start; the rest of b is new
        if key(b[k:]) == old_key:
            return [DiffSpan("insert", "".join(b[:k])), DiffSpan("equal", "".join(b[k:]), "".join(a))]
        if key(b[:k]) == old_key:
            return [DiffSpan("equal", "".join(b[:k]), "".join(a)), DiffSpan("insert", "".join(b[k:]))]
    for k in range(1, len(a)):  # all of b is a variant of a's end or start; the rest of a is gone
        if key(a[k:]) == new_key:
            return [DiffSpan("delete", "".join(a[:k])), DiffSpan("equal", "".join(b), "".join(a[k:]))]
        if key(a[:k]) == new_key:
            return [DiffSpan("equal", "".join(b), "".join(a[:k])), DiffSpan("delete", "".join(a[k:]))]
    return None


def _merge(spans: list[DiffSpan]) -> tuple[DiffSpan, ...]:
    """Join neighbouring spans of the same kind (keeping noise-only differences apart)."""
    out: list[DiffSpan] = []
    for span in spans:
        if out and out[-1].op == span.op and out[-1].old is None and span.old is None:
            out[-1] = DiffSpan(span.op, out[-1].text + span.text)
        else:
            out.append(span)
    return tuple(out)


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


def changed_with_context(spans: tuple[DiffSpan, ...], width: int = 12) -> list[str]:
    """Each changed run with the unchanged text around it (「更新日期：」 tags a date change).  None when every changed run
    is marks only (「[」, 「**」, 「，」): the words around them did not change (u42d2: 「每日计划」 → 「[每日计划]」 was tagged
    `contact` by the 「电话号码或邮箱地址」 beside it)."""
    if all(span.op == "equal" or not any(c.isalnum() for c in span.text) for span in spans):
        return []
    out = []
    for k, span in enumerate(spans):
        if span.op == "equal":
            continue
        before = spans[k - 1].text[-width:] if k and spans[k - 1].op == "equal" else ""
        after = spans[k + 1].text[:width] if k + 1 < len(spans) and spans[k + 1].op == "equal" else ""
        out.append(before + span.text + after)
    return out


def _one_sided(op: str, p: Paragraph) -> Change:
    span = DiffSpan("delete" if op == "delete" else "insert", p.text)
    if op == "delete":
        return Change(op, p.line, None, p.text, None, (span,), topics_of(p.text))
    return Change(op, None, p.line, None, p.text, (span,), topics_of(p.text))


# A field line: a short label, a colon, a short value (「邮箱：privacy@plucknote.com」).  The same label with another value
# is the field changed, one modified paragraph however little of the value is left (twenty-seventh session,
# `eval/pairs27` plucknote-email: 「邮箱：privacy@plucknote.com」 → 「邮箱：chixiang1983@gmail.com」 read as a deletion and an
# insertion).  Keys write ： as :.  Only a field's label (a contact channel, a name, a date: `_FIELD_LABEL`) and a value with
# no clause mark: a paragraph after a lead word (「例如：我们会…。」) is paired by its words only, and so is a URL (review u27w).
_FIELD = re.compile(r"([^:\s][^:\n]{0,15}):[ \t]*([^\s，。；！？,;!?][^\n，。；！？,;!?]{0,79})")
_FIELD_LABEL = re.compile(
    rf"{CONTACT_CHANNELS}|{CONTACT_PERSON}|{FIELD_NAMES}|网站|網站|版本|客服|热线|熱線|"
    r"(?i:e-?mail|phone|tel\b|fax|address|contact|website|url\b|name|date|version)"
)


def _field(text: str) -> str | None:
    """The label of a field line (「邮箱：a@b.cn」 → 邮箱), else None."""
    m = _FIELD.fullmatch(text.strip())
    if m is None:
        return None
    label = m.group(1).strip()
    return label if _FIELD_LABEL.search(label) and not label.lower().startswith(("http", "www")) else None


def _greedy_pairs(ka: list[str], kb: list[str]) -> list[tuple[int, int, float]]:
    """Each paragraph of `ka` in turn takes its most similar partner among the next PAIR_LOOKAHEAD of `kb`."""
    out: list[tuple[int, int, float]] = []
    j = 0
    fields_b: dict[int, str | None] = {}
    for i, key in enumerate(ka):
        best, best_j = 0.0, None
        field = _field(key)
        for jj in range(j, min(len(kb), j + PAIR_LOOKAHEAD)):
            score = _ratio(key, kb[jj])
            if score < PAIR_SIMILARITY and field is not None:
                if jj not in fields_b:
                    fields_b[jj] = _field(kb[jj])
                if fields_b[jj] == field:
                    score = PAIR_SIMILARITY  # the same field, another value
            if score > best:
                best, best_j = score, jj
        if best_j is not None and best >= PAIR_SIMILARITY:
            out.append((i, best_j, best))
            j = best_j + 1
    return out


def _rewritten(a: str, b: str) -> bool:
    """Is key `b` key `a` rewritten: at most twice as long either way, REWRITE_SIMILARITY alike, a run of REWRITE_RUN
    characters kept (module constants)?"""
    if not a or not b or 2 * min(len(a), len(b)) < max(len(a), len(b)) or len(a) + len(b) > LONG_CHARS:
        return False
    if _ratio(a, b) < REWRITE_SIMILARITY:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size >= REWRITE_RUN


# (thirtieth session, u30b: the leftover of pairs29 purpgo-terms-items, 「- 日历月视图」 → 「- 基础日历月视图概览（日历页面快速总览
# 全局）」 read as a deletion and an insertion) A list item alone in its place whose whole text, but for a few characters,
# is kept in one run inside the other side's item is that item grown (or cut down), however much longer the other is: an
# item is one line, not a paragraph that absorbed moved ones.  The shorter keeps at least GROWN_KEPT of its characters in
# one run and is at least GROWN_MIN characters long (「- 日历」 inside a longer item is no evidence).
GROWN_KEPT = 0.8
GROWN_MIN = 4


def _grown(a: str, b: str) -> bool:
    """Is list item key `b` key `a` grown past twice its length (or `a` cut down to `b`): the shorter kept in one run?"""
    short, long = sorted((a, b), key=len)
    if len(short) < GROWN_MIN or 2 * len(short) >= len(long) or len(a) + len(b) > LONG_CHARS:
        return False  # (at most twice as long: `_rewritten` decides)
    return SequenceMatcher(None, short, long, autojunk=False).find_longest_match().size >= GROWN_KEPT * len(short)


# (thirty-third session, u33b: the leftover of pairs32's held-out nyust-remember （一）, 「您的學號與密碼僅用於代您向雲科大官方
# 系統（單一入口服務網）進行身分驗證：」 → 「您的學號與密碼僅用於代您向雲科大官方系統進行身分驗證。本應用程式使用兩種官方驗證管道：…」
# read as a deletion and an insertion) A paragraph alone in its place that opens as the other side's paragraph opens and
# grew past twice its length (or was cut down so) is that paragraph grown: one replace, its kept opening unchanged.  Both
# keys start with a run of LEAD_OPENING characters or more, the shorter is at least LEAD_MIN long and keeps LEAD_KEPT of
# its characters in the longer in runs of LISTED_RUN or more: a paragraph deleted where an unrelated one that shares a
# few opening words was added stays a deletion and an insertion.  The shorter must itself be edited (not found whole
# inside the longer): a paragraph kept whole with text after it may be other paragraphs joined to it (headings flattened
# into one paragraph: `moves` reads those as moves, tests/test_diff_moves.py), and stays as it was.
LEAD_OPENING = 10
LEAD_MIN = 12
LEAD_KEPT = 0.6


def _lead_grown(a: str, b: str) -> bool:
    """Is paragraph key `b` key `a` grown past twice its length (or `a` cut down to `b`), its opening kept?"""
    short, long = sorted((a, b), key=len)
    if len(short) < LEAD_MIN or 2 * len(short) >= len(long) or len(a) + len(b) > LONG_CHARS or short in long:
        return False  # (at most twice as long: `_rewritten` decides; kept whole: perhaps paragraphs joined to it)
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    if not blocks or blocks[0].a != 0 or blocks[0].b != 0 or blocks[0].size < LEAD_OPENING:
        return False
    return sum(m.size for m in blocks if m.size >= LISTED_RUN) >= LEAD_KEPT * len(short)


# (thirtieth session, u30b: the leftover of pairs29 purpgo-privacy 三, 「所有数据仅存储在您的设备本地，…。建议启用设备加密…。导出
# 文件由您自行保管。」 rewritten as four list items read as the paragraph deleted and four items inserted) A paragraph alone in
# its place where a run of list items now stands (or items where a paragraph now stands) is one passage rewritten when at
# least LISTED_KEPT of the shorter side's characters are kept in the other, in runs of LISTED_RUN or more, one of them
# REWRITE_RUN long: one entry, the items one line each.  A paragraph deleted where unrelated items were added stays a
# deletion and insertions.
LISTED_KEPT = 0.5
LISTED_RUN = 2


def _listed(a: str, b: str) -> bool:
    """Is the joined items' key `b` the paragraph key `a` rewritten as a list (or `a` the items joined back)?"""
    short, long = sorted((a, b), key=len)
    if len(short) < REWRITE_RUN or len(a) + len(b) > LONG_CHARS:
        return False
    runs = [m.size for m in SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks() if m.size >= LISTED_RUN]
    return bool(runs) and max(runs) >= REWRITE_RUN and sum(runs) >= LISTED_KEPT * len(short)


# (thirty-third session, u33d: the leftover of pairs29 purpgo-privacy 四, 「仅集成 Apple 语音识别框架，受 Apple 隐私政策约束。
# 无其他第三方追踪或广告。」 rewritten as 「本应用集成以下第三方服务：」, two items and 「本应用不集成任何第三方分析工具…」, read as a
# deletion and four insertions) In a gap between paired paragraphs, the items may be framed by one paragraph that leads
# them and one that follows: at most FRAMED_MAX paragraphs in all, one item at least, the same `_listed` bar over all of
# their text.  Only where the paragraph paired with none of them: one that pairs with an item or with the closing
# paragraph keeps that pair, the rest inserted (pairs28 beadcube-update: a paragraph reworded as the first of five items
# whose four others are new; pairs26b sqliteflow-hans-cut: three items and a paragraph cut to one sentence).
FRAMED_MAX = 8


def _list_shape(many: Sequence[Paragraph], framed: bool) -> bool:
    """Are `many` two or more list items, or (`framed`) one or more items with at most one paragraph before them and one
    after (FRAMED_MAX paragraphs at most)?"""
    kinds = [p.kind == "item" for p in many]
    if all(kinds):
        return True
    if not framed or len(many) > FRAMED_MAX:
        return False
    first, last = (0 if kinds[0] else 1), (len(kinds) if kinds[-1] else len(kinds) - 1)
    return first < last and all(kinds[first:last])


def _as_list(
    old: Sequence[Paragraph],
    new: Sequence[Paragraph],
    ka: Sequence[str],
    kb: Sequence[str],
    options: dict[str, object],
    *,
    framed: bool = False,
) -> Change | None:
    """The gap `old` → `new` as one passage: a paragraph turned into two or more list items, or the items joined back
    (`_listed`); with `framed`, the items may have a lead paragraph and a closing one (`_list_shape`); None for any
    other gap."""
    if len(old) == 1 and len(new) >= 2:
        one, many, one_key, many_keys = old[0], new, ka[0], kb
    elif len(new) == 1 and len(old) >= 2:
        one, many, one_key, many_keys = new[0], old, kb[0], ka
    else:
        return None
    if one.kind == "item" or not _list_shape(many, framed) or not _listed(one_key, "".join(many_keys)):
        return None
    items = "\n".join(p.text for p in many)
    a, b = (one.text, items) if one is old[0] else (items, one.text)
    spans, _ = word_spans(a, b, **options)  # type: ignore[arg-type]
    return Change("replace", old[0].line, new[0].line, a, b, spans, change_topics(changed_with_context(spans), a, b))


# (thirty-second session, u32b: a lead of a lost session, checked on fa5a21c0: 「- **位置信息**：在您使用附近门店功能时获取
# 粗略位置…」 → 「- **位置信息**：为向您推荐本地活动，我们会在后台持续获取精确定位…」 read as a deletion and an insertion) A
# list item alone in its place whose label (the bold or plain words before 「：」) the other side's item keeps is that item
# rewritten, however little of the rest is kept: one replace.
# (matched on the text without its leading spaces; the label starts with no space, and the spaces after a marker go with
# the marker: one way to split a run of spaces, linear where two `\s*` in a row tried every split)
_ITEM_LABEL = re.compile(
    r"(?:(?:[-*+•]|\d{1,3}[.、)）]|[（(]\d{1,3}[)）])\s*)?(?:\*\*|__)?([^\s*_：:，,。；;][^*_：:，,。；;\n]{0,15}?)(?:\*\*|__)?\s*[：:]"
)


_LABEL_WORD = re.compile(f"[{HAN}A-Za-z]{{2}}")


def _item_label(p: Paragraph) -> str | None:
    """The label of a list item 「- **位置信息**：…」 (位置信息), else None (not an item, or no label)."""
    if p.kind != "item":
        return None
    m = _ITEM_LABEL.match(p.text.lstrip())
    if m is None:
        return None
    label = m.group(1).strip()
    return label if _LABEL_WORD.search(label) and len(p.text) > m.end() else None


def _rewritten_in_gaps(
    chosen: list[tuple[int, int, float]],
    ka: list[str],
    kb: list[str],
    items: tuple[list[bool], list[bool]],
    labels: tuple[list[str | None], list[str | None]] | None = None,
) -> list[tuple[int, int, float]]:
    """`chosen` with one paragraph rewritten in its place paired too (`_rewritten`): where one old and one new paragraph
    are all that is left between two pairs (or a pair and the block's end), the place says the new one is the old one
    rewritten.  A block of one paragraph a side is the case u28b paired; a gap inside a larger block is the same place
    (「…授权的第三方」 → 「…授权的合作伙伴…」 between two edited paragraphs: pairs29, u29b).  Two list items there (`items`:
    which paragraphs of each side are items) are also paired when one grew out of the other (`_grown`); two paragraphs
    that are no items, when one grew out of the other's opening (`_lead_grown`)."""
    out: list[tuple[int, int, float]] = []
    pi = pj = 0
    for i, j, score in [*chosen, (len(ka), len(kb), 0.0)]:
        same_label = labels is not None and i - pi == j - pj == 1 and labels[0][pi] is not None and labels[0][pi] == labels[1][pj]
        if i - pi == j - pj == 1 and (
            _rewritten(ka[pi], kb[pj])
            or (items[0][pi] and items[1][pj] and _grown(ka[pi], kb[pj]))
            or (not items[0][pi] and not items[1][pj] and _lead_grown(ka[pi], kb[pj]))
            or same_label
        ):
            out.append((pi, pj, _ratio(ka[pi], kb[pj])))
        elif (lone := _lone_paragraphs(items, pi, i, pj, j)) is not None and _rewritten(ka[lone[0]], kb[lone[1]]):
            out.append((*lone, _ratio(ka[lone[0]], kb[lone[1]])))
        if i < len(ka):
            out.append((i, j, score))
        pi, pj = i + 1, j + 1
    return out


# A gap this long on either side is not searched for paragraphs that read alike (`_read_alike_in_gaps`: quadratic).
_READ_ALIKE_GAP = 20


def _read_alike_in_gaps(
    chosen: list[tuple[int, int, float]], old: Sequence[Paragraph], new: Sequence[Paragraph], scripts: tuple[str | None, str | None]
) -> list[tuple[int, int, float]]:
    """`chosen` with the paragraphs of a gap between two pairs that read the same across scripts paired in order
    (`variants.same_across_scripts`, one-way `READINGS` included): 「- 通讯录」 / 「- 聯絡人」 between unchanged items
    (fifty-third session, u53d; `eval/pairs52` buttsnap-xscript's class, u52x's notes) was an item deleted and one
    inserted, since a paragraph's key holds no one-way reading and the two share no character for the greedy pairing.
    Each is then a variant, as inside a paragraph; another item in its place (「- 位置」) stays a deletion and an insertion."""
    out: list[tuple[int, int, float]] = []
    pi = pj = 0
    for i, j, score in [*chosen, (len(old), len(new), 0.0)]:
        if 0 < i - pi <= _READ_ALIKE_GAP and 0 < j - pj <= _READ_ALIKE_GAP:
            start = pj
            for a in range(pi, i):
                text = layout_key(old[a].text, strip_marker=False)
                for b in range(start, j):
                    if same_across_scripts(text, layout_key(new[b].text, strip_marker=False), scripts):
                        out.append((a, b, 1.0))
                        start = b + 1
                        break
        if i < len(old):
            out.append((i, j, score))
        pi, pj = i + 1, j + 1
    return out


def _lone_paragraphs(items: tuple[list[bool], list[bool]], pi: int, i: int, pj: int, j: int) -> tuple[int, int] | None:
    """The only paragraph that is no list item on each side of the gap old[pi:i], new[pj:j], when list items are all
    the rest of it, one side at least holding some (forty-fifth session, u45d: `eval/pairs45` moody-sdk, a third-party
    SDK's paragraph rewritten (0.43 alike, its closing sentence kept) over its link list, one item replaced by two, read
    as a deletion and an insertion because the gap held two old and three new paragraphs).  The place says the same as
    in a gap of one paragraph a side; the items around it are compared as they were."""
    if i - pi == j - pj == 1:
        return None
    olds = [k for k in range(pi, i) if not items[0][k]]
    news = [k for k in range(pj, j) if not items[1][k]]
    return (olds[0], news[0]) if len(olds) == 1 == len(news) else None


def _pair_block(
    old: tuple[Paragraph, ...], new: tuple[Paragraph, ...], ka: list[str], kb: list[str], options: dict[str, object]
) -> list[Change]:
    """Inside a replace block, pair similar paragraphs in order; the rest are inserts/deletes.

    The pairs are made greedily from each side (each old paragraph takes its best partner in
    turn, and each new one), and the reading with more pairs, then more similarity, then pairs
    nearer each other wins: a choice that does not depend on which side is old, so diff(b, a)
    pairs what diff(a, b) pairs (thirteenth session; before, only the old side chose, and a
    paragraph paired one way was a move the other way).  From the old side on a tie, as before."""
    listed = None if options["cross_script"] else _as_list(old, new, ka, kb, options)
    if listed is not None:
        return [listed]  # the block is one paragraph and the items it became (its first item alike or not)
    forward = _greedy_pairs(ka, kb)
    backward = [(i, j, score) for j, i, score in _greedy_pairs(kb, ka)]

    def merit(pairs: list[tuple[int, int, float]]) -> tuple[int, float, int]:
        return len(pairs), round(sum(score for _, _, score in pairs), 9), -sum(abs(i - j) for i, j, _ in pairs)

    chosen = backward if merit(backward) > merit(forward) else forward
    if options["cross_script"]:
        chosen = _read_alike_in_gaps(chosen, old, new, options["scripts"])  # type: ignore[arg-type]
    else:
        chosen = _rewritten_in_gaps(
            chosen,
            ka,
            kb,
            ([p.kind == "item" for p in old], [q.kind == "item" for q in new]),
            ([_item_label(p) for p in old], [_item_label(q) for q in new]),
        )
    out: list[Change] = []
    pi = pj = 0
    for i, j, _ in [*chosen, (len(old), len(new), 0.0)]:
        listed = None if options["cross_script"] else _as_list(old[pi:i], new[pj:j], ka[pi:i], kb[pj:j], options, framed=True)
        if listed is not None:
            out.append(listed)
        else:
            out += [_one_sided("delete", p) for p in old[pi:i]]
            out += [_one_sided("insert", q) for q in new[pj:j]]
        if i == len(old):
            break
        p, q = old[i], new[j]
        spans, _ = word_spans(p.text, q.text, **options)  # type: ignore[arg-type]
        out.append(Change("replace", p.line, q.line, p.text, q.text, spans, change_topics(changed_with_context(spans), p.text, q.text)))
        pi, pj = i + 1, j + 1
    return out
