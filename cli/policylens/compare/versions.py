"""The policy's version number, a fact like its date: 「版本：1.2」 in one edition against "Version: 1.3" in another.

An edition a version behind often says so in its head line (eval/editions54 timer-lag TL1: the English and the
simplified Chinese 1.2 against the traditional Chinese 1.3; timer-old: the English 1.0 against the Chinese 1.3), which
`compare` read as nothing across languages: a number is no fact kind.  Read here, like a labelled date
(`structure.metadata`), only from a line of its own that labels it:

* the label at the line's start (list and emphasis marks allowed): "Version", "Policy version", "Privacy policy
  version", 版本, 版本号/版本號, 政策版本, 隐私政策版本; a colon or not; then the number, two to four parts (1.2,
  1.0.1, v2.4), and then the line's end, a parenthesis ("Version: 1.0 (first release)") or a separator — not a word:
  "Version 2.0 of the GPL" is another thing's version;
* (u55r) not another thing's version: none in a section on a changelog or on third parties (「更新记录」, "Version
  history", 「第三方SDK」), none after a name's label in its paragraph or the one before (「SDK名称：友盟<br>版本：9.4.2」,
  「产品名称：计时器\n版本：2.3.1」: the SDK's, the app's), none in a table's cell, none opening a changelog entry
  (「版本 1.1（2026-05-01）：新增…」);
* one value per document: an edition that states two versions (a history of its releases, eval/editions29 transpop's
  "Version 1.0.0 …", "Version 2.0.0 …") states none read.

The key drops trailing zero parts (1.0 = 1.0.0).  Compared only where both editions state one (`analyse`): an
edition without a version line is no evidence (most policies have none).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.model import Document, Paragraph

# bounded runs only between the label and the number: linear on a pumped line (docs/hostile-input.md)
_VERSION = lazy(
    r"(?<![A-Za-z_])(?:(?:(?:privacy[ \t]{1,3})?policy[ \t]{1,3})?version|(?:隐私|隱私)?(?:政策)?版本(?:号|號)?)"
    r"[*_]{0,4}[ \t]{0,3}[:：]?[*_ \t]{0,6}[vV]?(\d{1,3}(?:\.\d{1,3}){1,3})(?!\.?\d)",
    re.I,
)
# what may stand before the label on its line (a list's or an emphasis's marks) and right after the number
_LEAD_MARKS = " \t>*_#•-"
_AFTER = "(（|·,，;；。.*_"
# (u55r) a section whose versions are another thing's: a changelog, third parties' SDKs
# (a policy's own "Changes to this policy", 「本政策的更新」 may state its version: not excluded)
_OTHER_SECTION = lazy(r"历史|歷史|記錄|记录|紀錄|纪录|第三方|SDK|history|change[ -]?log|third", re.I)
# a name's label: the version after it is that thing's (「SDK名称：」, 「产品名称：」, "App name:")
_NAME_LABEL = lazy(r"(?:名称|名稱|名字|name)[*_ \t]{0,4}[:：]", re.I)
# a changelog entry opened by its version and date: 「版本 1.1（2026-05-01）：」
_ENTRY_HEAD = lazy(r"[ \t]{0,3}[(（][^()（）\n]{0,30}[)）][ \t]{0,3}[:：]")


def key(value: str) -> str:
    """The comparison key of a version: its parts without trailing zeros (1.0.0 → "1", 1.2.0 → "1.2")."""
    parts = [str(int(p)) for p in value.split(".")]
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return ".".join(parts)


def _own_line(paragraph: Paragraph, start: int, end: int) -> bool:
    """Does the label begin a line of the source and the number end it (or a parenthesis, a separator follow)?  A
    Markdown paragraph joins its lines with spaces ("Last updated: 2026-08-03 Version: 1.2 Canonical version: …"):
    where each piece stood in the source tells the lines apart."""
    text = paragraph.text
    k, begins = start, start == 0
    while not begins and k > 0:
        if text[k - 1] == "\n" or paragraph.position(k)[0] != paragraph.position(k - 1)[0]:
            begins = True
        elif text[k - 1] not in _LEAD_MARKS:
            break
        else:
            k -= 1
            begins = k == 0
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    ends = j == len(text) or text[j] == "\n" or text[j] in _AFTER or paragraph.position(j)[0] != paragraph.position(end - 1)[0]
    return begins and ends


def document_version(doc: Document) -> tuple[str, str, int] | None:
    """(key, value, section index) of the one version the document states on a line of its own; None when it states
    none, or two different ones."""
    found: dict[str, tuple[str, str, int]] = {}
    for index, section in enumerate(doc.sections):
        if section.title and _OTHER_SECTION.search(section.title):
            continue
        for j, paragraph in enumerate(section.paragraphs):
            if paragraph.kind == "table":
                continue  # (u55r) a table's cell (an SDK's 「版本：9.4.2」) is no line of the policy's own
            if j and _NAME_LABEL.search(section.paragraphs[j - 1].text):
                continue  # (u55r) a record's fields: 「SDK名称：…」 over 「版本：…」
            named = _NAME_LABEL.search(paragraph.text)  # searched once a paragraph: a version after it is that thing's
            for m in _VERSION.finditer(paragraph.text):
                if (named is not None and named.start() < m.start()) or _ENTRY_HEAD.match(paragraph.text, m.end()):
                    continue
                if _own_line(paragraph, m.start(), m.end()):
                    found.setdefault(key(m.group(1)), (key(m.group(1)), m.group(1), index))
    return next(iter(found.values())) if len(found) == 1 else None
