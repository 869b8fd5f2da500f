"""Simplified forms that are also Traditional characters, by the word around them: 「登入后」 in a Traditional text.

OpenCC's character map counts a character as Simplified only when it is never a Traditional one, so 后 (後's Simplified
form, and the Traditional character of 皇后, 王后, 后土) is never reported: a Hong Kong page's 「登入后」 passed
(u47k, eval/precision46 customercity-hk-java L35, a miss noted at its blind run).  Here the word decides: 后 is a
Simplified leak when it forms, with the character before or after it (that character read as Simplified), one of
OpenCC's two-character phrases whose Traditional form writes 後 (之后→之後, 然后→然後, 后续→後續), or when a word that sequences an action follows it
(「登入后即可使用」, 「確認后再提交」, 「登入后，…」: 即, 再, 才, 就, 便, 方, a comma); a phrase whose Traditional form keeps 后 (皇后, 后土,
后冠), or no phrase and no such word (a name, a queen), is left alone.  So is a name whose Latin twin says Queen
(「Fresh Queen 鮮后有關收集」, 「鮮后 (Queen) 手機」: u52p2, eval/blind/round52d freshqueen-hk-txt, where 后有 and 后手 read as
後有 and 後手), and that same two-character name wherever else the document writes it (`queen_names`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from policylens.opencc_data import read_dictionary

# the shared characters judged by their word, each with the Traditional character its Simplified use stands for
_SHARED = {"后": "後"}
# (u53p, eval/blind/round52e youpai) shared characters a converter leaves in a Traditional text beside the Simplified-only
# ones it also missed (「本政策适用于」, 「關于」, 「明确」, 「确保」): judged by their word (OpenCC's phrases) only, and asked only
# of a document whose Simplified-only characters already show the leak (`ScriptMixed._converter_leaks`): 于 is a
# surname and 适, 确 rare characters of their own in a Traditional text
CONVERTER_SHARED = {"适": "適", "于": "於", "确": "確"}
# (u54k, eval/precision54 garbi-tw-tsx: 采用, 采取, 委托 beside the error 联) 采 and 托, Traditional characters of their own
# (精采, 風采, 神采, 托兒, 摩托, 烘托: OpenCC's phrases keep them) and the Simplified forms of 採 and 託 (采用→採用, 采取→採取,
# 委托→委託): judged by their word, and asked only of a Traditional text where a Simplified-only character is an error
# already (the paste shows); 托管 (hosting) and 托運 are left, written so by Hong Kong and Taiwan pages with no other leak
# (網站托管, 托管與數據庫 in six clean documents of eval/, 托運服務 in a Taiwan shop's terms: the sweep in docs/rules)
PASTED_SHARED = {"采": "採", "托": "託"}
_KEPT_AFTER = frozenset("管運运")
# after a shared character: a word that sequences an action, or the comma closing the clause it ends (「登入后即可」,
# 「登入后，idToken會…」 — no phrase of OpenCC's holds 入后)
_SEQUENCE_AFTER = frozenset("即再才就便方，")
# before 后: the titles of a queen OpenCC's phrases miss (國后, 視后, 棋后, 拳后, 毒后, 賭后, 魔后); its phrases name the rest
_TITLES = frozenset("國国視视棋拳毒賭赌魔")
# after 后: a place-name suffix. Taiwan's place names keep 后 (臺中市后里區, 甲后路, 后庄里, 后厝, 后寮), and OpenCC's 后路
# (後路, a way of retreat) would call the road in an address a leak (lead47: 「臺中市后里區甲后路一段100號」 was an error)
_PLACE_AFTER = frozenset("路街巷弄段里村庄莊厝寮鄉鎮區区")


@cache
def _phrases(shared: tuple[tuple[str, str], ...] = tuple(_SHARED.items())) -> dict[str, bool]:
    """Two-character Simplified phrases holding a shared character → whether their Traditional form replaces it."""
    chars = dict(shared)
    out: dict[str, bool] = {}
    for key, values in read_dictionary("STPhrases.txt").items():
        if len(key) != 2 or not any(c in chars for c in key):
            continue
        value = values[0]
        if len(value) == 2:
            out[key] = any(k in chars and v == chars[k] for k, v in zip(key, value, strict=True))
    return out


@cache
def _to_simplified() -> dict[str, str]:
    """Traditional character → its Simplified form (OpenCC's first choice)."""
    return {k: v[0] for k, v in read_dictionary("TSCharacters.txt").items() if len(k) == 1 and len(v[0]) == 1}


# the Latin word a queen's name is twinned with (「Fresh Queen 鮮后」): it and its Han twin are one name
_QUEEN = ("queen", "empress")
# what may stand between a name and its Latin twin: spaces and the brackets or quotes around one of them
_TWIN_GAP = " \t\u3000(（「『\"'“”‘’)）」』-–·・"


def _twinned(text: str, i: int) -> bool:
    """Whether the 后 at `i` ends a two-character name written beside Queen (「Queen 鮮后」, 「鮮后(Queen)」); never one of
    OpenCC's phrases that write 後 (「Drama Queen 之后」 is 之後, and would excuse every 之后 of the document: review u52r)."""
    if i > 0 and _phrases().get(_to_simplified().get(text[i - 1], text[i - 1]) + text[i]) is True:
        return False
    before = text[max(0, i - 12) : i - 1].rstrip(_TWIN_GAP).lower()
    after = text[i + 1 : i + 12].lstrip(_TWIN_GAP).lower()
    return before.endswith(_QUEEN) or after.startswith(_QUEEN)


def _neighbour_verdicts(text: str, i: int, phrases: dict[str, bool], simple: dict[str, str]) -> list[bool | None]:
    """What OpenCC's two-character phrases say of `text[i]` with the character before it and with the one after it (each
    neighbour read in its Simplified form): True, the phrase writes it in its Traditional form; False, it keeps it; None,
    no such phrase."""
    c, verdicts = text[i], []
    if i > 0:
        verdicts.append(phrases.get(simple.get(text[i - 1], text[i - 1]) + c))
    if i + 1 < len(text):
        verdicts.append(phrases.get(c + simple.get(text[i + 1], text[i + 1])))
    return verdicts


def converter_leaks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, Traditional form) of each of `CONVERTER_SHARED` in `text` that one of OpenCC's two-character phrases, with
    the character before or after it, writes with its Traditional form (适用→適用, 關于→關於, 明确→明確), and none keeps."""
    return _phrase_leaks(text, CONVERTER_SHARED)


def pasted_leaks(text: str) -> Iterator[tuple[int, str]]:
    """(u54k) The same for `PASTED_SHARED` (采用→採用, 委托→委託), never 托 before 管 or 運 (托管, 托運)."""
    return (
        (i, traditional)
        for i, traditional in _phrase_leaks(text, PASTED_SHARED)
        if not (text[i] == "托" and i + 1 < len(text) and text[i + 1] in _KEPT_AFTER)
    )


def _phrase_leaks(text: str, shared: dict[str, str]) -> Iterator[tuple[int, str]]:
    """(offset, Traditional form) of each of `shared` in `text` that OpenCC's phrases write with its Traditional form."""
    if not any(c in text for c in shared):
        return
    phrases, simple = _phrases(tuple(shared.items())), _to_simplified()
    for i, c in enumerate(text):
        if c not in shared:
            continue
        verdicts = _neighbour_verdicts(text, i, phrases, simple)
        if True in verdicts and False not in verdicts:
            yield i, shared[c]


def queen_names(text: str) -> frozenset[str]:
    """The two-character names ending in 后 that `text` twins with Queen somewhere (「Fresh Queen 鮮后」 → 鮮后)."""
    if "后" not in text:
        return frozenset()
    return frozenset(
        text[i - 1 : i + 1] for i, c in enumerate(text) if c == "后" and i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and _twinned(text, i)
    )


def shared_leaks(text: str, names: frozenset[str] = frozenset()) -> Iterator[tuple[int, str]]:
    """(offset, Traditional form) of each shared character of `text` that its word shows to be a Simplified leak;
    `names` are two-character names ending in 后 the document twins with Queen (`queen_names`), never a leak."""
    if not any(c in text for c in _SHARED):
        return
    phrases, simple = _phrases(), _to_simplified()
    for i, c in enumerate(text):
        if c not in _SHARED:
            continue
        verdicts = _neighbour_verdicts(text, i, phrases, simple)
        sequenced = (
            i > 0
            and i + 1 < len(text)
            and text[i + 1] in _SEQUENCE_AFTER
            and "\u4e00" <= text[i - 1] <= "\u9fff"
            and text[i - 1] not in _TITLES
        )
        if i + 1 < len(text) and text[i + 1] in _PLACE_AFTER:
            continue
        if i > 0 and (text[i - 1 : i + 1] in names or _twinned(text, i)):
            continue  # (u52p2) 「Fresh Queen 鮮后有關收集」: a queen's name, not 後
        if (True in verdicts or sequenced) and False not in verdicts:
            yield i, _SHARED[c]
