"""Hostile inputs (issue #12): each class of attack gives one clean line, exit 2, or a safe output.

Classes, one section each: memory (DOCX bombs, line floods, endless baselines); files that
are not files (FIFO, socket, device, symlink loop) and damaged DOCX; outputs (atomic, never
onto an input, full or closed stdout); options and configuration; terminal and XML safety.
Times are never asserted here: `benchmarks/bench_worst.py` measures them.
"""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import SEED
from helpers import cli, cli_process

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
JUNIT_XSD = Path(__file__).parent / "data" / "junit.xsd"
CONTROL = "\x1b]0;pwned\x07\x1b[2J\x08\x0b\x0c\x7f"  # window title, bell, clear screen, backspace…
POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and signals are POSIX")


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `policylens ARGS` in this process (`helpers.cli`); what needs a real process uses `cli_process`."""
    return cli(*args, cwd=cwd, env=env)


def one_clean_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2 with a `policylens: error:` line naming what went wrong, and no traceback."""
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("policylens: error:")]
    assert errors, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def docx(document: bytes, styles: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
        if styles is not None:
            archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


def document(body: bytes) -> bytes:
    return b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>"


# --- §2 memory ------------------------------------------------------------------------


def test_docx_member_inflating_past_the_limit_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx(document(b"<w:p><w:r><w:t>" + b"a" * 3_000_000 + b"</w:t></w:r></w:p>")))
    assert bomb.stat().st_size < 50_000
    one_clean_error(run("parse", str(bomb), "--max-size", "1MB"), "inflates to over", "word/document.xml")


def test_docx_member_lying_about_its_size_is_stopped_while_inflating(tmp_path: Path) -> None:
    from policylens.errors import UserError
    from policylens.load.docx import read_member

    data = docx(document(b"<w:p><w:r><w:t>" + b"a" * 300_000 + b"</w:t></w:r></w:p>"))
    archive = zipfile.ZipFile(io.BytesIO(data))
    archive.getinfo("word/document.xml").file_size = 10  # the directory says 10 bytes
    with pytest.raises(UserError, match="malformed DOCX"):  # zipfile stops at the declared size: a CRC error
        read_member(archive, "word/document.xml", path="x.docx", max_bytes=100_000)
    archive.getinfo("word/document.xml").file_size = 50_000  # under the limit, but inflates past it
    with pytest.raises(UserError, match="malformed DOCX"):
        read_member(archive, "word/document.xml", path="x.docx", max_bytes=100_000)


def test_styles_member_is_bounded_too(tmp_path: Path) -> None:
    path = tmp_path / "styles.docx"
    styles = b"<w:styles " + W + b">" + b"<!--" + b"x" * 2_000_000 + b"-->" + b"</w:styles>"
    path.write_bytes(docx(document(b"<w:p><w:r><w:t>\xe6\x94\xbf\xe7\xad\x96</w:t></w:r></w:p>"), styles))
    one_clean_error(run("parse", str(path), "--max-size", "1MB"), "word/styles.xml")


def test_flood_of_tiny_lines_is_refused_before_it_is_built(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("a\n" * 200_000, encoding="utf-8")
    one_clean_error(run("parse", str(path)), "200,000 lines", "not a policy")
    normal = tmp_path / "ok.txt"
    normal.write_text("第一條 我們收集您的資料。\n" * 20_000, encoding="utf-8")  # many lines, but real ones
    assert run("parse", str(normal), "--format", "json").returncode == 0


@POSIX
def test_endless_baseline_is_refused(tmp_path: Path) -> None:
    one_clean_error(run("check", str(SEED), "--baseline", "/dev/zero"), "/dev/zero", "device")


@pytest.mark.parametrize(
    ("count", "word"),
    [("Infinity", "unreadable"), ("NaN", "unreadable"), ("1e400", "count"), ("true", "count"), ('"3"', "count"), ("-1", "count")],
)
def test_baseline_counts_are_validated(tmp_path: Path, count: str, word: str) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text(
        '{"schema": "policylens.baseline/1", "findings": [{"path": "x", "rule": "r", "excerpt": "e", "count": ' + count + "}]}",
        encoding="utf-8",
    )
    one_clean_error(run("check", str(SEED), "--baseline", str(baseline)), word)


def test_baseline_is_read_once_for_many_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.check import CheckOptions, check_paths
    from policylens.check import baseline as check_module

    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    baseline = tmp_path / "b.json"
    baseline.write_text('{"schema": "policylens.baseline/1", "findings": []}', encoding="utf-8")
    reads: list[str] = []
    original = check_module.read_bytes if hasattr(check_module, "read_bytes") else None
    assert original is None  # read lazily from policylens.load

    import policylens.load as load_module

    real = load_module.read_bytes

    def counting(path: str, *, max_bytes: int) -> bytes:
        reads.append(path)
        return real(path, max_bytes=max_bytes)

    monkeypatch.setattr(load_module, "read_bytes", counting)
    check_module._read_baseline.cache_clear()
    report = check_paths([str(tmp_path)], CheckOptions(baseline=baseline, no_config=True), jobs=1)
    assert len(report.files) == 5
    assert reads.count(str(baseline)) == 1


# --- §4 files that are not files, damaged DOCX ------------------------------------------


@POSIX
def test_special_files_in_a_folder_are_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock.md"))
        result = run("check", str(tmp_path), "--format", "json")
    finally:
        server.close()
    assert result.returncode == 1  # the good file's error-level finding; nothing hung
    assert "pipe.txt: is a FIFO (named pipe), not a regular file: skipped" in result.stderr
    assert "sock.md: is a socket" in result.stderr
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == [str(tmp_path / "good.txt")]


@POSIX
def test_fifo_given_by_name_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for command in (("parse", str(fifo)), ("check", str(fifo)), ("diff", str(fifo), str(SEED))):
        one_clean_error(cli_process(*command), "FIFO")  # a real process: a hang would be a timeout, not a stuck suite


@POSIX
def test_process_substitution_still_works() -> None:
    """`diff <(…) new`: /dev/fd/N is a pipe with a writer, not a named FIFO."""
    result = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m policylens parse <(cat "{SEED}") --format json'], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["metadata"]["title"] == "隱私權政策"


@POSIX
def test_symlink_loop_in_a_folder_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("我們收集資料。\n", encoding="utf-8")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "up").symlink_to(tmp_path)  # a directory loop: not followed
    result = run("check", str(tmp_path), "--format", "json")
    one_clean_error(result, "a.txt: Too many levels of symbolic links")
    files = json.loads(result.stdout)["files"]
    assert [f["path"].rsplit("/", 1)[-1] for f in files] == ["a.txt", "b.txt", "good.txt"]
    assert "error" not in files[2]


def test_docx_with_bad_crc_is_one_error_line(tmp_path: Path) -> None:
    data = bytearray(docx(document(b"<w:p><w:r><w:t>" + "我們收集資料".encode() * 50 + b"</w:t></w:r></w:p>")))
    start = data.index(b"word/document.xml") + len("word/document.xml")
    data[start + 10] ^= 0xFF  # inside the deflate stream
    path = tmp_path / "crc.docx"
    path.write_bytes(bytes(data))
    one_clean_error(run("parse", str(path)), "malformed DOCX", "word/document.xml")


def test_docx_with_damaged_styles_member_is_one_error_line(tmp_path: Path) -> None:
    data = bytearray(docx(document(b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"), b"<w:styles " + W + b">" + b"<w:style/>" * 200 + b"</w:styles>"))
    start = data.index(b"word/styles.xml") + len("word/styles.xml")
    data[start + 8] ^= 0xFF
    path = tmp_path / "styles.docx"
    path.write_bytes(bytes(data))
    one_clean_error(run("parse", str(path)), "word/styles.xml")


def test_docx_with_broken_styles_xml_keeps_the_text_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "styles.docx"
    path.write_bytes(docx(document(b"<w:p><w:r><w:t>\xe6\x88\x91\xe5\x80\x91</w:t></w:r></w:p>"), b"<w:styles " + W + b"><w:style>"))
    result = run("parse", str(path), "--format", "json")
    assert result.returncode == 0 and "styles.xml is not valid XML" in result.stderr
    assert "我們" in result.stdout


def test_deeply_nested_docx_keeps_its_text(tmp_path: Path) -> None:
    body = b"<w:p>" + b"<w:ins>" * 5000 + b"<w:r><w:t>\xe6\x94\xbf\xe7\xad\x96</w:t></w:r>" + b"</w:ins>" * 5000 + b"</w:p>"
    body += b"<w:p>" + b"<w:r>" * 3000 + b"<w:t>x</w:t>" + b"</w:r>" * 3000 + b"</w:p>"
    path = tmp_path / "deep.docx"
    path.write_bytes(docx(document(body)))
    result = run("parse", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    texts = [data["metadata"]["title"]] + [p["text"] for s in data["sections"] for p in s["paragraphs"]]
    assert "政策" in texts and "x" in texts


# --- §5 outputs -------------------------------------------------------------------------


def test_diff_output_onto_an_input_is_refused(tmp_path: Path) -> None:
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text("我們收集資料。\n", encoding="utf-8")
    new.write_text("我們收集個人資料。\n", encoding="utf-8")
    before = new.read_bytes()
    one_clean_error(run("diff", str(old), str(new), "-o", str(new)), "onto the input")
    (tmp_path / "link.txt").symlink_to(new)
    one_clean_error(run("diff", str(old), str(new), "-o", str(tmp_path / "link.txt")), "onto the input")
    os.link(new, tmp_path / "hard.txt")
    one_clean_error(run("diff", str(old), str(new), "-o", str(tmp_path / "hard.txt")), "onto the input")
    one_clean_error(run("diff", str(old), "b.txt", "-o", "./b.txt", cwd=tmp_path), "onto the input")
    assert new.read_bytes() == before


def test_write_baseline_onto_a_checked_file_is_refused(tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    before = policy.read_bytes()
    one_clean_error(run("check", str(policy), "--write-baseline", str(policy)), "onto the input")
    one_clean_error(run("check", str(tmp_path), "--write-baseline", str(policy)), "onto the input")
    assert policy.read_bytes() == before


def test_interrupted_output_leaves_the_previous_report_whole(tmp_path: Path) -> None:
    from policylens.output import open_output, write_atomic

    report = tmp_path / "report.txt"
    write_atomic(report, "previous report\n")
    report.chmod(0o640)
    with pytest.raises(KeyboardInterrupt), open_output(report) as out:
        out.write("half of a new rep")
        raise KeyboardInterrupt
    assert report.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary file left
    write_atomic(report, "new report\n")
    assert report.read_text(encoding="utf-8") == "new report\n"
    assert report.stat().st_mode & 0o777 == 0o640  # the replaced file's permissions are kept


@POSIX
def test_sigterm_during_output_leaves_a_whole_report(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("".join(f"第{i}條 我們收集您的資料以提供服務。\n\n" for i in range(3000)), encoding="utf-8")
    new.write_text("".join(f"第{i}條 本公司收集您的個人資料以提供服務。\n\n" for i in range(3000)), encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("previous\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "policylens", "diff", str(old), str(new), "-f", "json", "-o", str(report)])
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=120)
    content = report.read_text(encoding="utf-8")
    assert content == "previous\n" or json.loads(content)["schema"].startswith("policylens.diff/")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "old.txt", "report.json"]


@POSIX
def test_output_to_a_device_is_written_in_place_not_renamed_onto(tmp_path: Path) -> None:
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text("我們收集資料。\n", encoding="utf-8")
    new.write_text("我們收集個人資料。\n", encoding="utf-8")
    before = os.stat("/dev/null")
    assert run("diff", str(old), str(new), "-o", "/dev/null").returncode == 1
    after = os.stat("/dev/null")
    assert (after.st_mode, after.st_rdev, after.st_ino) == (before.st_mode, before.st_rdev, before.st_ino)
    result = cli_process("diff", str(old), str(new), "-o", "/dev/stdout", "-f", "json")  # the process's own descriptor 1
    assert json.loads(result.stdout)["schema"].startswith("policylens.diff/")


@POSIX
def test_stdout_full_or_closed_is_one_clean_line() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "policylens", "parse", str(SEED), "-f", "text"], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert result.returncode == 2
    assert result.stderr == "policylens: error: cannot write the output: No space left on device\n"
    closed = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m policylens check "{SEED}" -f json >&-'], stderr=subprocess.PIPE, text=True, timeout=120
    )
    assert closed.returncode == 2
    assert closed.stderr == "policylens: error: cannot write the output: standard output is closed\n"


# --- §6 options and configuration -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["rot13", "hex", "unicode_escape", "base64", "no-such-codec"])
def test_bad_encodings_are_refused(encoding: str) -> None:
    one_clean_error(run("parse", str(SEED), "--encoding", encoding), "--encoding", encoding)


@pytest.mark.parametrize("size", ["99999999999999999999G", "2T", "1e9", "-5", "five"])
def test_bad_sizes_are_refused(size: str) -> None:
    one_clean_error(run("parse", str(SEED), "--max-size", size), "--max-size")


def test_huge_size_in_the_environment_is_refused() -> None:
    one_clean_error(run("parse", str(SEED), env={"POLICYLENS_MAX_BYTES": "9" * 30}), "POLICYLENS_MAX_BYTES")


def test_malformed_pyproject_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.policylens\nfail-on = "never"\n', encoding="utf-8")
    (tmp_path / "p.txt").write_text("我們收集資料。\n", encoding="utf-8")
    one_clean_error(run("check", "p.txt", cwd=tmp_path), "pyproject.toml", "invalid TOML")


@pytest.mark.parametrize("content", ["[tool.black]\nline-length = 88\n", '[project]\nname = "x"\n', 'tool = "policylens"\n'])
def test_pyproject_without_a_policylens_table_is_not_a_config(tmp_path: Path, content: str) -> None:
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    (tmp_path / "p.txt").write_text("我們收集資料。\n", encoding="utf-8")
    result = run("check", "p.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("name", "content", "word"),
    [
        ("policylens.toml", 'tool = "policylens"\n', "'tool'"),
        ("pyproject.toml", "[tool]\npolicylens = 3\n", "tool.policylens"),
        ("policylens.toml", "[tool]\npolicylens = []\n", "tool.policylens"),
    ],
)
def test_config_tables_of_the_wrong_type_are_errors(tmp_path: Path, name: str, content: str, word: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "p.txt").write_text("我們收集資料。\n", encoding="utf-8")
    one_clean_error(run("check", "p.txt", cwd=tmp_path), word)


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\\w+\\s?)+$", r"\\s*x?\\s*:", r"(.|\\n)*y"])
def test_catastrophic_user_patterns_are_refused_by_name(tmp_path: Path, pattern: str) -> None:
    (tmp_path / "policylens.toml").write_text(f'placeholder-patterns = ["〈待補〉", "{pattern}"]\n', encoding="utf-8")
    (tmp_path / "p.txt").write_text("我們收集資料。\n", encoding="utf-8")
    shown = pattern.replace("\\\\", "\\")
    one_clean_error(run("check", "p.txt", cwd=tmp_path), "placeholder-patterns", "backtracks catastrophically", repr(shown))


def test_safe_user_patterns_still_work(tmp_path: Path) -> None:
    (tmp_path / "policylens.toml").write_text('placeholder-patterns = ["〈待補〉", "\\\\[[^\\\\]]{0,20}待定\\\\]"]\n', encoding="utf-8")
    (tmp_path / "p.txt").write_text("請參閱〈待補〉。\n", encoding="utf-8")
    result = run("check", "p.txt", "-f", "json", cwd=tmp_path)
    assert "placeholder-instruction" in [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]


# --- §7 terminal and XML safety ---------------------------------------------------------


@pytest.fixture
def poisoned(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old.md"
    new = tmp_path / "new.md"
    old.write_text(f"# 隱私權政策\n\n## 關於我們{CONTROL}\n\n我們收集資料。\n", encoding="utf-8")
    new.write_text(f"# 隱私權政策\n\n## 關於我們{CONTROL}\n\n我們收集{CONTROL}資料【】。\n", encoding="utf-8")
    return old, new


def _has_raw_control(text: str) -> bool:
    return any(ch in text for ch in "\x1b\x07\x08\x0b\x0c\x7f")


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich"])
def test_no_raw_control_character_in_parse_or_diff(poisoned: tuple[Path, Path], fmt: str) -> None:
    old, new = poisoned
    for result in (run("parse", str(new), "-f", fmt), run("diff", str(old), str(new), "-f", fmt)):
        assert result.returncode in (0, 1), result.stderr
        assert not _has_raw_control(result.stdout), repr(result.stdout)
        assert "␛" in result.stdout
        assert not _has_raw_control(result.stderr)


@pytest.mark.parametrize("fmt", ["text", "rich", "github"])
def test_no_raw_control_character_in_check(poisoned: tuple[Path, Path], fmt: str) -> None:
    _, new = poisoned
    result = run("check", str(new), "-f", fmt, "--select", "placeholder-empty")
    assert result.returncode == 1, result.stderr
    assert not _has_raw_control(result.stdout), repr(result.stdout)


def test_control_characters_in_an_error_message_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / f"evil{CONTROL[:9]}.txt"
    path.write_bytes(b"\x00binary")
    result = run("parse", str(path))
    one_clean_error(result, "binary")
    assert not _has_raw_control(result.stderr)


def test_newline_in_a_file_name_cannot_forge_findings(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt\nfake.txt:1:1: error placeholder-empty forged.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    result = run("check", str(folder), "-f", "text", "--select", "placeholder-empty")
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # one finding, one summary
    assert lines[0].startswith('"') and "\\nfake.txt" in lines[0]


def test_junit_output_is_valid_xml_even_with_forbidden_characters(poisoned: tuple[Path, Path], tmp_path: Path) -> None:
    import xmlschema

    _, new = poisoned
    weird = tmp_path / "weird.txt"
    weird.write_text("請參閱【\x1b\x01\x02】。\n\n另見［\ufffe］與〔\U0001f600〕。\n", encoding="utf-8")
    broken = tmp_path / "broken\x1b.docx"
    broken.write_bytes(b"not a zip")
    result = run("check", str(new), str(weird), str(broken), "-f", "junit")
    assert result.returncode == 2
    schema = xmlschema.XMLSchema(str(JUNIT_XSD))
    schema.validate(result.stdout)
    assert "\x1b" not in result.stdout and "␛" in result.stdout


def test_junit_schema_rejects_what_is_not_junit() -> None:
    import xmlschema

    schema = xmlschema.XMLSchema(str(JUNIT_XSD))
    assert not schema.is_valid('<testsuites><testsuite name="a" tests="x"/></testsuites>')
    assert not schema.is_valid('<testsuites><testsuite name="a" tests="1"><failure/></testsuite></testsuites>')


def test_escaping_helpers() -> None:
    from policylens.render.safe import quote_path, visible, xml_text

    assert visible("a\x1b[2Jb\x07\tc\nd") == "a␛[2Jb␇\tc\nd"
    assert visible("x\u202ey\x9bz") == "x<U+202E>y<U+009B>z"
    assert quote_path("docs/a.txt") == "docs/a.txt"
    assert quote_path("a\nb\x1b.txt") == '"a\\nb\\x1b.txt"'
    assert xml_text("a\x00b\x1bc\ufffed\ud800\udce9") == "a␀b␛c\ufffdd\\ud800\\xe9"  # a surrogate as every report names it
    assert xml_text("正常\t文字\n") == "正常\t文字\n"


# --- §8 jieba --------------------------------------------------------------------------


def test_word_redline_leaves_no_temporary_file(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text("我們會收集您的姓名與電話號碼，用於提供客戶服務。\n", encoding="utf-8")
    new.write_text("我們會收集您的姓名、地址與電話號碼，用於提供客戶服務及行銷。\n", encoding="utf-8")
    result = cli_process("diff", str(old), str(new), "-f", "json", env={"TMPDIR": str(temp)})  # tempfile reads TMPDIR once per process
    assert result.returncode == 1 and result.stderr == ""
    assert any(e["op"] == "insert" for c in json.loads(result.stdout)["sections"][0]["changes"] for e in c["spans"])
    assert list(temp.iterdir()) == []


def test_findings_are_capped_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from policylens import check as check_module

    monkeypatch.setattr(check_module, "MAX_FINDINGS", 50)
    path = tmp_path / "flood.txt"
    path.write_text("請參閱【】（" * 200 + "\n", encoding="utf-8")
    report = check_module.check_file(str(path), check_module.CheckOptions(no_config=True))
    assert len(report.findings) == 50
    assert "over 50 findings; only the first 50 are reported" in capsys.readouterr().err
