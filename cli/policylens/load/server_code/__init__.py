"""Server code saved in a page: the string literals it echoes are the reader's text, the rest is code.

A page saved with its PHP (`<?php echo "…"; ?>`, `<?= '…' ?>`, `print`), JSP (`<%= "…" %>`,
`<% out.print("…"); %>`) or ASP (`<%= "…" %>`, `<% Response.Write("…") %>`) shows, where the code
stands, the literals it echoes: those are text, read as HTML in their place (they may hold tags).
The page is rewritten in place, length for length: each echoed literal's characters stay where
they are written, every other character of the code becomes `CODE` (a noncharacter the HTML
reader drops, so nothing is inserted between the texts around it), newlines stay newlines.
An escape keeps its character and turns its backslash into `CODE` (`\\"` → `"`), a `\\n` is a
space.  Text the code computes (`echo $name;`, `echo t('key');`, `date('Y')`, `"$x"` inside a
literal) is not readable: it is code, as a `<%= … %>` directive always was here (no marker).  A template echo of one
plain literal (Blade `{!! '…' !!}`, `{{ '…' }}`) is its literal (`blank_literal_echoes`).

A PHP function that hands its first argument back as text, only escaped, trimmed or with `<br />` put at its line
ends (`echo nl2br("…", false);`, `htmlspecialchars`, `trim`…: `_PASS_THROUGH`) echoes that argument's literals: they
are text too.  The line ends `nl2br` makes line breaks are reported (`blank_server_code(…, breaks=…)`), since a
length-for-length rewrite cannot insert the `<br />`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.load.server_code.echoes import (
    _NOT_SHOWN as _NOT_SHOWN,
)
from policylens.load.server_code.echoes import (
    _PROSE as _PROSE,
)
from policylens.load.server_code.echoes import (
    _keep_literal,
    _php_literals,
    _scriptlet_literals,
)
from policylens.load.server_code.echoes import (
    _shown_by_call as _shown_by_call,
)
from policylens.load.server_code.stored_pages import (
    _HEADING_TAG as _HEADING_TAG,
)
from policylens.load.server_code.stored_pages import (
    stored_page as stored_page,
)
from policylens.load.server_code.stored_pages import (
    stored_page_fields as stored_page_fields,
)
from policylens.load.server_code.tokens import (
    _PHP_OPEN,
    _blocks,
    _tokens,
)
from policylens.load.server_code.tokens import (
    CODE as CODE,
)
from policylens.load.server_code.tokens import (
    _string_end as _string_end,
)
from policylens.load.server_code.tokens import (
    leading_server_code as leading_server_code,
)
from policylens.patterns import HAN


def _in_tag(text: str, start: int) -> bool:
    """Does `start` fall inside a start tag (an attribute's value: `<a href="<?php echo $u; ?>">`)?"""
    lt = text.rfind("<", 0, start)
    return lt > text.rfind(">", 0, start) and lt + 1 < len(text) and (text[lt + 1].isalpha() or text[lt + 1] == "/")


def _rewritten(text: str, start: int, end: int, php: bool, breaks: list[int] | None = None, computed: list[int] | None = None) -> str:
    """The block `text[start:end]` as CODE, the literals it echoes kept in place; the offsets in `text` of the line
    ends that `nl2br` makes line breaks are added to `breaks`, those of the interpolations of the echoed literals
    (`echo "{$company}（以下簡稱…）"`) to `computed`."""
    if _in_tag(text, start):
        return re.sub(r"[^\r\n]", " ", text[start:end])
    opened = _PHP_OPEN.match(text, start) if php else None
    inner = (opened.end() if opened else start + 2) - start
    block = text[start:end]
    if php and block[inner - 1] == "=":
        inner -= 1  # `<?=`: the `=` opens the expression
    code = block[inner:-2]
    out = [c if c in "\r\n" else CODE for c in block]  # line ends stay: LF, CR LF and a lone CR
    apart: list[int] = []
    fields: list[int] | None = [] if computed is not None else None
    for t, br in _php_literals(code, apart) if php else _scriptlet_literals(code):
        _keep_literal(out, code, inner, t, php=php, fields=fields)
        if br and breaks is not None:
            a, b = (t.body[0], t.body[1]) if t.body is not None else (t.start + 1, t.end - 1)
            breaks += (start + inner + k for k in range(a, b) if code[k] == "\n" or (code[k] == "\r" and code[k + 1 : k + 2] != "\n"))
    for k in apart:
        out[inner + k] = " "
    if fields and computed is not None:
        computed += (start + k for k in fields)
    return "".join(out)


# a template echo of one plain literal: Blade `{!! '…' !!}`, Blade/Jinja/Twig `{{ '…' }}` (no escape, no quote inside)
# a translation of the page's own wording, which it shows where no translation is loaded: Laravel's `{{ __('隐私政策') }}`,
# `{{ trans('…') }}`, `{!! __('…') !!}`, Jinja's `{{ _('…') }}`/`{{ gettext('…') }}`, Django's `{% trans "…" %}`; only
# Chinese wording (a key such as `__('privacy.title')` names text kept elsewhere: a slot, as `{{ $title }}` is)
TRANSLATED = rf"(['\"])([^'\"\\\n]{{0,400}}?[{HAN}][^'\"\\\n]{{0,400}})\1"
_TRANSLATE_CALL = rf"(?:__|trans|_|gettext)[ \t]*\([ \t]*{TRANSLATED}[ \t]*\)"
_LITERAL_ECHOES = (
    lazy(r"\{!![ \t]{0,10}(['\"])([^'\"\\\n]{1,400})\1[ \t]{0,10}!!\}"),
    lazy(r"\{\{[ \t]{0,10}(['\"])([^'\"\\\n]{1,400})\1[ \t]{0,10}\}\}"),
    lazy(rf"\{{!![ \t]{{0,10}}{_TRANSLATE_CALL}[ \t]{{0,10}}!!\}}"),
    lazy(rf"\{{\{{[ \t]{{0,10}}{_TRANSLATE_CALL}[ \t]{{0,10}}\}}\}}"),
    lazy(rf"\{{%-?[ \t]{{0,10}}trans(?:late)?[ \t]+{TRANSLATED}(?:[ \t]+noop)?[ \t]{{0,10}}-?%\}}"),
)


def blank_literal_echoes(text: str) -> str:
    """`text` with each template echo of a plain literal turned into CODE around the literal's text, which stays in place.

    `{{ '我们收集您的信息' }}` shows its literal: that is text; so does `{{ __('隐私政策') }}`, a translation of the page's
    own Chinese wording (`{% trans "隐私政策" %}`).  A value (`{{ $name }}`, `{{ company_name }}`, `{{ __('privacy.title') }}`)
    is not touched: the placeholder rules judge it.  Not for Vue and mini-program pages, whose `{{ }}` `load.html` reads
    itself.
    """
    if "{{" not in text and "{!!" not in text and "{%" not in text:
        return text
    parts: list[str] = []
    pos = 0
    for m in sorted((m for pattern in _LITERAL_ECHOES for m in pattern.finditer(text)), key=lambda m: m.start()):
        if m.start() < pos:
            continue
        a, b = m.span(2)
        parts += (text[pos : m.start()], CODE * (a - m.start()), text[a:b], CODE * (m.end() - b))
        pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


# a block that writes a value into the page: `<%= … %>`, `<?= … ?>`, PHP's echo/print, a scriptlet's out.print
_WRITES = lazy(r"<[%?]=|(?<![A-Za-z0-9_$>])(?:echo|print|printf|out\.print(?:ln)?|out\.write|Response\.Write)(?![A-Za-z0-9_])", re.I)


# (u46k2) a PHP condition that tests the page's language: `nl_lang()==='cn'`, `$lang == "zh"`, `get_locale() === 'zh_CN'`,
# `ICL_LANGUAGE_CODE == 'en'`, `pll_current_language() == 'zh-hant'`
_PHP_LANGUAGE_TEST = lazy(
    r"(?i)(?:lang|locale|language(?:_code)?)(?:\(\))?+[ \t]*+[!=]==?[ \t]*+['\"](?:zh|en|cn|tw|hk|hans|hant|sc|tc)(?:[-_][a-z]{2,4}){0,2}['\"]"
)
# the code of a block that opens a branch of the alternative syntax (`if (…) :`, `elseif (…):`, `else :`)
_PHP_BRANCH_OPEN = lazy(r"(?i)\A[ \t\r\n]*+(?:(?:else[ \t]*+)?if[ \t]*+\(|else[ \t\r\n]*+:[ \t\r\n]*+\Z)")


def _language_editions(text: str, blocks: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int]]:
    """(start, end) in `text` of each edition a PHP page selects by a language test (u46k2, eval/precision46
    neonlight-hk-php: `if (nl_lang()==='zh') { echo '條款及細則'; } elseif (nl_lang()==='cn') { echo '条款及细则'; }`): the
    literals a block with a language test echoes, and the markup between a block that opens a branch of such a chain in
    the alternative syntax (`<?php if (nl_lang() === 'cn') : ?>`, then `elseif (…):` and `else:`) and the next block."""
    chained = False  # inside a chain of the alternative syntax whose first branch tests the language
    for k, (start, end, php) in enumerate(blocks):
        if not php:
            continue
        opened = _PHP_OPEN.match(text, start)
        code = text[opened.end() if opened else start + 2 : end - 2]
        tested = _PHP_LANGUAGE_TEST.search(code) is not None
        if tested:
            yield from ((start + t.start, start + t.end) for t in _tokens(text[start:end], php=True) if t.kind == "str")
        head = code.rstrip(" \t\r\n;")
        if head.endswith(":") and _PHP_BRANCH_OPEN.match(head):
            chained = tested or (chained and not head.lstrip().lower().startswith("if"))
            if chained and k + 1 < len(blocks):
                yield end, blocks[k + 1][0]
        elif "endif" in code.lower():
            chained = False


def _script_of(text: str) -> str:
    """`hant` or `hans`: the script most of the script-specific characters of `text` are in; "" for a tie or none."""
    from policylens.script import count_script

    t, s = count_script(text)
    return "hant" if t > s else "hans" if s > t else ""


def blank_server_code(
    text: str, breaks: list[int] | None = None, computed: list[int] | None = None, editions: list[tuple[int, int, str]] | None = None
) -> str:
    """`text` with its closed PHP and JSP/ASP blocks turned into CODE, the literals they echo kept in place.

    Only closed blocks: a `<?php` left open at the end of the file is the HTML reader's (`load.html.feeding._feed`).  A block
    inside a start tag (an attribute's value) is blanked with spaces, as `<% … %>` always was: an attribute is no text.
    `breaks`, if given, receives the offsets of the line ends that are line breaks where the page is served (`nl2br`).
    `computed`, if given, receives the offset of each block in the text that writes a value it computes and no literal
    (`<%=…getWwwUrl()%>`, `<?php echo $site_name; ?>`): the served page shows something there that the text cannot, so
    the brackets or the label around it are not empty (the placeholder and lead-in rules ask `Document.media`).
    `editions`, if given, receives the (start, end, script) of each edition the page selects by a language test
    (`_language_editions`, `Document.editions`).
    """
    if "<?" not in text and "<%" not in text:
        return text
    if (stored := stored_page_fields(text)) is not None:
        if computed is not None:
            computed += stored[1]  # (u54q) a stored page's `{$company}`: a value the code prints
        return stored[0]
    parts: list[str] = []
    pos = 0
    blocks = _blocks(text)
    if editions is not None and "<?" in text:
        editions += ((a, b, _script_of(text[a:b])) for a, b in _language_editions(text, blocks))
    for start, end, php in blocks:
        rewritten = _rewritten(text, start, end, php, breaks, computed)
        if computed is not None and rewritten[:1] == CODE and _WRITES.search(text, start, end) and not rewritten.strip(CODE + " \t\r\n"):
            computed.append(start)
        parts += (text[pos:start], rewritten)
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
