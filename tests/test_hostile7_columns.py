"""Hostile input, round 7: a finding's [column, end_column) is the source of its excerpt.

The class: text that was *decoded* from more source characters than it has (an HTML
character reference `&gt;` → 「>」, a script literal's escape `\\u3011` → 「】」) mapped its
last character back one column wide, so a finding that ended on it ended inside it
(`&lt;公司名称&gt;`: end 16 instead of 19; SARIF `endColumn` too).  The property: for every
finding of a generated document, the source slice decodes to the excerpt.  Plain text is kept
as written (its slice *is* the excerpt); Markdown decodes backslash escapes and references as
CommonMark does (`\\[公司名称\\]`, `&lt;公司名称&gt;`), so its slice decodes to the excerpt too.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import cli
from policylens.check import CheckOptions, check_file
from policylens.model import Finding

# Text that encodes 【】 and <…> slots (placeholder-empty, placeholder-instruction) every way HTML can.
_HTML_BITS = st.sampled_from(
    [
        "&lt;公司名称&gt;",
        "&lt;公司名称&gt",
        "&LT;公司名称&GT;",
        "&#60;公司名称&#62;",
        "&#x3c;公司名称&#x3E;",
        "&#12304;&#12305;",
        "&#x3010;&#x3011;",
        "【&#12305;",
        "&#12304;】",
        "【】",
        "&lt;<b>公司名称</b>&gt;",
        "<b>&lt;公司名称&gt;</b>",
        "&lt;公司名称&gt;</span>",
        "請填寫",
        "資料",
        "&amp;",
        "&nbsp;",
        "，",
        "。",
    ]
)


def _findings(path: Path) -> list[Finding]:
    report = check_file(str(path), CheckOptions(no_config=True, select=("placeholder-empty", "placeholder-instruction")))
    assert report.error is None
    return list(report.findings)


def _slices(path: Path, findings: list[Finding]) -> list[tuple[str, str]]:
    """(source slice, excerpt) of each one-line finding."""
    lines = re.split(r"\r\n|\r|\n", path.read_text(encoding="utf-8-sig"))
    return [(lines[f.line - 1][f.column - 1 : f.end_column - 1], f.excerpt) for f in findings if f.end_line == f.line]


def _html_text(source: str) -> str:
    """What a reader sees of an HTML slice: tags dropped, references decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", source))


def test_html_reference_at_the_end_of_a_finding_ends_after_it(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<h1>隐私政策</h1>\n<p>联系：&lt;公司名称&gt;；空白：&#12304;&#12305;。</p>\n", encoding="utf-8")
    spans = sorted((f.column, f.end_column) for f in _findings(page))
    assert spans == [(7, 19), (23, 39)]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.lists(_HTML_BITS, min_size=1, max_size=8).map("".join), min_size=1, max_size=4))
def test_html_every_finding_slice_decodes_to_its_excerpt(tmp_path_factory: object, paragraphs: list[str]) -> None:
    path = tmp_path_factory.mktemp("h") / "p.html"  # type: ignore[attr-defined]
    path.write_text("<h1>隐私政策</h1>\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "\n", encoding="utf-8")
    for source, excerpt in _slices(path, _findings(path)):
        assert _html_text(source) == excerpt


def test_sarif_end_column_is_after_the_reference(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<h1>隐私政策</h1>\n<p>联系：&lt;公司名称&gt;。</p>\n", encoding="utf-8")
    out = cli("check", str(page), "--format", "sarif", "--select", "placeholder-instruction", "--no-config")
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in json.loads(out.stdout)["runs"][0]["results"]]
    assert [(r["startColumn"], r["endColumn"]) for r in regions] == [(7, 19)]


def test_script_escape_at_the_end_of_a_finding_ends_after_it(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    literal = r"\u005B\u516C\u53F8\u540D\u79F0\u005D"  # [公司名称], every character escaped
    page.write_text(f'<h1>隐私政策</h1>\n<p>我们收集信息。</p>\n<script>var msg = "联系我们：{literal}";</script>\n', encoding="utf-8")
    found = [f for f in _findings(page) if f.line == 3]
    assert [(f.excerpt, f.column, f.end_column) for f in found] == [("[公司名称]", 25, 25 + len(literal))]


def test_html_reference_without_semicolon_is_decoded_as_written(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>&ampx 資料 &copy 2024</p>", encoding="utf-8")
    doc = json.loads(cli("parse", str(page), "--format", "json").stdout)
    assert doc["sections"][0]["paragraphs"][0]["text"] == "&x資料© 2024"  # not 「&x;」: the source has no `;`


_MD_BITS = st.sampled_from(
    ["\\[公司名称\\]", "[公司名称]", "&lt;公司名称&gt;", "【】", "\\【】", "`【】`", "**【】**", "資料", "，", "請填寫"]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(_MD_BITS, min_size=1, max_size=8).map("".join), min_size=1, max_size=4), st.sampled_from([".md", ".txt"]))
def test_markdown_and_text_finding_slices_are_their_excerpts(tmp_path_factory: object, paragraphs: list[str], suffix: str) -> None:
    path = tmp_path_factory.mktemp("m") / f"p{suffix}"  # type: ignore[attr-defined]
    path.write_text("# 隱私政策\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    for source, excerpt in _slices(path, _findings(path)):
        assert (_markdown_decoded(source) if suffix == ".md" else source) == excerpt


def _markdown_decoded(source: str) -> str:
    """A Markdown slice as CommonMark shows it: `\\[` → `[`, `&lt;` → `<`."""
    return html.unescape(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", source))


# Every character Python's str.strip() drops that the readers keep in a line's text.
_PY_ONLY_SPACES = [
    c
    for c in map(chr, range(0x3001))
    if c.isspace() and c not in " \t\n\r\f\v\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
]


def test_the_strip_only_spaces_are_the_known_ones() -> None:
    assert _PY_ONLY_SPACES == ["\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u1680", "\u2028", "\u2029"]


def _one_line_documents(lead: str) -> dict[str, str]:
    return {
        ".txt": f"{lead}隱私權政策【】\n",
        ".html": f"<p>{lead}隱私權政策【】</p>\n",
        ".md": f"{lead}隱私權政策【】\n",
    }


def test_a_title_line_that_starts_with_a_strip_only_space_is_located_exactly(tmp_path: Path) -> None:
    """The title is its block's text stripped by Python: a leading U+2028 (U+0085, U+001C…) moved its findings one column left."""
    for lead in [*_PY_ONLY_SPACES, "\u3000", "\u00a0", " \u2028 "]:
        for suffix, text in _one_line_documents(lead).items():
            path = tmp_path / f"t{suffix}"
            path.write_text(text, encoding="utf-8")
            slices = _slices(path, _findings(path))
            assert slices == [("【】", "【】")], (repr(lead), suffix, slices)


def test_a_title_or_heading_unwrapped_from_markup_is_located_exactly(tmp_path: Path) -> None:
    """A title cut out of its line (`**標題**`, `## 一、**資料**【】`, a tag or an IAL inside) is located through the cut."""
    cases = {
        ".md": "**隱私權政策【】**\n\n內容。\n\n## 一、**資料**【】\n\n內容。\n\n## <span>二</span>、保存 {: #a} 【】 ##\n\n"
        "內容。\n\n三、**權利**\n【】說明\n---\n\n內容。\n\n## \u2028四、__x__【】\n\n內容。\n",
        ".txt": "  **  隱私權政策【】 **\n\n我們會收集您的姓名。\n",
        ".html": "<p><b>\u2028隱私權政策【】</b></p>\n<h2>\u0085一、資料【】</h2>\n<p>內容。</p>\n",
    }
    for suffix, text in cases.items():
        path = tmp_path / f"h{suffix}"
        path.write_text(text, encoding="utf-8")
        slices = _slices(path, _findings(path))
        assert slices and all(source == excerpt for source, excerpt in slices), (suffix, slices)
        assert len(slices) == text.count("【】"), (suffix, slices)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(_HTML_BITS, min_size=1, max_size=8).map("".join), min_size=1, max_size=4),
    st.sampled_from(["pre", "textarea readonly"]),
)
def test_pre_and_textarea_finding_slices_decode_to_their_excerpts(tmp_path_factory: object, paragraphs: list[str], box: str) -> None:
    """Inside a <pre> or a read-only <textarea> (read line by line like text) a reference or a tag before a
    finding moved its column (review, seventh session: 010-12345678 after 「&lt;公司&gt; &amp; 」 at 15, not 25)."""
    tag = box.split()[0]
    if tag == "textarea":
        paragraphs = [re.sub(r"<[^>]*>", "", p) for p in paragraphs]  # a textarea holds no tags, only text
    path = tmp_path_factory.mktemp("h") / "p.html"  # type: ignore[attr-defined]
    path.write_text(f"<h1>隐私政策</h1>\n<{box}>\n" + "\n\n".join(paragraphs) + f"\n</{tag}>\n", encoding="utf-8")
    for source, excerpt in _slices(path, _findings(path)):
        assert _html_text(source) == excerpt


def test_a_number_after_references_in_a_pre_is_at_its_column(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    line = "&lt;公司&gt; &amp; 客服：请拨打 010-12345678 联系我们。"
    page.write_text(
        f"<h1>隐私政策</h1>\n<textarea readonly>\n{line}\n</textarea>\n<pre>\n{line}\n<b>客服</b>：请拨打 010-12345678。\n</pre>\n",
        encoding="utf-8",
    )
    report = check_file(str(page), CheckOptions(no_config=True, select=("placeholder-dummy-contact",)))
    assert sorted((f.line, f.column) for f in report.findings) == [(3, 25), (6, 25), (7, 15)]
