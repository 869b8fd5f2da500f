"""The diff stage: align two structured documents and describe what changed.

`diff_documents(old, new, …)` returns a `DiffReport` (plain data).  Submodules:
`normalize` (comparison keys that ignore formatting noise and script), `tokens`
(word tokens: jieba for Chinese, whole e-mails/URLs/numbers/dates), `align`
(sections: matched, renamed, moved, added, removed), `redline` (paragraph and word
changes) and `topics` (which policy topics a change touches).
"""

from __future__ import annotations

from policylens.diff.align import diff_documents

__all__ = ["diff_documents"]
