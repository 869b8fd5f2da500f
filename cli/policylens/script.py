"""Script (Traditional/Simplified) and region (tw/hk/cn) detection from OpenCC's data.

The character sets are derived from OpenCC's dictionary files by
`policylens.opencc_data` and stored in `data/opencc_sets.json`, so start-up reads one
small file instead of 8,000 dictionary lines; a test checks the stored file against
the installed OpenCC (`python -m policylens.opencc_data` rewrites it).  A character counts as Traditional-only when
OpenCC converts it to something else in Simplified and it never appears as a
Simplified form itself (and vice versa), so characters shared by both scripts
(目, 介, 件, 於…) are never counted.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path, PurePath

from policylens import lazyre
from policylens.lazyre import lazy
from policylens.patterns import HAN_CHAR

# Written by `python -m policylens.opencc_data`, read here at start-up.
DATA_FILE = Path(__file__).resolve().parent / "data" / "opencc_sets.json"


@cache
def _data() -> dict[str, list[str] | str]:
    import json

    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


@cache
def script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional-only characters, Simplified-only characters)."""
    data = _data()
    return frozenset(data["hant_only"]), frozenset(data["hans_only"])


@cache
def not_japanese() -> frozenset[str]:
    """(u57f2) Han characters a Japanese text does not write: the Simplified-only ones that are not Japanese forms too
    (个, 运, 们; not 国, 会, 数) and the Traditional forms Japanese replaced (國, 會, 數, 營, 隱: JPVariants), and 您."""
    data = _data()
    return (script_sets()[1] - frozenset(data["ja_forms"])) | frozenset(data["ja_replaced"]) | frozenset("您")


_ASTRAL = lazy("[\U00010000-\U0010ffff]")
_STRETCH = 1 << 16  # characters encoded at once by `has_astral`


def has_astral(text: str) -> bool:
    """Does `text` hold a character beyond the BMP (U+10000 and up)?  `_ASTRAL.search(text)`, in C.

    Such a character is two UTF-16 code units and every other one is one (a lone surrogate
    too, with `surrogatepass`), so the encoded length tells.  The class search tested each
    character in `re` instead: 4–9 times slower, and `check` asked three times per document
    (issue #11).  A stretch at a time, so that a long text is not held twice.
    """
    for start in range(0, len(text), _STRETCH):
        part = text[start : start + _STRETCH]
        if len(part.encode("utf-16-le", "surrogatepass")) != 2 * len(part):
            return True
    return False


@cache
def _script_chars(script: str) -> str:
    """The `script`-only characters, each once in code-point order: as stored (`opencc_data` sorts them; a test checks)."""
    chars = _data()["hant_only" if script == "hant" else "hans_only"]
    return chars if isinstance(chars, str) else "".join(sorted(set(chars)))


@cache
def _script_pattern(script: str, runs: bool, astral: bool) -> re.Pattern[str]:
    """One `script`-only character (or a run of them), for texts with or without astral characters.

    `re` compiles a class of BMP characters to a bitmap (about 3 ns per character
    scanned), but a class that also holds astral characters (CJK Extension B…) becomes
    a linear list of literals, 30× slower; so the complete pattern is compiled and used
    only for texts that contain astral characters at all.  The characters are taken in
    their stored order (no sort per process), and the compiled class comes from the
    pattern store (`lazyre`): about 0.3 ms per process.
    """
    chars = _script_chars(script)
    first_wide = _ASTRAL.search(chars)  # in code-point order, the astral characters come last
    cut = first_wide.start() if first_wide else len(chars)
    bmp, wide = chars[:cut], chars[cut:]
    if not astral or not wide:
        # `[x][x]*`, not `[x]+`: `re` gives a pattern its fast prefix scan only when it starts with a class
        return lazyre.compile(f"[{bmp}][{bmp}]*" if runs else f"[{bmp}]")
    one = f"(?:[{bmp}]|(?=[\U00010000-\U0010ffff])[{wide}])"
    return lazyre.compile(f"{one}+" if runs else one)


def script_pattern(script: str, text: str, *, runs: bool = False) -> re.Pattern[str]:
    """A regex for one `script`-only character (or a run with `runs`), the fastest one valid for `text`."""
    return _script_pattern(script, runs, has_astral(text))


def count_script(text: str) -> tuple[int, int]:
    """Count Traditional-only and Simplified-only characters in `text`."""
    astral = has_astral(text)
    return len(_script_pattern("hant", False, astral).findall(text)), len(_script_pattern("hans", False, astral).findall(text))


@cache
def _char_fold() -> dict[str, str]:
    """Character → representative: `diff.variants`' step 1 (its module docstring)."""
    from policylens.opencc_data import read_dictionary

    ts = {k: v[0] for k, v in read_dictionary("TSCharacters.txt").items() if len(k) == 1 and len(v[0]) == 1}
    undo: dict[str, str] = {}
    for name in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for k, v in read_dictionary(name).items():
            if len(k) == 1 and len(v[0]) == 1:
                undo.setdefault(k, v[0])
    fold: dict[str, str] = {}
    for c in {*ts, *undo}:
        base = undo.get(c, c)
        fold[c] = ts.get(base, base)

    def f(c: str) -> str:
        return fold.get(c, c)

    extra: dict[str, str] = {}
    # OpenCC's S→T first choice that does not fold back: fold the rare form into the common one.
    for s, values in read_dictionary("STCharacters.txt").items():
        if len(s) == 1 and len(values[0]) == 1 and f(values[0]) != f(s):
            extra[f(s)] = f(values[0])
    # Characters that OpenCC's phrases convert differently (了解 → 瞭解, 回复 → 回覆).
    for s, values in read_dictionary("STPhrases.txt").items():
        t = values[0]
        if len(s) != len(t):
            continue
        for a, b in zip(s, t, strict=True):
            if f(a) != f(b):
                if f(b) == b:
                    extra.setdefault(b, f(a))
                else:
                    extra.setdefault(f(a), f(b))
    for c in list(fold):
        fold[c] = extra.get(fold[c], fold[c])
    for c, to in extra.items():
        fold.setdefault(c, to)
    return fold


def fold_characters(text: str) -> str:
    """The cross-script key's step 1 alone (`diff.variants`): one representative per character (OpenCC's Traditional →
    Simplified first choice, Taiwan and Hong Kong variant forms undone); keeps the length.  Here, below `load`, so that a
    reader can tell two branches of a page for one text in the two scripts (`load.jsx.editions._script_twins`)."""
    table = _char_fold()
    return "".join(table.get(c, c) for c in text)


def _occurs(script: str, text: str) -> bool:
    """Does any `script`-only character occur in `text`?  One search of the compiled class.

    The class search runs at about 3 ns per character in C; the set test it replaced
    (`frozenset.isdisjoint(text)`) made a string object per CJK character, 0.47 ms for
    the 6,000 characters of a sample, once or twice per document.  Compiling the class
    from the pattern store costs about 0.3 ms once per process (README › Benchmarks).
    """
    return script_pattern(script, text).search(text) is not None


def detect_script(text: str) -> str | None:
    """'hant', 'hans', 'mixed', or None when no script-specific character occurs."""
    # The usual case, one script only, needs no count of every character: one search for
    # each script decides.  The Traditional class is searched only when a Simplified-only
    # character occurs or none of the first few hundred characters is Traditional-only, so
    # a Traditional text compiles one class, not two.
    if not _occurs("hans", text):
        hant_set = script_sets()[0]
        return "hant" if not hant_set.isdisjoint(text[:300]) or _occurs("hant", text) else None
    if not _occurs("hant", text):
        return "hans"
    t, s = count_script(text)
    if not t and not s:
        return None
    minority = min(t, s) / (t + s)
    if minority >= 0.1:
        return "mixed"
    return "hant" if t > s else "hans"


@cache
def regional_phrases() -> tuple[frozenset[str], frozenset[str]]:
    """(Taiwan phrases, mainland phrases written in Traditional) from TWPhrases.txt."""
    data = _data()
    return frozenset(data["taiwan_phrases"]), frozenset(data["mainland_phrases"])


@cache
def _phrases_by_first_char() -> dict[str, tuple[str, ...]]:
    """Taiwan phrases grouped by their first character, so only plausible ones are counted."""
    groups: dict[str, list[str]] = {}
    for phrase in regional_phrases()[0]:
        groups.setdefault(phrase[0], []).append(phrase)
    return {c: tuple(ps) for c, ps in groups.items()}


@cache
def _hk_chars() -> frozenset[str]:
    """Characters that are Hong Kong variant forms (HKVariants.txt values)."""
    return frozenset(_data()["hk_chars"])


# TWPhrases forms that occur most in Taiwan policies (a subset of the stored list; a test checks).
_COMMON_TAIWAN = ("資料", "資訊", "裝置", "設定", "網路", "使用者", "搜尋", "程式", "登入", "儲存", "傳送", "聯絡")


@cache
def _hk_pattern() -> re.Pattern[str]:
    return lazyre.compile("[" + "".join(sorted(_hk_chars())) + "]")


# Words that mark a Hong Kong text (私隱 and 電郵 are not Taiwan usage; 網絡 and 軟件 are
# Hong Kong's Traditional forms), and the Taiwan words they are weighed against.  隱私隱…
# (隱私 twice, 隱私隱藏) contains 私隱 but is Taiwan's 隱私: the lookbehind leaves it out.  It
# sits after 私 so that every alternative starts with a literal and `re` skips ahead in C.
# the SAR's full name: a company registered there (eval/precision8); Hong Kong law governing the policy, or disputes
# put to the Hong Kong International Arbitration Centre: a mainland-worded text in Traditional script written for Hong
# Kong (eval/blind/round21, read after its scoring run), never a Taiwan edition
_SAR_MARKERS = ("香港特別行政區", "香港法律", "香港國際仲裁中心")
_HONG_KONG_MARKERS = ("私隱", "電郵", *_SAR_MARKERS)
_HONG_KONG_WORDS = frozenset({"私隱", "電郵", "網絡", "軟件", "流動電話", "香港"})
# (使用者 is no Taiwan word here: Hong Kong writes it too, and 13 of them outweighed a page titled 「條款、私隱與資料政策」
# that cites the PCPD and writes 私隱 six times, 網絡 four: eval/precision37 wallpect-legal-hk-md, six false Taiwan
# suggestions 網絡 → 網路)
_REGIONAL_WORDS = lazy("私(?<!隱私)隱|電郵|網絡|軟件|流動電話|香港|網路|軟體|隱私權|臺灣|台灣|個資")


def _hong_kong_wording(text: str, variants: int) -> bool:
    """私隱, 電郵 or a SAR marker occurs, and Hong Kong words plus variant characters outnumber Taiwan words (one pass)."""
    if not any(m in text for m in _HONG_KONG_MARKERS):
        return False
    words = _REGIONAL_WORDS.findall(text)
    hong_kong = sum(w in _HONG_KONG_WORDS for w in words)
    if not any(w in ("私隱", "電郵") for w in words) and not any(m in text for m in _SAR_MARKERS):
        return False  # the only 私隱 was inside 隱私隱
    return hong_kong + variants > len(words) - hong_kong


def detect_region(text: str, script: str | None) -> str | None:
    """'cn' for Simplified; for Traditional 'tw' or 'hk' when the wording tells; else None.

    Hong Kong evidence: 私隱, 電郵, 香港特別行政區, 香港法律 or 香港國際仲裁中心 with Hong Kong words (網絡, 軟件, 香港) and
    HKVariants characters that outnumber Taiwan words (網路, 軟體, 隱私權) in the whole
    text.  Otherwise, Taiwan evidence: OpenCC TWPhrases forms (資料, 軟體, 網路,
    使用者…) in the first 2,000 characters, against HKVariants characters there.
    """
    if script == "hans":
        return "cn"
    if script != "hant":
        return None
    sample = text[:2_000]
    by_first = _phrases_by_first_char()
    hk = len(_hk_pattern().findall(sample))
    if _hong_kong_wording(text, hk):
        return "hk"
    if not hk:  # the usual case: any Taiwan phrase decides, and one is usually near the start
        if any(p in sample for p in _COMMON_TAIWAN):
            return "tw"  # a few searches in C before the walk over the sample (the commonest phrases are Taiwan phrases)
        return "tw" if any(c in by_first and any(sample.startswith(p, i) for p in by_first[c]) for i, c in enumerate(sample)) else None
    # Taiwan only has to outnumber Hong Kong: the commonest phrases usually settle it.
    if sum(sample.count(p) for p in _COMMON_TAIWAN) > hk:
        return "tw"
    chars = set(sample)
    tw = sum(sample.count(p) for c in chars if c in by_first for p in by_first[c] if chars.issuperset(p))
    if tw > hk:
        return "tw"
    if hk > tw:
        return "hk"
    return None


# A locale tag in a file name that names a Traditional region: privacy_zh-HK.html, policy-zh_TW.md,
# terms.zh-Hant-HK.md (a POSIX, Java or BCP 47 spelling, in any case).
_NAMED_REGION = lazy(r"(?<![A-Za-z])zh[-_](?:hant[-_])?(hk|tw)(?![A-Za-z])", re.IGNORECASE)


def named_region(path: str, script: str | None) -> str | None:
    """'hk' or 'tw' when a Traditional document's file name, or else its folder, names its edition, else None.

    policy_zh-HK.jsp, zh_HK/privacy.md, locales/zh-Hant-HK/privacy.md.  The name wins over
    `detect_region`, as an edition tag does in `compare`: a short Hong Kong page that writes 資訊
    and none of 私隱/電郵 reads as Taiwan text (eval/precision11).  The nearest tag wins: the file's
    own name, then its folder, then the folder above.

    The folders are those of the file, not of how its name was written: the path is made absolute
    and `..` taken out (as written: a link's own name counts), so `check privacy.md` run inside
    `zh_HK/` reads the folder too, and `zh_HK/../policy.md` is not in it.  Standard input (`-`)
    has no name: the folder a command runs in is not its edition.
    """
    if script != "hant" or path in ("-", "<stdin>"):  # (`<stdin>`: how a loaded document names standard input)
        return None
    for part in reversed(PurePath(os.path.abspath(path)).parts[-3:]):
        found = _NAMED_REGION.search(part)
        if found:
            return found.group(1).lower()
    return None


# A bare edition token in a file name (privacy_tw.html, terms-HK.md) or a folder that is only that token (tw/,
# hk/): weaker than a zh- tag, so it only speaks when the wording names no region (`hinted_region`).
_HINTED_NAME = lazy(r"(?<![A-Za-z])(hk|tw)(?![A-Za-z])", re.IGNORECASE)


def han_share(text: str) -> float:
    """The share of Han characters among the Han characters and Latin letters of `text` (0 with neither)."""
    han = len(HAN_CHAR.findall(text))
    letters = sum(1 for c in text if c.isascii() and c.isalpha())
    return han / (han + letters) if han + letters else 0.0


def hinted_region(path: str, script: str | None) -> str | None:
    """'hk' or 'tw' from a bare token in a Traditional document's own file name (privacy_tw.html, policy-hk.md), or
    from a folder of the last two named exactly tw or hk (tw/zh/privacy.html), else None.

    For a Traditional page whose wording names no region (`detect_region` None): a page converted from the
    Simplified edition keeps the mainland's words and so none of Taiwan's, and `regional-vocabulary` had nothing
    to compare it with (eval/precision21/racefit-privacy-tw/privacy_tw.html: 登錄, 賬號, 數據 and 信息 unreported).
    A folder whose name only contains the token (racefit-privacy-tw/) is not an edition.
    """
    if script != "hant" or path in ("-", "<stdin>"):
        return None
    parts = PurePath(os.path.abspath(path)).parts
    found = _HINTED_NAME.search(PurePath(parts[-1]).stem) if parts else None
    if found:
        return found.group(1).lower()
    for part in reversed(parts[-3:-1]):
        if part.lower() in ("tw", "hk"):
            return part.lower()
    return None


# (u44k) A Simplified edition named in a file name or a folder: privacy_zh-CN.html, zh-Hans/terms.md, zh_CN/privacy.md
# (either of the last two folders), and bare tokens: privacy-sc.html, terms_chs.md, and the file's own folder sc/, cn/,
# chs/ or zhs/; not a folder that only contains the token (meg-privacy-hkcn/).  Review r44: a bare `hans` or
# `simplified` counted as a folder too, and a grandparent folder: a file under /home/hans/ was "the Simplified edition".
_NAMED_SIMPLIFIED = lazy(r"(?<![A-Za-z])zh[-_](?:hans(?:[-_](?:cn|sg))?|cn|sg)(?![A-Za-z])", re.IGNORECASE)
_HINTED_SIMPLIFIED = lazy(r"(?<![A-Za-z])(?:sc|chs|zhs|hans|simplified)(?![A-Za-z])", re.IGNORECASE)
_SIMPLIFIED_FOLDERS = frozenset({"sc", "cn", "chs", "zhs"})  # the file's own folder only


def named_simplified_edition(path: str) -> bool:
    """Whether a document's file name, or one of its two folders, names it the Simplified (mainland) edition of a
    page published in more than one (see `_NAMED_SIMPLIFIED`): a Simplified edition is written for mainland readers
    (`rules.regional_vocabulary`).  Standard input has no name."""
    if path in ("-", "<stdin>"):
        return False
    parts = PurePath(os.path.abspath(path)).parts
    if not parts:
        return False
    stem = PurePath(parts[-1]).stem
    if _NAMED_SIMPLIFIED.search(stem) or _HINTED_SIMPLIFIED.search(stem):
        return True
    if len(parts) > 1 and parts[-2].lower() in _SIMPLIFIED_FOLDERS:
        return True
    return any(_NAMED_SIMPLIFIED.fullmatch(part) for part in parts[-3:-1])


if __name__ == "__main__":  # the command older notes give; the stored sets are written by policylens.opencc_data
    import sys

    from policylens.opencc_data.__main__ import main

    sys.exit(main())
