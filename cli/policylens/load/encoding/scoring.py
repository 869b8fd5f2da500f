"""How much a decoded text reads like a policy: the share of common policy characters among its ideographs
(`_score`, `_policy_share`, decided early on a long text), the thresholds a candidate decoding must reach
(`MIN_SCORE`, `MIN_SCORED`, `SCORE_SAMPLE`), and the encodings tried and how messages name them.
"""

from __future__ import annotations

from policylens.lazyre import lazy

# High-frequency characters of policy text in both scripts.  The right legacy
# decoding of CJK bytes is full of them; the wrong one yields rare characters.
_COMMON = set(
    "的一是在不了有和人這这中大為为上個个們们我以要他時时來来用到資资料訊讯隱隐私政策您或及與与"
    "收集使服務务信息護护權权利可本將将會会公司其於于對对提供第三方相關关法律如果此等通過过"
    "請请並并已之所需應应同意理處处保存安全何能否被由其他任商品產产網网站設设備备帳账戶户號号"
)

_LEGACY = ("big5", "big5hkscs", "gb18030")
_TRIED = "UTF-8, UTF-16, Big5, Big5-HKSCS, GB18030"
# The Latin-script code pages: charset-normalizer names a Baltic or Central European one (cp1257)
# for a short Western text of 「Café」 and 「naïve」, which is Windows-1252 as often as not.
_WESTERN = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "mac_roman", "mac_latin2", "cp437", "cp850"}
    | {f"iso8859_{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)
_SHOWN = {"big5": "Big5", "big5hkscs": "Big5-HKSCS", "gb18030": "GB18030", "utf-16-le": "UTF-16-LE", "utf-16-be": "UTF-16-BE"}
# A right decoding of a policy has 30–60 % common characters; mojibake has a few percent.
MIN_SCORE = 0.12
# What charset-normalizer may choose: multi-byte CJK and Unicode encodings only.
_GUESSABLE = frozenset(
    {
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
        "big5",
        "big5hkscs",
        "cp950",
        "gb18030",
        "gbk",
        "gb2312",
        "hz",
        "euc_jp",
        "shift_jis",
        "cp932",
        "euc_kr",
        "cp949",
        "iso2022_jp",
    }
)
MIN_SCORED = 20
SCORE_SAMPLE = 200_000  # fewer CJK characters than this: too few to judge, the best candidate wins


# The high bytes of UTF-16 code units that are not those of U+4E00–U+9FFF (0x4E–0x9F): deleted, the rest count the
# ideographs.  An astral character is two surrogates (high bytes 0xD8–0xDF), counted by neither form of `_score`.
_NOT_IDEOGRAPH_HIGH = bytes(range(0x4E)) + bytes(range(0xA0, 0x100))  # (no generator at start-up)
# Runs of common characters (all of them U+4E00–U+9FFF: tests/test_load_speed27.py): removed, the length lost counts them.
_COMMON_RUN = lazy(f"[{''.join(sorted(_COMMON))}]+")
# A share decided early (`_policy_share`) reads the sample this many characters at a time.
_SHARE_STEP = 1024


def _ideographs(text: str) -> int:
    """How many characters of `text` are U+4E00–U+9FFF: the UTF-16 high bytes 0x4E–0x9F, counted in C."""
    return len(text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NOT_IDEOGRAPH_HIGH))


def _common(text: str) -> int:
    """How many characters of `text` are common policy characters (`_COMMON`)."""
    return len(text) - len(_COMMON_RUN.sub("", text))


def _score(text: str) -> tuple[float, int]:
    """Share of CJK ideographs in `text` that are common policy characters, and their count.

    A sample decides (the first 200,000 characters): a whole 20 MB file would cost a list of
    millions of characters per candidate.  Its readable form (a list of the ideographs, a test
    of each; 0.16 s of the 0.31 s a `check` of the benchmark's 200 files spent loading them) is
    `tests/test_load_speed27.py`'s `plain_score`; the two counts are made in C here.
    """
    sample = text[:SCORE_SAMPLE]
    count = _ideographs(sample)
    if not count:
        return 0.0, 0
    return _common(sample) / count, count


def _policy_share(sample: str, count: int) -> bool:
    """Whether `_score(sample)` is at least MIN_SCORE, given its `count` of ideographs (not 0): read from the start only
    until the common characters found so far make the share (more can only raise it, and the division of
    floats keeps that order), which a policy reaches within its first third or so."""
    found = 0
    for start in range(0, len(sample), _SHARE_STEP):
        found += _common(sample[start : start + _SHARE_STEP])
        if found / count >= MIN_SCORE:
            return True
    return False
