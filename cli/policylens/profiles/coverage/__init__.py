"""Profile coverage: for each required item, the sentence that discloses it, or nothing.

`coverage(document, profiles)` is the plain-data entry point that `check --profile`
uses and that `compare` can call per edition.  An item is *covered* when one of its
`cover` clauses is satisfied by body text: every `all` pattern matches inside one
sentence (or paragraph, or section, as the clause says), no `none` pattern does, and
the section sits under a heading matching `heading` when one is given.  Headings are
never evidence on their own, so 「保留期限」 as a title over an empty body covers
nothing.  A conditional item whose `when` clauses are not met, or one of whose `unless`
clauses is, is *not-applicable*.

Text that discloses nothing is left out: definitions (「去标识化：指…」), glossary
sections (名词解释), table-of-contents lines (「4. 我们如何转让您的信息」, or any line that
repeats a heading of the document), and the names of
laws and documents inside 《》, which are blanked out (《个人信息保护法》 is not a
statement about personal information).  Inline HTML tags and ** are blanked out too, so
「<strong>Legitimate interest</strong> in …」 reads as words; a pattern that finds nothing across the blanks is tried on
the text without the markup, its match moved back to the source's offsets (`Moved`).

Units of text:

* a *sentence* ends at 。！？；!? (or ". " before a capital); a sentence that ends with
  a colon, or closes its paragraph announcing 以下/如下/the following, takes the list
  items that follow it in its section (so does a "heading" that
  ends with a colon, such as 「3. 安全措施：」, which is a lead-in, not a title);
* a *paragraph* is one paragraph, plus the list items after it when it ends with a colon;
* a *section* is the body of one section;
* the *document* is the whole body, for items made of two facts that policies often
  give in different places (the company's name in the opening, its e-mail under 聯絡我們);
* a *cell* is one cell of a table row under a header cell that names the item (用途, 來源,
  第三方名称, Purpose, Source): *column evidence*, for clauses with `column`.

A sentence that only speculates (「未来可能…」, "may in the future", 「即将推出」) covers nothing, and
one that refuses or denies having anything (「暂不支持」「无法做到」「没有可供删除的服务器数据」「您无需提出…请求」,
"not currently", "we do not have any … to", "there is no data to …") covers only an item marked
`denial = true`, whose rule says a denial discloses it ("we do not currently sell" states the sale).
This is one filter for every profile, so a refusal need not be written as a `none` pattern in
each clause.  It reads the sentence (with its lead-in) of a sentence unit or a cell, and the
sentences that hold the matches of a paragraph, section or document unit.

Section evidence is a clause's `heading` or `topic` (the title words of a topic of the
topic model): the unit must sit under such a heading, and its own patterns must still
state something (a verb of the item's family, a duration or event, a named party), so
a title, a table-of-contents line or an empty cell is never evidence by itself.

The package, lowest module first (each imports only modules above it in this list):

- `records`: the plain records (`Unit`, `Evidence`, `ItemCoverage`, `ProfileCoverage`, `Moved`), the shared limits and
  the pattern helper;
- `text`: a unit's text as clauses read it (folded, markup and names of laws blanked, Taiwan words in mainland form);
- `sentences`: a paragraph cut into sentences, section titles read as sentences;
- `silent`: text and sections that disclose nothing (definitions, glossaries, tables of contents, drafting advice);
- `tables`: table rows and cells, column evidence, header rows, yes/no columns;
- `units`: the units of one kind a document has (`units`);
- `clauses`: one unit judged against one clause (refusals, negation, vetoes, weak citations, the cited position);
- `matcher`: `Matcher`, an item's clauses evaluated over one document with its caches;
- `verdicts`: `coverage`, the verdict on every item of every profile;
- `findings`: `disclosure-missing` findings, the rule's text, the JSON form.

Callers import from this package (`policylens.profiles.coverage`), never from a module inside it.
"""

from __future__ import annotations

from policylens.profiles.coverage.clauses import _NEGATED, _evidence, _holds_words, _satisfies, refuses
from policylens.profiles.coverage.findings import (
    RULE_DOC,
    RULE_ID,
    RULE_SUMMARY,
    SEVERITY,
    UNREAD_SEVERITY,
    coverage_to_dict,
    evidence_to_dict,
    missing_findings,
    unconfirmed,
)
from policylens.profiles.coverage.matcher import Matcher
from policylens.profiles.coverage.records import (
    EXCERPT,
    MAX_ITEMS,
    MAX_SENTENCE,
    NO_SCOPE,
    Evidence,
    Hit,
    ItemCoverage,
    Moved,
    ProfileCoverage,
    Scope,
    Segment,
    Unit,
)
from policylens.profiles.coverage.silent import _DRAFTING
from policylens.profiles.coverage.tables import _EMPTY_CELL, _table_headers, column_cells
from policylens.profiles.coverage.text import _BOOK_TITLE, _NUMBERING, _bare, _dense_search, _marked, _unmarked
from policylens.profiles.coverage.units import units
from policylens.profiles.coverage.verdicts import coverage, ruled_out
from policylens.topics import fold

__all__ = [
    "EXCERPT",
    "MAX_ITEMS",
    "MAX_SENTENCE",
    "NO_SCOPE",
    "RULE_DOC",
    "RULE_ID",
    "RULE_SUMMARY",
    "SEVERITY",
    "UNREAD_SEVERITY",
    "_BOOK_TITLE",
    "_DRAFTING",
    "_EMPTY_CELL",
    "_NEGATED",
    "_NUMBERING",
    "Evidence",
    "Hit",
    "ItemCoverage",
    "Matcher",
    "Moved",
    "ProfileCoverage",
    "Scope",
    "Segment",
    "Unit",
    "_bare",
    "_dense_search",
    "_evidence",
    "_holds_words",
    "_marked",
    "_satisfies",
    "_table_headers",
    "_unmarked",
    "column_cells",
    "coverage",
    "coverage_to_dict",
    "evidence_to_dict",
    "fold",
    "missing_findings",
    "refuses",
    "ruled_out",
    "unconfirmed",
    "units",
]
