"""The fillers of placeholder-empty: text standing where the policy's text should be — a paragraph that is only an
ellipsis, one short stand-in as the body of three sections or more, a long paragraph of unrelated prose written three
times, one phrase naming the text written four times over, and a paragraph saying the text is not there yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import unwritten_body
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_empty.characters import _CJK_CHARACTER, _is_cjk

# 4.充值消费 / …… : a paragraph (or list item) that is only an ellipsis, left where the template's items were
_FILLER = lazy(r"(?:…|⋯){2,}|\.{3,}|。{3,}|(?:…|⋯)[ \t\u3000]*(?:…|⋯)")  # matched on the line without its markup
# A body that names any of the policy's own subjects, points elsewhere or answers "none" is content, however often it
# repeats (无。, 不适用, 同上, 详见第三条, 本应用不收集此类信息); a Latin letter makes it content too (TBD and Lorem ipsum
# are `placeholder-instruction`'s).
_SUBJECT = lazy(
    r"信息|資訊|资讯|資料|资料|数据|數據|隐私|隱私|个人|個人|收集|蒐集|搜集|使用|利用|共享|分享|提供|保存|保留|存储|儲存|处理|處理"
    r"|删除|刪除|权利|權利|同意|联系|聯絡|聯繫|联络|参阅|參閱|参见|參見|参考|參考|详见|詳見|请见(?!谅)|請見(?!諒)|同上|如上|见上|見上"
    r"|无|無|不适用|不適用|服务|服務|应用|應用|本|我们|我們|您|法|条|條|[A-Za-z0-9]"
)
# the fewest sections whose whole body is the same filler before it is read as a template's stand-in text
_FILLER_SECTIONS = 3
# words of a writer holding a place: 隨便寫寫, 先佔個位置, 敬请期待, 內容施工中 (a short answer repeated under every
# section, 「履行合同所必需」, is content: without one of these, the stand-in must be written again to fill a body; not 这里,
# 此处 or 测试: 「了解详情，请点击这里」 and 「仅在测试版中开启」 under each section are finished text, review rv17)
_STAND_IN = lazy(r"随便|隨便|占位|佔位|占个位|佔個位|施工中|敬请期待|敬請期待|待写|待寫|乱写|亂寫|哈哈|呵呵")
# (thirty-third session, round33b) a long paragraph that says nothing a policy or agreement is about, written three times
# or more: a designer's filler text pasted under a template's headings (「我常想在纷扰中寻出一点闲静来…」, an essay, as the
# body of a user agreement).  A paragraph naming any of the text's own subjects is content however often it repeats (a
# consent sentence after each SDK), and so is a short one.
_FILLER_PROSE_MIN = 60  # CJK characters of the paragraph
_FILLER_PROSE_TIMES = 3
_POLICY_WORD = lazy(
    r"信息|資訊|资讯|資料|资料|数据|數據|隐私|隱私|用户|用戶|使用者|会员|會員|服务|服務|协议|協議|条款|條款|政策"
    r"|平台|网站|網站|应用|應用|软件|軟體|同意|收集|蒐集|权利|權利|权益|權益|法律|法规|法規|您|我们|我們|本公司|账号|賬號|帳號"
    r"|账户|賬戶|帳戶|订单|訂單|支付|商品|交易|责任|責任"
)


def _repeated_unit(text: str) -> str:
    """The shortest piece that `text` is made of, written k ≥ 1 times: 哈囉哈囉哈囉 → 哈囉."""
    period = (text + text).find(text, 1)
    return text[:period] if 0 < period < len(text) else text


_REPEATS = 4
# the phrase names the text it stands for: 这是一大堆隐私协议, 此处为政策内容 (not 亮点概述, a product template's filler)
_TEXT_WORD = lazy(r"隐私|隱私|私隱|协议|協議|政策|条款|條款|内容|內容|文本|文字|正文")
_PHRASE = (4, 20)  # the phrase's length in characters


def repeated_phrase(text: str) -> tuple[int, int] | None:
    """The span of `text` when its whole (blanks aside) is one phrase of 4 to 20 characters naming the text it stands
    for (`_TEXT_WORD`), written `_REPEATS` times or more (the last time may be cut short)."""
    body = text.strip(" \t\u3000\n")
    low, high = _PHRASE
    if len(body) < low * _REPEATS:
        return None
    # Each phrase is a prefix of the body's first `high` characters and `_TEXT_WORD` is a set of words: a body whose
    # first `high` characters hold none of them has no phrase to repeat (asked once, not once per size: every paragraph
    # of the benchmark went through 17 sizes).  A body made of its first `size` characters repeated holds its first
    # character again at `size` (`len(body) >= size * _REPEATS`), and is the same shifted by `size`.
    if _TEXT_WORD.search(body[:high]) is None:
        return None
    first, length = body[0], len(body)
    for size in range(low, high + 1):
        if length < size * _REPEATS:
            break
        if body[size] != first:
            continue
        if _TEXT_WORD.search(body[:size]) is not None and body[size:] == body[: length - size]:
            start = text.index(body)
            return start, start + length
    return None


def fillers(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Every filler finding: ellipsis lines, stand-in bodies, filler prose, repeated phrases, unwritten bodies (a text
    reported by an earlier scan is not reported again by a later one at the same place)."""
    yield from filler_lines(rule, ctx)
    bodies = list(filler_bodies(rule, ctx))
    yield from bodies
    reported = {(f.line, f.column) for f in bodies}
    # (a stand-in repeated as the body of three sections is `_filler_bodies`' finding: not reported twice)
    prose = [f for f in filler_prose(rule, ctx) if (f.line, f.column) not in reported]
    yield from prose
    reported |= {(f.line, f.column) for f in prose}
    yield from (f for f in repeated_phrases(rule, ctx) if (f.line, f.column) not in reported)
    yield from unwritten_bodies(rule, ctx)


def filler_lines(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A paragraph that is only an ellipsis (……): the items the template listed were never written."""
    for unit in ctx.units():
        if unit.kind != "paragraph" or len(unit.text) > 24:
            continue
        dots = unit.text.lstrip(" \t\u3000>*+-•·").rstrip(" \t\u3000")
        if _FILLER.fullmatch(dots):
            start = unit.text.index(dots)
            yield rule.finding(ctx, unit, start, start + len(dots), slot=dots)._replace(severity="warning")


def filler_bodies(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """One short sentence (or that sentence written again and again) standing as the whole body of three sections or
    more: stand-in text never replaced.

    「隨便寫寫」 under 資料收集, 資料使用 and 您的權利 alike is no policy; a body that says anything of the
    policy's subject (`_SUBJECT`) is content however often it repeats (无。, 详见第三条), and so is a short
    answer written once under each section (「履行合同所必需」) unless it reads as a place held (`_STAND_IN`).
    """
    bodies: dict[str, list[TextUnit]] = {}
    titles: dict[str, set[str]] = {}
    for unit in ctx.units():
        section = unit.section
        if unit.kind != "paragraph" or section is None or len(section.paragraphs) != 1:
            continue
        text = unit.text.strip(" \t\u3000")
        key = _repeated_unit(text)  # 隨便寫寫隨便寫寫隨便寫寫: the stand-in written again to fill a longer body
        if not 2 <= len(key) <= 60 or sum(1 for c in key if _is_cjk(c)) < 2 or _SUBJECT.search(key):
            continue
        bodies.setdefault(key, []).append(unit)
        titles.setdefault(key, set()).add(section.title or "")
    for key, units in bodies.items():
        if len(titles[key]) < _FILLER_SECTIONS:
            continue
        if not _STAND_IN.search(key) and all(unit.text.strip(" \t\u3000") == key for unit in units):
            continue  # 「履行合同所必需」 under each purpose: an answer, written once each time
        for unit in units:
            text = unit.text.strip(" \t\u3000")
            start = unit.text.index(text)
            yield rule.finding(ctx, unit, start, start + len(text), slot=key)


def filler_prose(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A long paragraph of prose about none of the text's subjects (`_POLICY_WORD`) written `_FILLER_PROSE_TIMES` times
    or more, word for word: filler text standing where the agreement's clauses should be (each occurrence)."""
    groups: dict[str, list[TextUnit]] = {}
    for unit in ctx.units():
        if unit.kind != "paragraph" or _POLICY_WORD.search(unit.text):
            continue  # (asked first, in C: nearly every paragraph of a policy names one of its subjects)
        text = " ".join(unit.text.split())
        if len(_CJK_CHARACTER.findall(text)) < _FILLER_PROSE_MIN:
            continue
        groups.setdefault(text, []).append(unit)
    for text, units in groups.items():
        if len(units) < _FILLER_PROSE_TIMES:
            continue
        for unit in units:
            body = unit.text.strip(" \t\u3000")
            start = unit.text.index(body)
            yield rule.finding(ctx, unit, start, start + len(body), slot=f"「{text[:16]}…」")


def repeated_phrases(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A paragraph that is one short phrase naming the text written `_REPEATS` times or more, and nothing else:
    filler standing for the policy (「这是一大堆隐私协议这是一大堆隐私协议…」, eval/blind/round38 pointapplet-wxml,
    thirty-ninth session).  Not a phrase repeated inside a sentence, nor a paragraph repeated as several bodies
    (`_filler_bodies`, `_filler_prose`)."""
    for unit in ctx.units():
        if unit.paragraph is not None and (unit.paragraph.line, unit.paragraph.column) in ctx.doc.chrome:
            continue  # a site template's menu (「亮点概述亮点概述…」 under a product in the navigation): not the policy
        span = repeated_phrase(unit.text)
        if span is not None:
            yield rule.finding(ctx, unit, span[0], span[1], slot=unit.text[span[0] : span[1]])


def unwritten_bodies(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A paragraph that only says the text is not there yet (暂无内容, 敬请期待, "Coming soon."): the policy's or a
    section's body never written (twenty-sixth session, lead).  The whole paragraph, compared as a string (a short one
    only); where the same words stand as the body of three sections, `_filler_bodies` reports them."""
    found: list[tuple[TextUnit, str]] = []
    for unit in ctx.units():
        if unit.paragraph is None or unit.paragraph.kind != "paragraph":
            continue
        words = unwritten_body(unit.text)
        if words is not None:
            found.append((unit, words))
    counts = Counter(words.lower() for _, words in found)
    for unit, words in found:
        if counts[words.lower()] >= _FILLER_SECTIONS:
            continue  # the same words as the body of three sections or more: one finding of `_filler_bodies`
        start = unit.text.index(words)
        yield rule.finding(ctx, unit, start, start + len(words), slot=words)
