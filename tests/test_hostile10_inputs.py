"""Hostile input, round 10: options, user patterns, reports and DOCX parts written to break things.

- `compare --executor dask --scheduler ADDRESS`: Dask's own address parsing turned a mistyped
  address into an internal error (`nonsense`: a ValueError; `tls://h:1`: a TypeError about an
  SSL context; `ucx://`, `inproc://`) and a port out of range into a 20-second timeout.  The
  address is checked before any file is read: one line naming the option.
- A user profile whose `[patterns]` names nest and repeat (`f0 = "{f1}{f1}…"`, `f1 = "{f2}{f2}…"`):
  each round of insertion multiplied the pattern, 30 names five deep took 2 GB and minutes.
  Now one line naming the key, measured before the names are inserted; any user pattern
  (profile or `placeholder-patterns`) is at most `config.USER_PATTERN_MAX` characters.
- A `placeholder-patterns` alternation of 20,000 literal words took 33 s to probe: the probe
  compared every option with every other (`regexguard._prefix_chain` now walks a trie).
- `diff --format html` wrote bidi overrides, ESC and NUL raw (U+202E reversed the rest of a
  redline line in the browser: the reviewer read another text); `compare --format html` showed
  them.  Both show them now, and the diff report carries the compare report's
  Content-Security-Policy.
- A folder or file name that is not UTF-8 (`p\\xe9`): `compare` CSV, Markdown, HTML and rich
  reports were invalid UTF-8 (the byte written raw), as was the file name in `diff --format html`.
- A `pyproject.toml` that is a looping or broken link, a folder or a FIFO was passed over, so the
  configuration above it (or none) applied without a word; a `policylens.toml` was already refused.
- A DOCX numbering level whose `w:lvlText` is 20,000 `%1`: each numbered paragraph carried a
  20,000-character label (300 paragraphs of a 40 KB file became 6 MB of text, 7 s).
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from rich.cells import cell_len

from helpers import cli, parse_path
from timings import recorded, timed

POLICY = "# 隱私權政策\n\n## 一、聯絡我們\n\n我們收集您的姓名。請聯絡本公司。\n"


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("policylens: error: "), stderr
    assert "internal error" not in stderr
    return lines[0]


def _product(root: Path, name: str = "prod") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "zh-Hant.2024-01-01.md").write_text(POLICY, encoding="utf-8")
    simplified = POLICY.replace("們", "们").replace("聯絡", "联络")
    (folder / "zh-Hans.2024-01-01.md").write_text(simplified + "\n我们会保存您的资料三十天。\n", encoding="utf-8")
    return folder


# --- the Dask scheduler address ------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "says"),
    [
        ("nonsense", "not a scheduler address"),
        ("tcp://", "not a scheduler address"),
        (" ", "not a scheduler address"),
        ("tcp://[::1", "not a scheduler address"),
        ("inproc://x", "not a scheduler address"),
        ("foo://bar:1", "unknown protocol foo://"),
        ("ucx://127.0.0.1:1", "unknown protocol ucx://"),
        ("tls://127.0.0.1:8786", "TLS certificates"),
        ("wss://127.0.0.1:8786", "TLS certificates"),
        ("tcp://127.0.0.1:99999", "port 99999"),
        ("127.0.0.1:0", "port 0"),
    ],
)
def test_a_bad_scheduler_address_is_one_line_before_any_file_is_read(tmp_path: Path, address: str, says: str) -> None:
    _product(tmp_path)
    with timed(f"compare --scheduler {address!r}: refused before any connection", 10.0):  # no 20-second attempt
        done = cli("compare", str(tmp_path), "--executor", "dask", "--scheduler", address, "--format", "json")
    assert done.returncode == 2 and done.stdout == ""
    line = _one_line(done.stderr)
    assert "--scheduler" in line and says in line


@pytest.mark.parametrize(
    "address", ["local", " local ", "tcp://scheduler-host:8786", "host:8786", "ws://10.0.0.1:8786", "tcp://[::1]:8786"]
)
def test_good_scheduler_addresses_pass_the_check(address: str) -> None:
    from policylens.executor import scheduler_address

    assert scheduler_address(address) == address.strip()


# --- user patterns: name bombs, size, literal alternations --------------------------------


def _profile_project(root: Path, patterns: dict[str, str], cover: str) -> Path:
    (root / "pp").mkdir()
    lines = ['schema = "policylens.profile/1"', 'id = "house"', 'title = "t"', 'law = "l"', "[patterns]"]
    lines += [f"{name} = {json.dumps(value)}" for name, value in patterns.items()]
    lines += [
        "[[item]]",
        'id = "a"',
        'name = "n"',
        'reference = "r"',
        'hint = "h"',
        'rule = "r"',
        "[[item.cover]]",
        f"all = [{json.dumps(cover)}]",
    ]
    (root / "pp" / "house.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "policylens.toml").write_text('profile-paths = ["pp"]\n', encoding="utf-8")
    (root / "p.md").write_text(POLICY, encoding="utf-8")
    return root / "p.md"


def test_pattern_names_that_multiply_are_one_line_not_a_memory_bomb(tmp_path: Path) -> None:
    patterns = {f"f{i}": f"{{f{i + 1}}}" * 30 for i in range(5)} | {"f5": "資料"}
    policy = _profile_project(tmp_path, patterns, "{f0}")
    with timed("check --profile: pattern names that multiply", 5.0):
        done = cli("check", str(policy), "--profile", "house", "--format", "json")
    assert done.returncode == 2 and done.stdout == ""
    line = _one_line(done.stderr)
    assert "house.toml" in line and "item.a.cover[0].all" in line and "pattern names are inserted" in line


def test_pattern_names_that_nest_within_the_limit_still_work(tmp_path: Path) -> None:
    # the look-alike: names used several times, a few levels deep, well under the limit
    patterns = {"who": "{we}|{co}", "we": "我們|本公司", "co": "[\\w]{2,10}公司", "act": "收集|{who}蒐集"}
    policy = _profile_project(tmp_path, patterns, "(?:{who})[^。]{0,10}(?:{act})")
    done = cli("check", str(policy), "--profile", "house", "--select", "disclosure-missing", "--format", "json")
    assert done.returncode == 0, done.stderr
    coverage = json.loads(done.stdout)["files"][0]["coverage"]
    assert "covered" in json.dumps(coverage, ensure_ascii=False)


def test_a_user_pattern_longer_than_the_limit_is_one_line(tmp_path: Path) -> None:
    from policylens.config import USER_PATTERN_MAX

    words = "|".join(f"詞{i}" for i in range(USER_PATTERN_MAX // 4))
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text(f"placeholder-patterns = [{json.dumps(words)}]\n", encoding="utf-8")
    done = cli("check", str(tmp_path / "p.md"), "--format", "json")
    assert done.returncode == 2
    line = _one_line(done.stderr)
    assert "placeholder-patterns" in line and f"{USER_PATTERN_MAX:,}" in line


def test_a_long_literal_alternation_is_probed_in_linear_time(tmp_path: Path) -> None:
    # 12,000 words only for the benchmark (timings.recorded()): the pairwise probe (1eb5dc0e) showed only as time
    n = 12_000 if recorded() else 1_200
    words = "|".join(f"詞{i}" for i in range(n))  # under the length limit
    (tmp_path / "p.md").write_text(POLICY + f"\n詞{n - 1} 在此。\n", encoding="utf-8")
    (tmp_path / "policylens.toml").write_text(f"placeholder-patterns = [{json.dumps(words)}]\n", encoding="utf-8")
    with timed("check: a configured alternation of 12,000 words", 8.0):  # the pairwise probe alone took about 12 s
        done = cli("check", str(tmp_path / "p.md"), "--format", "json", "--select", "placeholder-instruction")
    assert done.returncode == 1, done.stderr
    assert any(f["excerpt"].startswith("詞1") for f in json.loads(done.stdout)["files"][0]["findings"])


def test_prefix_chain_counts_what_the_pairwise_count_did() -> None:
    import random

    from policylens.regexguard import _prefix_chain

    rng = random.Random(10)
    for _ in range(500):
        words = ["".join(rng.choice("ab") for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 8))]
        assert _prefix_chain(words) == max(sum(1 for v in words if w.startswith(v)) for w in words), words


# --- what the reports show --------------------------------------------------------------------

HOSTILE = "\u202eevil\u202c \x1b[31mred \x07bel\x85"


def test_diff_html_shows_control_characters_and_forbids_scripts(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        f"# 隱私權政策\n\n## 一、收集\n\n我們收集您的資料。{HOSTILE}</script><script>alert(1)</script>\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text("# 隱私權政策\n\n## 一、收集\n\n我們收集您的資料與電郵。\n", encoding="utf-8")
    done = cli("diff", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--format", "html")
    assert done.returncode == 1, done.stderr
    page = done.stdout
    for raw in ("\u202e", "\u202c", "\x1b", "\x07", "\x85"):
        assert raw not in page
    # inside a deleted span the bidi controls are named (u57d, render/invisible.py); elsewhere `<U+202E>` as before
    assert "⟨RLO⟩evil⟨PDF⟩" in page and "\u241b[31m" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="file names that are not UTF-8")
def test_diff_html_with_a_name_that_is_not_utf8_is_utf8(tmp_path: Path) -> None:
    old = os.fsdecode(bytes(tmp_path) + b"/bad\xe9.md")
    Path(old).write_text(POLICY, encoding="utf-8")
    (tmp_path / "b.md").write_text(POLICY + "\n新增一段。\n", encoding="utf-8")
    out = tmp_path / "r.html"
    done = cli("diff", old, str(tmp_path / "b.md"), "--format", "html", "-o", str(out))
    assert done.returncode == 1, done.stderr
    page = out.read_bytes().decode("utf-8")  # strict: the byte is not written raw
    assert "bad\\xe9.md" in page


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="file names that are not UTF-8")
@pytest.mark.parametrize("fmt", ["csv", "markdown", "html", "rich", "json"])
def test_compare_reports_of_a_product_named_in_bytes_are_utf8(tmp_path: Path, fmt: str) -> None:
    name = os.fsdecode(b"p\xe9\x1b[31m")
    _product(tmp_path / "in", name)
    out = tmp_path / f"r.{fmt}"
    done = cli("compare", str(tmp_path / "in"), "--format", fmt, "-o", str(out))
    assert done.returncode in (0, 1), done.stderr
    report = out.read_bytes().decode("utf-8")  # strict
    assert "\x1b" not in report
    if fmt != "json":
        assert "\\xe9" in report


# --- configuration discovery ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["loop", "broken", "folder"])
def test_a_pyproject_that_is_not_a_file_is_one_line(tmp_path: Path, kind: str) -> None:
    (tmp_path / "policylens.toml").write_text('fail-on = "never"\n', encoding="utf-8")  # what would apply silently
    inner = tmp_path / "docs"
    inner.mkdir()
    (inner / "p.md").write_text(POLICY + "\n【】\n", encoding="utf-8")
    pyproject = inner / "pyproject.toml"
    if kind == "loop":
        pyproject.symlink_to("pyproject.toml")
    elif kind == "broken":
        pyproject.symlink_to("missing.toml")
    else:
        pyproject.mkdir()
    done = cli("check", str(inner / "p.md"), "--format", "json")
    assert done.returncode == 2 and done.stdout == ""
    line = _one_line(done.stderr)
    assert "pyproject.toml" in line and "cannot read configuration" in line


def test_a_pyproject_without_a_tool_table_is_still_passed_over(tmp_path: Path) -> None:
    (tmp_path / "policylens.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    inner = tmp_path / "docs"
    inner.mkdir()
    (inner / "p.md").write_text(POLICY + "\n【】\n", encoding="utf-8")
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    done = cli("check", str(inner / "p.md"), "--format", "json")
    assert done.returncode == 0, done.stderr  # the policylens.toml above applies (fail-on never)


# --- DOCX numbering ---------------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbered_docx(path: Path, level_text: str, paragraphs: int) -> Path:
    numbering = (
        f'<?xml version="1.0"?><w:numbering {_W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{level_text}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    body = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>項目{i}</w:t></w:r></w:p>'
        for i in range(paragraphs)
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {_W}><w:body>{body}</w:body></w:document>')
        archive.writestr("word/numbering.xml", numbering)
    return path


def test_a_docx_level_text_of_thousands_of_counters_is_not_drawn(tmp_path: Path) -> None:
    with timed("docx: a level text of 20,000 counters", 3.0):
        doc = parse_path(_numbered_docx(tmp_path / "n.docx", "%1" * 20_000, 300))
    texts = [p.text for s in doc.sections for p in s.paragraphs] + [s.title or "" for s in doc.sections]
    assert sum(map(len, texts)) < 20_000
    assert any("項目299" in t for t in texts)  # the text itself is kept


def test_a_docx_level_text_of_real_length_is_drawn(tmp_path: Path) -> None:
    doc = parse_path(_numbered_docx(tmp_path / "n.docx", "第%1條", 3))
    texts = [p.text for s in doc.sections for p in s.paragraphs] + [s.title or "" for s in doc.sections]
    assert any("第3條" in t for t in texts), texts


# --- the rich excerpt around a finding --------------------------------------------------------


@pytest.mark.parametrize("control", ["\u202e", "\u0085", "\u2066"])
def test_the_rich_caret_is_under_the_finding_after_escaped_controls(tmp_path: Path, control: str) -> None:
    # each control is shown as `<U+XXXX>` (eight characters for one): the window and the caret
    # were placed on the raw offsets, so the excerpt showed other text with the caret under it
    path = tmp_path / "p.md"
    path.write_text(
        "# 隱私權政策\n\n更新日期：2024年1月1日\n\n" + f"資{control}" * 300 + "【】尾" + f"{control}資" * 40 + "【】\n", encoding="utf-8"
    )
    done = cli("check", str(path), "--format", "rich", "--select", "placeholder-empty", env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    carets = [k for k, line in enumerate(lines) if line.strip().startswith("│") and "^" in line]
    assert len(carets) == 2, done.stdout
    for k in carets:
        excerpt, caret = lines[k - 1], lines[k]
        assert control not in excerpt
        assert excerpt.partition("│")[2].find("【】") >= 0, excerpt
        # the caret starts under 【 (both lines measured in cells: the excerpt's CJK are two cells wide)
        shown = excerpt[excerpt.index("│") :]
        assert cell_len(shown[: shown.index("【】")]) == caret.index("^") - caret.index("│"), (excerpt, caret)
