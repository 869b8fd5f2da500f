"""A YAML or JS/TS message catalogue read unit by unit, as a JSON catalogue is (`load.catalogue.units`).

`compare` reads a JSON or ARB catalogue a string at a time, each string under its key path, and pairs two editions by
key (fifty-second session, u52e).  A YAML catalogue (Rails `config/locales/zh-TW.yml`, a Symfony or Hugo
`i18n/zh-TW.yaml`) and a JS/TS module (`export default {…}`, `module.exports = {…}`, `const zh = {…}` in
`src/locales/zh-TW.ts`) hold the same strings under the same keys, but were read as one document: their keys, quotes
and braces read as text, no key paired (fifty-third session, u53e).  Here:

- **YAML** through PyYAML's node tree (libyaml when built, else the Python loader: both count characters in their marks),
  a dependency already (Markdown front matter): each string scalar a unit at its line and column.  Refused (None): a file
  over `MAX_CHARS`, a YAML error, several documents, a node reached twice (an alias: a merge key `<<: *base` or a billion
  laughs), a key that is not a plain scalar, nesting deeper than `MAX_DEPTH`.
- **JS/TS** by a small reader of one object literal (`script_units`), never evaluated: the module may hold comments,
  `'use strict'`, one-line imports, `export default`, `module.exports =`, `[export] const|let|var NAME[: TYPE] =`,
  `as const`, `satisfies T`, `export default NAME` and `export { NAME as default }`; the literal's keys are names,
  strings or numbers, its values strings ('…', "…", a template with no `${…}`, strings joined by `+`), numbers, `true`,
  `false`, `null`, objects and arrays.  Anything else (a function, a spread, a computed key, a name used as a value, a
  second object literal: a module of several locales) refuses the file.

A root object whose one key is a locale (`zh-TW:` at the top of a Rails file, `export default { en: {…} }`) is stepped
into: the keys under it are the catalogue's (`en.privacy.title` and `zh-TW.privacy.title` are one key).  A refused file is
read as before, as one document, with a note (`compare.catalogue.document`).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from policylens.lazyre import lazy
from policylens.load.catalogue import _PRIVACY, _PRIVACY_BYTES, Unit, locale_folder, pairs_shape, policy_string

MAX_CHARS = 4 * 1024 * 1024  # a catalogue read unit by unit: at most this many characters (as a folder scan's 4 MB)
MAX_DEPTH = 64  # objects and lists nested deeper refuse the file

YAML_SUFFIXES = (".yml", ".yaml")
SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".ts")

# --- YAML ---


def yaml_units(text: str) -> list[Unit] | None:
    """The string values of a YAML catalogue in the order they are written (see the module doc), or None."""
    import yaml

    if len(text) > MAX_CHARS:
        return None
    source = text.lstrip("\ufeff")
    shift = len(text) - len(source)
    root = None
    for loader in (getattr(yaml, "CSafeLoader", None), yaml.SafeLoader):
        if loader is None:
            continue
        try:
            root = yaml.compose(source, Loader=loader)
        except (yaml.YAMLError, RecursionError, ValueError):
            continue
        break
    if not isinstance(root, yaml.MappingNode):
        return None
    root = _locale_root(root)
    found: list[Unit] = []
    seen: set[int] = set()
    # iterative walk: (node, key path, depth, in a list)
    stack: list[tuple[Any, str, int, bool]] = [(root, "", 0, False)]
    while stack:
        node, path, depth, item = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.tag == "tag:yaml.org,2002:str" and path:
                found.append(_yaml_unit(node, path, item, shift))
            continue
        if id(node) in seen or depth > MAX_DEPTH:
            return None  # an alias (a node reached twice) or nesting too deep
        seen.add(id(node))
        children: list[tuple[Any, str, int, bool]] = []
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
                    return None
                name = str(key.value)
                children.append((value, f"{path}.{name}" if path else name, depth + 1, False))
        elif isinstance(node, yaml.SequenceNode):
            children = [(value, f"{path}[{k}]", depth + 1, True) for k, value in enumerate(node.value)]
        else:
            return None
        stack.extend(reversed(children))
    return found


def _locale_root(root: Any) -> Any:
    """The mapping under a root whose one key is a locale (`zh-TW:`, Rails), else the root."""
    import yaml

    if len(root.value) == 1:
        key, value = root.value[0]
        if isinstance(key, yaml.ScalarNode) and locale_folder(str(key.value)) and isinstance(value, yaml.MappingNode):
            return value
    return root


def _yaml_unit(node: Any, path: str, item: bool, shift: int) -> Unit:
    """A string scalar as a unit: at its first character (after its quote; the line after a `|`/`>` indicator)."""
    start, end = node.start_mark, node.end_mark
    value = str(node.value)
    if node.style in ("|", ">"):
        return Unit(path, value, start.line + 2, 1, -1, item)
    quoted = node.style in ("'", '"')
    column = start.column + (2 if quoted else 1) + (shift if start.line == 0 else 0)
    width = end.index - start.index - (2 if quoted else 0) if start.line == end.line else -1
    return Unit(path, value, start.line + 1, column, width, item)


# --- JS/TS: one object literal ---

# blanks and comments
_SKIP = lazy(r"(?:[ \t\r\n\f\v\u00a0\ufeff\u2028\u2029]++|//[^\n]*+|/\*(?:[^*]++|\*(?!/))*+\*/)*+")
_NAME = lazy(r"[A-Za-z_$][\w$]*+")
_NUMBER = lazy(r"-?(?:0[xX][0-9a-fA-F_]++|\d[\d_]*+(?:\.\d++)?(?:[eE][-+]?\d++)?|\.\d++)")
_STRING = lazy(r"""'(?P<s>[^'\\\n]*+(?:\\[\s\S][^'\\\n]*+)*+)'|"(?P<d>[^"\\\n]*+(?:\\[\s\S][^"\\\n]*+)*+)\"""")
_TEMPLATE = lazy(r"`(?P<t>[^`\\$]*+(?:(?:\\[\s\S]|\$(?!\{))[^`\\$]*+)*+)`")
_ESCAPE = lazy(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[\s\S]))")
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "0": "\0",
    "\n": "",
    "\r\n": "",
    "\r": "",
    "\u2028": "",
    "\u2029": "",
}
_LINE_END = lazy(r"\r\n|\r|\n")
# the statements around the object literal
_IMPORT = lazy(r"import\b[^;\n]*+;?")
_DIRECTIVE = lazy(r"""(?:'use strict'|"use strict");?""")
_OPEN = lazy(
    r"(?:export[ \t]++default|module\.exports[ \t]*+=|(?:export[ \t]++)?(?:const|let|var)[ \t]++(?P<name>[A-Za-z_$][\w$]*+)"
    r"(?:[ \t]*+:[ \t]*+[\w$.]++(?:<[\w$.,| \t]{0,80}>)?(?:\[\])?)?[ \t]*+=)"
)
_AFTER = lazy(r"(?:[ \t]++(?:as[ \t]++const|satisfies[ \t]++[\w$.]++(?:<[\w$.,| \t]{0,80}>)?))?[ \t]*+;?")
_EXPORT_NAME = lazy(
    r"export[ \t]++default[ \t]++(?P<a>[A-Za-z_$][\w$]*+)[ \t]*+;?|export[ \t]*+\{[ \t]*+(?P<b>[A-Za-z_$][\w$]*+)[ \t]++as[ \t]++default[ \t]*+\}[ \t]*+;?"
)


class _Refused(Exception):
    """The module holds something `script_units` does not read."""


def script_units(text: str) -> list[Unit] | None:
    """The string values of a JS/TS module that is one object literal of strings (see the module doc), or None."""
    if len(text) > MAX_CHARS:
        return None
    reader = _Script(text)
    try:
        return reader.module()
    except (_Refused, RecursionError):
        return None


def literal_units(text: str, starts: list[int]) -> Iterator[tuple[int, list[Unit], int] | None]:
    """(u58l) For each offset of `starts` (a `{` of a module), the string values of the object literal there with the
    offsets where it starts and ends (`load.i18n_records`), or None when it holds anything `script_units` does not read
    (a function, a spread, a name as a value, a `${…}` slot).  One reader for all: the lines are found once."""
    reader = _Script(text)
    for start in starts:
        reader.pos = start
        try:
            yield start, reader.literal(), reader.pos
        except (_Refused, RecursionError):
            yield None


class _Script:
    """A reader of one JS/TS module, position by position (no recursion: nesting is a stack)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.starts = [0] + [m.end() for m in _LINE_END.finditer(text)]

    def skip(self) -> None:
        m = _SKIP.match(self.text, self.pos)
        self.pos = m.end() if m else self.pos

    def module(self) -> list[Unit]:
        found: list[Unit] | None = None
        declared: str | None = None
        self.skip()
        while self.pos < len(self.text):
            for pattern in (_DIRECTIVE, _IMPORT):
                m = pattern.match(self.text, self.pos)
                if m is not None and found is None:
                    self.pos = m.end()
                    break
            else:
                m = _OPEN.match(self.text, self.pos)
                if m is not None and found is None:
                    self.pos = m.end()
                    self.skip()
                    declared = m.group("name")
                    found = self.literal()
                    tail = _AFTER.match(self.text, self.pos)
                    self.pos = tail.end() if tail else self.pos
                else:
                    m = _EXPORT_NAME.match(self.text, self.pos)
                    if m is None or declared is None or (m.group("a") or m.group("b")) != declared:
                        raise _Refused
                    self.pos = m.end()
                    declared = None
            self.skip()
        if found is None:
            raise _Refused
        return found

    def literal(self) -> list[Unit]:
        """The object literal at `pos`: its strings as units, a root of one locale key stepped into."""
        if not self.text.startswith("{", self.pos):
            raise _Refused
        found: list[Unit] = []
        # a frame per open container: [is_object, key path, next list index]
        stack: list[list[Any]] = []
        key: str | None = None
        while True:
            self.skip()
            c = self.text[self.pos : self.pos + 1]
            if not c:
                raise _Refused
            top = stack[-1] if stack else None
            if top is not None and top[0] and key is None:
                # a key, or the object's end
                if c == "}":
                    self.pos += 1
                    stack.pop()
                    if not self.close(stack):
                        break
                    continue
                key = self.key()
                self.skip()
                if not self.text.startswith(":", self.pos):
                    raise _Refused
                self.pos += 1
                continue
            if top is not None and not top[0] and c == "]":
                self.pos += 1
                stack.pop()
                if not self.close(stack):
                    break
                continue
            path = self.path(stack, key)
            key = None
            if c in "{[":
                if len(stack) >= MAX_DEPTH:
                    raise _Refused
                self.pos += 1
                stack.append([c == "{", path, 0])
                continue
            if top is None:
                raise _Refused
            found.extend(self.value(path, not top[0]))
            if not self.close(stack):
                break
        return _step_into_locale(found)

    def close(self, stack: list[list[Any]]) -> bool:
        """After a value: a comma (the next member), or the container's end; False when the literal is done."""
        if not stack:
            return False
        self.skip()
        top = stack[-1]
        if not top[0]:
            top[2] += 1
        if self.text.startswith(",", self.pos):
            self.pos += 1
        elif self.text[self.pos : self.pos + 1] not in ("}", "]"):
            raise _Refused
        return True

    def path(self, stack: list[list[Any]], key: str | None) -> str:
        if not stack:
            return ""
        top = stack[-1]
        if top[0]:
            return f"{top[1]}.{key}" if top[1] else str(key)
        return f"{top[1]}[{top[2]}]"

    def key(self) -> str:
        for pattern in (_NAME, _NUMBER):
            m = pattern.match(self.text, self.pos)
            if m is not None:
                self.pos = m.end()
                return m.group()
        m = _STRING.match(self.text, self.pos)
        if m is None:
            raise _Refused
        self.pos = m.end()
        return _decode(m.group("s") if m.group("s") is not None else m.group("d"))

    def value(self, path: str, item: bool) -> list[Unit]:
        """A string (strings joined by `+`) as a unit; a number, `true`, `false` or `null` as none."""
        m = _NUMBER.match(self.text, self.pos)
        if m is not None:
            self.pos = m.end()
            return []
        m = _NAME.match(self.text, self.pos)
        if m is not None:
            if m.group() not in ("true", "false", "null", "undefined"):
                raise _Refused  # a name used as a value: the app's code
            self.pos = m.end()
            return []
        parts: list[tuple[int, int, str]] = []
        while True:
            m = _STRING.match(self.text, self.pos) or _TEMPLATE.match(self.text, self.pos)
            if m is None:
                raise _Refused
            group = next(g for g in ("s", "d", "t") if m.groupdict().get(g) is not None)
            parts.append((m.start(group), m.end(group), _decode(m.group(group))))
            self.pos = m.end()
            self.skip()
            if not self.text.startswith("+", self.pos):
                break
            self.pos += 1
            self.skip()
        start, end = parts[0][0], parts[-1][1]
        line = bisect_right(self.starts, start) - 1
        one = len(parts) == 1 and "\n" not in self.text[start:end] and "\r" not in self.text[start:end]
        return [Unit(path, "".join(p[2] for p in parts), line + 1, start - self.starts[line] + 1, end - start if one else -1, item)]


def _decode(body: str) -> str:
    """A JS string's text: its escapes read (`\\n`, `\\u4e2d`, `\\u{1F600}`, `\\x41`, a line continued)."""
    if "\\" not in body:
        return body

    def one(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2) or m.group(3)
        if code is not None:
            value = int(code, 16)
            return chr(value) if value <= 0x10FFFF else ""
        c = m.group(4)
        return _SIMPLE_ESCAPES.get(c, c)

    return _ESCAPE.sub(one, body)


def _step_into_locale(found: list[Unit]) -> list[Unit]:
    """The units of a literal whose root has one key, a locale (`{ en: {…} }`), keyed below it."""
    roots = {u.key.replace("[", ".").split(".", 1)[0] for u in found}
    if len(roots) != 1 or not found or not all("." in u.key for u in found):
        return found
    root = next(iter(roots))
    if not locale_folder(root):
        return found
    return [u._replace(key=u.key[len(root) + 1 :]) for u in found]


# --- which files ---


def catalogue_units(path: str, text: str) -> list[Unit] | None:
    """The units of a YAML or JS/TS catalogue by its extension, or None (not one of those, or refused)."""
    lower = path.lower()
    if lower.endswith(YAML_SUFFIXES):
        return yaml_units(text)
    if lower.endswith(SCRIPT_SUFFIXES):
        return script_units(text)
    return None


def policy_units_file(path: str) -> bool:
    """Whether a YAML or JS/TS file named as an edition is a catalogue holding policy text (as
    `load.catalogue.policy_catalogue` for JSON): at most `MAX_CHARS` bytes, read unit by unit, a string of policy text
    that names privacy or personal data; or, refused by the unit reader, a module of key–string pairs (`pairs_shape`)
    that names privacy, compared as one document with a note (`compare.catalogue.read`)."""
    try:
        if os.path.getsize(path) > MAX_CHARS:
            return False
        with open(path, "rb") as fh:
            data = fh.read(MAX_CHARS + 1)
        if not any(w in data for w in _PRIVACY_BYTES):
            return False
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    found = catalogue_units(path, text)
    if found is None:  # refused: a module of key–string pairs naming privacy is still an edition, read as one document
        return pairs_shape(text) and _PRIVACY.search(text) is not None
    return any(policy_string(u.key, u.text) and _PRIVACY.search(u.text) for u in found)


__all__ = [
    "MAX_CHARS",
    "MAX_DEPTH",
    "SCRIPT_SUFFIXES",
    "YAML_SUFFIXES",
    "catalogue_units",
    "literal_units",
    "policy_units_file",
    "script_units",
    "yaml_units",
]
