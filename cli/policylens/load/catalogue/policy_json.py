"""A JSON catalogue read unit by unit (fifty-second session, u52e): each string value with its key path, line and
column (`units`), whether a string is policy text under a key that is no page metadata (`policy_string`), and whether a
`.json`/`.arb` file met in a folder is a catalogue holding policy text and is named as one (`policy_catalogue`,
`catalogue_name`, `locale_folder`).
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.load.catalogue.tables import _LOCALE_TAG
from policylens.patterns import HAN

_JSON_SUFFIXES = (".json", ".arb")


# --- the catalogue unit by unit (fifty-second session, u52e): what `compare` reads and a folder scan picks up ---

# One JSON token after blanks: a string, a punctuation mark, or a number or literal
_TOKEN = lazy(r'[ \t\r\n]*+(?:(?P<s>"(?:[^"\\]|\\.)*+")|(?P<p>[{}\[\]:,])|(?P<l>[-+.\w]++))')

# A key path segment that is a page's metadata, another page's strings, or an asset: its value is no policy text
NOT_POLICY_KEY = lazy(
    r"(?i)^(?:meta|metadata|seo|og|opengraph|twitter|head|image|images|img|icon|url|href|link|links|src|path|route|"
    r"terms|tos|conditions|eula|agreement|cookies?_?banner|nav|menu|footer|header|button|buttons|cta|breadcrumbs?)$"
    r"|(?:image|img|icon|url|href|link|src|label|button|placeholder)s?$"
)
# A unit's value that is policy text: a sentence of English (eight words) or of Chinese (twelve Han characters)
_ENGLISH_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*+")
_HAN = lazy(f"[{HAN}]")
_MIN_WORDS = 8
_MIN_HAN = 12


class Unit(NamedTuple):
    """One string value of a catalogue, where it stands."""

    key: str  # its key path: `policy`, `meta.description`, `sections[2].title`
    text: str
    line: int
    column: int  # 1-based, of the value's first character (after its quote)
    width: int  # its source characters between the quotes
    item: bool  # a string of a list


# a catalogue a folder scan reads: at most this many bytes, one of these words in its bytes (a cheap test before parsing)
_SCAN_BYTES = 4 * 1024 * 1024
_PRIVACY_BYTES = tuple(
    w.encode() for w in ("privacy", "Privacy", "PRIVACY", "隐私", "隱私", "私隱", "个人信息", "個人資料", "个人数据", "個人數據")
) + (b"\\u9690\\u79c1", b"\\u96b1\\u79c1", b"\\u79c1\\u96b1")  # 隐私, 隱私, 私隱 written as escapes
_PRIVACY = lazy(r"(?i)privacy|personal (?:data|information)|隐私|隱私|私隱|个人信息|個人資料|个人资料|個人資訊|个人数据|個人數據")
# files that are never an app's message catalogue, whatever they hold
_NOT_CATALOGUES = frozenset({"package.json", "package-lock.json", "composer.json", "tsconfig.json", "manifest.json", "app.json"})


def units(text: str) -> list[Unit] | None:
    """The string values of a JSON catalogue in the order they are written, or None when `text` is no JSON object."""
    body = text.lstrip("\ufeff")
    starts = [0]
    starts.extend(k + 1 for k, c in enumerate(body) if c == "\n")
    # a frame per open container: [is_object, path, next key or list index, expecting a key]
    stack: list[list[object]] = []
    found: list[Unit] = []
    pos = 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if m is None:
            if body[pos:].strip():
                return None
            break
        pos = m.end()
        mark, string = m.group("p"), m.group("s")
        if mark in ("{", "["):
            path = _path(stack) if stack else ""
            stack.append([mark == "{", path, None if mark == "{" else 0, mark == "{"])
            continue
        if not stack:
            return None
        top = stack[-1]
        if mark in ("}", "]"):
            stack.pop()
            if not stack and body[pos:].strip():
                return None
            continue
        if mark == ":":
            top[3] = False
            continue
        if mark == ",":
            if top[0]:
                top[3] = True
            else:
                top[2] = int(top[2]) + 1  # type: ignore[call-overload]
            continue
        if string is None:
            continue
        try:
            value = json.loads(string)
        except ValueError:
            return None
        if top[0] and top[3]:
            top[2] = value
            continue
        start = m.start("s") + 1
        line = bisect_right(starts, start) - 1
        found.append(Unit(_path(stack), value, line + 1, start - starts[line] + 1, len(string) - 2, not top[0]))
    return None if stack else found


def _path(stack: list[list[object]]) -> str:
    """The key path of the value the innermost open container is at: `a.b[2].c`."""
    out = ""
    for is_object, _, at, _ in stack:
        if is_object:
            out += f".{at}" if out else str(at)
        else:
            out += f"[{at}]"
    return out


def key_parts(key: str) -> list[str]:
    """The names of a key path, list indices left out: `sections[2].title` → sections, title."""
    return [p for p in key.replace("[", ".").replace("]", "").split(".") if p and not p.isdigit()]


def policy_string(key: str, text: str) -> bool:
    """Whether a catalogue's string is policy text: a sentence (eight English words or twelve Han characters) under a key
    path none of whose parts names a page's metadata, another page or an asset (`NOT_POLICY_KEY`)."""
    if any(NOT_POLICY_KEY.search(p) for p in key_parts(key)):
        return False
    return len(_HAN.findall(text)) >= _MIN_HAN or len(_ENGLISH_WORD.findall(text)) >= _MIN_WORDS


def policy_catalogue(path: str, *, named: bool = False) -> bool:
    """Whether a `.json`/`.arb` file met in a folder is a message catalogue holding policy text, to read (`check`) or to
    compare as an edition (`compare`): a JSON object every leaf of which is a string (an app's strings: no number, true,
    false or null, which a data file, a report or an annotation holds), with a string of policy text (`policy_string`)
    that names privacy or personal data, named as a catalogue (`catalogue_name`; `named`: the caller knows it is one, a
    file `compare` reads as an edition by its name).  Never a `package.json`, a lock file or another project file."""
    from pathlib import Path

    if Path(path).name.lower() in _NOT_CATALOGUES or not path.lower().endswith(_JSON_SUFFIXES) or not (named or catalogue_name(path)):
        return False
    try:
        if os.path.getsize(path) > _SCAN_BYTES:
            return False
        with open(path, "rb") as fh:
            data = fh.read(_SCAN_BYTES + 1)
    except OSError:
        return False
    if len(data) > _SCAN_BYTES or not any(w in data for w in _PRIVACY_BYTES):
        return False
    try:
        text = data.decode("utf-8-sig")
        parsed = json.loads(text)
    except (ValueError, RecursionError):
        return False
    if not isinstance(parsed, dict) or not _strings_only(parsed):
        return False
    found = units(text) or []
    return any(policy_string(u.key, u.text) and _PRIVACY.search(u.text) for u in found)


def catalogue_name(path: str) -> bool:
    """Whether a file is named as an app's catalogue is: by a locale (`zh-TW.json`, `app_zh.arb`, `messages.en-US.json`,
    `locales/zh-TW/privacy.json`) or by the policy (`privacy.json`, `privacy-policy.json`, `legal.json`).  An annotation,
    a report or a data file (`expected.json`, `annotation.json`, `judgments.json`) quotes a policy's sentences as strings
    too, and is named as none of these (eval/ holds 40 such files of strings only)."""
    from pathlib import Path

    p = Path(path)
    stem = p.name.rsplit(".", 1)[0]
    return bool(_CATALOGUE_STEM.search(stem)) or _LOCALE_NAME.fullmatch(p.parent.name) is not None


# a message's key: a name or words (i18next allows `"weight gain"`), no slash and no line break (an annotation's
# `cn-pipl/processor`, a path)
_MESSAGE_KEY = lazy(r"[^/\\\n]{1,200}")
# a catalogue's file name: a locale tag as its name or its last part (`zh-TW`, `app_zh`, `messages.en-US`), or the policy
_LOCALE_NAME = lazy(rf"(?:{_LOCALE_TAG})", re.IGNORECASE)
_CATALOGUE_STEM = lazy(rf"(?i)(?:^|[._-])(?:{_LOCALE_TAG})$|privacy|policy|legal|隐私|隱私|私隱")


def locale_folder(name: str) -> bool:
    """Whether a folder's name is a locale (`en`, `zh-TW`, `zh_Hans`, `ja`): an i18n tree's `locales/<locale>/`."""
    return _LOCALE_NAME.fullmatch(name) is not None


def _strings_only(data: object) -> bool:
    """Whether every leaf of a parsed JSON value is a string (and there is one) and every key an identifier, as a
    message's key is (`privacyTitle`, `sections.intro`, `@@locale`, `weight gain`; an annotation's `cn-pipl/processor` is none)."""
    stack, strings = [data], 0
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if not all(_MESSAGE_KEY.fullmatch(k) for k in item):
                return False
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            strings += 1
        else:
            return False
    return strings > 0
