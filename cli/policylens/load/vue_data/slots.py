"""The template side of a Vue page read as data (`load.vue_data`): a `v-for` expression, the one data path a block of
interpolations shows (decorations and a loop's counter left out), a translation call on a literal key, and a path
walked into a value.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.lines import slice_pieces
from policylens.load.vue_data.values import COUNTER, UNKNOWN, Constant, Value
from policylens.patterns import SLOT, slot_only

# `v-for="(item, index) in items"`, `v-for="item of section.items"`
_V_FOR = lazy(
    r"\A\(?([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*([A-Za-z_$][\w$]*))?(?:[ \t]*,[ \t]*[A-Za-z_$][\w$]*)?\)?\s+(?:in|of)\s+"
    r"([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(\.split\([ \t]*+(?:'\\n'|\"\\n\")[ \t]*+\))?\Z"
)
# (u55j) a loop over a string's lines, `v-for="line in sec.content.split('\n')"`: the path bears this mark (`_lines`)
_LINES = "\0lines"
# (u50a) a slot showing a loop's counter: its index alias alone or plus a number, 「{{ idx + 1 }}」
_COUNTER_SLOT = lazy(r"^\s*([A-Za-z_$][\w$]*)\s*(?:\+\s*\d{1,3}\s*)?$")
# a slot's expression: a data path (`section.title`, `item`, `section['title']`, `section["title"]`)
# (u49k2) and an item of a tuple (`content[1]`, `s[0]`: eval/blind/round49 mileschen-zh-en-vue `{{ content[1] }}`)
_PATH = lazy(r"^\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\s*(?:'[\w$]+'|\"[\w$]+\"|\d{1,3})\s*\])*)\s*$")
_STRING = lazy(r"'([^'\\\n]*)'|\"([^\"\\\n]*)\"")
_WORD = lazy(r"[^\W_]")

# a slot that is a translation call on a literal key: 「{{ $t('privacy.title') }}」, 「{{ $tm('kungalgame.privacy') }}」,
# 「{{ t("a.b", { n: 1 }) }}」, 「{{ this.$i18n.t('k') }}」: the text is in the app's message files, the key is no text
_TRANSLATION_SLOT = lazy(
    r"""\A[ \t]*+(?:this\.)?(?:\$?i18n\.)?(?:\$(?:t|tc|te|tm|rt)|t|tc|tm|te|rt|translate)[ \t]*+\("""
    r"""[ \t]*+(['"`])[\w.:-]{1,120}+\1[ \t]*+(?:,[^()\n]{0,120}+)?\)[ \t]*+\Z"""
)


def translation_only(text: str) -> bool:
    """Whether a block is only translation calls on literal keys (`_TRANSLATION_SLOT`), with at most digits and
    punctuation around them (forty-fourth session, u44d2: `eval/pairs44c` kun-i18n, a title 「隐私政策」 that became
    「{{ $tm('kungalgame.privacy') }}」 was reported as a new paragraph of the policy)."""
    if not slot_only(text):
        return False
    return all(_TRANSLATION_SLOT.match(m.group(1)) for m in SLOT.finditer(text))


def parse_v_for(expression: str) -> tuple[str, str, str] | None:
    """(alias, source path, index alias or "") of a `v-for` expression, or None when it is not `item in path`."""
    m = _V_FOR.match(expression.strip())
    return (m.group(1), m.group(3) + (_LINES if m.group(4) else ""), m.group(2) or "") if m else None


def _lines(value: Value) -> Value:
    """(u55j, eval/profiles55p buyile-tw) The lines of a string a loop goes over, `sec.content.split('\\n')`, each
    with its own pieces (an empty line renders an empty element: nothing to read); anything else is no value."""
    if not isinstance(value, tuple) or isinstance(value, Constant):
        return UNKNOWN
    text, pieces = value
    out: list[Value] = []
    at = 0
    for line in text.split("\n"):
        out.append((line, slice_pieces(pieces, at, at + len(line))))
        at += len(line) + 1
    return out


def _without_counters(text: str, env: dict[str, Value]) -> str:
    """`text` less its counter slots, 「{{ idx + 1 }}」 where idx is a loop's index alias (u50a): the number a list shows
    beside each item's title (eval/structure50a jiaocai-vue: 「<text>{{ idx + 1 }}</text><text>{{ section.title }}</text>」
    made the whole page unread).  The number is not read (it has no place in the source); the title is."""

    def counter(m: re.Match[str]) -> str:
        name = _COUNTER_SLOT.match(m.group(1))
        return "" if name is not None and env.get(name.group(1)) is COUNTER else m.group(0)

    return SLOT.sub(counter, text) if env and "{{" in text else text


def slot_path(text: str) -> str | None:
    """The one data path a block of interpolations shows (「{{ s.title }} {{ s.open ? '▼' : '▶' }}」 → s.title).

    None when the block shows anything else: a slot that is neither a bare path nor symbols (「{{ i + 1 }}」,
    「{{ $t(s.title) }}」), a second path, or a word or number of its own around the slots (「第{{ n }}条」).
    """
    paths = []
    for m in SLOT.finditer(text):
        path = _PATH.match(m.group(1))
        if path is not None:
            paths.append(path.group(1))
        elif not _decoration(m.group(1)):
            return None
    if len(paths) != 1 or _WORD.search(SLOT.sub("", text)):
        return None
    return paths[0]


def slot_paths(text: str) -> list[tuple[str, str]] | None:
    """(u60r, issue #14) The data paths of a block of two or more bare path slots and nothing of its own, each with the
    text written before it (「{{ c.label }} {{ c.text }}」: two inline `<text>` a loop shows side by side, 「1. 账号信息
    我们会收集…」, read by the HTML reader as one run) → [("", "c.label"), (" ", "c.text")]; None for anything else (one
    path: `slot_path`; a decoration, a call, a word or digit of its own, text after the last slot, two slots with nothing
    between them)."""
    slots = list(SLOT.finditer(text))
    if len(slots) < 2 or text[slots[-1].end() :].strip() or text[: slots[0].start()].strip():
        return None
    out: list[tuple[str, str]] = []
    at = slots[0].start()
    for m in slots:
        path = _PATH.match(m.group(1))
        between = text[at : m.start()]
        if path is None or _WORD.search(between) or "\n" in between or (m is not slots[0] and not between):
            return None  # (slots run together, 「{{ s.title }}{{ s.content }}」: no row of separate strings, as before)
        out.append((" " if between and not between.strip() else between.strip(), path.group(1)))
        at = m.end()
    return out


def _decoration(expression: str) -> bool:
    """A slot that shows only symbols: string literals with no word or digit (`s.open ? '▼' : '▶'`)."""
    strings = [a or b for a, b in _STRING.findall(expression)]
    return bool(strings) and not any(_WORD.search(t) for t in strings)


def _steps(path: str) -> list[str]:
    return [s.strip() for s in re.split(r"\.|\[\s*['\"]?|['\"]?\s*\]", path) if s.strip()]


def _walk(value: Value, steps: list[str]) -> Value:
    """The value at `steps` (field names, or an index into a list: `content[1]`) inside `value`."""
    for step in steps:
        # a field an object literal lacks is `undefined`: shown as nothing (「v-if="s.note"」 on the items that have one)
        if isinstance(value, list) and step.isdigit():
            value = value[int(step)] if int(step) < len(value) else None
        else:
            value = value.get(step) if isinstance(value, dict) else UNKNOWN
    return value


def _counter_only(text: str, written: str) -> bool:
    """(u50a) A block that showed only a loop's counter and its marks, 「{{ i + 1 }}.」: nothing of its own is left."""
    return text != written and SLOT.search(text) is None and _WORD.search(text) is None


def _only_decoration(text: str) -> bool:
    """Only slots of symbols (「{{ s.open ? '▼' : '▶' }}」), nothing else of its own."""
    slots = list(SLOT.finditer(text))
    return bool(slots) and all(_decoration(m.group(1)) for m in slots) and not _WORD.search(SLOT.sub("", text))
