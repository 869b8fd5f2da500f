"""The runs of the other script that script-mixed does not report, or reports as warnings: a language switcher's labels
and names written as issued (`_in_language_name`), Hong Kong's standard forms (恒), comment lines of a script module,
code blocks, an admonition's title, and the files tagged as a Traditional edition."""

from __future__ import annotations

import re
from pathlib import PurePath

from policylens.lazyre import lazy
from policylens.rules.context import TextUnit
from policylens.rules.script_mixed.labels import _LANGUAGE_NAME, _lone_script_pill, _twin_label
from policylens.rules.script_mixed.proper_names import _japanese_word, _record_number, _registered_name, _written_address

# (u41k2) Characters OpenCC counts as Simplified only that are Hong Kong's standard Traditional form (常用字字形表),
# where Taiwan writes another: 恒 (恆; 恒生, 恒基, the name 蘇恒峯: eval/precision41 uprintshop-hk-js, a false error).
# The other Hong Kong forms that differ from Taiwan's (着, 綫, 裏, 啓, 峯, 衞, 麪, 爲, 僞, 鷄, 衆, 羣) are Traditional
# only or shared in OpenCC's sets, and never called Simplified.
_HONG_KONG_FORMS = frozenset("恒")


def _hong_kong_forms(found: str) -> bool:
    """Whether a run of Simplified-only characters is made only of Hong Kong's standard Traditional forms: not
    reported in a Hong Kong or unplaced Traditional text, a warning in a Taiwan one; a run that also holds a real
    Simplified character (「恒们」) is reported whole."""
    return all(c in _HONG_KONG_FORMS for c in found)


# (u48k2) Written Cantonese's completive particle 晒 (「刪除晒」 "delete them all", 「用晒」, 「全部都清晒」): Hong Kong writes it 晒,
# never 曬, which is the sun-drying verb; OpenCC counts 晒 as 曬's Simplified form.  Read as the particle only after a Han
# character (the verb) in a text written in Cantonese (`_written_cantonese`), and not in the drying words (晒太陽, 晒衣, 晒乾).
# eval/blind/round48d checkin-hk-dart: 「就可以一次過刪除晒。」, a false script-mixed error.
_CANTONESE_MARKS = "嘅咗喺唔冇哋啲嗰畀嚟咩嘢乜"
_SUN_DRYING = ("太陽", "太阳", "衣", "乾", "干", "被", "黑", "傷", "伤", "日")


def _written_cantonese(text: str) -> bool:
    """Whether `text` is written Cantonese: at least three different Cantonese particles or pronouns (嘅, 咗, 喺, 唔, 冇,
    哋 …), each at least once; a formal text that quotes one colloquial word is not."""
    return sum(1 for c in _CANTONESE_MARKS if c in text) >= 3


def _cantonese_particle(text: str, start: int, end: int, cantonese: bool) -> bool:
    """Whether `text[start:end]` is the Cantonese particle 晒 (「刪除晒」) of a written-Cantonese text (`cantonese`)."""
    if not cantonese or text[start:end] != "晒" or start == 0 or not ("\u4e00" <= text[start - 1] <= "\u9fff"):
        return False
    return not text.startswith(_SUN_DRYING, end)


def _in_comment(unit: TextUnit, start: int, comments: frozenset[int]) -> bool:
    """Whether the character at `start` stands on a comment line of a script module read as text
    (`Catalogue.comment_lines`): code its reader never sees, written in whichever script its developer uses
    (eval/blind/round41 jacory-js: `/** 隐私政策页面内容 */` above zh-cn, zh-tw and en tables)."""
    return bool(comments) and unit.position(start)[0] in comments


# A locale tag naming a Traditional edition in a file name or its folder: privacy-zh-TW.html, zh_HK/terms.md,
# zh-Hant/privacy.html (a POSIX, Java or BCP 47 spelling, in any case).
_TRADITIONAL_TAG = lazy(r"(?<![A-Za-z])zh[-_](?:hant|tw|hk|mo)(?![A-Za-z])", re.IGNORECASE)


# An MkDocs/Python-Markdown admonition's opening line: `!!! summary "元数据"`, `??? note "…"`, `???+ tip "…"`.
_ADMONITION = lazy(r'^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+[\w-]+)*[ \t]+"(?P<title>[^"\n]*)"[ \t]*$', re.M)


def _admonition_title(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is in the quoted title of an admonition's opening line: the label an archive of
    policies puts over each one (「!!! summary "元数据"」 above a Traditional policy: eval/precision28 judged it
    debatable, the archivist's label shown on the page; eval/precision12's wechat-terms-tc and xiaomi-tc).  Its body
    is code and is not checked (`_code_block`)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _ADMONITION.match(text, line_start)
    return m is not None and m.start("title") <= start and end <= m.end("title")


def _code_block(unit: TextUnit) -> bool:
    """Whether `unit` is a code block (fenced or indented), code the page shows, not its prose: 「收录时间: 2022-01-26」 in
    the YAML an archive keeps above a Traditional policy (twenty-eighth session, precision28: an MkDocs admonition's
    body, read as an indented code block; a script-mixed error on a metadata key)."""
    return unit.paragraph is not None and unit.paragraph.kind == "code"


def _tagged_traditional(path: str) -> bool:
    """Does the file's name, or one of the two folders above it, tag it as a Traditional edition?

    A zh-TW page whose policy text was left in Simplified while the site's menus, buttons and
    options are Traditional (eval/precision22/tgimg-privacy-tw/tc/privacy-zh-TW.html: 37 errors
    on 複製, 連結, 縮圖 … of the chrome) is the Traditional edition: its Traditional characters are
    right, and reporting them as foreign in a "Simplified document" points at the wrong half.  Nothing
    is reported there (a miss preferred to 37 false errors: the Simplified body goes unreported)."""
    if path in ("-", "<stdin>"):
        return False
    return any(_TRADITIONAL_TAG.search(part) for part in PurePath(path).parts[-3:])


def _in_language_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a language switcher's label rather than policy text?  The name of a
    written form of Chinese (「繁體中文」), a one-character pill 「简」/「簡」 standing alone
    (EN 繁 简), or one word of a label that gives the same word in both scripts
    (「Language / 語言 / 语言」, 「設定｜设定」)."""
    if _lone_script_pill(text, start, end) or _twin_label(text, start, end) or _registered_name(text, start, end):
        return True
    if _japanese_word(text, start, end) or _record_number(text, start, end) or _written_address(text, start, end):
        return True
    # (u49p) eight characters either side: a name reaches that far round the run (「中国語（簡体）」, 「繁體中文（台灣）」)
    lo = max(0, start - 8)
    window = text[lo : end + 8]  # (u40h) the window, not the text: a test of the whole text per run was quadratic
    if "体" not in window and "體" not in window and "中文" not in window and "語" not in window:
        return False
    return any(m.start() <= start and end <= m.end() for m in _LANGUAGE_NAME.finditer(text, lo, end + 8))
