"""`compare` output streamed as results arrive: the policylens.compare/1 JSON and the CSV (one row per divergence).

Split out of `render.compare` (u56r2, issue #13: the module had grown past 600 lines); the matrix, the lines every
format shares and the Markdown renderer stay there.  A JSON or CSV run writes product by product, so a long run keeps
little in memory.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from policylens.compare import SCHEMA
from policylens.render.compare import visible
from policylens.render.safe import json_named

# ---- json -------------------------------------------------------------------------------


class JsonStream:
    """Writes `{"schema": …, "products": [ … ], "errors": […]}` one product at a time."""

    def __init__(self, out: TextIO, *, pretty: bool) -> None:
        self.out = out
        self.pretty = pretty
        self.count = 0
        self.started = False

    def _start(self) -> None:
        """The opening, written with the first product (a run that fails before any result writes nothing)."""
        if not self.started:
            head = json.dumps(SCHEMA)
            self.out.write(f'{{"schema": {head}, "products": [' if self.pretty else f'{{"schema":{head},"products":[')
            self.started = True

    def add(self, product: dict[str, Any]) -> None:
        self._start()
        text = json_named(
            product,
            lambda o: json.dumps(o, ensure_ascii=False, indent=2 if self.pretty else None, separators=None if self.pretty else (",", ":")),
        )
        if self.pretty:
            text = "\n" + "\n".join("  " + line for line in text.splitlines())
        self.out.write(("," if self.count else "") + text)
        self.count += 1

    def close(self, errors: list[dict[str, str]], summary: dict[str, int]) -> None:
        self._start()
        tail = json_named(errors, lambda o: json.dumps(o, ensure_ascii=False))
        totals = json_named(summary, lambda o: json.dumps(o, ensure_ascii=False))
        self.out.write(f'\n], "errors": {tail}, "summary": {totals}}}\n' if self.pretty else f'],"errors":{tail},"summary":{totals}}}\n')


# ---- csv --------------------------------------------------------------------------------

CSV_COLUMNS = (
    "product",
    "edition",
    "base",
    "kind",
    "fact",
    "detail",
    "base_value",
    "value",
    "section",
    "line",
    "other",
    "other_line",
    "confidence",
    "changes",
    "item",
    "reference",
)


class CsvStream:
    """One row per divergence (and per error), for spreadsheets."""

    def __init__(self, out: TextIO) -> None:
        self.writer = _GuardedWriter(csv.writer(out, lineterminator="\n"))
        self.started = False

    def _start(self) -> None:
        if not self.started:
            self.writer.writerow(CSV_COLUMNS)
            self.started = True

    def add(self, product: dict[str, Any]) -> None:
        self._start()
        for d in product["divergences"]:
            section, other = d.get("section") or {}, d.get("other") or {}
            self.writer.writerow(
                [
                    product["product"],
                    d["edition"],
                    d["base"],
                    d["kind"],
                    d.get("fact", ""),
                    d.get("detail", ""),
                    _cell(d.get("base_value")),
                    _cell(d.get("value")),
                    _cell(section.get("title")),
                    section.get("line") or "",
                    _cell(other.get("title")),
                    other.get("line") or "",
                    d.get("confidence", 1.0),
                    len(d.get("changes", [])) if d["kind"] == "section-content" else "",
                    "",
                    "",
                ]
            )
        for x in product.get("sentences", []):
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(product=product["product"], edition=x["edition"], base=x["base"], kind=x["kind"], detail=x["only_in"])
            row.update(value=_cell(x["text"]), section=_cell((x.get("section") or {}).get("title")), line=x["line"])
            row.update(other=_cell((x.get("other") or {}).get("title")), confidence=x["confidence"])
            self.writer.writerow([row[c] for c in CSV_COLUMNS])
        for lag in product["lagging"]:
            for item in lag["lacks"]:
                row = dict.fromkeys(CSV_COLUMNS, "")
                row.update(product=product["product"], edition=lag["edition"], base=product["base"], kind="lagging", detail=item["change"])
                row.update(section=_cell(item["section"].get("title")), line=item["section"].get("line") or "")
                self.writer.writerow([row[c] for c in CSV_COLUMNS])
        self._coverage(product)
        for err in product["errors"]:
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(product=product["product"], kind="error", value=_cell(err["error"]), section=_cell(err["path"]))
            self.writer.writerow([row[c] for c in CSV_COLUMNS])

    def _coverage(self, product: dict[str, Any]) -> None:
        """With `--profile`: a `disclosure-lost` row per lost item, then a `coverage` row per edition and item."""
        for x in product.get("coverage", {}).get("lost", []):
            evidence = x.get("base_evidence") or {}
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(product=product["product"], edition=x["edition"], base=x["base"], kind="disclosure-lost", detail=x["profile"])
            row.update(base_value="covered", value=x["status"], confidence=x["confidence"], item=x["item"], reference=_cell(x["reference"]))
            row.update(section=_cell(evidence.get("title")), line=evidence.get("line") or "")
            self.writer.writerow([row[c] for c in CSV_COLUMNS])
        for e in product["editions"]:
            for profile in e.get("coverage", []):
                for item in profile["items"]:
                    evidence = item.get("evidence") or {}
                    row = dict.fromkeys(CSV_COLUMNS, "")
                    row.update(product=product["product"], edition=e["id"], base=product["base"] or "", kind="coverage")
                    row.update(detail=profile["profile"], value=item["status"], item=item["item"], reference=_cell(item["reference"]))
                    row.update(section=_cell(evidence.get("title")), line=evidence.get("line") or "")
                    self.writer.writerow([row[c] for c in CSV_COLUMNS])

    def close(self, errors: list[dict[str, str]], summary: dict[str, int]) -> None:
        self._start()
        for err in errors:
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(kind="error", value=_cell(err["error"]), section=_cell(err["path"]))
            self.writer.writerow([row[c] for c in CSV_COLUMNS])


class _GuardedWriter:
    """Every text cell goes through `_cell`: product names come from folder names and
    manifests, edition ids from file names, and any of them may start with `=`."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: list[Any]) -> None:
        self._writer.writerow([_cell(v) if isinstance(v, str) else v for v in row])


def _cell(value: str | None) -> str:
    """A CSV cell that a spreadsheet will not run as a formula.

    Also after leading spaces: a tab or CR before `=` (which OWASP lists as triggers: an import that trims them runs
    the formula) is shown as a space by `visible`, and the cell `\t=HYPERLINK(…)` went out as ` =HYPERLINK(…)`."""
    if value is None:
        return ""
    text = visible(value)
    return "'" + text if text.lstrip()[:1] in ("=", "+", "-", "@") else text
