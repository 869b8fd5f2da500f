"""A note to the editor at the top of a Markdown draft, written as a block quote: not the policy's text.

Sixty-first session (u61r, issue #14, eval/profiles59q aition-zh, held out, not blind since): a Cookie policy drafted for
its operator opens, under its title, with

    > **用途**：后台「协议管理 → COOKIES」的中英文正文（富文本）。
    > **待你补充**（`【】`）：运营者全称、联系邮箱、联系电话、联系地址、生效日期。
    > **本政策已按系统实际行为核对**（…都来自代码实测，不是套模板）：…
    > - **需你决定的一点**：…

a note from whoever drafted it to whoever publishes it (where the text goes, what is left to fill in, a decision to
make).  Read as the policy's text, the profile cited its first line as evidence and `check` flagged the 「【】」 it
names as an empty slot.

A block quote is such a note when it stands at the top of the body (only a title, blank lines or a thematic break
before it, nothing but such a break or a heading after its last line) and it holds at least two of the drafting cues
of `_CUES` (what is left to the editor: 待你补充, 需你决定; the page as an artifact: 富文本, 后台…正文, 套模板, 草稿,
上线前; a slot named in code: 「`【】`」).  Its lines are blanked before the Markdown is read (their numbers stay) and a
warning says so.  A block quote of the policy's own (「> 请您在使用我们的服务前仔细阅读…」, a summary, a key notice) holds
none of the cues, or stands elsewhere, and is read as before.
"""

from __future__ import annotations

from policylens.lazyre import lazy

_MAX_NOTE_LINES = 40  # a note longer than this is no note at the top of a draft
# the drafting cues, each a kind of its own (two kinds needed)
_CUES = (
    lazy(r"待(?:你|您)?(?:补充|補充|填写|填寫|确认|確認)|需(?:要)?(?:你|您)(?:来)?(?:决定|決定|确认|確認|补充|補充)"),
    lazy(r"富文本|(?:后台|後台)[^\n]{0,30}?正文|(?<![\w])(?:草稿|草案)(?:说明|說明|版)?[：:]"),
    lazy(r"套模板|(?:模板|範本|范本)(?:文字|文案|说明|說明)"),
    lazy(r"(?:上线|上線|发布|發布)前(?:请|請|需|务必|務必)"),
    lazy(r"`【[^`\n]{0,20}】`"),
    lazy(r"代码实测|程式碼實測|(?:按|依)(?:系统|系統)实际行为"),
)
_QUOTE = lazy(r"[ \t]{0,3}>")
_TITLE = lazy(r"[ \t]{0,3}#[ \t]")
_HEADING = lazy(r"[ \t]{0,3}#{1,6}[ \t]")


def _break(line: str) -> bool:
    """Whether a line is a thematic break (「---」, 「* * *」, 「___」: three or more of one mark, blanks between)."""
    marks = line.replace(" ", "").replace("\t", "")
    return len(line) - len(line.lstrip(" ")) <= 3 and len(marks) >= 3 and marks[0] in "-*_" and marks == marks[0] * len(marks)


def blank_editor_note(source: list[str], body_start: int) -> str | None:
    """Blank, in place, the lines of an editor's note at the top of the body (see module doc); a warning naming them,
    or None when the body opens with no such note."""
    i = body_start
    n = len(source)
    while i < n and (not source[i].strip() or _TITLE.match(source[i]) or _break(source[i])):
        i += 1
    start = i
    while i < n and _QUOTE.match(source[i]) and i - start < _MAX_NOTE_LINES:
        i += 1
    if i == start:
        return None
    if i < n and _QUOTE.match(source[i]):
        return None  # (too long for a note)
    k = i
    while k < n and not source[k].strip():
        k += 1
    if k < n and not (_break(source[k]) or _HEADING.match(source[k])):
        return None  # (the quote runs into the body's first paragraph: part of the text)
    note = "\n".join(source[start:i])
    if sum(cue.search(note) is not None for cue in _CUES) < 2:
        return None
    for j in range(start, i):
        source[j] = ""
    where = f"line {start + 1}" if i - start == 1 else f"lines {start + 1}-{i}"
    return f"{where}: a note to the editor before the policy (a block quote: what to fill in, where the text goes) is not read"
