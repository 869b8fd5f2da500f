"""The one executor shared by `check` and `compare`: order, bounded streaming, errors per file."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from helpers import cli
from policylens import executor
from policylens.errors import UserError


def _square(n: int) -> int:
    return n * n


_SEEN: list[int] = []


def _record(n: int) -> int:
    _SEEN.append(n)
    return n


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_back_in_input_order(jobs: int) -> None:
    assert list(executor.run(_square, range(50), jobs=jobs, chunk=3)) == [n * n for n in range(50)]


def test_results_stream_while_input_is_still_being_read() -> None:
    """At most `window` chunks are in flight: the first result arrives before the input is exhausted."""
    pulled: list[int] = []

    def items():  # type: ignore[no-untyped-def]
        for n in range(1000):
            pulled.append(n)
            yield n

    stream = executor.run(_square, items(), jobs=2, chunk=1, window=4)
    assert next(stream) == 0
    assert len(pulled) < 20
    assert list(stream)[-1] == 999 * 999


def test_progress_counts_every_item() -> None:
    done: list[int] = []
    list(executor.run(_square, range(10), jobs=2, chunk=3, progress=done.append))
    assert sum(done) == 10


def test_bad_arguments_are_user_errors() -> None:
    with pytest.raises(UserError):
        list(executor.run(_square, [1], jobs=0))
    with pytest.raises(UserError):
        list(executor.run(_square, [1], backend="threads"))


def test_dask_is_not_imported_on_the_process_path() -> None:
    code = "import sys; from policylens import executor; list(executor.run(abs, [-1, -2], jobs=2)); print('distributed' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def _broken_docx(path: Path) -> None:
    """A DOCX whose document.xml has a bad CRC (a byte flipped inside the compressed data)."""
    import docx

    good = path.with_suffix(".good.docx")
    document = docx.Document()
    document.add_heading("隱私權政策", 1)
    document.add_paragraph("我們重視您的隱私。" * 20)
    document.save(str(good))
    data = bytearray(good.read_bytes())
    info = zipfile.ZipFile(good).getinfo("word/document.xml")
    offset = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    good.unlink()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_one_broken_docx_among_good_files_still_prints_the_json(tmp_path: Path, jobs: str) -> None:
    pytest.importorskip("docx")
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(3):
        (folder / f"good{n}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    _broken_docx(folder / "broken.docx")
    done = cli("check", str(folder), "--format", "json", "--jobs", jobs, "--no-config")
    assert done.returncode == 2
    data = json.loads(done.stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["broken.docx", "good0.txt", "good1.txt", "good2.txt"]
    assert all(f["findings"] for f in data["files"][1:])
    (error,) = data["errors"]
    assert Path(error["path"]).name == "broken.docx" and error["error"]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "check.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert done.stderr.count("policylens: error: ") == 1 and "Traceback" not in done.stderr


def test_compare_shows_a_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from policylens.commands.compare import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with _progress(3, 12) as advance:
        assert advance is not None
        for _ in range(3):
            advance(1)
    assert "comparing 12 files" in terminal.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with _progress(3, 12) as advance:
        assert advance is None


def _fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


def test_a_failing_item_stops_the_run_without_waiting_for_the_queue() -> None:
    stream = executor.run(_fail_on_three, range(100), jobs=2, chunk=1)
    assert [next(stream) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(ValueError, match="three"):
        next(stream)


def test_a_consumer_may_stop_early() -> None:
    stream = executor.run(_square, range(10_000), jobs=2, chunk=1, window=2)
    assert next(stream) == 0
    stream.close()
