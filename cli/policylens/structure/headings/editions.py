"""Second-language editions in one document, and bilingual heading pairs.

The title of another language's edition (no parent of what follows it), a Markdown edition whose titles are bare
lines, and an English heading line with its Chinese line read as one heading (`_pair_bilingual`).
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.patterns import (
    HAN,
)
from policylens.structure.headings.values import heading_value
from policylens.structure.language import detect_language
from policylens.structure.memo import parse_number
from policylens.structure.shapes import (
    OPEN_WORDS,
    POLICY_WORD,
    Heading,
    heading_like,
    unemphasise,
)

_BILINGUAL_TITLE = lazy(rf"[{HAN}]{{2,12}}[ \u3000]+(?:[A-Z][A-Za-z'’-]*)(?:[ ](?:[A-Za-z][A-Za-z'’-]*)){{0,5}}")


def _bilingual_title(text: str) -> bool:
    """「信息收集 Information Collection」: a short Chinese title and its English translation in Title Case on one line."""
    m = _BILINGUAL_TITLE.fullmatch(fold(text).strip())
    if m is None:
        return False
    words = text.split()[1:]
    return all(w[:1].isupper() or w.lower() in OPEN_WORDS or len(w) <= 3 for w in words)


def _edition_title(blocks: list[Block], title_idx: int | None, block: Block) -> bool:
    """The title of a second-language edition (「# 私隱政策」 after 「# Privacy Policy」): not a parent of what follows.

    An explicit heading at the title's depth, naming a policy, in another language than the title.
    """
    if title_idx is None or blocks[title_idx].kind != "heading" or block.level != blocks[title_idx].level:
        return False
    if not POLICY_WORD.search(block.text) or parse_number(block.text) is not None:
        return False
    return detect_language(block.text) != detect_language(blocks[title_idx].text)


def _bare_edition(blocks: list[Block], title_idx: int | None) -> int | None:
    """Markdown: a bare line starting an edition in another language whose titles are bare lines too.

    「# 隐私政策」 and `##` sections, then 「Privacy Policy」 / 「Information we collect」 / text …
    without any `#`: the English edition's title names a policy in another language than the
    document's title, stands alone on its line after the explicit sections, and no explicit
    heading follows it.  From there on, bare lines are judged as in plain text.
    """
    if title_idx is None or blocks[title_idx].kind != "heading":
        return None
    title_lang = detect_language(blocks[title_idx].text)
    last_heading = max((i for i, b in enumerate(blocks) if b.kind == "heading"), default=-1)
    if last_heading <= title_idx:
        return None
    for i in range(last_heading + 1, len(blocks) - 1):
        block = blocks[i]
        if (
            block.kind == "paragraph"
            and len(block.pieces) == 1
            and POLICY_WORD.search(block.text)
            and len(fold(block.text).strip()) <= 20
            and (lang := detect_language(block.text)) is not None
            and lang != title_lang
            and heading_like(block.text, limit=30)
        ):
            return i
    return None


def _plain_edition_title(blocks: list[Block], title_idx: int | None, block: Block, title_language: dict[int, str | None]) -> bool:
    """Plain text: 「隐私政策」 after an English edition titled 「Privacy Policy」 starts the Chinese edition.

    A bare line naming a policy in another language than the plain-text title of the file.  `title_language` keeps the
    title's language for the document's next lines (a policy names itself in many of its titles; twenty-fifth session).
    """
    if title_idx is None or blocks[title_idx].kind == "heading" or not POLICY_WORD.search(block.text):
        return False
    lang = detect_language(block.text)
    if lang is None:
        return False
    if title_idx not in title_language:
        title_language[title_idx] = detect_language(blocks[title_idx].text)
    return lang != title_language[title_idx] and len(fold(block.text).strip()) <= 20


def _translates(above: Block, block: Block) -> bool:
    """An English line directly above a Chinese one (or the reverse): a heading and its translation, not its body."""
    return {detect_language(above.text), detect_language(block.text)} == {"en", "zh"}


_LATIN_NAME_WORD = lazy(r"[A-Za-z][A-Za-z0-9+.-]*[A-Za-z0-9+]")
# Latin words a Chinese heading keeps from its English line's vocabulary, not names (「关于 App」 / "About Us")
_COMMON_LATIN = frozenset(
    {"app", "apps", "sdk", "sdks", "id", "ios", "android", "web", "url", "ai", "ip", "api", "apis", "faq", "cookie", "cookies"}
    | {"email", "e-mail", "wifi", "wi-fi", "gps", "pc", "mac", "vip", "pro", "plus", "ok", "us", "eu", "uk", "usa"}
)


def _names_apart(first: str, second: str) -> bool:
    """Two heading lines that name different things in Latin letters: the Chinese line keeps a name the English line
    lacks, and they share no Latin word (「### Apple Vision」 straight above 「### 腾讯 Bugly 崩溃收集服务」: an empty
    heading of its own, not the next heading's translation; eval/editions27 zoracam, u28c)."""

    def latin(text: str) -> set[str]:
        return {w.lower() for w in _LATIN_NAME_WORD.findall(text)}

    def stems(words: set[str]) -> set[str]:
        return {w.removesuffix("s") for w in words}  # "SDKs" is "SDK"

    chinese, english = (first, second) if detect_language(first) == "zh" else (second, first)
    kept = {w for w in latin(chinese) if w not in _COMMON_LATIN and w.removesuffix("s") not in _COMMON_LATIN}
    return bool(kept) and not (stems(latin(chinese)) & stems(latin(english)))


def _pair_bilingual(blocks: list[Block], found: dict[int, Heading]) -> dict[int, int]:
    """An English heading line directly followed by its Chinese line (or the reverse) is one heading.

    Both lines are headings of the same kind (the same markup depth, the same numbering
    style and number, or both unmarked), one Latin-only and one Chinese.  The second is
    taken out of `found` and returned as partner → first.
    """
    partners: dict[int, int] = {}
    langs: dict[int, str | None] = {}  # a title's language, asked once: a line is compared with the lines on both sides

    def lang(k: int) -> str | None:
        if k not in langs:
            langs[k] = detect_language(found[k].title)
        return langs[k]

    order = sorted(found)
    for n, i in enumerate(order):
        j = i + 1
        if j not in found or i in partners or not _same_kind(blocks[i], found[i], blocks[j], found[j]):
            continue
        if {lang(i), lang(j)} == {"en", "zh"} and not _names_apart(found[i].title, found[j].title):
            if _opens_edition(found, order, n, partners, lang):
                continue
            partners[j] = i
    for j in partners:
        del found[j]
    return partners


# earlier unpaired headings of the first line's rank and language that make a run of one language (`_opens_edition`)
_EDITION_RUN_MIN = 2


def _opens_edition(
    found: dict[int, Heading], order: list[int], n: int, partners: dict[int, int], lang: Callable[[int], str | None]
) -> bool:
    """Does the second line of a would-be pair open the other language's edition rather than translate the first?

    「<h2>聯絡</h2>」 (its body only 「{email}」, empty as text) straight above 「<h2>Privacy Policy</h2>」, over six English
    「<h3>」 (forty-fourth session, u44d2: `eval/structure44c` scro-privacy-tsx, the English half became children of 聯絡).
    Both: the first line ends a run of headings of its rank none of which is paired, at least `_EDITION_RUN_MIN` of them
    in its language (a 「Cookie」 among them is a loan word), and the heading after the second line is of another rank and in the second line's language (the
    edition's own sections).  A document that pairs its titles all through pairs its earlier ones too."""
    i, j = order[n], order[n] + 1
    earlier = [k for k in order[:n] if found[k].key == found[i].key]
    if any(k in partners or k in partners.values() for k in earlier) or sum(lang(k) == lang(i) for k in earlier) < _EDITION_RUN_MIN:
        return False
    after = next((k for k in order[n + 1 :] if k > j), None)
    return after is not None and found[after].key != found[j].key and lang(after) == lang(j)


def _same_kind(a: Block, ha: Heading, b: Block, hb: Heading) -> bool:
    """Two headings written the same way: same depth, same number, or both unmarked.

    Also an explicit heading and a bold line directly below it that carries the same
    number (`## 2.1 Personal Information` above `**2.1 個人資料**`): the author marked
    the second language with bold instead of a second `##`.
    """
    if (ha.key[0] == "md") != (hb.key[0] == "md"):
        other, other_block = (hb, b) if ha.key[0] == "md" else (ha, a)
        bold = other_block.emphasised or unemphasise(other_block.text) != other_block.text
        same_number = (ha.number is None) == (hb.number is None) and heading_value(ha) == heading_value(hb)
        if ha.number is not None and hb.number is not None:
            same_number = same_number and ha.number.style == hb.number.style
        return bold and len(other_block.pieces) == 1 and other.key[0] in ("num", "bold") and same_number
    if ha.key[0] == "md" or hb.key[0] == "md":
        return ha.key == hb.key and (ha.number is None) == (hb.number is None) and heading_value(ha) == heading_value(hb)
    if ha.number is not None or hb.number is not None:
        return ha.key == hb.key and heading_value(ha) == heading_value(hb)
    return ha.key[0] == hb.key[0] and len(a.pieces) == len(b.pieces) == 1
