"""Runs of the other script that are names written as issued, for script-mixed: a mainland site's filing number
(鲁ICP备18012789号), an address written in the other script (「薈學坊 3 樓」), an organisation's registered name
(「博斯會計師事務所」) and a Japanese word (「株式会社アンドプラス」)."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.patterns import HAN, HAN_CHAR, KANA
from policylens.rules.script_mixed.han_runs import _HAN_RUN, _han_run
from policylens.script import count_script, script_pattern

# A mainland site's filing numbers, shown as issued in any edition's footer: 鲁ICP备18012789号, 京ICP证030173号-1,
# 粤公网安备 44030502008569号 (eval/precision24/iassets-app-tw: three false errors on 鲁, 备, 号 of a zh-Hant page)
_RECORD_NUMBER = lazy(
    rf"[{HAN}]{{0,2}}(?:ICP|公网安备|公網安備)[备備证證案]{{0,2}}[号號]?[:：]?[ \t]{{0,2}}[0-9]{{4,20}}[ \t]?[号號]?(?:-[0-9]{{1,3}})?"
)


def _record_number(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a mainland site's ICP or public-security filing number (鲁ICP备18012789号)?"""
    lo = max(0, start - 40)  # (the number before a closing 号 is up to 20 digits)
    window = text[lo : end + 30]  # (u40h) the window the numbers are looked for in, not the whole text per run
    if "ICP" not in window and "安备" not in window and "安備" not in window:
        return False
    spans = [m.span() for m in _RECORD_NUMBER.finditer(text, lo, end + 30)]
    # a run may reach from one number into the next (「…789号 粤公网安备…」): each of its characters in one of them
    return bool(spans) and all(text[k].isspace() or any(a <= k < b for a, b in spans) for k in range(start, end))


# (u43k, eval/blind/round43 ecchess-hk-tsx) 「薈學坊 3 樓 B 室, Prince Edward Road West」 in a Simplified Hong Kong page: the
# place as the building and the post write it.  A floor, room or street number (3 樓, B 室, 18 號) within a few characters
# after the run, nothing of the document's own script between.  The mark itself in the other script when it has two forms
# (樓/層/號 in a Simplified text; review r43: 「我们的總部在 3 楼」 hid 總), and only blanks, digits, Latin letters or the
# other script's characters before a mark of one form (室, 座).
_ADDRESS_MARK = lazy(r"[0-9０-９]{1,4}[ \t\u3000]?(?:樓|楼|層|层|號|号|室|座)|\b[A-Za-z][ \t\u3000]?(?:室|座)")


def _written_address(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an address written in the other script (a building's name, 樓 of 「3 樓」)?"""
    window_end = min(len(text), end + 12)
    m = _ADDRESS_MARK.search(text, max(0, start - 4), window_end)
    if m is None or m.end() < end:
        return False
    foreign_is_hant = count_script(text[start:end])[0] > 0
    mark = count_script(m.group()[-1])
    if mark[1 if foreign_is_hant else 0]:
        return False  # (review r43) 「我们的總部在 3 楼」: the mark in the document's own script, no address in the other one
    if not any(mark):  # 室, 座 (one form in both scripts): only blanks, digits, Latin letters or the other script between
        foreign = script_pattern("hant" if foreign_is_hant else "hans", text)
        return all(c.isspace() or (c.isascii() and c.isalnum()) or foreign.fullmatch(c) for c in text[end : m.start()])
    if start >= m.start():  # the run is the mark's own character (樓 of 「3 樓」): a building's name in that script before it
        lead = text[max(0, m.start() - 10) : m.start()]
        t, s = count_script(lead)
        name = t if foreign_is_hant else s
        if not name:
            return False  # 「我们的办公室在3樓」: the floor alone in the other script is reported
        gap = lead[max(lead.rfind(c) for c in lead if count_script(c)[0 if foreign_is_hant else 1]) + 1 :]
    else:
        gap = text[end : m.start()]
    t, s = count_script(gap)
    return not (s if foreign_is_hant else t)  # nothing of the document's own script between name and mark


# what ends the registered name of an organisation, in either script
_ORGANISATION = lazy(
    "有限公司|事務所|事务所|集團|集团|協會|协会|基金會|基金会|銀行|银行|律師行|律师行|會計師行|会计师行|大學|大学|醫院|医院"
)


def _registered_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an organisation's name written in the other script, as
    registered (「博斯會計師事務所 Henry Ha & Co.」 in a Simplified page, 「由台灣大哥大股份有限
    公司提供」 in a mainland policy)?  An organisation word (有限公司, 事務所, 集團, 協會, 銀行…)
    ends the name within a few characters after it, with no character of the document's own
    script between: a stray character before the name in a sentence of the document's script
    (「请聯絡我们或博斯會計師事務所」) is still reported, and so is 們 before 集團 (「我們集團」)."""
    if text[start] in "們们":
        return False
    foreign_is_hant = count_script(text[start:end])[0] > 0
    for m in _ORGANISATION.finditer(text, max(0, start - 3), min(len(text), start + 20)):
        if m.end() < end:
            continue  # (a match may begin before the run: 務 in 事務所)
        name = text[min(start, m.start()) : m.end()]
        if not _HAN_RUN.fullmatch(name):
            break  # the name is one run of Han characters (not 「本會/本協會」)
        t, s = count_script(name)
        lead = m.start()
        while lead > 0 and HAN_CHAR.match(text[lead - 1]) and m.start() - lead < 2:
            lead -= 1
        if (s if foreign_is_hant else t) == 0 and m.start() - lead >= 2:
            return True  # (at least two characters name it: not 本協會, 該銀行)
        break  # the nearest organisation word after it is the name's, or there is none
    return False


# kana (`patterns.KANA`, as `structure.language` reads it) and Japanese company words written in shinjitai
_KANA = lazy(f"[{KANA}]")
_JAPANESE_COMPANY = lazy("株式会社|有限会社|合同会社|合資会社|合名会社")


# (u49p, eval/structure43c mefar-privacy-tsx) 「地址：埼玉県草加市瀬崎１丁目11-9パークハイツ202号」 in a Taiwan page: a Japanese
# postal address copied as written, its 号 and 区 Japanese forms, not Simplified ones.  The clause around the run (between
# clause marks or line breaks, at most 40 characters either side) holds kana and a mark only a Japanese address has
# (丁目, 番地, 県, 〒 or a prefecture: 東京都, 北海道, 京都府, 大阪府); a Chinese sentence with a Simplified character and a
# brand in katakana has no such mark, nor does 「東京都港區」 written in Chinese have kana.
_CLAUSE_END = "。，、；：！？,;:!?\n"
_JAPANESE_ADDRESS_MARK = lazy("丁目|番地|県|〒|東京都|北海道|京都府|大阪府")


def _japanese_address(text: str, lo: int, hi: int) -> bool:
    """Is the Han run text[lo:hi] part of a Japanese postal address (kana and an address mark in its clause)?"""
    a = lo
    while a > 0 and lo - a < 40 and text[a - 1] not in _CLAUSE_END:
        a -= 1
    b = hi
    while b < len(text) and b - hi < 40 and text[b] not in _CLAUSE_END:
        b += 1
    clause = text[a:b]
    return _KANA.search(clause) is not None and _JAPANESE_ADDRESS_MARK.search(clause) is not None


def _japanese_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a Japanese word, written in Japanese forms (shinjitai 会, 価, 県)?

    「隸屬株式会社アンドプラス」 in a Taiwan page: the run of Han characters around it touches kana, or holds a
    Japanese company word (株式会社, 有限会社, 合同会社…), or sits in a Japanese postal address (`_japanese_address`:
    「パークハイツ202号」).  Japanese is neither script of Chinese, and a company's name
    is not to be converted (「株式會社」 is no correction).
    """
    lo, hi = _han_run(text, start, end)
    if (lo > 0 and _KANA.match(text[lo - 1])) or (hi < len(text) and _KANA.match(text[hi])):
        return True
    if _japanese_address(text, lo, hi):
        return True
    # (u40h) a company word (four characters) overlapping the run found is within three characters of it: the whole Han
    # run was searched for each run of the other script in it, quadratic in a long unpunctuated line of both scripts
    near = _JAPANESE_COMPANY.finditer(text, max(lo, start - 3), min(hi, end + 3))
    return any(m.start() < end and start < m.end() for m in near)
