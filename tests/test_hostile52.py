"""Hostile input, round 52 (u52h): what the fifty-second session's adversarial pass broke.

- `compare --executor dask --scheduler ADDRESS` where another service listens (a web server, sshd, anything that
  speaks first or answers Dask's handshake with its own bytes): Dask read those bytes as a frame length and asked for
  exabytes.  The run ended with "out of memory (see --max-size)" (a `MemoryError`, a wrong story), or with
  `internal error: OverflowError` / `internal error: error: unpack_from requires…` (`struct.error`).  Now one line:
  the scheduler did not answer as a Dask scheduler.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import cli, parse_path, written_file

POLICY = "# 隱私權政策\n\n## 一、聯絡我們\n\n我們收集您的姓名。請聯絡本公司。\n"


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("policylens: error: "), stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
    return lines[0]


# --- a stranger at the Dask scheduler's address -------------------------------------------------------------------

_GREETINGS = {
    "web server": b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    "sshd": b"SSH-2.0-OpenSSH_8.9\r\n",
    "all ones": b"\xff" * 64,
    "a short frame": b"\x01\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00" + b"\x00" * 8 + b"garbage!",
}


@pytest.fixture
def stranger(request: pytest.FixtureRequest) -> Iterator[str]:
    """A local TCP service that sends `request.param`'s greeting to whoever connects, then closes; its address."""
    greeting = _GREETINGS[request.param]
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    done = threading.Event()

    def serve() -> None:
        while not done.is_set():
            try:
                conn, _ = server.accept()
            except OSError:  # the accept timed out, or the socket is closed
                continue
            with conn:
                try:
                    conn.sendall(greeting)
                    conn.settimeout(1.0)
                    conn.recv(65536)  # let the client send its handshake before the connection closes
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    finally:
        done.set()
        thread.join(5)
        server.close()


@pytest.mark.parametrize("stranger", sorted(_GREETINGS), indirect=True)
def test_a_scheduler_address_where_another_service_answers_is_one_line(tmp_path: Path, stranger: str) -> None:
    pytest.importorskip("distributed")
    folder = tmp_path / "prod"
    folder.mkdir()
    (folder / "zh-Hant.2024-01-01.md").write_text(POLICY, encoding="utf-8")
    (folder / "zh-Hant.2025-01-01.md").write_text(POLICY + "\n我們保存三十天。\n", encoding="utf-8")
    done = cli("compare", str(folder), "--executor", "dask", "--scheduler", stranger, "--format", "json")
    line = _one_line(done.stderr)
    assert done.returncode == 2 and done.stdout == ""
    assert f"cannot reach the Dask scheduler {stranger}" in line and "did not answer as a Dask scheduler" in line
    assert "out of memory" not in line


# --- diff: an outline rewritten whole ------------------------------------------------------------------------------


class _Counted(tuple):  # type: ignore[type-arg]
    """A tuple of sections that counts how often a section is looked up by index."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        _Counted.reads += 1
        return super().__getitem__(index)


def test_a_crowded_gap_of_unnumbered_sections_is_not_walked_pair_by_pair(tmp_path: Path) -> None:
    """Every title and body rewritten: the gap between paired neighbours holds every section of both outlines, too
    many to compare each with each (`GAP_MAX_PAIRS`), so only same-numbered pairs are candidates; there are none.
    Every old × new pair was still walked to be filtered: 16 million at 4,000 sections (29 s of a 47 s diff)."""
    from policylens.diff import align

    n = 150
    old = parse_path(written_file(tmp_path, "old.md", "".join(f"## 舊標題{chr(0x4E00 + k)}\n\n舊內容{k}。\n\n" for k in range(n))))
    new = parse_path(written_file(tmp_path, "new.md", "".join(f"## 新章節{chr(0x5E00 + k)}\n\n新段落{k}。\n\n" for k in range(n))))
    olds, news = _Counted(old.sections), _Counted(new.sections)
    assert len(olds) == len(news) == n and n * n > align.GAP_MAX_PAIRS
    texts = ([s.title or "" for s in old.sections], [s.title or "" for s in new.sections])
    bodies = (
        [" ".join(p.text for p in s.paragraphs) for s in old.sections],
        [" ".join(p.text for p in s.paragraphs) for s in new.sections],
    )
    _Counted.reads = 0
    assert align._gap_pairs(olds, news, {}, texts, bodies) == []
    assert _Counted.reads < 20 * n  # linear in the sections; the walk of every pair read n × n = 22,500


# --- check: a folder deeper than the system's path limit ----------------------------------------------------------


def _too_deep(top: Path, names: list[str] | None = None) -> None:
    """Nested folders under `top` (by default 30 of 200-character names: past PATH_MAX, 4,096 bytes), a policy at the
    bottom; made through folder descriptors, as no path may name the bottom."""
    fd = os.open(top, os.O_RDONLY)
    try:
        for name in ["d" * 200] * 30 if names is None else names:
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        policy = os.open("privacy.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(policy, POLICY.encode("utf-8"))
        os.close(policy)
    finally:
        os.close(fd)


def test_a_folder_past_the_path_limit_is_one_warning_and_the_other_files_are_checked(tmp_path: Path) -> None:
    """The scan asked each subfolder whether it is a link with `Path.is_symlink`, which raises ENAMETOOLONG (it
    swallows only ENOENT, ENOTDIR, EBADF and ELOOP): the run ended with one error line, no file checked."""
    top = tmp_path / "policies"
    top.mkdir()
    (top / "privacy.md").write_text(POLICY, encoding="utf-8")
    _too_deep(top)
    done = cli("check", str(top), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert [f["path"] for f in json.loads(done.stdout)["files"]] == [str(top / "privacy.md")]
    warnings = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(warnings) == 1 and warnings[0].startswith("policylens: warning: "), done.stderr
    assert "cannot be listed" in warnings[0] and "name too long" in warnings[0] and len(warnings[0]) < 1200


def test_a_policy_whose_folder_leaves_no_room_for_a_configuration_name_is_checked(tmp_path: Path) -> None:
    """`privacy.md` fits under PATH_MAX but `policylens.toml` beside it does not: the configuration search's `is_file`
    raised ENAMETOOLONG and the run ended with `…/policylens.toml: File name too long`, no file checked."""
    top = tmp_path / "policies"
    top.mkdir()
    (top / "privacy.md").write_text(POLICY, encoding="utf-8")
    room = 4081 - len(os.path.realpath(top))  # the bottom folder's path: 4,081 characters (+ "/policylens.toml": 4,097)
    full = (room - 1) // 201 if (room - 1) % 201 else (room - 1) // 201 - 1
    names = ["d" * 200] * full + ["e" * (room - 1 - 201 * full)]
    assert 0 < len(names[-1]) <= 255
    _too_deep(top, names)
    done = cli("check", str(top), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    paths = [f["path"] for f in json.loads(done.stdout)["files"]]
    assert len(paths) == 2 and paths[0] == str(top / "privacy.md") and paths[1].endswith("/privacy.md")
    assert len(os.path.realpath(top)) + sum(len(n) + 1 for n in names) == 4081


def test_compare_of_a_tree_past_the_path_limit_compares_the_other_products(tmp_path: Path) -> None:
    """`compare`'s own folder walk asked `Path.is_symlink` and `Path.is_file` of each entry: ENAMETOOLONG ended the run."""
    top = tmp_path / "site"
    (top / "prod").mkdir(parents=True)
    (top / "prod" / "zh-Hant.2024-01-01.md").write_text(POLICY, encoding="utf-8")
    (top / "prod" / "zh-Hant.2025-01-01.md").write_text(POLICY + "\n我們保存三十天。\n", encoding="utf-8")
    _too_deep(top)
    done = cli("compare", str(top), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert [p["product"] for p in json.loads(done.stdout)["products"]] == ["prod"]
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("policylens: warning: ") and "cannot be listed" in line for line in lines), done.stderr


def test_a_named_file_past_the_path_limit_is_its_own_error_as_a_missing_file_is(tmp_path: Path) -> None:
    """`check p.md LONG/privacy.md`: a missing file is one line and the other files are checked; a path past PATH_MAX
    ended the run at `Path.is_dir` (discovery) and `find_config`, with no report of `p.md`."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    top = tmp_path / "deep"
    top.mkdir()
    _too_deep(top)
    long = os.path.join(str(top), *["d" * 200] * 30, "privacy.md")
    done = cli("check", str(tmp_path / "p.md"), long, "--format", "json")
    assert done.returncode == 2
    files = json.loads(done.stdout)["files"]
    assert [f["path"] for f in files] == [str(tmp_path / "p.md"), long] and files[0]["findings"]
    line = _one_line(done.stderr)
    assert "name too long" in line and len(line) < 1200


# --- DOCX: the attributes of a symbol the reader cannot tell ----------------------------------------------------------


def test_an_unknown_docx_symbol_is_named_briefly(tmp_path: Path) -> None:
    """A `w:sym` without `w:font` was named `None`, and a `w:char` of 5,000 characters made a warning line 5,000
    characters long: the font is now `no font`, and each attribute at most 16 characters."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        "<w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p>"
        '<w:p><w:r><w:sym w:char="F0E8"/><w:t>本公司蒐集您的姓名。</w:t></w:r></w:p>'
        f'<w:p><w:r><w:sym w:font="Wingdings" w:char="{"F" * 5000}"/><w:t>用於提供服務。</w:t></w:r></w:p>'
    )
    path = tmp_path / "p.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    warnings = [w for w in parse_path(path).warnings if "w:sym" in w]
    assert len(warnings) == 1 and "(no font F0E8)" in warnings[0] and "None" not in warnings[0]
    assert f"(Wingdings {'F' * 16}…)" in warnings[0] and len(warnings[0]) < 300
