"""What a diff of a policy against its own OpenCC conversion may show: the converter's known misreadings only.

OpenCC's `s2twp`/`tw2sp` phrase tables turn 注销 (deregistering an account) into 登出 (logging out) and back.  `diff`
shows that as a change on purpose (`policylens.diff.variants.OPENCC_MISREADINGS`, docs/diff.md "注销 is not 登出"), so a
round-trip test reads every change of such a report and accepts one only where the two texts are the same once the
misread word is written one way on both sides.
"""

from __future__ import annotations

from opencc import OpenCC

from policylens.diff import cross_script_key
from policylens.diff.variants import OPENCC_MISREADINGS
from policylens.model import DiffReport


def _folded(text: str | None) -> str:
    """The cross-script key of `text` with each misread pair written one way (the Taiwan word)."""
    key = cross_script_key(text or "")
    for mainland, taiwan, _ in OPENCC_MISREADINGS:
        key = key.replace(cross_script_key(mainland), cross_script_key(taiwan))
    return key


def unexplained_changes(report: DiffReport) -> list[str]:
    """Each change of `report` that is not one of OpenCC's misreadings (empty: the round trip is clean)."""
    out: list[str] = []
    title = report.title
    if title is not None and not title.variant and _folded(title.old_text) != _folded(title.new_text):
        out.append(f"title: {title.old_text!r} -> {title.new_text!r}")
    for s in report.sections:
        side = s.new or s.old
        label = side.title if side else None
        if s.status in ("added", "removed") or s.moved or s.merged or s.split or s.moved_from:
            out.append(f"{label}: {s.status}")
            continue
        if s.renamed and _folded(s.old.title if s.old else None) != _folded(s.new.title if s.new else None):
            out.append(f"{label}: renamed")
        out += [
            f"{label}: {c.op} {c.old_text!r} -> {c.new_text!r}"
            for c in s.changes
            if not (c.variant or c.reworded) and (c.op != "replace" or _folded(c.old_text) != _folded(c.new_text))
        ]
    return out


def convert_keeping_misreadings(conversion: str, text: str) -> str:
    """`text` through OpenCC `conversion`, each misread word kept as its writer wrote it: a test that makes a Simplified
    edition of a Traditional policy with `tw2sp` wants the seed's 登出帳戶 (log out) to stay 登出账户, not to become
    注销账户 (deregister), which a diff across scripts rightly shows as a change."""
    converter = OpenCC(conversion)
    words = [taiwan if conversion.startswith(("t", "hk")) else mainland for mainland, taiwan, _ in OPENCC_MISREADINGS]
    parts = [text]
    for word in words:
        parts = [piece for part in parts for piece in _keep(part, word)]
    return "".join(part if part in words else converter.convert(part) for part in parts)


def _keep(text: str, word: str) -> list[str]:
    """`text` cut around each `word`, the words kept as pieces of their own."""
    pieces = text.split(word)
    out = [pieces[0]]
    for piece in pieces[1:]:
        out += [word, piece]
    return out
