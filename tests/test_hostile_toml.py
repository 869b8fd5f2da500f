"""Every TOML file policylens reads (configuration, compare manifest, profile) goes through one reader:
unreadable, non-UTF-8, malformed or deeply nested files are a `UserError` naming the file, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from policylens.compare.inputs import read_manifest
from policylens.config import load_config
from policylens.errors import UserError
from policylens.profiles import load_profile

READERS: dict[str, Callable[[Path], Any]] = {
    "configuration": lambda path: load_config(path, rule_ids=set()),
    "manifest": read_manifest,
    "profile": lambda path: load_profile.__wrapped__(path),  # not the cache: each case is a new file
}
BAD = {
    "nested": ("x = " + "[" * 3000 + "]" * 3000 + "\n").encode(),
    "not-utf8": b"x = '\xab\xcd'\n",
    "malformed": b"[x\n",
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("bad", BAD)
def test_a_bad_toml_file_is_one_user_error_naming_it(tmp_path: Path, reader: str, bad: str) -> None:
    path = tmp_path / "policylens.toml"
    path.write_bytes(BAD[bad])
    with pytest.raises(UserError) as caught:
        READERS[reader](path)
    assert caught.value.path == str(path)
    assert "\n" not in caught.value.message
