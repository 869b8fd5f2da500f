"""`compare` output: Markdown, and the matrix and lines all formats share.

Renderers format finished product objects (plain data from `policylens.compare`); they
never read files or analyse.  The JSON and CSV, written product by product as results
arrive, are `render.compare_streams`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from policylens.compare import SURE
from policylens.render.markdown import code_span
from policylens.render.safe import visible as shown
from policylens.render.summary import count_words
from policylens.report_heads import COMPARE_MARKDOWN_HEAD

MARKS = {"same": "=", "content": "≠", "missing": "✗", "unsure": "?", "facts-only": "·"}
LEGEND = "= same  ≠ content differs  ✗ missing  ? unsure  · compared by facts only"


def visible(text: str | None) -> str:
    """Text safe for a terminal or a table cell: control characters shown as escapes, newlines as spaces, bidi controls as codes."""
    if text is None:
        return ""
    out = []
    for ch in text:
        if ch in "\n\r\t":
            out.append(" ")
        elif ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            out.append(f"\\x{ord(ch):02x}")
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            # a byte of a folder or file name that is not UTF-8 (`p\xe9`), as `ls -b` shows it: written
            # raw, it made the CSV, Markdown, HTML and rich reports invalid UTF-8
            out.append(f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return shown("".join(out))  # bidi controls (U+202E…) as <U+202E>, by the one escaping helper


def section_label(ref: dict[str, Any] | None) -> str:
    """'關於我們 (L9)'; '(before the first heading)' for the untitled part."""
    if ref is None:
        return "—"
    title = visible(ref.get("title")) or "(before the first heading)"
    return f"{title} (L{ref['line']})" if ref.get("line") else title


def compared(product: dict[str, Any]) -> list[str]:
    """Ids of the editions compared with the base (one version per edition), in report order."""
    if not product["base"]:
        return []  # nothing was compared (no base edition): no matrix
    seen: dict[str, None] = {}
    for d in product["divergences"]:
        seen.setdefault(d["edition"], None)
    if "compared" in product:  # the versions compared at the base's date: a newer version was never compared, so no "=" column
        for i in product["compared"]:
            seen.setdefault(i, None)
        return [i for i in seen if i != product["base"]]
    for e in product["editions"]:  # a report without the field (written before it): the newest version of each edition
        if e["id"] != product["base"] and e.get("latest") and e["edition"] != _base_edition(product):
            seen.setdefault(e["id"], None)
    return [i for i in seen if i != product["base"]]


def _base_edition(product: dict[str, Any]) -> str | None:
    return next((e["edition"] for e in product["editions"] if e["id"] == product["base"]), None)


def section_matrix(product: dict[str, Any]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(edition ids, rows): one row per base section that any edition diverges on, plus extra sections; a mark per cell."""
    editions = compared(product)
    rows: dict[str, dict[str, str]] = {}
    order: list[tuple[int, int, str]] = []  # base sections by line, then the extra sections
    for d in product["divergences"]:
        if d["kind"] == "fact":
            continue
        key = section_label(d["section"]) if d["section"] else "+ " + section_label(d.get("other"))
        if key not in rows:
            rows[key] = {}
            ref = d["section"] or d.get("other") or {}
            order.append((0 if d["section"] else 1, ref.get("line") or 0, key))
        mark = {"section-missing": "missing", "section-extra": "missing", "section-content": "content"}[d["kind"]]
        if d.get("confidence", 1.0) < SURE:
            mark = "unsure"
        # an unsure extra section is `?` like an unsure missing one: a `+` read as sure (eval/editions35 dbtools)
        rows[key][d["edition"]] = MARKS[mark] if d["kind"] != "section-extra" or mark == "unsure" else "+"
    # (u54e) a sentence lacking in a paired section marks it: "=" stood beside a sure "en lacks a sentence …" line
    for d in product.get("sentences", []):
        if not d.get("section") or d["edition"] not in editions:
            continue  # a flat base (no section) or an edition not in the matrix
        key = section_label(d["section"])
        if key not in rows:
            rows[key] = {}
            order.append((0, d["section"].get("line") or 0, key))
        mark = MARKS["content" if d.get("confidence", 1.0) >= SURE else "unsure"]
        if rows[key].get(d["edition"]) in (None, MARKS["unsure"]):
            rows[key][d["edition"]] = mark
    facts_only = _facts_only(product)
    if facts_only and not rows:
        rows["(sections)"] = {}  # one row, so that an edition compared by facts only still shows its ·
        order.append((0, 0, "(sections)"))
    return editions, [
        (key, [MARKS["facts-only"] if e in facts_only else rows[key].get(e, MARKS["same"]) for e in editions])
        for _, _, key in sorted(order)
    ]


def _facts_only(product: dict[str, Any]) -> set[str]:
    """Ids of the editions whose sections are not compared with the base's (another language than Chinese or English)."""
    from policylens.compare.analyse import compares_sections

    base = _base_edition(product)
    if base is None:
        return set()
    return {e["id"] for e in product["editions"] if e["id"] != product["base"] and not compares_sections(e["edition"], base)}


def fact_matrix(product: dict[str, Any]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(edition ids, rows): one row per fact kind; ✗ and the count of sure differing values, or =.

    A cell whose entries are all unsure is `? N`, as the section matrix marks an unsure section: a date an edition
    writes under a label `parse` does not read, a section count between outlines that do not align, shown as `✗ 1`
    beside real divergences, read as one more difference than the report counts.  A cell with both is `✗ N, ? M`.
    """
    from policylens.compare.facts import FACT_KINDS, OPTIONAL_KINDS

    editions = compared(product)
    sure: dict[tuple[str, str], int] = {}
    unsure: dict[tuple[str, str], int] = {}
    for d in product["divergences"]:
        if d["kind"] == "fact":
            tally = sure if d.get("confidence", 1.0) >= SURE else unsure
            tally[(d["fact"], d["edition"])] = tally.get((d["fact"], d["edition"]), 0) + 1
    rows = []
    for kind in FACT_KINDS:
        if kind in OPTIONAL_KINDS and not any(k == kind for k, _ in (*sure, *unsure)):
            continue
        cells = []
        for e in editions:
            marks = [f"{MARKS['missing']} {sure[(kind, e)]}"] if (kind, e) in sure else []
            marks += [f"{MARKS['unsure']} {unsure[(kind, e)]}"] if (kind, e) in unsure else []
            cells.append(", ".join(marks) or MARKS["same"])
        rows.append((kind, cells))
    return editions, rows


def verdict(product: dict[str, Any]) -> str | None:
    """One line saying what a report without a sure entry means, for every human-readable format; None when it has one.

    The rich report said "all editions agree" of a product with one edition (nothing compared: corpora/smartmi holds
    only zh-Hant), and the HTML and Markdown reports said nothing at all of a product that agrees, so an empty page
    was either "no divergence" or "nothing read"; a report of unsure entries only (exit code 0) looked like one
    with divergences.
    """
    if not product["base"]:
        return None  # nothing compared: the errors say why
    tags = {e["edition"] for e in product["editions"]}
    if len(tags) == 1:
        versions = len(product["editions"])
        # (an unreadable other edition is listed under the errors: the folder held more than this one)
        alone = "one edition could be read" if product["errors"] else "one edition only"
        return f"{alone} ({next(iter(tags))}): no other edition to compare" + (
            f"; its {versions} versions are listed below" if versions > 1 else ""
        )
    lost = product.get("coverage", {}).get("lost", [])
    entries = [*product["divergences"], *product.get("sentences", [])]
    if product["lagging"] or any(x.get("confidence", 1.0) >= SURE for x in (*entries, *lost)):
        return None
    read = "the editions that could be read" if product["errors"] else "all editions"
    # (u54e) an edition older than the base was compared with the base version of its date: "all editions agree" said
    # nothing of the base's later changes, told across languages only by their facts and names (eval/editions54
    # privateai-lag: a zh-Hans of 08-29 against an English rewritten on 09-01)
    behind = behind_unchecked(product)
    late = f"; not checked against the base's later changes: {', '.join(behind)}" if behind else ""
    if not entries and not lost:
        return f"{read} agree{' with the base version of their date' if behind else ''}{late}"
    n = len(entries) + len(lost)
    return f"{read} agree on everything sure; {n} unsure {'entry' if n == 1 else 'entries'} to check by hand{late}"


COVERAGE_MARKS = {"covered": "✓", "missing": "✗", "not-applicable": "–", "not-judged": "n/a (language)"}
COVERAGE_LEGEND = "✓ covered  ✗ missing  ✗ lost: covered in the base, not in this edition (✗ lost?: unsure, may differ only in wording)  – not applicable  n/a (language): the profile cannot read this language"


def coverage_matrix(product: dict[str, Any]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(edition ids, rows) for `--profile`: the base then each compared edition; one row per profile item.

    A cell is the item's status in that edition; an item the edition lost is `✗ lost`
    (`✗ lost?` when unsure, across languages).  Empty when the report has no coverage.
    """
    if "coverage" not in product or not product["base"]:
        return [], []
    columns = [product["base"], *compared(product)]
    statuses: dict[tuple[str, str], str] = {}
    for e in product["editions"]:
        for profile in e.get("coverage", []):
            for item in profile["items"]:
                statuses[(e["id"], item["item"])] = item["status"]
    lost = {(x["edition"], x["item"]): x["confidence"] >= SURE for x in product["coverage"]["lost"]}
    rows = []
    for item in product["coverage"]["items"]:
        cells = []
        for column in columns:
            key = (column, item["item"])
            if key in lost:
                cells.append("✗ lost" if lost[key] else "✗ lost?")
            else:
                cells.append(COVERAGE_MARKS.get(statuses.get(key, ""), "—"))
        rows.append((item["item"], cells))
    return columns, rows


def lost_line(x: dict[str, Any]) -> str:
    """One line for a required disclosure an edition lost."""
    evidence = x.get("base_evidence") or {}
    where = f" (base: {section_label(evidence)})" if evidence else ""
    status = "not applicable any more" if x["status"] == "not-applicable" else "missing"
    unsure = f" (unsure, confidence {x['confidence']:.2f}: may differ only in wording)" if x["confidence"] < SURE else ""
    return f"{x['edition']}: lost {x['item']} [{x['reference']}]: {status}{where}{unsure}"


def lost_quote(x: dict[str, Any]) -> str:
    """The base's covering sentence (what the edition no longer says), quoted; '' when there is none."""
    text = visible((x.get("base_evidence") or {}).get("text"))
    return f"base says: 「{text}」" if text else ""


def lost_lines(product: dict[str, Any]) -> list[str]:
    """One line per required disclosure covered in the base and not in an edition, with the base's sentence."""
    out = []
    for x in product.get("coverage", {}).get("lost", []):
        quote = lost_quote(x)
        out.append(lost_line(x) + (f" — {quote}" if quote else ""))
    return out


def topic_words(topics: Iterable[str]) -> str:
    """Topics as `diff` names them (「effective date」, not the JSON's `effective-date`): one term in both commands."""
    from policylens.render.diffview import TOPIC_LABELS

    return ", ".join(TOPIC_LABELS.get(t, t) for t in topics)


def describe(d: dict[str, Any], base: str | None = None) -> str:
    """One line for a divergence; `base`: the product's base, named again when the entry is against an older base version."""
    unsure = f" (unsure, confidence {d['confidence']:.2f})" if d.get("confidence", 1.0) < SURE else ""
    if base is not None and d["base"] != base:
        unsure = f" (against {d['base']}){unsure}"  # an edition older than the base: its lines are that version's
    if d["kind"] == "fact":
        detail = f" ({d['detail']})" if d.get("detail") else ""
        where = f" in {section_label(d['section'])}" if d.get("section") else ""
        return f"{d['edition']}: {d['fact']}{detail} {visible(d['base_value']) or '(absent)'} → {visible(d['value']) or '(absent)'}{where}{unsure}"
    if d["kind"] == "section-missing":
        return f"{d['edition']}: section missing: {section_label(d['section'])}{unsure}"
    if d["kind"] == "section-extra":
        return f"{d['edition']}: extra section: {section_label(d.get('other'))}{unsure}"
    changes = d.get("changes", [])
    count = sum(1 for c in changes if not c.get("reworded"))  # re-worded paragraphs are counted apart
    topics = f" [{topic_words(d['topics'])}]" if d.get("topics") else ""
    renamed = f" → {section_label(d.get('other'))}" if d.get("renamed") else ""
    # A section whose every paragraph was only re-worded differs by its heading: "content differs, 0 changes" said
    # two opposite things (review u28u); the re-worded paragraphs are named, so the count matches the list below it.
    what = "heading differs" if count == 0 and d.get("renamed") else "content differs"
    counted = [count_words(count, "change")] if count or not changes else []
    if len(changes) > count:
        counted.append(f"{count_words(len(changes) - count, 'paragraph')} reworded")
    return f"{d['edition']}: {what}: {section_label(d['section'])}{renamed}, {', '.join(counted)}{topics}{unsure}"


def reworded_lines(product: dict[str, Any]) -> list[str]:
    """'≃ zh-Hant.2021-03-30: reworded (same content): 概述 (L10), 2 paragraph(s)' per section a re-translation only re-worded."""
    out = []
    for d in product.get("reworded", []):
        title = " (heading)" if d.get("title_reworded") else ""
        out.append(
            f"≃ {d['edition']}: reworded (same content, other words): {section_label(d['section'])}{title}, {count_words(len(d['changes']), 'paragraph')}"
        )
    return out


def sentence_line(d: dict[str, Any]) -> str:
    """'zh-Hans.2026-02-27 lacks a sentence of en.2026-02-27 in 蓝牙权限 (L40): 「We do not scan…」 (lacks: scan, a negation)'."""
    unsure = f" (unsure, confidence {d['confidence']:.2f})" if d["confidence"] < SURE else ""
    lacking = d["base"] if d["only_in"] == d["edition"] else d["edition"]
    where = section_label(d["section"] if d["only_in"] == d["base"] else d.get("other"))
    if "counterpart" in d:  # paired, but a name of it is nowhere in the other edition
        return (
            f"{lacking} lacks part of a sentence of {d['only_in']} in {where}, L{d['line']}: 「{visible(d['text'])}」"
            f" (paired with 「{visible(d['counterpart'])}」; nowhere in the other edition: {', '.join(d['lacks'])}){unsure}"
        )
    # no section on the lacking side: its whole edition was read (an edition without headings, u36c `compare.flat`)
    scope = "edition" if d["section"] is None or d.get("other") is None else "section"
    return (
        f"{lacking} lacks a sentence of {d['only_in']} in {where}, L{d['line']}: 「{visible(d['text'])}」"
        f" (nowhere in the other {scope}: {', '.join(d['lacks'])}){unsure}"
    )


def sentence_lines(product: dict[str, Any]) -> list[str]:
    """One line per sentence that one language has and the other lacks (English ↔ Chinese, `sentences[]`)."""
    return [sentence_line(d) for d in product.get("sentences", [])]


def _named(item: dict[str, Any]) -> str:
    """The names a rewrite brought in that the edition writes nowhere, each with the base's sentence (u55e, `named_lag`)."""
    names, kept = item.get("names") or [], item.get("kept") or []  # kept: what the base dropped and the edition still writes (u56e)
    return "".join(f"; {n['name']} written nowhere in it: 「{visible(n['sentence'])}」 (line {n['line']})" for n in names) + "".join(
        f"; {n['name']} no longer in the base, still in it: 「{visible(n['sentence'])}」 (line {n['line']})" for n in kept
    )


def lagging_lines(product: dict[str, Any]) -> list[str]:
    """One line per change a lagging edition lacks."""
    lines = []
    for lag in product["lagging"]:
        head = f"{lag['edition']}{' (at ' + lag['behind'] + ')' if lag.get('behind') else ''} lacks: "
        lines += [
            f"{head}{item['change']} {section_label(item['section'])} (base since {item['since']}){_named(item)}" for item in lag["lacks"]
        ]
        if lag.get("unwritten"):
            # the values the base brought in since that version that the edition writes nowhere (u36c)
            lines.append(
                f"{head}{', '.join(lag['unwritten']['values'])} (new in the base after {lag['unwritten']['since']}, written nowhere in it)"
            )
    return lines


def behind_lines(product: dict[str, Any]) -> list[str]:
    """One line per compared edition older than the base: the base version it was compared with instead.

    An edition older than the newest base is compared with the base version of its date (`compare.analyse._reference`),
    so its column in the matrices says nothing of the base's later changes: a Chinese edition of 2026-07-01 showed "="
    in every row under "base en.2026-07-02" (eval/editions35 vaporauth), and only a lag, when one is found, named the
    older version.  The analysis says which version that was (`compared_with`); a report written before that field
    has no such line.
    """
    base, references = product.get("base"), product.get("compared_with", {})
    unlisted = behind_unchecked(product)  # (u54e) "are listed as lagging" above no lagging line read as "it lacks none"
    out = []
    for edition_id in compared(product):
        reference = references.get(edition_id)
        if base and reference and reference != base:
            found = "no later change of the base could be told in it (across languages only facts and names are): check the base's steps below by hand"
            found = found if edition_id in unlisted else "the base's later changes it lacks are listed as lagging"
            out.append(f"{edition_id} compared with {reference} (the base version of its date), not with {base}: {found}")
    return out


def behind_unchecked(product: dict[str, Any]) -> list[str]:
    """Compared editions older than the base in another language (one language tells changes in words), with no lag."""
    base, refs, lagging = product.get("base"), product.get("compared_with", {}), {x["edition"] for x in product.get("lagging", [])}
    lang = {e["id"]: e["edition"].split("-")[0].lower() for e in product["editions"]}
    return [e for e in compared(product) if base and refs.get(e) not in (None, base) and e not in lagging and lang.get(e) != lang.get(base)]


def version_lines(product: dict[str, Any]) -> list[str]:
    """One line per step of each edition's timeline, after the versions newer than the base that were not compared with it."""
    out = []
    skipped = [i for i in product.get("newer_than_base", []) if i not in product.get("compared", [i])]
    if skipped:  # the matrices' columns are the versions compared; a reviewer must not read these as agreeing
        out.append(f"not compared with the base (newer than it): {', '.join(skipped)}")
    out += behind_lines(product)
    for timeline in product["versions"]:
        for step in timeline["steps"]:
            s = step["summary"]
            topics = f"; topics: {topic_words(step['topics'])}" if step["topics"] else ""
            if step.get("lost"):
                topics += "; lost: " + ", ".join(x["item"] + ("" if x["confidence"] >= SURE else "?") for x in step["lost"])
            # two versions of one date are told apart by their ids (zh-Hant.2021-03-30-v1.9)
            same_day = step["from"] is not None and step["from"] == step["to"]
            old = step["from_id"] if same_day or not step["from"] else step["from"]
            new = step["to_id"] if same_day or not step["to"] else step["to"]
            title = "; title changed" if s.get("title_changed") else ""  # a product rename (review, seventh session)
            out.append(
                f"{timeline['edition']} {old} → {new}: {s['added']} added, {s['removed']} removed, {s['modified']} modified{title}{topics}"
            )
    return out


# ---- markdown ---------------------------------------------------------------------------


# Backslash-escaped in Markdown text: a section title 「[點我](javascript:…)」 was a live link, 「`x`」 code, 「# 」 a heading.
_MD_ESCAPED = str.maketrans({c: "\\" + c for c in "\\`*_[]~#|{}!"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _md(text: str) -> str:
    """`text` as Markdown text that shows it as written (not inside a code span: see `code_span`)."""
    return visible(text).translate(_MD_ESCAPED)


def render_markdown(products: Iterable[dict[str, Any]], errors: list[dict[str, str]], out: TextIO) -> None:
    """A report for a pull request or a wiki page."""
    out.write(COMPARE_MARKDOWN_HEAD)
    for product in products:
        out.write(f"\n## {_md(product['product'])}\n\n" + (f"base: `{product['base']}`\n\n" if product["base"] else ""))
        editions, rows = section_matrix(product)
        if editions and rows:
            out.write("| section | " + " | ".join(f"`{e}`" for e in editions) + " |\n")
            out.write("|---|" + "---|" * len(editions) + "\n")
            for label, cells in rows:
                out.write(f"| {_md(label)} | " + " | ".join(cells) + " |\n")
            out.write(f"\n{LEGEND}\n")
        editions, frows = fact_matrix(product)
        if editions:
            out.write("\n| fact | " + " | ".join(f"`{e}`" for e in editions) + " |\n|---|" + "---|" * len(editions) + "\n")
            for label, cells in frows:
                out.write(f"| {label} | " + " | ".join(cells) + " |\n")
        editions, crows = coverage_matrix(product)
        if editions:
            out.write("\n| disclosure | " + " | ".join(f"`{e}`" for e in editions) + " |\n|---|" + "---|" * len(editions) + "\n")
            for label, cells in crows:
                out.write(f"| {_md(label)} | " + " | ".join(cells) + " |\n")
            out.write(f"\n{COVERAGE_LEGEND}\n")
        line = verdict(product)
        if line:
            out.write(f"\n{_md(line)}\n")
        if product["divergences"]:
            out.write("\n### Divergences\n\n")
            for d in product["divergences"]:
                out.write(f"- {_md(describe(d, product['base']))}\n")
        lines = sentence_lines(product)
        if lines:
            out.write("\n### Sentences in one language only\n\n" + "".join(f"- {_md(line)}\n" for line in lines))
        lines = reworded_lines(product)
        if lines:
            out.write("\n### Reworded (same content, not divergences)\n\n" + "".join(f"- {_md(line)}\n" for line in lines))
        lines = lost_lines(product)
        if lines:
            out.write("\n### Required disclosures lost\n\n" + "".join(f"- {_md(line)}\n" for line in lines))
        lines = lagging_lines(product)
        if lines:
            out.write("\n### Lagging editions\n\n" + "".join(f"- {_md(line)}\n" for line in lines))
        lines = version_lines(product)
        if lines:
            out.write("\n### Versions\n\n" + "".join(f"- {_md(line)}\n" for line in lines))
        if product["errors"]:
            out.write(
                "\n### Errors\n\n"
                + "".join(f"- {code_span(visible(e['path']), cell=False)}: {_md(e['error'])}\n" for e in product["errors"])
            )
    if errors:
        out.write("\n## Errors\n\n" + "".join(f"- {code_span(visible(e['path']), cell=False)}: {_md(e['error'])}\n" for e in errors))
