"""Worst cases (issue #12): hostile inputs that used to hang policylens or blow up its memory.

Run:  .venv/bin/python benchmarks/bench_worst.py [--timeout 120] [--only NAME] [--repeat 3]

Each case writes a crafted file into a temporary folder, runs one policylens command on
it as a separate process, and prints its wall time and CPU time (user + system of that
process; with --repeat N, the minimum of N runs), exit code, peak memory (RSS of that
process) and peak memory per input byte.  Targets: every case under 5 s on this machine;
peak memory at most 50× the input size (plus ~60 MB for the interpreter and libraries,
so the ratio is computed on the memory above a baseline run on an empty file).

Times on a shared 2-core machine are noisy: the CPU time is the steadier figure, and a
case counts as SLOW only when its CPU time is over the target too.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"
TARGET_SECONDS = 5.0
TARGET_RATIO = 50

# Runs policylens in-process and writes its own peak RSS (KB) to the file named in argv[1].
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child would report the
# peak of the benchmark process that built the inputs.
RUNNER = """
import atexit, resource, sys
report = sys.argv.pop(1)
sys.argv[0] = "policylens"
from policylens.cli import main  # the console script's entry point (it sets the collector thresholds)

def peak():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def write_peak():
    with open(report, "w") as fh:
        fh.write(str(peak()))

# The console script ends an ordinary run with `os._exit` after the exit handlers (`policylens.cli._exit_now`): a
# `finally` here would never run and the case would show a peak of 0 MB, so the peak is written by an exit handler.
atexit.register(write_peak)
try:
    main()
finally:
    write_peak()
"""


class Case(NamedTuple):
    """A hostile input: `build(folder)` writes it and returns the command's arguments."""

    name: str
    what: str
    build: Callable[[Path], list[str]]


def _write(folder: Path, name: str, data: str | bytes) -> str:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def _docx(xml: bytes, styles: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", xml)
        if styles:
            archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _bomb(folder: Path) -> list[str]:
    # Written in chunks: a 300 MB string here would raise this process's peak RSS, which a
    # child inherits across exec and would then report as its own.
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive, archive.open("word/document.xml", "w") as member:
        member.write(b"<w:document " + W + b"><w:body><w:p><w:r><w:t>")
        chunk = b"a" * (1024 * 1024)
        for _ in range(300):
            member.write(chunk)
        member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return ["parse", str(path), "--format", "json"]


def _deep_runs(folder: Path) -> list[str]:
    body = b"<w:p>" + b"<w:ins>" * 5000 + b"<w:r><w:t>x</w:t></w:r>" + b"</w:ins>" * 5000 + b"</w:p>"
    xml = b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>"
    return ["parse", _write(folder, "deep.docx", _docx(xml)), "--format", "json"]


def _nested_wrappers(folder: Path) -> list[str]:
    """20,000 nested tables, then paragraphs nested in 20,000 links, deletions, text-box alternatives, placeholder
    controls (each was a walk of a subtree per element: 27, 3, 3, 15 and 16 s; thirtieth round)."""
    n = 20_000
    text = b"<w:r><w:t>\xe6\xb7\xb1\xe5\xb1\xa4\xe3\x80\x82</w:t></w:r>"  # 深層。
    body = b"<w:tbl><w:tr><w:tc>" * n + b"<w:p>" + text + b"</w:p>" + b"</w:tc></w:tr></w:tbl>" * n
    for open_tag, close_tag in (
        (b"<w:hyperlink>", b"</w:hyperlink>"),
        (b"<w:del>", b"</w:del>"),
        (b'<mc:AlternateContent><mc:Choice Requires="wps">', b"</mc:Choice></mc:AlternateContent>"),
        (b"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>", b"</w:sdtContent></w:sdt>"),
    ):
        body += b"<w:p>" + open_tag * n + text + close_tag * n + b"</w:p>"
    mc = b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    xml = b"<w:document " + W + b" " + mc + b"><w:body>" + body + b"</w:body></w:document>"
    return ["parse", _write(folder, "nested.docx", _docx(xml)), "--format", "json"]


def _style_chain(folder: Path) -> list[str]:
    # u41h: each style walked its whole `w:basedOn` chain again (9 s at 8,000 chained styles; 1.2 s now)
    n = 8000
    styles = (
        b"<w:styles "
        + W
        + b'><w:style w:type="paragraph" w:styleId="s0"><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
        + b"".join(b'<w:style w:type="paragraph" w:styleId="s%d"><w:basedOn w:val="s%d"/></w:style>' % (i, i - 1) for i in range(1, n))
        + b"</w:styles>"
    )
    body = b"".join(b'<w:p><w:pPr><w:pStyle w:val="s%d"/></w:pPr><w:r><w:t>a%d</w:t></w:r></w:p>' % (n - 1 - i % 7, i) for i in range(n))
    return ["check", _write(folder, "chain.docx", _docx(b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>", styles))]


def _numbering_levels(folder: Path) -> list[str]:
    # u41h: one list of 4,000 levels used by 4,000 `w:num`s (48 KB): 611 MB, every level copied per `w:num`
    n = 4000
    levels = b"".join(b'<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:lvlText w:val="%%1."/></w:lvl>' % i for i in range(n))
    nums = b"".join(b'<w:num w:numId="%d"><w:abstractNumId w:val="0"/></w:num>' % (i + 1) for i in range(n))
    numbering = b"<w:numbering " + W + b'><w:abstractNum w:abstractNumId="0">' + levels + b"</w:abstractNum>" + nums + b"</w:numbering>"
    body = b"".join(
        b'<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr><w:r><w:t>a%d</w:t></w:r></w:p>' % (i, i + 1, i)
        for i in range(n)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>")
        archive.writestr("word/numbering.xml", numbering)
    return ["check", _write(folder, "levels.docx", buffer.getvalue())]


def _two_docs(folder: Path) -> list[str]:
    rng = random.Random(12)
    words = ["我們", "收集", "您的", "個人資料", "用於", "提供服務", "第三方", "分享", "保存", "期限"]
    old, new = [], []
    for i in range(10_000):
        para = f"{i}. " + "".join(rng.choice(words) for _ in range(30)) + "。"
        old.append(para)
        new.append(para.replace("我們", "本公司", 1) if i % 2 else para)
    return ["diff", _write(folder, "old.txt", "\n\n".join(old)), _write(folder, "new.txt", "\n\n".join(new)), "--format", "json"]


def _rewritten_outline(folder: Path) -> list[str]:
    """Two outlines of 6,000 `## title` sections, every title and body different (all removed and added)."""
    rng = random.Random(52)
    chars = [chr(0x4E00 + k) for k in range(400)]

    def outline() -> str:
        return "\n\n".join(f"## {''.join(rng.choices(chars, k=30))}{i}\n\n{''.join(rng.choices(chars, k=30))}。" for i in range(6000))

    return ["diff", _write(folder, "old.md", outline()), _write(folder, "new.md", outline()), "--format", "json"]


def _distinct_xxx() -> str:
    """62,500 lines of 16 bytes, `請..XXX。` with two of 250 CJK characters: no two lines equal."""
    chars = [chr(0x4E00 + i) for i in range(250)]
    return "".join(f"請{a}{b}XXX。\n" for a in chars for b in chars)


def _distinct_headings() -> str:
    """62,500 paragraphs of 16 bytes, `【..】ab`, each taken as a heading and no two equal."""
    chars = [chr(0x4E00 + i) for i in range(250)]
    return "".join(f"【{a}{b}】ab\n\n" for a in chars for b in chars)


def _distinct_md_headings() -> str:
    """62,500 `## 標題..` headings, no two equal, each followed by a blank line."""
    return "".join(f"## 標題{chr(0x4E00 + i % 250)}{chr(0x4E00 + i // 250)}\n\n" for i in range(62_500))


def _pairs(n: int) -> list[str]:
    """`n` distinct two-character CJK tags (two of 250 characters), so no two lines are equal."""
    return [chr(0x4E00 + i % 250) + chr(0x4E00 + i // 250) for i in range(n)]


def _md_ordered_list() -> str:
    """One tight ordered list of 45,000 `N. 請..XXX。` items, no blank line, no two equal."""
    return "# 政策\n\n" + "".join(f"{i}. 請{t}XXX。\n" for i, t in enumerate(_pairs(45_000), 1))


def _md_nested_lists() -> str:
    """20,000 three-level tight lists (`- 甲` / `  1. 乙` / `    - 丙`), separated by nothing."""
    return "# 政策\n\n" + "".join(f"- 收集{t}\n  1. 使用{t}\n    - 分享{t}\n" for t in _pairs(20_000))


def _md_deep_quotes() -> str:
    """10,500 paragraphs, each inside 40 nested `>` block quotes."""
    return "".join("> " * 40 + f"收集{t}。\n\n" for t in _pairs(10_500))


def _md_short_paragraphs() -> str:
    """62,000 Markdown paragraphs of five CJK characters (17 bytes with the blank line), no two equal."""
    return "".join(f"收集{t}。\n\n" for t in _pairs(62_000))


def _md_tiny_cells() -> str:
    """A GFM table of 60,000 rows of eight one-character cells (480,000 cells) under named columns."""
    return "# 政策\n\n|名稱|資料|目的|用途|公司|類型|欄位|SDK|\n|-|-|-|-|-|-|-|-|\n" + "|1|2|3|4|5|6|7|8|\n" * 60_000


def _html_headings() -> str:
    """50,000 distinct `<h2>` headings, each followed by a one-sentence paragraph."""
    body = "".join(f"<h2>標題{t}</h2>\n" for t in _pairs(50_000))
    return f"<!DOCTYPE html>\n<html><head><title>政策</title></head><body>\n{body}</body></html>\n"


def _txt_numbered_titles() -> str:
    """55,000 numbered title lines `N. 資料..` with a blank line between them, no two equal."""
    return "".join(f"{i}. 資料{t}\n\n" for i, t in enumerate(_pairs(55_000), 1))


def _three_editions(n: int, shifted: bool = False) -> Callable[[Path], list[str]]:
    """`compare` of a product in three editions (zh-Hans, zh-Hant, en) of `n` short numbered sections each, every
    section's values differing between editions: the English edition is aligned with the Chinese base section by
    section (u40h: 152 s of CPU and 1 GB at 2,000 sections, every pair of sections scored).  `shifted`: the English
    edition has one section more, first, so the outlines differ and are aligned by the dynamic programme."""

    def build(folder: Path) -> list[str]:
        product = folder / f"three-{n}{'-shifted' if shifted else ''}" / "prod"
        product.mkdir(parents=True, exist_ok=True)
        hans = "".join(
            f"## 第{i}条\n\n我们将数据保存{i % 30 + 1}年，联系邮箱 a{i}@x.com，网址 https://x.com/{i}，电话 010-{i:08d}，"
            f"2024年{i % 12 + 1}月{i % 28 + 1}日起生效。\n\n"
            for i in range(n)
        )
        hant = "".join(
            f"## 第{i}條\n\n我們將資料保存{(i + 1) % 30 + 1}年，聯絡信箱 b{i}@x.com，網址 https://x.com/{i + 1}，電話 010-{i + 1:08d}，"
            f"2024年{i % 12 + 1}月{i % 28 + 2}日起生效。\n\n"
            for i in range(n)
        )
        months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November")
        english = "".join(
            f"## Article {i}\n\nWe keep data for {(i + 2) % 30 + 1} years; mail c{i}@x.com, see https://x.com/e{i}, call +1 555 {i:07d}, "
            f"effective {months[(i + 2) % 11]} {i % 28 + 1}, 2024.\n\n"
            for i in range(n)
        )
        _write(product, "zh-Hans.2024-01-01.md", "# 隐私政策\n\n更新日期：2024年1月1日\n\n" + hans)
        _write(product, "zh-Hant.2024-01-01.md", "# 隱私政策\n\n更新日期：2024年1月1日\n\n" + hant)
        intro = "## Introduction\n\nThis policy explains what we collect.\n\n" if shifted else ""
        _write(product, "en.2024-01-01.md", "# Privacy Policy\n\nUpdated: January 1, 2024\n\n" + intro + english)
        return ["compare", str(product), "--format", "json"]

    return build


def _md_line(name: str, what: str, line: str) -> Case:
    """`check --format json` on a Markdown policy whose one paragraph is `line`."""
    return Case(
        name, f"check --format json on {what}", lambda f: ["check", _write(f, f"{name}.md", f"# 隐私政策\n\n{line}\n"), "--format", "json"]
    )


# A Flutter screen's head for the Dart cases: one section built by a helper that shows its two arguments
_FLUTTER_SCREEN = (
    "class P extends StatelessWidget {\n  Widget build(BuildContext c) {\n    return ListView(children: [\n"
    "      _buildSection('一、总则', '我们收集您的信息。'),\n    ]);\n  }\n"
    "  Widget _buildSection(String title, String content) {\n    return Column(children: [Text(title), Text(content)]);\n  }\n"
)


CASES = [
    Case(
        "cut-80k",
        "load/text.py _CUT: one 80 KB line of spaces after 。",
        lambda f: ["parse", _write(f, "cut.txt", "。" + " " * 80_000 + "x")],
    ),
    Case(
        "atx-80k",
        "Markdown ATX heading with 80 KB of trailing spaces",
        lambda f: ["parse", _write(f, "atx.md", "# a" + " " * 80_000 + "b\n")],
    ),
    Case(
        "front-matter-80k",
        "front matter value followed by 80 KB of spaces",
        lambda f: ["parse", _write(f, "fm.md", "---\ntitle: a" + " " * 80_000 + "!\n---\n正文。\n")],
    ),
    Case(
        "bracket-240k",
        "bracket-unbalanced: 240 KB of unmatched ）",
        lambda f: ["check", _write(f, "br.txt", "（" * 40_000 + "」" * 40_000)],
    ),
    Case(
        "bracket-labels-240k", "bracket-unbalanced: 240 KB of `a)`", lambda f: ["check", _write(f, "lbl.txt", " " * 40_000 + ")" * 40_000)]
    ),
    Case(
        "check-json-2mb",
        "check --format json on 2 MB of lines full of findings",
        lambda f: ["check", _write(f, "many.txt", ("請參閱【】" * 40 + "\n") * 5_000), "--format", "json"],
    ),
    Case(
        "rich-long-line",
        "rich renderer: 20,000 findings on one long line",
        lambda f: ["check", _write(f, "long.txt", "請參閱【】" * 20_000), "--format", "rich"],
    ),
    Case("email-80k", "e-mail regex on 80k characters without @", lambda f: ["parse", _write(f, "mail.txt", "a" * 80_000 + "@")]),
    Case("email-domain-80k", "e-mail regex on a@ + 80k of A.", lambda f: ["check", _write(f, "dom.txt", "a@" + "A." * 40_000)]),
    Case("latin-company", "Latin company-name regex on A&A&A… (80 KB)", lambda f: ["parse", _write(f, "co.txt", "A&" * 40_000)]),
    Case(
        "md-comments",
        "Markdown: 20,000 unclosed inline comments on one line",
        lambda f: ["parse", _write(f, "c.md", "x " + "<!--" * 20_000)],
    ),
    Case("jsp-directives", "<% directives never closed (200 KB)", lambda f: ["parse", _write(f, "d.jsp", "<p>a</p>" + "<%" * 100_000)]),
    Case(
        "html-text-append",
        "HTML: one block of 200,000 text runs",
        lambda f: ["parse", _write(f, "runs.html", "<p>" + "字<b>字</b>" * 100_000 + "</p>")],
    ),
    Case(
        "html-entities-4mb",
        "4 MB HTML full of entities",
        lambda f: ["parse", _write(f, "ent.html", "<p>" + "&amp;&#x4e00;" * 300_000 + "</p>")],
    ),
    Case(
        "a-newline-20mb",
        "memory: 20 MB of `a\\n` (10 M one-letter lines)",
        lambda f: ["parse", _write(f, "a.txt", "a\n" * 10_000_000)],
    ),
    Case(
        "short-lines-4mb",
        "memory: 4 MB of 8-byte lines, the densest accepted (500,000 lines)",
        lambda f: ["check", _write(f, "s.txt", "abcdefg\n" * 500_000), "--format", "json"],
    ),
    Case(
        "findings-flood-11mb",
        "check --format json on 600,000 lines of 【】【】【】 (1.8 M findings, capped at 100,000)",
        lambda f: ["check", _write(f, "flood.txt", "【】【】【】\n" * 600_000), "--format", "json"],
    ),
    # The same class at 1 MB, where the 100,000-findings cap does not hide the cost per finding.
    Case(
        "findings-dense-1mb",
        "check --format json on 1 MB of `【】` lines (157,000 slots, capped at 100,000)",
        lambda f: ["check", _write(f, "dense.txt", "【】【】【】\n" * 52_600), "--format", "json"],
    ),
    Case(
        "findings-boxes-1mb",
        "check --format json on 1 MB of `[ ] [ ] [ ]` lines (250,000 ASCII slots)",
        lambda f: ["check", _write(f, "boxes.txt", "[ ] [ ] [ ]\n" * 83_400), "--format", "json"],
    ),
    Case(
        "findings-xxx-1mb",
        "check --format json on 1 MB of `請填寫XXX。` lines: a finding and a paragraph per 16 bytes",
        lambda f: ["check", _write(f, "xxx.txt", "請填寫XXX。\n" * 62_500), "--format", "json"],
    ),
    # Files of many tiny paragraphs (16 bytes each, the densest accepted): the cost per paragraph, with and without findings.
    Case(
        "paragraphs-1mb",
        "check --format json on 1 MB of 16-byte sentence paragraphs `收集email。` (62,500, no finding)",
        lambda f: ["check", _write(f, "para.txt", "收集email。\n\n" * 62_500), "--format", "json"],
    ),
    Case(
        "findings-xxx-crlf-1mb",
        "check --format json on 1 MB of `請填寫XXX。` CRLF lines",
        lambda f: ["check", _write(f, "crlf.txt", "請填寫XXX。\r\n" * 58_823), "--format", "json"],
    ),
    Case(
        "findings-xxx-distinct-1mb",
        "check --format json on 1 MB of `請填寫XXX。` lines, each line different (no text shared)",
        lambda f: ["check", _write(f, "distinct.txt", _distinct_xxx()), "--format", "json"],
    ),
    Case(
        "headings-1mb",
        "check --format json on 1 MB of `【】【】ab` paragraphs (62,500, every one a heading)",
        lambda f: ["check", _write(f, "heads.txt", "【】【】ab\n\n" * 62_500), "--format", "json"],
    ),
    Case(
        "headings-distinct-1mb",
        "check --format json on 1 MB of `【..】ab` paragraphs, every one a heading, no two equal",
        lambda f: ["check", _write(f, "dheads.txt", _distinct_headings()), "--format", "json"],
    ),
    # parse --format json on the same files: the whole document's JSON (issue #12 §2).
    Case(
        "parse-json-xxx-1mb",
        "parse --format json on 1 MB of `請填寫XXX。` lines",
        lambda f: ["parse", _write(f, "pxxx.txt", "請填寫XXX。\n" * 62_500), "--format", "json"],
    ),
    Case(
        "parse-json-distinct-1mb",
        "parse --format json on 1 MB of `請填寫XXX。` lines, each line different",
        lambda f: ["parse", _write(f, "pdistinct.txt", _distinct_xxx()), "--format", "json"],
    ),
    Case(
        "parse-json-headings-1mb",
        "parse --format json on 1 MB of `【..】ab` paragraphs, every one a heading, no two equal",
        lambda f: ["parse", _write(f, "pheads.txt", _distinct_headings()), "--format", "json"],
    ),
    Case(
        "findings-one-line-1mb",
        "check --format json on one 1 MB line of `【】` (one paragraph, 166,000 slots)",
        lambda f: ["check", _write(f, "line.txt", "【】" * 166_000), "--format", "json"],
    ),
    Case(
        "seed-x160-4mb",
        "memory: the seed policy 160 times (4.2 MB)",
        lambda f: ["check", _write(f, "big.txt", SEED.read_text(encoding="utf-8") * 160), "--format", "json"],
    ),
    # Markdown (issue #12 review): markdown-it's tokens for the whole file lived at once (82-210x the input).
    Case(
        "md-list-1mb",
        "check --format json on 1 MB of one tight Markdown list `- 請填寫XXX。`",
        lambda f: ["check", _write(f, "list.md", "# 政策\n\n" + "- 請填寫XXX。\n" * 62_500), "--format", "json"],
    ),
    Case(
        "md-headings-1mb",
        "check --format json on 1 MB of `## 標題..` headings, no two equal",
        lambda f: ["check", _write(f, "heads.md", _distinct_md_headings()), "--format", "json"],
    ),
    Case(
        "md-paragraphs-1mb",
        "check --format json on 1 MB of Markdown paragraphs `收集email資料。`",
        lambda f: ["check", _write(f, "para.md", "# 政策\n\n" + "收集email資料。\n\n" * 52_000), "--format", "json"],
    ),
    Case(
        "md-table-4mb",
        "check --format json on a 4.9 MB GFM table of 170,000 rows",
        lambda f: [
            "check",
            _write(f, "table.md", "# 政策\n\n| 項目 | 說明 |\n|---|---|\n" + "| 甲乙丙 | 收集資料 |\n" * 170_000),
            "--format",
            "json",
        ],
    ),
    Case(
        "md-ordered-list-1mb",
        "check --format json on one tight ordered Markdown list of 45,000 distinct `N. 請..XXX。` items",
        lambda f: ["check", _write(f, "olist.md", _md_ordered_list()), "--format", "json"],
    ),
    Case(
        "md-nested-lists-1mb",
        "check --format json on 20,000 tight three-level Markdown lists (60,000 items, no blank line)",
        lambda f: ["check", _write(f, "nested.md", _md_nested_lists()), "--format", "json"],
    ),
    Case(
        "md-deep-quotes-1mb",
        "check --format json on 10,500 paragraphs each nested in 40 `>` block quotes",
        lambda f: ["check", _write(f, "quotes.md", _md_deep_quotes()), "--format", "json"],
    ),
    Case(
        "md-short-paras-1mb",
        "check --format json on 62,000 Markdown paragraphs of five CJK characters, no two equal",
        lambda f: ["check", _write(f, "short.md", _md_short_paragraphs()), "--format", "json"],
    ),
    Case(
        "md-tiny-cells-1mb",
        "check --format json on a GFM table of 60,000 rows of eight one-character cells",
        lambda f: ["check", _write(f, "cells.md", _md_tiny_cells()), "--format", "json"],
    ),
    Case(
        "parse-md-headings-1mb",
        "parse --format json on 1 MB of `## 標題..` headings, no two equal",
        lambda f: ["parse", _write(f, "pheads.md", _distinct_md_headings()), "--format", "json"],
    ),
    Case(
        "html-h2-1mb",
        "check --format json on an HTML page of 50,000 distinct `<h2>` headings",
        lambda f: ["check", _write(f, "heads.html", _html_headings()), "--format", "json"],
    ),
    Case(
        "txt-numbered-1mb",
        "check --format json on 55,000 numbered title lines `N. 資料..` (each a heading), no two equal",
        lambda f: ["check", _write(f, "numbered.txt", _txt_numbered_titles()), "--format", "json"],
    ),
    Case(
        "md-nested-list",
        "Markdown list nested 400 levels deep, then a heading (read past markdown-it's nesting limit)",
        lambda f: [
            "check",
            _write(f, "deep.md", "".join("  " * i + f"- 项{i}\n" for i in range(400)) + "\n## 二、联系我们\n"),
            "--format",
            "json",
        ],
    ),
    Case("docx-bomb", "DOCX of ~300 KB inflating to 300 MB", _bomb),
    Case(
        "docx-tiny-paragraphs",
        "DOCX of 500,000 one-character paragraphs (18 MB inflated): refused before its XML tree",
        lambda f: [
            "check",
            _write(
                f,
                "tiny.docx",
                _docx(b"<w:document " + W + b"><w:body>" + b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 500_000 + b"</w:body></w:document>"),
            ),
            "--format",
            "json",
        ],
    ),
    Case("docx-deep-nesting", "DOCX paragraph nested 5,000 elements deep", _deep_runs),
    Case("docx-style-chain", "DOCX of 8,000 paragraph styles each based on the one before", _style_chain),
    Case("docx-numbering-levels", "DOCX list of 4,000 levels used by 4,000 w:num (48 KB)", _numbering_levels),
    Case("docx-nested-wrappers", "DOCX: 20,000 nested tables, links, deletions, alternatives, placeholder controls", _nested_wrappers),
    Case(
        "docx-typed-emphasis-line",
        "DOCX paragraph of 「**a 」 repeated, 200 KB (typed-emphasis pairs: a lazy regex from every `**`, 105 s)",
        lambda f: [
            "parse",
            _write(
                f,
                "emphasis.docx",
                _docx(b"<w:document " + W + b"><w:body><w:p><w:r><w:t>" + b"**a " * 50_000 + b"</w:t></w:r></w:p></w:body></w:document>"),
            ),
            "--format",
            "json",
        ],
    ),
    Case("baseline-dev-zero", "check --baseline /dev/zero", lambda f: ["check", str(SEED), "--baseline", "/dev/zero"]),
    Case(
        "markup-anchor",
        "diff: `<a ` then thirty `://` (diff/keys.py _MARKUP, diff developer)",
        lambda f: ["diff", _write(f, "m1.txt", "我們收集資料 <a " + "://" * 30), _write(f, "m2.txt", "我們收集資料 <a " + "://" * 31)],
    ),
    Case("diff-10k-paragraphs", "diff of two 1 MB documents, 10,000 paragraphs, half edited (diff developer)", _two_docs),
    Case(
        "md-dotted-labels-line",
        "check --format json on a 120 KB line of 。1.1） and 。1） repeated (each lone bracket once searched the whole line for its sibling label: 11 s at 200 KB)",
        lambda f: ["check", _write(f, "dotted.md", "# 隐私政策\n\n" + "。1.1）" * 10_000 + "。1）" * 15_000 + "\n"), "--format", "json"],
    ),
    Case(
        "md-release-gate-line",
        "check --format json on a 100 KB line of 是发布门禁 repeated (a release gate note: 126 s and 377 MB of JSON once; one finding)",
        lambda f: ["check", _write(f, "gate.md", "# 隐私政策\n\n" + "是发布门禁" * 20_000 + "\n"), "--format", "json"],
    ),
    _md_line(
        "md-review-comments-line",
        "a 216 KB line of `Comment [JD1]: …` (each finding ran to the line's end: 2.6 GB of JSON, 6.5 GB of memory)",
        "Comment [JD1]: …" * 12_000,
    ),
    _md_line(
        "md-dummy-address-line",
        "a 200 KB line of `>xxx@xxx.com</a>` (each slot tested against every dummy address: 7.7 s)",
        ">xxx@xxx.com</a>" * 12_000,
    ),
    _md_line(
        "md-news-list-line",
        "a 90 KB paragraph of 资讯、 (each 资讯 scanned its clause from the paragraph's start for 短信/推送: 33 s)",
        "资讯、" * 30_000,
    ),
    _md_line(
        "md-drafting-basis-line",
        "a 200 KB line of 我们请根据实际情况填写 (each note searched the rest of the line for its clause's end: 4 s at half the size)",
        "我们请根据实际情况填写" * 20_000,
    ),
    Case(
        "md-configurer-notes-line",
        "check --format json on a 100 KB line of notes to the configurer (本模板，请根据填写 / 发布前请删除本段 / {日期/时间) repeated",
        lambda f: [
            "check",
            _write(
                f,
                "notes.md",
                "# 隐私政策\n\n" + ("本模板，请根据填写" + "发布前请删除本段" + "{日期/时间" + "建议将本页链接加入应用") * 2_800 + "\n",
            ),
            "--format",
            "json",
        ],
    ),
    Case(
        "wxml-open-mustaches-profiles",
        "check -p (five profiles) on a .wxml line of 20,000 「{{ 」 (a title's trailing marks stripped by [\\s\\W]+$: 124 s at 60 KB)",
        lambda f: [
            "check",
            _write(f, "open.wxml", "<view>隐私政策</view>\n<view>" + "{{ " * 20_000 + "</view>\n"),
            *_PROFILES,
            "--format",
            "json",
        ],
    ),
    Case(
        "jsx-branch-chain",
        "check on a React page of one condition with 20,000 Chinese branches (each branch not read is named: a warning a"
        " branch, each counting its line from the file's start, was quadratic)",
        lambda f: [
            "check",
            _write(
                f,
                "chain.jsx",
                "export default function P() {\n  return (\n    <div>\n      <h1>隱私權政策</h1>\n      <p>{"
                + " : ".join(f"c{k} ? '甲{k}'" for k in range(20_000))
                + " : '乙'}</p>\n    </div>\n  );\n}\n",
            ),
        ],
    ),
    Case(
        "html-nested-hidden",
        "check on 100,000 nested hidden elements (`<span hidden><b style=display:none>`, 2.4 MB): each hidden element is"
        " tracked to its end tag",
        lambda f: [
            "check",
            _write(
                f, "hidden.html", "<h1>隱私</h1>" + '<span hidden><b style="display:none">' * 50_000 + "文字。" + "</b></span>" * 50_000
            ),
        ],
    ),
    Case(
        "diff-heading-of-pictographs",
        "diff where a heading gains 6,000 「📈 」 and an x (the trailing pictographs of a title were tried from each"
        " position of the run: 6.9 s of CPU, review u28w; now one try)",
        lambda f: [
            "diff",
            _write(f, "p1.md", "# 隐私政策\n\n## 广告\n\n我们展示广告。\n"),
            _write(f, "p2.md", "# 隐私政策\n\n## 广告" + "📈 " * 6000 + "x\n\n我们展示广告。\n"),
            "--format",
            "json",
        ],
    ),
    Case(
        "md-tight-headings",
        "check on 50,000 `## 標題N` lines with no blank line between them (0.74 MB): one markdown-it parse, 120 MB"
        " (135× the input); a run of ATX headings is now cut into chunks (u29h)",
        lambda f: ["check", _write(f, "tight.md", "".join(f"## 標題{k}\n" for k in range(50_000)))],
    ),
    Case(
        "vue-unclosed-branches",
        "check on a Vue page of 30,000 unclosed `<span v-if>` in one paragraph (each searched the source after it for"
        " its chain of branches, to read the longest: 8.7 s of CPU, u29h; the search is now held to 2 million characters in all)",
        lambda f: [
            "check",
            _write(f, "open.vue", "<template><div><h1>隱私權政策</h1><p>" + '<span v-if="a">字' * 30_000 + "</p></div></template>\n"),
        ],
    ),
    Case(
        "vue-mustache-openers",
        "check on a Vue page whose <p> is 40,000 `{{ a } ` never closed (u46h2: a slot reads braces inside up to the"
        " first `}}`; each try stops at the next `{{`, so the line is read once)",
        lambda f: [
            "check",
            _write(f, "openers.vue", "<template><div><h1>隱私權政策</h1><p>" + "{{ a } " * 40_000 + "</p></div></template>\n"),
        ],
    ),
    Case(
        "md-table-of-dashes-profiles",
        "check -p (five profiles) on a table of 10,000 rows of dashes (each row walked back to its header: 76 s at 20,000 rows, now 8 s: linear, about 0.08 ms a row a profile)",
        lambda f: [
            "check",
            _write(f, "dashes.md", "# 隐私政策\n\n| 目的 | 依据 |\n|---|---|\n" + "| - | -- |\n" * 10_000),
            *_PROFILES,
            "--format",
            "json",
        ],
    ),
    *(
        Case(f"compare-3ed-{n}", f"compare of three editions (zh-Hans, zh-Hant, en) of {n:,} short sections each", _three_editions(n))
        for n in (250, 500, 1_000, 2_000)
    ),
    *(
        Case(
            f"compare-3ed-shifted-{n}",
            f"compare of three editions of {n:,} short sections each, the English one with a section more",
            _three_editions(n, shifted=True),
        )
        for n in (500, 2_000)
    ),
    *(
        Case(
            f"swift-open-calls-{n}",
            f"parse of a SwiftUI view of {n:,} calls never closed before a titled section (u44h: 20 s at 4,000, quadratic)",
            lambda f, n=n: [
                "parse",
                _write(
                    f,
                    "Policy.swift",
                    "import SwiftUI\n" + "Box(x: 1,\n" * n + 'PolicySection(title: "一、总则")\nText("我们收集您的信息。")\n',
                ),
            ],
        )
        for n in (4_000, 16_000)
    ),
    *(
        Case(
            f"dart-constants-{n}",
            f"parse of a Flutter screen passing {n:,} string constants by name to its helper (u44h: 18 s at 2,000, quadratic)",
            lambda f, n=n: [
                "parse",
                _write(
                    f,
                    "privacy_page.dart",
                    "".join(f"const String _c{k} = '我们收集您的第{k}项信息。';\n" for k in range(n))
                    + "class P extends StatelessWidget {\n  Widget build(BuildContext context) {\n    return ListView(children: [\n"
                    + "".join(f"      _buildSection('第{k}条', _c{k}),\n" for k in range(n))
                    + "    ]);\n  }\n  Widget _buildSection(String title, String content) {\n"
                    + "    return Column(children: [Text(title), Text(content)]);\n  }\n}\n",
                ),
            ],
        )
        for n in (2_000, 8_000)
    ),
    Case(
        "dart-open-declarations-4000",
        "parse of a Flutter screen with 4,000 method declarations left open (u44h: 10 s, each searched the rest of the file)",
        lambda f: [
            "parse",
            _write(
                f,
                "privacy_page.dart",
                _FLUTTER_SCREEN + "  Widget _f(String a) {\n    return Text(a);\n" * 4_000,
            ),
        ],
    ),
    Case(
        "dart-nested-shadowing-4000",
        "parse of a Flutter screen with 4,000 declarations nested, each naming `a` and showing it (u45h: 13 s at 2,000, each"
        " `Text(a)` tried once per enclosing declaration)",
        lambda f: [
            "parse",
            _write(
                f,
                "privacy_page.dart",
                _FLUTTER_SCREEN
                + "".join(f"  Widget _f{k}(String a) {{\n    Text(a);\n" for k in range(2_000))
                + "".join(f"  Widget _g{k}(List<String> a) {{\n    a.map((x) => Text(x));\n" for k in range(2_000)),
            ),
        ],
    ),
    Case(
        "kotlin-literals-one-line-40000",
        "parse of a Kotlin source holding 40,000 Chinese literals on one line (u45h: each searched back to the line's start)",
        lambda f: [
            "parse",
            _write(f, "Policy.kt", "val s = listOf(" + ", ".join(f'"第{k}条我们收集您的信息。"' for k in range(40_000)) + ")\n"),
        ],
    ),
    Case(
        "topics-60k-copies",
        "parse --topics of a paragraph of 60,000 「您可以获取副本，」 (u44h: 6.0 s, quadratic: each phrase spliced in by copying the text)",
        lambda f: [
            "parse",
            "--topics",
            "--format",
            "json",
            _write(f, "copies.md", "# 隐私政策\n\n## 您的权利\n\n" + "您可以获取副本，" * 60_000 + "。\n"),
        ],
    ),
    Case(
        "diff-rewritten-outline-6000",
        "diff of two 1.2 MB outlines of 6,000 sections each, every title and body rewritten (u52h: the crowded gap still"
        " walked every old × new pair to keep the same-numbered ones, and each removed section walked back for its"
        " anchor: 8.3 s of CPU, quadratic (14 s at 8,000); 3.5 s now)",
        _rewritten_outline,
    ),
]

_PROFILES = [arg for name in ("cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa") for arg in ("-p", name)]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(case: Case, folder: Path, timeout: float) -> tuple[str, float, float, int, int, int]:
    """(status, seconds, CPU seconds, exit code, peak RSS in KB, input bytes)."""
    args = case.build(folder)
    size = sum(Path(a).stat().st_size for a in args if Path(a).is_file() and a != "/dev/zero")
    report = folder / f"{case.name}.rss"
    cmd = [sys.executable, "-c", RUNNER, str(report), *args]
    start, cpu_start = time.perf_counter(), _children_cpu()
    try:
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return "TIMEOUT", time.perf_counter() - start, _children_cpu() - cpu_start, -1, 0, size
    elapsed, cpu = time.perf_counter() - start, _children_cpu() - cpu_start
    rss = int(report.read_text()) if report.exists() else 0
    status = "ok" if min(elapsed, cpu) < TARGET_SECONDS else "SLOW"
    if done.returncode not in (0, 1, 2) or b"Traceback" in done.stderr or b"internal error" in done.stderr:
        status = "CRASH"
    return status, elapsed, cpu, done.returncode, rss, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a case counts as hung")
    parser.add_argument("--only", action="append", help="run only this case (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="run each case N times and keep the minimum time (default 1)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = run(Case("baseline", "", lambda f: ["parse", _write(f, "empty.txt", "x\n")]), folder, options.timeout)
        base_rss = base[4]
        print(f"{'case':<22} {'status':<8} {'seconds':>8} {'CPU s':>7} {'exit':>4} {'peak MB':>8} {'input MB':>9} {'×input':>7}  what")
        worst = 0.0
        for case in CASES:
            if options.only and case.name not in options.only:
                continue
            runs = [run(case, folder, options.timeout) for _ in range(max(1, options.repeat))]
            status, _, _, code, _, size = runs[-1]
            seconds, cpu = min(r[1] for r in runs), min(r[2] for r in runs)
            rss = max(r[4] for r in runs)
            if status != "CRASH" and any(r[0] == "TIMEOUT" for r in runs):
                status = "TIMEOUT"
            elif status in ("ok", "SLOW"):
                status = "ok" if min(seconds, cpu) < TARGET_SECONDS else "SLOW"
            ratio = (rss - base_rss) * 1024 / size if size else 0.0
            if status == "ok" and size >= 1_000_000 and ratio > TARGET_RATIO:
                status = "MEMORY"
            worst = max(worst, min(seconds, cpu))
            print(
                f"{case.name:<22} {status:<8} {seconds:8.2f} {cpu:7.2f} {code:>4} {rss / 1024:8.1f} {size / 1e6:9.2f} {ratio:7.1f}  {case.what}",
                flush=True,
            )
        print(
            f"baseline peak RSS {base_rss / 1024:.1f} MB; slowest case {worst:.2f} s of CPU or wall time (target < {TARGET_SECONDS} s); "
            "wall times are noisy on a shared machine"
        )


if __name__ == "__main__":
    main()
