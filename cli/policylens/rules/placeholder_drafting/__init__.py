"""placeholder-drafting: drafting status and notes to the author left in a published policy.

The rule (`PlaceholderDrafting`) and its scan: status lines (`status_lines`), draft markers after the text's name
(`title_marks`), the notes to the author (`notes`) in their clause (`clauses`), a note denied when its clause says the
text is final (`finality`), English notes that the text is pending legal review (`pending_review`), a fact the policy
owes deferred until the company confirms it (`deferred`, in English `deferred_en`), the drafter told to consult a lawyer
or put in the real facts before release (`before_launch`), the text calling itself a placeholder or a sample and
drafting status notes (`self_described`), and the spans reported (`spans`).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.model import Finding
from policylens.patterns import USER_CONTENT_RE
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_drafting.before_launch import before_launch_spans
from policylens.rules.placeholder_drafting.clauses import _ADDRESSEE, _READER_CHECKED, _as_label, _aside, _clause, _over_slots
from policylens.rules.placeholder_drafting.deferred import deferred_spans
from policylens.rules.placeholder_drafting.deferred_en import deferred_en_spans
from policylens.rules.placeholder_drafting.finality import _says_final
from policylens.rules.placeholder_drafting.notes import _NOTE, _NOTE_EN, HAVE_REVIEWED_SUBJECT, OTHER_PARTYS_TEXT
from policylens.rules.placeholder_drafting.pending_review import pending_review_spans
from policylens.rules.placeholder_drafting.self_described import practice_gate, self_described_spans
from policylens.rules.placeholder_drafting.spans import _merged, _one_note
from policylens.rules.placeholder_drafting.status_lines import _ALONE, _FIELD_END, _LINE_MARKUP, _MARKUP_CHARS, _status_line
from policylens.rules.placeholder_drafting.title_marks import _FILE_EXT, _PARAGRAPH_MARK, _after_name, _title_marks

__all__ = ["_ADDRESSEE", "_NOTE", "PlaceholderDrafting", "_after_name", "_clause"]


@register
class PlaceholderDrafting(Rule):
    """Flags drafting status and notes to the author left in the text: 状态：草稿, 隐私政策（草案）, 正式发布前应补充….

    ## What it does
    Finds text that says the policy is not final, or that speaks to whoever was to finish it
    rather than to the reader:

    - status lines: a line that gives the text's own status (状态：草稿, **发布状态**：待审核,
      状态:草案,待法务终审, Status: Draft; not 订单状态：待确认, a state the policy describes; a bare
      状态：待审核 only near the top, or with a drafting word: deeper it may be a state of the user's content);
    - draft markers after the text's name: a title or heading 隐私政策（草案）, (草案 v0.1),
      隐私政策草案, Privacy Policy (Draft); in a paragraph only after the name or a version
      (v0.2（草稿）), since 《个人信息保护法（草案）》 cites a bill; a line that says only 草稿 or DRAFT;
    - the text calling itself a draft: 本政策为草案, 本文档是…隐私政策草案, 本草案基于…, or the draft word opening its
      clause with 'not published yet' (草稿，尚未對外發布; not 该草案尚未生效, a bill), or saying it only stands in as a
      placeholder (仅作为…的占位渲染源; not 仅作为占位图, an app's image);
    - a note addressed in brackets to the operator or the lawyer: 發布前必須先處理（給營運者）, （致法务）
      (not （给开发者）, said to a developer platform's readers);
    - a review the text has not had: 待法务终审, 未经法律审核, 不可直接发布, 不得直接上线
      (not 须经法务审核, an internal control a policy may describe);
    - a fact left for a drafting role to confirm or supply, right after the fact's noun: 保留期限与托管位置待运营方确认,
      联系邮箱仍待产品方提供, 保存期限待确认 (not 注销申请待运营方确认后生效, 订单待确认: steps the policy describes);
    - the formal text still to come: 隐私政策将在…补充律师审阅后的正式文本, 后续将发布最终版隐私政策
      (not 我们将在正式版本发布后更新本政策);
    - a step before release: 正式发布前应补充…, 正式发布前建议补充…, 上架前需确认…, 公开测试前必须补充…,
      法务定稿前须重点确认, 请在 App 上架前核对…, 上架 Chrome 商店时需提供…并补充…,
      a to-do for the release (待办（上架前）：…), and the policy told what it must say
      (政策里要如实写明保留期限…) (bare
      发布前请确认… is advice to a user publishing content; bare 发布前请删除本段 is reported
      by `placeholder-instruction`);
    - an internal document: 本文件仅供内部审阅 (not 仅供内部使用, 请勿外传 or 内部讨论稿, which policies say
      of data, codes and confidential files);
    - notes of what is missing: 待补内容, 本节待更新; a version that says it is a draft
      (v0.1-draft); a template marker after the name or a date (最后更新：2026-06-25（模板）,
      （模板稿）); a template draft as the status or the title (状态：模板稿, 隐私政策范本,
      Privacy Policy — Template draft, a line that is only 模板稿 or Template draft; not 消息模板,
      合同范本 or 参照行业范本, templates the policy talks about);
    - a list of the placeholders still to replace, left in the text: 附：公开发布前必须替换的占位符清单,
      占位符清单, Placeholders to replace before publishing, Replace all placeholders (the heading is
      reported once; the slot names listed under it are not flagged again);
    - instructions to the drafter without 请: 此处列出贵公司…, 根据您的产品填写, 必须逐条写进政策,
      不许用模板, （根据贵公司实际情况填写）, 以下内容需根据产品实际情况调整, （此段为说明文字，发布时删除）;
    - the text saying it is a sample or a stub, as a whole paragraph: 以下内容仅为示例。, 此处省略第三方 SDK 列表。
      (not 以下内容仅为示例说明，帮助您理解…, 此处省略的技术细节可参见…); in English: This policy is a draft, Replace with your …, Delete if not applicable;
    - the text still awaiting its lawyer, said to the drafter: 本模板为团队内部起草，未经法务专业审核, This template was drafted
      internally and has not undergone legal review, Before App Store submission, have this reviewed by company legal
      counsel, This section should be reviewed by legal counsel before publication, a label Note to drafter: or [NTD: …]
      (not This Privacy Policy has not been reviewed by legal counsel, a published policy's own disclaimer, nor you can
      have this decision reviewed by a human, a review the reader may ask for);
    - a fact the policy owes, deferred until the company confirms it: 保存期限及管理方式，將由公司正式確認後公告,
      聯絡窗口與完整告知內容，待公司確認後公告於本頁, 完整告知內容，仍待公司確認 (not 中奖名单待公司确认后公告, 本政策如有更新，将由
      公司确认后公告, 注销申请将由公司确认后生效: a service's facts, a change promised, a step the policy describes;
      in English: Our contact details are to be announced once the company confirms them, Company details and registered
      address will be published once finalised, The registered address is pending confirmation by the operator (not We
      will announce changes on this page, once you confirm your email, will be published in the app store));
    - the drafter told to consult a lawyer or put in the real facts before the text goes live: 請於上線前洽詢專業人士,
      須於上線前由經營者補齊正確資訊, Please confirm with a qualified professional before launch, Unconfirmed fields must
      be completed with real operator information before launch (not 如有疑问，请咨询专业人士, 上线前我们会咨询专业人士,
      您须于上线前补充真实信息: advice, a practice, the reader's own duty);
    - the text calling itself a placeholder or a sample, or a drafting status opening its line: This placeholder Privacy
      Policy explains how …, This is a sample privacy policy, Draft copy only — …, For internal review only, To be
      reviewed by legal before launch, 本政策仅为示例, 範本，請依實際情況修改, 仅供内部审阅 (not This policy is an example
      of …, 会议纪要仅供内部审阅, 合同范本，请依实际情况修改: an example of a practice, another noun's status);
    - in a page's Japanese paragraphs (which no other rule reads): 本ポリシーは草案です, 公開前に法務の確認が必要です, 法務確認中,
      a line 草案 (`rules.placeholder_japanese`).

    Each note is reported once, over its clause; a status line once, over its line.

    ## Severity
    Error: each form says in so many words that the text is unfinished or addresses its
    author, so the finding is certain; the fix is to finish the text and remove the note.

    ## Known problems
    Hedges on a feature (（如果已实现）) and alternatives left in brackets ([13岁/16岁以上]) are
    reported by `placeholder-hedge` as warnings, HTML comments by `placeholder-comment`.
    A draft marker in a file name is not seen: only the text is checked.

    ## Why is this bad?
    A published policy that calls itself a draft, or still tells its author what to add,
    promises nothing the reader can rely on: the missing parts are usually the operator's
    identity, the contact and the third parties, which the law requires.

    ## Example
        > **状态**：草稿，待法务审核
        正式发布前应补充开发者联系方式和生效日期。

    Use instead:
        生效日期：2025年1月1日
        联系方式：privacy@example-operator.cn

    ## References
    - PIPL 第十七条 (the notice must state the processor's identity and contact); 個人資料保護法第8條.
    """

    id = "placeholder-drafting"
    severity = "error"
    groups = ("placeholder",)
    supersedes = (
        "placeholder-hedge",
        "placeholder-residue",
        "script-mixed",
        "regional-vocabulary",
        "date-format",
        "bracket-unbalanced",
        "entity-mismatch",
        # (u47k2) 「替换占位符：将文档中所有[ ]内的内容替换为…」: the note names the brackets to fill, no empty slot of its own
        "placeholder-empty",
    )
    messages = {
        "en": "drafting note left in the text: {text}",
        "zh-Hant": "草稿說明未刪除：{text}",
        "zh-Hans": "草稿说明未删除：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        units = ctx.units()
        spans: dict[int, list[tuple[int, int]]] = {}  # index of the unit → spans of its notes
        lines: set[int] = set()  # units that are status lines: one finding for the whole line
        for k, unit in enumerate(units):
            text = unit.text
            head = text[:40]
            if (("状态" in head or "狀態" in head or "tatus" in head or "TATUS" in head) and _status_line(text, k)) or (
                (unit.paragraph is None or unit.paragraph.kind != "item")  # - 草稿 / - Draft in a list: a kind of content
                and len(text) <= 40
                and _ALONE.fullmatch(text.strip(_MARKUP_CHARS).rstrip("。.!！"))
            ):
                lines.add(k)
            elif unit.kind != "paragraph":
                spans.setdefault(k, []).extend(_title_marks(text))
        index: dict[int, int] = {}  # id(unit) → its index, filled on the first hit
        for unit, start, end, _ in ctx.scan(_PARAGRAPH_MARK):
            k = _index_of(index, units, unit)
            if unit.kind == "paragraph" and k not in lines and _after_name(unit.text, start) and not _FILE_EXT.match(unit.text, end):
                spans.setdefault(k, []).append((start, end))
        for pattern in (_NOTE, _NOTE_EN):
            for unit, start, end, m in ctx.scan(pattern):
                k = _index_of(index, units, unit)
                if k in lines or (pattern is _NOTE and m.group("todo") and not _as_label(unit.text, start, end)):
                    continue
                lo, hi = _clause(unit.text, start, end)
                if pattern is _NOTE_EN and m.group(0)[:4].lower() == "have" and HAVE_REVIEWED_SUBJECT.search(unit.text, lo, start):
                    continue  # "We will have the policy reviewed by our legal team …": a practice, not a note (u56v)
                if pattern is _NOTE_EN and practice_gate(unit.text, start, end):
                    continue  # "New features: to be reviewed by legal before launch": a practice, not a note (u59p)
                if pattern is _NOTE and m.group(0)[:2] in ("未经", "未經") and OTHER_PARTYS_TEXT.search(unit.text, lo, start):
                    continue  # 用户在社区发布的内容未经法务审核: another party's text, not this one (u56v)
                if (
                    pattern is _NOTE
                    and m.group("stub")
                    and (
                        unit.text[:lo].strip(_MARKUP_CHARS) + unit.text[hi:].strip(_MARKUP_CHARS + "。.") != ""
                        or _ADDRESSEE.search(unit.text, lo, hi)
                    )
                ):
                    continue  # 以下内容仅为示例说明，帮助您理解…: a stub note only when it is the whole paragraph
                if (
                    m.group(0)[:1] in _READER_CHECKED
                    and (_ADDRESSEE.search(unit.text, lo, hi) or USER_CONTENT_RE.search(unit.text, lo, hi))
                    and not _over_slots(units, k, hi)
                ):
                    aside = _aside(unit.text, start, end)
                    if aside is None or _ADDRESSEE.search(unit.text, *aside) or USER_CONTENT_RE.search(unit.text, *aside):
                        continue  # 上架前请删除商品图片中的联系方式: advice about the user's own listing or post
                    lo, hi = aside  # 您的信息保存至…（建议定稿时明确年限）: the bracketed note speaks to the drafter, not its sentence
                if _says_final(unit.text, lo, hi):
                    continue  # 本政策为正式版本，取代…隐私政策草案: the text says it is final  # 您在正式上线前需确认…: advice to the user; 我们会将变更写入本政策: the policy on itself
                spans.setdefault(k, []).append((lo, hi))
        for unit, start, end in (
            *pending_review_spans(ctx),
            *deferred_spans(ctx),
            *deferred_en_spans(ctx),
            *before_launch_spans(ctx),
            *self_described_spans(ctx),
        ):
            k = _index_of(index, units, unit)
            if k not in lines:
                spans.setdefault(k, []).append((start, end))
        for page in (ctx.doc.page_title, ctx.doc.page_description):
            if page is not None and ("(" in page[0] or "（" in page[0] or "[" in page[0] or "【" in page[0]):
                # the page's own <title> (the browser's tab) or front matter's `title:`, (u51k) or its description
                # (`<meta name="description">`, `description:`): no unit holds them
                title = TextUnit(page[0], "title", None, None, (page[1], page[1][0].line, page[1][0].column))
                for start, end in _merged(list(_title_marks(page[0], brackets_only=True))):
                    yield self.finding(ctx, title, start, end, text=page[0][start:end])
        for k in sorted(lines | spans.keys()):
            unit = units[k]
            text = unit.text
            if k in lines:
                lead = _LINE_MARKUP.match(text)
                at = lead.end() if lead else 0
                bar = _FIELD_END.search(text, at)
                end = len(text[: bar.start() if bar else len(text)].rstrip(" \t\u3000*"))
                yield self.finding(ctx, unit, at if at < end else 0, end, text=text[at:end].strip())
                continue
            for start, end in _one_note(text, _merged(spans[k])):
                yield self.finding(ctx, unit, start, end, text=text[start:end])


def _index_of(index: dict[int, int], units: list[TextUnit], unit: TextUnit) -> int:
    """The index of `unit` in `units` (the map is built on first use: most documents have no hit)."""
    if not index:
        index.update((id(u), k) for k, u in enumerate(units))
    return index[id(unit)]
