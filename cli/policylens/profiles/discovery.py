"""Where profiles are found: the built-in ones and those of the `profile-paths` folders (`available`, `profile_files`),
one name given by two files refused (`DuplicateProfile`) unless they are the same file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from policylens.config import CONFIG_NAMES
from policylens.errors import UserError, echo
from policylens.profiles.reading import BUILTIN


def available(paths: Iterable[Path] = ()) -> dict[str, Path]:
    """profile name → file: the built-in profiles, then those in `paths` (a user file overrides a built-in one)."""
    found: dict[str, Path] = {}
    for folder in (BUILTIN, *paths):
        if not folder.is_dir():
            what = "is a file, not a folder of profiles" if folder.exists() else "profile folder not found"
            raise UserError(f"{what} (configuration key 'profile-paths')", path=str(folder))
        for file in profile_files(folder):
            # (twenty-first round, r21h) not a hidden file (an editor's lock `.#x.toml`, a Mac's `._x.toml`: `check` skips
            # them too), nor the configuration beside its profiles (`profile-paths = ["."]`): each stopped `profiles`
            if not file.name.startswith(".") and (folder == BUILTIN or file.name not in CONFIG_NAMES):
                earlier = found.get(file.stem)
                if earlier is not None and earlier.parent != BUILTIN and not _same_file(earlier, file):
                    raise DuplicateProfile(file.stem, earlier, file)
                found[file.stem] = file
    return found


def profile_files(folder: Path) -> list[Path]:
    """The files of a profile folder that may be profiles: `*.toml`, the suffix in any case (u43h: `house.TOML`, saved
    so by a Windows editor, was not listed, and `--profile house` was an unknown profile), in name order.  A folder
    named `x.toml` is no profile; a FIFO or a device so named is listed, so that reading it gives its one-line error
    (tests/test_hostile18.py) rather than an unknown profile."""
    try:
        return sorted(file for file in folder.iterdir() if file.suffix.lower() == ".toml" and not file.is_dir())
    except OSError:
        return []


class DuplicateProfile(UserError):
    """One profile name in two `profile-paths` folders (u42h).

    The folder named last won without a word, so which rules `--profile NAME` applied hung on the order of
    `profile-paths` (two teams' `house.toml`, an old copy left in a second folder).  A file of a built-in profile's
    name still replaces it, as documented; one folder named twice, or through a link, is one file.
    """

    def __init__(self, name: str, first: Path, second: Path) -> None:
        super().__init__(
            f"profile {echo(name)} is defined twice, here and in {first} (configuration key 'profile-paths'): rename or remove one of them",
            path=str(second),
        )


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (a folder listed twice, or through a link)."""
    try:
        return a.samefile(b)
    except OSError:
        return False
