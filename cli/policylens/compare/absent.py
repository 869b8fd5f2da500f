"""Sections of one edition whose subject the other edition writes nowhere: a sure gap even where the outlines differ.

`compare.align` makes every gap unsure when most sections have no counterpart (GAP_SHARE): outlines that different
usually mean a translation cut into other sections, and a gap read there is a guess.  Not when the gap's title names a
subject of which the other edition says nothing at all, in any section: an English edition rewritten into eleven
sections against the three-section Chinese of the same morning has "Data Retention and Deletion", "Children's Privacy",
"Changes to This Policy" and "iCloud Sync", and neither Chinese edition names retention, children, a change of the
policy or iCloud anywhere (eval/editions50 frames-lag, u50e).  Such a gap is no section merged elsewhere under another
title: the words of its subject would be there.

Two tests, each on the whole other edition (titles, paragraphs, the page's chrome included: anything that names the
subject keeps the gap unsure):
- a topic of the shared model (`policylens.topics`) that the gap's title names, of SUBJECT_TOPICS (children, cookies:
  topics both languages name with words of their own); policy changes, security, retention and cross-border only when
  the other edition is Chinese, whose words for them the model holds more fully (the English model has no "keep" or
  "delete" for retention, no "safeguard" for security, no "modify" for a change of the policy);
- a name in Latin letters written with a capital after a small letter (iCloud, StoreKit, GitHub; no acronym) that the
  gap's title and body both write and the other edition never writes: a translation keeps such a name in Latin letters.
"""

from __future__ import annotations

import re

from policylens import topics
from policylens.compare.evidence import inner_capital
from policylens.lazyre import lazy
from policylens.model import Document, Section

# Topics whose words in both languages name the subject whenever it is written about (child/minor/parent, 儿童/未成年;
# Cookie).
SUBJECT_TOPICS = ("children", "cookies")
# ... and, against a Chinese edition only, topics whose Chinese words are many and whose English words are few: an
# English edition may keep data "until you delete it", "protect it with safeguards" or "modify this policy" in none of
# the model's words (retain, security, revised…).
CHINESE_ONLY_TOPICS = ("effective-date", "security", "retention", "cross-border")
# Words that write about a subject without being the model's words for it: read only for the subject's presence in
# the other edition (a broad reading keeps more gaps unsure).  A security sentence merged into another section may say
# 「採用合理的…保障措施來保護資訊」 with no 安全 (tests/test_u40c_compare.py, battleflow's constructed zh-Hant); a
# change of the policy 「本政策如有變更」 with no 修訂 or 更新.
_PRESENT = {
    "children": ("孩子", "小孩", "kid"),
    "effective-date": ("變更", "变更", "修改", "調整", "调整", "修正", "更改", "change", "modify", "amend"),
    "security": ("保護", "保护", "保障", "防範", "防范", "protect", "safeguard", "secure"),
    "retention": ("保存", "期限", "keep", "store"),
    "cross-border": ("國外", "国外", "外國", "外国", "abroad", "international"),
}
# The confidence of a gap found absent by its subject.
ABSENT_SURE = 0.8
# ... and of a set-aside chapter whose subject the other edition writes (`analyse._absent_subjects`).
MERGED_ELSEWHERE = 0.4

# A word of Latin letters only, with no digit beside it: a name read by `_names`.
_LETTER_WORD = lazy(r"(?<![A-Za-z0-9])[A-Za-z]++(?![A-Za-z0-9])")
_LATIN_WORD = lazy(r"[A-Za-z][A-Za-z0-9]*")


def _names(title: str) -> list[str]:
    """The names `title` writes with a capital after a small letter inside them (iCloud, StoreKit, GitHub, WeChat:
    `evidence.inner_capital`, not PDFKit), four letters or more.  Not an acronym: a Chinese edition may write GDPR, CCPA
    or APPI as a law's Chinese name (《通用数据保护条例》), and laws are facts of their own (eval/editions30 cutora's
    English "Japan — … (APPI)" would be read as absent)."""
    return [w for w in _LETTER_WORD.findall(title) if len(w) >= 4 and inner_capital(w, before_two=False)]


def _text(doc: Document) -> str:
    """The document's title and its sections' text as a reader sees them (`facts.section_text`: without invisible
    characters, so that 「兒\u200b童」 writes 兒童 and its subject is not read as absent; review u50r)."""
    from policylens.compare.facts import section_text

    parts = [doc.metadata.title or ""]
    for s in doc.sections:
        parts.extend(section_text(s) or [""])
    return "\n".join(parts)


def _writes(folded: str, word: str) -> bool:
    """Does the lower-cased text write `word`: a Latin word standing alone ("store", not StoreKit), Chinese anywhere?"""
    if word.isascii():
        return re.search(rf"(?<![a-z]){word}(?:s|d|ed|es|ing|ion)?(?![a-z])", folded) is not None
    return word in folded


class Other:
    """What one edition writes, read once for every gap of the edition set against it."""

    def __init__(self, doc: Document, chinese: bool) -> None:
        text = _text(doc)
        self.wanted = SUBJECT_TOPICS + (CHINESE_ONLY_TOPICS if chinese else ())
        self.topics = set(topics.words_in(text, self.wanted))
        folded = text.lower()
        self.topics |= {t for t in self.wanted if any(_writes(folded, w) for w in _PRESENT.get(t, ()))}
        self.words = {w.lower() for w in _LATIN_WORD.findall(text)}

    def writes_subject_of(self, gap: Section) -> bool:
        """Does the other edition write the subject `gap`'s title names (a topic read, or an iCloud-style name)?"""
        title = gap.title or ""
        if set(topics.words_in(title, self.wanted)) & self.topics:
            return True
        return any(name.lower() in self.words for name in _names(title))

    def lacks_subject_of(self, gap: Section) -> bool:
        """Does the other edition write nowhere the subject `gap`'s title names?"""
        title = gap.title or ""
        if not title.strip():
            return False
        named = set(topics.words_in(title, self.wanted))
        if named and not named & self.topics:
            return True
        body = " ".join(p.text for p in gap.paragraphs).lower()
        for name in _names(title):
            written = re.search(rf"(?<![a-z0-9]){re.escape(name.lower())}(?![a-z0-9])", body)
            if written and name.lower() not in self.words:
                return True
        return False
