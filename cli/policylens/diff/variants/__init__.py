"""The cross-script comparison key: the same text in Traditional or Simplified characters,
with Taiwan, Hong Kong or mainland wording, gets the same key.

Two steps, both applied to *both* sides (so the key is symmetric and no phrase table
ever rewrites one side's words, as OpenCC `tw2sp` did with 核心→内核 or 程序→进程):

1. **Characters.**  Each character is folded to one representative: OpenCC's
   Traditional → Simplified first choice (TSCharacters), after undoing the Taiwan and
   Hong Kong variant forms (TWVariantsRev, HKVariantsRev).  Where OpenCC's own
   Simplified → Traditional data chooses a character that does not fold back (了解 →
   瞭解, 回复 → 回覆, 借由 → 藉由), the two are folded together too.  The fold keeps the
   length, one character for one character.
2. **Regional words.**  Every word of a group of regional equivalents (软件/软体,
   默认/预设/缺省, 网络/网路, 私隐/隐私, 电邮/电子邮件…) is replaced by the group's
   representative.  The groups are the reviewed table
   `data/lexicons/regional/diff-variants.tsv`, derived from OpenCC's TWPhrases and
   TWPhrasesRev, policylens' own reviewed regional lexicons (`_LEXICONS`, minus
   `_LEXICON_EXCLUDE`), plus Hong Kong and Taiwan wording that OpenCC does not convert
   (`_EXTRA`) and a few reviewed single characters, the conjunctions 和/與/及, 或, 并, and 若, 仅/只, 已 (`_SINGLE`);
   `python -m policylens.diff.variants` rebuilds it (see `derive_table`).

Public entry point: `cross_script_key(text)`; where both sides' scripts are known, `same_across_scripts(old,
new, scripts)` also tries the one-way readings of `READINGS` (a mainland word that the other script writes two ways).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from itertools import combinations

from policylens import lazyre, lexicon
from policylens.diff.variants.derivation import _EXCLUDE as _EXCLUDE
from policylens.diff.variants.derivation import _LEXICON_EXCLUDE as _LEXICON_EXCLUDE
from policylens.diff.variants.derivation import _LEXICONS as _LEXICONS
from policylens.diff.variants.derivation import OPENCC_MISREADINGS as OPENCC_MISREADINGS
from policylens.diff.variants.derivation import TABLE as TABLE
from policylens.diff.variants.derivation import derive_table as derive_table
from policylens.diff.variants.derivation import main as main
from policylens.diff.variants.wording import _EXTRA as _EXTRA
from policylens.diff.variants.wording import _SINGLE as _SINGLE
from policylens.patterns import chinese_number
from policylens.script import fold_characters

# A word of the table that holds another word of the table (隐私政策 holds 隐私) also
# stands for its spellings with that inner word swapped for a member of its group
# (私隐政策, and from 隐私权政策 the Hong Kong 私隐权政策): the key must not depend on
# which member of an inner group a compound was written with.  Each word yields at most
# this many such spellings (函数语言程式设计 has three inner groups; none reaches 20).
MAX_COMPOUND_SPELLINGS = 64


# Words kept whole (each mapped to itself) so that a regional word does not match across their edge: 「其他適當機制」 is
# 適當 + 機制, not 適 + 當機 (Taiwan's crash, keyed 宕机: eval/pairs51d it-xscript read 适当的机制 / 適當機制 as a change).
_SHIELDS = ("适当", "相当", "妥当", "恰当", "正当", "不当", "充当", "担当", "应当")


@cache
def _words() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Folded regional word → one folded representative of its group (union of all rows,
    closed over compounds: `MAX_COMPOUND_SPELLINGS`)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b:
            # the smaller representative wins, so the result does not depend on row order
            parent[max(a, b)] = min(a, b)

    for word, values in lexicon.mapping(TABLE).items():
        for value in values:
            union(fold_characters(word), fold_characters(value))
    _close_compounds(parent, find, union)
    # Representatives stay in the table (mapped to themselves) so that the longest match
    # wins: 演算法 must not be read as 演 + 算法.
    table = {w: find(w) for w in list(parent)}
    for word in _SHIELDS:
        table.setdefault(fold_characters(word), fold_characters(word))
    if not table:
        return None, table
    # compiled once per installation (`lazyre.compile`): the alternation of some 1,500 words
    # took 40–60 ms to compile on every cross-script run
    return lazyre.compile("|".join(re.escape(k) for k in sorted(table, key=lambda w: (-len(w), w)))), table


def _close_compounds(parent: dict[str, str], find: Callable[[str], str], union: Callable[[str, str], None]) -> None:
    """Add every spelling of a compound with an inner word swapped for a member of its
    group, in the compound's group (`MAX_COMPOUND_SPELLINGS`).  A spelling that is
    already a word of another group is left alone: the table decides there."""
    words = set(parent)
    group = {w: find(w) for w in words}  # the table's own groups, before any compound joins
    members: dict[str, list[str]] = {}
    for w in sorted(words):
        members.setdefault(group[w], []).append(w)
    # A group one of whose words holds another (尼日/尼日尔, SQL注入/SQL注入攻击) is an
    # affix, not a word to swap: 尼日利亚 is not 尼日尔利亚.
    affixes = {g for g, ws in members.items() if any(a != b and a in b for a in ws for b in ws)}

    swappable = {w for w in words if group[w] not in affixes}
    lengths = sorted({len(w) for w in swappable})

    def inners(w: str) -> list[tuple[int, int]]:
        """(start, end) of each word of a swappable group inside `w`, `w` itself excepted."""
        return [(a, a + n) for n in lengths if n < len(w) for a in range(len(w) - n + 1) if w[a : a + n] in swappable]

    for word in sorted(w for w in words if len(w) > 2 and inners(w)):
        spellings = [word]
        seen = {word}
        k = 0
        while k < len(spellings) and len(seen) < MAX_COMPOUND_SPELLINGS:
            w = spellings[k]
            k += 1
            for a, b in inners(w):
                for other in members[group[w[a:b]]]:
                    spelling = w[:a] + other + w[b:]
                    if spelling in seen or len(seen) >= MAX_COMPOUND_SPELLINGS:
                        continue
                    seen.add(spelling)
                    if spelling not in words:
                        spellings.append(spelling)
                        union(spelling, word)


# An article, clause or chapter number written in Chinese numerals (第四条, 第六十五条) or in
# digits (第 4 條, 第 65 條): one translator writes one, another the other, and both cite the
# same article.  The key writes the digits (the text is folded first: 條/項/節 are 条/项/节), read by
# `policylens.patterns.chinese_number` (one reading of a numeral for the whole tool).
# Only 第…条/款/项/章/节/部分/点/篇 is read: a bare 四 or 十 in running text is left alone.
_ARTICLE_NUMBER = re.compile(r"(?<=第)([零〇一二两三四五六七八九十百]{1,6})(?=[条款项章节部点篇])")


def _article_digits(match: re.Match[str]) -> str:
    value = chinese_number(match.group(1))
    return match.group(1) if value is None else str(value)


@cache
def _cached_key(text: str) -> str:
    folded = _ARTICLE_NUMBER.sub(_article_digits, fold_characters(text))
    pattern, table = _words()
    return pattern.sub(lambda m: table[m.group(0)], folded) if pattern else folded


# Texts longer than this are keyed without the cache: a whole joined block would evict the
# paragraph and token keys that are looked up again and again.
CACHE_MAX_CHARS = 4096

# ...but in a small cache of their own: `compare` keys one long paragraph or joined block a hundred
# times over (section keys, moves, facts, titles), and each keying runs the word table over the
# whole text (a 1 MB paragraph of no punctuation took 22 s of CPU in `compare`, u33h). A few
# entries hold the texts in use; an evicted one is keyed again, never wrongly.
_LONG_CACHE_SIZE = 4
_long_keys: OrderedDict[str, str] = OrderedDict()
_long_lock = threading.Lock()


def cross_script_key(text: str) -> str:
    """The comparison key of `text` across scripts and regions (module docstring)."""
    if len(text) <= CACHE_MAX_CHARS:
        return _cached_key(text)
    with _long_lock:
        key = _long_keys.get(text)
        if key is not None:
            _long_keys.move_to_end(text)
            return key
    key = _cached_key.__wrapped__(text)
    with _long_lock:
        _long_keys[text] = key
        while len(_long_keys) > _LONG_CACHE_SIZE:
            _long_keys.popitem(last=False)
    return key


# One-way readings (forty-third session, u43d).  The table above is symmetric: a word and its group key the same on both
# sides, so it can join two words only when each stands for the other everywhere.  Some words do so in one direction only:
# the mainland 图像 (an image) is what a Taiwan edition writes 圖片 (`eval/pairs42c` hg-script: 浏览器内图像工具 /
# 瀏覽器內圖片工具), but the Taiwan (Apple) 圖像 is also an icon (`eval/pairs14dev` barbar: 菜单栏图标 / 選單列圖像), and 图片 is
# a photo among `content`'s data items: grouped, every 圖像 became a photo (tried in the forty-second session: five
# reworded paragraphs of barbar became changes, one heading a false rename).  A reading is therefore tied to the script
# its word is written in: (script of the side, the word as that side writes it, what the other script may write for it).
# It is tried only where two texts are compared with their scripts known (`same_across_scripts`), never in the key
# itself, which stays one string a text for the ~20 callers that do not know the script.
READINGS: tuple[tuple[str, str, str, str], ...] = (
    ("hans", "图像", "图片", "mainland 图像 (an image) is Taiwan's 圖片; Taiwan's 圖像 may be an icon, so not the reverse"),
    ("hans", "约束", "规范", "mainland 受…约束 (bound by) is Taiwan's 受…規範; 规范 is also a norm, so not the reverse"),
    ("hans", "标识", "识别", "mainland 标识(符) (an identifier) is Taiwan's 識別(符/資訊); Taiwan's 標識 is a sign or mark"),
    ("hans", "历史", "记录", "mainland 浏览/阅读历史 (a history kept by an app) is Taiwan's 瀏覽/閱讀紀錄; 歷史 is also history"),
    # (forty-eighth session, u48d, `eval/pairs48` buwan-xscript: 支援信箱 / 支持邮箱 was a change)
    ("hans", "邮箱", "信箱", "mainland 邮箱 (an e-mail box) is Taiwan's 信箱 (支援信箱); a mainland 信箱 may be a P.O. box"),
    # (fiftieth session, u50x2, `eval/pairs50` nightjar-xs: 辅助功能或输入监控权限 / 輔助使用或輸入監控權限 was a change)
    (
        "hans",
        "辅助功能",
        "辅助使用",
        "mainland 辅助功能 (Apple's Accessibility) is Taiwan's 輔助使用; 辅助功能 may be any auxiliary feature",
    ),
    # (fifty-second session, u52x, `eval/pairs52` buttsnap-xscript: `- 通讯录` / `- 聯絡人` was an item deleted and one inserted)
    ("hans", "通讯录", "联络人", "mainland 通讯录 (the address book) is Taiwan's 聯絡人; Taiwan's 聯絡人 may be a contact person"),
)


def script_readings(text: str, script: str | None) -> tuple[str, ...]:
    """The cross-script keys `text` may have as written in `script` (hans or hant): `cross_script_key(text)` first, then
    one key per combination of the one-way readings of that script (`READINGS`) whose words the text holds, every
    occurrence of a read word read so: a heading 「图像与浏览历史」 is 「圖片與瀏覽紀錄」 only with both words read at once (r43)."""
    words = [(word, other) for side, word, other, _ in READINGS if side == script and word in text]
    keys = [cross_script_key(text)]
    for size in range(1, len(words) + 1):
        for chosen in combinations(words, size):
            read = text
            for word, other in chosen:
                read = read.replace(word, other)
            key = cross_script_key(read)
            if key not in keys:
                keys.append(key)
    return tuple(keys)


def same_across_scripts(old: str, new: str, scripts: tuple[str | None, str | None]) -> bool:
    """Do `old` (written in `scripts[0]`) and `new` (in `scripts[1]`) read the same across scripts: the same
    `cross_script_key`, or a one-way reading of one side's words (`READINGS`) gives the other side's key.  Two sides of
    one script have no one-way reading between them (only the symmetric key)."""
    a, b = script_readings(old, scripts[0]), script_readings(new, scripts[1])
    if a[0] == b[0]:
        return True
    if scripts[0] == scripts[1]:
        return False
    return b[0] in a or a[0] in b


def read_one_way(old: str, new: str, scripts: tuple[str | None, str | None]) -> tuple[str, str]:
    """`old` (written in `scripts[0]`) and `new` (in `scripts[1]`) with each one-way reading (`READINGS`) applied on
    the side written in its script, where the other side writes what the reading gives and not the word itself: the
    texts `compare`'s evidence keys, so that it weighs a change as `diff` shows it (a mainland 图像 against a Taiwan 圖片
    is no replaced word beside 父母 → 父母及監護人, r43).  Two sides of one script are returned as they are."""
    if scripts[0] == scripts[1]:
        return old, new
    texts = [old, new]
    keys = [cross_script_key(old), cross_script_key(new)]
    for side, word, other, _ in READINGS:
        for i in (0, 1):
            if scripts[i] == side and word in texts[i]:
                there = keys[1 - i]
                if cross_script_key(other) in there and cross_script_key(word) not in there:
                    texts[i] = texts[i].replace(word, other)
    return texts[0], texts[1]
