"""(u58s, issue #13) The measuring plugin never changes what a measured call does: a symlink loop is the product's error.

`tests/test_hostile.py::test_symlink_loop_in_a_folder_is_one_error_line` failed in the fifty-seventh session's measured
whole-suite run with `cannot be read (RuntimeError: Symlink loop …)` for a.txt and b.txt instead of `Too many levels of
symbolic links`, and passed alone.  Not the product, nor the order of the tests: `tests/suite_cost.py` (the measuring
plugin, `-p suite_cost`) wraps `check_file` and keys each call by its path resolved, and `Path.resolve` raises
RuntimeError on a loop before Python 3.13, which its `except (OSError, ValueError)` let through the wrapper into
`check_file_safely`.  It failed every time under the plugin, never without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import suite_cost
from conftest import SEED

POSIX = pytest.mark.skipif(os.name != "posix", reason="symbolic links")


def _loop(folder: Path) -> Path:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return folder / "a.txt"


@POSIX
def test_a_symlink_loop_has_no_key_and_raises_nothing(tmp_path: Path) -> None:
    loop = str(_loop(tmp_path))
    for name in ("load", "check_file"):
        assert suite_cost.call_key(name, (loop,), {}) is None
    assert suite_cost.call_key("load", (str(SEED),), {}) is not None  # (the repository's files are still keyed)


@POSIX
def test_a_wrapped_call_answers_as_the_call_whatever_its_key(tmp_path: Path) -> None:
    """The wrapper runs the call and gives back its answer (or its own error), also when no key can be made of it."""
    loop = str(_loop(tmp_path))
    seen: list[object] = []

    def check_file(path: str) -> str:
        seen.append(path)
        raise OSError(40, "Too many levels of symbolic links")

    wrapped = suite_cost._wrap("check_file", check_file)
    with pytest.raises(OSError, match="Too many levels"):
        wrapped(loop)
    assert seen == [loop]
    assert suite_cost._wrap("build_document", lambda loaded: "built")(object()) == "built"  # a key that fails: no key
