"""Reporting coverage: `disclosure-missing` findings, the rule's text, and the JSON form of the verdicts.

`missing_findings` makes one finding per missing item; `RULE_ID`, `SEVERITY`, `RULE_SUMMARY` and
`RULE_DOC` describe the rule (SARIF, `profiles` command); `coverage_to_dict` and `evidence_to_dict`
are the `policylens.check/1` `files[].coverage` form.
Not here: computing the verdicts (`verdicts`).
"""

from __future__ import annotations

from collections.abc import Iterable

from policylens.model import Finding
from policylens.profiles.coverage.records import Evidence, ItemCoverage, ProfileCoverage

_MESSAGES = {
    "en": "missing required disclosure {id}: {name} ({reference}). {hint}",
    "zh-Hant": "缺少應揭露事項 {id}：{name}（{reference}）。{hint}",
    "zh-Hans": "缺少应披露事项 {id}：{name}（{reference}）。{hint}",
}
RULE_ID = "disclosure-missing"
SEVERITY = "warning"
RULE_SUMMARY = "A disclosure that the law of a profile requires is missing from the policy."
RULE_DOC = """A disclosure that the law of a profile requires is missing from the policy.

## What it does
With `--profile NAME`, checks that the policy discloses every item the profile lists
(`policylens explain NAME`), and reports each item that no body sentence covers, as
`disclosure-missing` with the item ID (`tw-pdpa/period`) and its legal reference.

## Why is this bad?
A policy that leaves out a required disclosure does not inform users as the law
requires, and the omission is what a regulator or reviewer checks first.

## Example
    保留期限
    我們會妥善保管您的資料。
Use instead:
    保留期限
    我們在您的帳戶存續期間保存您的個人資料，帳戶刪除後 30 日內刪除。

## References
個資法第8條、第9條; 个人信息保护法第十七条、第三十条、第三十一条、第三十九条; GB/T 35273-2020 §5.5;
GDPR Art. 13, 14; Cal. Civ. Code §1798.100-1798.135."""


# (u55j) said after each missing item of a page whose text the loader left partly unread (`ProfileCoverage.unread`)
_UNREAD_NOTES = {
    "en": " Not evidence: policylens left text of this page unread ({warning}); the item may be in that text.",
    "zh-Hant": "不足為證：policylens 未讀到此頁的部分文字（{warning}），此項可能就在其中。",
    "zh-Hans": "不足为证：policylens 未读到此页的部分文字（{warning}），此项可能就在其中。",
}
UNREAD_SEVERITY = "info"  # a missing item on a page left partly unread: shown, never a warning or an error


def unconfirmed(profile: ProfileCoverage, verdict: ItemCoverage) -> bool:
    """(u55j) A verdict that rests on text not being found, on a page the loader left partly unread: a missing item, or
    a conditional item not applicable only because nothing was found that makes it apply (no line rules it out)."""
    if not profile.unread:
        return False
    return verdict.status == "missing" or (verdict.status == "not-applicable" and verdict.trigger is None)


def missing_findings(result: Iterable[ProfileCoverage], *, lang: str, line: int = 1) -> list[Finding]:
    """One `disclosure-missing` finding per missing item, placed at `line` (the document as a whole).

    (u55j, eval/profiles55p buyile-tw) On a page the loader warned it left text unread (`ProfileCoverage.unread`), each
    finding is `UNREAD_SEVERITY` and says why it is not evidence: the item may be in the text not read.  Before, the
    page's ten warnings stood beside the loader's own warning that 1,106 characters were not read, nine of them false."""
    findings = []
    for profile in result:
        note = _UNREAD_NOTES.get(lang, _UNREAD_NOTES["en"]).format(warning=profile.unread) if profile.unread else ""
        for verdict in profile.items:
            if verdict.status != "missing":
                continue
            item = verdict.item
            name = item.name_en if lang == "en" else item.name
            message = _MESSAGES.get(lang, _MESSAGES["en"]).format(id=item.id, name=name, reference=item.reference, hint=item.hint)
            severity = UNREAD_SEVERITY if note else SEVERITY
            findings.append(
                Finding(RULE_ID, severity, line, 1, line, 1, message + note, item.id, None, item=item.id, reference=item.reference)
            )
    return findings


def evidence_to_dict(e: Evidence | None) -> dict[str, object] | None:
    """JSON form of a piece of evidence."""
    if e is None:
        return None
    return {"section": e.section, "title": e.title, "line": e.line, "column": e.column, "text": e.text, "words": list(e.words)}


def coverage_to_dict(result: Iterable[ProfileCoverage]) -> list[dict[str, object]]:
    """JSON form of a coverage result (`policylens.check/1` files[].coverage)."""
    out: list[dict[str, object]] = []
    for p in result:
        items: list[dict[str, object]] = []
        for v in p.items:
            item: dict[str, object] = {
                "item": v.item.id,
                "reference": v.item.reference,
                "status": v.status,
                "evidence": evidence_to_dict(v.evidence),
                "trigger": evidence_to_dict(v.trigger),
            }
            if unconfirmed(p, v):
                item["unconfirmed"] = True  # (u55j) not found on a page left partly unread: not evidence
            items.append(item)
        entry: dict[str, object] = {
            "profile": p.profile.name,
            "covered": p.count("covered"),
            "missing": p.count("missing"),
            "not_applicable": p.count("not-applicable"),
            "items": items,
        }
        if p.unread:
            entry["unread_text"] = p.unread  # (u55j) the loader's warning; present only then (other outputs unchanged)
        out.append(entry)
    return out
