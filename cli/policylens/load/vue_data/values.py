"""The values a Vue page's script is read into (`load.vue_data`): a string with its pieces (`Text`), a number or boolean
written bare (`Constant`), lists and records of them, `UNKNOWN` for anything that is no plain literal; and the template's
marks (`Mark`: a `v-for` element or a `v-html` slot) the HTML reader hands to the renderer.
"""

from __future__ import annotations

from policylens.model import Piece


class Mark:
    """A `v-for` element (its alias and source path, the blocks it rendered as written) or a `v-html` slot of the template.

    A binding that cannot be read (`v-text`, a `v-html` that is no bare path) has the path "".
    """

    __slots__ = ("alias", "at", "end", "index", "owner", "path")

    def __init__(self, at: int, owner: int, path: str, alias: str = "", index: str = "") -> None:
        self.at = self.end = at  # blocks[at:end] are the loop's as written (a `v-html` slot holds none)
        self.owner = owner  # the index of the loop around it in the marks, -1 at the top
        self.path, self.alias = path, alias  # a loop has an alias
        self.index = index  # (u50a) and maybe an index alias: 「(section, idx) in sections」


class Unknown:
    """A value that is not a plain literal (a call, a name, an interpolated template literal)."""


UNKNOWN = Unknown()
COUNTER = Unknown()  # (u50a) what a loop's index alias stands for: a number shown by a counter slot, not read
# a string value with its pieces (where each character is in the source)
Text = tuple[str, tuple[Piece, ...]]
Value = Text | list["Value"] | dict[str, "Value"] | Unknown | None


class Constant(tuple[str, tuple[Piece, ...]]):
    """(u48l) A number or `true`/`false` written bare, kept as its text as a string is: told apart from the string
    `"0"` or `"false"` (truthy in JS) by its type, so that a JSX guard over it is read as React reads it."""

    __slots__ = ()


_DOCUMENT_MIN = 200  # (u60r) characters of plain text a routed string needs to be a document (`_Script._routed_text`)
_SHORT_DOCUMENT_MIN = 40  # (u61r) …or this many with two full stops: a short plain policy (「本应用不收集…。…。」)


def document_length(text: str, *, long: bool = False) -> bool:
    """Whether a plain string a route shows is long enough to be a document, not the app's own word (「内容加载中，敬请期待」):
    `_DOCUMENT_MIN` characters, or (not `long`) `_SHORT_DOCUMENT_MIN` with two sentences.  (u61r, u60h's note) beside a
    document of that length or of markup, a short plain policy was dropped with the app's words; where no string is a
    long document, all are read (`_Script._routed_text`)."""
    return len(text) >= _DOCUMENT_MIN or (not long and len(text) >= _SHORT_DOCUMENT_MIN and text.count("。") >= 2)
