"""placeholder-comment: an HTML comment that holds a drafting instruction (`<!-- 请补充… -->`)."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import CONTACT_CHANNELS
from policylens.rules.base import Rule, register
from policylens.rules.context import Context

# What makes a comment a note to the author: an instruction to fill in or change the text,
# a to-do marker, a step before release or a review.  A commented-out passage (<!-- （四）撤回您的授权 …),
# a section marker (<!-- more -->, <!--StartFragment-->) or a note to translators (Do not remove
# when translating) has none of them.
_CUE = lazy(
    r"[请請](?![您你勿])[^\n]{0,12}?(?:补充|補充|填写|填寫|填入|替换|替換|修改|删除|刪除|确认|確認|更新|完善|核实|核實|列出|插入|写|寫)"
    r"|(?:补充|補充|填写|填寫|填入|替换|替換|完善|核实|核實)(?:[^\n]{0,8}?)(?:内容|內容|信息|資訊|链接|鏈接|連結|邮箱|郵箱|地址|电话|電話|名称|名稱|日期|主体|主體|此处|此處)"
    r"|待(?:补|補|填|定|确认|確認|更新|完善|审核|審核|法务|法務|律师|律師)"
    r"|(?:提审|提審|送审|送審|上线|上線|发布|發布|上架|定稿)前"
    r"|(?:律师|律師|法务|法務)(?:审|審|确认|確認|看)"
    r"|(?<![A-Za-z])(?:TODO|FIXME|TBD|XXX)(?![A-Za-z])"
    r"|(?i:\b(?:to\s*do|fill\s+in|replace\s+(?:this|with)|insert\s+(?:your|the)|update\s+(?:this|before)|before\s+(?:publishing|release|launch)"
    r"|legal\s+review|confirm\s+with\s+legal)\b)"
)
# A requirement (必须填…, 务必确认…): an instruction to the author, unless the comment speaks of the page's code.
_MUST = lazy(r"(?:必须|必須|务必|務必|需要|须|須)[^\n]{0,10}?(?:填|补|補|改|写|寫|替换|替換|删|刪|确认|確認)")
# A note on the page's code, not on its text: it names a tag (<audio>) or a piece of the page's machinery
# (元素, 脚本, SPA, DOM…).  「播放器的 <audio> 元素必须放在 SPA 局部替换范围之外」 (eval/precision26b cnfte-blog-html)
# reads 必须…替换 in the noun 局部替换范围; an explicit request (请补充, TODO, 待确认) is reported whatever it names.
_CODE_NOTE = lazy(
    r"</?(?:audio|video|source|script|style|link|meta|div|span|img|iframe|canvas|svg|template|slot|section|nav|header|footer|main|body|head|button|input|form)\b[^<>\n]*>|元素|脚本|腳本|组件|組件|函数|函數|样式|樣式|选择器|選擇器|回调|回調|变量|變數"
    r"|(?<![A-Za-z])(?:SPA|DOM|CSS|JS|JavaScript|iframe)(?![A-Za-z])"
)
# (thirty-second session, u32p) a note about the page's look, not its text: it names the logo, an icon, a font, a colour,
# the background, the layout (<!-- 请替换为正式的 logo 图标 -->, <!-- TODO: 字体颜色待调整 -->, <!-- 请修改背景颜色 -->).  The
# policy's words are complete; what is left is the page's design, which is no drafting of the notice.  A note that
# also names something the notice says (邮箱, 日期, 公司, SDK, 内容, 文案, a link…) is still a note on the text.
_LOOK = lazy(
    r"(?i:logo)|图标|圖標|(?i:\b(?:icons?|favicon|fonts?|colou?rs?|background|layout|padding|margin|banner|theme)\b)|字体|字體|字号|字號"
    r"|颜色|顏色|配色|色值|色号|色號|主题色|主題色|品牌色|背景|排版|布局|佈局|版式|间距|間距|边距|邊距|圆角|圓角|阴影|陰影|动画|動畫"
    r"|横幅|配图|配圖|插图|插圖|头图|頭圖|封面图|封面圖"
)
_TEXT_SUBJECT = lazy(
    rf"{CONTACT_CHANNELS}|手机|手機|日期|时间|時間|名称|名稱|公司|主体|主體|运营|運營|營運|营运|SDK|第三方|条款|條款"
    r"|政策|协议|協議|内容|內容|文字|文案|正文|信息|資訊|资料|資料|联系|聯繫|聯絡|联络|链接|鏈接|連結|网址|網址|权利|權利|隐私|隱私|个人|個人"
    r"|(?i:\b(?:e-?mail|phone|address|dates?|company|policy|terms|contact|text|copy|wording|links?|urls?|sdks?)\b)"
)
# notes that record work done or guide maintainers, not work left: 已由法务审核通过, Approved after legal review,
# 翻译说明, 请勿修改 id, 构建时间 / 自动生成
_DONE = lazy(
    r"已(?:由[^\n]{0,8})?(?:审核|審核|审阅|審閱|确认|確認|完成|通过|通過)|审核通过|審核通過|(?i:approved|reviewed\s+(?:by|on)|signed\s+off)"
    r"|翻译说明|翻譯說明|译者|譯者|(?i:translator)|请勿修改|請勿修改|(?i:do\s+not\s+(?:edit|modify|change))|构建|構建|自动生成|自動生成|(?i:generated|build)"
)
# (twenty-eighth session, round28b) a pre-release checklist whose boxes are all ticked (<!-- 【發布前待補項目】 1. [x] 統一編號…
# 補上 2. [x] … -->): a record of work done.  Two ticked boxes at least, no open box, and no line but the list's title
# (its first line, short) holding a request or a to-do word.  (Its opening marks possessive: no alternative starts with
# one, so giving one back never helps; and it starts where a run of them starts, so a line of 【 is tried once.)
_TICKED = lazy(r"\[[xX✓✔]\]|[✅☑✔]")
_OPEN_BOX = lazy(r"\[[ \t\u3000]?\]|[☐⬜]")
_LIST_TITLE = lazy(
    r"(?<![【\[#*])[【\[#*]*+[^\n]{0,24}?(?:[】\]：:]|项目|項目|清单|清單|事项|事項|(?i:checklist|to-?dos?))[*]*[ \t\u3000]*\Z"
)
# tool directives, and Word's conditional comments (<!--[if gte mso 9]><xml>…), which hold markup, not notes
_IGNORED = lazy(r"(?:policylens-(?:disable|enable)|prettier-ignore|markdownlint|textlint|eslint|more\b|\[if\s|\[endif\])")


def _ticked_checklist(text: str) -> bool:
    """Whether a comment is a checklist with every box ticked: a record of work done, not work left."""
    if _OPEN_BOX.search(text) is not None:
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if sum(1 for line in lines if _TICKED.search(line)) < 2:
        return False
    body = lines[1:] if lines and not _TICKED.search(lines[0]) and _LIST_TITLE.match(lines[0]) else lines
    return all(_TICKED.search(line) or (_CUE.search(line) is None and _MUST.search(line) is None) for line in body)


# A DOCX's comments are Word's (Review ▸ New Comment, `load.docx`), each placed at its paragraph (thirty-fifth session,
# u35r3): 「请填写公司全称」 beside a name the template left.
_WORD_MESSAGES = {
    "en": "drafting note in a Word comment: {text}",
    "zh-Hant": "Word 註解中留有草稿說明：{text}",
    "zh-Hans": "Word 批注中留有草稿说明：{text}",
}


@register
class PlaceholderComment(Rule):
    """Flags an HTML comment that holds a note to the author: `<!-- 请补充客服邮箱 -->`, `<!-- TODO -->`.

    ## What it does
    Reads the comments of a Markdown or HTML policy (`<!-- … -->`), and a Word document's comments (Review ▸ New
    Comment, placed at the paragraph they are attached to), and reports those that
    hold a drafting instruction: a request to fill in, replace or confirm something
    (请补充…, 必须填一个真实可达的邮箱), a to-do marker (TODO, 待补充, 待确认), a step before
    release (提审前…, 上线前…) or a review (律师审, legal review).

    Not flagged: a commented-out passage of the policy itself (`<!-- （四）撤回您的授权 … -->`),
    a requirement about the page's code (`<!-- <audio> 元素必须放在 SPA 局部替换范围之外 -->`),
    a note to translators (`<!-- Do not remove when translating. -->`), section markers
    (`<!-- more -->`, `<!--StartFragment-->`) and tool directives (`policylens-disable`,
    `prettier-ignore`), a note about the page's look that names nothing the notice says (`<!-- 请替换为正式的 logo 图标 -->`,
    `<!-- TODO: 字体颜色待调整 -->`: the design is left, not the text), and a checklist whose boxes are all ticked (`<!-- 【發布前待補項目】 1. [x] 統一編號… 補上
    2. [x] … -->`: work recorded as done; one open box `[ ]` or an unticked request keeps it).  The finding is placed at the start of the comment's first line.

    ## Severity
    Warning: a comment is not shown to the reader of the rendered page, so the published
    text itself may be complete.  It still ships in the page source, and it says that
    something the author meant to fill in or check may not have been done: a reviewer
    should read the text the comment speaks of.

    ## Why is this bad?
    The note usually marks what was left unfinished (a contact, an SDK, a date); the
    visible text around it is often the placeholder the note was about.

    ## Example
        联系邮箱：privacy@example-operator.cn
        <!-- 提审前必须填一个真实可达的邮箱 -->

    Use instead:
        联系邮箱：privacy@example-operator.cn

    ## References
    - PIPL 第十七条 (the notice must be complete and accurate).
    """

    id = "placeholder-comment"
    severity = "warning"
    groups = ("placeholder",)
    messages = {
        "en": "drafting note in an HTML comment: {text}",
        "zh-Hant": "HTML 註解中留有草稿說明：{text}",
        "zh-Hans": "HTML 注释中留有草稿说明：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for line, raw in ctx.doc.comments:
            text = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
            if not text or _IGNORED.match(text) or _DONE.search(text) is not None:
                continue
            if _CUE.search(text) is None and (_MUST.search(text) is None or _CODE_NOTE.search(text) is not None):
                continue
            if _ticked_checklist(text):
                continue
            if _LOOK.search(text) is not None and _TEXT_SUBJECT.search(text) is None:
                continue  # a note on the page's design (logo, icon, font, colour), not on the notice's words
            excerpt = " ".join(text.split())
            excerpt = excerpt if len(excerpt) <= 80 else excerpt[:79] + "…"
            word = ctx.doc.source.format == "docx"  # a Word comment (Review ▸ New Comment) on that paragraph
            yield Finding(
                rule=self.id,
                severity=self.severity,
                line=line,
                column=1,
                end_line=line,
                end_column=2,
                message=(_WORD_MESSAGES.get(ctx.lang) or _WORD_MESSAGES["en"]).format(text=excerpt)
                if word
                else self.message(ctx, text=excerpt),
                excerpt=excerpt,
            )
