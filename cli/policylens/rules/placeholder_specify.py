"""Slot forms of `placeholder-instruction` from the fiftieth session's precision set (u50p2, issue #11): a bracket that
tells the drafter what to specify, 「[指定主要位置]」, 「我们的主要监管机构是[指定机构]」, "Regulator: [Specify Authority]".

A class seen in `eval/precision50` choiceform-zh-md (L263 「主要数据中心：[指定主要位置]」, L264 「备份设施：[指定备份位置]」, L349
「我们的主要监管机构是[指定机构]」; noticed by the measure-only helper m50p after its run, so the set is not blind for it),
with constructed forms both ways in `tests/test_u50p2_placeholders.py`:

- a bracket that opens with a verb telling the drafter what to write, its object right after it (no 的, no colon, a
  Chinese character in it, at most 24 characters; the template's example after 如 may follow): 「[指定主要位置]」,
  「［注明保存期限］」, 「【列明第三方名称】」, 「[说明数据用途，如客服]」.  The verbs: 指定 指明 注明 註明 列明 写明 寫明 载明 載明
  标明 標明 填明 (strong) and 说明 說明 描述 选择 選擇 (weak: also the words of prose and of controls);
- where it stands: as a value — after a label's colon or after 是/为/為/係, ending its clause (「监管机构：［指定机构］」,
  「主要监管机构是［指定机构］」); a lenticular 【】 only after a label's colon (「监管机构：【指定机构】」: after 是 it is often
  emphasis); a square bracket with a strong verb also alone in its paragraph or list item, or after a preposition or a
  copula inside a sentence (「数据存储于[指定地点]，…」, 「在[注明期限]内」), not before 的 (「转化为[指定类型]的数组」);
- the English verbs (Specify, Describe, Indicate, Designate, Insert, Enter, State, Identify, List, Provide) in square
  brackets as a label's value, whatever their case (「Regulator: [Specify Authority]」; a lower-case object anywhere is
  the `enverb` form's).

Not slots: a Markdown link or reference ([说明文档](…), [说明][1]), a control the reader is told to use (点击[选择文件],
点击【指定联系人】, [指定联系人]按钮, 设置 > [指定联系人] > 添加), a term or label opening its paragraph (【指定代理人】指…,
[指定代理人]：…), a format or an example (格式：[说明文字]), a verb alone (【说明】, [指定]), a word made of the verb
(選擇性, 说明书, 描述符, 选择权), a choice the reader makes ([选择退出], [选择加入]), a program's format (【指定螢幕 - {0}】),
an option's name before its kind (默认是[指定用户]类型), a Microsoft-style UI label (在 **[指定如何處理…]** 清單中, 選取 **[指定…]**),
a Japanese label (「[指定された値]」: kana in the object).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import UI_VERBS
from policylens.rules.context import Context, TextUnit, in_code

_STRONG = "指定|指明|注明|註明|列明|写明|寫明|载明|載明|标明|標明|填明"
_WEAK = "说明|說明|描述|选择|選擇"
# what the verb asks for: a noun phrase (not 的/之: 指定的联系人 is the designated one; not a word made of the verb:
# 選擇性, 说明书, 描述符, 选择权, 说明会; not a choice the reader makes: 选择退出, 选择同意)
_OBJECT = (
    r"(?![的之性书書符权權器框题題会會])(?!(?:退出|加入|同意|拒绝|拒絕|接受|不|是否|允许|允許|关闭|關閉|开启|開啟|文件|文檔|文档))"
    r"[^\[\]【】［］\n，,。；;：:！!？?（）(){}<>\u3040-\u30ff]{1,24}?"
)
_EXAMPLE = r"(?:[ \t]*[，,][ \t]*(?:如|例如|比如)[^\[\]【】［］\n]{1,30}?)?"
_SPECIFY = lazy(
    rf"(?P<open>[\[【［])[ \t]*(?:(?:请|請)[ \t]*)?(?P<verb>{_STRONG}|{_WEAK})(?P<object>{_OBJECT}){_EXAMPLE}[ \t]*"
    r"(?P<close>[\]】］])"
)
_EN_SPECIFY = lazy(
    r"\[[ \t]*(?i:specify|describe|indicate|designate|insert|enter|state|identify|list|provide)[ \t]+"
    r"[A-Za-z][A-Za-z0-9 ,'/&-]{0,60}?[ \t]*\]"
)
_NEEDS = lazy(r"[\[【［]")
_PAIRS = {"[": "]", "【": "】", "［": "］"}
_HAN = lazy(r"[\u4e00-\u9fff]")

# before a value: a label's colon, or 是/为/為/係 after a Chinese word (blanks and emphasis marks passed over)
_LABEL_COLON = lazy(r"[：:][ \t\u3000*_]*+\Z")
_VALUE_BEFORE = lazy(r"(?:[：:]|(?<=[\u4e00-\u9fff])(?:是|为|為|係))[ \t\u3000*_]*+\Z")
# a place, a time or a party in a sentence: 存储于[指定地点], 在[注明期限]内, 提交至[指定机构], 通过[指定邮箱]联系, 与[列明合作方]
_IN_SENTENCE = lazy(r"(?<=[\u4e00-\u9fff])(?:于|於|在|至|到|向|由|经|經|过|過|与|與|和|及|或|是|为|為|係)[ \t\u3000*_]*+\Z")
_ENGLISH_VALUE_BEFORE = lazy(r"(?:[：:]|\b(?:is|are|be)(?=[ \t]))[ \t\u3000*_]*+\Z")
# after a value: the end of its clause
# (each scan starts where a run of blanks starts: linear under `search` too, tests/test_hostile_regex.py)
_CLAUSE_END = lazy(r"(?<![ \t\u3000*_])[ \t\u3000*_]*+(?:\Z|[。；;，,、.!！?？）)」』\"”|｜])")
# a control the reader is told to use: a verb of tapping or choosing right before the bracket, or a control's noun after it
_CONTROL_BEFORE = lazy(
    rf"(?:{UI_VERBS}|选取|選取|单击|單擊|双击|雙擊|按两下|按兩下|勾选|勾選|按一下|轻点|輕點|点一下|點一下|按下|(?i:tap|click|select|choose))[ \t\u3000]{{0,2}}[「“\"*_]{{0,2}}\Z"
)
_CONTROL_AFTER = lazy(
    r"[」”\"*_ \t\u3000]{0,3}(?:按钮|按鈕|键|鍵|页面|頁面|页|頁|选项|選項|菜单|菜單|選單|标签|標籤|栏|欄|功能|入口|图标|圖標"
    r"|开关|開關|对话框|對話框|對話方塊|窗口|視窗|窗格|面板|区域|區域|區段|区段|列表|清單|清单|方塊|方块|索引標籤|选项卡|模块|模組|字段|欄位"
    r"|类型|類型|模式|(?i:button|tab|menu|page|dialog|link|list|box|pane))"
)
_PATH_MARKS = (">", "＞", "→", "›", "»", "-", "－", "—")
# a format or an example the text gives: 格式：[说明文字], 例如 [指定用途]
_SAMPLE_BEFORE = lazy(r"格式|示例|範例|范例|样例|樣例|例如|比如|(?i:e\.g\.|format)")
# the beginning of a paragraph or list item (a number, a list's or a quote's mark, emphasis): a bracket there with text
# after it is a term or label (【指定代理人】指…)
_OPENS = lazy(r"(?<![\s\d.、)）(（一二三四五六七八九十第条條款章节節*#>+-])[\s\d.、)）(（一二三四五六七八九十第条條款章节節*#>+-]*+\Z")


def _control(text: str, start: int, end: int) -> bool:
    """Whether the bracket is a control the reader is told to use or a step of a settings path."""
    if _CONTROL_BEFORE.search(text, max(0, start - 8), start) or _CONTROL_AFTER.match(text, end):
        return True
    before = text[max(0, start - 4) : start].rstrip(" \t\u3000\"'“”「」*_")
    after = text[end : end + 4].lstrip(" \t\u3000\"'“”「」*_")
    if before.endswith(_PATH_MARKS) and not _OPENS.match(text, 0, start):  # (not a list item's own - mark)
        return True
    return after.startswith(_PATH_MARKS)


def _as_value(text: str, start: int, end: int, english: bool = False) -> bool:
    """Whether the bracket stands as a value: after a label's colon or a copula, ending its clause."""
    before = _ENGLISH_VALUE_BEFORE if english else _VALUE_BEFORE
    return before.search(text, max(0, start - 8), start) is not None and _CLAUSE_END.match(text, end) is not None


def _slot(ctx: Context, unit: TextUnit, start: int, end: int) -> bool:
    """The look-alikes every form shares: code, links, controls, labels opening their paragraph, formats and examples."""
    text = unit.text
    if in_code(unit, start) or text[end : end + 1] in ("(", "[", ":", "：") or text[max(0, start - 1) : start] in ("]", "!", "["):
        return False
    if text[start + 1 : end - 1].strip().lower() in ctx.doc.link_labels:
        return False  # [说明][1] elsewhere, or the label of a reference link
    if _control(text, start, end) or _SAMPLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not (_OPENS.match(text, 0, start) and _CLAUSE_END.match(text, end) is None)


def _placed(text: str, start: int, end: int, open_: str, weak: bool) -> bool:
    """Whether the bracket stands where a slot of its shape and verb may: 【】 only as a label's value (after 是 it is
    often emphasis: 「注明哪个方法是【指定初始化方法】。」); a weak verb as a value; a strong verb in square brackets also alone
    in its paragraph or list item, or after a preposition or a copula in a sentence, but not before 的 (「转化为[指定类型]的数组」,
    an attribute)."""
    if open_ == "【":
        return _LABEL_COLON.search(text, max(0, start - 8), start) is not None and _CLAUSE_END.match(text, end) is not None
    if _as_value(text, start, end):
        return True
    if weak:
        return False
    if _OPENS.match(text, 0, start) and _CLAUSE_END.match(text, end):
        return True  # - [注明本地存储还是云数据库]
    return _IN_SENTENCE.search(text, max(0, start - 8), start) is not None and not text.startswith("的", end)


def specify_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every bracket of the forms above, in document order per form."""
    for unit, start, end, m in ctx.scan(_SPECIFY, needs=_NEEDS):
        if _PAIRS[m.group("open")] != m.group("close") or not _HAN.search(m.group("object")):
            continue
        weak = m.group("verb") in _WEAK
        if _slot(ctx, unit, start, end) and _placed(unit.text, start, end, m.group("open"), weak):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_EN_SPECIFY, needs="["):
        if _slot(ctx, unit, start, end) and _as_value(unit.text, start, end, english=True):
            yield unit, start, end
