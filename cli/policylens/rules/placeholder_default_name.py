"""placeholder-default-name: a generator's or template's default word left where the operator's name belongs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_instruction import _EXAMPLE_CUE

# The Chinese forms.  Every alternative starts with a literal, so `re` skips ahead in C.
# - a generator's label with its value left out: 「是由主体公司提供的」 (the generator writes
#   「是由主体公司{名称}提供的」), 「XX 是由运营主体提供」;
# - a default name used as its own defined term: 「网站运营商（“网站运营商”，“我们”…）」;
# - the generic word as the antecedent of the definition: 「本公司（以下简称“公司”）」.
_DEFAULT_CN = (
    "网站运营商|網站運營商|网站运营者|網站營運者|網站運營者|网站经营者|網站經營者|应用开发者|應用開發者|应用程序开发者|應用程式開發者"
)
_CN = lazy(
    r"由(?P<label>主体公司|主體公司|运营主体|運營主體)(?=[ \t\u3000]*(?:提供|运营|運營|开发|開發|所有|负责|負責))"
    rf"|(?P<selfdef>{_DEFAULT_CN})(?=[（(][“\"「『]?(?:{_DEFAULT_CN})[”\"」』]?[，,）)])"
    # (u60p, eval/blind/round60p churili-zh-tsx L77) not after a bracket or a quote that closes a name: 「【楚恬商行】公司」,
    # 「“楚恬”公司」 (a name filled in its template's brackets, or quoted: 公司 is part of it)
    r"|(?P<generic>本公司|我公司|公司(?<![\w 】］\]”」』\"]公司))(?=[（(][ \t]*以下(?:简|簡)[称稱])"
    # a stand-in company defined as the operator: 「示例公司（以下简称“我们”）」, 「測試科技有限公司（以下簡稱…）」
    r"|(?P<sample>(?:示例|示範|示范|範例|范例|样例|樣例|测试|測試)(?:科技|网络|網絡|信息|資訊)?(?:有限公司|公司))(?=[（(][ \t]*以下(?:简|簡)[称稱])"
    # (twenty-fifth session, lead) the same stand-in as a name anywhere it opens: 「公司名称：示例科技有限公司」, 「由範例公司提供」
    # (not 测试: 「由第三方测试公司检测」 is a real trade; the character before it is checked in `check`)
    r"|(?P<samplename>(?:示例|示範|示范|範例|范例|样例|樣例)(?:科技|网络|網絡|信息|資訊)?(?:股份)?(?:有限公司|公司))"
    # (twenty-sixth session, lead) the letters a template writes for the company: 「ABC有限公司」, "ABC Company Limited",
    # "XYZ Ltd." (the company form must follow: ABC Crypto Night, 中国农业银行（ABC） are names)
    r"|(?P<letters>(?<![A-Za-z0-9&])(?:ABC|XYZ)[ \t]?(?:(?:科技|网络|網絡|信息|資訊)?(?:股份)?(?:有限公司|公司)"
    r"|(?:Company|Corporation|Corp\.?|Co\.,?[ \t]?Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC)(?:[ \t](?:Limited|Ltd\.?|Inc\.?))?(?![A-Za-z])))"
    # (u35r, round35) one capital letter as the company: 「由 A有限公司（以下简称“我们”）提供」, a generator's stand-in (a
    # legal form must follow: A股, B站 and A公司 in an example are words; the opening and 例如 are checked in `check`)
    r"|(?P<letter>(?<![A-Za-z0-9&])[A-Z][ \t]?(?:科技|网络|網絡|信息|資訊)?(?:股份)?(?:有限责任公司|有限責任公司|有限公司))"
    # the generator's name left empty: 「本app（…）是由 提供的应用程序」
    r"|(?P<hole>是由[ \t\u3000]*提供的)(?=应用程序|應用程式|应用|應用|网络产品|網路產品|网络服务|網路服務|服务|服務|软件|軟體|产品|產品|小程序|[Aa]pp|APP)"
)
# The English generators' defaults, capitalised as a name.  The pattern finds the words (a literal
# start); `_in_name_position` then reads the few characters around them.
_EN = lazy(
    r"(?P<name>Website Operator|App Developer|Application Developer|Company Name|Developer Name|Your Company Name"
    r"|Your Company|Your App Name|Your Name|Owner Name)(?![A-Za-z])"
    r"|by the (?P<company>Company)(?![A-Za-z])"
    r"|(?P<hole>(?:provided|created|developed|built|owned|operated) by)[ \t]+(?=at no cost|\(hereby|\(hereinafter)"
    r"|(?P<built>built the)(?= [^.\n]{1,60}? app as an? )"
    # (u51k, eval/blind/round51 jaeyeon-en-txt) a template's stand-in product or company, capitalised as a name: "how
    # Example App may handle personal information", "Example App may collect" (not "an example app", "for example, App
    # Store", "e.g. Sample App": an example the text gives; not in quotes or code, a name in a sample)
    r"|(?P<sample>(?<![A-Za-z])(?:Example|Sample)[ \t](?:App|Application|Company|Corp\.?|Corporation|Inc\.?|LLC|Ltd\.?)(?![A-Za-z]))"
)
_EN_WORDS = ("Operator", "Developer", "Company", "Name", "by ", "built the", "Example ", "Sample ")
# what marks an example the text gives before a stand-in: "e.g. Example App", "such as Sample App", 'named "Example App"'
_EXAMPLE_BEFORE = lazy(
    r"(?i:e\.g\.|i\.e\.|such as|for example|for instance|like|called|named|an?|the)[ \t]*+(?:[\"“'‘][ \t]*+)?\Z"
)  # a literal pre-check: most policies hold none
_BEFORE = ("provided by ", "created by ", "developed by ", "operated by ", "owned by ", "built by ", "published by ", "describes how ")
_AFTER = (" built ", " created ", " developed ", " operates ", " owns ", ' ("', " (“", " (hereby", " (hereinafter", " is committed")
_BY_VERBS = ("provided", "operated", "owned", "developed", "published", "offered", "built", "created", "run")
# A document that names its operator: a legal entity, a studio, or a filled 开发者：/Operator: label.
_NAMED = lazy(
    r"有限公司|有限責任公司|有限责任公司|股份公司|合伙企业|合夥企業|工作室|事务所|事務所|个体工商户|個體工商戶"
    # (u36r2, round36b) not the legal form of the default itself: "Your Company Ltd ("we")" names no operator
    r"|(?<![A-Za-z])(?<!Your Company )(?<!Company Name )(?<!Your Company Name )"
    r"(?:Co\.|Ltd|LTD|Limited|Inc|LLC|L\.L\.C|GmbH|Corp|Corporation|Pty|Pte|S\.A\.|B\.V\.)(?![A-Za-z])"
    r"|(?:开发者|開發者|运营者|運營者|營運者|经营者|經營者|运营方|運營方|运营主体|運營主體|主体名称|主體名稱|Developer|Operator|Publisher|Owner)"
    r"[ \t\u3000]*[：:][ \t\u3000]*(?![【\[［<＜{（(]|\n)\S{2}"
)


# A company named in the title (「腾讯公司隐私政策」, 「华为技术公司隐私声明」): not 本公司/我公司/贵公司.
_TITLE_COMPANY = lazy(r"[\w\u4e00-\u9fff（）()]{2,30}(?<![本我贵貴该該此其])(?:公司|集团|集團)")
# … or as the owner of the policy in the text (「腾讯科技（深圳）公司隐私政策」 on a line of its own).
_COMPANY_POLICY = lazy(r"(?<![本我贵貴该該此其])(?:公司|集团|集團)(?:的)?(?:隐私|隱私)(?:权|權)?(?:政策|声明|聲明|保护|保護)")


def names_operator(ctx: Context) -> bool:
    """Whether the document names its operator anywhere: a legal entity (有限公司, Ltd, Inc), a studio, a filled
    label, or a company named in the title (「腾讯公司隐私政策」; review, seventh session)."""
    cached = ctx.__dict__.get("_names_operator")
    if cached is None:
        title = ctx.doc.metadata.title or ""
        joined = ctx.joined().text
        cached = _NAMED.search(joined) is not None or _TITLE_COMPANY.search(title) is not None or _COMPANY_POLICY.search(joined) is not None
        ctx.__dict__["_names_operator"] = cached
    return cached


# A copied policy's company left where the operator acts in the policy's account of itself: 「我们通过本隐私政策向您
# 说明法大大在提供产品与或服务时如何收集…以及法大大如何保障您的个人信息安全」 in another product's policy, which defines
# itself as 「我们（以下称“我们”或“迈小律”）」.  The name stands after 向您说明/以及 and before 在提供/如何 + a verb of handling,
# a modal between them not part of it: 「向您说明口袋银行APP会如何收集」 names 口袋银行APP, the bank's own app named 17 times
# in its policy (eval/precision22/pingan-card-cn/raw_data/0745.html, held out).
_ACTOR = lazy(
    r"(?:(?:说明|說明)了?|以及)(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:会|會|将|將)?(?=在提供|如何(?:收集|使用|保障|保护|保護|处理|處理|存储|儲存|共享))"
)
# the words a policy uses for itself in that place: never a copied name
_SELF = lazy(
    r"^(?:我们|我們|我方|本公司|本平台|本应用|本應用|本网站|本網站|本产品|本產品|本服务|本服務|本小程序|本软件|本軟體|公司|平台|开发者|開發者|运营者|運營者)"
)
# the definitions of the document's own names: 「（以下简称“星河”）」, 「(以下稱"我們或"迈小律")」
_DEFINITION = lazy(r"[（(][ \t\u3000]*(?:以下|下文|下)?(?:简|簡|统|統)?[称稱][^）)\n]{1,40}[）)]")
# the clause is the policy speaking of itself
_SELF_ACCOUNT = ("本隐私政策", "本隱私政策", "本政策", "本隐私权政策", "本隱私權政策", "本指引", "本声明", "本聲明")


def _copied_names(ctx: Context) -> Iterator[tuple[TextUnit, int, int, str]]:
    """A name the policy never introduces, standing where the operator acts in the policy's account of itself.

    The document must define its own name (「（以下简称“星河”）」); the name found is not one of them, not in the title,
    and occurs nowhere else in the text (a parent company named in the operator's statement is introduced, so it
    is not flagged).
    """
    joined = ctx.joined().text
    definitions = "".join(m.group(0) for m in _DEFINITION.finditer(joined))
    if not definitions:
        return
    title = ctx.doc.metadata.title or ""
    as_actor = Counter(m.group("name") for m in _ACTOR.finditer(joined))
    for unit, start, _end, m in ctx.scan(_ACTOR):
        name = m.group("name")
        if _SELF.match(name) or name in definitions or name in title or not any(w in unit.text for w in _SELF_ACCOUNT):
            continue
        if joined.count(name) > as_actor[name]:
            continue  # named elsewhere in the text: a company the policy introduces
        a = start + m.start("name") - m.start()
        yield unit, a, a + len(name), name


# what stands before a name where it opens: the start of the text, a label's colon, 由/为/是, a quote or a bracket
_NAME_OPENS = frozenset(("", "：", ":", "由", "为", "為", "是", "“", "「", "『", "（", "(", " ", "\u3000", "*"))

_ARTICLES = ("the", "a", "an", "our", "your", "each", "any", "every", "this", "that")


# a company's legal form right after a default name: "Your Company Ltd", "Company Name, Inc."
_LEGAL_FORM_AFTER = lazy(
    r"[ \t]?,?[ \t]?(?:Co\.,?[ \t]?Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|Corporation|GmbH|Pty\.?[ \t]Ltd\.?)(?![A-Za-z])"
)


def _in_name_position(text: str, start: int, end: int) -> bool:
    """Whether a default name stands where a generator writes the operator's name.

    Not after an article: "on behalf of the Website Operator ("Customer")" and "If you are an App
    Developer ("Developer")" are defined terms (review, seventh session).
    """
    before = text[max(0, start - 16) : start]
    word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    if word in _ARTICLES:
        return False
    after = text[end : end + 40]
    form = _LEGAL_FORM_AFTER.match(after)  # (u36r2) "Your Company Ltd ("we")": the default's legal form, then the place
    after = after[form.end() if form else 0 :][:14]
    return before.endswith(_BEFORE) or after.startswith(_AFTER)


@register
class PlaceholderDefaultName(Rule):
    """Flags a generator's or template's default word left where the operator's name belongs: 是由主体公司提供的, Website Operator built….

    ## What it does
    Finds the words a policy generator or a template puts where the operator's name goes, when
    the name was never filled in:

    - **error** (certain): a generator's label with its value left out, 「是由主体公司提供的」,
      「是由运营主体提供」 (the generator writes 是由主体公司{名称}提供), in a document that names no
      operator anywhere; a default used as its own defined term, 「网站运营商（“网站运营商”，“我们”…）」;
      an English generator's default in the name's place: "Website Operator built the app",
      "provided by App Developer at no cost", 'describes how Website Operator ("Website Operator", "we"…)';
      the generator's name left empty: 「是由 提供的应用程序」, "provided by  at no cost"; a stand-in company
      defined as the operator, 「示例公司（以下简称“我们”）」.
    - **warning** (likely): a name the policy never introduces, where the operator acts in its account of
      itself, in a policy that defines its own name: 「我们（以下简称“星河记账”）…我们通过本政策向您说明
      云账本在提供产品与服务时如何收集…」 (a company's name left from the policy that was copied);
      the same label in a document that does name a company elsewhere (a group's
      policy may say 由主体公司提供 of its parent company); the generic word as the antecedent of the
      definition, 「本公司（以下简称“公司”）」, and "provided by the Company", in a document that names no
      operator anywhere (no 有限公司, Ltd, Inc, studio, nor a filled 开发者：/运营者：/Operator: label).

    Not flagged: the label followed by a name (是由主体公司××中心提供的); 「由提供的数据生成」 (data
    provided, not a product provided by nobody); 「××有限公司（以下简称“本公司”）」;
    「本公司（以下简称“我们”）」 when the document names the company elsewhere (the title, the contact
    section); "the Website Operator" and "the App Developer" (defined terms with an article);
    'Acme Ltd. ("Company")'; a policy named only by its brand (CC网盘（以下简称“我们”）, SynoDocker),
    which names its operator the way many real policies do.

    ## Why is this bad?
    The reader cannot tell who handles their data: the policy names a template's word instead of
    the operator, which PIPL 第十七条 requires it to name.

    ## Example
        本应用是由主体公司提供的。Website Operator built the app as a free app.

    Use instead:
        本应用是由主体公司杭州某某科技有限公司提供的。Acme Ltd. built the app as a free app.

    ## References
    - PIPL 第十七条 (个人信息处理者的名称或者姓名和联系方式); 個人資料保護法第8條 (公務機關或非公務機關名稱).
    """

    id = "placeholder-default-name"
    severity = "error"
    groups = ("placeholder",)
    supersedes = ("entity-mismatch", "script-mixed", "regional-vocabulary")
    messages = {
        "en": "template's default word where the operator's name belongs: {text}",
        "zh-Hant": "名稱仍為範本的預設字詞：{text}，應填入營運者名稱",
        "zh-Hans": "名称仍为模板的默认词：{text}，应填入运营者名称",
    }

    _HOLE = {
        "en": "the operator's name is missing: {text}",
        "zh-Hant": "缺少營運者名稱：{text}",
        "zh-Hans": "缺少运营者名称：{text}",
    }

    _COPIED = {
        "en": "a name the policy never introduces stands where the operator acts (left from a copied policy?): {text}",
        "zh-Hant": "此處的名稱未在本政策中介紹，疑為抄用範本時遺留的其他公司名稱：{text}",
        "zh-Hans": "此处的名称未在本政策中介绍，疑为套用模板时遗留的其他公司名称：{text}",
    }

    def _hole(self, ctx: Context, unit: TextUnit, start: int, end: int) -> Finding:
        """A finding for a name left empty (是由 提供的), with its own message."""
        text = unit.text[start:end].rstrip()
        message = self._HOLE.get(ctx.lang, self._HOLE["en"]).format(text=text)
        return self.finding(ctx, unit, start, start + len(text), message=message)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for unit, start, end, m in ctx.scan(_CN):
            if m.group("generic") is not None:
                if names_operator(ctx):
                    continue  # ××有限公司 named elsewhere: 本公司 refers to it
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])._replace(severity="warning")
                continue
            if m.group("label") is not None:
                start += 1  # the label, without 由
                finding = self.finding(ctx, unit, start, end, text=unit.text[start:end])
                yield finding._replace(severity="warning") if names_operator(ctx) else finding
                continue
            if m.group("hole") is not None:
                yield self._hole(ctx, unit, start, end)
                continue
            if (m.group("letters") is not None or m.group("letter") is not None) and (
                unit.text[start - 1 : start] not in _NAME_OPENS or _EXAMPLE_CUE.search(unit.text, max(0, start - 8), start)
            ):
                continue  # 例如 ABC 公司: an example the policy gives, not the operator's name
            if m.group("samplename") is not None and (
                unit.text[start - 1 : start] not in _NAME_OPENS or _EXAMPLE_CUE.search(unit.text, max(0, start - 8), start)
            ):
                continue  # 某示例公司, 这家示例公司, 例如：示例公司的用户: a word of a sentence or an example, not the name's place
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])  # a default defined as itself
        for unit, start, end, name in _copied_names(ctx):
            yield self.finding(ctx, unit, start, end, message=self._COPIED.get(ctx.lang, self._COPIED["en"]).format(text=name))._replace(
                severity="warning"
            )
        joined = ctx.joined().text
        if not any(word in joined for word in _EN_WORDS):
            return
        for unit, start, end, m in ctx.scan(_EN):
            if m.group("company") is not None:
                word = unit.text[max(0, start - 12) : start].rstrip().rsplit(" ", 1)[-1]
                if word not in _BY_VERBS or names_operator(ctx):
                    continue  # "owned by the Company" defined with a name elsewhere, or not the operator
                a = start + m.start("company") - m.start()
                yield self.finding(ctx, unit, a, end, text=unit.text[a:end])._replace(severity="warning")
                continue
            if m.group("hole") is not None:
                yield self._hole(ctx, unit, start, end)
                continue
            if m.group("built") is not None:
                before = unit.text[max(0, start - 3) : start].rstrip(" \t*_>")
                if before and not before.endswith((".", "!", "?", "。")):
                    continue  # "Jane Doe built the app as a free app": the name is there
                yield self._hole(ctx, unit, start, end)
                continue
            if m.group("sample") is not None:
                if _EXAMPLE_BEFORE.search(unit.text, max(0, start - 16), start) or in_code(unit, start):
                    continue  # "e.g. Example App", "the Sample App": an example or a defined demo, not the operator's name
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
                continue
            if _in_name_position(unit.text, start, end):
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
