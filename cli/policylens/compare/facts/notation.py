"""What a fact's key ignores: dates written in any notation (`replace_dates`, `same_but_date_notation`), a section's
text as facts read it, and an edition's locale in a file name or URL (`without_file_locale`, `edition_url_key`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.compare.inputs import is_locale
from policylens.diff.keys import url_key
from policylens.lazyre import lazy
from policylens.model import Document, Section
from policylens.normalise import fold
from policylens.patterns import INVISIBLE
from policylens.spans import Taken
from policylens.structure.metadata import find_dates, find_english_dates, find_numeric_dates

_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_FILE_SEPARATOR = re.compile(r"[._-]")


def replace_dates(text: str, replacement: Callable[[str], str]) -> str:
    """`text` with every date in any notation (2021年3月30日, 民國110年3月30日, March 30, 2021, 03/30/2021…) replaced by `replacement(iso)`."""
    folded = fold(text)  # the extractors' positions are in the folded text, which has the same length
    spans = find_dates(folded) + find_english_dates(folded)
    taken = Taken(len(folded))
    for s, e, _ in spans:
        taken.add(s, e)
    spans += [d for d in find_numeric_dates(folded, None) if not taken.overlaps(d[0], d[1])]
    spans.sort()
    if any(spans[k][1] > spans[k + 1][0] for k in range(len(spans) - 1)):  # dates that overlap: one at a time, from the last
        for start, end, iso in reversed(spans):
            text = text[:start] + replacement(iso) + text[end:]
        return text
    pieces, last = [], 0  # joined once: one slice per date was quadratic on a line of 20,000 dates
    for start, end, iso in spans:
        pieces += [text[last:start], replacement(iso)]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def dates_in(text: str) -> frozenset[str]:
    """Every date `text` writes, in any notation (`replace_dates`), as ISO strings."""
    found: list[str] = []
    replace_dates(text, lambda iso: found.append(iso) or iso)
    return frozenset(found)


def same_but_date_notation(old: str, new: str, scripts: tuple[str | None, str | None] = (None, None)) -> bool:
    """Do two paragraphs differ only in how they write the same dates (民國110年3月30日 / 2021/03/30), script and regional
    wording aside?  With the sides' scripts known (`old` in `scripts[0]`), the one-way readings `diff` uses are read
    too (`variants.same_across_scripts`: a mainland 图像 is a Taiwan 圖片; forty-fourth session, u44d)."""
    from policylens.diff.variants import same_across_scripts

    if old == new:
        return False
    return same_across_scripts(replace_dates(old, str), replace_dates(new, str), scripts)


def section_text(section: Section) -> list[str]:
    """The title and paragraphs of a section, as a reader sees them: without invisible characters.

    (Twenty-first round, r21h.)  A zero-width space inside an e-mail address, a word joiner inside a phone number or a
    duration (「3\u200d0天」) hid the fact, and `compare` reported it absent from that edition: 「privacy@example.com →
    (absent)」 of an edition that shows the same address.
    """
    texts = ([section.title] if section.title else []) + [p.text for p in section.paragraphs]
    return [INVISIBLE.sub("", t) for t in texts] if any(INVISIBLE.search(t) for t in texts) else texts


def without_file_locale(key: str) -> str:
    """A URL key (`diff.keys.url_key`) without the locale its file name ends with: privacy_zh-Hant.html,
    privacy-en.html, terms.zh-TW.md → privacy.html, terms.md (not privacy-policy.html, about-us.html).

    (Twenty-third session, t23c.)  Each edition of a policy links to its own page (「规范在线版本：…/privacy_zh-Hans.html」,
    「…/privacy_zh-Hant.html」, "…/privacy_en.html"): one link in every edition, which `url_key` already folds when the
    locale is a path segment (/zh-tw/) or a query (?lang=en), and `compare` reported as a sure `url` divergence.
    """
    path, sep, query = key.partition("?")
    head, slash, last = path.rpartition("/")
    if not slash:
        return key
    stem, dot, ext = last.rpartition(".") if _EXTENSION.search(last) else (last, "", "")
    if dot and _file_locale(stem, ""):
        # a page named by its locale alone: …/account-deletion/en.html against …/account-deletion/zh-hant.html
        # (eval/editions46 peachfit, u46e)
        return f"{head}/{dot}{ext}{sep}{query}"
    for m in _FILE_SEPARATOR.finditer(stem):
        if m.start() > 0 and _file_locale(stem[m.end() :], stem[: m.start()]):
            return f"{head}/{stem[: m.start()]}{dot}{ext}{sep}{query}"
    return key


# Language codes that are English words or abbreviations too (…/say-hi.html, …/faq/no.html, …/help/it.html, the UK).
_WORD_CODES = frozenset({"it", "id", "no", "he", "hi", "ms", "ta", "ar", "uk", "el", "da", "pl", "nb", "fa"})
# The last word of a file name that names a policy page: a word code after it is its locale (privacy-policy-it.html,
# privacy.id.html, terms_he.md: eval/ and corpora/ link such pages), after any other word it is a word (say-hi.html).
_DOCUMENT_NAME = lazy(
    r"(?:^|[._-])(?:privacy|policy|policies|terms|tos|eula|legal|agreement|notice|cookies?|statement|conditions|"
    r"disclaimer|index|readme|gdpr|ccpa|license|licence)$",
    re.IGNORECASE,
)


def _file_locale(written: str, before: str) -> bool:
    """Is `written`, the end of a file name after `before` (empty: the whole name), the locale of a language edition?

    (u47e) A locale with a subtag (zh-Hant, pt_BR) or a code that is no English word (ja, fr, zh, en) is one anywhere;
    a code that is a word too (it, id, no, hi, he, uk…) only after the name of a policy page (privacy-it.html,
    privacy.id.html), never alone (…/faq/no.html, …/help/it.html: two pages, not one in two languages) nor after
    another word (…/say-hi.html)."""
    if not is_locale(written):
        return False
    if "-" in written.replace("_", "-") or written.lower() not in _WORD_CODES:
        return True
    return bool(before) and _DOCUMENT_NAME.search(before) is not None


def edition_url_key(url: str) -> str:
    """The comparison key of a URL across editions: `url_key`, and `without_file_locale`."""
    return without_file_locale(url_key(url))


def top_level(doc: Document) -> int:
    """The number of top-level titled sections (level 1)."""
    return sum(1 for s in doc.sections if s.title is not None and s.level == 1)
