"""placeholder-empty: a template slot that was never filled.

The rule (`PlaceholderEmpty`) runs the scans of its modules in a fixed order: the blanks (`slots`), the holes of a
deleted name (`holes`), empty contact fields (`contact_fields`), empty fields of a list of labels (`field_runs`), the
gaps of `rules.placeholder_gaps`, empty SDK fields (`sdk_fields`) and text standing where the policy should be
(`fillers`).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context
from policylens.rules.placeholder_empty.characters import _CJK_CHARACTER, _is_cjk
from policylens.rules.placeholder_empty.contact_fields import _EMPTY_INLINE, empty_contact_fields
from policylens.rules.placeholder_empty.field_runs import empty_run_fields, field_line_runs
from policylens.rules.placeholder_empty.field_single import single_empty_fields
from policylens.rules.placeholder_empty.fillers import _PHRASE, _REPEATS, _TEXT_WORD, fillers, repeated_phrase
from policylens.rules.placeholder_empty.holes import holes
from policylens.rules.placeholder_empty.sdk_fields import empty_sdk_fields
from policylens.rules.placeholder_empty.slots import _EMPTY_SLOT, box_slots, empty_slots, spaced_numbers
from policylens.rules.placeholder_gaps import deleted_name_gaps, empty_header_values

__all__ = [
    "_CJK_CHARACTER",
    "_EMPTY_INLINE",
    "_EMPTY_SLOT",
    "_PHRASE",
    "_REPEATS",
    "_TEXT_WORD",
    "PlaceholderEmpty",
    "_is_cjk",
    "repeated_phrase",
]


@register
class PlaceholderEmpty(Rule):
    """Flags a template slot that was never filled: 【】, ［］, 〔〕, （ ）, ＿＿＿, 简称“”, 第條, 电话：.

    ## What it does
    Finds empty brackets or fill-in lines left where a value belongs: 【】, 【 】, [ ],
    ［］, 〔〕, （ ）, 「」, 《》, “”, ＿＿＿ and ____.  A Markdown task-list box (`- [ ] item`)
    is not a slot.

    Also a white box left where a value goes (⬜, ☐, □, ▢): 生效日期⬜回填, 账号 ID ⬜（以实际接入回填）,
    另立项⬜。 — a box after a word that ends its clause or cell, or one followed by a filler's
    note (回填, 待补充, 核验, TBD).  A box opening its line (a bullet, 「☐ 同意」), a form's boxes
    (「同意□ 不同意□」, 「☑是 □否」) and a box right after a blank ＿＿ (one slot) are not flagged.

    Also filler standing for the policy: a paragraph that is one short phrase written four times
    or more and nothing else (「这是一大堆隐私协议这是一大堆隐私协议…」); not a phrase repeated inside
    a sentence.

    Also finds the holes left when a name or number was deleted from a filled-in text:

    - a defined term with nothing in its quotes: 统称“”, 简称""; 「」 and 《》 as above;
    - a definition whose name was deleted: 本应用由（以下简称“我们”）, 您與（以下簡稱「本公司」）
      (not 本应用（以下简称…）, nor a definition that opens a line of a text file: the
      name may end the line before);
    - a company suffix with no name, right after a function word or at the start, also
      after generic words only: 由股份有限公司, 本有限公司, 您與有限公司, 由网络科技有限公司
      (not 本公司, nor a name that ends in such a character: 資本有限公司, 冈本有限公司,
      自由有限公司; not 科技有限公司 opening a line of a text file);
    - an e-mail address or URL without its host: dpo@.com, privacy@.cn, privacy@。,
      https://.com, www..com; an e-mail address without its local part after a label:
      邮箱：@xingchen.cn (not a mention: @星辰科技).  Host names end at the first
      character that is not ASCII, so a Markdown paragraph that runs on in Chinese on the
      next line (dpo@.com依据…) is read right;
    - a citation without its number: 第條, 第 款, 第項, 第章, 第X条, 第__条 (not 第1條, 次第);
    - a contact field left empty in a block of contact fields: 联系电话： alone on its line
      with 邮箱：… on the next, or 电话：邮箱：… and 电话：。 within a line.  A label whose
      value follows on the next line (a table, `<dd>`), a heading over the fields that hold
      its value (查詢熱線： then 電話：+852 …) and 联系方式如下： before a list are not flagged; nor a run-in heading over
      its paragraph: a label of others' sites (第三方連結：, 外部網站：) over a sentence, or a bold label alone on its line
      (「**網站：**」, `<p><strong>官方網站：</strong></p>`) over a sentence naming its subject again (「本政策適用於本網站…」;
      not 「寄信至此信箱」, which points at an address not shown); a value a Python f-string prints after the label
      (「联系邮箱：{email}」) is there;
    - a field left empty in a template's list of labels, any label: 「  • 收集目的:」, 「  • 收集來源:」 alone on their
      lines in a run of sibling fields where others hold values, or 「電子郵件:」「電話:」「地址:」 all empty before the next
      heading (a label that opens the run over filled fields, or one over a list, a paragraph or its value on the next
      line, introduces them and is not flagged; nor a form's lines for the reader to fill in);
    - a field left empty in a third-party SDK list: 隐私说明：, 隐私政策链接：,
      收集个人信息类型： alone on its line next to another field of the same block
      (SDK名称：…, 使用目的：…, list items at the same indent), or followed by the next field
      within a line (隐私说明：收集个人信息类型：…).  收集个人信息类型： above a list of items
      introduces the list and is not flagged.  A field is also empty right above the
      next numbered entry of the list (隐私说明： then ②第三方SDK：…).
    - Labels spaced out for alignment (电　　话：, 传　　真：) are read as the plain words.

    Also a paragraph or list item that is only an ellipsis (……, ..., 。。。): the items a
    template listed were never written (4.充值消费 followed by …… alone).  And one short
    sentence that is the whole body of three sections or more and says nothing of the
    policy's subject (「隨便寫寫」 under 資料收集, 資料使用 and 您的權利 alike): stand-in text
    where the sections were never written (not 无。, 不适用, 同上 or 详见第三条 repeated).  And a paragraph that only
    says the text is not there yet, 暂无内容, 敬请期待, 内容建设中…, "Coming soon." (a page published before its text;
    not those words in a sentence, 新功能敬请期待, nor 暂无。 alone, an answer: none at present).

    ## Severity
    Error, except for three forms reported as **warnings**: a paragraph that is only an
    ellipsis (the author may mean "and so on"), and two forms because the value may be
    there in a form the text does not show (an image, a QR code, a link): an e-mail,
    phone or web label alone on its line whose next paragraph holds no address, number
    or URL (联系邮箱： and then 我们将在15个工作日内回复。), and such a label ending a
    line of filled fields (邮箱：a@b.cn 电话：) with no number below it.

    ## Why is this bad?
    The reader meets a sentence with a hole in it, often exactly where a legal
    reference, a retention period or a contact should be.  A published policy with a
    blank slot is incomplete and may not meet the duty to inform.

    ## Example
        對於我們收集的特定裝置相關資料，請參閱【】以瞭解特定裝置收集的資料。

    Use instead:
        對於我們收集的特定裝置相關資料，請參閱「智慧型裝置資料說明」以瞭解特定裝置收集的資料。

    ## References
    - 個人資料保護法第8條（告知義務）; PIPL 第十七条 (the notice must be complete).
    """

    id = "placeholder-empty"
    severity = "error"
    groups = ("placeholder",)
    supersedes = ("bracket-unbalanced", "date-format", "enumeration-lead-in")
    messages = {
        "en": "empty placeholder {slot}: a value was never filled in",
        "zh-Hant": "空白的預留位置 {slot}：此處應填入內容",
        "zh-Hans": "空白的占位符 {slot}：此处应填写内容",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from empty_slots(self, ctx)
        yield from holes(self, ctx)
        yield from spaced_numbers(self, ctx)
        yield from box_slots(self, ctx)
        contact_lines: set[int] = set()
        for finding in empty_contact_fields(self, ctx):
            contact_lines.add(finding.line)
            yield finding
        runs = list(field_line_runs(ctx))  # every line's field parsed once, for both scans below (u54p)
        for unit, start, end in empty_run_fields(ctx, runs):  # 收集目的: 收集來源: left empty in a list of fields (u52p)
            if unit.position(start)[0] not in contact_lines:
                contact_lines.add(unit.position(start)[0])
                yield self.finding(ctx, unit, start, end, slot=unit.text[start:end])
        header_values = list(empty_header_values(ctx))  # Version 1.0 —, 生效日期： with no date (u51k)
        contact_lines.update(unit.position(start)[0] for unit, start, _ in header_values)
        fields_at: set[tuple[int, int]] = set()  # where a run's or a lone field's finding starts (u54f: not twice below)
        for unit, start, end in single_empty_fields(ctx, runs):  # 版本号： alone between filled fields (u53p)
            if unit.position(start)[0] not in contact_lines:
                finding = self.finding(ctx, unit, start, end, slot=unit.text[start:end])
                fields_at.add((finding.line, finding.column))
                yield finding
        for unit, start, end in deleted_name_gaps(ctx):  # 欢迎使用（以下简称“本平台”）, 您与之间, 由 提供 (u36r)
            yield self.finding(ctx, unit, start, end, slot=unit.text[start:end].strip(" \t\u3000\u00a0"))
        for unit, start, end in header_values:
            yield self.finding(ctx, unit, start, end, slot=unit.text[start:end])
        for finding in empty_sdk_fields(self, ctx):
            if (finding.line, finding.column) not in fields_at:  # 「收集信息范围：」 between filled fields, an SDK field too
                yield finding
        yield from fillers(self, ctx)
