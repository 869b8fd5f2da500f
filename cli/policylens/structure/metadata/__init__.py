"""Document metadata read from the text: dates, controller, contacts, script, region.

`build_metadata` gathers every field: the dates (`dates`), the controller (`controller`) and the contacts (`contacts`)
read by the modules of this package, the script and region (`policylens.script`).  The names other modules and the
tests use are imported here: outside the package, import `policylens.structure.metadata`, never a module inside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from policylens.lazyre import lazy
from policylens.model import Metadata
from policylens.patterns import INVISIBLE, INVISIBLE_BMP
from policylens.structure.memo import Table, any_text
from policylens.structure.metadata.contacts import _ADDRESS, _EMAIL, _PHONE, _PHONE_BODY, _PHONE_CUE, extract_contacts, link_spans, url_end
from policylens.structure.metadata.controller import (
    _COMPANY_END,
    _GENERIC_SHORT,
    _LATIN_COMPANY,
    _ORG_CUE,
    _QUOTED,
    _SHORT_NAME,
    _company_names,
    extract_controller,
    operator_names,
)
from policylens.structure.metadata.dates import (
    _BRACKETED_DATE_PART,
    _DATE_HINT,
    _DATE_NEEDS,
    _DATE_PATTERNS,
    _FULL_WIDTH_LATIN,
    _MONTH_STEMS,
    _MONTHS,
    _NUMERIC_DATE,
    _ROC_DATE,
    ROC_OFFSET,
    _numeric_matches,
    ambiguous_numeric_dates,
    date_window,
    extract_dates,
    find_dates,
    find_english_dates,
    find_numeric_dates,
    numeric_order,
    to_iso,
)

# imported from here by other modules and the tests (the one module of the metadata before it was split)
__all__ = [
    "ROC_OFFSET",
    "_ADDRESS",
    "_COMPANY_END",
    "_DATE_HINT",
    "_DATE_NEEDS",
    "_DATE_PATTERNS",
    "_EMAIL",
    "_FULL_WIDTH_LATIN",
    "_GENERIC_SHORT",
    "_LATIN_COMPANY",
    "_MONTHS",
    "_MONTH_STEMS",
    "_NUMERIC_DATE",
    "_ORG_CUE",
    "_PHONE",
    "_PHONE_BODY",
    "_PHONE_CUE",
    "_QUOTED",
    "_ROC_DATE",
    "_SHORT_NAME",
    "_company_names",
    "_numeric_matches",
    "ambiguous_numeric_dates",
    "date_window",
    "extract_contacts",
    "extract_controller",
    "extract_dates",
    "find_dates",
    "find_english_dates",
    "find_numeric_dates",
    "link_spans",
    "numeric_order",
    "operator_names",
    "to_iso",
    "url_end",
]


# `INVISIBLE`'s characters below U+10000.  `re` compiles a class of BMP characters to a bitmap, but one that also holds
# astral characters (INVISIBLE's tags, U+E0000…) to a list of ranges tried in turn at every character (`script._script_pattern`):
# a text without astral characters is searched with this class, in a third less time (twenty-fifth session;
# `tests/test_structure_speed25.py` compares the two classes character by character).
_INVISIBLE_BMP = lazy(f"[{INVISIBLE_BMP}]")


def has_invisible(text: str) -> bool:
    """`INVISIBLE.search(text)`, with the bitmap class when `text` has no astral character."""
    from policylens.script import has_astral

    return (INVISIBLE if has_astral(text) else _INVISIBLE_BMP).search(text) is not None


_INVISIBLE_TEXTS = Table()  # a text → `has_invisible(text)` (`structure.memo`)


def any_invisible(texts: Iterable[str]) -> bool:
    """`has_invisible("\n".join(texts))`, each distinct text searched once while its answer is kept (`memo.any_text`):
    both of its tests read one character at a time (an invisible one; an astral one, which only chooses the class), and
    the newline is neither.  `build_metadata` and `Context.units` searched each document's whole text (u57t)."""
    return any_text(_INVISIBLE_TEXTS, has_invisible, texts)


def build_metadata(
    *,
    title: str | None,
    title_line: int | None,
    texts: Sequence[str],
    full_text: str,
    hints: Sequence[tuple[str, str]],
    script_text: str | None = None,
    title_at: int | None = None,
    below_title_lines: frozenset[int] | None = None,
    phones_and_address: bool = True,
    path: str | None = None,
    locale_region: str | None = None,
) -> Metadata:
    """Gather every metadata field; `texts` are titles and paragraphs in order, and
    `title_at` is the index of the first text after the document's title (None: no title), `below_title_lines` the
    offsets in that text where a later source line starts (None: not known).
    `phones_and_address=False` leaves `phones` empty and `address` None (`extract_contacts`).

    `full_text` is `texts` joined by newlines.  `script_text` is the Chinese part of a multilingual document: the script and region
    are read from it (default: the whole text).  A Traditional document whose file name or
    folder names its edition (`path`: policy_zh-HK.html, zh_TW/privacy.md) has that region,
    whatever its wording says (`script.named_region`): every command reports the region `check` uses.
    A bare token (privacy_tw.html, tw/privacy.html) gives the region only when the wording names none
    (`script.hinted_region`).  So does the one Traditional locale key a script or server source files its text under
    (`locale_region`: `'zh_HK' => [`, `load.source_locale_region`).
    """
    from policylens.script import detect_region, detect_script, hinted_region, named_region

    if any_invisible(texts):  # (`full_text` is `texts` joined by newlines)
        # (twenty-first round, r21h) as a reader sees them: a word joiner or a soft hyphen inside 「生效日期：2025年4月8日」
        # hid the date (`date-format` reported it missing), as one inside an address hid the address
        texts = [INVISIBLE.sub("", text) for text in texts]
    # (twenty-second round, s22p) a date whose numbers keep the template's brackets, 「生效日期：2020年【8】月【20】日」:
    # `placeholder-residue` reports the brackets; the date is there and is read (date-format reported it missing)
    dated = [_BRACKETED_DATE_PART.sub(r"\1", text) if "【" in text else text for text in texts]
    updated, effective = extract_dates(dated, hints, title_at, below_title_lines)
    controller, short = extract_controller(texts)
    emails, urls, phones, address = extract_contacts(texts, phones_and_address=phones_and_address)
    chinese = full_text if script_text is None else script_text
    script = detect_script(chinese[:6_000])  # a sample decides; script-mixed still checks every character
    detected = detect_region(chinese, script)
    named = named_region(path, script) if path else None
    if named is None and script == "hant" and locale_region is not None:
        named = locale_region  # (u47k2) the one Traditional locale key the source files its text under: `'zh_HK' => [`
    if named is None and detected is None and path:
        named = hinted_region(path, script)  # a bare token (privacy_tw.html) when the wording names no region
    return Metadata(
        title=title,
        title_line=title_line,
        updated=updated,
        effective=effective,
        controller=controller,
        short_name=short,
        emails=emails,
        urls=urls,
        phones=phones,
        address=address,
        script=script,
        region=named or detected,
        region_from_name=named is not None,
        text_region=detected,
    )
