"""Software licences named by their identifiers (u37c): MIT, Apache-2.0, GPL-3.0-or-later, BSD-3-Clause…

A translation writes a licence's identifier as the original does: 「本应用为开源软件（MIT 许可）」 / "open source
(MIT)".  Two editions whose paired sentences name different licences diverge (eval/editions37 osmium: the Chinese
edition still says MIT where the English one was relicensed under GPL-3.0-or-later), and a rewrite that relicensed the
software is one an edition in the other language has not followed when it still names the old licence and nowhere the
new one (osmiumv).  Only identifiers are read, never a licence's name in words (「通用公共许可证」 may be any version).
"""

from __future__ import annotations

from policylens.lazyre import lazy

# SPDX-style identifiers of the common open-source licences, as a word of their own (not "MITM", not "permit").
_LICENCE = lazy(
    r"(?<![A-Za-z0-9.\-])(?:MIT|ISC|Unlicense|Apache-[12]\.0|MPL-[12]\.[01]|(?:A|L)?GPL-?[123](?:\.[01])?(?:-only|-or-later|\+)?"
    r"|(?:A|L)?GPLv[123](?:\+)?|BSD-[234]-Clause|CC0-1\.0|CC-BY(?:-SA|-NC|-ND)*-[1-4]\.0|EPL-[12]\.0)(?![A-Za-z0-9]|[.\-][A-Za-z0-9])"
)


def named(text: str) -> frozenset[str]:
    """The licence identifiers a text names, lower-cased as the aligner's Latin words are (`gpl-3.0-or-later`)."""
    return frozenset(m.group(0).lower() for m in _LICENCE.finditer(text))


def differ(mine: str, theirs: str, their_words: frozenset[str]) -> list[str]:
    """`licence:` keys of the licences one sentence names when its paired sentence names another licence and the other
    edition writes none of the sentence's anywhere (`their_words`: its Latin words, lower-cased)."""
    a, b = named(mine), named(theirs)
    if not a or not b or a == b:
        return []
    return [f"licence:{x}" for x in sorted(a - b) if x not in their_words]


def relicensed(old: str, new: str, paired: str, edition_text: str) -> bool:
    """Did a rewrite (`old` → `new` text of one section) change the licence while the edition in the other language
    still names the old licence in its paired section (`paired`) and the new one nowhere (`edition_text`)?"""
    before, after = named(old), named(new)
    brought_in, taken_out = after - before, before - after
    if not brought_in or not taken_out:
        return False
    return bool(taken_out & named(paired)) and not (brought_in & named(edition_text))


__all__ = ["differ", "named", "relicensed"]
