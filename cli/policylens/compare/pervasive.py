"""A sentence one language lacks whose only evidence is a name the other edition writes throughout: unsure, not sure.

A `sentence-only` entry stands on what the whole other section lacks (`sentences._lacked`).  When all it lacks is a
name in Latin letters (topics aside) that the other edition writes in PERVASIVE sections or more — the platform, the
sync service, the product — the other edition has not left that name out: the sentence may still be said elsewhere, in
other words, and most often is.  Measured on the 209 groups of every eval/editions* and eval/dev21c, dev24c set (u55e,
three sections): four sure entries stand on such names alone, none of them true — eval/dev21c pilldaddy's "…across
multiple iOS devices…" (its zh-Hant intro says it; false), eval/editions54 timer-old 「使用者透過 Android 分享面板
選擇目的地。」 (said in the English §6: "hand it to the Android OS Share Sheet, where the user chooses the destination";
false), eval/editions39 whyspend 「通过 iCloud 时遵循 Apple CloudKit 的安全模型」 (iCloud in eight English sections;
false), eval/editions45 mindfulwork-lag "MindfulWork is designed with privacy first." (the zh-TW says it in a callout
before section 1; borderline).  A name the other edition writes in one or two sections (osmium's GitHub Releases API)
and any other evidence (a concept, an e-mail, a number) keep the entry sure; such an entry is unsure (0.3), kept for a
reviewer, not dropped.
"""

from __future__ import annotations

from policylens.compare import facts as factlib
from policylens.compare import sentences as sentlib
from policylens.diff.variants import cross_script_key
from policylens.model import Document

# Sections of the other edition a lacked name must be written in to be no evidence.
PERVASIVE = 3
# The confidence such an entry keeps (unsure: shown, never counted in the exit code).
UNSURE = 0.3


class Written:
    """Each section's text of one document, lower case on the cross-script key, read once."""

    def __init__(self, doc: Document) -> None:
        self.sections = [cross_script_key("\n".join([s.title or "", *factlib.section_text(s)])).lower() for s in doc.sections]
        self._counts: dict[str, int] = {}  # (u55h) sections writing each key, counted once a key
        self._index: dict[str, set[int]] | None = None  # each word of small letters → the sections writing it

    def _count(self, key: str) -> int:
        """How many sections write `key` (`sentences._holds`); a plain name looked up in the sections' words, read once
        (u55h: each lone sentence's name read every section again, quadratic on an edition of many sections)."""
        if key not in self._counts:
            value = key.partition(":")[2]
            base = sentlib.plain_word(value)
            if base is None or value in sentlib.NAME_TRANSLATIONS:
                self._counts[key] = sum(1 for text in self.sections if sentlib._holds(text, key))
            else:
                if self._index is None:
                    self._index = {}
                    for i, text in enumerate(self.sections):
                        for word in sentlib.latin_words(text):
                            self._index.setdefault(word, set()).add(i)
                index = self._index
                self._counts[key] = len(set().union(*(index.get(form, ()) for form in sentlib.word_forms(base))))
        return self._counts[key]

    def pervasive(self, lacks: list[str]) -> bool:
        """Are all the lacked keys (topics aside) names in Latin letters written in PERVASIVE sections or more?"""
        keys = [k for k in lacks if not k.startswith("topic:")]
        if not keys or any(not k.startswith("latin:") for k in keys):
            return False
        return all(self._count(k) >= PERVASIVE for k in keys)
