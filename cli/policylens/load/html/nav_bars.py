"""A mini-program's or uni-app page's navigation bar component and its `title` (the page's title when it has no other).

Moved out of `load.html.extractor` (u54x2, size); (u54x2) a PascalCase component whose name ends in the words Nav Bar
(「<LegalNavBar title="隐私政策" />」, lower-cased 「legalnavbar」 by the parser) is one too; (u55x) its title's line
(`nav_bar_title_at`).
(u60r, issue #14) A UI kit's container whose title attribute the page shows over its slot content (`container_title`).
(u61r, issue #14) A UI kit's description item whose label the page shows before its slot content (`item_label`).
"""

from __future__ import annotations

from html import unescape

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


# (u60r, issue #14, eval/blind/round58q ilive-tw-vue) a UI kit's container that shows a static title attribute over its
# slot: 「<el-collapse-item title="保留政策">」, 「<van-collapse-item title>」, 「<a-collapse-panel header>」, 「<el-tab-pane
# label>」, 「<a-tab-pane tab>」 (Element, Vant, uni-ui, uView, NutUI, Naive, ant-design-vue; PascalCase lower-cased alike).
# The tag's last words (dashes dropped) and the attributes that title it.  Before, the title was dropped: the section's
# text ran on under the heading before it (the page's six sections read as one).
_CONTAINERS = (("collapseitem", ("title",)), ("collapsepanel", ("header", "title")), ("tabpane", ("label", "title", "tab")))
_STATIC_ATTRIBUTE = lazy(r"""(?<![\w:@.-])(title|header|label|tab)[ \t\r\n]*+=[ \t\r\n]*+(?:"([^"\n]{1,200}+)"|'([^'\n]{1,200}+)')""")


def container_title(tag: str, start_tag: str, raw: str, at: int) -> tuple[int, str] | None:
    """(offset in `start_tag`, text) of the static title a container component shows over its slot (`_CONTAINERS`);
    None for another tag, a bound value (「:title="t"」), an interpolation, a value without a letter, or an empty slot
    (`raw`: the page, the start tag at `at`; 「<el-tab-pane label="隐私政策" name="privacy"></el-tab-pane>」 is a tab of a
    switch, its label over nothing)."""
    name = tag.replace("-", "").replace("_", "")
    names = next((attributes for end, attributes in _CONTAINERS if name.endswith(end)), None)
    if names is None or start_tag.endswith("/>"):
        return None
    if raw[at + len(start_tag) : at + len(start_tag) + 400].lstrip()[: len(tag) + 2].lower() == f"</{tag}":
        return None
    for m in _STATIC_ATTRIBUTE.finditer(start_tag):
        group = 2 if m.group(2) is not None else 3
        value = " ".join(unescape(m.group(group)).split())
        if m.group(1) in names and value and "{" not in value and any(c.isalpha() for c in value):
            return m.start(group) + len(m.group(group)) - len(m.group(group).lstrip()), value
    return None


# (u61r, issue #14, eval/blind/round58q ilive-tw-vue) a UI kit's description list item, shown as a row 「label | content」:
# 「<el-descriptions-item label="電子郵件">support@ilive.com</el-descriptions-item>」 (Element; ant-design-vue's
# <a-descriptions-item>, Naive's <n-descriptions-item>; PascalCase lower-cased alike).  Its label is read before its
# content, 「電子郵件：support@ilive.com」, a line of its own (`tags.LABELLED_ITEMS` are blocks).  Before, the labels were
# dropped and the items ran into one line, 「support@ilive.com 0800-000-000台中市…」: no contact was labelled.  A form's
# item (<el-form-item label>: an input's label) is no text of the policy and is not read.
_LABEL_ATTRIBUTE = lazy(r"""(?<![\w:@.-])label[ \t\r\n]*+=[ \t\r\n]*+(?:"([^"\n]{1,80}+)"|'([^'\n]{1,80}+)')""")


def item_label(tag: str, start_tag: str) -> tuple[int, str] | None:
    """(offset in `start_tag`, text + 「：」) of the static label a description item shows before its content; None for
    another tag, a self-closed one, a bound (「:label="l"」) or interpolated value, or one without a letter."""
    if not tag.replace("-", "").endswith("descriptionsitem") or start_tag.endswith("/>"):
        return None
    m = _LABEL_ATTRIBUTE.search(start_tag)
    if m is None:
        return None
    group = 1 if m.group(1) is not None else 2
    value = " ".join(unescape(m.group(group)).split()).rstrip(":：")
    if not value or "{" in value or not any(c.isalpha() for c in value):
        return None
    return m.start(group) + len(m.group(group)) - len(m.group(group).lstrip()), value + "："
