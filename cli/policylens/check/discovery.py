"""Which files a `check` run reads: directories expanded, excluded and project files skipped."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from policylens.config import ConfigCache
from policylens.errors import UserError, reject_empty_paths
from policylens.globs import any_glob_matches
from policylens.load import EXTENSIONS, scan_verdict
from policylens.render.safe import quote_path

# Files of a docs tree that are about the project, not policies: skipped by a directory
# scan unless `default-exclude = false` or --no-default-exclude.  Matched on the name
# before its first dot, in any letter case (README.md, readme.zh-TW.md, external-SOURCES.md).
PROJECT_FILES = ("readme", "sources", "changelog", "changes", "history", "contributing", "license", "licence", "authors", "code_of_conduct")


def is_project_file(name: str) -> bool:
    """README, SOURCES, CHANGELOG… (see `PROJECT_FILES`), also as the last part of a name: external-SOURCES.md."""
    stem = name.split(".", 1)[0].lower()
    return stem in PROJECT_FILES or any(stem.endswith(("-" + p, "_" + p)) for p in PROJECT_FILES)


def discover(
    paths: Iterable[str],
    *,
    exclude: Iterable[str] = (),
    use_config: bool = True,
    default_exclude: bool | None = None,
    cache: ConfigCache | None = None,
) -> list[str]:
    """Expand directories (recursively, known extensions only); keep files and '-' as given.

    Files found inside a directory are skipped when they match an `exclude` glob (from
    --exclude) or the `exclude` key of their configuration, or when they are README,
    SOURCES, CHANGELOG… files (`is_project_file`) and `default_exclude` is on (None: as
    their configuration says, on by default); files named explicitly are always checked.
    `cache` is the run's configuration cache (the files' own configurations are read once).
    """
    paths = list(paths)
    reject_empty_paths(paths)
    patterns = tuple(exclude)
    configs = ConfigCache() if cache is None else cache
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if candidate.suffix.lower() in EXTENSIONS and not name.startswith("."):
                        own, own_default = _config_excludes(candidate.parent, configs) if use_config else ((), True)
                        skip_project = own_default if default_exclude is None else default_exclude
                        if not any_glob_matches(candidate, patterns + own) and not (skip_project and is_project_file(name)):
                            skip = scan_verdict(candidate)  # a FIFO would hang the run
                            if skip:
                                sys.stderr.write(f"policylens: warning: {quote_path(str(candidate))}: {skip}\n")
                            else:
                                found.append(str(candidate))
        else:
            found.append(raw)
    return found


def _config_excludes(folder: Path, cache: ConfigCache) -> tuple[tuple[str, ...], bool]:
    """The `exclude` globs and `default-exclude` of the configuration that governs `folder` (errors surface later)."""
    governing = cache.governing(folder)
    if governing is None:
        return (), True
    try:
        from policylens.rules import all_rules

        config = cache.load(governing, set(all_rules()))
    except UserError:
        return (), True
    return config.exclude, config.default_exclude
