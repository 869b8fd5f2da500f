"""Reporting coverage: `disclosure-missing` findings, the rule's text, and the JSON form of the verdicts.

`missing_findings` makes one finding per missing item; `RULE_ID`, `SEVERITY`, `RULE_SUMMARY` and
`RULE_DOC` describe the rule (SARIF, `profiles` command); `coverage_to_dict` and `evidence_to_dict`
are the `policylens.check/1` `files[].coverage` form.
Not here: computing the verdicts (`verdicts`).
"""

from __future__ import annotations

from collections.abc import Iterable

from policylens.model import Finding
from policylens.profiles.coverage.records import Evidence, ProfileCoverage

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


def missing_findings(result: Iterable[ProfileCoverage], *, lang: str, line: int = 1) -> list[Finding]:
    """One `disclosure-missing` finding per missing item, placed at `line` (the document as a whole)."""
    findings = []
    for profile in result:
        for verdict in profile.items:
            if verdict.status != "missing":
                continue
            item = verdict.item
            name = item.name_en if lang == "en" else item.name
            message = _MESSAGES.get(lang, _MESSAGES["en"]).format(id=item.id, name=name, reference=item.reference, hint=item.hint)
            findings.append(Finding(RULE_ID, SEVERITY, line, 1, line, 1, message, item.id, None, item=item.id, reference=item.reference))
    return findings


def evidence_to_dict(e: Evidence | None) -> dict[str, object] | None:
    """JSON form of a piece of evidence."""
    if e is None:
        return None
    return {"section": e.section, "title": e.title, "line": e.line, "column": e.column, "text": e.text, "words": list(e.words)}


def coverage_to_dict(result: Iterable[ProfileCoverage]) -> list[dict[str, object]]:
    """JSON form of a coverage result (`policylens.check/1` files[].coverage)."""
    return [
        {
            "profile": p.profile.name,
            "covered": p.count("covered"),
            "missing": p.count("missing"),
            "not_applicable": p.count("not-applicable"),
            "items": [
                {
                    "item": v.item.id,
                    "reference": v.item.reference,
                    "status": v.status,
                    "evidence": evidence_to_dict(v.evidence),
                    "trigger": evidence_to_dict(v.trigger),
                }
                for v in p.items
            ],
        }
        for p in result
    ]
