"""Hostile input, round 25 (u25h): terminals, front matter in other languages, profile text, git clones, looping links.

- Standard input that is a terminal (`policylens check -` typed at a prompt, a CI step without input, `/dev/stdin`)
  waited without a word for a policy to be typed and Ctrl-D.
- Markdown front matter named by its language, as gray-matter reads it (Eleventy, Gatsby, VitePress: `---json`,
  `---toml`), or Hugo's JSON object (`{ … }`), was no front matter: the closing `---` made the block a setext
  heading, and the document's title was 「---json {"title": …}」.
- A newline in a user profile's name, reference or hint started a line of its own in `check -f rich` and in JUnit
  (a forged `path:line:col: error …` line under the finding), and in `explain PROFILE` under its heading.
- `compare --git` in a shallow clone (`git clone --depth 1`, a CI checkout's default) compared the one commit
  fetched, without a word that the history was cut; changes not yet committed were left out without a word too.
- A looping symbolic link listed under [[editions]], or met in a scanned folder with an absolute `exclude` glob, was an
  internal error (`Path.resolve()` raises RuntimeError before Python 3.13); `-o` onto a looping link replaced the link.
- A device, FIFO or looping link listed under [[editions]] was `no such file`.
- A DOCX master document's subdocuments (`w:subDoc`, links to other files) were left out without a word.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from helpers import cli, parse_string
from policylens.errors import UserError
from test_compare_sources import _git

POLICY = "# 隱私權政策\n\n我們收集您的姓名與【請填寫公司名稱】。\n"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_standard_input_that_is_a_terminal_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Class: `-` (or `/dev/stdin`, `/dev/fd/N`) on a terminal waited, without a word, for a policy to be typed."""
    from policylens.load import read_bytes

    pty = pytest.importorskip("pty")
    main, terminal = pty.openpty()
    try:
        with open(terminal, "rb", buffering=0, closefd=False) as raw:
            monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": raw, "isatty": raw.isatty})())
            with pytest.raises(UserError, match="standard input is a terminal"):
                read_bytes("-", max_bytes=1_000)
        with pytest.raises(UserError, match="standard input is a terminal"):
            read_bytes(f"/dev/fd/{terminal}", max_bytes=1_000)  # a name of an open descriptor, as /dev/stdin is
    finally:
        os.close(main)
        os.close(terminal)


def test_front_matter_named_by_its_language_is_front_matter() -> None:
    """Class: `---json` / `---toml` (gray-matter) and Hugo's `{ … }` JSON front matter were text: the block became a
    setext heading and the document's title (「---json {"title": …}」); `---js` code is hidden, with a warning."""
    body = "\n\n## 一、資料收集\n\n我們收集您的姓名。\n"
    for head in (
        '---json\n{"title": "隱私權政策", "date": "2024-01-02"}\n---',
        '---toml\ntitle = "隱私權政策"\ndate = "2024-01-02"\n---',
        "---yaml\ntitle: 隱私權政策\ndate: 2024-01-02\n---",
        '{\n  "title": "隱私權政策",\n  "date": "2024-01-02"\n}',
    ):
        doc = parse_string(head + body, ".md")
        assert doc.metadata.title == "隱私權政策", (head, doc.metadata.title)
        assert doc.metadata.updated == "2024-01-02", head
        texts = [p.text for s in doc.sections for p in s.paragraphs]
        assert texts == ["我們收集您的姓名。"], (head, texts)
        assert [s.title for s in doc.sections if s.title] == ["一、資料收集"], head
    code = parse_string('---js\nmodule.exports = { title: "隱私" }\n---' + body, ".md")
    assert [p.text for s in code.sections for p in s.paragraphs] == ["我們收集您的姓名。"]
    assert any("front matter is js code" in w for w in code.warnings), code.warnings
    # a brace block that is not a JSON object, or a `---word` that names no language, stays text
    kept = parse_string("{\n這是一段說明。\n}" + body, ".md")
    assert "這是一段說明。" in "".join(p.text for s in kept.sections for p in s.paragraphs)
    other = parse_string("---備註\n這是一段說明。\n---" + body, ".md")
    assert "這是一段說明。" in "".join((s.title or "") + "".join(p.text for p in s.paragraphs) for s in other.sections)


def _hostile_profile(tmp_path: Path) -> None:
    (tmp_path / "prof").mkdir()
    item = 'schema = "policylens.profile/1"\nid = "my-law"\ntitle = "T\\nforged title"\nlaw = "L"\n'
    item += '[[item]]\nid = "contact"\nname = "c\\nforged name"\nreference = "r\\nx.md:9:9: error fake-rule forged"\n'
    item += 'hint = "h\\nx.md:8:8: error fake-rule forged"\nrule = "x"\n[[item.cover]]\nall = ["zzzz"]\n'
    (tmp_path / "prof" / "my-law.toml").write_text(item, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["prof"]\n', encoding="utf-8")
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")


def test_a_newline_in_profile_text_does_not_start_a_line(tmp_path: Path) -> None:
    """Class: a newline in a user profile's name, reference or hint started a line in `check -f rich` and JUnit (a
    forged `x.md:9:9: error …` finding line) and under `explain`'s heading; `-f text` already showed it as ⏎."""
    _hostile_profile(tmp_path)
    for form in ("rich", "junit", "text"):
        result = cli("check", "p.md", "-p", "my-law", "--select", "disclosure-missing", "-f", form, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert not any(line.lstrip().startswith(("x.md:", "forged")) for line in lines), (form, result.stdout)
        assert "⏎ x.md:9:9: error fake-rule forged" in result.stdout, form
    shown = cli("explain", "my-law", cwd=tmp_path)
    assert shown.returncode == 0
    assert "# my-law: T ⏎ forged title" in shown.stdout and "## my-law/contact: c ⏎ forged name" in shown.stdout
    assert not any(line.startswith(("forged", "x.md:9:9")) for line in shown.stdout.splitlines()), shown.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs the git executable")
def test_a_shallow_or_edited_git_history_is_named(tmp_path: Path) -> None:
    """Class: `compare --git` in a shallow clone compared the commits fetched as the whole history (one version, no
    step, exit 0, no word); changes not committed yet were left out without a word."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    for k in (1, 2, 3):
        (repo / "zh-TW.md").write_text(f"# 隱私權政策\n\n## 聯絡我們\n\n電子郵件：a{k}@example.com。\n", encoding="utf-8")
        _git(repo, "add", "zh-TW.md")
        _git(repo, "commit", "-q", "-m", f"v{k}", date=f"2024-0{k}-01T00:00:00")
    full = cli("compare", "--git", "repo/zh-TW.md", "-f", "json", cwd=tmp_path)
    assert full.returncode == 0 and full.stderr == "", full.stderr
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(clone)], check=True, capture_output=True)
    shallow = cli("compare", "--git", "clone/zh-TW.md", "-f", "json", cwd=tmp_path)
    assert shallow.returncode == 0 and len(json.loads(shallow.stdout)["products"][0]["editions"]) == 1
    assert "shallow clone" in shallow.stderr and "git fetch --unshallow" in shallow.stderr, shallow.stderr
    (repo / "zh-TW.md").write_text("# 隱私權政策\n\n## 聯絡我們\n\n電子郵件：new@example.com。\n", encoding="utf-8")
    edited = cli("compare", "--git", "repo/zh-TW.md", "-f", "json", cwd=tmp_path)
    assert "changed since its last commit" in edited.stderr, edited.stderr
    assert len(json.loads(edited.stdout)["products"][0]["editions"]) == 3


def test_a_looping_link_is_one_line_and_stays_a_link(tmp_path: Path) -> None:
    """Class: a looping link listed under [[editions]], or met while scanning with an absolute `exclude` glob, was an
    internal error (`Path.resolve()`'s RuntimeError); `-o` and `--write-baseline` onto one replaced the link."""
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "d" / "x.md").symlink_to(tmp_path / "loop1")
    scanned = cli("check", "d", "--exclude", f"{tmp_path}/none/*", "-f", "text", cwd=tmp_path)
    assert scanned.returncode == 2 and "internal error" not in scanned.stderr, scanned.stderr
    assert "【請填寫公司名稱】" in scanned.stdout
    manifest = '[[editions]]\nproduct = "x"\nedition = "zh-Hant"\npath = "loop1"\ndate = "2024-01-01"\n'
    (tmp_path / "m.toml").write_text(manifest, encoding="utf-8")
    listed = cli("compare", "--config", "m.toml", "-f", "json", cwd=tmp_path)
    assert listed.returncode == 2 and "internal error" not in listed.stderr, listed.stderr
    assert "listed under [[editions]] but a symbolic link loop" in listed.stderr
    for args in (("check", "d/p.md", "-o", "loop1"), ("check", "d/p.md", "--write-baseline", "loop2")):
        written = cli(*args, cwd=tmp_path)
        assert written.returncode == 2 and written.stderr.count("\n") == 1, written.stderr
        assert "a symbolic link loop" in written.stderr
        assert (tmp_path / "loop1").is_symlink() and (tmp_path / "loop2").is_symlink()


def test_an_edition_listed_as_a_device_or_fifo_is_named_so(tmp_path: Path) -> None:
    """Class: `path = "/dev/null"` (or a FIFO) under [[editions]] was `listed under [[editions]] but no such file`."""
    os.mkfifo(tmp_path / "pipe.md")
    manifest = ""
    for k, path in enumerate(("/dev/null", "pipe.md", "missing.md"), start=1):
        manifest += f'[[editions]]\nproduct = "x"\nedition = "zh-Hant"\npath = "{path}"\ndate = "2024-01-0{k}"\n'
    (tmp_path / "m.toml").write_text(manifest, encoding="utf-8")
    result = cli("compare", "--config", "m.toml", "-f", "json", cwd=tmp_path)
    assert result.returncode == 2
    assert "/dev/null: listed under [[editions]] but a device, not a regular file" in result.stderr, result.stderr
    assert "pipe.md: listed under [[editions]] but a FIFO (named pipe), not a regular file" in result.stderr
    assert "missing.md: listed under [[editions]] but no such file" in result.stderr


def test_a_master_documents_subdocuments_are_named(tmp_path: Path) -> None:
    """Class: a DOCX master document's `w:subDoc` links (the text of other files) were left out without a word."""
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body = '<w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p><w:p><w:subDoc r:id="rId9"/></w:p><w:p><w:r><w:t>我們收集姓名。</w:t></w:r></w:p>'
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{r}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(tmp_path / "m.docx", "w") as z:
        z.writestr("word/document.xml", document)
    result = cli("parse", "m.docx", "-f", "json", cwd=tmp_path)
    assert result.returncode == 0
    assert "1 subdocument of a master document (w:subDoc, a link to another file) not read" in result.stderr, result.stderr


def test_a_privacy_document_not_read_is_named_when_a_folder_is_scanned(tmp_path: Path) -> None:
    """Class: `check folder` passed over `privacy.pdf` (or `隱私權政策.doc`) beside the other policies without a word
    (named on the command line it is one line); other PDFs, and one an `exclude` glob names, pass in silence."""
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "d" / "privacy.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "d" / "隱私權政策.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "d" / "annual-report.pdf").write_bytes(b"%PDF-1.4\n")
    result = cli("check", "d", "-f", "text", cwd=tmp_path)
    assert result.returncode == 1
    notes = [line for line in result.stderr.splitlines() if "format policylens does not read" in line]
    assert len(notes) == 1 and "2 privacy documents" in notes[0], result.stderr
    assert "d/privacy.pdf" in notes[0] and "d/隱私權政策.doc" in notes[0] and "annual-report" not in notes[0]
    excluded = cli("check", "d", "-f", "text", "--exclude", "*.pdf", "--exclude", "*.doc", cwd=tmp_path)
    assert "does not read" not in excluded.stderr, excluded.stderr


def test_a_baseline_without_its_findings_list_is_refused(tmp_path: Path) -> None:
    """Class: a baseline with the schema but no `findings` key (a hand-edited `"finding": […]`) applied nothing, silently."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "b.json").write_text('{"schema": "policylens.baseline/1", "finding": []}', encoding="utf-8")
    result = cli("check", "p.md", "--baseline", "b.json", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "'findings' must be a list, and there is none" in result.stderr
    (tmp_path / "b.json").write_text('{"schema": "policylens.baseline/1", "findings": []}', encoding="utf-8")
    assert cli("check", "p.md", "--baseline", "b.json", cwd=tmp_path).returncode == 1  # an empty list is a baseline


def _killed_at_three(x: int) -> int:
    if x == 3:
        os.kill(os.getpid(), 9)
    return x


def test_a_worker_killed_from_outside_is_one_line() -> None:
    """Class: a worker process killed by the system (the out-of-memory killer, `kill -9`) during `check -j N` or
    `compare -j N` was `internal error: BrokenProcessPool: A process in the process pool was terminated abruptly…`."""
    from policylens import executor

    with pytest.raises(UserError, match=r"a worker process was killed .*--jobs 1"):
        list(executor.run(_killed_at_three, list(range(6)), jobs=2))


def test_an_edition_whose_text_is_another_editions_is_named(tmp_path: Path) -> None:
    """Class: the zh-Hant text saved as `en.…` and as `zh-Hans.…` (a copy left where a translation should be) was
    compared as those editions: no divergence, exit 0, no word.  Editions as their tags say draw no warning."""
    folder = tmp_path / "site" / "prod"
    folder.mkdir(parents=True)
    text = "# 隱私權政策\n\n## 聯絡我們\n\n電子郵件：a@example.com。我們會說明個人資料的蒐集與使用。\n"
    for tag in ("zh-Hant", "zh-Hans", "en"):
        (folder / f"{tag}.2024-01-01.md").write_text(text, encoding="utf-8")
    copied = cli("compare", "site", "-f", "json", "--jobs", "1", cwd=tmp_path)
    assert "en.2024-01-01.md: tagged en but its text is Chinese" in copied.stderr, copied.stderr
    assert "zh-Hans.2024-01-01.md: tagged zh-Hans but its text is in Traditional characters" in copied.stderr
    assert "zh-Hant.2024-01-01.md" not in copied.stderr
    said = {w["path"].rsplit("/", 1)[-1] for w in json.loads(copied.stdout)["products"][0]["warnings"]}
    assert said == {"en.2024-01-01.md", "zh-Hans.2024-01-01.md"}
    (folder / "zh-Hans.2024-01-01.md").write_text(
        "# 隐私政策\n\n## 联系我们\n\n电子邮件：a@example.com。我们会说明个人信息的收集与使用。\n", encoding="utf-8"
    )
    (folder / "en.2024-01-01.md").write_text(
        "# Privacy Policy\n\n## Contact us\n\nEmail: a@example.com. We explain how data is used.\n", encoding="utf-8"
    )
    translated = cli("compare", "site", "-f", "json", "--jobs", "1", cwd=tmp_path)
    assert "tagged" not in translated.stderr, translated.stderr


def test_a_deleted_working_folder_is_one_line(tmp_path: Path) -> None:
    """Class: run from a folder deleted under the shell, `check` and `profiles` said `cannot write the output: No such
    file or directory` and `compare` `internal error while comparing (FileNotFoundError …)`; `parse` still runs."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    command = [sys.executable, "-m", "policylens"]
    script = 'mkdir gone && cd gone && rmdir ../gone || exit 9\nfor args in "check $P" "compare $D" profiles "parse $P"; do'
    # (the interpreter quoted: CI's folder has a space in its name, 「/tmp/ci run」)
    script += ' "$PY" -m policylens $args >/dev/null; echo "rc=$?" >&2; done\n'
    env = {**os.environ, "PY": command[0], "P": str(tmp_path / "p.md"), "D": str(tmp_path), "PYTHONPATH": str(ROOT / "cli")}
    done = subprocess.run(["sh", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    said = [line for line in done.stderr.splitlines() if "getcwd" not in line]  # the shell's own complaint
    assert (
        said[:6]
        == [
            "policylens: error: the current folder cannot be read (No such file or directory): it was deleted or moved;"
            " change to another folder",
            "rc=2",
        ]
        * 3
    ), done.stderr
    assert said[6:] == ["rc=0"], done.stderr


def test_a_heading_holding_a_newline_stays_on_its_line(tmp_path: Path) -> None:
    """Class: a DOCX heading whose `w:t` holds a newline (`&#10;`) forged a line of `parse -f text` (and of its rich
    tree) and of `diff -f text`: 「二、收集」 then 「y.md:2:2: forged」 on a line of its own.  Markdown outputs kept it."""
    heading = (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">二、收集&#10;y.md:2:2: forged</w:t></w:r></w:p>'
    )
    body = f"<w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p>{heading}<w:p><w:r><w:t>我們收集姓名。</w:t></w:r></w:p>"
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(tmp_path / "h.docx", "w") as z:
        z.writestr("word/document.xml", document)
    (tmp_path / "p.md").write_text("# 隱私權政策\n\n我們收集姓名。\n", encoding="utf-8")
    for args in (("parse", "h.docx", "-f", "text"), ("parse", "h.docx", "-f", "rich"), ("diff", "h.docx", "p.md", "-f", "text")):
        result = cli(*args, env={"COLUMNS": "120"}, cwd=tmp_path)
        assert result.returncode in (0, 1), (args, result.stderr)
        assert "二、收集 ⏎ y.md:2:2: forged" in result.stdout, (args, result.stdout)
        assert not any(line.startswith("y.md") for line in result.stdout.splitlines()), (args, result.stdout)


def test_a_word_links_template_target_is_found(tmp_path: Path) -> None:
    """Class: a DOCX link (`w:hyperlink` to a relationship, or a `HYPERLINK` field) whose target is a template's dummy, `mailto:your@email.com`
    behind 「聯絡我們」, passed without a word: the DOCX reader recorded no link targets, so `placeholder-link-target`
    (which reads HTML's and Markdown's) never saw it.  A real address, or one the link's text shows, is no finding."""
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    body = f"<w:p>{run('隱私權政策')}</w:p>"
    body += f'<w:p>{run("如有問題請")}<w:hyperlink r:id="rId5">{run("聯絡")}{run("我們")}</w:hyperlink>{run("。")}</w:p>'
    body += f'<w:p>{run("客服信箱：")}<w:hyperlink r:id="rId6">{run("privacy@qq.com")}</w:hyperlink>{run("。")}</w:p>'
    # the same as a HYPERLINK field (older documents), beside a field to a place inside the document (`\\l`)
    for instruction, shown in ((' HYPERLINK "mailto:【請填寫信箱】" ', "客服"), (' HYPERLINK \\l "top" ', "上方")):
        field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        field += instruction.replace('"', "&quot;") + '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        body += f'<w:p>{run("請洽")}{field}{run(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>{run("。")}</w:p>'
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{r}"><w:body>{body}</w:body></w:document>'
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    for rid, target in (("rId5", "mailto:your@email.com"), ("rId6", "mailto:privacy@qq.com")):
        rels += f'<Relationship Id="{rid}" Type="{kind}" Target="{target}" TargetMode="External"/>'
    with zipfile.ZipFile(tmp_path / "l.docx", "w") as z:
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", rels + "</Relationships>")
    result = cli("check", "l.docx", "--no-config", "--select", "placeholder-link-target", "-f", "json", cwd=tmp_path)
    found = [(f["line"], f["column"], f["end_column"], f["excerpt"]) for f in json.loads(result.stdout)["files"][0]["findings"]]
    # at the link's text (「聯絡我們」, 「客服」), where Word shows the target
    assert found == [(2, 6, 10, "mailto:your@email.com"), (4, 3, 5, "mailto:【請填寫信箱】")], found
