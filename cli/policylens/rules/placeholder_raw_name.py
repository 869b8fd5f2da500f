"""Slot forms of `placeholder-instruction` from the fifty-second session's round 52d (u52p2, issue #11, after
eval/blind/round52d's misses; not blind): a template's variable printed by its name, and an editing note to link a name.

Each form has constructed variants both ways in `tests/test_u52p2_placeholders.py`:

- a template variable's name printed raw in prose, glued to Chinese (「appName个人信息保护政策概要」, 「你可以通过appName的功能
  页面」: eval/blind/round52d juguo-zh-txt, whose page URL passes appName=文案狗 while the text shows the name).  A closed
  set of names (appName, app_name, APP_NAME, companyName, productName, siteName, shopName, storeName, brandName,
  websiteName, platformName, merchantName…) touching a Chinese character or a Chinese bracket on one side.  Not in code
  (a code block, a code span), not in a URL or a binding (`?appName=`, `/appName/`, `{{appName}}`, `${appName}`), not a
  key or a gloss (「appName：文案狗」, 「应用名称（appName）」), not apart from Chinese (「配置 appName 参数」), and not in a
  source whose code replaces the name (`text.replace(/appName/g, name)`: the page shows the value);
- an editing note to link a document's name to an address, left in parentheses (「(DCloud用户服务条款超链至https://ask.
  dcloud.net.cn/protocol.html)」: DCloud's uni-app template, eval/blind/round52d mcc-zh-txt, held out): a parenthesis holding
  a document's name (…条款, …协议, …政策, 《…》), a verb 超链至 / 超链接至 / 链接至 / 連結至 and a URL, nothing else.  Not
  a reader's instruction (「(点击链接至https://…)」, 「（请访问…）」) nor a link's label (「(链接：https://…)」).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import URL_START
from policylens.rules.context import Context, TextUnit, in_code

# --- a variable's name printed raw ---------------------------------------------------------------------------------

_OWNERS = "app|company|product|site|shop|store|brand|website|platform|merchant|org|organization|corp"
# the closed set: camelCase (appName, companyFullName), snake case (app_name) and constants (APP_NAME); nothing of a
# word, a path, a URL's query or a binding before it (`(?<!…)`), nothing of an identifier or a call after it
_RAW_NAME = lazy(
    r"(?<![A-Za-z0-9_$@#{.:/?&=%\\-])(?P<name>(?:" + _OWNERS + r"|" + _OWNERS.replace("app|", "App|") + r")(?:Name|FullName|ShortName)"
    r"|(?:" + _OWNERS + r")_name|(?:" + _OWNERS.upper() + r")_NAME)(?![A-Za-z0-9_(\[{}])"
)
_CJK_SIDE = "《》「」『』（）【】、，。；！？"
_KEY_AFTER = "：:="  # 「appName：文案狗」: a key and its value
_GLOSS = ("（）", "()", "【】", "[]")


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c in _CJK_SIDE


def _raw_names(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    text = ctx.joined().text
    if "ame" not in text and "AME" not in text:
        return  # every name ends in Name, _name or _NAME
    for unit, start, end, m in ctx.scan(_RAW_NAME):
        text = unit.text
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not (_cjk(before) or _cjk(after)) or in_code(unit, start):
            continue
        if after in _KEY_AFTER or (before + after) in _GLOSS:
            continue  # a key and its value, a gloss of a field's name
        if "、" in (before, after):
            continue  # (review u52r) a field in a list of the data collected: 「设备型号、appName、应用版本号」
        token = text[max(0, start - 80) : end].rsplit(None, 1)[-1]
        if "://" in token or "www." in token:
            continue
        if m.group("name") in ctx.doc.filled:
            continue  # the source's code replaces it before the text is shown (`load.scripts.replaced_names`)
        yield unit, start, end


# --- an editing note to link a name ----------------------------------------------------------------------------------

_LINK_NOTE = lazy(
    r"[(（](?P<name>[^()（）\n。；]{1,40}?(?:条款|條款|协议|協議|政策|声明|聲明|指引|规则|規則|说明|說明|清单|清單|》|」))"
    r"[ \t]?(?:超链接|超鏈接|超链|超鏈|超連結|链接|鏈接|連結)(?:至|到)[ \t:：]?(?:" + URL_START + r")[^\s()（）]{1,200}[)）]"
)
_READER_VERB = lazy(r"点击|點擊|点按|點按|请|請|详见|詳見|访问|訪問|参见|參見|查看")


def _link_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, end, m in ctx.scan(_LINK_NOTE):
        if in_code(unit, start) or _READER_VERB.search(m.group("name")):
            continue
        yield unit, start, end


def raw_name_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above."""
    yield from _raw_names(ctx)
    yield from _link_notes(ctx)
