"""placeholder-publisher-note: a note telling the publisher to edit this document before publishing it."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import SENTENCE_BREAKS
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit

# The publication: before publishing, going live, listing the app.  Every note has one, and ordinary
# policy text almost never does (发布时生效 and 发布新版本 are not "before publishing"), so it is the
# literal the scan starts from.
_PUBLISH = lazy(
    r"(?:发布|發布|上线|上線|上架|公开|公開|提审|提審)(?:之)?前|正式(?:发布|發布|上线|上線|使用)"
    r"|(?i:before\s+(?:publishing|you\s+publish|publication|going\s+live|you\s+go\s+live|release|releasing|launch|launching))"
)
# The document itself: this template, this policy, this document (not 模板消息, a WeChat message type).
_DOCUMENT = lazy(
    r"(?:本|此|该|該|这份|這份|此份|本份)(?:隐私政策|隱私政策|隱私權政策|政策|文档|文檔|文件|协议|協議)?(?:模板|模版|范本|範本)(?!消息|訊息|市场|市場|库|庫|中心)"
    r"|(?:为|為|是)(?:一份)?(?:隐私政策|隱私政策|隱私權政策)?(?:模板|模版|范本|範本)"
    r"|本(?:隐私政策|隱私政策|隱私權政策|政策|文档|文檔|文件)"
    r"|(?i:this\s+(?:template|policy\s+template|document|policy)|the\s+template)"
)
# The edit asked for.
_EDIT = lazy(
    r"替换|替換|修改|补充|補充|补全|補全|填写|填寫|填入|调整|調整|完善|删除|刪除|更换|更換"
    r"|(?i:replace|edit|fill\s+in|complete|customi[sz]e|adapt|update|remove)"
)
# An instruction, not a statement: 请, 需, 务必, must, please, a "Note:" label.
# (需, 须, 应当 after 您/你 is a duty of the reader, as 请您 is: 「若其中涉及儿童个人信息的，您需在发布前取得对应儿童监护人
# 的同意」 is said to a user publishing content; eval/dev13, thirteenth session)
_ASKS = lazy(
    r"请(?!您)|請(?!您)|(?<![您你])(?:需|须|須|应当|應當)|务必|務必|(?i:please|must|should|need\s+to|make\s+sure|note|注意|提示|说明|說明)"
)
# The operator speaking to the reader about its own updates (「本政策如有修改，我们将在新版本发布前通知您」,
# "We will update this policy before release of major changes"): a statement, not a note.  请您 is
# said to the reader too, so it asks nothing of the publisher.  (Review, seventh session.)
_STATEMENT = lazy(r"我们将|我們將|我们会|我們會|我们可能|我們可能|(?i:\bwe\s+(?:will|may|might|would|shall)\b|\bwe'll\b)")
_SENTENCE_END = SENTENCE_BREAKS


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence of `text` around offset `at` (stripped of blanks and Markdown quote or bold marks)."""
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, at) for c in _SENTENCE_END) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    while start < end and text[start] in " \t\u3000>*_":
        start += 1
    return start, end


@register
class PlaceholderPublisherNote(Rule):
    """Flags a note telling the publisher to edit this document before publishing it: 本隐私政策为范本，请于上架前按实际情况调整。

    ## What it does
    Finds a sentence that asks for an edit of **this document** before it is **published**, the
    three together: a publication (发布前, 上线前, 上架前, 正式发布, before publishing, before you
    publish), a reference to the document itself (本模板, 此模板, 为范本, 本政策, 本文档, this
    template, this document) and an edit asked for (请…替换/修改/补充/调整/填写, must be
    customized, replace, fill in).

    Not flagged: sentences said to a reader or a merchant, which lack one of the three:
    「请在此填写注销原因，我们将…处理」 (no publication, no document), 「请在发布前填写商品名称，否则商品无法上架」
    (a product, not the document), "Insert here the code you received by SMS", 「我们可能会修改本政策，
    修改后的政策将在发布时生效」 (a statement, and 发布时 is not "before publishing"), 「我们会通过微信模板消息
    通知您」, 「您可以使用简历模板，发布前可修改」 (a product's template).  A note that
    `placeholder-instruction` or `placeholder-drafting` already reports is not reported again.
    Nor the operator's own statements about updates, said to the reader (「本政策如有修改，我们将在新版本
    发布前通知您，请您及时查看」, "We will update this policy before release of major changes").

    ## Why is this bad?
    The policy was published with the template's note to its author: the reader learns that the
    text was never adapted to the service, and the parts the note names may still be wrong.

    ## Example
        本隐私政策为范本，请于上架前按实际情况调整。

    Use instead:
        (delete the note once the policy is adapted)

    ## References
    - PIPL 第十七条 (真实、准确、完整地告知); GB/T 35273-2020 §5.5.
    """

    id = "placeholder-publisher-note"
    severity = "error"
    groups = ("placeholder",)
    supersedes = ("placeholder-empty", "regional-vocabulary", "script-mixed")  # 【】 inside a note names the slots
    messages = {
        "en": "note to the publisher left in the policy: {text}",
        "zh-Hant": "給發布者的說明未刪除：{text}",
        "zh-Hans": "给发布者的说明未删除：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        candidates: list[tuple[TextUnit, int, int]] = []
        units, joined = ctx.units(), ctx.joined()
        search, text, pos = _PUBLISH.search, joined.text, 0
        while (m := search(text, pos)) is not None:  # (the pattern holds no newline: a match is inside one unit)
            i = joined.index_at(m.start())
            unit, offset = units[i], joined.starts[i]
            a, b = _sentence(unit.text, m.start() - offset)
            pos = max(m.end(), offset + b)  # on after the sentence: each is read once (发布前发布前… stays linear)
            if _asks_an_edit_of_the_document(unit.text, a, b):
                candidates.append((unit, a, b))
        if not candidates:
            return
        reported = _reported_by_others(ctx)
        for unit, a, b in candidates:
            finding = self.finding(ctx, unit, a, b, text=unit.text[a:b].rstrip("。；;"))
            if not any(_overlap(finding, other) for other in reported):
                yield finding


def _asks_an_edit_of_the_document(text: str, a: int, b: int) -> bool:
    """Does the sentence `text[a:b]`, which names a publication, ask for an edit of this document (not a statement)?"""
    return bool(
        _DOCUMENT.search(text, a, b) and _EDIT.search(text, a, b) and _ASKS.search(text, a, b) and not _STATEMENT.search(text, a, b)
    )


def is_publisher_note(text: str, at: int) -> bool:
    """Whether the sentence of `text` around offset `at` is a note this rule reports (a publication, this document, an
    edit asked for): `placeholder-instruction`'s own forms of such notes leave it to this rule, the more specific one
    (「本隐私政策为范本，请于上架前按实际情况调整。」, lead, session 35)."""
    a, b = _sentence(text, at)
    return _PUBLISH.search(text, a, b) is not None and _asks_an_edit_of_the_document(text, a, b)


def _reported_by_others(ctx: Context) -> list[tuple[int, int, int, int]]:
    """The spans `placeholder-instruction` and `placeholder-drafting` report (run only when a note is found)."""
    from policylens.rules.placeholder_drafting import PlaceholderDrafting
    from policylens.rules.placeholder_instruction import PlaceholderInstruction

    spans: list[tuple[int, int, int, int]] = []
    for rule in (PlaceholderInstruction(), PlaceholderDrafting()):
        for f in rule.check(ctx):
            spans.append((f.line, f.column, f.end_line, f.end_column))
    return spans


def _overlap(f: Finding, span: tuple[int, int, int, int]) -> bool:
    """Whether finding `f` and the (line, column, end line, end column) span share a character."""
    line, column, end_line, end_column = span
    return (f.line, f.column) < (end_line, end_column) and (line, column) < (f.end_line, f.end_column)
