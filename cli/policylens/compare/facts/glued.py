"""Words run into a fact: a label glued to an e-mail address (「支援信箱nana@…」: `glued_label`, `unglue_emails`) and a
word glued to its neighbour (`glued_word`).
"""

from __future__ import annotations

from collections.abc import Collection

from policylens.compare.facts.controllers import Fact
from policylens.lazyre import lazy
from policylens.model import Document

# Labels a page runs into the address after them: <strong>Support email</strong><a>support@…</a> reads "emailsupport@…"
_EMAIL_LABELS = frozenset({"email", "e-mail", "mail", "mailto", "contact", "address"})


def glued_label(address: str, others: Collection[str]) -> bool:
    """Is `address` (lower case) a label run into another address of the same document: emailsupport@example.cn
    beside support@example.cn?  Then it is that address written once more, not an address of its own.  (Each label
    taken off the front and the rest looked up: a set of `others` answers in constant time.)"""
    return any(address.startswith(label) and address[len(label) :] in others for label in _EMAIL_LABELS)


# A word of prose run into an address by a page's markup: at least this many letters.
_MIN_GLUED_WORD = 4
_GLUE_WORD = lazy(r"(?<![A-Za-z0-9@._-])[a-z]+(?![A-Za-z0-9@])")


def _prose_words(doc: Document) -> set[str]:
    """The lower-case words `doc` writes on their own (not inside an address or a name)."""
    return {m.group(0) for section in doc.sections for p in section.paragraphs for m in _GLUE_WORD.finditer(p.text)}


def glued_word(address: str, others: list[str], words: set[str]) -> bool:
    """Is `address` (lower case) a word of the document's prose run into another address it writes?

    (u47e) A footer's last word and the e-mail link after it, in two inline elements with nothing between them
    (`<span>Official help and privacy information</span><a href="mailto:stark…">stark…</a>`), read as
    "informationstark.888889@gmail.com" beside the plain stark.888889@gmail.com of the contact section
    (eval/editions47 changscan): the same address written once more.  The word must be one the document writes on its
    own elsewhere, of four letters or more: jsmith@ beside smith@ are two people, and so is marysmith@."""
    for o in others:
        if address != o and address.endswith(o):
            prefix = address[: -len(o)]
            if len(prefix) >= _MIN_GLUED_WORD and prefix.isalpha() and prefix in words:
                return True
    return False


def unglue_emails(facts: list[Fact], other_facts: list[Fact]) -> list[Fact]:
    """`facts` with each e-mail that is a label run into an address of the other edition keyed as that address.

    One edition's page runs its label into the address ("Support emailnana@…", "Privacy contactnana@…") where the
    other edition's label is Chinese (支援信箱nana@…, which the extractor stops at): the same address, written once
    more, not an address of its own (twenty-sixth session, eval/editions26 savemate).  Within one document
    `document_facts` already drops a glued address whose plain form it also writes; this is the same rule across two
    editions of one product.
    """
    plain: dict[str, int] = {}  # each address of the other edition, by its first place (the first that fits wins)
    for f in other_facts:
        if f.kind == "email":
            plain.setdefault(f.key, len(plain))
    out: list[Fact] = []
    seen: set[str] = set()
    for f in facts:
        if f.kind == "email" and f.key not in plain:
            # the address with each label taken off its front (`glued_label`), looked up: not every address tried
            fits = [o for label in _EMAIL_LABELS if f.key.startswith(label) and (o := f.key[len(label) :]) in plain]
            if fits:
                f = f._replace(key=min(fits, key=plain.__getitem__))
        if f.kind == "email":
            if f.key in seen:
                continue
            seen.add(f.key)
        out.append(f)
    return out
