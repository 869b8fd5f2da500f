"""The one glob matcher of the configuration: `exclude`, `--exclude` and `per-file-ignores`.

A glob matches a file when it matches the file's name (`*.md`), its path as given or
relative to the configuration (`docs/drafts/*`, also written `./docs/drafts/*`), or
any trailing part of that path (`drafts/*` matches `site/docs/drafts/a.md`).  `fnmatch` rules: `*` also crosses `/`.
An absolute glob (`/srv/policies/legacy/*.md`) matches the file's absolute path, as written or with its links
resolved (it was matched against the relative path only, so it never matched: the rules it ignored still ran).
A backslash is a folder separator, as Windows writes it (`legacy\\*.md` matched nothing on Linux or macOS).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from pathlib import Path, PurePath

from policylens.output import resolve_path


def glob_matches(path: PurePath, glob: str, *, relative: str | None = None) -> bool:
    """Does `glob` match `path` (its name, `relative` or the path as given, or a trailing part of it)?"""
    if os.sep == "/":  # a configuration written on Windows (`legacy\*.md`); a POSIX name holding a backslash is no real file's
        glob = glob.replace("\\", "/")
    if os.path.isabs(glob):
        absolute = Path(os.path.abspath(path))
        return any(fnmatch.fnmatch(p.as_posix(), PurePath(glob).as_posix()) for p in (absolute, resolve_path(absolute)))
    posix = path.as_posix() if relative is None else relative
    tail = glob.lstrip("./")
    return (
        fnmatch.fnmatch(path.name, glob)
        or fnmatch.fnmatch(posix, glob)
        or fnmatch.fnmatch(posix, glob.removeprefix("./"))  # `./drafts/*` is `drafts/*` from here
        or fnmatch.fnmatch(posix, "*/" + tail)
    )


def any_glob_matches(path: PurePath, globs: Iterable[str], *, relative: str | None = None) -> bool:
    """Does any of `globs` match `path` (see `glob_matches`)?"""
    return any(glob_matches(path, glob, relative=relative) for glob in globs)
