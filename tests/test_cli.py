"""The `policylens` command as users run it: exit codes, stderr, formats, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SEED
from helpers import cli, cli_process

SCHEMA = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "parse.schema.json").read_text(encoding="utf-8"))


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run `policylens ARGS` in this process (`helpers.cli`); the real processes are tested below."""
    return cli(*args, stdin=stdin, env=env, text=False)


def test_version_and_help() -> None:
    from policylens import __version__

    assert run("--version").stdout.decode().strip() == f"policylens {__version__}"
    assert run("parse", "--version").stdout.decode().strip() == f"policylens {__version__}"
    out = run("--help").stdout.decode()
    assert "parse" in out and "--install-completion" in out
    assert "--format" in run("parse", "--help").stdout.decode()


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).parent / "policylens"
    assert exe.exists()
    result = subprocess.run([str(exe), "parse", str(SEED), "--format", "json"], capture_output=True, timeout=60)
    assert result.returncode == 0 and json.loads(result.stdout)["metadata"]["updated"] == "2021-03-30"


def test_python_m_policylens_as_a_real_process(tmp_path: Path) -> None:
    """The rest of this file runs `main()` in-process; this is the same CLI as a real process:
    exit codes, the report alone on stdout, one error line alone on stderr."""
    ok = cli_process("parse", str(SEED), "--format", "json", text=False)
    assert ok.returncode == 0 and ok.stderr == b""
    assert json.loads(ok.stdout)["metadata"]["updated"] == "2021-03-30"
    missing = cli_process("parse", str(tmp_path / "missing.txt"), text=False)
    assert missing.returncode == 2 and missing.stdout == b""
    assert missing.stderr == f"policylens: error: {tmp_path / 'missing.txt'}: no such file\n".encode()
    findings = cli_process("check", str(SEED), "--format", "json")
    assert findings.returncode == 1 and findings.stderr == "" and json.loads(findings.stdout)["summary"]["error"] == 1


def test_json_contract_on_seed() -> None:
    result = run("parse", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "policylens.parse/1"
    assert data["source"]["format"] == "text" and data["source"]["encoding"] == "utf-8"
    assert data["metadata"]["title"] == "隱私權政策"
    first = data["sections"][1]
    assert (first["id"], first["parent"], first["level"], first["title"], first["line"]) == ("s1", None, 1, "關於我們", 9)
    assert first["paragraphs"][0]["line"] == 11
    assert data["sections"][0]["title"] is None


def test_rich_tree_plain_when_piped() -> None:
    result = run("parse", str(SEED))
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "\x1b[" not in out
    assert "關於我們" in out and "line 9" in out and "2021-03-30" in out and "北京智米科技有限公司" in out


def test_rich_tree_coloured_on_terminal_unless_no_color() -> None:
    coloured = run("parse", str(SEED), env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert b"\x1b[" in coloured.stdout
    plain = run("parse", str(SEED), env={"FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm-256color"})
    assert b"\x1b[3" not in plain.stdout


def test_text_outline() -> None:
    out = run("parse", str(SEED), "--format", "text").stdout.decode()
    assert "  收集的資料類型  [line 23, 2 ¶]" in out


def test_markdown_output_reparses_to_same_structure(tmp_path: Path) -> None:
    md = run("parse", str(SEED), "--format", "markdown").stdout.decode()
    assert md.startswith("# 隱私權政策\n")
    assert "\n## 關於我們\n" in md and "\n### 收集的資料類型\n" in md
    assert "其用於進一步改進我們的產品和服務。" in md  # the repaired break
    out = tmp_path / "seed.md"
    out.write_text(md, encoding="utf-8")
    data = json.loads(run("parse", str(out), "--format", "json").stdout)
    original = json.loads(run("parse", str(SEED), "--format", "json").stdout)
    assert [s["title"] for s in data["sections"]] == [s["title"] for s in original["sections"]]
    assert [s["level"] for s in data["sections"]] == [s["level"] for s in original["sections"]]


def test_stdin_dash() -> None:
    result = run("parse", "-", "--format", "json", stdin=SEED.read_bytes())
    data = json.loads(result.stdout)
    assert data["source"]["path"] == "<stdin>" and len(data["sections"]) == 34


def _bad_docx(tmp_path: Path) -> Path:
    import zipfile

    path = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    return path


@pytest.mark.parametrize(
    ("setup", "fragment"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: (d / "b.txt").write_bytes(b"\x00\x01\x02binary") and d / "b.txt", "binary data"),
        (lambda d: (d / "u.txt").write_bytes(b"abc \x80\x80\x80") and d / "u.txt", "undecodable"),
        (lambda d: (d / "z.docx").write_bytes(b"not a zip") and d / "z.docx", "not a zip"),
        (_bad_docx, "no word/document.xml"),
        (lambda d: (d / "h.html").write_text("<p>x</p><!-- open", encoding="utf-8") and d / "h.html", "unterminated comment"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path: Path, setup, fragment: str) -> None:
    path = setup(tmp_path)
    result = run("parse", str(path), "--format", "json")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("policylens: error: ") and str(path) in err and fragment in err
    assert result.stdout == b""


def test_size_limit_option_and_env(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(SEED.read_bytes())
    result = run("parse", str(path), "--max-size", "10k")
    assert result.returncode == 2 and b"limit" in result.stderr and b"Traceback" not in result.stderr
    result = run("parse", str(path), env={"POLICYLENS_MAX_BYTES": "1000"})
    assert result.returncode == 2 and b"limit" in result.stderr
    assert run("parse", str(path), "--max-size", "lots").returncode == 2


def test_empty_file_warns_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("\n \u3000\n", encoding="utf-8")
    result = run("parse", str(path), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["sections"] == []
    assert b"warning" in result.stderr and b"empty" in result.stderr


def test_unknown_format_is_usage_error() -> None:
    result = run("parse", str(SEED), "--format", "yaml")
    assert result.returncode == 2 and b"Traceback" not in result.stderr
