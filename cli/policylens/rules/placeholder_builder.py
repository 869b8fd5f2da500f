"""Slot forms of `placeholder-instruction` from the templates site builders and policy generators ship (issue #11,
fifty-second session, u52g, after `eval/templates52`; not blind).

Each form has constructed variants both ways in `tests/test_u52g_template_slots.py`:

- a policy's version left as its slot: 「版本号:[版本号]」, 「版本：【版本號】」, "Version: [Version Number]", a
  half-width 「[版本号]」 anywhere (a generator's sample: 「隐私政策 版本号:[版本号] 生效日期:[YYYY-MM-DD]」).  In
  full-width brackets only after a version label (【版本号】 alone may be a heading's emphasis, 「【版本号】V1.2」 a
  label with its value); never a link's text, 「[版本](https://…)」, nor a label, 「[版本号]：V1.2」.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, in_code

# --- a version slot -------------------------------------------------------------------------------------------------

_VERSION_NOUN = r"(?:(?:政策|协议|協議)?(?:版本号|版本號|版本编号|版本編號|版本)|(?i:version(?:[ \t]+(?:number|no\.?))?))"
# a half-width bracket holding the version noun alone (not a link's text before `(`, not a label before a colon)
_VERSION_HALF = lazy(rf"\[[ \t]*{_VERSION_NOUN}[ \t]*\](?![(:：])")
# a full-width (or half-width) bracket after a version label: 版本号：【版本号】, Version: [Version Number]
_VERSION_AFTER_LABEL = lazy(
    r"(?:版本号|版本號|版本编号|版本編號|版本|(?i:version(?:[ \t]+(?:number|no\.?))?))[ \t\u3000]*[:：][ \t\u3000]*"
    rf"(?P<slot>[【［\[][ \t]*{_VERSION_NOUN}[ \t]*[】］\]])"
)


def _version_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    seen: set[tuple[int, int]] = set()
    for unit, start, end, m in ctx.scan(_VERSION_AFTER_LABEL, needs=lazy(r"[:：]")):
        s, e = start + (m.start("slot") - m.start()), end
        if not in_code(unit, s):
            seen.add((id(unit), s))
            yield unit, s, e
    for unit, start, end, _ in ctx.scan(_VERSION_HALF, needs="["):
        text = unit.text[start:end]
        if text[1:].lstrip(" \t")[:1].isascii() and not _EN_VERSION_SLOT.fullmatch(text):
            continue  # [Version] alone may be a changelog's or a form's label; an English one only as "Version Number"
        if (id(unit), start) in seen or in_code(unit, start):
            continue
        yield unit, start, end


# an English version slot that names the number: [Version Number], [version no.]
_EN_VERSION_SLOT = lazy(r"(?i)\[[ \t]*version[ \t]+(?:number|no\.?)[ \t]*\]")


def builder_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above."""
    yield from _version_slots(ctx)
