"""A Laravel Blade view's directives and comments are code, not the page's text.

A view saved as it is written (`resources/views/privacy.blade.php`) starts with `@extends('layouts.app')`,
`@section('title', '隐私政策')` and `@section('content')`, ends with `@endsection` or `@stop`, and pulls in its
parts with `@include('site._sidebar')`: read as HTML, those lines were the policy's first and last paragraphs
(「@extends('layouts.tools-static') @section('title', __('privacy_page.title')) …」, eval/precision25
aipandora-i18n-blade, heycommunity-stub-blade), and a `{{-- 資料收集與使用 --}}` comment was a line of text.
`blank_blade` rewrites such a page in place, length for length, as `load.server_code` does PHP: each directive
(its name and its parenthesised arguments), each `{{-- … --}}` comment and each `@php … @endphp` block becomes
`CODE`, newlines stay.  What the page writes between them (`<h4>隐私政策</h4>`, `{{ $title }}`) is untouched.

A page is read as Blade only when a line opens with one of its layout directives (`@extends`, `@section`,
`@include`…) or it holds a `{{--` comment: an e-mail address (privacy@example.com) or a handle (@微信客服) in any
other page is text, and even in a Blade view only the directive names below are code.
"""

from __future__ import annotations

import re

from policylens.lazyre import delimited, lazy
from policylens.load.jsx import blank_span, matching
from policylens.load.server_code import TRANSLATED

# a line that opens with a layout directive, or a Blade comment: the page is a Blade view
_BLADE_PAGE = lazy(
    r"^[ \t]*+@(?:extends|section|yield|include(?:If|When|Unless|First)?|endsection|stop|show|push|endpush|prepend"
    r"|component|props|livewire)\b|\{\{--",
    re.M,
)
# Blade's directives (Laravel 5–11), the ones a policy page uses and their closing forms
_NAMES = (
    "extends|section|endsection|yield|show|stop|append|overwrite|parent|include|includeIf|includeWhen|includeUnless"
    "|includeFirst|each|push|endpush|prepend|endprepend|stack|once|endonce|component|endcomponent|slot|endslot|props"
    "|if|elseif|else|endif|unless|endunless|isset|endisset|empty|endempty|auth|endauth|guest|endguest|env|endenv"
    "|production|endproduction|switch|case|break|default|endswitch|for|endfor|foreach|endforeach|forelse|endforelse"
    "|while|endwhile|continue|can|endcan|cannot|endcannot|canany|endcanany|lang|choice|csrf|method|error|enderror"
    "|json|vite|livewire|livewireStyles|livewireScripts|verbatim|endverbatim|class|style|checked|selected|disabled"
)
# a directive: not part of an address or a word (privacy@example.com, a@b), its name whole (@else, not @elsewhere)
_DIRECTIVE = lazy(rf"(?<![\w@.$/'\"-])@(?:{_NAMES})(?![\w-])")
_AT_WORD = lazy(r"[\w@.$/'\"-]")  # what may not come before a directive's @ (an address, a word)
_OUTPUTS = ("@lang", "@choice")  # they write a translation where they stand
_MAX_ARGUMENTS = 2_000  # characters of a directive's arguments: more is no directive's
# `@lang('更新日期：2024年3月1日')`: a translation of the page's own Chinese wording, shown where no translation is loaded
# (`@lang('privacy.updated')` names text kept elsewhere: computed)
_OWN_WORDING = lazy(rf"\([ \t]*{TRANSLATED}[ \t]*\)")


def blank_blade(text: str, computed: list[int] | None = None) -> str:
    """`text` with a Blade view's directives, comments and `@php` blocks turned into CODE (see the module doc).

    `computed`, if given, receives the offset of each directive that writes a translation (`@lang`, `@choice`).
    """
    if ("@" not in text and "{{--" not in text) or _BLADE_PAGE.search(text) is None:
        return text
    out = list(text)
    for start, end in delimited(text, "{{--", "--}}"):
        blank_span(out, start, end)
    for start, end in delimited(text, "@php", "@endphp"):
        opener = text[start + 4 : start + 5]
        if (start == 0 or not _AT_WORD.match(text[start - 1])) and not (opener.isalnum() or opener in "(_"):
            blank_span(out, start, end)  # (not `@php($x = 1)`, a one-line directive)
    for m in _DIRECTIVE.finditer(text):
        if out[m.start()] != text[m.start()]:
            continue  # inside a comment or a @php block
        end = m.end()
        k = end
        while k < len(text) and text[k] in " \t":
            k += 1
        if k < len(text) and text[k] == "(":
            limit = min(len(text) - 1, k + _MAX_ARGUMENTS)
            close = matching(text, k, limit, "(", ")")
            if text[close] == ")":
                end = close + 1  # (arguments that never close are no directive's: only its name is code)
        blank_span(out, m.start(), end)
        own = _OWN_WORDING.fullmatch(text, k, end) if m.group(0) == "@lang" else None
        if own is not None:
            out[own.start(2) : own.end(2)] = text[own.start(2) : own.end(2)]  # its wording stays, in place
        elif computed is not None and m.group(0) in _OUTPUTS:
            computed.append(m.start())
    return "".join(out)
