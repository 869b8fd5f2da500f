"""A text given in two languages by one call: `l("隐私政策", "Privacy Policy")`, read as its Chinese literal.

Forty-ninth session (u49w, eval/profiles49 mitesla-zh): a site keeps its privacy policy and terms as `LegalDoc` objects
(`{ title, updated, intro, sections: [{ id, title, paragraphs: [...], bullets: [...] }] }`) whose every text is a call of
the site's localisation helper with the Chinese text and its English translation, `title: l("五、您的权利", "5. Your
rights")`.  The script reader (`load.script_data`) reads such objects as a document where their values are literals; a
call is code, so each value was unknown and the whole file was read as plain text, its imports, `id:` keys and English
translations as paragraphs (a section's `id: "minors"` was what `cn-pipl/minors` took as the policy speaking of minors,
and no title was a heading).

`paired_text` reads such a call as the text the page shows in Chinese: a call of a short name whose arguments are two
or three string literals (no `${…}`), exactly one holding Chinese and another Latin letters (the pair is a translation,
not a key and its default: `t("privacy.title", "隐私政策")` holds no translation and is left as code).  Anything after the
call but a `,` `]` `}` or `)` (a member, an operator) makes it computed: None.
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.scripts import Literal, read_literal
from policylens.patterns import HAN_CHAR

_CALL = lazy(r"([A-Za-z_$][\w$]{0,11})[ \t]*+\(")
_LATIN = lazy(r"[A-Za-z]{2}")
_KEY = lazy(
    r"(?<![\w$-])[\w$-]++(?:[.:/][\w$-]++)+|(?<![\w$])[A-Za-z][a-z0-9]*+(?:_[A-Za-z0-9]++)+"
)  # `privacy.title`, `privacy_title`: a key, no text
_KEYWORDS = frozenset(("if", "for", "while", "switch", "catch", "function", "return", "with", "require", "import"))
_MAX_ARGS = 3


def paired_text(body: str, i: int, skip: Callable[[int], int], position: Callable[[int], tuple[int, int]]) -> tuple[Literal, int] | None:
    """The Chinese literal of a translation call at `i` (see module doc) and where the call ends, or None."""
    m = _CALL.match(body, i)
    if m is None or m.group(1) in _KEYWORDS:
        return None
    j = m.end()
    texts: list[tuple[str, Literal]] = []
    while True:
        j = skip(j)
        c = body[j : j + 1]
        if c not in ("'", '"', "`") or len(texts) >= _MAX_ARGS:
            return None
        literal, end = read_literal(body, j, c, position)
        if literal is None or (c == "`" and "${" in body[j:end]):
            return None
        texts.append((body[j + 1 : end - 1], literal))
        j = skip(end)
        if body.startswith(",", j):
            j = skip(j + 1)
        if body.startswith(")", j):
            break
    after = skip(j + 1)
    if body[after : after + 1] not in (",", "]", "}", ")", ";", "", "\n"):
        return None
    chinese = [literal for raw, literal in texts if HAN_CHAR.search(raw)]
    if (
        len(texts) < 2
        or len(chinese) != 1
        or not any(_LATIN.search(raw) and not HAN_CHAR.search(raw) and not _KEY.fullmatch(raw) for raw, _ in texts)
    ):
        return None
    return chinese[0], j + 1
