"""A SwiftUI view's source (`.swift`, read when the file is named): the text of its views is the page (u43j).

An iOS app keeps its policy as a SwiftUI view (`ScrollView { VStack { Text("隐私政策").font(.largeTitle.bold())
PolicySection(title: "五、您的权利") { Text("…") BulletPoint("账户注销：…") } } }`).  Read as plain text with its comments
blanked (`load.swift`), the whole view was code: `PolicySection(title: "五、您的权利") {` ran into its first paragraph, no
section had a heading, and `BulletPoint("…") BulletPoint("…")` ran into one paragraph (eval/profiles43c esale-zh: the
rule that reads a right under a rights heading did not apply; a purpose cited on the title's line).  `render_swift`
rewrites the source as an HTML page the HTML reader takes as it is, line for line, as `load.dart` does for a Flutter
screen:

- a view whose first argument is a string literal (`Text("…")`, a view of the app's own, `BulletPoint("…")`,
  `PolicyText("…")`) becomes a paragraph `<p>` at that literal's line, literals joined with `+` read as one, a `\\n` a
  line break; a `Text` styled bold or as a title (`.bold()`, `.fontWeight(.semibold)`, `.font(.headline)`,
  `.font(.largeTitle.bold())`) is wrapped in `<b>`;
- a view given a title as a labelled string argument (`PolicySection(title: "五、您的权利")`, `Section(header: "…")`,
  `heading:`) is a heading `<h2>`, one level deeper for each such view it stands in (`PolicySubSection(title: "1. …")`
  inside a section: `<h3>`);
- a control's or a resource's string is no view's text (`Button("同意")`, `Image("logo")`, `Link("…", destination:)`,
  `URL(string:)`, `Color("…")`, `NSLocalizedString("key", …)`), nor the navigation bar's title (`.navigationTitle("…")`,
  a modifier, not a view); a literal holding an interpolation `\\(…)` is not read (its value is computed);
- any other string literal holding Chinese (a constant, a table's cells, a control's caption) is a list item `<li>` at its
  line (an item, so that a table's short cell is no title), so that nothing of the text is dropped when the view shows
  it some other way;
- everything else (code, comments) becomes blank space: newlines stay, and each text's column, so line and column
  numbers hold.  A file with no such view is left to the plain-text reader (`None`).
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.dart import _blank
from policylens.load.page_columns import ColumnMap, PageWriter, literal_lines
from policylens.load.scripts import bracket_ends, joined_literals, opaque_spans, remembering, skip_blank, unescape
from policylens.load.swift import _string_end
from policylens.patterns import HAN_CHAR, SENTENCE_MARKS

# a call of a type: `Text(`, `BulletPoint(`, `PolicySection(` (not a modifier `.font(`, not `.init(`)
_CALL = lazy(r"(?<![\w.$])([A-Z]\w{0,60}+)[ \t]*+\(")
# a labelled title argument: `title: "…"`, `header: "…"`, `heading: "…"`
_TITLE_LABEL = lazy(r"(?<![\w$])(?:title|header|heading|sectionTitle)[ \t]*+:[ \t\r\n]*+(?=\")")
# views and types whose string is no text of the page: controls, resources, addresses, keys
_NOT_TEXT = frozenset(
    {"Button", "Image", "UIImage", "NSImage", "Color", "UIColor", "Font", "URL", "Link", "NavigationLink", "Toggle"}
    | {"TextField", "SecureField", "TextEditor", "Picker", "Menu", "Tab", "TabView", "Alert", "ActionSheet", "Label"}
    | {"NSLocalizedString", "LocalizedStringKey", "String", "Notification", "UserDefaults", "Bundle", "Logger", "ShareLink"}
    | {"AppStorage", "SceneStorage", "Namespace", "Environment", "EnvironmentObject", "State", "Binding", "FocusState"}
    | {"Date", "Data", "UUID", "Int", "Double", "Float", "Bool", "Character", "Set", "Array", "Dictionary", "NSError"}
)
# a `Text`'s modifiers that make it bold or a title
_BOLD = lazy(
    r"\.bold\(\)|\.fontWeight\([ \t]*+\.(?:bold|semibold|heavy|black)\b"
    r"|\.font\([ \t]*+(?:\.system\([^()\n]{0,80}weight:[ \t]*+\.(?:bold|semibold|heavy|black)|\.(?:largeTitle|title[23]?|headline)\b)"
)
# a `Text`'s title font (`.font(.largeTitle)`, `.font(.title2.bold())`): its rank among the view's titles
_TITLE_FONT = lazy(r"\.font\([ \t]*+\.(largeTitle|title[23]?+)\b")
_TITLE_RANKS = {"largeTitle": 1, "title": 1, "title2": 2, "title3": 3}
_MAX_FONT_TITLE = 30  # a longer Text in a title font is a sentence set large, not a heading (r44)
# a control whose label is no heading: `Button(action: …) { Text("同意并继续").font(.title2) }`, `Toggle(isOn:) { … }`
_CONTROL = lazy(r"(?<![\w.$])(?:Button|Toggle|NavigationLink|Link|Menu)[ \t]*+[({]")
_LABELLED_CLOSURE = lazy(r"[ \t\r\n]*+\w{1,30}+[ \t]*+:[ \t]*+\{")
_MODIFIER = lazy(r"[ \t\r\n]*+\.[A-Za-z_]\w{0,60}+")
_SIMPLE_ESCAPES = {"n": "\n", "t": " ", "r": "", "0": ""}
_MAX_LEVEL = 6


def _literal_markup(body: str, _flag: bool) -> str | None:
    """A literal's body as HTML text, its source lines kept (a `\\n` escape a `<br>`); None when it interpolates code
    (`\\(name)`): its value is computed."""
    if "\\(" in body:
        return None
    return literal_lines(body, lambda line: html.escape(unescape(line, _SIMPLE_ESCAPES), quote=False).replace("\n", "<br>"))


def render_swift(src: str, columns: ColumnMap | None = None) -> str | None:
    """The view's texts and titled sections as an HTML page of the same lines, or None when it has none (see module
    doc); `columns`, when given, is filled with where each run of the page's text came from (`load.page_columns`)."""
    if "(" not in src or '"' not in src:
        return None
    string_end = remembering(_string_end)
    ends = bracket_ends(src, string_end)
    skipped = opaque_spans(src, string_end, '"', raw=False)
    starts = [a for a, _ in skipped]

    def in_code(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return not (k >= 0 and skipped[k][0] <= at < skipped[k][1])

    def close(i: int) -> int:
        return ends.get(i, len(src))

    # (start of the first literal, its literals, kind: "p", "b", "li" (a literal no view reads) or a heading's level
    # (0 here), start of the call)
    titles = _title_labels(src, ends, in_code)
    texts: list[tuple[int, list[tuple[int, int, str]], str | int, int]] = []
    sections: list[tuple[int, int]] = []  # the extent of each titled view: its call and its trailing closure
    controls: list[tuple[int, int]] | None = None  # the extent of each control (`_controls`), found when first needed
    for m in _CALL.finditer(src):
        name = m.group(1)
        if name in _NOT_TEXT or not in_code(m.start()):
            continue
        end = close(m.end())
        i = skip_blank(src, m.end())
        if src.startswith('"', i):
            parts, computed, after = joined_literals(src, i, lambda k: string_end(src, k), _literal_markup, "", adjacent=False)
            if not parts or computed or not _argument_ends(src, after, end):
                continue
            mods = _modifiers(src, end, close) if name == "Text" else ""
            rank = _TITLE_FONT.search(mods)
            if rank is not None:  # (u44a) a title font is a heading of its rank: `.title2` over `.headline`
                if controls is None:
                    controls = _controls(src, close, in_code)
                if not _inside(controls, m.start()):  # a button's label is no heading (r44)
                    if _font_title(src, parts):
                        texts.append((parts[0][0], parts, -_TITLE_RANKS[rank.group(1)], m.start()))
                        continue
                else:
                    texts.append((parts[0][0], parts, "li", m.start()))  # as `Button("同意")`'s caption is read
                    continue
            bold = _BOLD.search(mods) is not None
            texts.append((parts[0][0], parts, "b" if bold else "p", m.start()))
            continue
        title = titles.get(m.end())
        if title is None:
            continue
        parts, computed, after = joined_literals(src, title, lambda k: string_end(src, k), _literal_markup, "", adjacent=False)
        if not parts or computed:
            continue
        trailing = skip_blank(src, end)
        extent = close(trailing + 1) if src.startswith("{", trailing) else end
        sections.append((m.start(), extent))
        texts.append((parts[0][0], parts, 0, m.start()))
    if not texts:
        return None
    _other_literals(src, skipped, texts, string_end)
    menus = _menu_views(src, close, in_code)
    if menus:
        texts = [t for t in texts if not any(a <= t[0] < b for a, b in menus)]
        if not texts:
            return None
    top = min((-kind for _, _, kind, _ in texts if isinstance(kind, int) and kind < 0), default=1)
    out = PageWriter(src, columns)
    pos = 0
    # (u44h) how many titled views hold a call: those starting before it less those ended by it (the extents nest); it
    # was a walk over every section for every heading (20,000 sections, 400 million steps)
    opened, ended = sorted(a for a, _ in sections), sorted(b for _, b in sections)
    for first, parts, kind, call in sorted(texts, key=lambda t: t[0]):
        if first < pos:
            continue
        if isinstance(kind, int) and kind < 0:
            level = -kind - top + 1  # the view's largest title font is its `<h1>`
            opening, closing = f"<h{level}>", f"</h{level}>"
        elif isinstance(kind, int):
            level = min(2 + bisect_left(opened, call) - bisect_right(ended, call), _MAX_LEVEL)
            opening, closing = f"<h{level}>", f"</h{level}>"
        else:
            opening, closing = {"b": ("<p><b>", "</b></p>"), "li": ("<li>", "</li>")}.get(kind, ("<p>", "</p>"))
        out.write(_blank(src[pos:first], opening))
        for k, (start, end, markup) in enumerate(parts):
            if k:
                out.write(_blank(src[parts[k - 1][1] : start]))
            out.text(start, end, markup, _SIMPLE_ESCAPES, raw=False)
        out.write(closing)
        pos = parts[-1][1]
    out.write(_blank(src[pos:]))
    return out.page()


_VIEW_STRUCT = lazy(r"(?<![\w$])struct[ \t]++(\w{1,80}+)[ \t]*+:[ \t]*+View\b[^{\n]{0,80}+\{")
_LINK = lazy(r"(?<![\w$.])NavigationLink\b")
_DESTINATION = lazy(r"(?<![\w$.])([A-Z]\w{0,80}+)[ \t]*+\(")
_MENU_LINKS = 2


def _menu_views(src: str, close: Callable[[int], int], in_code: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The extents of the file's menu views (u44a2): a `View` whose `NavigationLink`s open two or more other views of
    this file, as a legal hub lists 「隐私政策」, 「用户服务协议」, 「免责声明」 (eval/structure44 zhijian-legal-swift).  Its
    section captions, link labels and headline were the page's first headings, above the policy's own `.title2` name: the
    document had no title and its sections sat one level deep.  The views it opens are the documents; a view linking
    to one view of the file (a policy's 「第三方清单」) is not a menu."""
    views = {m.group(1): m.end() for m in _VIEW_STRUCT.finditer(src) if in_code(m.start())}
    if len(views) < _MENU_LINKS + 1:
        return []
    out: list[tuple[int, int]] = []
    for name, body in views.items():
        end = close(body)
        opened = set()
        for link in _LINK.finditer(src, body, end):
            if not in_code(link.start()):
                continue
            target = _DESTINATION.search(src, link.end(), min(end, link.end() + 200))
            if target is not None and target.group(1) in views and target.group(1) != name:
                opened.add(target.group(1))
        if len(opened) >= _MENU_LINKS:
            out.append((body, end))
    return out


def _other_literals(
    src: str,
    skipped: list[tuple[int, int]],
    texts: list[tuple[int, list[tuple[int, int, str]], str | int, int]],
    string_end: Callable[[str, int], tuple[int, int, int] | None],
) -> None:
    """Add to `texts` each string literal holding Chinese that no view or title read (a constant, a table of sections, a
    button's caption, a key that is its own text): a paragraph at its line, so that nothing of the text is dropped."""
    read = {start for _, parts, _, _ in texts for start, _, _ in parts}
    for a, _b in skipped:
        if not src.startswith('"', a):
            continue  # (a comment)
        lit = string_end(src, a)
        if lit is None or lit[0] in read or HAN_CHAR.search(src, lit[0], lit[1]) is None:
            continue
        markup = _literal_markup(src[lit[0] : lit[1]], False)
        if markup is not None:
            texts.append((lit[0], [(lit[0], lit[1], markup)], "li", a))


_NOT_IN_A_TITLE = SENTENCE_MARKS + "，,。"  # a clause or a sentence: a paragraph in a title font


def _font_title(src: str, parts: list[tuple[int, int, str]]) -> bool:
    """Whether a Text set in a title font reads as a heading: short, no sentence or clause mark in it, no address.  A
    sentence set in `.title3` is a paragraph in bold (r44).  (The loader does not import the structure stage, whose
    `heading_like` judges a bold line the same way.)"""
    text = "".join(src[start:end] for start, end, _ in parts).strip()
    return (
        0 < len(text) <= _MAX_FONT_TITLE
        and "\\" not in text
        and not any(mark in text for mark in _NOT_IN_A_TITLE)
        and "@" not in text
        and "://" not in text
    )


def _controls(src: str, close: Callable[[int], int], in_code: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The extent of each control's call in `src` with its trailing closures (`Button(action: {}) { … }`,
    `Button { … } label: { … }`), nested ones merged, in order: the view inside is the control's label."""
    found: list[tuple[int, int]] = []
    for m in _CONTROL.finditer(src):
        if not in_code(m.start()):
            continue
        end = close(m.end())
        if src[m.end() - 1] == "(":
            trailing = skip_blank(src, end)
            if src.startswith("{", trailing):
                end = close(trailing + 1)
        while (label := _LABELLED_CLOSURE.match(src, end)) is not None:
            end = close(label.end())
        if found and m.start() < found[-1][1]:  # inside the control before it: one extent for both
            found[-1] = (found[-1][0], max(found[-1][1], end))
        else:
            found.append((m.start(), end))
    return found


def _inside(extents: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` is inside one of the disjoint, ordered `extents` (a bisection, not a walk over them)."""
    k = bisect_right(extents, at, key=lambda extent: extent[0]) - 1
    return k >= 0 and extents[k][0] < at < extents[k][1]


def _argument_ends(src: str, after: int, end: int) -> bool:
    """Whether the literal read as a view's first argument is the whole of it: a `,` (more arguments), or the call's `)`."""
    return after < len(src) and (src[after] == "," or after == end - 1)


def _title_labels(src: str, ends: dict[int, int], in_code: Callable[[int], bool]) -> dict[int, int]:
    """{index after a call's `(`: where the string literal of its first labelled title argument starts}
    (`PolicySection(title: "…")`), a label at the call's own level (not inside another argument's call).

    (u44h) One sweep over the labels and the brackets (`bracket_ends`, whose extents nest): each label belongs to the
    innermost bracket open around it.  Each call walked its arguments to its label, character by character: 4,000
    nested or unclosed calls before a `title:` (a 40 KB file) took 20 s."""
    owners: dict[int, int] = {}
    brackets = sorted(ends.items())
    open_: list[tuple[int, int]] = []
    k = 0
    for m in _TITLE_LABEL.finditer(src):
        at = m.start()
        if not in_code(at):
            continue
        while k < len(brackets) and brackets[k][0] <= at:
            while open_ and open_[-1][1] <= brackets[k][0]:
                open_.pop()
            open_.append(brackets[k])
            k += 1
        while open_ and open_[-1][1] <= at:
            open_.pop()
        if open_:
            owners.setdefault(open_[-1][0], m.end())
    return owners


def _modifiers(src: str, end: int, close: Callable[[int], int]) -> str:
    """The modifiers chained after a view's call ending at `end` (`.font(.headline).padding(.top, 8)`), as written."""
    i = end
    while (m := _MODIFIER.match(src, i)) is not None:
        i = m.end()
        if src.startswith("(", i):
            i = close(i + 1)
    return src[end:i]
