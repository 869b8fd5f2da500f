"""How the cross-script table `data/lexicons/regional/diff-variants.tsv` is derived (`derive_table`): OpenCC's TWPhrases
and TWPhrasesRev, policylens' reviewed regional lexicons, the reviewed wording of `wording`, minus the reviewed
exclusions (`_EXCLUDE`, `OPENCC_MISREADINGS`, `_LEXICON_EXCLUDE`); `main` rebuilds the file
(`python -m policylens.diff.variants`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from policylens import lexicon
from policylens.diff.variants.wording import _EXTRA, _SINGLE
from policylens.script import fold_characters

TABLE = "regional/diff-variants.tsv"

# Words left out of the derived table, with the reason (reviewed by hand).
_EXCLUDE = {
    "宏": "single character: 宏/钜集 would rewrite every 宏 in running text",
    # OpenCC TWPhrases 注销 → 登出 reads the Windows "log off"; in a policy 注销 is deregistering an account (PIPL
    # 注销账户), a right, and a Taiwan or Hong Kong policy writes it 註銷, keeping 登出 for logging out (corpora/smartmi
    # zh-Hant 2021-03-30 has both: 「結束使用時登出帳戶」, 「註銷服務或帳戶」): keyed alike, deregistering would read as
    # logging out across scripts (docs/diff.md, "注销 is not 登出")
    "注销": "deregistering (注销账户, TW/HK 註銷帳戶) is not logging out (登出); OPENCC_MISREADINGS",
}
# OpenCC phrase conversions that change the meaning in a policy: (mainland, Taiwan, why).  Left out of the key
# (`_EXCLUDE`), so a diff across scripts shows them; a test that converts a policy with OpenCC `s2twp`/`tw2sp` and
# expects no change reads them as the converter's own change (tests/opencc_helpers.py `unexplained_changes`).
OPENCC_MISREADINGS: tuple[tuple[str, str, str], ...] = (("注销", "登出", "OpenCC TWPhrases: deregistering an account is not logging out"),)
# policylens' own reviewed regional lexicons (used by `regional-vocabulary`), read as pairs;
# (file, mainland column first?) and the suggestions that do not mean the same as their key
# in a policy, left out with the reason.
_LEXICONS: tuple[tuple[str, bool], ...] = (
    ("regional/cn-tw.tsv", True),
    ("regional/tw-cn.tsv", False),
    ("regional/cn-hk.tsv", True),
    ("regional/hk-cn.tsv", False),  # (forty-second session: its rows were all in already, 阁下/您 apart: one character)
)
_LEXICON_EXCLUDE = {
    ("二维码", "条码"): "a barcode is not a QR code",
    ("反馈", "意见回馈"): "意见回馈 is 意见反馈 (its own row)",
    ("推送", "传送"): "传送 is to transmit, not to push a notification",
    ("服务商", "业者"): "业者 is any business",
    ("短消息", "讯息"): "讯息 alone is any message",
    ("邮箱", "信箱"): "信箱 alone may be a post-office box",
    ("邮箱", "电邮地址"): "an address: grouped with 邮箱地址/电子邮件地址 instead (longest word wins)",
    ("信息", "资料"): "HK 資料 is also data: 信息 and 数据 stay apart",
    ("信息", "讯息"): "TW 訊息 is a message, not information",
    ("连接", "连线"): "连接 is also a link or to connect",
}


def derive_table() -> list[tuple[str, str, str]]:
    """(word, mainland equivalents, source) rows from OpenCC's data plus `_EXTRA`, minus `_EXCLUDE`.

    Words are written in Simplified characters (OpenCC TSCharacters), as a reviewer reads them."""
    from policylens.opencc_data import read_dictionary

    ts = {k: v[0] for k, v in read_dictionary("TSCharacters.txt").items() if len(k) == 1}

    def simplified(word: str) -> str:
        return "".join(ts.get(c, c) for c in word)

    pairs: dict[str, tuple[list[str], str]] = {}

    def add(mainland: str, other: str, source: str) -> None:
        mainland, other = simplified(mainland), simplified(other)
        if mainland == other or fold_characters(mainland) == fold_characters(other):
            return
        if len(mainland) < 2 or len(other) < 2 or mainland in _EXCLUDE or other in _EXCLUDE:
            return
        # The mainland column is space-separated: a spaced word (cn-tw.tsv's 「IP 地址」) would be read back as two
        # words, and 地址 (any address) keyed as IP位址 (fiftieth session, u50x2).  Spacing between Han and Latin is
        # layout, ignored before keying; the unspaced spelling (IP地址) is a row of its own.
        if " " in mainland:
            return
        row = pairs.setdefault(other, ([], source))
        if mainland not in row[0]:
            row[0].append(mainland)

    for mainland, others, note in _EXTRA:
        add(mainland, others, note)
    for mainland, other, note in _SINGLE:
        pairs.setdefault(simplified(other), ([], note))[0].append(simplified(mainland))
    for key, values in read_dictionary("TWPhrases.txt").items():
        for value in values:
            add(key, value, "OpenCC TWPhrases")
    for key, values in read_dictionary("TWPhrasesRev.txt").items():
        for value in values:
            add(value, key, "OpenCC TWPhrasesRev")
    for name, mainland_first in _LEXICONS:
        for key, values in lexicon.mapping(name).items():
            for value in values:
                a, b = (key, value) if mainland_first else (value, key)
                if (simplified(a), simplified(b)) not in _LEXICON_EXCLUDE:
                    add(a, b, f"policylens {name}")
    return sorted((other, " ".join(mainland), source) for other, (mainland, source) in pairs.items())


def main() -> None:
    """Rebuild the table file from the installed OpenCC data."""
    path = Path(lexicon.DATA / TABLE)
    lines = [
        "# Regional word pairs that `diff` treats as the same word across scripts and regions.",
        "# word<TAB>mainland equivalents (space-separated)<TAB>source.  Simplified characters; sorted, no duplicates.",
        "# Derived from OpenCC (Apache-2.0) TWPhrases/TWPhrasesRev plus Hong Kong and Taiwan wording;",
        "# rebuilt by `python -m policylens.diff.variants`; reviewed exclusions are in that module.",
    ]
    lines += ["\t".join(row) for row in derive_table()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(f"{path}: {len(lines) - 4} rows\n")
