"""Limits on the values of a configuration or user profile: how long a user regex and a brand name may be."""

from __future__ import annotations

from policylens.errors import echo

# The longest user regex accepted (after a profile's {names} are inserted): the longest built-in
# profile pattern is under 8,000 characters; a 2 MB alternation of 200,000 words took 16 s to
# probe and compile before the first file was read.
USER_PATTERN_MAX = 100_000


def pattern_too_long(pattern: str) -> str | None:
    """Why a user regex is refused for its length (None: short enough)."""
    if len(pattern) <= USER_PATTERN_MAX:
        return None
    return f"a regex of {len(pattern):,} characters is longer than the {USER_PATTERN_MAX:,} allowed ({pattern[:40]!r}…)"


# (u59x) The longest brand name accepted in `brands` and `foreign-brands`: `entity-mismatch` builds its word table
# (Aho-Corasick) from the foreign ones in time that grows with the square of the longest (a name of 16,000 characters:
# 25 s of `check`; 100,000: over 10 minutes, in one native call that SIGTERM does not stop), and a name holding a line
# break made every file `cannot be read (ValueError: a table word contains a newline)`.
BRAND_MAX = 200


def brand_problem(names: tuple[str, ...]) -> str | None:
    """Why a list of brand names is refused (None: every name is one a brand can have)."""
    for name in names:
        if len(name) > BRAND_MAX:
            return f"a brand name of {len(name):,} characters is longer than the {BRAND_MAX} allowed ({echo(name, 40)})"
        if "\n" in name or "\r" in name:
            return f"a brand name holds a line break ({echo(name)})"
    return None
