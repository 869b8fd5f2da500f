"""A title a page keeps outside its text (u44a2): a script's data (`title: '隐私政策'`) or a mini-program page's
`navigationBarTitleText` in the `.json` beside it.

A mini-program page fills its view from data (`contentMap.privacy = { title: '隐私政策', sections: […] }`, then
`wx.setNavigationBarTitle({ title: content.title })`), a server route returns `{ title: "隐私政策", content: "…" }`, and a
page's bar title is set in its own `page.json` (`"navigationBarTitleText": "隐私政策"`): the text read had no title line,
so the document had no title (eval/blind/round42d mindwell-js, round43d pindan-js; metadata43 misses).  These give the
title only when the page's own reading finds none (`Parsed.title` is a fallback in `structure`), and only a short value
naming a document (「隐私政策」, 「用户服务协议」, not 「首页」 nor a key).

The `.json` beside a page is read only when it is a regular file of at most `_MAX_SIBLING` bytes (no FIFO, device or
large file is opened), and any error reading or decoding it is ignored: it is a hint, never the document.
"""

from __future__ import annotations

import json
import os
import stat

from policylens.lazyre import lazy
from policylens.numbering import parse_number
from policylens.patterns import DOCUMENT_NAME_END, HAN_CHAR

# a script's `title: '…'` / `"title": "…"` whose value is one short literal
_DATA_TITLE = lazy(r"""(?<![\w$.])["']?+title["']?+[ \t]*+:[ \t]*+(["'])([^"'\r\n]{1,80}+)\1""")
# a UI call whose `title:` is a toast's, a dialog's or a bar's, not the document's
_UI_CALL = lazy(r"\b(?:show(?:Toast|Modal|Loading|ActionSheet)|Toast|Modal|Dialog|alert|confirm|notify|notification|message)\b")
_UI_WINDOW = 60
# (u54x2) a Taro page's own config, 「config = { navigationBarTitleText: "E网生活隐私政策" }」 or 「definePageConfig({
# navigationBarTitleText: '隐私政策' })」: the title its navigation bar shows (eval/blind/round53q ewangshenghuo-taro)
_CONFIG_BAR_TITLE = lazy(r"""(?<![\w$.])["']?+navigationBarTitleText["']?+[ \t]*+:[ \t]*+(["'])([^"'\r\n]{1,80}+)\1""")
SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".ts")
COMPONENT_SUFFIXES = (".jsx", ".tsx")
PAGE_SUFFIXES = (".wxml", ".axml", ".swan", ".ttml", ".js", ".ts")
_MAX_SIBLING = 65536


def _names_document(value: str) -> bool:
    value = value.strip()
    return HAN_CHAR.search(value) is not None and DOCUMENT_NAME_END.search(value) is not None


def data_title(text: str) -> tuple[str, int] | None:
    """The script's first data `title:` (a UI call's, `wx.showToast({ title: … })`, skipped), with its line, when it
    names a document and is no numbered section (「十、免责声明」), or None.  Only the first: a later one is a section's
    title or another page's label in a table of messages."""
    for m in _DATA_TITLE.finditer(text):
        before = text[max(0, m.start() - _UI_WINDOW) : m.start()]
        before = before[max(before.rfind("}"), before.rfind(";")) + 1 :]  # back to the call's own object
        if _UI_CALL.search(before) is not None:
            continue
        value = m.group(2).strip()
        if (
            "\\" in value
            or len(value) > 40
            or not _names_document(value)
            or parse_number(value) is not None
            or value.startswith(("请", "請"))
        ):
            return None
        return value, text.count("\n", 0, m.start()) + 1
    return None


def config_bar_title(text: str) -> tuple[str, int] | None:
    """(u54x2) A Taro page's `navigationBarTitleText:` in its own code when it names a document, with its line, or None."""
    m = _CONFIG_BAR_TITLE.search(text)
    if m is None or "\\" in m.group(2) or len(m.group(2).strip()) > 40 or not _names_document(m.group(2)):
        return None
    return m.group(2).strip(), text.count("\n", 0, m.start()) + 1


def sibling_bar_title(path: str) -> str | None:
    """`navigationBarTitleText` of the mini-program page's own `.json` (`pages/privacy/privacy.json` beside
    `privacy.wxml`/`privacy.js`) when it names a document, or None."""
    stem, _ext = os.path.splitext(path)
    sibling = stem + ".json"
    try:
        st = os.stat(sibling)
        if not stat.S_ISREG(st.st_mode) or st.st_size > _MAX_SIBLING:
            return None
        with open(sibling, "rb") as handle:
            data = json.loads(handle.read(_MAX_SIBLING + 1).decode("utf-8-sig"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    value = data.get("navigationBarTitleText") if isinstance(data, dict) else None
    if not isinstance(value, str) or len(value.strip()) > 40 or not _names_document(value):
        return None
    return value.strip()
