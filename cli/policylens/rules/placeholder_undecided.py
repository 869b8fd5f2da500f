"""Slot forms of `placeholder-instruction` from the fortieth session's blind round 40d (u40k2, not blind: fixed from the
round's read misses, eval/blind/round40d), each a class with invented variants both ways in
`tests/test_u40k2_placeholders.py`:

- an author's note in 【】 naming what is missing, inside running text: 「网址为【少网址】的网站」, 「联系地址【缺地址】」,
  「【缺少联系电话】」 (少, 缺 or 缺少 then a field of the operator's details: 网址, 地址, 邮箱, 电话, 名称, 日期…).  Not
  【缺省设置】 (缺省 is "default"), 【缺货】, nor a bracket whose field is not a detail the text owes;
- a stand-in value followed by the drafter's instruction in round brackets, said to the publisher: 「SubShare Demo
  Team（示例；正式上线请在后台填写真实公司名称）」 — the bracket opens with 示例 or names a publication step (正式上线,
  上线前, 发布前), and asks for the real operator's name or contact (真实 + 公司, 主体, 运营, 客服, 邮箱…).  Not 「（请填写
  真实姓名）」 on a sign-up form (no sample, no publication step: said to the user);
- English review markers in square brackets: `[Pending legal review]`, `[pending per-platform legal check]`,
  `[awaiting counsel approval]` (pending or awaiting, then a legal reviewer and a review; not `[Pending]`, an order's state);
- a 【待…】 review note with a scope between the reviewer and the review, or the review 核对: 「【待法务逐平台核对】」,
  「【待律师逐条审核】」, 「【待法务核对】」 (the reviewer named: not 【待核对订单】, an app's list);
- an item declared undecided with the drafter's to-do mark after it: 「保留期尚未定案(待办)」, 「尚未确定（TODO）」, "still to be
  decided (open item)" (not 「相关法规尚未定案」: no to-do mark);
- the contact given said to be a placeholder: 「请通过页脚邮箱联系(公测期间为占位邮箱)」, "the email in the footer (a
  placeholder during the beta)" (the English bracket a few words after the mailbox's word; not "a grey box (a
  placeholder image)");
- a title marked as a draft: the value of a `title` key in a script module or catalogue that ends in (草案), (草稿)
  or (draft): `title: "删除 / 勿联系 / 查询申请(草案)"`, `title: "Data Sources Statement (draft)"` (not 「草案」 inside a
  sentence, nor a title whose bracket says something else; after the text's own name, 隐私政策(草案), and in a
  heading, the mark is `placeholder-drafting`'s).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import CONTACT_CHANNELS
from policylens.rules.context import Context, TextUnit, prose_spans
from policylens.rules.placeholder_drafting import _after_name

# the operator's details a template leaves to fill, as a missing-note names them
_DETAIL = (
    rf"(?:{CONTACT_CHANNELS}|网址|網址|网站|網站|链接|鏈接|連結|域名|官网|官網|手机号|手機號|名称|名稱|公司名|全称|全稱"
    r"|日期|联系方式|聯繫方式|聯絡方式|联系人|聯絡人|主体|主體|运营方|運營方|备案号|備案號|统一社会信用代码|統一社會信用代碼)"
)
# 「网址为【少网址】」, 「【缺少联系电话】」
_MISSING_NOTE = lazy(
    rf"[【［\[][ \t]*(?:缺少|欠缺|少|缺)(?![省儿兒年量数數女许許])[^【】［］\[\]\n]{{0,4}}?{_DETAIL}[^【】［］\[\]\n]{{0,4}}[】］\]]"
)
_STEP = r"(?:正式上线|正式上線|正式发布|正式發布|正式发布前|上线前|上線前|发布前|發布前|上架前|正式版|正式环境|正式環境)"
_OPERATOR = r"(?:公司|企业|企業|主体|主體|运营|運營|营运|營運|客服|邮箱|郵箱|电话|電話|联系|聯繫|聯絡|地址|名称|名稱)"
# 「（示例；正式上线请在后台「站点设置」填写真实公司名称…）」
_STAND_IN_NOTE = lazy(
    rf"[（(][ \t]*(?:(?:示例|示範|示范|范例|範例)[ \t]*[；;，,、：:][^（）()\n]{{0,40}}?|[^（）()\n]{{0,12}}?{_STEP}[^（）()\n]{{0,6}}?)"
    rf"(?:请|請|需|须|須|务必|務必)[^（）()\n]{{0,30}}?(?:填写|填寫|替换|替換|改为|改為|更换|更換|换成|換成)"
    rf"[^（）()\n]{{0,8}}?(?:真实|真實|正式)[^（）()\n]{{0,8}}?{_OPERATOR}[^（）()\n]{{0,40}}[）)]"
)
# `[Pending legal review]`, `[pending per-platform legal check]`
_EN_REVIEW_MARK = lazy(
    r"(?i:\[[ \t]*(?:pending|awaiting)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:legal|lawyer|counsel|attorney|compliance)[ \t]+"
    r"(?:review|check|approval|sign-off|confirmation)[ \t]*\])(?![(\[:])"
)
_REVIEWER = r"(?:法务|法務|律师|律師|法律顾问|法律顧問|合规|合規)"
_REVIEW = r"(?:核对|核對|确认|確認|审核|審核|审阅|審閱|复核|複核|核实|核實|审定|審定)"
# 「【待法务逐平台核对】」, 「【待法务核对】」
_SCOPED_REVIEW = lazy(rf"[【［\[][ \t]*待{_REVIEWER}(?:(?:逐[\u4e00-\u9fff]{{1,3}}?|再|进一步|進一步){_REVIEW}|核对|核對)[ \t]*[】］\]]")
# 「保留期尚未定案(待办)」, "still to be decided (open item)"
_UNDECIDED = lazy(
    r"(?:尚未|仍未|暂未|暫未)(?:定案|确定|確定|决定|決定|敲定)[ \t]*[（(][ \t]*(?:待办|待辦|待定|TODO|TBD)[ \t]*[)）]"
    r"|(?i:\b(?:still|yet)[ \t]+to[ \t]+be[ \t]+(?:decided|determined|confirmed|finali[sz]ed|agreed)[ \t]*"
    r"\([ \t]*(?:open[ \t]+item|to-?do|tbd)[ \t]*\))"
)
# 「请通过页脚邮箱联系(公测期间为占位邮箱)」, "the footer email (a placeholder during the beta)": the contact given is
# said to be a placeholder (the mailbox named a few words before the English bracket, the finding from that word; not
# "a grey box (a placeholder image)")
_PLACEHOLDER_CONTACT = lazy(
    rf"[（(][^（）()\n]{{0,12}}?(?:占位|佔位)(?:{CONTACT_CHANNELS}|联系方式|聯繫方式|聯絡方式|号码|號碼)[^（）()\n]{{0,20}}[）)]"
    r"|(?i:\b(?:email|e-mail|mailbox|address|inbox)\b[^()\n.;:,]{0,20}?\([ \t]*(?:this[ \t]+is[ \t]+|currently[ \t]+)?an?[ \t]+placeholder\b[^()\n]{0,80}\))"
)
# `title: "数据来源声明(草案)"`: a title's value in a script module or catalogue, its draft mark closing it
_TITLE_VALUE = lazy(
    r"""(?<![\w$])["']?title["']?[ \t]*[:=][ \t]*["'`](?P<mark>[^"'`\n]{1,80}?[ \t]*[（(][ \t]*(?:草案|草稿|(?i:draft))[ \t]*[)）])["'`]"""
)

# the forms that are never code, read in a page's script strings too (`placeholder_instruction.scripts`)
PROSE_FORMS = (_MISSING_NOTE, _STAND_IN_NOTE, _EN_REVIEW_MARK, _SCOPED_REVIEW, _UNDECIDED, _PLACEHOLDER_CONTACT)
_NEEDS = lazy(r"[缺少欠待定案占佔(（]|(?i:pending|awaiting|decided|determined|confirmed|finali|agreed|title|placeholder)")


def undecided_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every note, marker or title of the forms above, in document order per form."""
    yield from prose_spans(ctx, PROSE_FORMS, _NEEDS)
    for unit, start, _, m in ctx.scan(_TITLE_VALUE, needs="title"):
        lo, hi = start + m.start("mark") - m.start(), start + m.end("mark") - m.start()
        if not _after_name(unit.text, max(unit.text.rfind("(", lo, hi), unit.text.rfind("（", lo, hi))):
            yield unit, lo, hi  # (隐私政策(草案): the draft mark after the text's name is `placeholder-drafting`'s)
