"""Slot forms of `placeholder-instruction` from the thirty-fifth blind round, second part (u35r2, issue #11 §1).

Each is a class seen in the round's dev part (`eval/blind/round35b/dev`: a browser extension's store-submission kit, its
zh-Hans policy and its English store listing), with invented variants both ways in `tests/test_u35r2_placeholders.py`:

- a zh note telling the author to fit the text to the product before a release step, the step first:
  「请在提交商店前根据实际业务调整」, 「請在上線前依實際情況修改本頁」, 「请在发布前结合产品实际补充」.  The imperative
  (请/請/务必) opens it, the step is the text's release (提交商店, 上线, 上架, 发布, 提审, 托管, 部署…, nothing else
  between it and 前: 「请在提交订单前根据实际情况核对」 is the reader's order), then the basis (实际, 业务, 产品…) and a
  verb of drafting (调整, 修改, 补充…).  Not when its sentence names the reader (您, 你, 阁下) or the reader's content.
  The same note with the step after 请 (「上线前请根据实际情况修改」) was already found by `drafting_notes`;
- a drafting imperative with no object but the text, ending its sentence: "Edit as needed.", "Customize as appropriate.",
  "Please update it as necessary before publishing.", 「请按需修改。」, 「酌情调整本段。」.  The verb opens the sentence and
  the object is nothing, the text itself (it, this, this section, the template…) or 本页/本段; the qualifier (as needed,
  as necessary, as appropriate; 按需, 酌情, 视情况) ends the sentence, with at most a release step after it ("before
  publishing").  Not "We update this policy as needed." (a statement, its subject first), nor "You can edit your
  profile as needed." (the reader's), nor "Please update your details as needed." (the reader's object), nor
  「您可以按需修改设置」;
- an English defined term whose short name was left empty: `Acme Company ("", "we", "the company")`, `Acme Inc.
  (hereinafter "")`.  Straight quotes only (an empty pair of curly quotes is `placeholder-empty`'s hole), either the
  first of a list of quoted terms in brackets or after "hereinafter (referred to as)".  Not an empty string spoken of
  in prose (an empty string ""), nor code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import CLAUSE_MARKS, SENTENCE_BREAKS, USER_CONTENT
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_instruction import _DRAFT_BASIS, _DRAFT_VERB
from policylens.rules.placeholder_publisher_note import is_publisher_note

# the text's release: submitted to a store or to review, put online, published, hosted, deployed
_STEP_ZH = (
    r"(?:提交(?:到|至)?(?:应用|應用|App|APP)?(?:商店|商城|市场|市場|审核|審核)?|上线|上線|上架|发布|發布|發佈|提审|提審|送审|送審"
    r"|托管|部署|公开|公開|公布|公佈)"
)
_BEFORE_STEP_ZH = lazy(
    r"(?P<note>(?:[请請]|务必|務必)(?:[ \t\u3000]?(?:务必|務必))?[ \t\u3000]?(?:在|于|於)[ \t\u3000]?"
    + _STEP_ZH
    + r"(?:本页|本頁|本政策|本文|之)?前[，,]?[ \t\u3000]?(?:先|再)?[ \t\u3000]?"
    r"(?:根据|根據|按照?|依据|依據|依照|依|结合|結合|视|視)[^。！!？?\n，,；;]{0,6}?"
    + _DRAFT_BASIS
    + r"[^。！!？?\n，,；;]{0,12}?"
    + _DRAFT_VERB
    + r"[^。！!？?\n]{0,60})"
)
# the reader, or the reader's own content, anywhere in the note's sentence
_READER_ZH = lazy(rf"[您你]|閣下|阁下|{USER_CONTENT}")

# "Edit as needed.", 「请按需修改。」: the whole sentence, the verb first, the text (or nothing) its object
_AS_NEEDED_EN = lazy(
    r"(?:(?<=^)|(?<=[.!?:;]))[ \t>*_]*(?P<note>(?:please\s+)?(?:edit|adjust|modify|customi[sz]e|tailor|adapt|update|revise|amend)"
    r"(?:\s+(?:it|this|these|them|(?:this|the)\s+(?:text|content|copy|wording|template|policy|page|section|paragraph|listing"
    r"|metadata|file|document|draft)))?"
    r"\s+as\s+(?:needed|necessary|appropriate|required|you\s+see\s+fit)"
    r"(?:\s+(?:before|prior\s+to)\s+(?:use|using\s+it|publishing|publication|submission|submitting|release|launch|going\s+live))?"
    r"(?:[ \t]*[.!](?=[ \t*_]*(?:$|(?-i:[A-Z])|[(\[]))|(?=[ \t*_]*$)))",
    re.IGNORECASE | re.MULTILINE,
)
_AS_NEEDED_ZH = lazy(
    r"(?:(?<=^)|(?<=["
    + CLAUSE_MARKS
    + r"]))[ \t\u3000>*_]*(?P<note>(?:[请請][ \t\u3000]?)?(?:按需|酌情|视情况|視情況|根据需要|根據需要)[ \t\u3000]?"
    r"(?:修改|调整|調整|编辑|編輯|删改|刪改|增删|增刪|补充|補充)(?:本页|本頁|本段|本节|本節|本文|此处|此處|以上内容|以上內容)?"
    r"(?:[ \t\u3000]*[。！!]|(?=[ \t\u3000*_]*$)))",
    re.MULTILINE,
)

# Acme Company ("", "we", "the company"), (hereinafter ""): a defined term's short name left empty
_EMPTY_ALIAS_EN = lazy(
    # (possessive blanks: one run of them between two words, never shared out between quantifiers)
    r"\((?P<note>[ \t]*+\"\"(?=[ \t]*+,[ \t]*+(?:or[ \t]++|and[ \t]++)?\"[A-Za-z])"
    r"|[ \t]*+(?i:hereinafter|herein)(?:[ \t]++(?i:referred[ \t]++to[ \t]++as|called))?[ \t]*+[,:]?[ \t]*+\"\")"
)


def _group(start: int, m: re.Match[str], name: str) -> tuple[int, int]:
    """The span, in the unit (whose match starts at `start`), of group `name` of the match `m`."""
    return start + m.start(name) - m.start(), start + m.end(name) - m.start()


def _sentence(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the clause of `text` holding `text[lo:hi]` (up to a sentence mark, a semicolon or a line break)."""
    left = max(text.rfind(c, 0, lo) for c in SENTENCE_BREAKS) + 1
    ends = [i for i in (text.find(c, hi) for c in SENTENCE_BREAKS) if i != -1]
    return left, (min(ends) + 1 if ends else len(text))


# the `needs` of the scans below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_BEFORE_STEP_ZH_NEEDS = lazy(r"前")
_AS_NEEDED_EN_NEEDS = lazy(r"(?i:as)")
_AS_NEEDED_ZH_NEEDS = lazy(r"[需情要]")


def kit_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    # (text, sentence bounds) → does the sentence name the reader: asked once a sentence, not once a note (20,000 notes
    # in one long sentence searched it again each, review u35x)
    reader: dict[tuple[str, int, int], bool] = {}
    for unit, start, _, m in ctx.scan(_BEFORE_STEP_ZH, needs=_BEFORE_STEP_ZH_NEEDS):
        lo, hi = _group(start, m, "note")
        if in_code(unit, start):
            continue
        key = (unit.text, *_sentence(unit.text, lo, hi))
        if key not in reader:
            reader[key] = _READER_ZH.search(*key) is not None
        if reader[key]:
            continue  # 请在发布前根据实际情况修改您的动态: the reader's own content
        if is_publisher_note(unit.text, lo):
            continue  # 「本隐私政策为范本，请于上架前…调整」 names the document: placeholder-publisher-note's, the more specific rule
        yield unit, lo, hi
    for unit, start, _, m in ctx.scan(_AS_NEEDED_EN, needs=_AS_NEEDED_EN_NEEDS):
        if not in_code(unit, start):
            yield (unit, *_group(start, m, "note"))
    for unit, start, _, m in ctx.scan(_EMPTY_ALIAS_EN, needs='""'):
        if not in_code(unit, start):
            yield (unit, *_group(start, m, "note"))
    for unit, start, _, m in ctx.scan(_AS_NEEDED_ZH, needs=_AS_NEEDED_ZH_NEEDS):
        if not in_code(unit, start):
            yield (unit, *_group(start, m, "note"))
