"""Where a slot stands in its unit, when that decides whether it is one: a note alone on its source lines (`_alone`),
an address left as part slots a comma apart, one field and one finding (`_slots_run_on`: [Street], [City], [Postcode]),
and the places a generic slot names that a real policy also writes as a label before its value (`_LABEL_PLACES`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.rules.around import lstripped, rstripped
from policylens.rules.context import TextUnit


def _alone(unit: TextUnit, start: int, end: int) -> bool:
    """Whether `unit.text[start:end]` stands alone on its source lines: nothing but blanks between it and its unit's
    ends, or a line break of the source there (a page's elements that the reader joined into one paragraph:
    「<text>（增加第三方SDK信息）</text>」 then the next element's 「未成年人保护」)."""
    text = unit.text
    lead = rstripped(text, start, " \t\u3000")
    trail = lstripped(text, end, " \t\u3000")
    first = unit.position(start)[0]
    last = unit.position(end - 1)[0]
    return (lead == 0 or unit.position(lead - 1)[0] != first) and (trail == len(text) or unit.position(trail)[0] != last)


_SLOT_OPEN = ("[", "【", "［")
# the parts of an address a template leaves as slots one by one
_ADDRESS_PART_SLOT = lazy(
    r"(?i:street(?:\s+address)?|address(?:\s+line\s+[12])?|city|town|post\s*code|postal\s+code|zip(?:\s+code)?|state|province|county"
    r"|country|district|building|floor|room|unit)|省份?|城市|市|区|區|县|縣|街道|路|门牌号|門牌號|邮编|郵編|邮政编码|郵遞區號"
)
_SLOT_CLOSE = ("]", "】", "］")


def _slots_run_on(text: str, start: int, end: int, following: int) -> bool:
    """Whether the bracketed slot at `text[start:end]` and the one at `following` are parts of one address, a comma apart:
    [Street], [City], [Postcode] (twenty-sixth session, lead: one defect, one finding).  Not fields of their own listed
    together ([Name], [Email]), nor two slots side by side (【数据类型】【隐私政策连接】, two cells of a row)."""
    if not (text.startswith(_SLOT_OPEN, start) and text[:end].endswith(_SLOT_CLOSE) and text.startswith(_SLOT_OPEN, following)):
        return False
    gap = text[end:following]
    if len(gap) > 3 or gap.strip(" \t\u3000") not in (",", "，"):
        return False
    close = next((i for i in range(following, min(len(text), following + 24)) if text[i] in _SLOT_CLOSE), -1)
    opened = max(text.rfind(mark, start, end) for mark in _SLOT_OPEN)  # the last slot of a run already joined
    return close > 0 and all(
        _ADDRESS_PART_SLOT.fullmatch(part.strip(" \t\u3000")) for part in (text[opened + 1 : end - 1], text[following + 1 : close])
    )


# the places a generic slot names that a real policy also uses as a label before the value (【公司所在地】北京市…); the
# operator named by its role too, as `vocabulary._GENERIC_SLOT` names it (【运营者所在地】上海市…, 【运营方所在城市】：上海)
_LABEL_PLACES = (
    "公司",
    "本公司",
    "服务器",
    "伺服器",
    "服務器",
    "数据",
    "數據",
    "資料",
    "开发者",
    "開發者",
    "运营者",
    "運營者",
    "营运者",
    "營運者",
    "运营方",
    "運營方",
    "运营主体",
    "運營主體",
    "经营主体",
    "經營主體",
    "服务提供方",
    "服務提供方",
)
