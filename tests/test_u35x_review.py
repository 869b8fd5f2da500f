"""Defects found by the fresh-eyes review of session 35's code changes (helper u35x), each tested both ways.

- A Flutter or ArkUI source saved with CRLF line endings whose text literal spans two lines (a Dart `'''…'''`, an ArkTS
  template literal): the page written for the HTML reader kept the CR before the `<br>` of the line break, and the
  reader ends a line at a lone CR, so every text after that literal was reported one line below its source line
  (`load.page_columns.literal_lines`).
- An emoji written as a surrogate pair of escapes (`\\uD83D\\uDE00`) or a backslash at the end of a literal's line:
  `load.page_columns` took them apart otherwise than the readers did, so the whole literal was left at the page's
  columns, every character after it some columns off (found by a random run over Dart and ArkTS literals).
- 20,000 nested `<div class="tr">` rows (`load.html`'s tables drawn with classed boxes, u35a) took 17 s: the list of
  open rows was walked at every block.
- `compare` of a folder whose other edition could not be read said "one edition only" above that edition's error.
- A <br> paragraph of many colon lines over their lists: `load.html.titles` looked each line up in a list of titles
  (`_colon_title_lines`, older, and `_list_title_lines`, u35a): 8,000 parts took 13 s, now 5 s.
- `compare`'s new 'rewritten' lag from verbatim strings (u35c) read the other edition's facts and text again for each
  rewritten section: 250 such sections took 29 s (9 s on the base), now 7 s with the same report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_product
from policylens.load import load

DART_MULTILINE = """import 'package:flutter/material.dart';
class P extends StatelessWidget {
  Widget build(BuildContext context) {
    return Column(children: [
      Text('''第一行
第二行 A&B【待填写】'''),
      Row(children: [Text('联系人：'), Text('【待填写】')]),
      Text('x\\ty【待填写】'),
    ]);
  }
}
"""

ETS_MULTILINE = """@Entry
@Component
struct P {
  build() {
    Column() {
      Text(`模板
第二行 A&B【待填写】`)
      Row() { Text('联系人：'); Text('【待填写】') }
      Text('x\\ty\\u3010z')
    }
  }
}
"""


def _misplaced(path: Path) -> list[tuple[str, int, str, tuple[int, int], str]]:
    """Every text character (blanks aside) whose reported (line, column) does not hold it in the source."""
    lines = path.read_bytes().decode("utf-8").split("\n")
    bad = []
    for block in load(str(path)).parsed.blocks:
        for k, ch in enumerate(block.text):
            line, column = block.position(k)
            at = lines[line - 1][column - 1 : column]
            if at != ch and at != "\\" and not ch.isspace():  # (an escape's character is reported at its backslash)
                bad.append((block.text, k, ch, (line, column), at))
    return bad


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(("name", "source"), [("screen.dart", DART_MULTILINE), ("page.ets", ETS_MULTILINE)])
def test_multiline_literal_keeps_later_lines_with_crlf(tmp_path: Path, name: str, source: str, newline: str) -> None:
    path = tmp_path / name
    path.write_bytes(source.replace("\n", newline).encode("utf-8"))
    blocks = load(str(path)).parsed.blocks
    assert _misplaced(path) == []
    slot = next(b for b in blocks if b.text == "【待填写】")
    assert slot.line == source.split("\n").index(next(x for x in source.split("\n") if "联系人" in x)) + 1  # the Row's line
    assert any("第二行" in b.text for b in blocks)  # the literal's second line is still read


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(
    ("name", "literals"),
    [
        ("a.dart", ["'a\\uD83D\\uDE00b【待填写】'", "'''甲\\\n乙【待填写】'''", "'\\uD83D 甲【待填写】'"]),
        ("a.ets", ["'a\\uD83D\\uDE00b【待填写】'", "`甲\\\n乙【待填写】`", "'x\\u3010z【待填写】'"]),
    ],
)
def test_escapes_the_reader_joins_keep_their_columns(tmp_path: Path, name: str, literals: list[str], newline: str) -> None:
    texts = ", ".join(f"Text({literal})" for literal in literals)
    if name.endswith(".dart"):
        source = f"class P {{ Widget build(c) {{ return Column(children: [\n  Row(children: [{texts}]),\n]); }} }}\n"
    else:
        row = texts.replace(", ", " ")
        source = f"@Entry\n@Component\nstruct P {{\n  build() {{\n    Column() {{\n      Row() {{ {row} }}\n    }}\n  }}\n}}\n"
    path = tmp_path / name
    path.write_bytes(source.replace("\n", newline).encode("utf-8"))
    assert _misplaced(path) == []
    assert any("😀" in b.text for b in load(str(path)).parsed.blocks)


# --- a table drawn with classed boxes (`load.html`, u35a): its open cells found by a walk at every block --------------


class _Walked(list[tuple[int, bool]]):
    """A list that counts the walks over it."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _Walked.walks += 1
        return super().__iter__()


def _with_walked_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.load.html import state

    init = state._ExtractorState.__init__

    def patched(self: state._ExtractorState, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        self._class_table = _Walked()

    monkeypatch.setattr(state._ExtractorState, "__init__", patched)
    _Walked.walks = 0


def _kinds(page: str) -> list[tuple[str, str]]:
    from policylens.load.html import read_html

    return [(b.kind, b.text) for b in read_html(page, path="p.html").blocks]


def test_nested_classed_rows_are_not_walked_at_each_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 nested `<div class="tr">` each with a text took 17 s (3 s on the base): at each block the whole list of
    open classed rows was walked for an open cell.  The last entry now carries whether a cell is open."""
    _with_walked_table(monkeypatch)
    kinds = _kinds("<h1>隐私政策</h1>" + '<div class="tr">一段说明文字，用于测试。' * 500)
    assert len(kinds) == 501
    assert _Walked.walks == 0


def test_classed_cells_still_read_as_table_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_walked_table(monkeypatch)
    page = (
        "<h1>隐私政策</h1>"
        '<div class="tr"><div class="td">功能</div><div class="td"><div class="tr"><div class="x">嵌套</div></div></div></div>'
        '<div class="tr"><div class="x">行中文字</div></div>'
        "<p>一、我们收集的信息</p><p>正文。</p>"
    )
    assert _kinds(page) == [
        ("heading", "隐私政策"),
        ("table", "功能"),
        ("table", "嵌套"),  # a row inside a cell: still inside the cell
        ("paragraph", "行中文字"),  # a row with no cell open
        ("paragraph", "一、我们收集的信息"),
        ("paragraph", "正文。"),
    ]


# --- compare's verdict line (`render.compare.verdict`, u35c) --------------------------------------------------------


def _product(editions: tuple[str, ...], errors: list[dict[str, str]]) -> dict[str, Any]:
    ids = [f"{e}.2021-03-30" for e in editions]
    return {
        "product": "p",
        "base": ids[0],
        "editions": [{"id": i, "edition": e, "latest": True} for i, e in zip(ids, editions, strict=True)],
        "divergences": [],
        "sentences": [],
        "lagging": [],
        "errors": errors,
        "compared": ids[1:],
    }


def test_one_edition_left_by_an_unreadable_other_is_not_called_the_only_one() -> None:
    """A folder of a zh-Hant and an unreadable English edition said "one edition only (zh-Hant)" above the error for the
    English one; with two editions read and one not, the line says "the editions that could be read agree"."""
    from policylens.render.compare import verdict

    unread = [{"path": "p/en.2021-03-30.txt", "error": "binary data"}]
    assert verdict(_product(("zh-Hant",), unread)) == "one edition could be read (zh-Hant): no other edition to compare"
    assert verdict(_product(("zh-Hant",), [])) == "one edition only (zh-Hant): no other edition to compare"


def test_compare_of_a_folder_with_one_unreadable_edition(tmp_path: Path) -> None:
    import io
    import shutil

    from policylens.render.compare import render_markdown
    from policylens.render.compare_html import render_html
    from policylens.render.compare_rich import render_rich

    folder = tmp_path / "prod"
    folder.mkdir()
    shutil.copy(Path(__file__).parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt", folder)
    (folder / "en.2021-03-30.txt").write_bytes(b"\x00\x01binary")
    product = compare_product(folder)
    for render in (render_markdown, render_html, render_rich):
        out = io.StringIO()
        render([product], [], out)
        assert "one edition could be read (zh-Hant)" in out.getvalue() and "one edition only" not in out.getvalue(), render


# --- a <br> paragraph's colon title lines (`load.html.titles`): each line looked up in the list of titles ------------


class _NoWalk(list[tuple[int, int]]):
    """A list of title lines that may be read whole but never searched line by line."""

    def __contains__(self, item: object) -> bool:
        raise AssertionError(f"{item} looked up by a walk over {len(self)} titles")


def _br_paragraph(count: int) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """A paragraph of `count` 「（N）…：」 lines each over its own list 「1．…」, 「2．…」: text, lines, numbered title lines."""
    digits = "零一二三四五六七八九"
    parts = []
    for n in range(1, count + 1):
        parts += [f"（{''.join(digits[int(d)] for d in str(n))}）本网站的权利与义务：", "1．按协议的服务内容提供服务", "2．定期维护"]
    text = "\n".join(parts)
    lines, start = [], 0
    for part in parts:
        lines.append((start, start + len(part)))
        start += len(part) + 1
    return text, lines, [line for k, line in enumerate(lines) if k % 3]


def test_colon_and_list_title_lines_do_not_search_the_titles_per_line() -> None:
    """8,000 such parts in one <br> paragraph took 13 s to parse (9 s on the base): `_colon_title_lines` (older) and
    `_list_title_lines` (u35a) each asked `(a, b) in titles` of a list for every line closed by a colon."""
    from policylens.load.html.titles import _colon_title_lines, _list_title_lines

    text, lines, items = _br_paragraph(9)
    found = _list_title_lines(text, lines, _NoWalk(items))
    assert [text[a:b] for a, b in found if (a, b) not in set(items)][:2] == ["（一）本网站的权利与义务：", "（二）本网站的权利与义务："]
    assert len(found) == len(items) + 9  # every 「（N）…：」 line over its own list is a title (u35a's class, unchanged)
    assert _colon_title_lines(text, lines, _NoWalk(items)) == items


def test_one_colon_lead_in_over_its_list_stays_text() -> None:
    from policylens.load.html.titles import _list_title_lines

    text, lines, items = _br_paragraph(1)
    assert _list_title_lines(text, lines, items) == items


# --- compare: a rewrite that brought in verbatim strings (`compare.analyse._brought_in_unwritten`, u35c) --------------


def _lag_product(folder: Path, sections: int, zh_writes_urls: bool) -> Path:
    """English v1 and v2 (v2 brings a help URL into every section) and a Chinese edition of v1's date."""
    product = folder / "p"
    product.mkdir()

    def english(urls: bool) -> str:
        out = ["# Privacy Policy", "", "Last updated: 2025-01-01", ""]
        for i in range(1, sections + 1):
            url = f" See https://s{i}.example.com/help." if urls else ""
            out += [f"## {i}. Section {i}", "", f"We keep the data of this part for {i} days.{url}", ""]
        return "\n".join(out)

    chinese = ["# 隐私政策", "", "最后更新：2025-01-01", ""]
    for i in range(1, sections + 1):
        url = f"参见 https://s{i}.example.com/help。" if zh_writes_urls else ""
        chinese += [f"## {i}. 第{i}节", "", f"我们将这部分数据保存{i}天。{url}", ""]
    (product / "en.2025-01-01.md").write_text(english(False), encoding="utf-8")
    (product / "en.2025-02-01.md").write_text(english(True), encoding="utf-8")
    (product / "zh-Hans.2025-01-01.md").write_text("\n".join(chinese), encoding="utf-8")
    return product


@pytest.mark.parametrize("zh_writes_urls", [False, True])
def test_an_editions_facts_are_read_once_for_all_its_rewritten_sections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zh_writes_urls: bool
) -> None:
    """250 sections each rewritten with a new URL took 29 s to compare (9 s on the base): the Chinese edition's facts
    and text were read again for each section.  The lag itself is told as before: one when the Chinese edition lacks
    the URLs, none when it writes them."""
    from policylens.compare import facts as factlib

    calls: list[str] = []
    read = factlib.document_facts

    def counted(doc: Any) -> Any:
        calls.append(doc.source.path)
        return read(doc)

    monkeypatch.setattr(factlib, "document_facts", counted)
    product = compare_product(_lag_product(tmp_path, 6, zh_writes_urls))
    assert len(product["lagging"]) == (0 if zh_writes_urls else 1)
    assert len(calls) == len(set(calls))  # each edition's facts read once


# --- placeholder_kit (u35r2): the reader looked for in the note's whole sentence, once per note ---------------------


class _CountedSearch:
    """A pattern whose searches are counted (the rule's `_READER_ZH`)."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.search(*args)


def _kit_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> tuple[list[tuple[int, str, str]], int]:
    from helpers import slot_findings
    from policylens.rules import placeholder_kit

    counted = _CountedSearch(placeholder_kit._READER_ZH)
    monkeypatch.setattr(placeholder_kit, "_READER_ZH", counted)
    path = tmp_path / "policy.md"
    path.write_text("# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n" + body + "\n", encoding="utf-8")
    return slot_findings(path), counted.calls


def test_notes_of_one_long_sentence_search_it_for_the_reader_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 「请在发布前根据实际业务调整本页内容，」 in one sentence took 20 s to check (3 s on the base): for each note
    the sentence, the whole paragraph, was searched again for 您/你 and the reader's content."""
    findings, calls = _kit_run(tmp_path, monkeypatch, "请在发布前根据实际业务调整本页内容，" * 30)
    # (u42k2) the same note again on the line is one finding with its columns (`check.repeats`)
    assert len(findings) >= 1 and all(line == 5 for line, _, _ in findings)
    assert calls == 1


def test_a_note_whose_sentence_names_the_reader_is_still_no_slot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    findings, calls = _kit_run(
        tmp_path, monkeypatch, "请在发布前根据实际业务调整本页内容，" * 3 + "然后修改您的动态。请在上线前根据实际情况修改本页内容。"
    )
    assert [line for line, _, _ in findings] == [5]  # only the second sentence's note
    assert calls == 2


# --- underlined blanks of a DOCX (`load.docx.blanks`, u35r3): each run's neighbours found by copying the list ---------


def _paragraph_runs(blanks: int) -> list[Any]:
    """The runs of a paragraph 「联系电话：」 then `blanks` underlined runs of two spaces, as `load.docx` hands them over."""
    from xml.etree import ElementTree as ET

    from policylens.load.docx.numbering import W

    namespace = W.strip("{}")
    blank = '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">  </w:t></w:r>'
    xml = f'<w:p xmlns:w="{namespace}"><w:r><w:t>联系电话：</w:t></w:r>{blank * blanks}<w:r><w:t>。</w:t></w:r></w:p>'
    return list(ET.fromstring(xml).iter(f"{W}r"))


def test_a_paragraph_of_many_underlined_blanks_is_read_in_linear_time() -> None:
    """A 12 KB DOCX whose paragraph holds 40,000 underlined runs of spaces took 16 s to parse (1.6 s on the base): for
    each such run the text before and after it was found by copying the paragraph's list of runs."""
    from policylens.load.docx.blanks import blank_runs
    from timings import recorded, timed

    # 40,000 runs only for the benchmark (timings.recorded()): the copy per run showed only as time
    n = 40_000 if recorded() else 4_000
    runs = _paragraph_runs(n)
    with timed("docx: 40,000 underlined blank runs in one paragraph", 3.0):  # about 0.1 s
        blanks = blank_runs(runs, set())
    assert len(blanks) == n


def test_underlined_blanks_between_words_are_still_told_apart() -> None:
    from xml.etree import ElementTree as ET

    from policylens.load.docx.blanks import blank_runs
    from policylens.load.docx.numbering import W

    namespace = W.strip("{}")

    def run(text: str, underlined: bool) -> str:
        line = '<w:rPr><w:u w:val="single"/></w:rPr>' if underlined else ""
        return f'<w:r>{line}<w:t xml:space="preserve">{text}</w:t></w:r>'

    xml = (
        f'<w:p xmlns:w="{namespace}">'
        + run("重要", True)
        + run("  ", True)
        + run("条款", True)
        + run("邮箱：", False)
        + run("   ", True)
        + "</w:p>"
    )
    runs = list(ET.fromstring(xml).iter(f"{W}r"))
    assert blank_runs(runs, set()) == {id(runs[4])}  # the spaces of an underlined phrase are no blank; the trailing line is


# --- cn-pipl/purposes (u35v): the WeChat guide's purpose line without its consent clause ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        # eval/dev11 bolexueyuan-vue 13: the base cited the retention rule, which u35v rightly vetoed; this line was left
        "为了注册、登录小程序，开发者收集你的用户信息（微信昵称、头像、性别、地区）。",
        "为了展示你的头像，开发者会访问你的相册。",
        "为了提高用户产品使用体验，开发者将在获取你的明示同意后，访问你的地址信息。",  # u35v's own line, unchanged
    ],
)
def test_the_guides_purpose_line_without_its_consent_clause_is_a_purpose(line: str) -> None:
    from helpers import profile_status

    assert profile_status("# 隐私说明\n\n" + line + "\n", "cn-pipl/purposes") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "为了保护你的隐私，开发者不会收集你的用户信息。",  # a denial names no purpose
        "开发者收集你的用户信息。",  # no purpose before it
        "开发者对你的信息的保存期限应当为实现处理目的所必要的最短时间。",  # the retention rule (u35v's veto)
    ],
)
def test_a_line_with_no_purpose_of_the_developers_collection_is_none(line: str) -> None:
    from helpers import profile_status

    assert profile_status("# 隐私说明\n\n" + line + "\n", "cn-pipl/purposes") == "missing"
