"""A VitePress site's build-time variables: the `{{ NAME }}` of a Markdown page that the site's own configuration defines.

VitePress compiles every Markdown page of a site as a Vue template, so `{{ }}` is the site's syntax by design, and a site
may replace `{{NAME}}` in its pages before that (a Vite plugin over a `DOC_VARS` table in the site's .vitepress/config.ts:
eval/precision50 choiceform-zh-md, thirty false errors on `{{COMPANY_NAME}}`, `{{PRODUCT_NAME}}`…, u50p2).  The evidence
is read from the project, cheaply and exactly:

- the page is a `.md` file with a folder above it that holds `.vitepress/` (the site's root: its config and theme);
- the variable's name is defined in a script directly in `.vitepress/` or `.vitepress/theme/` (config.ts, config.mts,
  theme/index.ts…): an object's key (`COMPANY_NAME: 'Choiceform'`) or an assignment (`COMPANY_NAME = …`,
  `globalProperties.COMPANY_NAME = …`).

Those tokens, as the page writes them, go to `Parsed.filled` (values the page's own build puts in their place), so the
placeholder rules leave them.  A `{{ NAME }}` the configuration does not define is still reported: Vue would render it
empty, a value never filled.  Every other form is still reported in such a page (`[公司名称]`, `XXX`, `{COMPANY}`), and a
`.md` file outside a VitePress site keeps every `{{COMPANY_NAME}}` as a slot.  (u51k) A variable whose configured value
is itself a slot (`REGISTERED_OFFICE_ADDRESS_CHINA: '中国上海市xxx区xxx路xxx号'`, choiceform's config; 'TODO', '【公司名称】',
'[email]', 'privacy@example.com') is not filled: the page publishes that slot, so its `{{ NAME }}` stays reported.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from policylens.lazyre import lazy

# {{COMPANY_NAME}}, {{ companyName }}, {{ DOC_VARS.SUPPORT_EMAIL }}: a variable, perhaps with a path (no call, no operator)
_MUSTACHE = lazy(r"\{\{[ \t]*([A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)*[ \t]*\}\}")
_SCRIPTS = (".ts", ".mts", ".cts", ".js", ".mjs", ".cjs")
_MAX_SCRIPT = 512 * 1024  # a site's config is a few kilobytes; a bundle left there is not read
_MAX_DEPTH = 16  # folders walked up from the page
# a configured value that is a template's slot: xxx, XX (not inside a word), a bracketed field, a marker, an example host
# (u51h: a bracket holds no opening bracket, so the innermost pair is found, linear on 「【【【…」; the value is only tested)
_SLOT_VALUE = lazy(
    r"(?<![A-Za-z0-9/._-])[xX]{2,}(?![A-Za-z0-9-])|[ｘＸ]{2,}|【[^】【]*+】|\[[^\]\[]*+\]|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])"
    r"|@example\.(?:com|org|net)|(?<![\w.])example\.(?:com|org|net)|待(?:填|补|補|定|确认|確認)|某某"
)


def site_filled(path: str, text: str) -> frozenset[str]:
    """The `{{ NAME }}` tokens of the Markdown page `text` at `path` that its VitePress site's configuration defines."""
    if "{{" not in text or not path.lower().endswith(".md"):
        return frozenset()
    tokens = {m.group(0): m.group(1) for m in _MUSTACHE.finditer(text)}
    if not tokens:
        return frozenset()
    config = _site_config(os.path.dirname(os.path.abspath(path)))
    if not config:
        return frozenset()
    names = {name for name in set(tokens.values()) if _defines(config, name)}
    return frozenset(token for token, name in tokens.items() if name in names)


def _defines(config: str, name: str) -> bool:
    """Whether the scripts `config` define `name`: as an object's key or the target of an assignment, with a value that
    is not itself a slot (u51k: a quoted value such as '上海市xxx区xxx路' is the template's, not a filled one)."""
    key = re.escape(name)
    found = False
    for m in re.finditer(rf"(?<![\w$])[\"']?{key}[\"']?[ \t]*(?::|=(?![=>]))[ \t]*(?:([\"'`])([^\"'`\n]*)\1)?", config):
        if m.group(2) is not None and _SLOT_VALUE.search(m.group(2)):
            return False
        found = True
    return found


@lru_cache(maxsize=64)
def _site_config(folder: str) -> str:
    """The scripts of the VitePress site whose root is `folder` or a folder above it ('' when there is none)."""
    for _ in range(_MAX_DEPTH):
        site = os.path.join(folder, ".vitepress")
        if os.path.isdir(site):
            return _scripts(site) + _scripts(os.path.join(site, "theme"))
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return ""


def _scripts(folder: str) -> str:
    """The text of the scripts directly in `folder` (none when it cannot be listed)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return ""
    parts: list[str] = []
    for name in names:
        path = os.path.join(folder, name)
        if not name.endswith(_SCRIPTS) or not os.path.isfile(path) or os.path.getsize(path) > _MAX_SCRIPT:
            continue
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                parts.append(fh.read())
        except OSError:
            continue
    return "\n".join(parts)
