"""A HarmonyOS ArkUI page's own text builders (`load.arkts`): the literals a page passes to a builder that shows them.

The ArkTS form of a Flutter screen's helper methods (`load.dart_carriers`, session 35): a page keeps its policy as calls
of its own `@Builder` (`@Builder section(title: string, content: string) { Column() { Text(title).fontWeight(
FontWeight.Bold) Text(content) } }`, called `this.section('一、…', '…')`; a `@Builder function item(…)` called
`item('…')`), or of its own component (`@Component struct Section { @Prop title: string = '' build() { Text(this.title)
} }`, called `Section({ title: '…' })`).  A builder is a *carrier* when its body shows a `string` parameter as the first
argument of a `Text(`/`Span(` (`Text(title)`, `Text($$.title)`), or a `string[]` one through `ForEach(items, (item:
string) => { Text(item) })`; a component when its body shows a field so (`Text(this.title)`).  At each call, each
argument bound to a shown parameter (by position; a component's by its key) is read when it is a string literal (or
literals joined with `+`, no template `${…}`) or an array of them, bold when the component showing it sets a bold
weight.  Nothing else at a call is read (a resource `$r(…)`, a route, an icon, a callback, a value computed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from policylens.lazyre import lazy
from policylens.load.dart_carriers import Carrier, Closer, Shown, split_arguments
from policylens.load.scripts import StringEnd, skip_blank

_BUILDER = lazy(r"@Builder\s++(?:export\s++)?(?:function\s++)?(?P<name>[A-Za-z_$][\w$]{0,60})[ \t]*+\(")
_STRUCT = lazy(r"@Component(?:V2)?\s++(?:export\s++)?(?:default\s++)?struct\s++(?P<name>[A-Z][\w$]{0,60})\s*+\{")
_FIELD = re.compile(
    r"^[ \t]*+(?:@(?:Prop|Param|State|Link|Require|Once)[ \t]++)*+(?P<name>[A-Za-z_$][\w$]*+)[ \t]*+[?!]?[ \t]*+:[ \t]*+"
    r"(?P<type>[\w\[\]<>]++(?:[ \t]*+\|[ \t]*+[\w\[\]<>]++)*+)[ \t]*+(?:=|;|$)",
    re.M,
)
_KEY = re.compile(r"(?<![\w$])(?P<name>[A-Za-z_$][\w$]*+)\s*+:")
_TEXT_TYPES = {"string", "string|undefined", "ResourceStr", "string|Resource"}
_LIST_TYPES = {"string[]", "Array<string>"}


@dataclass(frozen=True)
class ArkCarrier:
    """A builder (positional, called as `this.name(` or `name(`) or a component (`named`, called `Name({ … })`)."""

    carrier: Carrier
    component: bool
    declared: int


def _shown(body: str, ref: str, is_list: bool, base: int, bold_after: Callable[[int], bool]) -> Shown | None:
    """How `body` (starting at offset `base` of the source: `bold_after` takes a source index) shows `ref`."""
    if is_list:
        for loop in re.finditer(
            rf"\bForEach\(\s*{ref}\s*,\s*\(\s*(?P<item>[A-Za-z_$][\w$]*)(?:\s*:\s*string)?\s*(?:,[^()]*)?\)\s*=>", body
        ):
            item = re.escape(loop["item"])
            m = re.compile(rf"(?<![\w.$])(?:Text|Span)\s*\(\s*{item}\s*\)").search(body, loop.end(), loop.end() + 600)
            if m is not None:
                return Shown(list=True, bold=bold_after(base + m.end()))
        return None
    shown = [m.end() for m in re.finditer(rf"(?<![\w.$])(?:Text|Span)\s*\(\s*{ref}\s*\)", body)]
    return Shown(list=False, bold=any(bold_after(base + at) for at in shown)) if shown else None


def ark_carriers(
    src: str, close: Closer, string_end: StringEnd, in_code: Callable[[int], bool], bold_after: Callable[[int], bool]
) -> dict[str, ArkCarrier]:
    """The page's carriers by name (a name declared twice is none); `bold_after(k)`: does the attribute chain after the
    component whose bracket closes at `k` set a bold weight."""
    found: dict[str, ArkCarrier | None] = {}
    for m in _BUILDER.finditer(src):
        if not in_code(m.start()):
            continue
        params_end = close(m.end())
        k = skip_blank(src, params_end)
        if not src.startswith("{", k):
            continue
        body_start, body_end = k + 1, close(k + 1)
        body = src[body_start:body_end]
        positional: list[Shown | None] = []
        for a, b in split_arguments(src, m.end(), params_end - 1, close, string_end, "'\"`"):
            param = re.fullmatch(r"\s*(?P<name>[A-Za-z_$][\w$]*)\s*\??\s*:\s*(?P<type>[^=]+?)\s*(?:=.*)?", src[a:b], re.S)
            if param is None:
                positional.append(None)
                continue
            kind = param["type"].replace(" ", "")
            ref = rf"(?:\$\$\.)?{re.escape(param['name'])}"
            shown = None
            if kind in _TEXT_TYPES or kind in _LIST_TYPES:
                shown = _shown(body, ref, kind in _LIST_TYPES, body_start, bold_after)
            positional.append(shown)
        name = m["name"]
        carrier = ArkCarrier(Carrier(tuple(positional), {}), False, m.start("name")) if any(positional) else None
        found[name] = None if name in found else carrier
    for m in _STRUCT.finditer(src):
        if not in_code(m.start()):
            continue
        body_start, body_end = m.end(), close(m.end())
        body = src[body_start:body_end]
        build = re.search(r"(?<![\w.$])build\s*\(\s*\)\s*\{", body)
        if build is None:
            continue
        fields = body[: build.start()]
        named: dict[str, Shown] = {}
        for f in _FIELD.finditer(fields):
            kind = f["type"].replace(" ", "")
            if kind in _TEXT_TYPES or kind in _LIST_TYPES:
                ref = rf"this\.{re.escape(f['name'])}"
                shown = _shown(body, ref, kind in _LIST_TYPES, body_start, bold_after)
                if shown is not None:
                    named[f["name"]] = shown
        name = m["name"]
        carrier = ArkCarrier(Carrier((), named), True, m.start("name")) if named else None
        found[name] = None if name in found else carrier
    return {name: c for name, c in found.items() if c is not None}


def ark_call_literals(
    src: str, found: dict[str, ArkCarrier], close: Closer, string_end: StringEnd, in_code: Callable[[int], bool]
) -> list[tuple[int, bool]]:
    """(start of a literal argument a carrier shows, bold) for each call of a carrier, in the order of the source."""
    if not found:
        return []
    names = "|".join(sorted(map(re.escape, found), key=len, reverse=True))
    out: list[tuple[int, bool]] = []
    for m in re.finditer(rf"(?:(?<![\w.$])|(?<=\bthis\.))(?P<name>{names})[ \t]*+\(", src):
        ark = found[m["name"]]
        if m.start("name") == ark.declared or not in_code(m.start()):
            continue
        if src[max(0, m.start() - 30) : m.start()].rstrip().endswith(("function", "struct", "@Builder")):
            continue  # (a declaration)
        end = close(m.end())
        if ark.component:
            k = skip_blank(src, m.end())
            if not src.startswith("{", k):
                continue
            bound = []
            for a, b in split_arguments(src, k + 1, close(k + 1) - 1, close, string_end, "'\"`"):
                key = _KEY.match(src, skip_blank(src, a))
                if key is not None and key["name"] in ark.carrier.named:
                    bound.append((skip_blank(src, key.end()), b, ark.carrier.named[key["name"]]))
        else:
            bound = []
            for index, (a, b) in enumerate(split_arguments(src, m.end(), end - 1, close, string_end, "'\"`")):
                shown = ark.carrier.positional[index] if index < len(ark.carrier.positional) else None
                if shown is not None:
                    bound.append((skip_blank(src, a), b, shown))
        for k, b, shown in bound:
            if shown.list:
                if src.startswith("[", k):
                    for a2, b2 in split_arguments(src, k + 1, close(k + 1) - 1, close, string_end, "'\"`"):
                        if _literals_only(src, skip_blank(src, a2), b2, string_end):
                            out.append((skip_blank(src, a2), shown.bold))
            elif _literals_only(src, k, b, string_end):
                out.append((k, shown.bold))
    return out


def _literals_only(src: str, k: int, end: int, string_end: StringEnd) -> bool:
    """Is `src[k:end]` string literals joined with `+` only?"""
    while True:
        lit = string_end(src, k)
        if lit is None:
            return False
        k = skip_blank(src, lit[2])
        if k >= end:
            return True
        if src[k] != "+":
            return False
        k = skip_blank(src, k + 1)
