"""A file's string constants as a call's argument: where each name is declared (`constant_declarations`), its
literal value (adjacent literals and literals joined by `+`, as Dart joins them), the constant a shown name reads
(`shown_constant`, not a mutable one) and the literal items of a list argument.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.dart_carriers.syntax import Closer, Named, in_scope, split_arguments
from policylens.load.scripts import StringEnd, opaque_end, skip_blank

# a declaration of a name with a value: `const String _privacyPolicyContent = `, `final _title = `, `var text = `
_CONSTANT = lazy(r"(?<![\w.$])(?:const|final|var)\s++(?:String\s++)?([A-Za-z_$][\w$]{0,60}+)\s*+=\s*+")


def constant_declarations(src: str, string_end: StringEnd) -> dict[str, list[int]]:
    """{name: where the value of each of its declarations starts} (`_CONSTANT`), outside strings and comments.

    (u44h) One search of the file: each call passing a constant searched the whole file for its declaration, so a
    screen of 2,000 `_buildSection('…', _c1)` calls took 18 s (quadratic)."""
    found: dict[str, list[int]] = {}
    for m in _CONSTANT.finditer(src):
        if opaque_end(src, m.start(), string_end) is None:
            found.setdefault(m.group(1), []).append(m.end())
    return found


def _constant_literal(src: str, declared: list[int], string_end: StringEnd, named: Named | None = None) -> tuple[int, int] | None:
    """(u43k3, eval/blind/round41 worky-dart) The literal of the file's string constant a call passes by name
    (`TermsPopup(title: '隱私權政策', content: _privacyPolicyContent)` with `const String _privacyPolicyContent = '''…''';`):
    (start, end) of its literals, read at the declaration's lines; None for any other value, or a name declared twice.
    `declared`: where the value of each declaration of the name starts (`constant_declarations`)."""
    if len(declared) != 1:
        return None
    start = k = declared[0]
    end = start
    while (lit := string_end(src, k)) is not None:
        end = lit[2]
        k = _next_literal(src, skip_blank(src, end), string_end, named)
    return (start, end) if end > start and src.startswith(";", k) else None


def _next_literal(src: str, k: int, string_end: StringEnd, named: Named | None = None) -> int:
    """(u47h) Past a `+` that joins the literal before `k` to another literal (two triple-quoted literals joined by
    `+`, a constant expression Dart joins as it joins adjacent literals: such a constant was not read, and the dialog
    showing it lost its whole text without a word), else `k`.  (u47h2) With `named`, also past `+ name` when the name
    is a same-file string constant (`'\'\'…\'\'\' + appName + \'\'\'…\'\'\'`: its value is read in its place, as in a `Text`'s
    argument), to the next literal or to what follows the name."""
    if not src.startswith("+", k):
        return k
    after = skip_blank(src, k + 1)
    if string_end(src, after) is not None:
        return after
    value = named(after) if named is not None else None
    if value is None:
        return k
    following = skip_blank(src, value[1])
    if src.startswith("+", following) and string_end(src, then := skip_blank(src, following + 1)) is not None:
        return then
    return following


def shown_constant(
    src: str,
    k: int,
    constants: dict[str, list[int]],
    string_end: StringEnd,
    classes: list[tuple[int, int]] | None = None,
    named: Named | None = None,
) -> tuple[int, int] | None:
    """(u46k, eval/blind/round45d ecosorter-dart) The literal of the file's string constant named by `src[k:end]` (a
    widget's or a dialog helper's argument: `Text(_privacyPolicy)`, `_showTermsDialog('隐私政策', _privacyPolicy)`), as
    `_constant_literal` reads it; only a `const` or `final` one (a `var` may be assigned again), the whole argument (the
    name, maybe `!`, then `,` or `)`).  None for anything else: a member, a call, a computed value.  `constants`:
    `constant_declarations`, or None to find them here; `classes` (`class_spans`): a name declared in several classes is
    the one of the use's own class (`in_scope`)."""
    m = _SHOWN_NAME.match(src, k)
    if m is None or not src.startswith((",", ")"), skip_blank(src, m.end() + src.startswith("!", m.end()))):
        return None
    declared = in_scope(constants.get(m.group(1), []), classes, k)
    if len(declared) != 1 or _MUTABLE.search(src, max(0, declared[0] - 120), declared[0]) is None:
        return None
    return _constant_literal(src, declared, string_end, named)


# a name an argument passes (`_privacyPolicy`); the `const`/`final` declaration of a name (`_MUTABLE`, searched before
# its value: `static const String _policy = `)
_SHOWN_NAME = lazy(r"([A-Za-z_$][\w$]{0,60}+)(?![\w$.(\[])")
_MUTABLE = lazy(r"(?<![\w.$])(?:const|final)\s++(?:String\s++)?[A-Za-z_$][\w$]{0,60}+\s*+=\s*+\Z")


def _literal_value(src: str, k: int, end: int, string_end: StringEnd, named: Named | None = None) -> bool:
    """Is `src[k:end]` string literals only (adjacent ones joined, or with `+`; no `+` of a computed value)?"""
    while k < end:
        lit = string_end(src, k)
        if lit is None:
            return False
        k = _next_literal(src, skip_blank(src, lit[2]), string_end, named)
    return k >= end


def _list_literals(src: str, k: int, end: int, bold: bool, close: Closer, string_end: StringEnd) -> list[tuple[int, int, bool]]:
    """The literal items of a list argument (`['…', '…']`, `const <String>['…']`): each one that is string literals."""
    m = re.compile(r"(?:const\s+)?(?:<String>\s*)?\[").match(src, k)
    if m is None or close(m.end()) > end + 1:
        return []
    return [
        (skip_blank(src, a), b, bold)
        for a, b in split_arguments(src, m.end(), close(m.end()) - 1, close, string_end)
        if _literal_value(src, skip_blank(src, a), b, string_end)
    ]
