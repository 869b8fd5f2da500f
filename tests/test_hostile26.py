"""Hostile input, round 26 (u26h): text that decodes to plausible text wrongly, and bidi marks that show nothing.

- A policy whose bytes a tool read as Windows-1252 or Latin-1 and saved as UTF-8 again (an FTP client in ASCII mode,
  a CMS export, a latin1 database column): UTF-8's 「隱私權政策」 became 「éš±ç§æ¬Šæ”¿ç­–」, GBK's 「隐私政策」
  「ÒþË½Õþ²ß」.  Valid UTF-8 and plausible Latin text: it was read without a word, and `check` passed it (exit 0)
  or reported 「«²»」 as an unfilled slot.  One line now, naming what the text stands for and how to repair it.
- A left-to-right or right-to-left mark (`&lrm;`), the Arabic letter mark, the isolates that Fluent, ICU and
  Android's BidiFormatter put around every value they fill in, an invisible operator or a Mongolian selector inside a
  slot, a date or the words a profile looks for hid it (「【\u2068公司名稱\u2069】」 was not found), and `diff` counted
  an inserted mark as a change shown as nothing (`{+‎+}`, exit 1).  They are `patterns.INVISIBLE` now; the bidi
  overrides and embeddings, which reorder what is shown, stay a change.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import cli, profile_status
from policylens.errors import UserError
from policylens.load.encoding import _SHOWN, decode

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
POLICY = (
    "# 隱私權政策\n\n更新日期：2024年1月1日\n\n## 一、資料收集\n\n本公司收集您的姓名、電話及電子郵件地址，用於提供服務。\n\n"
    "## 二、聯絡我們\n\n如有疑問，請來信聯絡本公司客服。\n"
)


def _cp1252_as_windows_writes_it(data: bytes) -> str:
    """`data` read as Windows-1252, its five undefined bytes as the C1 controls of the same code (as Windows does)."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)


def _mojibake_cases() -> dict[str, tuple[bytes, str]]:
    """Each way a policy reaches us encoded twice: the file's bytes, and the encoding the message must name."""
    simplified = POLICY.replace("隱私權政策", "隐私政策").replace("資料", "资料").replace("聯絡", "联络")
    return {
        "utf8-as-cp1252": (_cp1252_as_windows_writes_it(POLICY.encode()).encode(), "UTF-8 text read as Windows-1252"),
        "utf8-as-latin1": (POLICY.encode().decode("latin-1").encode(), "UTF-8 text read as Latin-1"),
        "utf8-as-cp1252-lossy": (POLICY.encode().decode("cp1252", "replace").encode(), "some characters were lost"),
        "utf8-with-bom": (codecs.BOM_UTF8 + POLICY.encode().decode("latin-1").encode(), "UTF-8 text read as Latin-1"),
        "gbk-as-latin1": (simplified.encode("gbk").decode("latin-1").encode(), "GB18030 text read as Latin-1"),
        "big5-as-latin1": (POLICY.encode("big5").decode("latin-1").encode(), "Big5 text read as Latin-1"),
    }


@pytest.mark.parametrize("case", list(_mojibake_cases()))
def test_text_encoded_twice_is_one_line(tmp_path: Path, case: str) -> None:
    """Class: a policy encoded twice (its bytes read as a Western code page, saved as UTF-8) was read as Latin text
    without a word: `check` passed it, exit 0.  One line now, exit 2, naming what it stands for."""
    data, named = _mojibake_cases()[case]
    policy = tmp_path / "privacy.md"
    policy.write_bytes(data)
    for command in ("check", "parse"):
        result = cli(command, str(policy))
        assert result.returncode == 2, (command, result.stdout)
        assert result.stdout in ("", "0 files checked: 0 errors, 0 warnings, 0 info; 1 file could not be checked\n")
        lines = result.stderr.strip().splitlines()
        error = [line for line in lines if line.startswith("policylens: error:")]
        assert len(error) == 1, lines
        assert named in error[0] and "stands for 「" in error[0], error[0]
        assert "Traceback" not in result.stderr
    assert "隱" in error[0] or "隐" in error[0]  # the message shows what the bytes meant
    # `--encoding utf-8` reads it as it is (the escape hatch the message names)
    assert cli("parse", "--encoding", "utf-8", str(policy), "-f", "json").returncode == 0


def test_the_repair_the_message_names_restores_the_policy(tmp_path: Path) -> None:
    """The `iconv` line the message gives reads the policy back (checked here with Python's codecs, as iconv would)."""
    data, _ = _mojibake_cases()["gbk-as-latin1"]
    with pytest.raises(UserError, match=r"iconv -f utf-8 -t latin1 FILE \| iconv -f gb18030 -t utf-8") as caught:
        decode(data, path="p.md")
    assert "「ÒþË½Õþ²ß」 stands for 「隐私政策」" in str(caught.value)
    assert data.decode("utf-8").encode("latin-1").decode("gb18030").startswith("# 隐私政策")


@pytest.mark.parametrize(
    "text",
    [
        "Privacy Policy\n\nCafé, São Paulo, naïve résumé — “quoted” © 2024 Müller Straße Ærø Ångström.\n" * 20,
        "Politique de confidentialité\n\nNous collectons vos données à caractère personnel (nom, prénom, âge).\n" * 50,
        "A page that shows one mojibake word, Ã©tÃ©, twice: Ã©tÃ©.\n",  # a few runs: not the whole file
        "Ãœber uns: Ã„nderungen Â© 2024 Â» weiter Â« zurück\n" * 10,  # German mojibake reads as no CJK
        POLICY,
        POLICY.replace("本公司", "本公司（Café Ltd.，Ã©）"),  # Chinese text with a stray mojibake word
    ],
    ids=["western", "french", "few-runs", "german-mojibake", "chinese", "chinese-with-a-run"],
)
def test_western_and_chinese_text_is_not_taken_for_mojibake(text: str) -> None:
    """The look-alikes: accented Western text (é before ASCII is no UTF-8), a few mojibake runs, Chinese text."""
    decoded, used, _ = decode(text.encode(), path="p.md")
    assert decoded == text and used == "utf-8"


def test_english_editions_of_the_corpora_are_read() -> None:
    """No English or Chinese edition in `corpora/` is refused as text encoded twice."""
    root = Path(__file__).resolve().parent.parent / "corpora"
    files = sorted(p for p in root.rglob("*") if p.suffix in {".md", ".txt", ".html"} and p.is_file())
    assert len(files) > 40
    for path in files:
        decode(path.read_bytes(), path=str(path))  # raises UserError if refused


_MARKS = {
    "lrm": "\u200e",
    "rlm": "\u200f",
    "alm": "\u061c",
    "fsi-pdi": "\u2068{}\u2069",
    "lri": "\u2066{}\u2069",
    "invisible-times": "\u2062",
    "mongolian-vs": "\u180e",
}


def _hide(mark: str, text: str) -> str:
    """`text` with the mark around it (an isolate pair) or after its first character."""
    return mark.format(text) if "{}" in mark else text[0] + mark + text[1:]


@pytest.mark.parametrize("name", list(_MARKS))
def test_a_bidi_mark_inside_a_slot_does_not_hide_it(tmp_path: Path, name: str) -> None:
    """Class: a bidi mark or isolate, an invisible operator or a Mongolian selector inside a slot hid it:
    「【\u2068公司名稱\u2069】」 (Fluent's isolates around a value), 「【公\u200e司名稱】」 (`&lrm;`) were not found."""
    policy = tmp_path / "p.txt"
    policy.write_text(f"隱私權政策\n\n本公司【{_hide(_MARKS[name], '公司名稱')}】收集您的資料。\n", encoding="utf-8")
    result = cli("check", str(policy), "--select", "placeholder-instruction", "-f", "json")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["rule"] for f in findings] == ["placeholder-instruction"], result.stdout
    assert findings[0]["line"] == 3 and findings[0]["column"] == 4


@pytest.mark.parametrize("name", ["lrm", "fsi-pdi", "alm"])
def test_a_bidi_mark_inside_a_date_or_covering_words(tmp_path: Path, name: str) -> None:
    """Class, the other readers of `INVISIBLE`: a mark inside the effective date hid it (「找不到生效日期」), inside the
    words a profile looks for made a covered item missing."""
    policy = tmp_path / "p.md"
    date = _hide(_MARKS[name], "2025年4月8日")
    policy.write_text(f"# 隱私權政策\n\n生效日期：{date}\n\n我們收集您的姓名。\n", encoding="utf-8")
    parsed = json.loads(cli("parse", str(policy), "-f", "json").stdout)
    assert parsed["metadata"]["effective"] == "2025-04-08"
    sentence = "作为一般规则，我们仅在实现信息收集目的所需的时间内{}您的个人信息。"
    assert profile_status("## 存储\n\n" + sentence.format(_hide(_MARKS[name], "保留")), "cn-pipl/retention") == "covered"


def test_diff_counts_an_inserted_mark_as_noise_but_not_an_override(tmp_path: Path) -> None:
    """Class: `diff` reported a paragraph with an LRM inserted as modified, the change shown as `{+‎+}` (nothing
    visible), exit 1.  It is formatting noise now (`--strict` shows it); an inserted U+202E, which reverses what
    follows it on screen, is still a change."""
    old = tmp_path / "a.txt"
    old.write_text("隱私權政策\n\n本公司收集您的姓名及電話。\n", encoding="utf-8")
    for mark, changed in (("\u200e", False), ("\u2068", False), ("\u202e", True), ("\u202b", True)):
        new = tmp_path / "b.txt"
        new.write_text(f"隱私權政策\n\n本公司收集您的{mark}姓名及電話。\n", encoding="utf-8")
        result = cli("diff", str(old), str(new))
        assert result.returncode == (1 if changed else 0), (hex(ord(mark)), result.stdout)
        assert cli("diff", "--strict", str(old), str(new)).returncode == 1


def _nest(root: Path, depth: int) -> Path:
    """`root/a/a/…/a`, `depth` folders deep, made one level at a time (`os.makedirs` itself recurses per level)."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("a", dir_fd=fd)
            inner = os.open("a", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    return root.joinpath(*["a"] * depth)


def _unnest(root: Path) -> None:
    """Remove what `_nest` made, deepest first, one level at a time through descriptors (pytest's own clean-up of old
    temporary folders, `shutil.rmtree`, recurses per level too, and would print a RecursionError in a later session)."""
    fd, depth = os.open(root, os.O_RDONLY), 0
    while "a" in os.listdir(fd):
        inner = os.open("a", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd, depth = inner, depth + 1
    for _ in range(depth):
        for name in os.listdir(fd):
            os.unlink(name, dir_fd=fd)
        parent = os.open("..", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        os.rmdir("a", dir_fd=parent)
        fd = parent
    os.close(fd)


@pytest.fixture
def deep_root(tmp_path: Path) -> Iterator[Path]:
    """A folder for `_nest` trees, emptied afterwards, deepest first."""
    yield tmp_path
    for top in tmp_path.iterdir():
        if top.is_dir():
            _unnest(top)


def test_a_folder_tree_deeper_than_the_recursion_limit_is_scanned(deep_root: Path) -> None:
    """Class: Python 3.11's `os.walk` recurses per level: `check DIR` and `compare DIR` of a tree 1,100 folders deep
    ended with `the input is nested too deeply to process`, exit 2, no file checked and no folder named."""
    tmp_path = deep_root
    scanned = tmp_path / "scan"
    scanned.mkdir()
    (scanned / "top.md").write_text(POLICY, encoding="utf-8")
    deepest = _nest(scanned, 1_100)
    (deepest / "privacy.md").write_text(POLICY.replace("本公司收集", "【請填寫公司名稱】收集"), encoding="utf-8")
    result = cli("check", str(scanned), "-f", "json", "--select", "placeholder-instruction")
    assert result.returncode == 1, result.stderr
    files = json.loads(result.stdout)["files"]
    assert len(files) == 2 and sum(len(f["findings"]) for f in files) == 1
    product = tmp_path / "prod"
    product.mkdir()
    deepest = _nest(product, 1_100)
    for day in ("2024-01-01", "2024-02-01"):
        (deepest / f"zh-TW.{day}.md").write_text(POLICY, encoding="utf-8")
    result = cli("compare", str(product), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["products"]) == 1


def test_a_folder_that_cannot_be_listed_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Class: `os.walk` passes over a folder it cannot list (no permission) without a word, and the policies in it
    with it.  `check` and `compare` name it now (a warning; the other folders are read)."""
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "ok" / "zh-TW.2024-01-01.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = cli("check", str(tmp_path))
    assert f"{tmp_path / 'locked'}: Permission denied: cannot be listed" in result.stderr, result.stderr
    assert "2 files checked" in result.stdout
    result = cli("compare", str(tmp_path), "-f", "json")
    assert "locked: Permission denied: cannot be listed; its editions are not compared" in result.stderr, result.stderr
    assert json.loads(result.stdout)["products"][0]["editions"][0]["edition"] == "zh-TW"


@pytest.mark.parametrize(
    ("config", "option", "named"),
    [
        ('exclude = ["*.md"]\n', (), "'*.md' ("),
        ('exclude = ["**/*"]\n', (), "'**/*' ("),
        ("", ("--exclude", "p*"), "'p*' (--exclude)"),
    ],
)
def test_a_scan_whose_every_policy_is_excluded_says_so(tmp_path: Path, config: str, option: tuple[str, ...], named: str) -> None:
    """Class: an `exclude` glob that matches every policy of the scanned folders (`"*.md"` meant for one folder)
    said only `no policy files found (known extensions: .axml .docx …)`, as if the folder held none.  The line names
    the globs now; the files are still not checked, and a file named on the command line still is."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    if config:
        (tmp_path / "policylens.toml").write_text(config, encoding="utf-8")
    result = cli("check", str(tmp_path), *option)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("policylens: error:")]
    assert len(errors) == 1 and "the 1 policy file of the scanned folders is excluded by" in errors[0], result.stderr
    assert named in errors[0]
    if config:
        assert str(tmp_path / "policylens.toml") in errors[0]
    assert cli("check", str(tmp_path / "p.md"), *option).returncode == 0


def test_a_scan_without_policies_or_with_some_excluded_is_unchanged(tmp_path: Path) -> None:
    """The look-alikes: a folder without policy files keeps its line; an `exclude` that leaves one file is silent."""
    result = cli("check", str(tmp_path))
    assert result.returncode == 2 and "no policy files found (known extensions:" in result.stderr
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "old.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('exclude = ["old.md"]\n', encoding="utf-8")
    result = cli("check", str(tmp_path))
    assert result.returncode == 0 and result.stderr == "" and "1 file checked" in result.stdout


_CUT = {
    "utf16le-bom": (codecs.BOM_UTF16_LE + POLICY.encode("utf-16-le"), 1, "UTF-16-LE text"),
    "utf16be-no-bom": (POLICY.encode("utf-16-be"), 1, "UTF-16 text"),
    "utf16le-no-bom": (POLICY.encode("utf-16-le"), 1, "UTF-16 text"),
    "utf32le-bom": (codecs.BOM_UTF32_LE + POLICY.encode("utf-32-le"), 2, "UTF-32-LE text"),
    "utf8-bom": (codecs.BOM_UTF8 + POLICY.encode()[:-1] + "。".encode(), 1, "UTF-8 text"),
}


@pytest.mark.parametrize("case", list(_CUT))
def test_unicode_text_cut_short_says_so(case: str) -> None:
    """Class: a UTF-16 or UTF-32 file cut short (a download or copy interrupted) was `bad byte 0a at offset 60`, or,
    without a BOM, `binary data (NUL byte at offset 11)`; UTF-8 after a BOM the same.  UTF-8 without a BOM was
    already `the file looks cut short` (twenty-fourth round); every Unicode reading says so now."""
    data, cut, named = _CUT[case]
    with pytest.raises(UserError, match="the file looks cut short") as caught:
        decode(data[:-cut], path="p.txt")
    assert str(caught.value).startswith(f"p.txt: {named} that ends inside a character"), str(caught.value)
    decode(data, path="p.txt")  # whole, it reads


def test_bytes_that_are_not_utf16_cut_short_stay_binary() -> None:
    """The look-alike: an odd number of bytes with NULs that no UTF-16 reading makes text is still binary data."""
    with pytest.raises(UserError, match="binary data"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", path="p.txt")


def test_a_dos_end_of_file_mark_is_not_text(tmp_path: Path) -> None:
    """Class: Ctrl-Z (0x1A), the end-of-file mark `copy /a` and old DOS and Windows tools write, was kept as the last
    paragraph's last character: `diff` against the same policy without it reported 「[-␚-]」, exit 1.  One inside the
    text is still text (shown as ␚ by `diff --strict`)."""
    old = tmp_path / "a.txt"
    old.write_text(POLICY, encoding="utf-8")
    new = tmp_path / "b.txt"
    new.write_bytes(POLICY.encode() + b"\x1a\x1a")
    result = cli("diff", str(old), str(new))
    assert result.returncode == 0, result.stdout
    parsed = json.loads(cli("parse", str(new), "-f", "json").stdout)
    assert parsed["sections"][-1]["paragraphs"][-1]["text"] == "如有疑問，請來信聯絡本公司客服。"
    inside = tmp_path / "c.txt"
    inside.write_bytes(POLICY.replace("客服。", "客服\x1a。").encode())
    # one inside the text is kept, but a control character changes no wording: a formatting-only difference (thirty-third
    # session, u33b: `diff/keys.layout_key`), shown with --strict
    loose = cli("diff", str(old), str(inside))
    assert loose.returncode == 0 and "formatting-only differences ignored: 1" in loose.stdout
    assert cli("diff", "--strict", str(old), str(inside)).returncode == 1


@pytest.mark.parametrize(
    "front",
    [
        '---json\n{"title": "\\ud800隱私權政策", "tags": ["\\udfff", {"x\\ud800": ["\\udc00"]}]}\n---\n',
        '{\n  "title": "隱私\\udfff權政策"\n}\n',  # Hugo's JSON front matter
    ],
    ids=["gray-matter", "hugo"],
)
def test_a_lone_surrogate_escape_in_json_front_matter(tmp_path: Path, front: str) -> None:
    """Class: JSON front matter may escape half a surrogate pair (`"\\ud800"`); JSON decodes it to a lone surrogate,
    which UTF-8 cannot write: `parse -f text`, `-f rich` and `-f markdown` were `internal error: UnicodeEncodeError`.
    It is U+FFFD now, as in a script literal; a whole pair escaped (`"\\ud83d\\ude00"`) stays its emoji."""
    policy = tmp_path / "p.md"
    policy.write_text(front + "\n## 一、收集\n\n本公司收集資料。\n", encoding="utf-8")
    for fmt in ("text", "rich", "markdown", "json"):
        result = cli("parse", "-f", fmt, str(policy))
        assert result.returncode == 0 and "internal error" not in result.stderr, (fmt, result.stderr)
    title = json.loads(cli("parse", "-f", "json", str(policy)).stdout)["metadata"]["title"]
    assert title in ("\ufffd隱私權政策", "隱私\ufffd權政策")
    policy.write_text('---json\n{"title": "隱私權政策\\ud83d\\ude00"}\n---\n\n本公司收集資料。\n', encoding="utf-8")
    assert json.loads(cli("parse", "-f", "json", str(policy)).stdout)["metadata"]["title"] == "隱私權政策😀"


def test_a_forced_encoding_that_reads_half_a_surrogate_pair_is_one_line(tmp_path: Path) -> None:
    """Class: `--encoding utf-7` reads `+2AA-` as U+D800, half a surrogate pair, which UTF-8 cannot write: `parse
    -f text`, `-f rich`, `-f markdown` and `diff` were internal errors, `check` `cannot be read (UnicodeEncodeError …)`.
    One line now; UTF-7 of whole characters (`+ZeVnLA-`, 「日本」) still reads."""
    policy = tmp_path / "p.md"
    policy.write_bytes(b"# Privacy +2AA- policy\n\nText +ZeVnLA-.\n")
    for args in (("parse", "-f", "text"), ("parse", "-f", "rich"), ("check",), ("diff", str(policy))):
        result = cli(*args, "--encoding", "utf-7", str(policy))
        assert result.returncode == 2, args
        assert "half a surrogate pair (U+D800) on line 1" in result.stderr and "internal error" not in result.stderr
    policy.write_bytes(b"# Privacy policy\n\nText +ZeVnLA-.\n")
    result = cli("parse", "-f", "json", "--encoding", "utf-7", str(policy))
    assert result.returncode == 0 and "日本" in result.stdout


@pytest.mark.parametrize("env", [{"GIT_DIR": ".git"}, {"GIT_DIR": ".git", "GIT_INDEX_FILE": ".git/index"}, {}])
def test_compare_git_from_a_git_hook(tmp_path: Path, env: dict[str, str]) -> None:
    """Class: a git hook (pre-commit, Husky) or a script exports `GIT_DIR=.git`; `compare --git docs/zh-TW.md` ran
    `git -C docs`, which read `.git` from `docs/`: `git: fatal: not a git repository: '.git'`, exit 2 (with an absolute
    `GIT_DIR`, `docs/` became the top of the work tree and another path's history was read).  The history is read
    as `git log docs/zh-TW.md` typed in that folder reads it."""
    from test_compare_sources import _git

    _git(tmp_path, "init", "-q")
    (tmp_path / "docs").mkdir()
    for month in (1, 2):
        (tmp_path / "docs" / "zh-TW.md").write_text(POLICY.replace("1月", f"{month}月"), encoding="utf-8")
        _git(tmp_path, "add", ".")
        _git(tmp_path, "commit", "-qm", f"v{month}", date=f"2024-0{month}-01")
    for given in (env, {k: str(tmp_path / v) for k, v in env.items()}):
        result = cli("compare", "--git", "docs/zh-TW.md", "-f", "json", cwd=tmp_path, env=given)
        assert result.returncode in (0, 1), (given, result.stderr)
        editions = [e["id"] for p in json.loads(result.stdout)["products"] for e in p["editions"]]
        assert editions == ["zh-TW.2024-01-01", "zh-TW.2024-02-01"], (given, editions)


@pytest.mark.parametrize(
    ("target", "member"),
    [("WORD/Main.xml", "word/main.xml"), ("word/main%20doc.xml", "word/main doc.xml"), ("/word/main.xml", "word/main.xml")],
    ids=["case", "percent-encoded", "absolute"],
)
def test_a_docx_main_part_named_as_opc_allows(tmp_path: Path, target: str, member: str) -> None:
    """Class: OPC part names are case-insensitive and relationship targets are URIs (ECMA-376 part 2): a package
    whose `_rels/.rels` named `WORD/Main.xml` or `word/main%20doc.xml` for a part that is there was refused,
    `malformed DOCX: no word/document.xml in the archive`."""
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/officeDocument" Target="{target}"/></Relationships>'
    )
    body = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>本公司【請填寫公司名稱】收集資料。</w:t></w:r></w:p></w:body></w:document>'
    policy = tmp_path / "p.docx"
    with zipfile.ZipFile(policy, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", rels)
        archive.writestr(member, body)
    result = cli("check", str(policy), "--select", "placeholder-instruction")
    assert result.returncode == 1 and "【請填寫公司名稱】" in result.stdout, result.stderr


def _unprivileged() -> list[str]:
    """A command prefix that makes folder permissions hold (root without CAP_DAC_*), or skips the test."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions do not hold")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", "--"]


def test_a_working_folder_below_one_that_cannot_be_searched(tmp_path: Path) -> None:
    """Class: run inside a folder below one the user may not search (`chmod 000` on a parent, a workspace under
    another user's home), `check p.md`, `check .` and `compare .` stopped at the configuration search,
    「/…/policylens.toml: Permission denied」, and `profiles` 「/…/b: Permission denied」, though every policy could be
    read.  A warning says no configuration is read from there; the policies are checked and compared."""
    import policylens

    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (inner / "p.md").write_text(POLICY.replace("本公司收集", "【請填寫公司名稱】收集"), encoding="utf-8")
    for day in ("2024-01-01", "2024-02-01"):
        (inner / f"zh-TW.{day}.md").write_text(POLICY, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(policylens.__file__).resolve().parents[1])}
    prefix = _unprivileged()
    (tmp_path / "a").chmod(0)
    try:
        runs = {
            name: subprocess.run(
                [*prefix, sys.executable, "-m", "policylens", *args], cwd=inner, env=env, capture_output=True, text=True, timeout=120
            )
            for name, args in {
                "check": ("check", "p.md", "--select", "placeholder-instruction"),
                "compare": ("compare", ".", "-f", "json"),
                "profiles": ("profiles",),
            }.items()
        }
    finally:
        (tmp_path / "a").chmod(0o755)
    assert runs["check"].returncode == 1 and "【請填寫公司名稱】" in runs["check"].stdout, runs["check"].stderr
    assert runs["compare"].returncode == 0, runs["compare"].stderr
    assert runs["profiles"].returncode == 0 and "tw-pdpa" in runs["profiles"].stdout, runs["profiles"].stderr
    for run in runs.values():
        assert "cannot be searched (permission denied): no configuration is read" in run.stderr
        assert "error" not in run.stderr


def test_an_unreadable_configuration_in_a_searchable_folder_is_still_an_error(tmp_path: Path) -> None:
    """The look-alike: a `policylens.toml` that cannot be read, in a folder that can be searched, stops the run."""
    import policylens

    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('ignore = ["date-format"]\n', encoding="utf-8")
    (tmp_path / "policylens.toml").chmod(0)
    env = {**os.environ, "PYTHONPATH": str(Path(policylens.__file__).resolve().parents[1])}
    run = subprocess.run(
        [*_unprivileged(), sys.executable, "-m", "policylens", "check", "p.md"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert run.returncode == 2 and "policylens.toml: cannot read configuration: Permission denied" in run.stderr, run.stderr


@pytest.mark.parametrize(("name", "lossy"), [("gb18030", False), ("gb18030", True), ("big5", True)], ids=["gbk", "gbk-lossy", "big5-lossy"])
def test_utf8_read_as_gbk_or_big5_is_one_line(tmp_path: Path, name: str, lossy: bool) -> None:
    """Class: UTF-8 read as GBK or Big5 and saved as UTF-8 again, the mojibake every Chinese user knows (「隱私權政策」
    as 「闅辩娆婃斂绛」): ideographs still, so it was checked as a policy (455 `script-mixed` errors on such a copy of
    corpora/google-privacy-cliqz; its Big5 reading passed).  One line now, naming the reading."""
    source = Path(__file__).resolve().parent.parent / "corpora" / "google-privacy-cliqz" / "zh-Hant.crawl-2017-05.md"
    text = source.read_text(encoding="utf-8")
    if not lossy:
        text = text.replace("隱私", "隱私 ")  # whole characters on both sides of the reading
    data = text.encode().decode(name, "replace" if lossy else "ignore").encode()
    with pytest.raises(UserError, match=f"UTF-8 text read as {_SHOWN[name]} and saved as UTF-8") as caught:
        decode(data, path="p.md")
    assert ("lost on the way" in str(caught.value)) == lossy
    if not lossy:
        assert "stands for 「隱私 權政」" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "個人情報の取り扱いについて、当社は利用目的を明確にし、適切に管理します。第三者提供は法令に基づく場合を除き行いません。" * 3,
        "鬱鬱蔥蔥，龘靐齉齾，爨麤鱻。",  # rare ideographs, too few to judge
        "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥，乾坤震巽坎離艮兌。" * 2,  # rare for a policy, no UTF-8 behind it
    ],
    ids=["japanese", "short-rare", "rare-words"],
)
def test_text_of_rare_ideographs_is_not_taken_for_mojibake(text: str) -> None:
    """The look-alikes: Japanese, or Chinese text of few policy words, read back to GBK or Big5 bytes is no UTF-8."""
    decoded, used, _ = decode(text.encode(), path="p.md")
    assert decoded == text and used == "utf-8"


@pytest.mark.parametrize(
    "blank", ["\u200e", "\u2068\u2069", "\u00ad", "\u200b", "\u3000\u200f"], ids=["lrm", "isolates", "shy", "zwsp", "mixed"]
)
def test_a_line_of_only_invisible_characters_is_blank(tmp_path: Path, blank: str) -> None:
    """Class: in plain text a line of only a zero-width space was blank, but one of only a left-to-right mark (or of
    Fluent's two isolates, a soft hyphen) was a paragraph of nothing, or the start of the next paragraph's text
    (「\u200e第二段。」).  Every character `INVISIBLE` holds counts as spacing there now."""
    policy = tmp_path / "p.txt"
    policy.write_text(f"隱私權政策\n\n本公司收集資料。\n{blank}\n第二段。\n\n{blank}\n\n第三段。\n", encoding="utf-8")
    parsed = json.loads(cli("parse", "-f", "json", str(policy)).stdout)
    assert [p["text"] for s in parsed["sections"] for p in s["paragraphs"]] == ["本公司收集資料。", "第二段。", "第三段。"]


def test_invisible_bmp_is_invisible_below_u10000() -> None:
    """`patterns.INVISIBLE_BMP` (spelt out for `str.strip` and the BMP class) is `INVISIBLE` below U+10000."""
    from policylens.patterns import INVISIBLE, INVISIBLE_BMP

    assert set(INVISIBLE_BMP) == {chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000 and INVISIBLE.match(chr(c))}
