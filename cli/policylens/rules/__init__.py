"""The check rules.  Each lives in its own module, imported only when rules are needed."""

from __future__ import annotations

import importlib

from policylens.rules.base import REGISTRY, Rule

RULE_MODULES = (
    "placeholder_empty",
    "placeholder_instruction",
    "placeholder_residue",
    "placeholder_drafting",
    "placeholder_hedge",
    "placeholder_dummy_contact",
    "placeholder_comment",
    "placeholder_review_comment",
    "placeholder_default_name",
    "placeholder_publisher_note",
    "placeholder_dummy_number",
    "placeholder_link_target",
    "placeholder_field_name",
    "placeholder_deleted_name",
    "broken_paragraph",
    "script_mixed",
    "lookalike_character",
    "regional_vocabulary",
    "entity_mismatch",
    "contact_inconsistent",
    "enumeration_empty",
    "enumeration_lead_in",
    "bracket_unbalanced",
    "date_format",
)


_IMPORTED: list[bool] = []  # holds True once every rule module has been imported


def all_rules() -> dict[str, type[Rule]]:
    """Every rule class by ID, in the documented order.

    The modules are imported on the first call only: `check` asks once per file, and
    `importlib.import_module` of a module already imported still takes its import lock
    through Python code, 24 times (about 1% of a file's time, issue #11).
    """
    if not _IMPORTED:
        for name in RULE_MODULES:
            importlib.import_module(f"policylens.rules.{name}")
        _IMPORTED.append(True)
    return dict(REGISTRY)
