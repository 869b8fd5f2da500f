"""The check rules.  Each lives in its own module, imported only when rules are needed."""

from __future__ import annotations

import importlib
from functools import cache

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
    "conversion_error",
    "wrong_word",
    "regional_vocabulary",
    "entity_mismatch",
    "contact_inconsistent",
    "enumeration_empty",
    "enumeration_lead_in",
    "bracket_unbalanced",
    "date_format",
)


@cache
def _import_rule_modules() -> None:
    """Import every rule module, once per process: `check` asks for the rules once per file, and
    `importlib.import_module` of a module already imported still takes its import lock through
    Python code, 24 times (about 1% of a file's time, issue #11)."""
    for name in RULE_MODULES:
        importlib.import_module(f"policylens.rules.{name}")


def _rank(rule: type[Rule]) -> int:
    """The place of a rule's module in `RULE_MODULES` (a rule of a package's submodule ranks as its package)."""
    module = rule.__module__
    while module not in _MODULE_RANK and "." in module:
        module = module.rsplit(".", 1)[0]
    return _MODULE_RANK.get(module, len(_MODULE_RANK))


_MODULE_RANK = {f"policylens.rules.{name}": i for i, name in enumerate(RULE_MODULES)}


def all_rules() -> dict[str, type[Rule]]:
    """Every rule class by ID, in the documented order: the order of `RULE_MODULES`, whatever order the modules were
    imported in (a module imported on its own first, by a test or a user's code, once put its rule first)."""
    _import_rule_modules()
    return dict(sorted(REGISTRY.items(), key=lambda item: _rank(item[1])))
