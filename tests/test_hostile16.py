"""Hostile input, round 16 (e16h): defect classes the earlier rounds missed.

- A bare `&#` in an HTML page (「&#x;」, 「&#-1;」, 「AT&#T」: `&#` not followed by a number).  html.parser (3.11)
  reads it as text but then stops its scan; with a second one, or with no `;` anywhere after it, `close()` handed
  the whole rest of the page over as text: tags, scripts and all (「a &#-1; b &#x; c</p><p>AFTER</p>」 was one
  paragraph, and every later heading was lost).  `load.html.feeding._feed_source` feeds the page in pieces that step over
  each bare `&#` as text, as a browser shows it; inside a script, comment or tag it is not text.
- An HTML comment closed by `--!>` (HTML5's incorrectly closed comment, which browsers close): the page was refused
  as an unterminated comment.
- A DOCX that is encrypted: a zip member flagged encrypted was named by its Python repr (「cannot inflate
  word/document.xml (File <ZipInfo filename=… filemode='?rw-------' file_size=147> is encrypted…)」); a
  password-protected document as Word saves it (an OLE compound file) was 「not a zip archive」.
- A usage error (a value not among an option's choices, a number out of range, an unknown option, a missing or extra
  argument): typer drew the usage line, a hint and a boxed panel, six lines on stderr.  It is one line now,
  `policylens: error: …`, exit 2, naming the command's `--help`; a bare `policylens` still prints the help.
- An empty path option (`--baseline ""`, `--write-baseline ""`, `--config ""`: a CI variable left unset) was the
  current folder (typer's `Path("")`), so the one line blamed `.` (「.: is a directory, not a file」, 「.:
  configuration file not found」); it now says the value is empty (`commands.options.named_path`).
- `--config` naming a folder, a device or a broken link was 「configuration file not found」 for a path that is there;
  `config.require_config` says which (`is a directory`, `not a regular file`, the link's error).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import cli


def _paragraphs(tmp_path: Path, page: str, name: str = "page.html") -> list[tuple[int, int, str]]:
    """`parse -f json` of `page`: each section title and paragraph as (line, column, text)."""
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    result = cli("parse", "-f", "json", str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    found: list[tuple[int, int, str]] = []
    for section in data["sections"]:
        if section["title"]:
            found.append((section["line"], section["column"], section["title"]))
        found.extend((p["line"], p["column"], p["text"]) for p in section["paragraphs"])
    return found


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        # the named case: two malformed references, then the rest of the page
        ("<p>a &#-1; b &#x; c</p><p>AFTER</p>", ["a &#-1; b &#x; c", "AFTER"]),
        # one with no `;` anywhere after it
        ("<p>AT&#T</p><p>AFTER</p>", ["AT&#T", "AFTER"]),
        ("<p>AT&#T and &#Q</p>\n<h2>二、聯絡我們</h2>\n<p>AFTER</p>", ["AT&#T and &#Q", "二、聯絡我們", "AFTER"]),
        # hex without digits, a sign, a space, at the very end
        ("<p>x &#X; y &#+5; z &# w</p><p>AFTER &#</p>", ["x &#X; y &#+5; z &# w", "AFTER &#"]),
        # right after a stray `<` and an `&` that starts no entity
        ("<p>a <&#x; b & &#; c</p><p>AFTER</p>", ["a <&#x; b & &#; c", "AFTER"]),
    ],
)
def test_a_bare_numeric_reference_is_text_and_the_page_goes_on(tmp_path: Path, page: str, texts: list[str]) -> None:
    assert [text for _, _, text in _paragraphs(tmp_path, page)] == texts


def test_a_bare_reference_inside_a_script_comment_or_attribute_is_not_text(tmp_path: Path) -> None:
    page = (
        '<script>var s = "&#" + code + ";"; var t = "&#x;";</script>\n'
        "<!-- a note &#x; with &#Q -- still the note -->\n"
        '<p title="&#x; > &#Q">first &#x;</p>\n'
        "<style>p:after { content: '&#'; }</style><p>AFTER</p>\n"
    )
    assert [text for _, _, text in _paragraphs(tmp_path, page)] == ["first &#x;", "AFTER"]


def test_the_columns_after_a_bare_reference_count_every_source_character(tmp_path: Path) -> None:
    page = '<p>a &#x; b &#-2; 請填寫【】</p>\n<p>x &#Q\n 請填寫【】</p><script>var s="&#"+c+";"</script><p>AFTER【】</p>\n'
    path = tmp_path / "columns.html"
    path.write_text(page, encoding="utf-8")
    result = cli("check", "--no-config", "--select", "placeholder-empty", "-f", "json", str(path))
    lines = page.split("\n")
    spots = sorted((f["line"], f["column"]) for f in json.loads(result.stdout)["files"][0]["findings"])
    expected = sorted((n, m.start() + 1) for n, line in enumerate(lines, 1) for m in re.finditer("【】", line))
    assert spots == expected


@pytest.mark.parametrize(
    "body",
    [
        "<p>甲 &#x; 乙</p><p>丙 &#Q 丁</p>",
        "<div>&#;&#;&#;<b>粗</b>&#-1;<i>斜</i></div><p>尾</p>",
        "<ul><li>一 &#</li><li>二 &#x</li><li>三 &#xg;</li></ul>",
        "<h2>標題 &#z;</h2><p>內文</p><h2>第二節</h2><p>內文二 &#</p>",
    ],
)
def test_a_bare_reference_reads_as_the_same_text_written_with_amp(tmp_path: Path, body: str) -> None:
    """The property: a page reads as the same page with each bare `&#` written `&amp;#` (which a browser shows alike)."""
    escaped = re.sub(r"&#(?![0-9]|[xX][0-9a-fA-F])", "&amp;#", body)
    assert escaped != body
    read = [text for _, _, text in _paragraphs(tmp_path, body, "bare.html")]
    assert read == [text for _, _, text in _paragraphs(tmp_path, escaped, "amp.html")]
    assert not any("<" in text for text in read)


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        ("<p>a</p><!-- x -- y --!><p>AFTER</p>", ["a", "AFTER"]),
        ("<!-- 註解 --!>\n<h2>一、資料蒐集</h2>\n<p>內文</p>", ["一、資料蒐集", "內文"]),
        ("<p>a</p><!----!><p>AFTER</p>", ["a", "AFTER"]),
        # still the old ends, and `--!` that does not end one
        ("<p>a</p><!-- x --!- y --><p>AFTER</p>", ["a", "AFTER"]),
        ("<p>a</p><!-- x -- ><p>AFTER</p>", ["a", "AFTER"]),
    ],
)
def test_a_comment_closed_with_bang_ends_there(tmp_path: Path, page: str, texts: list[str]) -> None:
    assert [text for _, _, text in _paragraphs(tmp_path, page)] == texts


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_BODY = f"<w:document {_W}><w:body><w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p></w:body></w:document>"
_STYLES = f"<w:styles {_W}></w:styles>"


def _docx(members: dict[str, str], *, encrypted: tuple[str, ...] = ()) -> bytes:
    """A DOCX whose `encrypted` members carry the zip flag of an encrypted entry (as ZipCrypto or AES leave it)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    data = bytearray(buffer.getvalue())
    for name in encrypted:
        raw = name.encode()
        for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
            at = data.find(signature)
            while at >= 0:
                if data[at + name_at : at + name_at + len(raw)] == raw:
                    data[flag_at + at] |= 1
                at = data.find(signature, at + 4)
    return bytes(data)


@pytest.mark.parametrize(
    ("members", "encrypted", "named"),
    [
        ({"word/document.xml": _BODY}, ("word/document.xml",), "word/document.xml"),
        ({"word/document.xml": _BODY, "word/styles.xml": _STYLES}, ("word/styles.xml",), "word/styles.xml"),
        ({"word/document.xml": _BODY, "word/styles.xml": _STYLES}, ("word/document.xml", "word/styles.xml"), "word/"),
    ],
)
def test_an_encrypted_docx_member_is_named_in_plain_words(
    tmp_path: Path, members: dict[str, str], encrypted: tuple[str, ...], named: str
) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(_docx(members, encrypted=encrypted))
    result = cli("parse", str(path))
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "is encrypted (a password-protected document)" in line and named in line
    assert "ZipInfo" not in line and "filemode" not in line


@pytest.mark.parametrize("tail", [b"\x00" * 600, b"\xfe\xff" + b"\x00" * 510, b"EncryptedPackage" * 40])
def test_an_ole_compound_file_named_docx_is_said_to_be_one(tmp_path: Path, tail: bytes) -> None:
    """What Word saves for a password-protected .docx, or a .doc renamed: an OLE compound file, not a zip."""
    path = tmp_path / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + tail)
    for args in (("parse",), ("check", "--no-config", "-f", "json")):
        result = cli(*args, str(path))
        assert result.returncode == 2
        assert "OLE compound file: a password-protected document or a Word 97-2003 .doc" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("check", "-f", "markdown", "{a}"), "'markdown' is not one of"),  # the named case
        (("check", "--fail-on", "bogus", "{a}"), "'bogus' is not one of"),
        (("check", "--jobs", "-1", "{a}"), "-1 is not in the range"),
        (("diff", "--granularity", "line", "{a}", "{a}"), "'line' is not one of"),
        (("diff", "--context", "-5", "{a}", "{a}"), "is not in the range"),
        (("diff", "{a}"), "Missing argument 'NEW'"),
        (("diff", "{a}", "{a}", "{a}"), "unexpected extra argument"),
        (("parse", "--no-such-option", "{a}"), "No such option: --no-such-option"),
        (("compare", "-f", "xml", "{d}"), "'xml' is not one of"),
        (("compare", "--jobs", "x", "{d}"), "'x' is not a valid int"),
        (("explain",), "Missing argument"),
        (("check",), "Missing argument"),
    ],
)
def test_a_usage_error_is_one_line(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    policy = tmp_path / "policy.md"
    policy.write_text("# 隱私權政策\n\n我們蒐集您的姓名。\n", encoding="utf-8")
    result = cli(*(a.format(a=policy, d=tmp_path) for a in args))
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("policylens: error: ") and words in line
    assert f"{args[0]} --help`)" in line and "╭" not in line


def test_help_and_version_are_unchanged() -> None:
    bare = cli()
    assert bare.returncode == 2 and "Usage:" in bare.stdout + bare.stderr and "policylens: error" not in bare.stderr
    for args in (("--help",), ("check", "--help"), ("diff", "-h")):
        result = cli(*args)
        assert result.returncode == 0 and "Usage:" in result.stdout and result.stderr == ""
    version = cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("policylens ")


def test_a_bare_reference_in_a_markdown_html_block_leaves_the_block(tmp_path: Path) -> None:
    """Markdown's HTML blocks go through the same reader: the block's end tags were text too."""
    page = "<div>a &#x; b &#-1; c</div><p>d</p>\n\n# 標題\n\n<p>x &#; <i>y</i></p>\n"
    texts = [text for _, _, text in _paragraphs(tmp_path, page, "page.md")]
    assert "a &#x; b &#-1; c" in texts and "d" in texts and "x &#; y" in texts
    assert not any("</" in text for text in texts)


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--no-config", "--baseline", "", "{a}"),  # the named case: it blamed `.`, "is a directory"
        ("check", "--no-config", "--write-baseline", "", "{a}"),
        ("check", "--config", "", "{a}"),
        ("check", "--config=", "{a}"),
        ("compare", "--config", "", "{d}"),
        ("profiles", "--config", ""),
    ],
)
def test_an_empty_path_option_names_no_file(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`--baseline "$BASELINE"` with the variable unset: the empty path was the current folder (「.: is a directory」)."""
    policy = tmp_path / "policy.md"
    policy.write_text("# 隱私權政策\n\n我們蒐集您的姓名。\n", encoding="utf-8")
    result = cli(*(a.format(a=policy, d=tmp_path) for a in args), cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "an empty value names no file" in line and "'.'" not in line and ".:" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.md"]  # nothing written


@pytest.mark.parametrize("command", ["check", "compare", "profiles"])
@pytest.mark.parametrize(
    ("make", "words"),
    [
        ("folder", "is a directory, not a configuration file"),
        ("device", "not a regular file"),
        ("broken", "cannot read configuration"),
        ("missing", "configuration file not found"),
    ],
)
def test_a_config_option_that_is_not_a_file_says_what_it_is(tmp_path: Path, command: str, make: str, words: str) -> None:
    """`--config /dev/null` or a folder was 「configuration file not found」 for a path that is there."""
    policy = tmp_path / "policy.md"
    policy.write_text("# 隱私權政策\n\n我們蒐集您的姓名。\n", encoding="utf-8")
    target = {"folder": tmp_path / "conf.d", "device": Path("/dev/null"), "broken": tmp_path / "link.toml"}.get(
        make, tmp_path / "nowhere.toml"
    )
    if make == "folder":
        target.mkdir()
    elif make == "broken":
        target.symlink_to(tmp_path / "gone.toml")
    rest = {"check": [str(policy)], "compare": [str(tmp_path)], "profiles": []}[command]
    result = cli(command, "--config", str(target), *rest)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert words in line and str(target) in line
