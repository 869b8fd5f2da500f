"""wrong-word: a typing slip that writes another word where the sentence needs a common one (導至 for 導致; u55f).

Issue #11 §4, decided on evidence (fifty-fifth session): across the 2,550 documents of `eval/` and `corpora/`
(`eval/precision-sweep49 --all`), 「導至」 not after 引 (引導至, "guided to", right) stands in some 30 published Taiwan
policies, every time in the cookie clause of one common template, 「拒絕Cookie的寫入，但可能會導至網站某些功能無法正常執行」,
for 導致 ("result in"); the precision sets noted it as a true slip with no rule (precision33 futurelearn, precision47
kecheng, precision54 qimeng).  導至 is a word of its own ("lead to a place": 「系統會將您導至登入頁面」), so the form read
is the slip's: a modal or a link word before (會, 可能, 將, 而, 恐, 易, 並, 以) and, before the clause ends, the result
it leads to (無法, 不能, 失敗, 錯誤, 損失, 異常, 中斷, 失效…).  Sentences cut short with "..." were looked at too and left:
the same sweep holds 115 such lines in 41 documents, nearly all an interface's strings (「載入中...」, 「檢查更新...」), a
list's "etc." or a quotation; only one document (precision54 ellipsis-tw-jsx) has sentences left unfinished.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context

# 「可能會導至網站某些功能無法正常執行」: a modal or link word, 導至, then a bad result before the clause ends
_DAOZHI = lazy(
    r"(?P<slip>[導导]至)(?<=[會会能將将而恐易並并以][導导]至)"
    r"(?=[^。！？；;，,\n]{0,40}?(?P<bad>無法|无法|不能|未能|失敗|失败|錯誤|错误|損失|损失|損害|损害|異常|异常|中斷|中断|失效|無效|无效))"
)
# (u55v, u55r) the bad result names the place the reader is sent to: 「系統將導至錯誤頁面」, 「會導至異常處理頁面」, 「將導至「無法驗證」
# 說明頁」, 「導至付款失敗通知頁。」, 「將導至錯誤的網站」 — 導至 "lead to a place", right (a page, screen, window, site or link
# within a few characters of the bad word)
_PAGE_AFTER = lazy(r"[^。！？；;，,、\n]{0,6}?(?:頁|页|畫面|画面|視窗|视窗|窗口|網址|网址|網站|网站|連結|连结|链接)")
# (u55v) or 導至 names the page it leads to, the bad word later: 「並導至登入頁以避免資料損失」, 「將導至首頁，…」 (not the page as the
# result's subject: 「可能會導至網頁無法正常顯示」 is the slip)
_PAGE_TARGET = lazy(r"[^。！？；;，,、\n]{0,4}?(?:頁面|页面|頁|页|畫面|画面)(?!無法|无法|不能|未能)")
# (u56f) or the bad word names a handler the reader's request is routed to: 「發生例外時，系統將導至錯誤處理程序」, 「將導至異常處理
# 流程」, 「導至失敗重試機制」 — a noun (錯誤, 異常, 失敗, 中斷, 損失) modifying a procedure, flow, mechanism or routine, right after
# it; 導致 there would read "cause an error-handling procedure".  Not a verbal result (無法, 不能, 未能) before 程序: 「可能導至無法
# 執行程序」 is the slip; not the bad word closing its clause: 「可能會導至錯誤。」
_HANDLER_AFTER = lazy(
    r"(?<=錯誤|错误|異常|异常|失敗|失败|中斷|中断|損失|损失)"
    r"(?:處理|处理|回報|回报|通報|通报|修復|修复|復原|复原|重試|重试|回復|回复|排除)?"
    r"(?:程序|程式|流程|機制|机制|模組|模块|函式|函数|常式|例程)"
)
_RIGHT = {"導至": "導致", "导至": "导致"}


@register
class WrongWord(Rule):
    """Flags a typing slip that writes another word where the sentence needs a common one: 導至 for 導致.

    ## What it does
    Reports 「導至」 (「导至」) where the sentence says what something results in: after a modal
    or a link word (會, 可能, 將, 而, 恐, 易, 並, 以) and followed, in the same clause, by a bad
    result (無法, 不能, 失敗, 錯誤, 損失, 異常, 中斷, 失效, 無效).  The suggestion is 導致 (导致).

    ## Known problems
    Only this slip is read.  導至 meaning "lead to a place" (「將您導至登入頁面」) is right and
    is not reported, nor 引導至, nor a page named by the bad word (「系統將導至錯誤頁面」) or right
    after 導至 (「並導至登入頁以避免資料損失」), nor a clause ending on a page (「導至付款失敗通知頁。」),
    nor a handler named by the bad word (「系統將導至錯誤處理程序」, 「導至異常處理流程」);
    a slip with no bad result after it (「可能會導至資料外洩」) is missed, and so is one whose result a
    page closes soon after (「可能會導至無法開啟頁面」).

    ## Why is this bad?
    導至 reads as "guide to"; the sentence means "result in".  It is one of the most common
    slips of Taiwan policy templates, copied from one site to the next unproofread.

    ## Example
        您可以選擇拒絕Cookie的寫入，但可能會導至網站某些功能無法正常執行。

    Use instead:
        您可以選擇拒絕Cookie的寫入，但可能會導致網站某些功能無法正常執行。
    """

    id = "wrong-word"
    severity = "warning"
    groups = ("script",)
    merges_repeats = True  # the same slip again on a line: one word to change
    messages = {
        "en": "{term} is a typing slip for {right}",
        "zh-Hant": "「{term}」應為「{right}」（錯字）",
        "zh-Hans": "「{term}」应为「{right}」（错字）",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for unit, _, _, m in ctx.scan(_DAOZHI, needs="至"):
            if (
                _PAGE_AFTER.match(unit.text, m.end("bad"))
                or _PAGE_TARGET.match(unit.text, m.end("slip"))
                or _HANDLER_AFTER.match(unit.text, m.end("bad"))
            ):
                continue
            term = m.group("slip")
            right = _RIGHT[term]
            yield self.finding(
                ctx, unit, m.start("slip"), m.end("slip"), suggestion=right, message=self.message(ctx, term=term, right=right)
            )
