"""`check --profile`: coverage of a checked document turned into `disclosure-missing` findings.

Item IDs behave like rule IDs: `--ignore tw-pdpa/period` (or `disclosure-missing` for
all of them), per-file ignores, severities and baselines apply.  `--select` narrows the
items only when it names `disclosure-missing` or an item ID, so that a project's
`select = [rules…]` does not silently drop the profile a user asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from policylens.config import DISCLOSURE_RULE, Config
from policylens.errors import UserError, echo
from policylens.lazyre import lazy
from policylens.model import Document, Finding
from policylens.profiles import item_ids, resolve
from policylens.profiles.coverage import UNREAD_SEVERITY, ProfileCoverage, coverage, missing_findings

if TYPE_CHECKING:
    from policylens.check import CheckOptions


def _is_disclosure_id(value: str) -> bool:
    return value == DISCLOSURE_RULE or "/" in value


def check_profiles(
    doc: Document, names: tuple[str, ...], *, config: Config, options: CheckOptions, path: str, lang: str
) -> tuple[list[Finding], tuple[ProfileCoverage, ...]]:
    """The findings for the missing items of the named profiles, and the coverage behind them."""
    from policylens.check import _active_rules

    profiles = resolve(names, config.profile_paths)
    known = item_ids(profiles)
    for value in (*options.select, *options.ignore, *config.select, *config.ignore):
        if "/" in value and value not in known:
            raise UserError(f"unknown profile item {echo(value)} (profiles checked: {', '.join(p.name for p in profiles)})")
    result = coverage(doc, profiles)
    if unread := unread_text(doc.warnings):
        result = tuple(p._replace(unread=unread) for p in result)
    ids = [DISCLOSURE_RULE, *sorted(known)]
    kept = set(_active_rules(config._replace(select=()), options._replace(select=()), path, ids))
    selected = [v for v in (options.select or config.select) if _is_disclosure_id(v)]
    overrides = dict(config.severity)
    findings = []
    for finding in missing_findings(result, lang=lang):
        item = finding.item or ""
        if DISCLOSURE_RULE not in kept or item not in kept:
            continue
        if selected and DISCLOSURE_RULE not in selected and item not in selected:
            continue
        severity = overrides.get(item) or overrides.get(DISCLOSURE_RULE)
        if severity and finding.severity != UNREAD_SEVERITY:  # (u55j) a page left partly unread: info, whatever is set
            finding = finding._replace(severity=severity)
        findings.append(finding)
    return findings, result


# (u55j) the loader's warnings that say text of the policy was left unread: text in a Vue page's script its markup shows
# and the reader could not follow (the warning with a count of script characters: mopcon-tw's, with none, is a sign-up
# form whose notice is all in its markup), a React constant of code, script data given up at a limit, a tag, a string
# or PHP code never closed, a frame's document, an include not expanded.  Not: a Vue slot or two not filled
# (「{{ title }}」, profiles45c jianzhang-zh), entries a script computes (profiles48c xingguang-zh's contact lines),
# translation calls (a title or a dialog's labels, eval/pairs44c kun-i18n: the warning gives no amount), a condition's
# other branch (the page shows one of them), a second <title>, a link definition, front matter, an attribute past the
# limit — the page's text is read, and a missing item is evidence as before.
_UNREAD = lazy(
    r"string literals are not read|: that text is not read|the page's script data is not read"
    r"|never closed: [^\n]{0,60}?not read"
    r"|\(code\) is not read|<iframe srcdoc> is not read|is not expanded: .{0,80}? is not read"
)


def unread_text(warnings: tuple[str, ...]) -> str:
    """The first of the loader's warnings that says text of the page was left unread (`_UNREAD`), or ""."""
    return next((w for w in warnings if _UNREAD.search(w)), "")
