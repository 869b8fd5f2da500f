"""A Markdown file's front matter (`---` YAML, `+++` TOML-like, `---json`, Hugo's JSON `{ … }`): where it ends, and
the title and date hints it gives (`Parsed.title`, `Parsed.dates`), its lines kept for `check --profile`.
Not here: the body's blocks (`walker`, `read_markdown`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.types import PageTitle, Parsed
from policylens.model import Piece
from policylens.patterns import SURROGATE

_FRONT_KV = lazy(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)$")
MAX_FRONT_MATTER = 65_536
MAX_FRONT_LINES = 100  # the front matter's lines kept for `check --profile` (a date shown at the top of the page)
MAX_FRONT_LINES_JSON = 2_000  # Hugo's JSON front matter `{ … }` is looked for in the first lines only
# The language named after a front matter's opening `---` (gray-matter's, which Eleventy, Gatsby and VitePress read:
# `---json`, `---toml`).  Such a block was no front matter: a paragraph that the closing `---` made a setext heading,
# the document's title (「---json {"title": …}」).  "code": evaluated by the site (`---js`), its values unknown.
_FRONT_LANGUAGES = {
    "": "yaml",
    "yaml": "yaml",
    "yml": "yaml",
    "json": "json",
    "toml": "toml",
    "js": "code",
    "javascript": "code",
    "coffee": "code",
    "cson": "code",
}
# Front-matter keys that feed the metadata (lower-cased, '-' and '_' removed).  The page's date under the
# names other generators give it, shown at the top of the page as Hugo's `date:` is: Urara's `created`
# (eval/precision26b urara-svelte-md), Hugo's `publishDate`, Astro's `pubDate` and `updatedDate`, Wiki.js'
# `dateCreated`, Jekyll's `last_modified_at`.
_DATE_KEYS = {
    "date": "date",
    "created": "date",
    "datecreated": "date",
    "publishdate": "date",
    "pubdate": "date",
    "updateddate": "updated",
    "lastmodifiedat": "lastmod",
    "lastmod": "lastmod",
    "updated": "updated",
    "lastupdated": "updated",
    "lastupdate": "last_update",
    "effective": "effective",
    "effectivedate": "effective",
}


def _front_matter(raw: list[str], parsed: Parsed) -> int:
    """Read a leading `---`/`+++` block (or `---json`, `---toml`…, Hugo's `{…}`); return the index of the first body line."""
    opening = raw[0].strip() if raw else ""
    if opening == "{":
        return _json_front_matter(raw, parsed)
    language = _FRONT_LANGUAGES.get(opening[3:].strip().lower()) if opening.startswith("---") else "toml" if opening == "+++" else None
    if language is None:
        return 0
    fence = opening[:3]
    end = next((j for j in range(1, len(raw)) if raw[j].strip() == fence or (opening == "---" and raw[j].strip() == "...")), None)
    if end is None:
        return 0
    if language == "code":  # `---js`: code that the site runs to get its values; hidden, its title unknown
        parsed.warnings.append(f"line 1: the front matter is {opening[3:].strip()} code (lines 1-{end + 1}): not read")
        return end + 1
    values, broken = _read_front(raw[1:end], language=language)
    if not values:  # no `key: value` in it (`---` / 一 / `...`): text between two rules, not front matter
        return 0
    return _front_values(raw, end, values, broken, parsed)


def _json_front_matter(raw: list[str], parsed: Parsed) -> int:
    """Hugo's JSON front matter: an object from a first line `{` to a line `}`, if it parses; else 0 (text)."""
    end = next((j for j in range(1, min(len(raw), MAX_FRONT_LINES_JSON)) if raw[j].rstrip() == "}"), None)
    if end is None:
        return 0
    values, broken = _read_front(raw[: end + 1], language="json", strict=True)
    if not values or broken:
        return 0
    return _front_values(raw, end, values, None, parsed)


def _front_values(raw: list[str], end: int, values: dict[str, object], broken: str | None, parsed: Parsed) -> int:
    """Take the title and dates of front matter `raw[1:end]`; return the index of the first body line."""
    if broken:
        # Its lines are read one by one for dates; a title taken from a raw line
        # (`title = 隱私權政策 broken toml`) would be wrong without a word.
        parsed.warnings.append(f"line 1: the front matter is not valid {broken} (lines 1-{end + 1}): its title is not read")
    parsed.front_lines = [(j + 1, raw[j]) for j in range(1, min(end, MAX_FRONT_LINES + 1)) if raw[j].strip()]
    for key, value in values.items():
        norm = key.lower().replace("-", "").replace("_", "")
        if value is None or isinstance(value, (list, dict)):
            continue
        value = str(value).strip().strip("'\"")
        if not value:
            continue
        if norm == "title":
            if not broken:
                parsed.title = value
                parsed.page_title = PageTitle(value, None, _front_title(raw, end, key, value))
        elif norm == "description" and not broken:  # (u51k) the page's description, read by the placeholder rules
            parsed.page_description = PageTitle(value, None, _front_title(raw, end, key, value))
        elif norm in _DATE_KEYS:
            parsed.dates.append((_DATE_KEYS[norm], value))
    return end + 1


def _front_title(raw: list[str], end: int, key: str, value: str) -> tuple[Piece, ...]:
    """Where the front matter's title is written (`title: "隐私政策 - [应用名称]"`), if written as read (else empty)."""
    for j in range(1, end):
        line = raw[j]
        named = line.lstrip().removeprefix('"')  # a JSON key is quoted: `"title": "…"`
        if named.startswith(key) and named[len(key) :].removeprefix('"').lstrip()[:1] in (":", "="):
            col = line.find(value, line.index(key) + len(key))
            return (Piece(0, len(value), j + 1, col + 1),) if col >= 0 else ()
    return ()


def _whole_characters(data: object) -> object:
    """`data` (parsed JSON) with every lone surrogate as U+FFFD, as the script reader has it.

    (Twenty-sixth round.)  A JSON string may escape half a surrogate pair (`"title": "\\ud800隱私權政策"`): JSON
    decodes it to a lone surrogate, which UTF-8 cannot write, so `parse -f text`, `-f rich` and `-f markdown` of
    such front matter were `internal error: UnicodeEncodeError`.  Walked without recursion (JSON nests deep).
    """
    if isinstance(data, str):
        return SURROGATE.sub("\ufffd", data)
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in list(item.items()):
                if isinstance(key, str) and SURROGATE.search(key):
                    del item[key]
                    key = SURROGATE.sub("\ufffd", key)
                    item[key] = value
                if isinstance(value, str):
                    item[key] = SURROGATE.sub("\ufffd", value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            for k, value in enumerate(item):
                if isinstance(value, str):
                    item[k] = SURROGATE.sub("\ufffd", value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
    return data


def _read_front(lines: list[str], *, language: str, strict: bool = False) -> tuple[dict[str, object], str | None]:
    """Front matter as a mapping: YAML through PyYAML, TOML through tomllib, JSON; key: value lines if invalid.

    The second value names the language the block failed to parse as ("YAML", "TOML", "JSON"), else None;
    `strict`: no key: value lines when it fails.
    """
    data: object = None
    broken: str | None = None
    source = "\n".join(lines)
    if language == "yaml" and lines:
        import yaml as pyyaml

        if len(source) <= MAX_FRONT_MATTER:  # PyYAML is slow on megabytes: a huge block gets the line reading
            try:
                data = pyyaml.load(source, Loader=getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader))  # a safe loader (libyaml when built)
            except (pyyaml.YAMLError, RecursionError):
                data, broken = None, "YAML"
            except ValueError:  # well-formed, with an impossible date (`updated: 2024-02-30`): its lines are right
                data = None
    elif language == "json" and lines:
        import json

        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            data, broken = None, "JSON"
        if "\\u" in source:
            data = _whole_characters(data)
    elif lines:
        try:
            import tomllib
        except ImportError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(source)
        except (tomllib.TOMLDecodeError, RecursionError):
            data, broken = None, "TOML"
        except ValueError:  # an impossible date
            data = None
    if isinstance(data, dict):
        return {str(k): v for k, v in data.items()}, None
    found: dict[str, object] = {}
    for line in () if strict else lines:
        m = _FRONT_KV.match(line)
        if m:
            found.setdefault(m.group(1), m.group(2).strip())
    return found, broken
