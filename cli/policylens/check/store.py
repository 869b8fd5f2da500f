"""Findings kept column by column while the rules run, so a flood of them costs little memory.

A `Finding` NamedTuple is ~0.14 KB; on a file of one or two findings per 16 bytes the
findings were the largest thing alive at the peak of `check`, beside the whole document
and the rules' text units (issue #12).  `FindingStore` keeps the four positions in one
array, the rule and severity as a small code, the message, excerpt and suggestion as three
references and the rare item and reference aside: ~0.06 KB a finding.  The tuples are
built again by `take()` once the rules' units are gone, equal to the ones appended.

Up to `PLAIN` findings (every real policy: the seed has about 80) the store is a plain list
of the tuples it was given: columns cost a Python call per finding to fill and another
to rebuild, about 1.5% of `check`'s time per file (issue #11).  Past `PLAIN` the list is
moved into the columns, so a flood still costs ~0.06 KB a finding.
"""

from __future__ import annotations

from array import array

from policylens.model import Finding

_new_finding = tuple.__new__
PLAIN = 1_000  # findings kept as they are before the store switches to columns


class FindingStore:
    """An append-only list of findings in compact columns; `take()` returns them as `Finding`s."""

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self._plain: list[Finding] | None = []  # the findings as given, until there are PLAIN of them
        self._kinds: list[tuple[str, str]] = []  # distinct (rule, severity)
        self._kind_index: dict[tuple[str, str], int] = {}
        self._codes = array("I")  # per finding: its index in _kinds
        self._positions = array("q")  # per finding: line, column, end_line, end_column
        self._texts: list[str | None] = []  # per finding: message, excerpt, suggestion
        # item, reference (disclosure-missing) and columns (a merged repeat, `check.repeats`) when set
        self._extras: dict[int, tuple[str | None, str | None, tuple[int, ...]]] = {}

    def __len__(self) -> int:
        return len(self._codes) if self._plain is None else len(self._plain)

    def append(self, finding: Finding) -> None:
        """Keep one finding."""
        plain = self._plain
        if plain is not None:
            if len(plain) < PLAIN:
                plain.append(finding)
                return
            self._plain = None
            for kept in plain:
                self._store(kept)
            plain.clear()
        self._store(finding)

    def _store(self, finding: Finding) -> None:
        rule, severity, line, column, end_line, end_column, message, excerpt, suggestion, item, reference, columns = finding
        code = self._kind_index.get((rule, severity))
        if code is None:
            code = self._kind_index[rule, severity] = len(self._kinds)
            self._kinds.append((rule, severity))
        if item is not None or reference is not None or columns:
            self._extras[len(self._codes)] = (item, reference, columns)
        self._codes.append(code)
        self._positions.extend((line, column, end_line, end_column))
        self._texts += (message, excerpt, suggestion)

    def take(self) -> list[Finding]:
        """The findings in the order appended, as `Finding`s; the store is empty afterwards.

        A finding on one line gets one int object for its line and end line, as a rule's
        finding has.
        """
        if self._plain is not None:
            plain = self._plain
            self._clear()
            return plain
        kinds, codes, positions, texts, extras = self._kinds, self._codes, self._positions, self._texts, self._extras
        self._clear()  # the store is empty while its old columns are read below
        findings: list[Finding] = []
        none = (None, None, ())
        for i, code in enumerate(codes):
            rule, severity = kinds[code]
            line, column, end_line, end_column = positions[4 * i : 4 * i + 4]
            findings.append(
                _new_finding(
                    Finding,
                    (
                        rule,
                        severity,
                        line,
                        column,
                        line if end_line == line else end_line,
                        end_column,
                        texts[3 * i],
                        texts[3 * i + 1],
                        texts[3 * i + 2],
                        *extras.get(i, none),
                    ),
                )
            )
        return findings
