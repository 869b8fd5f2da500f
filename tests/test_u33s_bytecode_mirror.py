"""`conftest.drop_mirror`: the bytecode of the temporary folder goes at the end of a run, the repository's own stays.

A clone under `/tmp` (the temporary folder) had its own bytecode mirror removed with the temporary files' at the
end of every run, so the next run compiled the package and every test module again (issue #13, u33s).
"""

from __future__ import annotations

from pathlib import Path

from conftest import drop_mirror


def _tree(root: Path, *files: str) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"pyc")


def test_the_repository_inside_the_temporary_folder_keeps_its_bytecode(tmp_path: Path) -> None:
    mirror = tmp_path / "tmp"
    keep = mirror / "clones" / "repo"
    _tree(
        mirror,
        "pytest-of-root/pytest-7/test_a0/policy.cpython-311.pyc",  # a test's file under tmp_path: goes
        "clones/other/x.cpython-311.pyc",  # a sibling of the repository's folder: goes
        "clones/stray.cpython-311.pyc",  # a file beside it: goes
        "loose.cpython-311.pyc",
        "clones/repo/cli/policylens/__init__.cpython-311.pyc",  # the repository's own: stays
        "clones/repo/tests/conftest.cpython-311.pyc",
    )
    drop_mirror(mirror, keep)
    left = sorted(p.relative_to(mirror).as_posix() for p in mirror.rglob("*") if p.is_file())
    assert left == ["clones/repo/cli/policylens/__init__.cpython-311.pyc", "clones/repo/tests/conftest.cpython-311.pyc"]


def test_a_repository_elsewhere_leaves_nothing_of_the_temporary_folder(tmp_path: Path) -> None:
    mirror = tmp_path / "tmp"
    _tree(mirror, "pytest-of-root/pytest-7/test_a0/policy.cpython-311.pyc", "clones/repo/x.cpython-311.pyc")
    drop_mirror(mirror, tmp_path / "work" / "repo")
    assert not mirror.exists()


def test_no_mirror_is_nothing_to_do(tmp_path: Path) -> None:
    drop_mirror(tmp_path / "absent", tmp_path / "absent" / "repo")
    assert not (tmp_path / "absent").exists()
