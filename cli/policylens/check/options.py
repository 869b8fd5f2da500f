"""`CheckOptions`: what the command line asks of a `check` run."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class CheckOptions(NamedTuple):
    """Command-line choices; None means "take it from the configuration"."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str | None = None
    config: Path | None = None  # --config: use this file for every input
    no_config: bool = False
    exclude: tuple[str, ...] = ()  # --exclude globs
    baseline: Path | None = None
    fail_on: str | None = None
    encoding: str | None = None
    max_bytes: int | None = None
    profiles: tuple[str, ...] = ()  # --profile: disclosure profiles (default: the config's `profiles`)
    default_exclude: bool | None = None  # --[no-]default-exclude; None: from the configuration (default on)
    record: bool = False  # --write-baseline: every finding is recorded, no baseline (not even the configuration's) applies
