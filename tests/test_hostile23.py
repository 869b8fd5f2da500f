"""Hostile input, round 23 (t23h): the command line, configuration and DOCX as real editors save it.

- A rule named twice (`--select R,R`, or `select = ["R", "R"]` in a configuration) ran twice: every finding was
  reported twice (a `select` of 200,000 repeats gave 100,000 copies of two findings and took 23 s).
- An option that names one file, given twice (`-o a.txt -o b.txt`, `--baseline old.json --baseline new.json`,
  `--config`, `--write-baseline`), kept the last value and dropped the first without a word.
- A DOCX form field never filled in (a content control showing its placeholder, `w:showingPlcHdr`: Word's grey
  「Click or tap here to enter text.」; a legacy FORMTEXT field still five blank spaces) passed `check` with no word.
- DOCX tracked deletions not yet accepted were left out without a word (the text is read as if every change were
  accepted, but Word still shows them and the published file keeps them).
- `--config pyproject.toml` naming a pyproject without `[tool.policylens]` (or with the keys at its top level)
  configured nothing, without a word: the defaults applied to the file the user named.
- FORCE_COLOR=1 wrote terminal escapes into a rich report written with `-o FILE`.
- An RTF document (WordPad's Rich Text, often saved as `.doc`) or an MHTML page (a web page saved as one file), named
  on the command line or piped in, was read as plain text: its Chinese is all escapes (MHTML: quoted-printable) (`\\'c1\\'f4`, `\\u38577?`), so `check` saw no ideograph and passed it.
- `compare --git zh-CN.md`, where zh-CN.md was made as a copy of zh-TW.md (which stays): git's `--follow` follows a
  copy as a rename, so zh-TW.md's older versions were compared as zh-CN editions, under zh-CN.md's name.
"""

from __future__ import annotations

import json
import quopri
import shutil
import zipfile
from pathlib import Path

import pytest

from helpers import cli
from test_compare_sources import _git

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
POLICY = "# 隱私權政策\n\n## 一、資料收集\n\n我們收集您的姓名與【請填寫公司名稱】。\n"


def test_a_rule_selected_twice_runs_once(tmp_path: Path) -> None:
    """Class: a rule named twice in `select` (command line or configuration) ran once per mention: each finding twice."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    once = cli("check", "p.md", "--select", "placeholder-instruction", "--no-config", cwd=tmp_path)
    assert once.returncode == 1 and once.stdout.count("【請填寫公司名稱】") == 1, once.stdout
    twice = cli("check", "p.md", "--select", "placeholder-instruction,placeholder-instruction", "--no-config", cwd=tmp_path)
    assert twice.stdout == once.stdout
    (tmp_path / "policylens.toml").write_text('select = ["placeholder-instruction", "placeholder-instruction"]\n', encoding="utf-8")
    configured = cli("check", "p.md", cwd=tmp_path)
    assert configured.stdout == once.stdout


def test_a_file_option_given_twice_is_refused(tmp_path: Path) -> None:
    """Class: `-o a -o b` (and `--baseline`, `--write-baseline`, `--config` twice) dropped the first value without a
    word: the report `a` was never written.  Both ways `check` reads its options (without typer and with it), and
    `diff`, `compare`, `profiles`."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    runs = [
        ("check", "p.md", "-o", "a.txt", "-o", "b.txt"),
        ("check", "p.md", "-o", "a.txt", "--output=b.txt"),
        ("check", "p.md", "--lang", "en", "--encoding", "utf-8", "-o", "a.txt", "-o", "b.txt"),  # typer's path
        ("check", "p.md", "--baseline", "x.json", "--baseline", "y.json"),
        ("check", "p.md", "--write-baseline", "x.json", "--write-baseline", "y.json"),
        ("diff", "p.md", "p.md", "-o", "a.txt", "-o", "b.txt"),
        ("compare", ".", "--config", "x.toml", "--config", "y.toml"),
        ("profiles", "--config", "x.toml", "--config", "y.toml"),
    ]
    for args in runs:
        result = cli(*args, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "is given more than once" in result.stderr, (args, result.stderr)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["p.md"], args
    # since the forty-sixth round every one-value option is refused twice too (tests/test_hostile46.py); a list repeats
    assert cli("check", "p.md", "-p", "tw-pdpa", "-p", "tw-pdpa", "-o", "a.txt", cwd=tmp_path).returncode == 1
    assert "【請填寫公司名稱】" in (tmp_path / "a.txt").read_text(encoding="utf-8")


def _docx(path: Path, body: str) -> Path:
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", document)
    return path


def test_a_form_field_never_filled_in_is_named(tmp_path: Path) -> None:
    """Class: a DOCX form field never filled in passed with no word: a content control still showing its placeholder
    (`w:showingPlcHdr`), a legacy FORMTEXT field still blank.  A filled one (no `w:showingPlcHdr`, or `w:val="0"`; a
    FORMTEXT result typed in) is text like any other."""

    def control(flag: str, text: str) -> str:
        return f"<w:p><w:r><w:t>公司名稱：</w:t></w:r><w:sdt><w:sdtPr>{flag}</w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt></w:p>"

    def form_text(result: str) -> str:  # a legacy text form field (Word 97's FORMTEXT), as Word and LibreOffice still write it
        begin = '<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:textInput/></w:ffData></w:fldChar>'
        return (
            f"<w:p><w:r><w:t>本公司名稱為：</w:t></w:r><w:r>{begin}</w:r><w:r><w:instrText> FORMTEXT </w:instrText></w:r>"
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">{result}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>，負責處理您的資料。</w:t></w:r></w:p>'
        )

    title = "<w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p>"
    empty = _docx(tmp_path / "empty.docx", title + control("<w:showingPlcHdr/>", "按一下或點選這裡以輸入文字。") + form_text("\u2002" * 5))
    result = cli("check", str(empty))
    assert result.stderr.count("never filled in") == 1, result.stderr
    assert "paragraphs 2 「按一下或點選這裡以輸入文字。」, 3 (a blank FORMTEXT field)" in result.stderr, result.stderr
    for flag in ("", '<w:showingPlcHdr w:val="0"/>'):
        filled = _docx(tmp_path / "filled.docx", title + control(flag, "某某科技股份有限公司") + form_text("某某科技股份有限公司"))
        assert "never filled in" not in cli("check", str(filled)).stderr


def test_force_color_paints_no_report_file(tmp_path: Path) -> None:
    """Class: FORCE_COLOR=1 (CI services set it for their logs) put terminal escapes into a rich report written with
    `-o FILE`, where no terminal reads them; stdout is still painted, as asked."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "q.md").write_text(POLICY.replace("姓名", "電話"), encoding="utf-8")
    for args in (("check", "p.md", "-f", "rich", "-o", "r.txt"), ("diff", "p.md", "q.md", "-f", "rich", "-o", "r.txt")):
        result = cli(*args, env={"FORCE_COLOR": "1"}, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        report = (tmp_path / "r.txt").read_text(encoding="utf-8")
        assert "\x1b" not in report and "姓名" in report, args
    assert "\x1b[" in cli("check", "p.md", "-f", "rich", env={"FORCE_COLOR": "1"}, cwd=tmp_path).stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs the git executable")
def test_git_history_stops_where_the_file_was_copied(tmp_path: Path) -> None:
    """Class: `compare --git` took the history of the file a policy was copied from as its own (git's `--follow` follows
    a copy, `C100`, as a rename); a rename (`R100`) is still followed."""
    tw = "# 隱私權政策\n\n## 一、總則\n\n我們收集您的姓名{}。\n"
    _git(tmp_path, "init", "-q")
    for day, extra in (("2024-01-15", ""), ("2024-03-01", "與電話")):
        (tmp_path / "zh-TW.md").write_text(tw.format(extra), encoding="utf-8")
        _git(tmp_path, "add", "-A")
        _git(tmp_path, "commit", "-q", "-m", day, date=day)
    (tmp_path / "zh-CN.md").write_text(tw.format("與電話"), encoding="utf-8")  # the translator's copy, then converted
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "copy", date="2024-04-01")
    (tmp_path / "zh-CN.md").write_text(tw.format("与电话").replace("隱私權", "隐私"), encoding="utf-8")
    _git(tmp_path, "mv", "zh-TW.md", "zh-Hant.md")
    _git(tmp_path, "commit", "-q", "-am", "convert, rename", date="2024-05-01")
    done = cli("compare", "--git", "zh-CN.md", "--git", "zh-Hant.md", "--product", "p", "-f", "json", "--jobs", "1", cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    (product,) = json.loads(done.stdout)["products"]
    ids = [e["id"] for e in product["editions"]]
    assert sorted(i for i in ids if i.startswith("zh-CN")) == ["zh-CN.2024-04-01", "zh-CN.2024-05-01"], ids
    assert sorted(i for i in ids if i.startswith("zh-Hant")) == ["zh-Hant.2024-01-15", "zh-Hant.2024-03-01", "zh-Hant.2024-05-01"]
    assert "made as a copy of zh-TW.md" in done.stderr


def test_a_document_of_escape_codes_is_refused(tmp_path: Path) -> None:
    """Class: a document whose text is all escape codes was read as plain text: an RTF file (`.rtf`, or RTF saved as
    `.doc`/`.txt`), an MHTML page (quoted-printable); `check` found nothing (not even the unfilled slot) and passed,
    exit 0.  Now one line, exit 2."""
    text = "隱私權政策\\par 我們收集您的姓名與【請填寫公司名稱】。"
    escaped = "".join("".join(f"\\'{b:02x}" for b in c.encode("big5")) if ord(c) > 127 else c for c in text)
    rtf = "{\\rtf1\\ansi\\ansicpg950\\deff0{\\fonttbl{\\f0\\fcharset136 PMingLiU;}}\n\\f0 " + escaped + "\\par\n}\n"
    for name in ("policy.rtf", "policy.doc", "policy.txt"):
        (tmp_path / name).write_text(rtf, encoding="ascii")
        result = cli("check", name, cwd=tmp_path)
        assert result.returncode == 2 and result.stdout.count("\n") == 1, (name, result.stdout)
        assert (
            result.stderr == f"policylens: error: {name}: an RTF document (Rich Text Format), whose text is escape codes: not read;"
            " save it as .docx or plain text (--input-format text reads its source as it is)\n"
        )
    assert cli("check", "-", stdin=rtf.encode("ascii")).returncode == 2
    # the same class: a page saved as one MHTML file (Chrome's "Webpage, Single File"), its HTML quoted-printable
    page = "<html><body><h1>隱私權政策</h1><p>我們收集【請填寫公司名稱】。</p></body></html>".encode()
    mhtml = (
        'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        '\tboundary="--b--"\r\n\r\n----b--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
        + quopri.encodestring(page).decode("ascii")
        + "\r\n----b----\r\n"
    )
    (tmp_path / "page.html").write_text(mhtml, encoding="ascii")
    result = cli("check", "page.html", cwd=tmp_path)
    assert result.returncode == 2 and "an MHTML archive (a web page saved as a single file)" in result.stderr, result.stderr
    # a text that merely starts with mail-like header lines is read
    (tmp_path / "mail.txt").write_text("Subject: 隱私權政策\nFrom: me\n\n我們收集【請填寫】。\n", encoding="utf-8")
    assert cli("check", "mail.txt", cwd=tmp_path).returncode == 1
    assert cli("parse", "policy.txt", "--input-format", "text", cwd=tmp_path).returncode == 0  # asked for: its source


def test_tracked_deletions_not_accepted_are_named(tmp_path: Path) -> None:
    """Class: a DOCX with tracked deletions still pending (`w:del` holding `w:delText`) was read as if accepted without a
    word, though Word shows the deleted text struck through and the published file keeps it.  A move's source (read at
    its destination) and a deleted paragraph mark are not named."""
    deleted = '<w:p><w:r><w:t>我們收集</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>您的身分證字號與</w:delText></w:r></w:del><w:r><w:t>姓名。</w:t></w:r></w:p>'
    moved = (
        '<w:p><w:moveFrom w:id="2" w:author="a"><w:r><w:t>聯絡我們。</w:t></w:r></w:moveFrom></w:p>'
        '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:moveTo w:id="4" w:author="a"><w:r><w:t>聯絡我們。</w:t></w:r></w:moveTo></w:p>'
    )
    title = "<w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p>"
    result = cli("parse", str(_docx(tmp_path / "tracked.docx", title + deleted + moved)), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert "tracked changes not accepted yet: the deleted text of paragraph 2 is not read" in result.stderr, result.stderr
    assert "我們收集姓名。" in result.stdout and "身分證" not in result.stdout
    assert "tracked changes" not in cli("parse", str(_docx(tmp_path / "moved.docx", title + moved)), "-f", "json").stderr


def test_a_named_pyproject_without_the_table_is_refused(tmp_path: Path) -> None:
    """Class: `--config pyproject.toml` (check, compare, profiles) whose policylens keys are not under
    `[tool.policylens]` configured nothing and the run went on with the defaults; with the table it is read."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    pyproject = tmp_path / "pyproject.toml"
    for text in ('[project]\nname = "x"\n', 'select = ["date-format"]\n'):
        pyproject.write_text(text, encoding="utf-8")
        for args in (("check", "p.md"), ("compare", "."), ("profiles",)):
            result = cli(*args, "--config", "pyproject.toml", cwd=tmp_path)
            assert result.returncode == 2, (args, result.stderr)
            assert (
                result.stderr == "policylens: error: pyproject.toml: has no [tool.policylens] table, so it configures nothing"
                " (a pyproject.toml's top-level keys are not read)\n"
            )
    pyproject.write_text('[tool.policylens]\nselect = ["date-format"]\n', encoding="utf-8")
    result = cli("check", "p.md", "--config", "pyproject.toml", cwd=tmp_path)
    assert result.returncode == 0 and "placeholder-instruction" not in result.stdout, result.stdout
