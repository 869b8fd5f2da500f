"""Hostile input, round 24 (u24h): files that lie about what they are, MDX's code, and a hung-up terminal.

- A UTF-16 byte-order mark in front of Big5 or GBK bytes (an editor added the wrong mark) often decodes as UTF-16
  without error: 「私隱政策…」 was read as 「炨䚬ꚵꔊ…」 (Yi, Vai, Hangul), `parse` said `no Chinese text`, exit 0.
- A one-line GBK file (「更新日期：2024年1月1日」, too few ideographs to score) was read as Big5-HKSCS mojibake,
  「載陔゜ヽㄩ2024爛1堎1゜」: neither reading had a common character, and Big5-HKSCS came first.
- A UTF-8 file cut short inside its last character (a download or copy interrupted) was `undecodable bytes: cannot
  tell the encoding … pass --encoding`, sending the reader to a code page that reads it all as mojibake.
- A PDF (named `.pdf`, `.txt`, or piped in) was read as text: Big5 mojibake, title 「%PDF-1.4」, and `check` passed it.
- A `.docx` that is an HTML page (an exporter's "Word" file), a PDF or an RTF was `malformed DOCX: not a zip
  archive`, without a word of what the file is.
- An MDX page's code was read as its text: a `{/* … */}` comment (MDX has no HTML comment) drew a
  `placeholder-instruction` error nobody sees, and its `import` / `export const meta = {…}` lines were a paragraph.
- pre-commit passes the staged file names after the hook's options, with no `--`: a file named `-oprivacy-new.md`
  became `-o privacy-new.md` (the report written over that file, the file itself never checked).
- `compare --git zh-TW.md -o zh-TW.md` wrote the report over the policy's working copy (a `--git` file was not an
  input of the run, so `-o` did not refuse it, nor a link or a hard link to it).
- `compare` passed over a folder named like an edition file (`prod/zh-TW.2024-01-01.md/`) without a word.
- SIGHUP (a closed terminal, a dropped SSH session) ended the process where it stood: a report being written with
  `-o` left its hidden temporary file beside it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from helpers import cli
from test_compare_sources import _git

POLICY = "# 隱私權政策\n\n我們收集您的姓名。\n"


def test_a_utf16_mark_before_big5_or_gbk_bytes_is_refused(tmp_path: Path) -> None:
    """Class: a UTF-16 BOM in front of legacy CJK bytes, read as UTF-16 mojibake without an error."""
    big5 = "私隱政策\n本公司收集姓名及電話。\n".encode("big5")
    gbk = "隐私条款\n我们重视您的个人信息保护。\n".encode("gbk")
    for name, body, legacy in (("a.txt", big5, "Big5"), ("b.txt", gbk, "GB18030")):
        body += b"\n" * (len(body) % 2)
        body.decode("utf-16-le")  # (the trap: it decodes)
        (tmp_path / name).write_bytes(b"\xff\xfe" + body)
        result = cli("parse", name, cwd=tmp_path)
        assert result.returncode == 2 and result.stdout == "", (name, result.stdout)
        assert result.stderr.count("\n") == 1 and f"UTF-16 byte-order mark in front of {legacy} text" in result.stderr
    # UTF-16 with its mark is still read: a single line of ideographs (no NUL byte) and a text with line ends
    (tmp_path / "c.txt").write_bytes("隱私權政策我們收集您的姓名".encode("utf-16"))
    (tmp_path / "d.txt").write_bytes(POLICY.encode("utf-16"))
    for name in ("c.txt", "d.txt"):
        result = cli("parse", name, "-f", "json", cwd=tmp_path)
        assert result.returncode == 0 and "我們收集您的姓名" in result.stdout, result.stderr


def test_a_short_gbk_line_is_not_read_as_big5_mojibake(tmp_path: Path) -> None:
    """Class: a text too short to score, read in the first legacy encoding that decodes it (kana and bopomofo)."""
    lines = {
        "gbk": ["更新日期：2024年1月1日", "最後更新：2023年12月31日", "邮箱：privacy@example.com"],
        "big5": ["聯絡我們", "個人資料保護"],
    }
    lines["big5hkscs"] = ["㗎嘅", "香港私隱條例"]
    for encoding, texts in lines.items():
        for text in texts:
            (tmp_path / "a.txt").write_bytes(f"{text}\n".encode(encoding))
            result = cli("parse", "a.txt", "-f", "json", cwd=tmp_path)
            shown = json.dumps(json.loads(result.stdout), ensure_ascii=False)
            assert result.returncode == 0 and (f'"text": "{text}"' in shown or f'"title": "{text}"' in shown), shown


def test_utf8_cut_inside_its_last_character_says_so(tmp_path: Path) -> None:
    """Class: a truncated UTF-8 file blamed on an unknown encoding."""
    whole = "".join(f"第{i}條 我們收集您的姓名與電子郵件地址，以提供服務。\n" for i in range(60)).encode("utf-8")
    (tmp_path / "cut.txt").write_bytes(whole + "隱".encode()[:2])
    result = cli("parse", "cut.txt", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "ends inside a character" in result.stderr and "cut short" in result.stderr, result.stderr


PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def test_a_pdf_is_refused_not_read_as_text(tmp_path: Path) -> None:
    """Class: a PDF read as text (mojibake, title 「%PDF-1.4」) and passed by `check`."""
    (tmp_path / "privacy.pdf").write_bytes(PDF)
    (tmp_path / "privacy.txt").write_bytes(PDF)
    for args, stdin in ((("check", "privacy.pdf"), None), (("parse", "privacy.txt"), None), (("check", "-"), PDF)):
        result = cli(*args, stdin=stdin, cwd=tmp_path, text=False)
        assert result.returncode == 2, args
        error = result.stderr.decode("utf-8")
        assert "a PDF document" in error and "pdftotext" in error, error
        assert error.count("\n") == 1 + (args[0] == "check" and "could not be checked" in error), error
    # --input-format text still reads the source as it is
    assert cli("parse", "privacy.pdf", "--input-format", "text", cwd=tmp_path).returncode == 0


def test_a_docx_that_is_another_kind_of_document_is_named(tmp_path: Path) -> None:
    """Class: a `.docx` that is an HTML page, a PDF or an RTF said only `malformed DOCX: not a zip archive`."""
    files = {
        "page.docx": ("<html><body><h1>隱私權政策</h1><p>我們收集姓名。</p></body></html>".encode(), "an HTML page", "rename it to .html"),
        "scan.docx": (PDF, "a PDF document", "pdftotext"),
        "rich.docx": (b"{\\rtf1\\ansi \\'c1\\'f4}", "an RTF document", "save it as .docx"),
    }
    for name, (data, kind, hint) in files.items():
        (tmp_path / name).write_bytes(data)
        result = cli("parse", name, cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, (name, result.stderr)
        assert f"not a DOCX zip archive but {kind}" in result.stderr and hint in result.stderr, result.stderr
    (tmp_path / "junk.docx").write_bytes(b"not a document at all")
    assert "malformed DOCX: not a zip archive" in cli("parse", "junk.docx", cwd=tmp_path).stderr


def test_mdx_comments_and_module_lines_are_not_text(tmp_path: Path) -> None:
    """Class: MDX code read as the page's text: a `{/* … */}` note drew an error, `import`/`export` lines a paragraph."""
    page = (
        "import { Callout } from 'nextra/components'\n"
        "export const meta = {\n  title: '隱私權政策',\n}\n\n"
        "# 隱私權政策\n\n"
        "{/* 內部備註：【請填寫公司名稱】 */}\n\n"
        "我們收集您的姓名{/*【公司】*/}與電話。\n\n"
        "{/*\n【請填寫】\n*/}\n\n"
        "```js\nimport x from 'y'\n```\n\n"
        "最後由【請填寫公司名稱】提供。\n"
    )
    (tmp_path / "privacy.mdx").write_text(page, encoding="utf-8")
    parsed = cli("parse", "privacy.mdx", "-f", "markdown", cwd=tmp_path)
    assert parsed.returncode == 0, parsed.stderr
    shown = parsed.stdout
    assert "import {" not in shown and "export const" not in shown and "{/*" not in shown and "內部備註" not in shown
    assert "我們收集您的姓名與電話。" in shown and "import x from 'y'" in shown  # a code fence keeps its code
    checked = cli("check", "privacy.mdx", "--select", "placeholder-instruction", cwd=tmp_path)
    assert [line.split(": ")[0] for line in checked.stdout.splitlines()[:-1]] == ["privacy.mdx:20:4"], checked.stdout
    # the same page as .md is Markdown, read as written (an HTML comment is its comment syntax)
    (tmp_path / "privacy.md").write_text(page, encoding="utf-8")
    assert "內部備註" in cli("parse", "privacy.md", "-f", "markdown", cwd=tmp_path).stdout


def test_a_file_named_like_an_option_is_not_read_as_one(tmp_path: Path) -> None:
    """Class: a file name that reads as an option (pre-commit puts file names after the options, without `--`)."""
    (tmp_path / "privacy.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "privacy-new.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "-oprivacy-new.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "--select=x-privacy.md").write_text(POLICY, encoding="utf-8")
    for name in ("-oprivacy-new.md", "--select=x-privacy.md"):
        for command in (("check", "--format", "text", "privacy.md", name), ("parse", name), ("diff", "privacy.md", name)):
            result = cli(*command, cwd=tmp_path)
            assert result.returncode == 2 and result.stdout == "", (command, result.stdout)
            assert result.stderr.count("\n") == 1 and "reads as an option and is also a file" in result.stderr, result.stderr
    assert (tmp_path / "privacy-new.md").read_text(encoding="utf-8") == POLICY  # not overwritten by a report
    after = cli("check", "--format", "text", "--", "privacy.md", "-oprivacy-new.md", cwd=tmp_path)
    assert after.returncode == 0 and "2 files checked" in after.stdout, after.stdout + after.stderr
    assert cli("check", "--format", "text", "-o", "r.txt", "privacy.md", cwd=tmp_path).returncode == 0  # options stay options
    for _ in range(2):  # an option's value may be such a name: the second run writes over `-r.txt`, as asked
        assert cli("check", "--format", "text", "-o", "-r.txt", "privacy.md", cwd=tmp_path).returncode == 0
    assert cli("check", "--format", "text", "--output=-r.txt", "privacy.md", cwd=tmp_path).returncode == 0
    # the hook's own args and the README's example end with `--`
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["args"][-1] == "--"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "args: [--fail-on, warning, --]" in readme


@pytest.mark.slow  # git commits and two compare runs: 0.4 s of CPU
def test_compare_git_never_writes_onto_the_file_it_follows(tmp_path: Path) -> None:
    """Class: `compare --git F -o F` (or a link to F) replaced the working copy of F with the report."""
    _git(tmp_path, "init", "-q")
    for day, text in (("2024-01-15", POLICY), ("2024-03-01", POLICY.replace("姓名", "姓名與電話"))):
        (tmp_path / "zh-TW.md").write_text(text, encoding="utf-8")
        _git(tmp_path, "add", "-A")
        _git(tmp_path, "commit", "-q", "-m", day, date=day)
    (tmp_path / "link.md").symlink_to("zh-TW.md")
    for target in ("zh-TW.md", "link.md", str(tmp_path / "zh-TW.md")):
        result = cli("compare", "--git", "zh-TW.md", "--jobs", "1", "-o", target, cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, (target, result.stderr)
        assert "refusing to write the output onto the input file" in result.stderr
        assert (tmp_path / "zh-TW.md").read_text(encoding="utf-8") == POLICY.replace("姓名", "姓名與電話")
    assert cli("compare", "--git", "zh-TW.md", "--jobs", "1", "-o", "report.json", cwd=tmp_path).returncode in (0, 1)


def test_compare_names_a_folder_named_like_an_edition(tmp_path: Path) -> None:
    """Class: a directory named like a file (`zh-TW.2024-01-01.md/`) in a product folder, skipped in silence."""
    product = tmp_path / "prod"
    (product / "zh-TW.2024-01-01.md").mkdir(parents=True)
    (product / "zh-TW.2023-01-01.md").write_text(POLICY, encoding="utf-8")
    # (Simplified text: the zh-Hant text under zh-CN draws a warning of its own since the twenty-fifth round)
    (product / "zh-CN.2023-01-01.md").write_text("# 隐私权政策\n\n我们收集您的姓名。\n", encoding="utf-8")
    (product / "assets.md").mkdir()  # a folder with an extension but no edition name: nothing to say
    result = cli("compare", "prod", "-f", "json", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["policylens: warning: prod/zh-TW.2024-01-01.md: a folder named like an edition file; skipped"]


def _catches(pid: int, signum: int) -> bool:
    """Whether process `pid` has a handler for `signum` (Linux: the SigCgt mask of /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    return False


def _started(process: subprocess.Popen[bytes], signum: int) -> None:
    """Wait until `process` handles `signum` (its handlers are installed before any command runs)."""
    deadline = time.monotonic() + 60  # a hang guard only: a started interpreter installs them in well under a second
    while not _catches(process.pid, signum):
        assert process.poll() is None, "policylens ended before it handled the signal"
        if time.monotonic() > deadline:
            pytest.fail("policylens did not install its signal handlers within 60 s")
        time.sleep(0.02)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the signal masks of /proc (Linux)")
def test_a_hangup_unwinds_as_sigterm_does() -> None:
    """Class: SIGHUP killed the process where it stood (a report's temporary file left behind); under nohup it is
    still ignored."""
    command = [sys.executable, "-m", "policylens", "parse", "-"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "cli")}
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        # a terminal's default, whatever the test run inherited (a suite started under nohup ignores SIGHUP, and the
        # child would rightly keep ignoring it)
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_DFL),
    )
    _started(process, signal.SIGHUP)
    process.send_signal(signal.SIGHUP)
    _, err = process.communicate(timeout=60)
    # (a signal whose KeyboardInterrupt Python loses in a callback lets the command finish first, its own lines before
    # the interruption's: rare, and still exit 130 with no traceback, see policylens.commands._SIGNALLED)
    assert process.returncode == 130 and err.endswith(b"policylens: interrupted\n"), (process.returncode, err)
    assert b"Traceback" not in err and b"Exception ignored" not in err and err.count(b"interrupted") == 1, err
    ignoring = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),  # what nohup does
    )
    _started(ignoring, signal.SIGTERM)
    ignoring.send_signal(signal.SIGHUP)
    assert ignoring.stdin is not None
    _, err = ignoring.communicate(POLICY.encode("utf-8"), timeout=60)
    assert ignoring.returncode == 0 and "我們收集您的姓名" not in err.decode("utf-8"), err
