"""Paragraph alignment inside a section pair, and word-level spans inside changed paragraphs."""

from __future__ import annotations

from difflib import SequenceMatcher

from policylens.diff.normalize import compare_key, layout_key, script_key
from policylens.diff.tokens import tokenize
from policylens.diff.topics import topics_of
from policylens.model import Change, DiffSpan, Paragraph


def _ratio(a: str, b: str) -> float:
    from rapidfuzz.fuzz import ratio

    return ratio(a, b) / 100.0


def word_spans(
    old: str, new: str, *, granularity: str, cross_script: bool, strict: bool, scripts: tuple[str | None, str | None] = (None, None)
) -> tuple[tuple[DiffSpan, ...], int]:
    """Spans turning `old` into `new`, and how many equal tokens differ only by noise or script."""
    a, b = tokenize(old, granularity), tokenize(new, granularity)

    def key(token: str, script: str | None) -> str:
        if strict:
            return token
        k = layout_key(token, strip_marker=False) or (" " if token.strip() == "" else token)
        return script_key(k, script) if cross_script else k

    ka, kb = [key(t, scripts[0]) for t in a], [key(t, scripts[1]) for t in b]
    spans: list[DiffSpan] = []
    variants = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                if x != y:
                    variants += 1
                    spans.append(DiffSpan("equal", y, x))
                else:
                    spans.append(DiffSpan("equal", y))
            continue
        if tag == "replace" and cross_script and not strict and _phrase_variant(a, b, i1, i2, j1, j2, scripts):
            # 「應用程式」/「应用程序」: equal once OpenCC converts the whole phrase
            variants += 1
            spans.append(DiffSpan("equal", "".join(b[j1:j2]), "".join(a[i1:i2])))
            continue
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        if not strict and not old_part.strip() and not new_part.strip():
            spans.append(DiffSpan("equal", new_part, old_part))  # spacing only: noise, not a change
            continue
        if tag in ("delete", "replace"):
            spans.append(DiffSpan("delete", old_part))
        if tag in ("insert", "replace"):
            spans.append(DiffSpan("insert", new_part))
    return _merge(spans), variants


def _phrase_variant(a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int, scripts: tuple[str | None, str | None]) -> bool:
    """Do the replaced tokens read the same across scripts with up to two neighbouring tokens?"""
    for before in range(3):
        for after in range(3):
            if i1 - before < 0 or j1 - before < 0 or i2 + after > len(a) or j2 + after > len(b):
                continue
            old = "".join(a[i1 - before : i2 + after])
            new = "".join(b[j1 - before : j2 + after])
            if script_key(layout_key(old, strip_marker=False), scripts[0]) == script_key(layout_key(new, strip_marker=False), scripts[1]):
                return True
    return False


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
) -> tuple[tuple[Change, ...], int, int]:
    """Changes between two paragraph lists, plus counts of paragraphs that differ only by
    script/regional wording (variants) and only by formatting (noise)."""
    ka = [compare_key(p.text, script=scripts[0], cross_script=cross_script, strict=strict) for p in old]
    kb = [compare_key(p.text, script=scripts[1], cross_script=cross_script, strict=strict) for p in new]
    changes: list[Change] = []
    variants = noise = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            for x, y in zip(old[i1:i2], new[j1:j2], strict=True):
                if x.text == y.text:
                    continue
                if cross_script and layout_key(x.text) != layout_key(y.text):
                    variants += 1
                    if keep_variants:
                        spans, _ = word_spans(x.text, y.text, granularity=granularity, cross_script=True, strict=False, scripts=scripts)
                        changes.append(Change("replace", x.line, y.line, x.text, y.text, spans, (), True))
                else:
                    noise += 1
            continue
        if tag == "delete":
            changes += [_one_sided("delete", p) for p in old[i1:i2]]
        elif tag == "insert":
            changes += [_one_sided("insert", p) for p in new[j1:j2]]
        else:
            changes += _pair_block(old[i1:i2], new[j1:j2], ka[i1:i2], kb[j1:j2], granularity, cross_script, strict, scripts)
    # A paragraph whose keys differ but whose words all match is a variant, not a change.
    kept: list[Change] = []
    for c in changes:
        if c.variant or any(s.op != "equal" for s in c.spans):
            kept.append(c)
        else:
            variants += 1
            if keep_variants:
                kept.append(c._replace(variant=True))
    return tuple(kept), variants, noise


def _changed_with_context(spans: tuple[DiffSpan, ...], width: int = 12) -> list[str]:
    """Each changed run with the unchanged text around it (「更新日期：」 tags a date change)."""
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


def _pair_block(
    old: tuple[Paragraph, ...],
    new: tuple[Paragraph, ...],
    ka: list[str],
    kb: list[str],
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None],
) -> list[Change]:
    """Inside a replace block, pair similar paragraphs in order; the rest are inserts/deletes."""
    out: list[Change] = []
    j = 0
    for i, p in enumerate(old):
        best, best_j = 0.0, None
        for jj in range(j, min(len(new), j + 8)):
            score = _ratio(ka[i], kb[jj])
            if score > best:
                best, best_j = score, jj
        if best_j is None or best < 0.45:
            out.append(_one_sided("delete", p))
            continue
        out += [_one_sided("insert", q) for q in new[j:best_j]]
        q = new[best_j]
        spans, _ = word_spans(p.text, q.text, granularity=granularity, cross_script=cross_script, strict=strict, scripts=scripts)
        out.append(Change("replace", p.line, q.line, p.text, q.text, spans, topics_of(*_changed_with_context(spans))))
        j = best_j + 1
    out += [_one_sided("insert", q) for q in new[j:]]
    return out
