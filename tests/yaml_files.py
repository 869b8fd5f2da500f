"""Read the repository's YAML files (the rule and profile cases) as `yaml.safe_load` does, by libyaml's C loader when
PyYAML has it."""

from __future__ import annotations

from typing import Any


def yaml_load(text: str) -> Any:
    """`yaml.safe_load`, by libyaml's C loader when PyYAML was built with it.

    The rule and profile cases are read at collection by four test modules in every pytest-xdist
    worker: the pure-Python loader spent 0.2-0.4 s of CPU on each (issue #13); the C loader gives
    the same data for every YAML file of the repository, in about a seventh of the time.
    """
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
