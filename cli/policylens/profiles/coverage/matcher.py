"""Evaluating an item's clauses over one document: `Matcher`.

A `Matcher` computes a document's units and headings once, keeps a character index to skip units a
pattern's literals cannot be in, and answers whether a clause (under its heading, topic or column
scope) is satisfied, with the evidence. The judgement on one unit is `clauses`.
Not here: an item's verdict (covered, missing, not applicable) or the JSON and findings (`verdicts`, `findings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from policylens.model import Document, Paragraph, Section
from policylens.patterns import INVISIBLE
from policylens.profiles import Clause
from policylens.profiles.coverage.clauses import (
    _denies,
    _evidence,
    _holds_words,
    _label_read,
    _negated_clause,
    _satisfies,
    _vetoed,
    _weak_citation,
)
from policylens.profiles.coverage.records import NO_SCOPE, Evidence, Hit, Parts, Scope, Unit
from policylens.profiles.coverage.tables import column_cells
from policylens.profiles.coverage.text import _dense_search
from policylens.profiles.coverage.units import units
from policylens.profiles.literals import CharIndex, known, may_match, set_bits, worth
from policylens.topics import fold

_UNSEARCHED: Any = object()  # (`Matcher._searched`: a unit not searched yet)


class _Demote(NamedTuple):
    """An item's `demote` patterns, searched in a unit's matched clause, and its `demote_lead` patterns (forty-fifth session,
    u45w2), searched in the lead-in a list item is read with (「在以下情形中，共享、转让、公开披露您的个人信息无需事先征得您的授权同意：」
    + 「7、用于维护所提供的产品或服务的安全稳定运行所必需的」: a case of the exception, not a purpose)."""

    clause: tuple[re.Pattern[str], ...] = ()
    lead: tuple[re.Pattern[str], ...] = ()

    def finds(self, unit: Unit, found: list[Hit]) -> bool:
        """Whether the unit is demoted: its matched clause holds a `demote` pattern, or its lead-in a `demote_lead` one."""
        if self.clause and _vetoed(unit.marked or unit.folded, found, self.clause):
            return True
        return bool(self.lead) and unit.tail is not None and any(p.search(unit.folded[: unit.tail]) for p in self.lead)


def _item_vetoed(unit: Unit, found: list[Hit], veto: tuple[re.Pattern[str], ...]) -> bool:
    """(u55w, issue #14) Whether a list item read after its heading (`Unit.context` 1), whose match takes words from the heading
    (「（一）查询和更正您的个人信息」 + 「1．您可以…在“监控配置”中查看…模板信息，包括查询、添加、修改、删除」), says in its own text
    what a `veto` pattern finds: the item must be about the person's data, and a product's feature list names 删除/修改 too
    (eval/profiles53q jixintong-zh 135).  A match wholly in the item is judged by its clause alone (`_vetoed`)."""
    if unit.context != 1 or unit.tail is None or not any(m.start() < unit.tail for m in found):
        return False
    body = (unit.marked or unit.folded)[unit.tail :]
    return any(v.search(body) for v in veto)


class _Citation(NamedTuple):
    """The evidence a search chose, with the unit of the statement it cites (None when it is a fallback: a softened,
    demoted, title-like or negated unit) and whether that unit is a cell under a column the clause names.

    Returned, not kept: `first` with `parts` asks whether the cited statement holds them (review r42: the unit was
    passed back through a mutable `Matcher._cited`, so a later path that kept an evidence without returning it
    would have read a stale unit, and a result would have depended on call history)."""

    evidence: Evidence
    unit: Unit | None = None
    cell: bool = False


class Matcher:
    """Evaluates clauses over one document; units and headings are computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._units: dict[str, list[Unit]] = {}
        self._cells: dict[str, list[Unit]] = {}
        self._by_id = {s.id: s for s in doc.sections}
        self._under_cache: dict[str, frozenset[str]] = {}
        self._opened: dict[tuple[int, str], bool] = {}  # (u28v) `_opened_elsewhere`, by the paragraph's id and the pattern
        self._heading_cache: dict[
            str, tuple[str, ...]
        ] = {}  # a section id → its folded titles, its own first  # a heading pattern → the sections under a heading it matches
        # (the clause's units, prefer, earlier prefers, scope, heading) → the units a clause is tried on
        self._candidates: dict[tuple[object, ...], list[Unit]] = {}
        # the same key → those units as bits of their unit list (`_first_of` visits only the bits a pattern may match)
        self._candidate_bits: dict[tuple[object, ...], int] = {}
        # pattern → {id(unit): its match in the unit}: clauses of several items and profiles share patterns
        self._searched: dict[re.Pattern[str], dict[int, Hit | None]] = {}
        # a unit list (units of one kind, cells of one column) → its character index; id(unit) → its bit there
        self._index: dict[int, CharIndex] = {}
        self._bit: dict[int, int] = {}
        # (pattern, unit list) → the bits of the units that may hold a match (`literals.required`)
        self._possible: dict[tuple[re.Pattern[str], int], int] = {}
        # `pointer_needs` patterns → whether one is found somewhere in the document
        self._anywhere: dict[tuple[re.Pattern[str], ...], bool] = {}

    def units(self, within: str) -> list[Unit]:
        """The document's units of one kind (cached)."""
        if within not in self._units:
            self._units[within] = list(units(self.doc, within))
        return self._units[within]

    def anywhere(self, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """Whether one of the patterns is found somewhere in the document's text or its links' targets (cached).

        A link's target is the document's too: 「欢迎随时<a href="mailto:privacy@kuaiji.cn">联系我们</a>」 gives the address; and
        so is a token the page's own script fills with a value (`Document.filled`, u55w4): 「請來信 ${CONTACT_EMAIL}」 shows an
        address there (a pattern of the profile decides which tokens count; no built-in contact pattern matches a bare token).
        """
        if patterns not in self._anywhere:
            texts = [u.folded for u in self.units("document")] + [fold(target) for target, _, _ in self.doc.links]
            texts += sorted(self.doc.filled)
            self._anywhere[patterns] = any(p.search(text) for text in texts for p in patterns)
        return self._anywhere[patterns]

    def cells(self, column: re.Pattern[str]) -> list[Unit]:
        """The cells under a header matching `column` (cached per pattern)."""
        if column.pattern not in self._cells:
            self._cells[column.pattern] = list(column_cells(self.doc, column))
        return self._cells[column.pattern]

    def possible(self, pattern: re.Pattern[str], source: list[Unit]) -> int:
        """The bits (positions in `source`, a cached unit list) of the units whose text `pattern` may match (cached)."""
        key = (pattern, id(source))
        found = self._possible.get(key)
        if found is None:
            index = self._index.get(id(source))
            if index is None:
                index = self._index[id(source)] = CharIndex([unit.lowered for unit in source])
                self._bit.update((id(unit), n) for n, unit in enumerate(source))
            found = self._possible[key] = index.possible(worth(pattern, len(source)))
        return found

    def _headings(self, section: Section) -> tuple[str, ...]:
        """The folded titles of the section and of every section above it (cached)."""
        found = self._heading_cache.get(section.id)
        if found is None:
            titles = []
            current: Section | None = section
            while current is not None:
                if current.title:  # (read as seen: an invisible character inside a heading's words hid them, r21h)
                    titles.append(fold(INVISIBLE.sub("", current.title) if INVISIBLE.search(current.title) else current.title))
                current = self._by_id.get(current.parent) if current.parent else None
            found = self._heading_cache[section.id] = tuple(titles)
        return found

    def _under(self, pattern: re.Pattern[str]) -> frozenset[str]:
        """The ids of the sections with a heading of their own or above them that `pattern` matches (cached)."""
        found = self._under_cache.get(pattern.pattern)
        if found is None:
            found = frozenset(s.id for s in self.doc.sections if any(pattern.search(h) for h in self._headings(s)))
            self._under_cache[pattern.pattern] = found
        return found

    def _outside(self, unit: Unit, pattern: re.Pattern[str], m: Hit, not_under: re.Pattern[str]) -> Hit | None:
        """The first match of a document clause's first pattern, from `m` on, in a section under no heading `not_under` finds.

        (Twenty-eighth session, u28v: a company block of a third party's SDK, 「### 6.1 穿山甲广告联盟」 under 「## 6. 第三方服务」
        with 「- 运营方：北京巨量引擎网络技术有限公司」, is not the policy's operator; eval/profiles28 magiccam-zh.)
        """
        under = self._under(not_under)
        if not under:
            return m
        found: Hit | None = m
        while found is not None:
            if unit.segment(found.start()).section.id not in under:
                return found
            start = found.end() if found.end() > found.start() else found.start() + 1
            found = pattern.search(unit.folded, start) if start <= len(unit.folded) else None
        return None

    def _general_part(self, elsewhere: re.Pattern[str], general: re.Pattern[str], people: re.Pattern[str]) -> frozenset[str]:
        """The ids of the sections under another law's heading only through a general label, in a document that names no people.

        (Forty-third session, u43w2, eval/profiles43 salesji-en.)  A heading that `elsewhere` finds only by the words `general`
        finds (「7. Your Rights (GDPR / Data Protection)」: with the GDPR taken out, no other law's or region's heading is left)
        labels a section that may be general; it is another law's where the document names that law's people anywhere
        (`people`: "EU and UK residents", "if you are in the EEA", a company "in the EU": a GDPR notice, eval/profiles36b
        bgsnl-en, eval/blind/profiles8 sudoku-gdpr-en), and general otherwise ("You have the right to: access your
        personal data…", a policy that names no region), unless the text of the part the heading opens (its section and
        those below it) names the law too (「根据GDPR规定，对于Cloudflare收集的数据，您可以：」, eval/blind/profiles5
        afoim-blog: the GDPR's rights).  Only in a document with no heading that names this law
        (`named`: California, the CCPA): where it has one, a GDPR-labelled section beside it is the EU's
        (eval/blind/profiles13 okviz-en, 「Your Rights Under the GDPR」 beside 「Additional Rights for California
        Residents」; the caller reads that).
        """
        key = "\0general\0" + elsewhere.pattern + "\0" + general.pattern + "\0" + people.pattern
        found = self._under_cache.get(key)
        if found is None and any(
            people.search(fold(text)) for s in self.doc.sections for text in (s.title or "", *(p.text for p in s.paragraphs))
        ):
            found = self._under_cache[key] = frozenset()  # (the document names the GDPR's people somewhere: its notice)
        if found is None:
            parts: dict[str, list[Section]] = {}  # the outermost labelling section's id → the sections of its part
            for section in self.doc.sections:
                chain: list[tuple[Section, str]] = []
                current: Section | None = section
                while current is not None:
                    if current.title:
                        chain.append((current, fold(current.title)))
                    current = self._by_id.get(current.parent) if current.parent else None
                hits = [(s, title) for s, title in chain if elsewhere.search(title)]
                if hits and all(general.search(title) and not elsewhere.search(general.sub(" ", title)) for _, title in hits):
                    parts.setdefault(hits[-1][0].id, []).append(section)
            kept: set[str] = set()
            for members in parts.values():  # (a part whose text names the law gives that law's rights: 「根据GDPR规定，您可以：」)
                if not any(general.search(fold(para.text)) for member in members for para in member.paragraphs):
                    kept.update(member.id for member in members)
            found = self._under_cache[key] = frozenset(kept)
        return found

    def _opened_elsewhere(self, para: Paragraph, opening: re.Pattern[str], named: re.Pattern[str] | None) -> bool:
        """Whether a paragraph opens for another law's users (`opening` at its start) and never names this law (cached)."""
        key = (id(para), opening.pattern)
        found = self._opened.get(key)
        if found is None:
            folded = fold(para.text)
            found = self._opened[key] = opening.match(folded) is not None and (named is None or named.search(folded) is None)
        return found

    def _naming(self, pattern: re.Pattern[str]) -> frozenset[str]:
        """The ids of the sections whose own text (not a heading's) `pattern` matches (cached)."""
        key = "\0text\0" + pattern.pattern
        found = self._under_cache.get(key)
        if found is None:
            found = frozenset(u.section.id for u in self.units("section") if pattern.search(u.folded))
            self._under_cache[key] = found
        return found

    def first(
        self,
        clauses: Iterable[Clause],
        prefer: tuple[re.Pattern[str], ...] = (),
        *,
        denial: bool | None = None,
        scope: Scope = NO_SCOPE,
        veto: tuple[re.Pattern[str], ...] = (),
        demote: tuple[re.Pattern[str], ...] = (),
        soft_demote: tuple[re.Pattern[str], ...] = (),
        demote_lead: tuple[re.Pattern[str], ...] = (),
        parts: tuple[re.Pattern[str], ...] = (),
        parts_none: tuple[re.Pattern[str], ...] = (),
        parts_heading: tuple[re.Pattern[str], ...] = (),
    ) -> Evidence | None:
        """Evidence from the first clause (in file order) that some unit satisfies, at its first such unit.

        The clauses of an item are written strongest first, so the order decides the
        citation.  With `prefer`, units under a heading that matches its first pattern are
        tried first, then its second…, then all units, so that the citation points where a
        reader looks (保留期限, not a passing remark in 联系我们; the California section for a
        CCPA right, not the GDPR rights list).  `prefer` never changes a verdict.
        `denial`: None reads every sentence (a `when` or `unless` clause); otherwise a sentence
        that speculates covers nothing, and one that refuses only when `denial` is true.
        `scope`: the profile's (elsewhere, own) heading patterns and its `named` text pattern: text under a heading
        about another law's users covers nothing, unless a heading above it, or the section's own text, names this law.
        `veto`: the item's veto patterns: a unit whose matched sentence one of them finds covers nothing.
        `demote`: the item's demote patterns: a unit whose matched clause one of them finds is cited only when no other
        unit satisfies any clause (a guardian's right to a child's data is a poor citation of the user's own right).
        `soft_demote`: the item's soft demote patterns: a unit whose matched clause one of them finds (and no `demote` pattern)
        is cited only when no other statement satisfies any clause, before the demoted units (a line of English in a Chinese
        policy); where every statement is one, the first is cited, as without them.
        `demote_lead` (`Item.demote_lead`): a list item read with a lead-in that one of them finds is demoted the same way.
        `parts`: the item's parts (`Item.parts`): a statement whose sentence (or paragraph, or cell) every one of them finds
        is cited before all others (`_whole_first`); `parts` never changes a verdict either.  `parts_none` (`Item.parts_none`):
        a unit that one of them finds does not hold the parts; `parts_heading` (`Item.parts_heading`): a unit under a section
        whose title one of them finds holds them (see `Parts`).
        """
        clauses = tuple(clauses)
        demote_of = _Demote(demote, demote_lead)
        found = self._ranked(clauses, prefer, denial=denial, scope=scope, veto=veto, demote=demote_of, soft_demote=soft_demote)
        if found is None or not parts or denial is None or found.unit is None:
            return found.evidence if found is not None else None  # (parts are looked for in a statement only)
        held = Parts(parts, parts_none, parts_heading)
        if self._holds_parts(held, found.unit, cell=found.cell):
            return found.evidence
        whole = self._whole_first(clauses, prefer, held, denial=denial, scope=scope, veto=veto, demote=demote_of, soft_demote=soft_demote)
        return whole if whole is not None else found.evidence

    def _ranked(
        self,
        clauses: tuple[Clause, ...],
        prefer: tuple[re.Pattern[str], ...],
        *,
        denial: bool | None,
        scope: Scope,
        veto: tuple[re.Pattern[str], ...],
        demote: _Demote,
        soft_demote: tuple[re.Pattern[str], ...],
    ) -> _Citation | None:
        """`first` without `parts`: the first statement that satisfies a clause (level by level of `prefer`, clause by
        clause), else the best fallback (softened, demoted, title-like or header, denial), whose `unit` is None."""
        demoted: list[Evidence] = []
        softened: list[Evidence] = []
        # A sentence that denies collecting or using something (「我们不会收集您的姓名…」, "We do not use user data
        # for advertising") may satisfy a clause, but it is a poor citation of what is collected or why: it is
        # cited only when no other sentence satisfies any clause (the verdict is the same either way).  (A unit
        # left out at a later level was tried at an earlier one: unsatisfying, or negated and kept here.)
        negated: list[Evidence] | None = [] if denial is False else None
        # (fifteenth session, d14f) a title-like line or a table's header row satisfies a clause but only names the topic:
        # cited after every statement (`_weak_citation`); the ranking is statement > demoted > title or header > denial
        # (each kept with its rank: a row marked No under "Sold or Shared" (2) gives way to a later header or title (1))
        weak: list[tuple[int, Evidence]] | None = [] if denial is not None else None
        levels: tuple[re.Pattern[str] | None, ...] = (*prefer, None)
        for n, level in enumerate(levels):
            for clause in clauses:
                found = self._first_of(
                    clause,
                    level,
                    prefer[:n],
                    denial=denial,
                    scope=scope,
                    negated=negated,
                    veto=veto,
                    demote=(demote, demoted),
                    soft_demote=(soft_demote, softened),
                    weak=weak,
                )
                if found is not None:
                    return found
        fallback = softened[0] if softened else demoted[0] if demoted else weak[0][1] if weak else negated[0] if negated else None
        return _Citation(fallback) if fallback is not None else None

    def _whole_first(
        self,
        clauses: tuple[Clause, ...],
        prefer: tuple[re.Pattern[str], ...],
        parts: Parts,
        *,
        denial: bool,
        scope: Scope,
        veto: tuple[re.Pattern[str], ...],
        demote: _Demote,
        soft_demote: tuple[re.Pattern[str], ...],
    ) -> Evidence | None:
        """The first statement in the document (under a `prefer` heading first, in order) whose unit holds every part.

        (Forty-second session, u42w, issue #14: the citing line must be the evidence.)  A clause satisfied by a pointer
        (「我们仅会出于本政策所述的以下目的，收集和使用您的个人信息：」), a title or a passing remark (「为保障安全，您提出请求时可能需
        提供身份验证材料」) covers the item, but the line a reviewer checks is the one that holds the item's parts (「我们会收集您的
        电子邮箱地址、密码，用于创建账户」).  Only statements count here: a demoted, softened, title-like, negated or
        context-read unit is left to `first`'s ranking, and a clause that reads a section or the whole document finds its
        parts anywhere, so it is not tried; nor is a column's cell.
        """
        levels: tuple[re.Pattern[str] | None, ...] = (*prefer, None)
        # (a cell under a 用途 column holds the parts where it is cited, but is not looked for: a sharing table's 使用目的 cell,
        # 「发送通知消息」, is no better than the list under 「**使用目的：**」 whose items name no data, eval/profiles37 tallynest-md)
        tried = tuple(c for c in clauses if c.column is None and c.within in ("sentence", "paragraph"))
        for n, level in enumerate(levels):
            found = [
                self._first_of(
                    clause,
                    level,
                    prefer[:n],
                    denial=denial,
                    scope=scope,
                    negated=[],
                    veto=veto,
                    demote=(demote, []),
                    soft_demote=(soft_demote, []),
                    weak=[],
                    parts=parts,
                )
                for clause in tried
            ]
            statements = [c.evidence for c in found if c is not None]
            if statements:  # the first in the document: each holds the parts, so no clause's is stronger than another's
                return min(statements, key=lambda e: (e.line, e.column))
        return None

    def _holds_parts(self, parts: Parts, unit: Unit, *, cell: bool) -> bool:
        """Whether every part is found in the unit and no `none` pattern is; a table cell under a column the clause names
        (用途, Purpose) holds them: its header is the item's name and its row the data; so does a unit under a heading that
        names them (u42w2: 「3. 数据用途」 over 「- 提供与改进功能：睡眠趋势分析…」)."""
        if cell:
            return True
        if any(self._holds_part(p, unit) for p in parts.none):
            return False
        title = unit.section.title
        # (an item of a list, or a table row: a sentence under the heading may be a passing remark, 「利用您的個人資料，除非：」)
        if title and parts.heading and unit.segment(unit.tail or 0).paragraph.kind in ("item", "table"):
            folded = fold(title)
            if any(p.search(folded) for p in parts.heading):
                return True
        return all(self._holds_part(p, unit) for p in parts.every)

    def _holds_part(self, pattern: re.Pattern[str], unit: Unit) -> bool:
        """Whether `pattern` finds something in the unit's text (or its text without markup); the search is kept."""
        return self._search(pattern, unit, self._searched.setdefault(pattern, {}), known(pattern)) is not None

    @staticmethod
    def _search(pattern: re.Pattern[str], unit: Unit, searched: dict[int, Hit | None], strings: frozenset[str] | None) -> Hit | None:
        """`pattern`'s match in `unit`, searched once and kept in `searched` (the pattern's part of `_searched`): the
        folded text when its required `strings` may be there, else the text without markup (a phrase cut by markup;
        its strings may be split there).  One search for clauses and for items' parts (review r42: two copies of it
        wrote to one cache)."""
        ident = id(unit)  # the unit lives in a cached list as long as the matcher
        m = searched.get(ident, _UNSEARCHED)
        if m is _UNSEARCHED:
            # (the bits hold every character of a required string; the string itself is tested before the search)
            # (`lowered` holds the text without markup too: where no required string is in either, neither search can
            # find anything, so the second is not run either; u48m2, the same verdicts at a third less of the searches)
            if may_match(strings, unit.lowered):
                m = pattern.search(unit.folded)
                if m is None and unit.dense is not None:
                    m = _dense_search(pattern, unit)
            else:
                m = None
            searched[ident] = m
        return m

    def _tried_on(
        self,
        clause: Clause,
        prefer: re.Pattern[str] | None,
        earlier: tuple[re.Pattern[str], ...],
        scope: Scope,
    ) -> list[Unit]:
        """The units, in document order, that a clause is tried on at one level of `prefer` (cached).

        Those under a heading matching `prefer` (all units at the last level, None), less those
        under an `earlier` preferred heading: the clause was tried on them at that level and none
        satisfied it, or `first` would have returned.  The scope and the clause's own `heading`
        leave out the same units at every level.
        """
        key = (clause.column, clause.within, prefer, earlier, scope, clause.heading, clause.not_under)
        found = self._candidates.get(key)
        if found is not None:
            return found
        candidates = self.cells(clause.column) if clause.column is not None else self.units(clause.within)
        elsewhere, own, named, opening, general, people = scope
        # the sections whose units are left out: under an earlier preferred heading (tried at that level), or
        # under another law's heading and not this one's (「Information for Users residing in Brazil」), unless the
        # section's own text names this law (「## Your Rights (GDPR)」 over "…including California residents: …")
        left_out = frozenset().union(*(self._under(before) for before in earlier))
        if clause.not_under is not None and clause.within != "document":
            left_out |= self._under(clause.not_under)  # (m18a) a heading the clause is never read under (the document: `_outside`)
        if elsewhere is not None:
            kept = self._under(own) if own is not None else frozenset()
            if general is not None and people is not None and (named is None or not self._under(named)):
                # (u43w2) 「Your Rights (GDPR)」 offered to "you", in a document with no heading that names this law
                kept |= self._general_part(elsewhere, general, people)
            left_out |= self._under(elsewhere) - kept
            if named is not None and left_out:
                left_out -= self._naming(named)
        required = [self._under(p) for p in (prefer, clause.heading) if p is not None]  # under both, when given
        if required:
            allowed = frozenset.intersection(*required) - left_out
            found = [unit for unit in candidates if unit.section.id in allowed]
        elif left_out:
            found = [unit for unit in candidates if unit.section.id not in left_out]
        else:
            found = candidates  # (the cached list itself: it is only read)
        if opening is not None and clause.within in ("sentence", "paragraph"):
            # (u28v) a paragraph opened for another law's users (「In some regions (like the EEA, UK…), you have certain
            # rights…」) is left out as a section under their heading would be, unless it names this law
            found = [unit for unit in found if not self._opened_elsewhere(unit.segments[0].paragraph, opening, named)]
        self._candidates[key] = found
        return found

    def _first_matches(
        self,
        clause: Clause,
        first: re.Pattern[str] | None,
        prefer: re.Pattern[str] | None,
        earlier: tuple[re.Pattern[str], ...],
        scope: Scope,
    ) -> Iterator[tuple[Unit, Hit | None]]:
        """The units a clause is tried on (`_tried_on`), in document order, with the match of its first pattern: only those
        where it matches (all of them, with None, for a clause without patterns).

        A unit that holds none of the pattern's required strings (`literals`) is not searched, nor visited: the units left
        are the set bits of the pattern's possible units and the tried units, taken lowest first.  A unit's search is kept
        (`_searched`): items and profiles share patterns.
        """
        tried = self._tried_on(clause, prefer, earlier, scope)
        if first is None:  # (a clause loaded from a profile has at least one pattern; one built by hand may have none)
            yield from ((unit, None) for unit in tried)
            return
        source = self.cells(clause.column) if clause.column is not None else self.units(clause.within)
        searched = self._searched.setdefault(first, {})
        possible = self.possible(first, source)
        key = (clause.column, clause.within, prefer, earlier, scope, clause.heading, clause.not_under)
        bits = self._candidate_bits.get(key)
        if bits is None:
            bit = self._bit
            bits = self._candidate_bits[key] = sum(1 << bit[id(unit)] for unit in tried) if tried is not source else (1 << len(source)) - 1
        strings = known(first)
        for index in set_bits(possible & bits):
            unit = source[index]
            m = self._search(first, unit, searched, strings)
            if m is not None:
                yield unit, m

    def _first_of(
        self,
        clause: Clause,
        prefer: re.Pattern[str] | None,
        earlier: tuple[re.Pattern[str], ...] = (),
        *,
        denial: bool | None,
        scope: Scope = NO_SCOPE,
        negated: list[Evidence] | None = None,
        veto: tuple[re.Pattern[str], ...] = (),
        demote: tuple[_Demote, list[Evidence]] = (_Demote(), []),
        soft_demote: tuple[tuple[re.Pattern[str], ...], list[Evidence]] = ((), []),
        weak: list[tuple[int, Evidence]] | None = None,
        parts: Parts | None = None,
    ) -> _Citation | None:
        """Evidence from the first unit (in document order) that satisfies one clause, with that unit (`_Citation`).

        With `negated` (a list), a unit whose matched sentence denies collecting or using is skipped, and
        the first such evidence is kept in the list for the caller to fall back on.  A unit whose matched
        sentence a `veto` pattern finds is skipped.  `demote`: (patterns, list): a unit whose matched clause
        one of the patterns finds is skipped, and the first such evidence is kept in the list, as `negated`; `soft_demote`
        the same, for a unit that no `demote` pattern finds.
        With `weak` (a list), a unit that only names the topic (`_weak_citation`) is skipped and kept in it the same way,
        with its rank.  With `parts`, a unit that one of them does not find is skipped.
        """
        whole = clause.column is not None or clause.within == "sentence"
        # the first `all` pattern's search in each unit is kept: items and profiles share patterns
        # (a clause loaded from a profile has at least one; one built by hand may have none)
        first = clause.all[0] if clause.all else None
        breaks, lead = self.doc.line_breaks, clause.cite_first  # (u48w4) `lead`: the clause cites its own words (`_evidence`)
        for unit, m in self._first_matches(clause, first, prefer, earlier, scope):
            if unit.context and denial is None:  # (u25w) a condition is read from statements only
                continue
            if parts is not None and not self._holds_parts(parts, unit, cell=clause.column is not None):
                continue
            if clause.not_under is not None and clause.within == "document" and first is not None and m is not None:
                m = self._outside(unit, first, m, clause.not_under)
                if m is None:
                    continue
            found = _satisfies(clause, unit, denial=denial, whole=whole, first=m)
            if found is not None and unit.context and not _holds_words(unit, found):
                continue
            if found is not None and veto and (_vetoed(unit.marked or unit.folded, found, veto) or _item_vetoed(unit, found, veto)):
                continue
            if found is not None and negated is not None and _negated_clause(unit.marked or unit.folded, found):
                continue
            if found is not None:
                if negated is not None and _denies(unit, found[0]):
                    if not negated:
                        negated.append(_evidence(unit, found, whole=clause.within == "document", breaks=breaks, lead=lead))
                    continue
                # (a clause that reads the whole document finds two facts anywhere: no line of it is weaker than another)
                rank = _weak_citation(unit, found) if weak is not None and clause.within != "document" else 0
                if weak is not None and rank:
                    if not weak or (rank == 1 and weak[0][0] == 2):
                        weak[:1] = [(rank, _evidence(unit, found, breaks=breaks, lead=lead))]
                    continue
                # (seventeenth session, m17a: a line that is a denial, a title or a header is ranked as one even where a
                # demote pattern finds it too: the lowest rank wins, so that the demoted list holds statements only)
                if demote[0].finds(unit, found):
                    if not demote[1]:
                        demote[1].append(_evidence(unit, found, whole=clause.within == "document", breaks=breaks, lead=lead))
                    continue
                # (u25w) a unit read with a context is cited after every statement, like a soft-demoted one; not a label with
                # its value (4) whose match holds the label's words: it reads as the one line 「個人資料類別：包含…」 would (u52w2,
                # eval/profiles52 jobmodal-tw 96)
                if (unit.context and not _label_read(unit, found)) or (
                    soft_demote[0] and _vetoed(unit.marked or unit.folded, found, soft_demote[0])
                ):
                    if not soft_demote[1]:
                        soft_demote[1].append(_evidence(unit, found, whole=clause.within == "document", breaks=breaks, lead=lead))
                    continue
                evidence = _evidence(unit, found, whole=clause.within == "document", breaks=breaks, lead=lead)
                return _Citation(evidence, unit, clause.column is not None)
        return None
