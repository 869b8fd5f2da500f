"""Word-level spans inside a changed paragraph (`word_spans`): tokens compared by key, a long paragraph compared
sentence by sentence, a phrase that is a regional or script variant, a variant with an edit inside, and the context
kept around a change (`changed_with_context`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policylens.diff.keys import compare_key, layout_key, marker_length, script_key
from policylens.diff.sequence import opcodes
from policylens.diff.similarity import similarity
from policylens.diff.tokens import shared_affixes, tokenize
from policylens.diff.variants import same_across_scripts
from policylens.model import DiffSpan
from policylens.patterns import SENTENCE_MARKS

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
