"""Names and anchors one edition's sentence carries that the other edition's section lacks (`_lacked`): a name's tail,
a name glued to its neighbour, a party translated or kept in Latin letters, names the other edition never writes or
writes untranslated, and what one edition keeps that the other leaves unwritten; the confidence of a sure entry.
"""

from __future__ import annotations

import itertools
import re

from policylens import lazyre, topics
from policylens.compare import facts as factlib
from policylens.compare.evidence import inner_capital
from policylens.compare.sentences.latin import _WORD, _holds, _holds_latin, _is_chinese
from policylens.compare.sentences.lexicon import _EN_COMMON, _GENERIC_LATIN, KEPT_IN_LATIN, NAME_SUFFIXES
from policylens.compare.sentences.pieces import Sentence, _size, concepts
from policylens.compare.sentences.readings import Reading
from policylens.compare.sentences.sides import Lone, _Side
from policylens.diff.topics import topics_of
from policylens.diff.variants import cross_script_key
from policylens.model import Section
from policylens.patterns import HAN

# A sentence of one language only with an anchor (a fact, a name) the other section lacks: sure; with a concept
# only (a negation or a topic is never enough): sure too, but less (words are translated more freely than facts).
CONFIDENCE_ANCHOR = 0.9
CONFIDENCE_CONCEPT = 0.7


# A sentence needs this many letters (English) or Han characters (Chinese) to be reported.
MIN_EN_LETTERS = 20
MIN_ZH_CHARS = 8


def _lacked(unit: Sentence, other: _Side, other_doc: Reading, own: _Side | None = None) -> list[str]:
    """The anchors and concepts of a sentence that the other section lacks altogether (and, with them, its topics the
    other section lacks).  A name in Latin letters counts only when the other edition writes it so somewhere (else it
    translated it: Chinese-speaking / 华人, "Star Map" / 星图, and the section cannot be checked), and is no
    capitalised tail of a name the other section writes as often as `own`, the sentence's section (`_name_tail`)."""
    out = []
    for key in sorted(unit.anchors):
        if key in other.keys:
            continue
        kind = key.partition(":")[0]
        if kind == "latin":
            name = key.partition(":")[2]
            chinese = _is_chinese(other.text)
            written = (name in other_doc.latin and name not in other_doc.in_name_only) or name in KEPT_IN_LATIN
            if (
                not _holds(other.text, key)
                and (written or not chinese)
                and not _glued(name, other.text)
                and not (own is not None and _name_tail(name, unit, own, other))
            ):
                out.append(key)
        elif kind in ("number", "party"):
            if (
                not factlib.holds(set(other.keys), other.text, key)
                and not _translated_party(key, other, other_doc)
                and not _party_in_latin(key, other)
            ):
                out.append(key)
        elif kind == "email":
            # "Support emailnana@…" is 支援信箱nana@…: a label run into the address (`facts.unglue_emails`)
            value = key.partition(":")[2]
            theirs = [k.partition(":")[2] for k in other.keys if k.startswith("email:")]
            if not any(factlib.glued_label(value, [o]) or factlib.glued_label(o, [value]) for o in theirs):
                out.append(key)
        else:
            out.append(key)
    for concept in sorted(unit.concepts):
        # a negation helps the aligner but is no evidence alone: "excluding" / 不包括, "only" / 不…以外
        if concept != "not" and concept not in other.concepts:
            out.append(f"concept:{concept}")
    if out:  # a topic is too coarse to be evidence alone (查閱 reads as the right of access); it is shown with the rest
        out += [f"topic:{topic}" for topic in sorted(set(topics_of(unit.text)) - other.topics)]
    return out


def _name_tail(name: str, unit: Sentence, own: _Side, other: _Side) -> bool:
    """Is a Latin word the sentence holds only a capitalised common word written after a name the other section writes,
    the name's part one edition spells out and the other leaves to the bare name?  「请通过 GitHub Issues 联系」 /
    "contact us via GitHub" is one sentence (eval/editions55 dovecot, u55e2); so are Google Play Store / Google, App
    Store Connect / App Store.  Each time the sentence writes the word it follows the name (through other such words),
    one space apart, as a word of small letters after its capital; the other section holds the name as a name (an
    anchor: "Game" of 「Game Center」 is no name the English writes in "the game", eval/editions51 grid-lag); and the
    sentence's section names it in no more sentences than the other section does: a sentence more naming it
    (「我們也使用 Firebase Analytics（Google）…」 beside the English "These include Firebase (Google) …", eval/editions51
    grid-lag GL6) is a mention of its own, and its tail stays evidence.  A tail the bilingual lexicon or the topic model reads a subject in is a product of its own,
    whatever the sentence pair: Google Analytics (third-party SDKs), Google Ads, Apple Pay (`concepts`, `topics.words_in`)."""
    words = list(_WORD.finditer(unit.text))
    # heads[i]: the written name that word i follows through title-case words, else "" (one pass: a sentence of ten
    # thousand title-case words is walked once, not once a word)
    heads = [""]
    for before, word in itertools.pairwise(words):
        key = f"latin:{before.group(0).lower()}"
        tail = _title_word(word.group(0)) and unit.text[before.end() : word.start()] == " "
        heads.append("" if not tail else key if key in unit.anchors and key in other.keys else heads[-1])
    found: dict[str, bool] = {}  # each head once: is it named in no more sentences here than there?
    for word, key in zip(words, heads, strict=True):
        if word.group(0).lower() != name:
            continue
        if not key or (not found and (concepts(word.group(0)) or topics.words_in(word.group(0)))):
            return False
        if key not in found:
            found[key] = sum(1 for u in own.sentences if key in u.anchors) <= sum(1 for u in other.sentences if key in u.anchors)
        if not found[key]:
            return False
    return bool(found)


def _title_word(word: str) -> bool:
    """A word of letters with a capital and small letters after it (Issues, Store; not API, iCloud)."""
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _unwritten_paragraph(units: list[Sentence], other: _Side, other_doc: Reading) -> dict[int, list[str]]:
    """English sentences naming a name that their paragraph (two sentences or more) writes in two of them, with an
    inner capital or a digit (DeepSeek, OpenAI), which the Chinese edition writes nowhere: index → its `latin:` keys.

    Such a name alone is no evidence (`_lacked`: the Chinese edition may translate it, WeChat / 微信); the paragraph is
    one the translation lacks only when the alignment gives its sentences no counterpart of their own
    (`_merged_paragraph`)."""
    if not units or not _is_chinese(other.text) or any(_is_chinese(u.text) for u in units):
        return {}
    named: dict[int, set[str]] = {}
    for i, unit in enumerate(units):
        for word in _WORD.findall(unit.text):
            low = word.lower()
            key = f"latin:{low}"
            if not inner_capital(word, acronyms=True) and not any(c.isdigit() for c in word):
                continue
            if key in unit.anchors and low not in other_doc.latin and not _holds(other.text, key) and not _glued(low, other.text):
                named.setdefault(i, set()).add(key)
    out: dict[int, list[str]] = {}
    by_line: dict[int, list[int]] = {}  # (u55h) the sentences of each paragraph, gathered once
    for j, u in enumerate(units):
        by_line.setdefault(u.line, []).append(j)
    for i, keys in named.items():
        paragraph = by_line[units[i].line]
        twice = sorted(k for k in keys if sum(1 for j in paragraph if k in named.get(j, ())) >= 2)
        if len(paragraph) >= 2 and twice:
            out[i] = twice
    return out


def _glued(name: str, text: str) -> bool:
    """Is a Latin name words a page ran together, a common word before a word the other section holds or another
    common one?  Links side by side lose their spaces: "Privacy PolicyTerms of ServicekukuDev" reads `policyterms`
    and `servicekukudev` beside 「隐私政策服务条款kukuDev」 (eval/editions29 taptapbible).  Only a head of four letters
    or more is cut off: `usbank` is no glued "us".  A name of more than `_GLUED_MAX` letters is no run of link labels
    (review u29w: a token of 3,000 letters recursed past Python's limit and failed the product's comparison); the
    tails are tried once each (`_glued_tail`)."""
    return len(name) <= _GLUED_MAX and _glued_tail(name, text, {})


_GLUED_MAX = 60


def _glued_tail(name: str, text: str, seen: dict[str, bool]) -> bool:
    """`_glued` of `name`, each tail answered once (`seen`)."""
    if name in seen:
        return seen[name]
    seen[name] = False
    for cut in range(4, len(name) - 1):
        head, tail = name[:cut], name[cut:]
        if head not in _EN_COMMON and head not in _GENERIC_LATIN:
            continue
        if tail in _EN_COMMON or tail in _GENERIC_LATIN or _holds(text, f"latin:{tail}") or _glued_tail(tail, text, seen):
            seen[name] = True
            return True
    return False


def _translated_party(key: str, other: _Side, other_doc: Reading) -> bool:
    """Is a Latin party's absence from the other section no evidence?  The key is the letters before 'Inc.', a label
    run in ("Provider: NetEase, Inc." → `ovidernetease`): the other section holds it when it writes a name the key
    ends with (IPinfo Inc. → `ipinfo`), and a Chinese section cannot be checked for it when its edition writes no such
    name anywhere (網易公司 for NetEase), as for a Latin name in `_lacked` (eval/editions26 netpulse).  A name is one
    to three words in a row with a word of its own among them: "Tencent Cloud" is not "Alibaba Cloud", whose key
    merely ends with the shared word `cloud` (eval/editions27; before, any word of three letters that ended the key
    hid the party)."""
    kind, _, value = key.partition(":")
    if kind != "party" or not value.isascii():
        return False
    words = re.findall(r"[a-z0-9]+", other.text)
    if _ends_with_name(value, words) or _names_core(value, words):
        return True
    return _is_chinese(other.text) and not _names_core(value, [w for w in other_doc.latin if w.isalnum()])


def _party_in_latin(key: str, other: _Side) -> bool:
    """Is a Chinese party (華為技術有限公司) no evidence against an English section that names a party in Latin letters
    ("Huawei Technologies Co., Ltd.")?  The two cannot be compared without transliteration (eval/editions27 navicast's
    trademark notice, u53e2; as `_translated_party` for a Latin party against a Chinese section)."""
    kind, _, value = key.partition(":")
    return (
        kind == "party"
        and not value.isascii()
        and not _is_chinese(other.text)
        and any(k.startswith("party:") and k.partition(":")[2].isascii() for k in other.keys)
    )


def _ends_with_name(value: str, words: list[str]) -> bool:
    """Do one to three consecutive `words`, run together, end `value`, with a word among them that is no generic
    company word (`NAME_SUFFIXES`)?"""
    for end in range(len(words)):
        for start in range(end, max(-1, end - 3), -1):
            run = words[start : end + 1]
            joined = "".join(run)
            if len(joined) >= 3 and value.endswith(joined) and any(w not in NAME_SUFFIXES for w in run):
                return True
    return False


def _names_core(value: str, words: list[str]) -> bool:
    """Does one of `words` (no generic company word) end the key without its generic last words (`alibabacloud` →
    `alibaba`: 「Alibaba（新加坡）」 names Alibaba Cloud)?"""
    core = value
    # only words of four letters and more are cut: "matlab" keeps its "lab", "openai" its "ai"
    while (end := next((w for w in NAME_SUFFIXES if len(w) >= 4 and core.endswith(w) and len(core) - len(w) >= 3), None)) is not None:
        core = core[: -len(end)]
    return any(len(w) >= 3 and w not in NAME_SUFFIXES and core.endswith(w) for w in words)


def _unwritten_names(unit: Sentence, lacks: list[str], other_doc: Reading, counterpart: str = "") -> list[str]:
    """The Latin names of a Chinese sentence that the English edition writes nowhere (`lacks` already holds those its
    section lacks): a name kept in Latin letters in Chinese is kept in English too, so the edition that lacks it lacks
    what the sentence says (「設備識別碼（截斷的UDID雜湊值）」 / "device identifier (UUID)": eval/editions29 emuinotice).
    Hyphens and spaces aside (Wi-Fi = WiFi, RedHat = "Red Hat": corpora).  A name of two or three letters is no
    evidence: Chinese keeps acronyms that English spells out (VIP 会员 / "premium members", PC 端, LBS, OTA); nor is a
    plain word of an English gloss the English `counterpart` words otherwise (`_glossed_word`)."""
    if not _is_chinese(unit.text):
        return []
    written = {w.replace("-", "") for w in other_doc.latin} | other_doc.two_words
    out = []
    for key in lacks:
        kind, _, name = key.partition(":")
        flat = name.replace("-", "")
        if (
            kind == "latin"
            and len(flat) >= 4
            and flat not in written
            and flat.removesuffix("s") not in written
            and f"{flat}s" not in written
            and not _glossed_word(name, unit.text, counterpart)
        ):
            out.append(key)
    return out


# A translator's English gloss in brackets right after the Chinese phrase it renders: Latin words only, two or more
# (「零网络访问（No Network Access）」).
_GLOSS = lazyre.compile(rf"[{HAN}][（(]([A-Za-z][A-Za-z\-]*+(?: [A-Za-z][A-Za-z\-]*+)++)[）)]")


def _glossed_word(name: str, text: str, counterpart: str) -> bool:
    """Is `name` a plain word of an English gloss in `text` (a Chinese sentence) that its English counterpart words
    otherwise?  「沙箱处于零网络访问（No Network Access）状态」 / "operates under a zero network policy" (eval/pairs60e
    loki, u60e): the gloss renders the Chinese phrase before it, the counterpart writes another of its words
    (*network*), and *access* is a word of the gloss, no name the English edition left out.  Only a plain word (a
    capital and small letters, or small letters: not DeepSeek, iCloud, SDK, a digit) that the topic model and the
    bilingual lexicon read nothing in (Analytics, Sharing stay evidence), beside another word of four letters or more
    of the gloss, no common or generic one, that the counterpart writes: a name glossed 「数据库（Cloud Firestore）」
    keeps *Firestore* (*cloud* is a common word).  (u60h) Nor a capitalised word that opens the gloss, where a brand
    stands before what it names: 「零网络访问（Acme Network Access）」 keeps *Acme* (*access* is still a word of the gloss)."""
    if not counterpart or ("(" not in text and "（" not in text):
        return False
    theirs = {w.lower() for w in _WORD.findall(counterpart)}
    for m in _GLOSS.finditer(text):
        words = m.group(1).split(" ")
        lows = [w.lower() for w in words]
        if name not in lows:
            continue
        word = words[lows.index(name)]
        if not (_title_word(word) or (word.isalpha() and word.islower())) or topics.words_in(word) or concepts(word):
            continue
        if lows.index(name) == 0 and not word.islower():
            continue  # (u60h) a brand before what it names: Acme Network Access, Sentry Crash Reporting
        if any(o != name and len(o) >= 4 and o not in _EN_COMMON and o not in _GENERIC_LATIN and o in theirs for o in lows):
            return True
    return False


def _untranslated_names(unit: Sentence, counterpart: str, their_section: str, own_doc: Reading, other_doc: Reading) -> list[str]:
    """The names of an English sentence that the Chinese edition writes nowhere, when its Chinese counterpart (the
    sentences of its bead) keeps another name of the sentence in Latin letters: a widened list or table row
    ("self-hosted relay, Telegram Bot API, Feishu/Lark app bot, or webhook URL" against 「self-hosted relay、Telegram Bot
    API、webhook URL」, eval/editions43 legax-lag).

    `_lacked` never reads such a name (the edition may translate it); a name left in English beside it shows the
    translator keeps this sentence's names.  Not evidence: a name its edition writes in fewer than OFTEN paragraphs (a
    label written once, "Files, Mail, Messages", may be translated), a name of three letters or fewer (an acronym), a
    name whose usual Chinese name the counterpart's section writes (`NAME_TRANSLATIONS`), a word of the product's name
    (`Reading.in_name_only`: a translated title), a name in one run of capitalised words with a translated one
    ("Alibaba Cloud" = 「阿里云」), and a sentence whose counterpart keeps no other name of it."""
    if _is_chinese(unit.text) or not _is_chinese(their_section):
        return []
    names = sorted(k for k in unit.anchors if k.startswith("latin:"))
    theirs = cross_script_key(counterpart).lower()
    written = {w.replace("-", "") for w in other_doc.latin} | other_doc.two_words
    kept = [k for k in names if _holds(theirs, k)]
    if not kept:
        return []
    translated = {k.partition(":")[2] for k in names if _holds(their_section, k) and not _holds_latin(their_section, k)}
    runs = [{w.lower() for w in _WORD.findall(run)} for run in _CAPITAL_RUN.findall(unit.text)]
    phrases = [run for run in ({w.lower() for w in _WORD.findall(p)} for p in _CAPITAL_PHRASE.findall(unit.text)) if len(run) >= 2]
    kept_words = {k.partition(":")[2] for k in kept}
    out = []
    for key in names:
        name = key.partition(":")[2]
        flat = name.replace("-", "")
        if len(flat) < 4 or name not in own_doc.often or _written(name, written) or name in own_doc.in_name_only:
            continue
        if _first_word(unit.text, name):
            continue
        if _holds(their_section, key) or any(name in run and run & translated for run in runs):
            continue
        if any(name in run and not run & kept_words for run in phrases):
            continue  # one word of a phrase of capitals the counterpart writes none of ("Standard Contractual Clauses")
        if any(len(sibling) >= 4 and _listed_together(unit.text, name, sibling) for sibling in kept_words):
            out.append(key)
    return out


def _names_unwritten(units: list[Sentence], other_doc: Reading) -> bool:
    """Does an English sentence of `units` name, in four letters or more, what the other edition writes nowhere in
    Latin letters (a candidate of `_untranslated_names`)?"""
    written = {w.replace("-", "") for w in other_doc.latin} | other_doc.two_words
    return any(
        len(k) >= 10 and not _written(k[6:], written) for u in units if not _is_chinese(u.text) for k in u.anchors if k.startswith("latin:")
    )


def _first_word(text: str, name: str) -> bool:
    """Is `name` the first word of the sentence (of a list item: "❌ Cross-site identifiers, …"), where a capital says
    nothing of a name?"""
    first = _WORD.search(text)
    return first is not None and first.group(0).lower() == name


def _written(name: str, written: set[str] | frozenset[str]) -> bool:
    """Is a Latin name (lower case) among the words an edition writes, a hyphen, a space or a plural aside?"""
    flat = name.replace("-", "")
    return bool({flat, flat.removesuffix("s"), f"{flat}s"} & written)


def _listed_together(text: str, name: str, sibling: str) -> bool:
    """Are two names items of one list in `text`: after one another, apart by a list's separator (a comma, 、, a
    slash, "or", "and") and two words or fewer, no determiner ("Telegram chat, or Feishu/Lark chat")?  A name in another clause
    of the sentence ("…the data described in section 3 will … be processed in mainland China") is no item of it."""
    spots = {w: [m.span() for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(w)}(?![A-Za-z0-9])", text, re.I)] for w in (name, sibling)}
    for a_start, a_end in spots[name]:
        for b_start, b_end in spots[sibling]:
            gap = text[b_end:a_start] if b_end <= a_start else text[a_end:b_start]
            words = _WORD.findall(gap)
            if (
                len(gap) <= 40
                and not _CLAUSE_MARK.search(gap)
                and _LIST_SEPARATOR.search(gap)
                and len(words) <= 2
                and not _DETERMINERS.intersection(w.lower() for w in words)
            ):
                return True
    return False


# Between two items of one list: a separator, and no sentence or clause mark.
_LIST_SEPARATOR = lazyre.compile(r"[,/、，]|\b(?:or|and)\b")
_CLAUSE_MARK = lazyre.compile(r"[.;:!?|。；：！？]")
# A word of these between two names starts a phrase of its own ("a Google or Apple account, the Operator may…"): a
# capitalised word after it is a defined term, not an item of the list.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "your", "its", "their", "his", "her"})
# A phrase of capitalised words joined by spaces (a translated term: "Standard Contractual Clauses" = 标准合同条款).
_CAPITAL_PHRASE = lazyre.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]++(?: [A-Z][a-z]++)+")


# A run of capitalised words, one name ("Alibaba Cloud", "Google Play Services"), from a word's start.
_CAPITAL_RUN = lazyre.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*+(?:[ \t/]+[A-Z][A-Za-z0-9]*+)+")


def _kept(own: Section, other: Section, other_doc: Reading) -> frozenset[str]:
    """The Latin words the other edition writes when `own` is English and `other` Chinese: names an English list item
    may start with (`_latin_names`)."""
    chinese = [_is_chinese(" ".join(p.text for p in s.paragraphs) or s.title or "") for s in (own, other)]
    return frozenset(other_doc.latin) if chinese == [False, True] else frozenset()


# A Latin name a Chinese sentence keeps is evidence of its own from this many letters ("Azure", "Cloudflare"; not "IP").
KEPT_NAME_LETTERS = 4


def _kept_unwritten(
    alone: list[int], side: _Side, lacking: dict[tuple[bool, int], list[str]], in_base: bool, their_doc: Reading
) -> list[Lone]:
    """The lone Chinese sentences of a section pair that do not read as one another which name, in Latin letters, what the
    English edition writes nowhere: a processor or a product the Chinese edition added or replaced.

    (u49c, eval/editions49 buddy-lag) The zh-Hans's processor table names Microsoft Azure, Cloudflare and Better Stack
    where the English, a version behind, names Fly.io: with two rows added and one replaced the section's sentences
    no longer read as one another and nothing was reported.  A Chinese edition keeps a name in Latin letters as the
    English writes it; one the English writes nowhere (KEPT_NAME_LETTERS letters or more, not a word it writes in lower
    case) is not translated away, when the sentence shares no Latin word with the other section.  English sentences are
    left out: their names the Chinese may translate.
    """
    out = []
    for index in alone:
        unit = side.sentences[index]
        lacks = lacking.get((in_base, index), [])
        if (
            not _is_chinese(unit.text)
            or _size(unit.text) < MIN_ZH_CHARS
            or any(k.startswith("latin:") and k not in lacks for k in unit.anchors)
        ):
            # a sentence that shares a Latin word with the other section may have its counterpart there: "a role claimed
            # by a request header or body field" / 「不信任客户端 Header、Body 或消息中自行声明的角色」, which only adds
            # WebSocket (eval/editions38 pairnest)
            continue
        names = [
            k
            for k in lacking.get((in_base, index), [])
            if k.startswith("latin:")
            and len(k[6:]) >= KEPT_NAME_LETTERS
            and k[6:] not in their_doc.latin
            and k[6:] not in their_doc.two_words
        ]
        if names:
            out.append(Lone(in_base, unit, names, CONFIDENCE_ANCHOR))
    return out
