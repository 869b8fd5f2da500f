"""Evidence that a `section-content` entry between two editions is a divergence, not a translator's wording.

Two editions of one policy in other scripts or regions (zh-Hans / zh-Hant / zh-HK) differ in words wherever a
localisation re-worded a sentence: 批注 / 註解, 应用 / App, 不投放广告 / 不刊登廣告, a heading turned round
(向第三方提供 / 提供給第三方).  `diff` folds the variants it knows and marks as *reworded* the paragraphs whose
content it can show to be the same; what it cannot show is not thereby a change of meaning.  A reviewer who
meets one sure-but-false entry stops trusting the column, so across editions an entry is **sure** only when one
of its changes (neither a variant nor reworded) shows:

- **a fact** that one side of the change has and the other lacks: a number with its unit (30 天 → 45 天; not the
  rhetoric of 「100% 安全」), a date, an e-mail address, a URL, a party (…有限公司), a Latin name swapped for
  another (a product, an SDK: Google → Umeng; not 「App」 for 应用 nor a term a translator kept in English), or a
  value where the other edition keeps its template's placeholder (运营主体：王亚博 / 營運主體：[營運主體]);
- **a clause**: a paragraph of one edition only with a sentence of its own, or a paragraph whose one side is
  the other's sentences and one sentence more (本应用不面向 13 岁以下儿童。若你是未成年人，请在监护人指导下使用。);
- **an insertion**: a paragraph that differs from the other only by words added or dropped (none replaced, or beside
  a clause added only words of two letters swapped: 采集 / 擷取), among them a word of meaning
  (`diff.content.added_meaning_words`: 父母 → 父母及監護人; not 会 or 满, which a translator adds freely: 在保存满 30
  天后会被自动删除 / 儲存 30 天後自動刪除) or a name (an SDK added to a list: Google、Firebase → Google、Firebase、Umeng).

A deletion next to an insertion of nearly the same letters (a line turned round, which `diff` could not pair:
`paraphrase_pairs`) is weighed as one line written otherwise, on its facts and sentences; a deletion next to an
insertion in the other language (a paragraph one edition left in English: `languages_apart`) on its facts only.

Otherwise the entry is reported unsure.  Between independent translations (most sections differ), where
translators add and drop words freely, only the facts and clauses count, and a fact only when the other edition
holds it nowhere (`facts.one_sided_fact`, a line of one edition only, counts as well).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from policylens import lazyre
from policylens.compare import facts as factlib
from policylens.diff import content as contentlib
from policylens.diff.content import NOT_LETTER, SENTENCE_END
from policylens.diff.tail import copyright_line
from policylens.diff.variants import cross_script_key, read_one_way
from policylens.model import Document
from policylens.patterns import HAN

# Latin words a localisation writes for a Chinese word (应用 / App, 网页 / Web, 網址 / URL): no name, no fact.
GENERIC_LATIN = frozenset({"app", "application", "web", "online", "email", "e-mail", "mail", "url", "ok"})
# 「任何系统都无法保证 100% 安全」 / 「無法保證絕對安全」: rhetoric, not a commitment.
RHETORICAL_NUMBERS = frozenset({("100", "percent")})
# a sentence of its own: this many letters at least (a heading's 「你可：」 is none)
MIN_CLAUSE_LETTERS = 8
# a replacement of at most this many letters a side is a word the localisation swapped (采集 / 擷取), not a change
MAX_SWAPPED = 2
# a deletion next to an insertion with this share of its letters among the other's, the longer at most this many
# times as long: one line paraphrased, which `diff` could not pair (`paraphrase_pairs`)
PARAPHRASE_SHARE = 0.8
PARAPHRASE_LENGTH = 2.0
# a template's placeholder left unfilled: [營運主體], [Legal Entity], ＿＿＿; not a Markdown link's text, a footnote [1],
# nor 【…】, which Chinese policies use for emphasis (【特别提示】, 【20210330】)
_PLACEHOLDER = lazyre.compile(r"[\[［][^\]］\d\n。，,.:：]{1,24}[\]］](?![(:])|＿{2,}|_{3,}")
_LATIN_WORD = lazyre.compile(r"[A-Za-z]{2,}")


def inner_capital(word: str, *, before_two: bool = True, acronyms: bool = False, after_hyphen: bool = True) -> bool:
    """Is `word` written with a capital inside it: after a small letter (SwiftData, iCloud), or before two small letters
    (PDFKit, OAuth; not with `before_two=False`, `absent`)?  Not an acronym (OCR, PDFs, URLs) nor a capitalised word
    (Finder): the names a translation keeps in Latin letters (`absent`, `named_lag`).  With `acronyms`, any capital
    after the first letter (API, PDFs too: `sentences._latin_names`), and with `after_hyphen=False` not one right after a
    hyphen (Sign-In: a title-case compound, u46e)."""
    if acronyms:
        return any(c.isupper() and (after_hyphen or word[k] != "-") for k, c in enumerate(word[1:]))
    after_small = any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
    return after_small or (
        before_two
        and any(
            a.isupper() and b.isupper() and c.islower() and d.islower()
            for a, b, c, d in zip(word, word[1:], word[2:], word[3:], strict=False)
        )
    )


def _dated(text: str) -> str:
    """`text` with every date written as one token, whatever its notation (2026年8月9日 = 2026-08-09)."""
    return factlib.replace_dates(text, lambda iso: f" d{iso.replace('-', '')} ")


# A URL's path that runs into Chinese words: the line after it joined without a space (a `<pre>` policy's
# 「https://www.sushiben.com/en/privacy」 + 「如翻譯版本與英文版本…」: eval/editions49c sushiben-verbs, u49w2).
_GLUED_PATH = lazyre.compile(f"^((?:[A-Za-z][A-Za-z0-9+.-]*://)?[^/:]+/[\\x21-\\x7e]*?)[{HAN}]")


def _unglued_url(url: str) -> str:
    """`url` without the Chinese words a joined line ran into its path (a host in Chinese letters is kept)."""
    m = _GLUED_PATH.match(url)
    return m.group(1) if m else url


def hard_facts(text: str) -> Counter[str]:
    """The facts of one paragraph that a translator does not change (module docstring), as keys with their counts."""
    dated = _dated(text)
    found = contentlib.content(dated)
    keys: Counter[str] = Counter()
    keys.update(f"number:{n}:{u}" for n, u in found.numbers if (n, u) not in RHETORICAL_NUMBERS)
    keys.update(f"email:{e}" for e in found.emails)
    keys.update(f"url:{factlib.without_file_locale(_unglued_url(u))}" for u in found.urls)
    keys.update(f"latin:{w}" for w in found.latin if w not in GENERIC_LATIN)
    keys.update(k for k in factlib.line_facts(text) if k.startswith("party:"))
    keys["placeholder"] = len(_PLACEHOLDER.findall(text))
    return +keys


def _sentences(text: str) -> list[str]:
    """The sentences of `text` on the cross-script key, letters only."""
    return [s for s in (NOT_LETTER.sub("", p) for p in SENTENCE_END.split(cross_script_key(text))) if s]


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def extra_sentence(old: str, new: str) -> bool:
    """Is one side the other's sentences, in order, and at least one sentence more of its own?"""
    a, b = _sentences(old), _sentences(new)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or len(short) == len(long):
        return False
    rest = iter(long)
    extra: list[str] = []
    for sentence in short:
        for candidate in rest:
            if candidate == sentence:
                break
            extra.append(candidate)
        else:
            return False  # a sentence of the shorter side is not in the longer one
    extra.extend(rest)
    return any(_letters(s) >= MIN_CLAUSE_LETTERS for s in extra)


# The places an edition of a region calls its own (on the cross-script key): a Taiwan edition writes 財政部 for Taiwan's
# ministry and 台股 for its market, which a mainland edition names 台湾财政部 (u56e2, `_own_place`).
OWN_PLACES: dict[str, frozenset[str]] = {
    "tw": frozenset({"台湾"}),
    "hk": frozenset({"香港"}),
    "mo": frozenset({"澳门"}),
    "cn": frozenset({"中国大陆", "中国内地", "大陆", "内地"}),
}
# letters before an added place that make it a destination or a location (存储在台湾, 传输至台湾, 向台湾…, 美国及台湾): a
# place a practice reaches is told, never read as the region's own name
_LOCATIVE = frozenset("在于至到往向及和与或")


def _own_place(added: str, lacking: str, before: str, region: str | None) -> bool:
    """Is `added` (letters on the key) the place the edition lacking it calls its own (`OWN_PLACES` of `region`), a
    place that edition's paragraph `lacking` names itself, not after a locative letter nor another place (`before`: the
    letters before it on the key; 传输至美国、日本、台湾 is a list of destinations)?

    (u56e2, eval/editions56 quin.)  A mainland edition of a Taiwan app names Taiwan where the Taiwan edition, written for
    its own readers, leaves it understood: 「連接財政部電子發票整合服務平台」 / 「连接台湾财政部电子发票整合服务平台」, in a paragraph
    both editions set in 台灣地區.  The same institution, one regional wording; a place added anywhere else (a
    destination, a location, a list of countries, or a paragraph that does not name the place) still counts."""
    if region is None or added not in OWN_PLACES.get(region, ()):
        return False
    if added not in lacking or before[-1:] in _LOCATIVE:
        return False
    return not any(before.endswith(place) for place in contentlib.place_words())


def inserted_meaning(old: str, new: str, regions: tuple[str | None, str | None] = (None, None)) -> bool:
    """Do the two texts differ only by words added or dropped (none replaced, or words of two letters at most swapped
    beside a clause of `MIN_CLAUSE_LETTERS` added), a word of meaning among them?  `regions`: the regions of the
    editions of `old` and `new`, where known (an edition's own place added by the other is no word: `_own_place`)."""
    if max(len(old), len(new)) > contentlib.MAX_CHARS:
        return False
    a, b = (NOT_LETTER.sub("", cross_script_key(t)) for t in (old, new))
    if not a or not b or a == b:
        return False
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return False
    if any(op[0] == "replace" for op in ops):
        # a word or two swapped by the localisation (采集 / 擷取, 到 / 至) beside a clause added: only the clause counts
        # (「…不會將音訊上傳或傳輸至任何伺服器，僅在本地處理，不會同步或備份」: eval/editions27 zoracam, 1.1)
        if any(op[0] == "replace" and max(i2 - i1, j2 - j1) > MAX_SWAPPED for op, i1, i2, j1, j2 in ops):
            return False
        ops = [op for op in ops if op[0] != "replace" and (op[2] - op[1] if op[0] == "delete" else op[4] - op[3]) >= MIN_CLAUSE_LETTERS]
        if not ops:
            return False
    meaning = contentlib.added_meaning_words()
    words = {id(side): [m.span() for m in meaning.finditer(side)] for side in (a, b)}
    for change in ops:
        op, i1, i2, j1, j2 = change
        side, start, end = (a, i1, i2) if op == "delete" else (b, j1, j2)
        if doubled(side, start, end):
            continue  # a fragment pasted twice (「如有任何隱私相關問如有任何隐私相关问题」): no word added
        lacking, region = (b, regions[1]) if op == "delete" else (a, regions[0])
        if _own_place(side[start:end], lacking, side[max(0, start - 8) : start], region):
            continue  # the region's own name, which its edition leaves understood (连接台湾财政部 / 連接財政部)
        # a word that overlaps the added span counts (監護人 in 父母及監護人有責任), and so does a name added to a list
        # (Google、Firebase → Google、Firebase、Umeng: an SDK in one edition only)
        added = [side[s:e] for s, e in words[id(side)] if _adds_word(s, e, start, end)]
        if added and not (set(added) <= _ONLY and _then_only(ops, a, b, change)):
            return True
        if any(w.lower() not in GENERIC_LATIN for w in _LATIN_WORD.findall(side[start:end])):
            return True
    return False


# "Only" written before the condition (仅在你选择填写时记录) where the other side writes it after (你選擇填寫時才會記錄):
# one restriction, two word orders; 仅 added with a 才 dropped is no word of meaning added (eval/editions30 savio, u50e).
_ONLY = frozenset({"仅"})
_THEN_ONLY = "才"


def _then_only(ops: Sequence[tuple[str, int, int, int, int]], a: str, b: str, change: tuple[str, int, int, int, int]) -> bool:
    """Does another change of the pair take a 才 away from the side `change` does not add to?"""
    adds_to_b = change[0] == "insert"
    for other in ops:
        if other is change:
            continue
        kind, i1, i2, j1, j2 = other
        if adds_to_b and kind == "delete" and _THEN_ONLY in a[i1:i2]:
            return True
        if not adds_to_b and kind == "insert" and _THEN_ONLY in b[j1:j2]:
            return True
    return False


def _adds_word(s: int, e: int, start: int, end: int) -> bool:
    """Does an added span [start, end) add the word at [s, e): all of it, or two of its letters or more?

    (u49w2, eval/editions49c sushiben.)  One letter that only lengthens or shortens a word the other side writes
    (以下情況 / 以下情况下, 儲存 / 云存档 keyed 保存 / 存档) is a translator's choice, not a word added: two machine
    translations of one English worded apart were sure.  A word of one letter added whole (不, 如) still counts."""
    inside = min(e, end) - max(s, start)
    return inside > 0 and (inside == e - s or inside >= 2)


def doubled(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, added to the other side, a copy of the letters beside it: a fragment pasted twice (a line
    begun, then pasted whole: 「如有任何隱私相關問如有任何隐私相关问题」), which adds no word?  Where `SequenceMatcher` puts
    the added span varies (ABAB may show B A added inside), so any repeat of its length that covers it counts."""
    n = end - start
    if n < MIN_DOUBLED:
        return False
    return any(text[k : k + n] == text[k + n : k + 2 * n] for k in range(max(0, start - n), start + 1))


# A repeated span shorter than this (「的的」, 「您您」) is a typo, weighed like any other word.
MIN_DOUBLED = 4


def _same_letters(a: str, b: str) -> bool:
    """Are nearly all the letters of the shorter text among the longer's (cross-script key), the longer at most
    `PARAPHRASE_LENGTH` times as long: one line said again in other words and order?"""
    x, y = (Counter(NOT_LETTER.sub("", cross_script_key(t))) for t in (a, b))
    short, long = (x, y) if x.total() <= y.total() else (y, x)
    n = short.total()
    return n >= MIN_CLAUSE_LETTERS and long.total() <= PARAPHRASE_LENGTH * n and (short & long).total() >= PARAPHRASE_SHARE * n


def paraphrase_pairs(changes: list[dict[str, Any]]) -> dict[int, int]:
    """Each deletion next to an insertion of the same letters (`_same_letters`), both ways: index → partner's index.

    (Twenty-third session, t23c.)  `diff` pairs two lines as one replaced line only when their texts are alike in
    order; a translator's line turned round (提供兩種訂閱方案：月付和年付 / 提供月度（按月付费）和年度（按年付费）两种订阅方案)
    comes out as a deletion and an insertion, each a sentence of one edition only, and was a sure clause.  Such a pair
    is weighed as one line written otherwise: sure only on a fact or a sentence more."""
    pairs: dict[int, int] = {}
    for k, (a, b) in enumerate(itertools.pairwise(changes)):
        if k in pairs or {a["op"], b["op"]} != {"delete", "insert"}:
            continue
        one, two = a.get("old_text") or a.get("new_text") or "", b.get("old_text") or b.get("new_text") or ""
        if _same_letters(one, two) or languages_apart(one, two):
            pairs[k], pairs[k + 1] = k + 1, k
    return pairs


_IDEOGRAPH = lazyre.compile(f"[{HAN}]")


def languages_apart(a: str, b: str) -> bool:
    """Is one text Chinese and the other English, a sentence each: a paragraph one edition left untranslated?

    (u48e, eval/editions48 qr.)  A machine-translated zh-CN that keeps the English of its Contact paragraph ("If you
    have questions … deleted after 1 month.") where the zh-TW has it in Chinese: `diff` shows a deletion and an
    insertion, each a sentence of one edition only.  Words in two languages cannot be compared letter by letter; such
    a pair is weighed on the facts a translation keeps (`facts.line_facts`: e-mails, URLs, phones, numbers of three
    digits or more, parties)."""
    chinese = [bool(_IDEOGRAPH.search(t)) for t in (a, b)]
    if chinese[0] == chinese[1]:
        return False
    english = b if chinese[0] else a
    return len(_LATIN_WORD.findall(english)) >= 4 and _letters(a) >= MIN_CLAUSE_LETTERS and _letters(b) >= MIN_CLAUSE_LETTERS


def _held(doc_text: str, key: str) -> bool:
    """Does the other edition hold `key` anywhere (its keyed text, letters only, lower case)?"""
    kind, _, value = key.partition(":")
    if kind == "number":
        return value.split(":")[0] in doc_text
    if kind in ("latin", "email", "url"):
        return NOT_LETTER.sub("", value.lower()) in doc_text
    if kind == "party":
        return value in doc_text
    return False


# (u40h) each edition's keyed text, made once: `is_sure` is asked for every `section-content` entry, and made the keys
# of both whole editions again each time (quadratic: 500 changed sections, 7.6 s; 2,000, 94 s).  The document is kept
# with its key, so that its `id` is not reused while the entry stands.
_DOCUMENT_KEYS: dict[int, tuple[Document, str]] = {}
_DOCUMENT_KEYS_MAX = 8


def _document_key(doc: Document) -> str:
    held = _DOCUMENT_KEYS.get(id(doc))
    if held is not None and held[0] is doc:
        return held[1]
    text = "\n".join(t for s in doc.sections for t in factlib.section_text(s))
    key = NOT_LETTER.sub("", cross_script_key(_dated(text)).lower())
    if len(_DOCUMENT_KEYS) >= _DOCUMENT_KEYS_MAX:
        del _DOCUMENT_KEYS[next(iter(_DOCUMENT_KEYS))]
    _DOCUMENT_KEYS[id(doc)] = (doc, key)
    return key


def _copyright_change(change: dict[str, Any]) -> bool:
    """Is every side the change has a copyright line (`diff.tail.copyright_line`)?"""
    sides = [t for t in (change.get("old_text"), change.get("new_text")) if t]
    return bool(sides) and all(copyright_line(t) for t in sides)


def is_sure(changes: list[dict[str, Any]], base: Document, other: Document, *, independent: bool) -> bool:
    """Is one of a `section-content` entry's changes evidence of a divergence (module docstring)?"""
    keyed: dict[bool, str] = {}
    scripts = (base.metadata.script, other.metadata.script)  # a change's old side is the base edition's
    regions = (base.metadata.region, other.metadata.region)

    def document(in_base: bool) -> str:
        if in_base not in keyed:
            keyed[in_base] = _document_key(base if in_base else other)
        return keyed[in_base]

    def one_sided(keys: Counter[str], in_base: bool, swap: bool) -> bool:
        """Do facts that one side of a change has and the other lacks count (`in_base`: the base edition lacks them)?

        A filled-in placeholder always counts (a translator does not fill a template).  A Latin word counts only where
        the change swaps one name for another (Google → Umeng) and the edition that lacks it names it nowhere: a
        translator writes 網址 for URL and 附加元件管理員 for Add-ons Manager (a name added to a list is an insertion)."""
        if not keys:
            return False
        if "placeholder" in keys:
            return True
        others = [k for k in keys if not k.startswith("latin:")]
        if not independent and others:
            return True
        names = [k for k in keys if k.startswith("latin:")] if swap else []
        return any(not _held(document(in_base), k) for k in (others if independent else []) + names)

    def replaced(old: str, new: str, *, words: bool = True) -> bool:
        """Is a line written otherwise (one side old, the other new) evidence: a fact, a sentence more, words of meaning
        added (`words`: not for a line turned round, whose words moved rather than came)?"""
        before, after = hard_facts(old), hard_facts(new)
        gained, lost = after - before, before - after  # gained: what the base edition (old side) lacks
        swap = any(k.startswith("latin:") for k in gained) and any(k.startswith("latin:") for k in lost)
        if one_sided(gained, True, swap) or one_sided(lost, False, swap):
            return True
        old, new = read_one_way(old, new, scripts)  # the words `diff` reads as one across scripts (图像 / 圖片)
        if extra_sentence(old, new):
            return True
        return words and not independent and inserted_meaning(old, new, regions)

    # a copyright line is page chrome: its year, its holder's template brackets and its wording are no divergence
    # (u51e, eval/editions51 megafactory: 「© [2025] [X]. 保留所有權利。」 / 「© [2025] X。版权所有。」)
    counted = [c for c in changes if not (c.get("variant") or c.get("reworded") or _copyright_change(c))]
    rewritten = paraphrase_pairs(counted)
    for k, change in enumerate(counted):
        old, new = change.get("old_text") or "", change.get("new_text") or ""
        if k in rewritten:
            partner = counted[rewritten[k]]
            if change["op"] != "delete":
                continue
            if languages_apart(old, partner.get("new_text") or ""):
                if factlib.line_facts(old) != factlib.line_facts(partner.get("new_text") or ""):
                    return True
                continue
            if replaced(old, partner.get("new_text") or "", words=False):
                return True
            continue
        if change["op"] in ("insert", "delete"):
            text = new or old
            if not independent and any(_letters(s) >= MIN_CLAUSE_LETTERS for s in _sentences(text)):
                return True
            continue
        if change["op"] == "replace" and replaced(old, new):
            return True
    return independent and factlib.one_sided_fact(changes, base, other)


def confidence(changes: list[dict[str, Any]], base: Document, other: Document, *, independent: bool, unsure: float) -> float:
    """1.0 when `is_sure`, else `unsure`."""
    return 1.0 if is_sure(changes, base, other, independent=independent) else unsure
