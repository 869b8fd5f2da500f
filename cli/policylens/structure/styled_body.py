"""Body text typed into a heading tag for its look: an HTML page whose paragraphs are `<h6>`.

Some pages style every paragraph with the smallest heading tag (`<h5><b>使用條件</b></h5>`
followed by `<h6>本條款適用於…。</h6>`, `<h6>電話：02-1234-5678</h6>`, with no `<p>` at
all).  A reader sees small body text under each title, not dozens of one-sentence sections.
An explicit heading is otherwise a heading whatever its text (issue #8 §2: a long or
two-sentence `##` title keeps its section); what tells body text apart is the whole level,
never one element:

- it is the deepest heading level the page uses, and a shallower one holds the titles;
- it has at least `MIN_ELEMENTS` elements, three in four of which have no body of their own
  (the next block is another heading, or nothing, or the element announces the list after
  it: 「不得有下列行為：」), so most sections would hold no text;
- three in five of them read as body text: a sentence (「。」 inside or at the end, or a
  closing 「；：.!」), a label with its value (「電話：02-1234-5678」), a lead-in sentence (a
  clause before a comma, closed by a colon: 「您了解并同意，以下信息不适用本隐私权政策：」), or a
  long line.

Only HTML: a Markdown or DOCX author who types `######` or picks a heading style chooses
the outline, while HTML heading tags are often picked for their default font size.  So an
HTML level whose elements carry ids made from their own text (`<h3 id="在访问时，…信息：">`,
what Hexo, Hugo, VuePress or GitHub write for a Markdown `###`: `_outlined`) is the outline a
Markdown author chose, and stays headings (thirty-ninth session, u39d2: a Hexo source and the
page built from it got two structures; eval/pairs39 dj-md-html, eval/blind/round22
anzhiyu-md annotates the same `###` lead-ins as headings).

One element alone is body text too when it is a notice written out: a notice label, a colon
and the notice's sentences (「<h3>温馨提醒：迅捷PDF转换器为保护…，创建了以下的隐私政策，请您务必仔细
阅读本协议。</h3>」, eval/structure35 xjpdf-privacy-php): a page's reminder box in a heading tag,
not a section holding the policy (`demote_notices`).  The label alone (「<h3>温馨提示</h3>」) or
with a short title after it stays a heading.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from policylens.language_names import only_language_names
from policylens.lazyre import lazy
from policylens.model import Block
from policylens.structure.heading_dates import demote_date_fields

MIN_ELEMENTS = 4
LONG = 50
_ENDINGS = tuple("。．.；;！!")  # not a colon: 「Information you give us:」 is a title over its list
_HEADING_ID = lazy(r"<h[1-6]\b[^<>]{0,500}?\bid\s*=\s*[\"']([^\"'<>]{1,300})[\"']", re.I)
_NOT_WORD = lazy(r"[\W_]+")


def _id_key(text: str) -> str:
    """What an id made from a heading's text keeps of it: its letters and digits, lower case."""
    return _NOT_WORD.sub("", text).lower()


def _outlined(texts: list[str], source: str) -> bool:
    """Do three in four of the headings `texts` carry an id made from their own text in the HTML `source`?"""
    if not source:
        return False
    ids = {_id_key(unquote(m.group(1)).removeprefix("user-content-")) for m in _HEADING_ID.finditer(source)}
    ids.discard("")
    keyed = sum(1 for text in texts if _id_key(text) in ids)
    return keyed * 4 >= len(texts) * 3


def _reads_as_body(text: str) -> bool:
    text = text.strip()
    if "。" in text or text.endswith(_ENDINGS) or len(text) >= LONG:
        return True
    label, colon, value = text.replace(":", "：").partition("：")
    if colon and not value.strip() and "，" in label:
        return True  # 「在如下情况下，本公司将…披露您的个人信息：」: a sentence leading in to its list, not a title
    return bool(colon and label.strip() and value.strip())


def _leads_in(text: str) -> bool:
    """A sentence that announces what follows (「不得有下列行為：」): the list after it is its own, not a section's body."""
    return text.rstrip().endswith(("：", ":"))


_NOTICE_LABELS = (
    "温馨提示",
    "温馨提醒",
    "特别提示",
    "特别提醒",
    "重要提示",
    "重要提醒",
    "友情提示",
    "溫馨提示",
    "溫馨提醒",
    "特別提示",
    "特別提醒",
)
_NOTICE_BODY = 20  # the notice's own text after the label: at least this long, and a sentence


def _notice(text: str) -> bool:
    """「温馨提醒：…，请您务必仔细阅读本协议。」: a notice label, a colon, and at least one whole sentence."""
    text = text.strip()
    label, colon, body = text.replace(":", "：").partition("：")
    body = body.strip()
    return (
        bool(colon) and label.strip().strip("【】[]") in _NOTICE_LABELS and len(body) >= _NOTICE_BODY and body.endswith(("。", "！", "!"))
    )


def demote_notices(blocks: list[Block], fmt: str) -> list[Block]:
    """`blocks` with each HTML heading that is a notice written out (`_notice`) turned into a paragraph."""
    if fmt != "html" or not any(b.kind == "heading" and _notice(b.text) for b in blocks):
        return blocks
    return [b._replace(kind="paragraph", level=None) if b.kind == "heading" and _notice(b.text) else b for b in blocks]


def _language_switch(text: str) -> bool:
    """Is `text` only language names (「中文」, 「中文 / English」, 「EN | 简体中文」)?"""
    return bool(text.strip()) and only_language_names(text)


def demote_language_switches(blocks: list[Block], fmt: str) -> list[Block]:
    """`blocks` with each HTML heading that is a language switcher above the page's main heading turned into a paragraph.

    (Thirty-fifth session, u35a2; eval/structure35 ziben-privacy-php.)  A site header's 「<h5 id="language"><span>中文
    </span></h5>」 before the policy's `<h1>隐私政策</h1>` was a section holding the site's navigation.  A heading whose
    text is only language names and that some later heading outranks (a smaller `<hN>`) is page chrome; a bilingual
    policy's own 「<h2>中文</h2>」 … 「<h2>English</h2>」 parts (no higher heading after them) stay headings.
    """
    if fmt != "html":
        return blocks
    switches = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level and _language_switch(b.text)]
    if not switches:
        return blocks
    demoted = list(blocks)
    for i in switches:
        level = blocks[i].level or 1
        if any(b.kind == "heading" and b.level and b.level < level and not _language_switch(b.text) for b in blocks[i + 1 :]):
            demoted[i] = blocks[i]._replace(kind="paragraph", level=None)
    return demoted


def demote_styled_body(blocks: list[Block], fmt: str, source: str = "") -> list[Block]:
    """`blocks` with the heading level a page uses for body text turned into paragraphs, and notices written out in a
    heading tag (`demote_notices`), language switchers above the main heading (`demote_language_switches`) and dates
    typed into a heading tag (`heading_dates.demote_date_fields`).  `source`: the decoded HTML, where a level's ids
    made from its texts keep it an outline (`_outlined`)."""
    if fmt != "html":
        return blocks
    blocks = demote_language_switches(demote_notices(demote_date_fields(blocks, fmt), fmt), fmt)
    levels = {b.level or 1 for b in blocks if b.kind == "heading"}
    if len(levels) < 2:
        return blocks
    deepest = max(levels)
    members = [i for i, b in enumerate(blocks) if b.kind == "heading" and (b.level or 1) == deepest]
    if len(members) < MIN_ELEMENTS:
        return blocks
    bodiless = sum(1 for i in members if i + 1 == len(blocks) or blocks[i + 1].kind == "heading" or _leads_in(blocks[i].text))
    body_like = sum(1 for i in members if _reads_as_body(blocks[i].text))
    if bodiless * 4 < len(members) * 3 or body_like * 5 < len(members) * 3:
        return blocks
    if _outlined([blocks[i].text for i in members], source):
        return blocks
    demoted = list(blocks)
    for i in members:
        demoted[i] = blocks[i]._replace(kind="paragraph", level=None)
    return demoted
