"""The controller a policy names: company names walked back from 有限公司 and its kin or Latin ones (Inc., Ltd.),
less those the clause names as a third party (`operator_names`), and the short name it is introduced by
(以下簡稱「…」: `extract_controller`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from policylens.lazyre import lazy
from policylens.patterns import (
    HAN,
)

# (u43a2) also the Japanese company forms after the name, 「MEFAR 株式會社（以下簡稱「本公司」）」 (eval/structure43c mefar:
# no controller was read): 株式会社 (K.K.), 合同会社 (G.K.), 有限会社, in either script
_COMPANY_END = lazy(r"股份有限公司|有限責任公司|有限责任公司|有限公司|經營部|经营部|株式[会會]社|合同[会會]社|有限[会會]社")
# A lead-in the walk back from 有限公司 kept: 「本政策仅适用于上海栖溯信息服务有限公司」, 「运营权归广联二手车有限公司」
# (eval/structure43c qisu, eval/blind/round43d guanglian, u43a2).  The name starts after the last one.
_NAME_LEAD_IN = lazy(
    r"適用於|适用于|(?:歸|归|隸|隶)?(?:屬|属)(?:於|于)|位(?:於|于)|來自|来自|歸|归|委託|委托|授權|授权"
    r"|(?:感謝|感谢|歡迎|欢迎)(?:您|你)?(?:信任[并並]|選擇|选择|申請|申请)?(?:使用|訪問|访问|造訪|造访|光臨|光临)?|(?:運營|运营|營運|营运|經營|经营)(?:主體|主体|方)|提供者|提供方"
    r"|第三方|合作(?:伙伴|夥伴|方)|服[务務]商|供[应應]商|提供商"  # (then read as a third party: `_THIRD_PARTY`)
    r"|(?:提供|共享|分享|披露|傳輸|传输|轉移|转移)(?:給|给|至|予)"  # (a recipient: 「将位置信息提供给每日互动股份有限公司」)
)
# A third party named in the clause before a company: 「该 SDK 由阿里云计算有限公司提供」, 「**提供方**：IPinfo Inc.」, "This website
# uses the services of Ezoic Inc." (eval/structure43c twsite, u43a2: the ad partner of the English section was the controller)
_THIRD_PARTY = lazy(
    r"SDK|第三方|提供方|提供商|服[务務]商|供[应應]商|合作|集成|接入|插件|(?:提供|共享|分享|披露|傳輸|传输|轉移|转移)(?:給|给|至|予)|provided\s+by\b|services?\s+of\b|partner|third[- ]part|vendor|processor"
    r"|such\s+as|including|powered\s+by",
    re.I,
)
_THIRD_PARTY_REACH = 80  # characters looked at before a company name, back to its clause's start
# (u43a2) also 「（簡稱“薩普”、“我們”）」 without 以下 (eval/structure41c sapu: no short name was read)
_SHORT_NAME = lazy(
    r"(?:以下(?:簡稱|简称|統稱|统称|合稱|合称|稱|称)|[（(](?:簡稱|简称))(?:為|为)?\s*((?:[「“\"『][^」”\"』]{1,20}[」”\"』][、，,或和及与與\s]*)+)"
)
_CLAUSE_STOPS = "。；;\n"  # where a clause ends, for extract_controller
_QUOTED = lazy(r"[「“\"『]([^」”\"』]{1,20})[」”\"』]")
_NAME_STOP = set('，,。；;：:、（）()「」“”"『』《》 \t\u3000*_`[]【】由與与及和即係系是為为在向對对之／—')
_KANA_OR_LATIN = lazy("[\u30a1-\u30faA-Za-z]")  # a name's first character after a Japanese company form
_PLACE_IN_NAME = lazy(rf"[{HAN}]{{2,6}}")
_HAN_ONE = lazy(rf"[{HAN}]")
_ORG_CUE = lazy(r"公司|[会會]社|集團|集团|團隊|团队|經營部|经营部|工作室|Inc|Ltd|LLC|Corporation|GmbH|Bhd", re.I)
_GENERIC_SHORT = {"我們", "我们", "我們的", "我们的", "您", "用戶", "用户", "使用者", "本政策", "本隱私權政策", "本隐私政策", "本平台"}


# Words of at most 40 characters: unbounded, `A&A&A&…` rescanned the rest of the run from every A.
# (u43a2) "Co., Ltd." (the comma after "Co."), "Sdn. Bhd.", "LLP", and a Japanese form after a Latin name, 「MEFAR 株式會社」;
# Latin words only (`\w` took 「Shazam和ShazamKit是Apple Inc.」 as one name).
_LATIN_COMPANY = lazy(
    r"\b(?=[A-Z])((?:[A-Z][A-Za-z0-9_&.'\u00c0-\u024f-]{0,40}\s+|C[Oo]\.,\s*){0,6}(?:Inc\.|LLC|LLP|Ltd\.?|Limited|Corporation|Corp\.|GmbH|Bhd\.?|Foundation|S\.A\."
    r"|株式[会會]社|合同[会會]社|有限[会會]社))"
)


def _bracketed_place(text: str, end: int) -> int | None:
    """Where a city or region in brackets that ends at `end` opens, when a company's brand stands before it.

    「（武汉）」 of 仙悦（武汉）科技有限责任公司: two to six Han characters in brackets, a Han character before them.  The
    walk back from 有限公司 stopped at the bracket, so the name was 「科技有限责任公司」 and two such companies read alike
    (eval/editions28 tilltomorrow; u28c).  「（以下简称…）」 and a bracket of Latin letters are no place.
    """
    opened = max(text.rfind("（", max(0, end - 8), end - 1), text.rfind("(", max(0, end - 8), end - 1))
    if opened < 1 or _PLACE_IN_NAME.fullmatch(text, opened + 1, end - 1) is None:
        return None
    return opened if _HAN_ONE.fullmatch(text[opened - 1]) and text[opened - 1] not in _NAME_STOP else None


def _company_names(text: str) -> list[tuple[int, str]]:
    """Company names ending in 有限公司 etc., walked back to a natural boundary; also Latin names."""
    names: list[tuple[int, str]] = [
        (m.start(), name) for m in _LATIN_COMPANY.finditer(text) if " " in (name := m.group(1).strip()) and name[:4].lower() != "co.,"
    ]
    for m in _COMPANY_END.finditer(text):
        start = m.start()
        if m.group(0).endswith("社") and _KANA_OR_LATIN.match(text, m.end()):
            # the form before the name, 「株式会社アンドプラス」 (eval/blind/round17 chouchou-tw-html): the name runs on
            end = next((k for k in range(m.end(), min(len(text), m.end() + 30)) if text[k] in _NAME_STOP), min(len(text), m.end() + 30))
            names.append((start, text[start:end]))
            continue
        while start > 0 and m.start() - start < 30:
            if text[start - 1] in "）)" and (opened := _bracketed_place(text, start)) is not None:
                start = opened  # 仙悦（武汉）科技有限责任公司: a city in brackets inside the name, a brand before it
                continue
            if text[start - 1] in _NAME_STOP:
                break
            start -= 1
        start = max([start] + [lead.end() for lead in _NAME_LEAD_IN.finditer(text, start, m.start())])  # after the last lead-in
        name = text[start : m.end()].strip()
        if len(name) > len(m.group(0)) + 1:
            names.append((start, name))
    return sorted(names)


def _named_as_third_party(text: str, start: int) -> bool:
    """Does the clause before the company name at `start` present it as a third party (`_THIRD_PARTY`)?"""
    reach = max(0, start - _THIRD_PARTY_REACH)
    clause = max([reach] + [text.rfind(stop, reach, start) + 1 for stop in ("。", "；", ";", "\n", ". ")])
    return _THIRD_PARTY.search(text, clause, start) is not None


def operator_names(text: str) -> list[tuple[int, str]]:
    """`_company_names` of `text` less those named as a third party (`_named_as_third_party`): a controller's candidates."""
    return [(s, n) for s, n in _company_names(text) if not _named_as_third_party(text, s)]


def extract_controller(texts: Sequence[str]) -> tuple[str | None, str | None]:
    """(legal name, short name): the company introduced with 以下簡稱「…」 wins."""
    short: str | None = None
    first_company: str | None = None
    for text in texts:
        # Found once per text, not per 以下简称: a paragraph of many of them was quadratic.
        found: list[tuple[int, str]] | None = None  # the text's company names
        stops: list[int] | None = None  # where its clauses end
        cues: list[tuple[int, int]] | None = None  # its organisation words, (end, start)
        for m in _SHORT_NAME.finditer(text):
            names = [q.strip(" *_`\u3000") for q in _QUOTED.findall(m.group(1))]
            value = next((n for n in names if n and n not in _GENERIC_SHORT), "")
            if not value:
                continue
            if stops is None or cues is None:
                stops = [i for i, ch in enumerate(text) if ch in _CLAUSE_STOPS]
                cues = [(c.end(), c.start()) for c in _ORG_CUE.finditer(text)]
            # The clause before the match starts after the last stop before it; an organisation word
            # must lie inside it.
            k = bisect_right(stops, m.start() - 1)
            clause_start = stops[k - 1] + 1 if k else 0
            j = bisect_right(cues, (m.start(), m.start()))
            if not j or cues[j - 1][1] < clause_start:
                continue
            if found is None:
                found = _company_names(text)
            companies = [n for s, n in found if s < m.start() and m.start() - (s + len(n)) < 40]
            if companies:
                return companies[-1], value
            short = short or value
        if first_company is None:
            names = operator_names(text)
            if names:
                first_company = names[0][1]
    return first_company, short
