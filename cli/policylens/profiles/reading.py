"""Reading a profile or pattern-library TOML file: the built-in folder (`BUILTIN`), the checked top-level keys
(`_read_checked`), the error that names the key (`_fail`), a key's strings and text, topic headings, and a pattern's
folding and expanded length.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from policylens.errors import UserError, echo

BUILTIN = Path(__file__).resolve().parent.parent / "data" / "profiles"
_REF = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def _fail(path: Path, key: str, message: str) -> UserError:
    return UserError(f"profile key {echo(key)}: {message}", path=str(path))


def _fold_pattern(pattern: str) -> str:
    """Traditional characters of a pattern → Simplified, as the text is folded (punctuation untouched)."""
    from policylens.topics import fold_script

    return fold_script(pattern)


def _expanded_length(text: str, fragments: dict[str, str]) -> int:
    """The length of `text` once its known `{names}` are replaced by `(?:fragment)` (one round)."""
    return len(text) + sum(len(fragments[m.group(1)]) + 4 - len(m.group(0)) for m in _REF.finditer(text) if m.group(1) in fragments)


def _strings(value: Any, key: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(path, key, "must be a list of non-empty strings")
    return tuple(value)


def _topic_headings(value: Any, key: str, path: Path) -> list[re.Pattern[str]]:
    """Section evidence: the title words of each topic named (topics.tsv), one pattern per topic."""
    if value is None:
        return []
    from policylens.topics import title_pattern, topic_ids

    out = []
    for topic in _strings(value, key, path):
        pattern = title_pattern(topic)
        if pattern is None:
            raise _fail(path, key, f"unknown topic {echo(topic)} (known: {', '.join(topic_ids())})")
        out.append(pattern)
    return out


def _text(table: dict[str, Any], key: str, path: Path, prefix: str, *, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(path, prefix + key, "must be a non-empty string" if required else "must be a string")
    return value.strip()


_TOP = {"schema", "id", "title", "law", "lang", "url", "summary", "use", "patterns", "scope", "item"}
_LIBRARY_TOP = {"schema", "id", "summary", "patterns"}


def _read_checked(path: Path, what: str, known: set[str], schema: str) -> dict[str, Any]:
    """A profile or library file as a table, with only known top-level keys and the right `schema`."""
    from policylens.config import read_toml

    data = read_toml(path, what=what, remember=path.is_relative_to(BUILTIN))
    for key in data:
        if key not in known:
            raise _fail(path, key, f"unknown key (known: {', '.join(sorted(known))})")
    if data.get("schema") != schema:
        raise _fail(path, "schema", f"must be {schema!r}")
    return data
