"""What a file name says of an edition (`parse_name`: `<edition>.<YYYY-MM-DD>[-tag].<ext>`): edition tags and locales
made canonical, valid dates, the natural sort key, and the records discovery yields (`EditionInput`, `ProductInput`,
`Discovery`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

# A BCP 47-shaped tag: a lower-case language, then subtags (zh-Hant, zh-HK, en, en-US, pt-BR).
_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
# A file name's edition may be written as a POSIX or Java locale (`zh_TW`, `ZH-HANT`), its date as
# `2024-03-01`, `2024.03.01` or `20240301`: the id is always `zh-TW.2024-03-01`.
_NAME = re.compile(
    r"(?P<edition>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)"
    r"(?:\.(?P<date>\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2}|\d{8})(?P<tag>-[A-Za-z0-9]+)?)?(?P<rest>(?:\.[^.]+)*)"
)


class EditionInput(NamedTuple):
    """One version of one edition, before it is read."""

    product: str
    edition: str | None  # None: decided from the text's script (git files not named by the convention)
    date: str | None  # ISO date, or None when the name carries none
    label: str  # the version part of the id: "2021-03-30", "2017-08-15-46db3fb" or ""
    path: str  # what the report shows: the file, or "file@commit" for a git version
    git: tuple[str, str, str] | None = None  # (repository root, commit, path in the commit)

    @property
    def id(self) -> str:
        """`zh-Hant.2021-03-30`: the edition and its version."""
        return f"{self.edition or 'und'}.{self.label}" if self.label else (self.edition or "und")


class ProductInput(NamedTuple):
    """Every version of every edition of one product, plus the input errors found so far."""

    product: str
    editions: tuple[EditionInput, ...]
    errors: tuple[tuple[str, str], ...] = ()  # (path, one-line reason)


class Discovery(NamedTuple):
    """The products to compare, and warnings/errors that belong to no product."""

    products: tuple[ProductInput, ...]
    warnings: tuple[str, ...]
    errors: tuple[str, ...]  # e.g. a folder with no recognisable editions


def is_edition_tag(tag: str) -> bool:
    """Whether `tag` is written as an edition tag (zh-Hant, en, en-US), as `[[editions]]` and `--edition` require."""
    return _TAG.fullmatch(tag) is not None


def canonical_tag(tag: str) -> str:
    """BCP 47 casing: zh-hant-hk → zh-Hant-HK, EN-us → en-US."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


def parse_name(name: str) -> tuple[str, str | None, str] | None:
    """(edition, date, label) from `zh-Hant.2021-03-30.txt`; None when the name does not follow the convention."""
    stem, dot, _ext = name.rpartition(".")
    if not dot or not stem:
        return None
    m = _NAME.fullmatch(stem)
    if not m:
        return None
    if m.group("rest") and not m.group("date"):
        return None  # `en.crawl-2017-05.md`: a version label that is not a date
    written = m.group("edition")
    if not written[:2].islower() and not any(c in written for c in "-_"):
        return None  # `FAQ.md`, `TOS.2024-03-01.md`: capitals are read as a locale only with a region or script (`ZH-HANT`)
    if (not written.islower() or "_" in written) and not is_locale(written):
        return None  # `TOS_CN.txt`, `FAQ_v2.md`: a locale's spelling must name a language and a region or script
    day = m.group("date")
    if day is not None and day[4] != "-":  # `2024.03.01`, `20240301`: read as the ISO date they write
        digits = day.replace(".", "")
        day = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
        if not _valid_date(day):
            return None  # eight digits that are no date (a build number): not a version of the convention
    # every part of the name is kept: `-v1.2` and `-v1.3` were both cut to `-v1` and collided
    label = (day or "") + (m.group("tag") or "") + (m.group("rest") or "")
    return canonical_tag(written.replace("_", "-")), day, label


# ISO 639 codes of the languages policies are published in (a name written as a locale, `ZH_TW`, must start with one).
_LANGUAGES = frozenset(
    [
        "zh",
        "en",
        "ja",
        "ko",
        "fr",
        "de",
        "es",
        "pt",
        "it",
        "ru",
        "ar",
        "th",
        "vi",
        "id",
        "ms",
        "nl",
        "sv",
        "da",
        "no",
        "nb",
        "fi",
        "pl",
        "tr",
        "he",
        "hi",
        "bn",
        "ta",
        "ur",
        "fa",
        "uk",
        "cs",
        "el",
        "hu",
        "ro",
        "yue",
    ]
)
_SUBTAG = re.compile(r"[A-Za-z]{2}|\d{3}|[A-Za-z]{4}")  # a region (TW, 419) or a script (Hant)


def is_locale(written: str) -> bool:
    """Whether `zh_TW`, `ZH-HANT`, `pt_BR` is a locale: a known language, then regions or scripts."""
    language, *subtags = written.replace("_", "-").split("-")
    return language.lower() in _LANGUAGES and all(_SUBTAG.fullmatch(part) for part in subtags)


def natural_key(label: str) -> list[str | int]:
    """A version label's sort key with its numbers read as numbers: -v1.9 before -v1.10."""
    return [int(part) if k % 2 else part for k, part in enumerate(re.split(r"(\d+)", label))]


def _valid_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
