"""The document title: a product rename (「麻將…隱私政策」 → 「麻雀…隱私政策」) is a change.

The title line is metadata, not a section, so section alignment never sees it.  Here the
two titles are compared with the keys paragraphs use: a title that differs only by
formatting (`# **隐私政策**` → `# 隐私政策`) is noise, one that differs only by script or
regional wording in a cross-script diff (隱私權政策 / 隐私政策) is a variant, anything else is
a change, reported first by every format (`DiffReport.title`, JSON `title_change`).

A title found on one side only is not compared: heading detection, not the author, often
decides whether the first line is a title, and its text is then diffed where it landed.
Unless it landed nowhere: a title whose text is in no heading or paragraph of the other
document (a `# 隱私權政策` deleted, a policy emptied to nothing) is a title deleted or
inserted; it was no change at all, exit 0 (twenty-second round).

An HTML page has a second title, its `<head><title>` (`Metadata.page_title`), which is no
text of the body when an `<h1>` is the document title: a year or a company changed there
only was seen by no one (four blind pairs).  When the document titles agree (or differ only
by script or formatting), the two pages' `<title>`s are compared the same way and a change
there is the title change, with the `<title>`'s lines (thirteenth session); not a site name's
alone (`_brands_only`), nor the same parts in another order (`_reordered`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policylens.diff.keys import compare_key, layout_key
from policylens.diff.redline import changed_with_context, word_spans
from policylens.diff.topics import change_topics, topics_of
from policylens.language_names import LANGUAGE_NAMES
from policylens.model import Change, DiffSpan, Document

# The separator between a title's parts (「我记 - 隐私政策」, 「我记 · 隐私政策」, 「我记 | 隐私政策」, 「我记｜隐私政策」, 「我记 — 隐私政策」):
# a page's <title> that changes only its separator is the same title (fourteenth session, a blind pair's noise).  Only
# between two parts (never at an end, never inside a word: 「Wi-Fi」, 「2024-01-01」 keep their hyphen).
_TITLE_SEPARATOR = re.compile(
    r"(?<=\S)[ \t\u3000]*(?:[|｜·・•–—]{1,2}|(?<=[ \t\u3000])[-/:：](?=[ \t\u3000])|(?<=[^\x00-\x7f])-(?=[^\x00-\x7f]))[ \t\u3000]*(?=\S)"
)
_EDITION_LABEL = re.compile(
    rf"[ \t\u3000]{{0,3}}[(（\[【][ \t]{{0,2}}(?:{LANGUAGE_NAMES})(?:[ \t]{{0,2}}(?:版|版本|edition|version))?[ \t]{{0,2}}[)）\]】]", re.I
)


class TitleDiff(NamedTuple):
    """The title change (None when the titles agree), and whether they differ by script or formatting only."""

    change: Change | None
    variants: int
    noise: int
    source: str = "title"  # "page_title" when the change, variant or noise is the pages' <head><title>


def diff_titles(
    old: Document,
    new: Document,
    *,
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None],
    show_variants: bool,
    notes: set[str] | None = None,
) -> TitleDiff:
    """Compare the two documents' titles (module docstring); when they agree, the HTML pages' <title>s."""
    options = {"granularity": granularity, "cross_script": cross_script, "strict": strict, "scripts": scripts, "notes": notes}
    a, b = old.metadata, new.metadata
    if (old.unread_title or new.unread_title) and not strict and a.title != b.title:
        # (u45d) one side's title line is a translation call not read (「<h1>{{ $t('privacy.title') }}</h1>」): its title
        # is unknown, so another line (a bar's 「隐私政策」) or none stands in for it; no change can be told
        return TitleDiff(None, 0, 1)
    if (a.title is None) != (b.title is None):
        lone = _lone_title(old, new, cross_script=cross_script, strict=strict, scripts=scripts)
        if lone is not None:
            return TitleDiff(lone, 0, 0)
    found = _compare((a.title, a.title_line), (b.title, b.title_line), show_variants=show_variants, **options)  # type: ignore[arg-type]
    if found.change is not None and not found.change.variant and not strict and _brand_added(a.title, old, b.title, new):
        # (u46d) a title read from one page's <title> that adds the site's name (a line of that page's chrome) to the
        # other side's title: 「用户数据和隐私权益」 → 「用户数据和隐私权益 | 胡桃工具箱」 (`eval/pairs46` hutao-md-html)
        found = TitleDiff(None, 0, 1)
    if found.change is not None and not found.change.variant:
        return found
    # Both pages' <head><title> (a year or a company changed there only, while the <h1> that is the
    # document title stayed): missed by four blind pairs of the eleventh and twelfth sessions.
    page = _compare((a.page_title, a.page_title_line), (b.page_title, b.page_title_line), show_variants=show_variants, **options)  # type: ignore[arg-type]
    if (
        page.change is not None
        and not page.change.variant
        and not strict
        and (_brands_only(a.page_title, old, b.page_title, new) or _reordered(a.page_title, b.page_title))
    ):
        page = TitleDiff(None, 0, 1)
    if page.change is not None and not page.change.variant:
        return page._replace(source="page_title")
    return found if found.change is not None or found.variants or found.noise else page._replace(source="page_title")


def _brands_only(a: str | None, old: Document, b: str | None, new: Document) -> bool:
    """Do two pages' <title>s differ only by each page's own site name, a line of its page chrome?

    「隐私政策 KeyClicker 2.5.0」 → 「隐私政策 idoc」, where 「KeyClicker 2.5.0」 and 「idoc」 are the brands in the two
    pages' headers (a site regenerated with another template; twenty-third session, `eval/blind/pairs23`
    keyclicker-rebuild): the site's name, which `diff` does not compare in the header either.  A brand with a company
    or a date in it is no chrome (`load.html`), so it is never taken off here."""
    if a is None or b is None:
        return False
    rest_a, rest_b = _without_brand(a, old), _without_brand(b, new)
    return (rest_a != a or rest_b != b) and bool(rest_a.strip()) and layout_key(rest_a) == layout_key(rest_b)


def _brand_added(a: str | None, old: Document, b: str | None, new: Document) -> bool:
    """Does one side's title, read from its page's <title>, only add its brand to the other's (`_brands_only`, the brand
    on one side only)?  (u46r) Not a brand on each side: 「星辰笔记 隐私政策」 → 「月亮笔记 隐私政策」, the product renamed in the <h1> as in the
    header, is a change of the document's title, which was shown as none."""
    if a is None or b is None or not _brands_only(a, old, b, new):
        return False
    branded_a, branded_b = _without_brand(a, old) != a, _without_brand(b, new) != b
    if branded_a == branded_b:
        return False
    # (u59e) only a title read from that page's <title>: an <h1> that names the product is the page's own title, and
    # its 「Quick RSS 隐私政策」 → 「隐私政策」 is a change (`eval/pairs59e` quickrss-html: the Markdown's title edit, rebuilt,
    # was reported in the Markdown and not in its page)
    meta = (old if branded_a else new).metadata
    return meta.title == meta.page_title and meta.title_line in (None, meta.page_title_line)


def _reordered(a: str | None, b: str | None) -> bool:
    """Do two pages' <title>s hold the same parts in another order?

    「隱私權政策 — 社群須知 — 海風」 → 「海風 — 社群須知 — 隱私權政策」 (the site's name moved to the front, fortieth session,
    `eval/pairs40c` sw-frame): the page's frame says the same words, no word of the policy changed.  Only parts
    between separators (`_TITLE_SEPARATOR`), each kept whole: a word added, removed or edited in a part is a change."""
    if a is None or b is None:
        return False
    parts_a, parts_b = (sorted(layout_key(part) for part in _parts(t).split(" | ")) for t in (a, b))
    return len(parts_a) > 1 and all(parts_a) and parts_a == parts_b


def _without_brand(title: str, doc: Document) -> str:
    """`title` less one chrome line of `doc` that is its first or last part (after or before a space or separator)."""
    if not doc.chrome:
        return title
    for section in doc.sections:
        for p in section.paragraphs:
            brand = p.text.strip()
            if (p.line, p.column) not in doc.chrome or not brand or brand == title.strip():
                continue
            parts = _parts(title).replace(" | ", " ").strip()
            if parts.endswith(" " + brand):
                return parts[: -len(brand) - 1]
            if parts.startswith(brand + " "):
                return parts[len(brand) + 1 :]
    return title


def _lone_title(old: Document, new: Document, *, cross_script: bool, strict: bool, scripts: tuple[str | None, str | None]) -> Change | None:
    """The title of one side deleted or inserted, when its text is in no heading or paragraph of the other side."""
    deleted = old.metadata.title is not None
    side, other = (old, new) if deleted else (new, old)
    title = side.metadata.title or ""
    own, theirs = (scripts[0], scripts[1]) if deleted else (scripts[1], scripts[0])
    key = compare_key(title, script=own, cross_script=cross_script, strict=strict)
    if not key.strip():  # a title of spacing or a language switcher only
        return None
    for section in other.sections:
        for text in (section.title or "", *(p.text for p in section.paragraphs)):
            if key in compare_key(text, script=theirs, cross_script=cross_script, strict=strict):
                return None  # it landed there, and is diffed there
    line = side.metadata.title_line
    if deleted:
        return Change("delete", line, None, title, None, (DiffSpan("delete", title),), topics_of(title))
    return Change("insert", None, line, None, title, (DiffSpan("insert", title),), topics_of(title))


def _parts(title: str) -> str:
    """A title without its edition label, its separators between parts all written as one (module docstring)."""
    return _TITLE_SEPARATOR.sub(" | ", _EDITION_LABEL.sub("", title))


def _compare(
    old: tuple[str | None, int | None],
    new: tuple[str | None, int | None],
    *,
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None],
    show_variants: bool,
    notes: set[str] | None,
) -> TitleDiff:
    """One pair of titles (text, line): a change, a variant, noise, or nothing."""
    (a, line_a), (b, line_b) = old, new
    if a is None or b is None or a == b:
        return TitleDiff(None, 0, 0)
    # The edition's own label (「…隐私政策（简体中文）」 / 「…隱私權政策（繁體中文）」) names the edition, not the policy:
    # two editions of one version have the same title (review, seventh session); --strict still compares it.
    bare_a, bare_b = (a, b) if strict else (_parts(a), _parts(b))
    key_a = compare_key(bare_a, script=scripts[0], cross_script=cross_script, strict=strict)
    key_b = compare_key(bare_b, script=scripts[1], cross_script=cross_script, strict=strict)
    spans, _ = word_spans(a, b, granularity=granularity, cross_script=cross_script, strict=strict, scripts=scripts, notes=notes)
    change = Change("replace", line_a, line_b, a, b, spans, change_topics(changed_with_context(spans), a, b))
    if key_a != key_b and any(s.op != "equal" for s in spans):
        return TitleDiff(change, 0, 0)
    if cross_script and layout_key(a) != layout_key(b):
        return TitleDiff(change._replace(variant=True) if show_variants else None, 1, 0)
    return TitleDiff(None, 0, 1)
