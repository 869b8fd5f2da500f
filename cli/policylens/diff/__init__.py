"""The diff stage: align two structured documents and describe what changed.

Public API (stable; `policylens compare` and other callers build on it):

- `diff_documents(old, new, *, granularity="word", strict=False, show_variants=False)
  -> DiffReport`: two parsed `Document`s in, plain data out (NamedTuples: sections,
  changes, spans; see `policylens.model`).  No printing, no file access.
- `summary(report) -> dict`: the counts every format shows (added + removed + modified
  + unchanged = number of sections; renamed and moved are flags on top).
- `has_changes(report) -> bool`: any content change (exit code 1).
- `cross_script_key(text) -> str`: the comparison key of a text across scripts and
  regions (Traditional/Simplified characters, Taiwan/Hong Kong/mainland wording).
- `layout_key(text) -> str`: the key without formatting noise (widths, spaces, list
  markers and numbering, inline Markdown/HTML markup; link targets are kept).

Submodules: `keys` (comparison keys), `variants` (the cross-script key and its
reviewed word table), `sequence` (near-linear sequence alignment), `tokens` (word
tokens: jieba for Chinese, whole e-mails/URLs/numbers/dates/links), `align` (sections:
matched, renamed, moved, added, removed), `redline` (paragraph and word changes,
reflow across paragraphs), `moves` (paragraphs moved between sections: merged, split,
moved_to/moved_from) and `topics` (which policy topics a change touches).

Anchors (`{: #id}`, HTML id/name) come with the documents: the structure stage records
them as `Section.anchor`, so `diff_documents(old, new)` pairs on them without help.
"""

from __future__ import annotations

from policylens.diff.align import diff_documents, has_changes, summary
from policylens.diff.keys import layout_key
from policylens.diff.variants import cross_script_key

__all__ = ["cross_script_key", "diff_documents", "has_changes", "layout_key", "summary"]
