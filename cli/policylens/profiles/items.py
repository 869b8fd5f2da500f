"""What a loaded profile is: its items (`Item`: ID, reference, hint, rule and the `cover`, `when` and `not_applicable`
clauses) and each clause (`Clause`: patterns that must all match, none that may, inside one unit of text, `WITHIN`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

WITHIN = ("sentence", "paragraph", "section", "document")


class Clause(NamedTuple):
    """Every `all` pattern matches inside one unit of text, no `none` pattern does, under a `heading` if given."""

    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]
    within: str  # "sentence" | "paragraph" | "section" | "document"
    heading: re.Pattern[str] | None
    source: tuple[str, ...]  # the patterns as written (for `explain`)
    column: re.Pattern[str] | None = None  # column evidence: the unit is a table cell under a header matching this
    # (fifteenth session, d14g: the one "not applicable" mechanism) a `not_applicable` clause marked `firm` rules the item
    # out whatever else the policy says (the older `unless`); a `when` clause marked `fact` states the condition as a fact,
    # so that a stated non-applicability that is not firm (the older `denied`) does not rule the item out (the older `holds`)
    firm: bool = False
    fact: bool = False
    # (eighteenth session, m18a) a unit under a heading (its section's or one above it) that this matches is never read by
    # the clause: a company block closing the policy names the operator, one under 「第三方 SDK 列表」 a third party
    not_under: re.Pattern[str] | None = None
    # (forty-second session, u42w) the `none` patterns read the sentence that holds the first `all` pattern's match, not the
    # whole unit: a clause that reads the document ("NAME is the controller" with a contact anywhere) is not vetoed by an
    # "if" in another sentence of the policy
    none_in_sentence: bool = False
    # (u48w4, issue #14) the cited line is the first `all` pattern's last match before the second's (the item's own words),
    # not the earliest match of any pattern: a notice's supporting part (a channel, a verb) also matches a line above the statement
    cite_first: bool = False
    # (fifty-eighth session, u58q2) a `not_applicable` clause says nothing where one of these is found anywhere in the document:
    # a refusal to collect minors' data alone in its paragraph yields to the consent rule stated as a duty elsewhere
    unless_anywhere: tuple[re.Pattern[str], ...] = ()


class Item(NamedTuple):
    """One required disclosure."""

    id: str  # "<profile>/<item>"
    name: str
    name_en: str
    reference: str
    hint: str
    rule: str  # the coverage rule in words
    cover: tuple[Clause, ...]
    when: tuple[Clause, ...]  # empty: always required
    condition: str  # the trigger in words ("" when always required)
    # the one way to rule an item out (fifteenth session, d14g; `coverage.ruled_out`): a statement that it does not apply
    # (「本服务不面向儿童」「本服务不处理敏感个人信息」), `firm` (whatever else the policy says) or not (only when nothing covers
    # the item and no `when` clause marked `fact` matches)
    not_applicable: tuple[Clause, ...] = ()
    prefer: tuple[re.Pattern[str], ...] = ()  # cite text under a heading like these first, in order (保留期限 for the retention period)
    denial: bool = False  # a sentence that refuses or denies having can cover it ("we do not currently sell"); see coverage.refuses
    # a sentence that one of these finds never covers the item (issue #14, x14d): a legal-basis sentence is not the purposes,
    # an app setting kept in the browser is not a recipient, a store's "Limited Use" statement is not a source
    veto: tuple[re.Pattern[str], ...] = ()
    # (thirteenth session, a14d) a pointer to a way in (「欢迎随时联系我们」「请通过网站提供的联系方式与我们联系」, "contact us using the
    # details below") is a way only when the document gives one somewhere: without a `pointer_needs` match anywhere, the
    # `pointer` patterns veto like `veto`
    pointer: tuple[re.Pattern[str], ...] = ()
    pointer_needs: tuple[re.Pattern[str], ...] = ()
    # (a14d) a sentence that one of these finds is cited only when no other covers (a guardian's right to a child's data
    # for the user's own right): the verdict is the same, the citation better
    demote: tuple[re.Pattern[str], ...] = ()
    # (seventeenth session, m17a) a sentence that one of these finds is cited after every statement but before the `demote`
    # lines (a line of English in a Chinese policy, when the policy states the item in Chinese too): in a policy where every
    # statement is one, the first statement is cited, as without the key
    soft_demote: tuple[re.Pattern[str], ...] = ()
    # (seventeenth session, m17c) a Markdown front matter line that every one of these finds covers the item when no body
    # text does: a site theme shows it at the top of the page ("lastmod: 2023-05-04", "description: Last Updated: …")
    front_matter: tuple[re.Pattern[str], ...] = ()
    # (twenty-eighth session, u28v) a heading that every one of these finds covers the item when no body text does: a bold
    # line the structure reads as a heading can be the statement itself (「**Last updated March 02, 2026**」 over the first
    # paragraph); cited at the heading's line
    title: tuple[re.Pattern[str], ...] = ()
    # (forty-second session, u42w, issue #14) the parts a disclosure of the item holds, each a pattern (for the purposes: a
    # kind of data and what it is used for): a covering sentence that every one of them finds is cited before one that only
    # mentions the item (「我们仅会出于本政策所述的以下目的…」, a title, a passing remark); the verdict does not change
    parts: tuple[re.Pattern[str], ...] = ()
    # (forty-second session, u42w2, issue #14) with `parts`: a sentence that one of these finds does not hold the parts (a
    # request to read the policy, 「我们建议您认真阅读本《隐私政策》」), and one under a heading that one of `parts_heading`
    # finds holds them (an item of the list under 「3. 数据用途」)
    parts_none: tuple[re.Pattern[str], ...] = ()
    parts_heading: tuple[re.Pattern[str], ...] = ()
    # (forty-fifth session, u45w2, issue #14) a list item read with a lead-in that one of these finds is cited as `demote`
    # cites: only when no other unit covers (an item of 「…以下情形中，…无需事先征得您的授权同意：」 is a case, not a purpose)
    demote_lead: tuple[re.Pattern[str], ...] = ()

    @property
    def unless(self) -> tuple[Clause, ...]:
        """The firm `not_applicable` clauses (the older key `unless`): any of these anywhere, the item does not apply."""
        return tuple(c for c in self.not_applicable if c.firm)

    @property
    def denied(self) -> tuple[Clause, ...]:
        """The other `not_applicable` clauses (the older key `denied`, fourteenth session, c14e): a clear statement that the
        condition does not hold (「本服务不处理敏感个人信息」「我们不向不满十四周岁的未成年人提供服务」) rules the item out when
        nothing covers it and no `holds` clause matches."""
        return tuple(c for c in self.not_applicable if not c.firm)

    @property
    def holds(self) -> tuple[Clause, ...]:
        """The `when` clauses marked `fact` (the older key `holds`): the condition stated as a fact (「我们收集您的精确位置」)."""
        return tuple(c for c in self.when if c.fact)

    @property
    def conditional(self) -> bool:
        """Whether the item may be not applicable: it has `when` clauses or firm `not_applicable` ones."""
        return bool(self.when or self.unless)


class Profile(NamedTuple):
    """A named set of items from one law."""

    name: str
    title: str
    law: str
    lang: str
    url: str
    summary: str
    items: tuple[Item, ...]
    path: Path
    # [scope]: text under a heading about another law's users (`elsewhere`: 「Information for Users residing in
    # Brazil」) covers nothing, unless a heading above it also names this law's (`own`: "EEA and Brazil")
    elsewhere: re.Pattern[str] | None = None
    own: re.Pattern[str] | None = None
    # a section whose own text matches `named` (California, the CCPA) stays this law's under another law's heading
    named: re.Pattern[str] | None = None
    # (twenty-eighth session, u28v) a paragraph that `opening` finds at its start (「In some regions (like the EEA, UK…), you
    # have certain rights…」) is another law's too, unless `named` finds this law in it
    opening: re.Pattern[str] | None = None
    # (forty-third session, u43w2) a heading that `elsewhere` finds only through the words `general` finds (the GDPR named as
    # a label: 「7. Your Rights (GDPR / Data Protection)」) is another law's only where the text under it names that law's people
    # (`people`: EU/EEA/UK residents); rights offered there to "you" with no region named are general, this law's too
    general: re.Pattern[str] | None = None
    people: re.Pattern[str] | None = None
