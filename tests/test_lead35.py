"""The lead's fixes of session 35, each tested both ways.

1. No line of a human-readable report starts a GitHub Actions workflow command: a policy's own line 「::error::…」 (or
   `::add-mask::`, indented or not: the runner trims the indent) at the start of a line of `parse -f markdown`, the rich
   tree's root (`parse -f rich`) or the left column of `diff --side-by-side -f text` forged an annotation in a CI log.
   Such a line gets a backslash (`render.safe.no_command`; in Markdown `\\:` shows `:`), any other line is as before.
2. Notes a scaffold's policy page leaves to its operator (`rules.placeholder_instruction.configurer_notes`): 「运营方在上线前
   应列明实际使用的…」 and 「…应由生产运营方补充」 are unfilled slots; a duty the policy states is not.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from helpers import cli
from policylens.render.diffview import cells, two_columns
from policylens.render.safe import no_command

OLD = (
    "::error::隐私政策\n\n::error::第一段内容很长很长很长。\n\n## ::warning::二、收集\n\n"
    "  ::add-mask::我们收集您的信息。\n\n```\n::notice::代码\n```\n"
)
NEW = OLD.replace("我们收集您的信息。", "我们收集您的信息与设备信息。") + "\n::error::新增段落。\n"


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "old.md"),
        ("parse", "old.md", "--topics"),
        ("check", "old.md"),
        ("diff", "old.md", "new.md"),
        ("diff", "old.md", "new.md", "--side-by-side"),
        ("compare", "cmp"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "rich", "markdown"])
def test_no_report_line_starts_a_workflow_command(tmp_path: Path, args: tuple[str, ...], fmt: str) -> None:
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_text(NEW, encoding="utf-8")
    (tmp_path / "cmp").mkdir()
    (tmp_path / "cmp" / "zh-CN.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "cmp" / "zh-TW.md").write_text(NEW, encoding="utf-8")
    result = cli(*args, "-f", fmt, cwd=tmp_path, env={"COLUMNS": "100"})
    if result.returncode == 2:
        assert "format" in result.stderr  # a format this command does not offer
        return
    lines = result.stdout.splitlines()
    assert lines, result.stderr
    assert not [line for line in lines if line.lstrip().startswith("::")]


def test_the_text_stays_readable_where_it_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_text(NEW, encoding="utf-8")
    markdown = cli("parse", "old.md", "-f", "markdown", cwd=tmp_path).stdout.splitlines()
    assert "\\::error::第一段内容很长很长很长。" in markdown
    assert "\\::add-mask::我们收集您的信息。" in markdown  # Markdown drops the indent
    assert "\\::notice::代码" in markdown  # shown with its backslash inside the code block: safety first
    side = cli("diff", "old.md", "new.md", "--side-by-side", "-f", "text", cwd=tmp_path, env={"COLUMNS": "100"})
    rows = [row for row in side.stdout.splitlines() if "add-mask" in row]
    assert rows and rows[0].startswith("\\") and "::add-mask::我们收集您的信息" in rows[0]


def test_no_command_changes_only_lines_that_start_with_two_colons() -> None:
    assert no_command("::error::x") == "\\::error::x"
    assert no_command(" \u3000::x") == "\\ \u3000::x"
    for line in ("a::b", ":单个冒号", "说明：：全角", "", "   ", "http://x"):
        assert no_command(line) == line


def test_two_columns_keep_their_width_when_a_row_is_escaped() -> None:
    plain = two_columns("普通文字", "右边", 40)
    escaped = two_columns("::warning::左边", "右边", 40)
    assert escaped[0].startswith("\\::warning::左边")
    assert cells(escaped[0].split("│")[0]) == cells(plain[0].split("│")[0])
    assert two_columns("a::b", "c", 40) == [f"a::b{' ' * (18 - 4)} │ c"]
    full = "::" + "字" * 8  # exactly the column's 18 cells: the escaped row wraps one cell earlier, never wider
    rows = two_columns(full + "尾", "右", 40)
    assert rows[0].startswith("\\::") and all(cells(row.split("│")[0]) == 19 for row in rows if "│" in row)


# 2. Notes a scaffold's policy page leaves to its operator (eval/blind/round35b linguaflow, after its held-out first run):
#    the operator told to list the actual facts before launch, the modal before the step or after it, and what the text
#    leaves to the operator to write, the clause ending at the verb.  Never a duty the policy states, the reader's own
#    steps, nor a platform's rule for its developers.
OPERATOR_NOTES = [
    "生产运营方应在上线前列明实际使用的服务商、处理地点、共享范围和对应隐私政策。",
    "运营方在上线前应列明实际使用的全部服务商、处理地点、共享范围与对应隐私政策。",
    "具体渠道、处理期限和例外情形应由生产运营方补充。",
    "数据保留期限由运营方自行填写。",
]
NOT_OPERATOR_NOTES = [
    "由此产生的损失应由运营方承担。",
    "我们在上线前会对服务商进行安全评估，确认其实际处理能力。",
    "开发者应在上线前补充实际使用的第三方SDK信息，否则平台将不予审核通过。",
    "本应用的运营方为杭州云帆科技有限公司，由运营方负责处理您的个人信息。",
    "相关规则由运营方补充说明后，我们将通过公告通知您。",
    "您在上线前应确认实际发布的内容合法。",
]


def _instruction_lines(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "p.md"
    path.write_text("# 隐私政策\n\n更新日期：2025年1月1日\n\n" + text + "\n", encoding="utf-8")
    result = cli("check", str(path), "--no-config", "-f", "text", "--select", "placeholder-instruction")
    return [line for line in result.stdout.splitlines() if "placeholder-instruction" in line]


@pytest.mark.parametrize("text", OPERATOR_NOTES)
def test_a_note_left_to_the_operator_is_an_unfilled_slot(tmp_path: Path, text: str) -> None:
    found = _instruction_lines(tmp_path, text)
    assert len(found) == 1 and ":5:1: error" in found[0], found


@pytest.mark.parametrize("text", NOT_OPERATOR_NOTES)
def test_a_duty_statement_or_a_platform_rule_is_no_slot(tmp_path: Path, text: str) -> None:
    assert _instruction_lines(tmp_path, text) == []


# 3. Rich output breaks a redline line between Chinese characters (`render.cjk_wrap`): rich breaks at spaces only, so a
#    run of Chinese with no space moved whole to the next line and left half the line empty (u35m's leftover).
LONG = (
    "您在应用中输入的数据（学生姓名、课程记录、收入数据、教学材料文件等）存储在您的设备本地，并可通过 Apple 的 iCloud "
    "服务在您的设备间同步。这些数据仅在您与 Apple 之间流转，不会与我们或任何其他第三方共享。"
)


def _pieces(text: str, width: int) -> list[str]:
    from policylens.render.cjk_wrap import break_offsets

    cuts = break_offsets(text, width)
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


@pytest.mark.parametrize("width", [8, 17, 30, 41, 80])
def test_lines_break_between_chinese_characters_and_fill_the_width(width: int) -> None:
    from rich.cells import cell_len

    pieces = _pieces(LONG, width)
    assert "".join(pieces) == LONG  # nothing lost, nothing added
    assert all(cell_len(p.rstrip()) <= width for p in pieces)
    assert not any(p[0] in "，。、；：）」" for p in pieces)  # no line starts with a closing mark
    assert not any(p.rstrip()[-1] in "（「" for p in pieces)  # nor ends with an opening one
    for piece, after in itertools.pairwise(pieces):  # each line full: the next one's first character did not fit
        assert cell_len(piece.rstrip()) + cell_len(after[0]) > width - 2 or after[0] in "（" or piece.endswith(" ")


def test_latin_words_and_redline_marks_stay_whole_unless_wider_than_the_line() -> None:
    assert _pieces("请参阅 https://www.apple.com/legal 了解", 28) == ["请参阅 ", "https://www.apple.com/legal ", "了解"]
    assert _pieces("abcdefghij", 4) == ["abcd", "efgh", "ij"]
    assert _pieces("设备[-仅保存-]{+存储+}在您的", 8) == ["设备[-仅", "保存-]", "{+存储+}", "在您的"]


def test_rich_diff_lines_use_the_whole_width(tmp_path: Path) -> None:
    (tmp_path / "old.md").write_text("# 隐私政策\n\n## 一、收集\n\n我们收集数据。\n", encoding="utf-8")
    (tmp_path / "new.md").write_text("# 隐私政策\n\n## 一、收集\n\n我们收集数据。\n\n" + LONG + "\n", encoding="utf-8")
    out = cli("diff", "old.md", "new.md", "-f", "rich", cwd=tmp_path, env={"COLUMNS": "60"}).stdout.splitlines()
    start = next(k for k, line in enumerate(out) if "+L7" in line)
    body = [out[start], *itertools.takewhile(lambda line: line.startswith(" " * 14), out[start + 1 :])]
    assert len(body) >= 4
    from rich.cells import cell_len

    assert all(cell_len(line) <= 60 for line in out)
    assert all(cell_len(line.rstrip()) >= 56 for line in body[:-1])  # every line but the last filled (rich left ~30 empty)


# 4. A folded redline window with no clause mark or space near its edge ends and starts at a Chinese word's edge
#    (`render.diffview._word_edge`, segmented as `diff` segments words): 「…认集成」 and 「…唯一设」 cut 「默认」 and 「设备」.
@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (
            "我们会收集您的设备型号操作系统版本唯一设备标识符网络类型和应用使用情况以便向您提供更好的服务体验和安全保障措施",
            "我们会收集您的设备型号操作系统版本唯一设备…",
            "…以便向您提供更好的服务体验和安全保障措施",
        ),
        ("uni-app基础模块默认集成在所有应用中并且不可关闭也无法单独卸载该模块的组件与其相关的原生插件资源文件和配置", None, None),
    ],
)
def test_a_folded_window_keeps_chinese_words_whole(text: str, head: str | None, tail: str | None) -> None:
    from policylens.diff.tokens import tokenize
    from policylens.render.diffview import fold_context

    words = set(itertools.accumulate(len(t) for t in tokenize(text)))
    shown_head = fold_context(text, 20, first=False, last=True)
    shown_tail = fold_context(text, 20, first=True, last=False)
    assert len(shown_head) - 1 in words  # the head ends where a word ends
    assert len(text) - (len(shown_tail) - 1) in words | {0}  # the tail starts where a word starts
    if head is not None:
        assert (shown_head, shown_tail) == (head, tail)


# 5. An X slot after a clause number is the Xs alone: 「1.3 XX提供…」 was reported as 「3 XX」 (a masked number taking the
#    digits before it in, u35k's round35d); masked numbers still start at their first digit.
@pytest.mark.parametrize(
    ("line", "excerpts"),
    [
        ("1.3 XX提供的所有输出均由AI答复。", ["XX"]),
        ("2.1 XX按现有技术和条件提供服务。", ["XX"]),
        ("客服电话：400-XXX-XXXX，或010-8888XXXX。", ["400-XXX-XXXX", "010-8888XXXX"]),
    ],
)
def test_an_x_slot_after_a_clause_number_is_the_xs_alone(tmp_path: Path, line: str, excerpts: list[str]) -> None:
    import json

    path = tmp_path / "p.md"
    path.write_text("# 免责声明\n\n更新日期：2025年1月1日\n\n" + line + "\n", encoding="utf-8")
    report = json.loads(cli("check", str(path), "--no-config", "-f", "json", "--select", "placeholder-instruction").stdout)
    findings = report["files"][0]["findings"] if "files" in report else report["findings"]
    assert [f["excerpt"] for f in findings] == excerpts


# 6. One test for a raw string's `r` prefix in the C-like readers (`load.scripts.raw_prefix_at`): the Dart helper-argument
#    splitter read `src[-1]` for an `r` at offset 0 (the last character of the file).
def test_a_raw_prefix_is_an_r_no_name_runs_into() -> None:
    from policylens.load.dart_carriers import split_arguments
    from policylens.load.scripts import raw_prefix_at

    assert raw_prefix_at("r'x'", 0) and raw_prefix_at("(r'x')", 1)
    assert not raw_prefix_at("bar'x'", 2) and not raw_prefix_at("_r'x'", 1) and not raw_prefix_at("a'", 0)
    src = "r'a,b', 'c'x"  # an `r` literal at offset 0 and a file ending in a name character
    ends = {0: (2, 5, 6), 8: (9, 10, 11)}
    assert split_arguments(src, 0, 11, lambda k: k, lambda s, k: ends.get(k)) == [(0, 6), (7, 11)]
