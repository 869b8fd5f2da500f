"""Lookup keys: a string literal passed to a localization function (u37h, thirty-seventh session, issue #11).

A policy kept in an app's source is read code and all (`load.swift`), so the keys its code looks up in a string
table are read as text: `localized("隱私權政策")` in a Simplified SwiftUI file (`eval/blind/round37/dev/moyue-swift`)
was three `script-mixed` errors on a clean published policy.  A key is code: the app shows its translation, and
shows the key as-is only when the table has none.  Whether the key is what the reader sees is therefore uncertain,
and an uncertain finding is no error: `in_lookup_key` tells a rule that its span lies inside such a key, and the
rule reports it as a warning saying so.

The calls recognised, each with the key as its first argument in `"…"`, `'…'` or a backquoted literal:
- Swift: `localized("…")`, `NSLocalizedString("…", …)`, `String(localized: "…")`, `LocalizedStringKey("…")`;
- JavaScript/TypeScript (i18next, vue-i18n, react-intl): `t('…')`, `i18n.t('…')`, `$t('…')`, `this.$t('…')`,
  `i18next.t('…')`, `intl.formatMessage({ id: '…' })` is not a call on the key and is left alone;
- Python/Qt/gettext: `_('…')`, `gettext('…')`, `ngettext('…'`, `tr('…')`, `qsTr('…')`, `QCoreApplication.translate(ctx, '…')`
  (its second argument: the first is a context);
- Kotlin/Java `getString(R.string.privacy)` names its key as an identifier, no literal: nothing to recognise.
A call name must stand alone (`format(` or `start(` does not end in a lookup `t(`): `(?<![\\w$.])` before it, or the
`i18n.`, `i18next.`, `this.`, `self.`, `vm.`, `app.` receivers (`self.tr('…')` of a Qt widget).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from policylens.lazyre import lazy

# A lookup call up to its key's opening quote; the key runs to the same quote on the same line.
_LOOKUP_CALL = lazy(
    r"(?:(?<![\w$.])(?:(?:localized|NSLocalizedString|LocalizedStringKey|gettext|ngettext|pgettext|_|tr|qsTr|t|\$t)"
    r"|(?:i18n|i18next|this|vm|app|self)\.(?:\$?t|tr))\s*\(\s*"
    r"|(?<![\w$.])String\(\s*localized:\s*"
    r"|(?<![\w$.])(?:QCoreApplication|QApplication)\.translate\(\s*(?:\"[^\"\n]*\"|'[^'\n]*')\s*,\s*"
    r")(?P<q>[\"'`])"
)
_CLOSE = {'"': '"', "'": "'", "`": "`"}


def in_lookup_key(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` lies inside the key literal of a lookup call on the same line of `text`."""
    bodies, reach = _keys(text)
    k = bisect.bisect_right(bodies, start)
    return k > 0 and reach[k - 1] >= end


@lru_cache(maxsize=8)
def _keys(text: str) -> tuple[list[int], list[int]]:
    """The key literals of `text`'s lookup calls, found once (u40h: the line was searched again for each finding, quadratic
    in a long line of findings): the offsets where each key starts, in order, and for each the furthest offset any key
    starting there or before ends at.  A call is on one line with its key (as read from the finding's line before)."""
    bodies: list[int] = []
    reach: list[int] = []
    for m in _LOOKUP_CALL.finditer(text):
        body = m.end()
        close = text.find(_CLOSE[m.group("q")], body)
        newline = text.find("\n", m.start(), body if close == -1 else max(body, close))
        if close == -1 or newline != -1:
            continue
        bodies.append(body)
        reach.append(max(close, reach[-1]) if reach else close)
    return bodies, reach
