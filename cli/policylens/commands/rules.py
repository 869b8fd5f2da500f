"""`policylens rules` and `policylens explain RULE`: the rule catalogue."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from policylens.commands.options import VersionOpt
from policylens.errors import UserError, echo


def rules(
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: text or json.", metavar="<text|json>")] = "text",
    version: VersionOpt = False,
) -> None:
    """List every check rule with its ID, default severity and summary."""
    from policylens.rules import all_rules

    registry = all_rules()
    if format == "json":
        import json

        data = [{"id": k, "severity": c.severity, "summary": c.summary(), "groups": list(c.groups)} for k, c in registry.items()]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if format != "text":
        raise UserError(f"unknown --format {echo(format)} (choose text or json)")
    from policylens.render import listing_width
    from policylens.render.diffview import hang

    width = max(len(k) for k in registry)
    columns = listing_width(sys.stdout)
    for rule_id, cls in registry.items():
        sys.stdout.write(hang(f"{rule_id:<{width}}  {cls.severity:<7}  ", cls.summary(), columns) + "\n")


def explain(
    rule: Annotated[
        str,
        typer.Argument(
            help="A rule ID (placeholder-empty), a profile (tw-pdpa) or a profile item (tw-pdpa/period).", metavar="RULE|PROFILE"
        ),
    ],
    version: VersionOpt = False,
) -> None:
    """Show a rule's documentation, or a disclosure profile with its items, legal references and coverage rules."""
    from policylens.rules import all_rules

    registry = all_rules()
    if rule not in registry:
        from policylens.commands.profiles import explain_profile

        if explain_profile(rule):
            return
        raise UserError(f"unknown rule or profile {echo(rule)} (see `policylens rules` and `policylens profiles`)")
    cls = registry[rule]
    sys.stdout.write(f"# {rule} ({cls.severity})\n\n{cls.documentation()}\n")
