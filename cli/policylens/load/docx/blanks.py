"""Underlined blanks in a DOCX: the run of spaces Word underlines is the line a form leaves to write on.

A Word template draws its blanks by underlining spaces or tabs (「请发送邮件至[u]␣␣␣␣␣␣␣␣[/u]与我们联系」,
「联系电话：[u]⇥⇥⇥[/u]」): Word shows a line there, the text holds only whitespace, and the reader gave the rules
「请发送邮件至        与我们联系」 (the blank a gap in a sentence) or 「联系电话：」 (a trailing blank stripped away), so
the slot passed unreported (thirty-fifth session, u35r3).  Such a run is read as the line Word draws, one 「＿」 per
space and two per tab (a tab draws a wide line), which the placeholder rules know as a blank (「＿＿＿」).

Not a blank: spaces inside an underlined phrase (the runs on both sides underlined text: 「[u]重要[/u][u]␣[/u][u]条款[/u]」),
one underlined space alone, underline of the `words` kind (Word does not draw it under spaces), a link's runs, and
a paragraph holding nothing but such runs (a rule drawn across the page, or a line for a signature with no label).
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from policylens.load.docx.numbering import W

BLANK_MARK = "＿"
_WHITESPACE = " \t\u3000\u00a0"
_TEXT_TAGS = (f"{W}t",)
_TAB_TAGS = (f"{W}tab", f"{W}ptab")
# underline kinds that draw no line under a space
_NO_LINE = frozenset({"none", "words"})


def _underlined(run: ET.Element) -> bool:
    """Whether the run's own properties underline it (a kind that draws under spaces)."""
    line = run.find(f"{W}rPr/{W}u")
    return line is not None and (line.get(f"{W}val") or "single") not in _NO_LINE


def _own_text(run: ET.Element) -> str:
    """The run's text and tabs (its direct children only), as the reader reads them."""
    parts = []
    for child in run:
        if child.tag in _TEXT_TAGS:
            parts.append(child.text or "")
        elif child.tag in _TAB_TAGS:
            parts.append("\t")
    return "".join(parts)


def blank_runs(runs: list[ET.Element], links: set[int]) -> set[int]:
    """The ids of the runs of one paragraph (reading order) that are an underlined blank."""
    read = [(_underlined(run), _own_text(run)) for run in runs]
    if not any(text.strip(_WHITESPACE) for _, text in read):
        return set()  # nothing but whitespace: a rule across the page or an unlabelled line, not a slot in a sentence
    # the nearest run with text before and after each run, from one pass each way (a search from each run, through a
    # copy of the list, took 16 s for a 12 KB file of 40,000 underlined runs, review u35x)
    before_of: list[tuple[bool, str] | None] = []
    last: tuple[bool, str] | None = None
    for entry in read:
        before_of.append(last)
        last = entry if entry[1] else last
    after_of: list[tuple[bool, str] | None] = [None] * len(read)
    last = None
    for i in range(len(read) - 1, -1, -1):
        after_of[i] = last
        last = read[i] if read[i][1] else last
    blanks: set[int] = set()
    for i, (underlined, text) in enumerate(read):
        if not underlined or not text or text.strip(_WHITESPACE) or id(runs[i]) in links:
            continue
        if len(text) < 2 and "\t" not in text:
            continue  # one underlined space: a gap, not a line to write on
        before, after = before_of[i], after_of[i]
        if before and after and before[0] and after[0] and before[1].strip(_WHITESPACE) and after[1].strip(_WHITESPACE):
            continue  # 「[u]重要[/u][u]␣␣[/u][u]条款[/u]」: the spaces of an underlined phrase
        blanks.add(id(runs[i]))
    return blanks


def blank_text(text: str) -> str:
    """The line Word draws for an underlined piece of whitespace: one 「＿」 a space, two a tab."""
    return "".join(BLANK_MARK * 2 if char == "\t" else BLANK_MARK for char in text)
