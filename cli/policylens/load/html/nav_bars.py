"""A mini-program's or uni-app page's navigation bar component and its `title` (the page's title when it has no other).

Moved out of `load.html.extractor` (u54x2, size); (u54x2) a PascalCase component whose name ends in the words Nav Bar
(「<LegalNavBar title="隐私政策" />」, lower-cased 「legalnavbar」 by the parser) is one too; (u55x) its title's line
(`nav_bar_title_at`).
"""

from __future__ import annotations

from policylens.lazyre import lazy

# (u43a2) A mini-program's or uni-app page's navigation bar component, 「<navbar title="栖溯光屿隐私保护指引">」, 「<uni-nav-bar
# title="隐私政策">」, 「<van-nav-bar>」, 「<navigation-bar>」: the page's title is its `title` attribute (eval/structure43c qisu, whose
# only title it is, had none).  The lower-cased tag's last words, with `_` read as `-`.
_NAV_BAR_ENDS = ("navbar", "nav-bar", "navigationbar", "navigation-bar")
_NAV_TAGS = frozenset(f"{who}{dash}{nav}" for who in ("custom", "my", "top", "page") for dash in ("", "-") for nav in ("nav", "navigation"))


# (u54x2, eval/structure54x2 tiaoxingma-vue, held out: its only title) a PascalCase name whose last words are Nav Bar or
# Navigation Bar after a word of its own: 「<LegalNavBar」, 「<AppNavigationBar」 (the raw start tag, before lower-casing)
_CAMEL_NAV_BAR = lazy(r"<[A-Z][A-Za-z0-9]{0,40}?[a-z0-9](?:Nav|Navigation)Bar(?![\w-])")


def _nav_bar_title(tag: str, attrs: list[tuple[str, str | None]], start_tag: str = "") -> str | None:
    """The static `title` of a navigation bar component (`_NAV_BAR_ENDS`, `_NAV_TAGS`, `_CAMEL_NAV_BAR` on `start_tag`, the
    raw start tag), None for another tag, a bound value (「:title="t"」, 「title="{{ title }}"」) or one without a letter."""
    tag = tag.replace("_", "-")
    end = next((e for e in _NAV_BAR_ENDS if tag.endswith(e)), None)
    camel = end is not None and _CAMEL_NAV_BAR.match(start_tag) is not None
    if tag not in _NAV_TAGS and not camel and (end is None or tag[: -len(end)][-1:] not in ("", "-")):
        return None
    value = next((v for name, v in attrs if name == "title"), None)
    value = " ".join((value or "").split())
    if not value or "{{" in value or "{" in value or not any(c.isalpha() for c in value):
        return None
    return value


_TITLE_ATTRIBUTE = lazy(r"(?<![\w:@.-])title[ \t\r\n]*+=")  # (a bound `:title=`, `@title`, `v-bind.title` is no static title)


def nav_bar_title_at(tag: str, attrs: list[tuple[str, str | None]], start_tag: str, line: int) -> tuple[str, int] | None:
    """(u55x) `_nav_bar_title` with the line its `title` attribute stands on (`line`: the start tag's), the document
    title's line when it is the page's title (before, none: `title_line` null, a reviewer could not find it)."""
    value = _nav_bar_title(tag, attrs, start_tag)
    if value is None:
        return None
    m = _TITLE_ATTRIBUTE.search(start_tag)
    return value, line + (start_tag.count("\n", 0, m.start()) if m is not None else 0)
