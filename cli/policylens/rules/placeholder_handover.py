"""Slot forms of `placeholder-instruction` from the fortieth blind round (u40r, issue #11 §1): a text handed over to its
publisher unfinished, and a document's name left where its address belongs.

Each is a class seen in the round's dev part (`eval/blind/round40/dev`) or left by the thirty-ninth session
(`eval/blind/round39d/dev`, `eval/blind/round39/holdout`), with invented variants both ways in
`tests/test_u40r_placeholders.py`:

- a linked document's name left in square brackets where its address belongs, after a verb of place: 「（可在[港话通
  (HKChat) 私隐政策]浏览）」, "(available at [HKChat Privacy Policy])".  The label names a document (政策, 协议, 条款,
  声明, 指引, Policy, Terms, Notice…) and, in Chinese, something before that word; the Chinese verb of reading follows
  the bracket at once.  Not a UI path (「可在[设置]中查看」: no document named, and 中 before the verb), a Markdown link
  (`[隐私政策](https://…)`), nor a bare 「可在[隐私政策]查看」 (a menu item of that name);
- the text said to be unfinished, of itself: 「本页尚未定稿」, 「本政策尚未定稿」 (not 「合同尚未定稿」: another document);
- a note asking whoever publishes the text to host it first: 「上架商店前，请将本文托管为可公开访问的 URL」 (the text as
  the object of a hosting verb, after a step of publication; said to the publisher, never to a reader);
- a note that the brackets must be filled before publication, or that the text is not to be published as the final
  one: 「发布前必须将所有方括号中的内容补充完整」, 「以下项目未完成前，不应将本文作为最终隐私政策公开发布」 (not
  「请在发布前检查您的内容」: no brackets, no text of the policy);
- a line or a clause's end that only asks for the fields below before publication: 「发布前必须填写：」, 「…如下，发布前
  必须填写：」 (not 「发布前必须填写标题和正文」 said of a user's post, which names what the user writes), or asks for them
  item by item or by the actual facts, opening its sentence: 「发布前必须逐项填写具体期限」, 「发布前必须针对每一个实际境外
  接收方补充以下信息」 (not 「发布前需填写标题」);
- an English contact field whose value is an instruction: "Support email: _replace before store submission_",
  "Phone: insert here" (not "Email: we reply within two days").
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, prose_spans

_DOC_WORD_ZH = r"(?:政策|協議|协议|條款|条款|聲明|声明|指引|規則|规则|須知|须知|說明|说明)"
# a document's bare generic name, a menu item's as much as a link's: 「可在[隐私政策]查看」
_GENERIC_NAME = (
    r"(?:本|该|該)?(?:隐私|隱私|私隐|私隱|隐私权|隱私權|用户|用戶|服务|服務|使用|个人信息保护|個人資料保護)?"
    r"(?:政策|協議|协议|條款|条款|聲明|声明|指引|規則|规则|須知|须知|說明|说明)"
)
# 「可在[港话通 (HKChat) 私隐政策]浏览」: a verb of place, a bracketed document name, a verb of reading right after it
_LABEL_ZH = lazy(
    r"(?:可在|可于|可於|请在|請在|可至|请至|請至|可以在|可以於)[ \t\u3000]*"
    rf"(?<!\])\[(?!{_GENERIC_NAME}\])[^\[\]\n]{{2,40}}?{_DOC_WORD_ZH}[ \t\u3000]*\](?![(\[:])[ \t\u3000]*"
    r"(?:浏览|瀏覽|查阅|查閱|阅读|閱讀|查看|获取|獲取|下载|下載|参阅|參閱)"
)
# "(available at [HKChat Privacy Policy])": a place expected, a bracketed document name given
_LABEL_EN = lazy(
    r"(?i:\b(?:available|found|accessible|viewable|published|posted|located|read)\s+(?:at|on|via)\s+"
    r"\[[^\[\]\n]{0,50}?\b(?:policy|terms|notice|statement|agreement|conditions)\b[^\[\]\n]{0,20}?\](?![(\[:]))"
)
# 「本页尚未定稿」: the text itself said to be unfinished
_NOT_FINAL = lazy(
    r"(?:本页|本頁|本页面|本頁面|此页|此頁|本文|本文件|本文档|本文檔|本政策|本协议|本協議|本隐私政策|本隱私政策)"
    r"(?:内容|內容)?(?:目前|当前|當前|仍|还|還)?(?:尚未|仍未|还未|還未|暂未|暫未)(?:最终|最終|正式)?定稿"
)
_STEP = r"(?:正式)?(?:上架|上線|上线|发布|發布|發佈|提交|公开|公開)(?:商店|应用市场|應用市場|审核|審核)?前"
# 「上架商店前，请将本文托管为可公开访问的 URL」
_HOST_THIS = lazy(
    rf"{_STEP}[，,]?[ \t\u3000]*(?:请|請|需|须|須|务必|務必)(?:先)?(?:将|將|把)"
    r"(?:本文|本文件|本文档|本文檔|本政策|本页|本頁|本页面|本頁面|此文|本隐私政策|本隱私政策)"
    r"[^。\n]{0,8}?(?:托管|託管|部署|发布到|發布到|發佈到|上传|上傳|放到|放在|挂到|掛到)"
)
# 「发布前必须将所有方括号中的内容补充完整」, 「以下项目未完成前，不应将本文作为最终隐私政策公开发布」
_BRACKETS_BEFORE = lazy(
    rf"{_STEP}[，,]?[ \t\u3000]*(?:必须|必須|须|須|需要?|应|應|务必|務必|请|請)[^。\n]{{0,12}}?"
    r"(?:方括号|方括號|括号|括號|占位符|佔位符|占位|佔位|【】|\[\])[^。\n]{0,12}?"
    r"(?:补充|補充|补全|補全|填写|填寫|填入|替换|替換|删除|刪除)"
    r"|(?:不应|不應|不得|不要|请勿|請勿|切勿|不可)(?:将|將|把)(?:本文|本文件|本政策|本页|本頁|此文|本稿)"
    r"(?:作为|作為|当作|當作|视为|視為)(?:最终|最終|正式)"
)
# 「发布前必须填写：」: the whole line asks for what follows
_FILL_BELOW = lazy(
    rf"(?:\A[ \t\u3000>*#\-+•]*+|(?<=[，,；;])[ \t\u3000]*+){_STEP}(?:必须|必須|须|須|需要?|应|應|务必|務必|请|請)(?:先)?"
    r"(?:填写|填寫|补充|補充|补全|補全|替换|替換)(?:以下|下列)?(?:内容|內容|信息|資訊|事项|事項|字段|欄位)?"
    r"[ \t\u3000*]*[：:][ \t\u3000*]*\Z"
)
# 「发布前必须逐项填写具体期限」, 「发布前必须针对每一个实际境外接收方补充以下信息」: opening its sentence, item by item or
# by the actual facts (a template's wording; not 「发布前需填写标题」, a user's post)
_ITEMWISE = lazy(
    rf"(?:\A|(?<=[。！？!?\n]))[ \t\u3000>*#\-+•]*{_STEP}(?:必须|必須|须|須|需要?|应|應|务必|務必)"
    r"[^，,。；;\n]{0,16}?(?:逐项|逐項|逐一|逐條|逐条|实际|實際)[^，,。；;\n]{0,12}?(?:补充|補充|填写|填寫|填入|补全|補全)"
)
# "Support email: _replace before store submission_"
_VALUE_INSTRUCTION = lazy(
    r"(?i:\b(?:e-?mail|phone|telephone|address|contact|website|url|fax)\b[^:\n]{0,16}:[ \t]*[_*]{0,2}[ \t]*"
    r"(?:replace|insert|add|fill\s+in|update)\b[^\n]{0,40}?\b(?:before|with|here|later)\b[^\n]{0,40})"
)

_NEEDS = lazy(r"\[|定稿|前|(?i:replace|insert|fill|update|add)")


def handover_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every note or label of the forms above, in document order per form."""
    forms = (_LABEL_ZH, _LABEL_EN, _NOT_FINAL, _HOST_THIS, _BRACKETS_BEFORE, _FILL_BELOW, _ITEMWISE, _VALUE_INSTRUCTION)
    yield from prose_spans(ctx, forms, _NEEDS)
