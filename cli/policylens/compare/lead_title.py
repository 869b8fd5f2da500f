"""A policy's title line read as a heading in one edition and as a plain line in another (u49w2, eval/editions49c).

A policy written in a `<pre>` (or as plain text) begins with its own title: 「Sushi Ben 隱私與資料蒐集政策」 over its
date, its notice and its introduction.  `parse` may read that line as a heading in one edition (a short Chinese line
that ends in 政策) and as the first words of a paragraph in another ("Sushi Ben Privacy & Data Collection Policy Last
Updated: August 3, 2026 …", the English), so the title's section is in one edition only: a sure `section-missing` and
a sure `section-count` 15 → 14 where the three editions have the same title, date, notice and introduction.

`title_gap` tells such a gap: the first titled section of its edition, unnumbered, whose title names the policy (a
privacy / data policy, notice or statement: 隱私政策, 个人信息保护声明, "Privacy Notice"), against an edition whose text
before its first heading holds a paragraph that *begins* with such a title, with the Latin names of the gap's title
(Sushi Ben), and enough text from there on to hold the gap's body.  Its entry is reported unsure, not dropped: a
reviewer may still look.  A title section whose body the other edition lacks (a short lead against a long one), or a
lead whose title names no policy, stays sure.
"""

from __future__ import annotations

from policylens import lazyre
from policylens.compare import sentences as sentlib
from policylens.compare.align import Profile
from policylens.model import Document
from policylens.patterns import HAN, SENTENCE_MARKS

_HAN = lazyre.compile(f"[{HAN}]")

# A title that names the policy: what it is about, then what kind of document it is (within one title's length).
_POLICY_TITLE = lazyre.compile(
    rf"(?:隐私|隱私|私隱|个人信息|個人信息|個人資料|個人資訊|个人资料|数据|數據|資料)[^{SENTENCE_MARKS}]{{0,16}}?"
    r"(?:政策|声明|聲明|条款|條款|协议|協議|指引|须知|須知|守则|守則|规则|規則|通知|告知书|告知書)"
    r"|(?i:\b(?:privacy|data|personal information)\b[^.;!?]{0,40}?\b(?:policy|notice|statement|terms|charter)\b)"
)
# A heading this long or longer is a section's title, not the policy's
_MAX_TITLE = 80
# A paragraph begins with the policy's title when the title's words come within this many characters of its start
_TITLE_START = 40
# The other edition's lead after the title holds at least this share of the gap's body (characters): an English text
# runs to about three times its Chinese (Chinese gap, English lead: as long at least), a Chinese text to a third of its
# English (English gap, Chinese lead: a fifth at least); in one language, half
_SHARE_ZH_EN = 1.0
_SHARE_EN_ZH = 0.2
_SHARE_SAME = 0.5


def _share(gap_title: str, lead_text: str) -> float:
    gap_zh, lead_zh = bool(_HAN.search(gap_title)), bool(_HAN.search(lead_text))
    if gap_zh == lead_zh:
        return _SHARE_SAME
    return _SHARE_ZH_EN if gap_zh else _SHARE_EN_ZH


def names_policy(text: str) -> bool:
    """Does `text` (a heading or a line) name a privacy / data policy, notice or statement?"""
    return bool(_POLICY_TITLE.search(text))


def _title_end(text: str, title: str) -> int | None:
    """Where a policy's title ends that `text` begins with, naming what `title` names in Latin letters (Sushi Ben: the
    Chinese side's names found in the other side); None when `text` begins with no such title."""
    m = _POLICY_TITLE.search(text[: _TITLE_START + _MAX_TITLE])
    if m is None or m.start() > _TITLE_START:
        return None
    head = text[: m.end()]
    chinese, latin = (title, head) if _HAN.search(title) else (head, title)
    return m.end() if all(name.lower() in latin.lower() for name in sentlib.latin_names(chinese)) else None


def title_gap(gap_doc: Document, index: int, other_doc: Document) -> bool:
    """Is `gap_doc.sections[index]`, a section `other_doc` lacks, the policy's title line that `other_doc` writes as the
    first words of a paragraph before its first heading (module docstring)?"""
    sections = gap_doc.sections
    gap = sections[index]
    if gap.title is None or gap.number is not None or len(gap.title) >= _MAX_TITLE or not names_policy(gap.title):
        return False
    if any(s.title is not None for s in sections[:index]):
        return False  # not the first heading: a section of the policy, not its title
    first_titled = next((k for k, s in enumerate(other_doc.sections) if s.title is not None), len(other_doc.sections))
    lead = [p.text for s in other_doc.sections[:first_titled] for p in s.paragraphs]
    found = next(((k, end) for k, text in enumerate(lead) if (end := _title_end(text, gap.title)) is not None), None)
    if found is None:
        return False
    k, end = found
    body = sum(len(p.text) for p in gap.paragraphs)
    rest = len(lead[k]) - end + sum(len(t) for t in lead[k + 1 :])
    return rest >= _share(gap.title, lead[k]) * body


def title_index(gap_doc: Document, other_doc: Document) -> int | None:
    """The index of `gap_doc`'s first titled section when it is the policy's title that `other_doc` writes as a plain
    line (`title_gap`) and `other_doc`'s own first heading names no policy (two title headings pair), else None."""
    first = next((k for k, s in enumerate(gap_doc.sections) if s.title is not None), None)
    if first is None or not title_gap(gap_doc, first, other_doc):
        return None
    theirs = next((s for s in other_doc.sections if s.title is not None), None)
    if theirs is not None and theirs.number is None and names_policy(theirs.title or ""):
        return None
    return first


def without(profiles: list[Profile], index: int | None) -> list[Profile]:
    """`profiles` without the section at `index` (None: all of them), their places among the titled sections again."""
    if index is None:
        return profiles
    kept = [p for p in profiles if p.index != index]
    return [p._replace(position=rank / max(1, len(kept) - 1)) for rank, p in enumerate(kept)]
