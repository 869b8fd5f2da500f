"""The lead's classes of the twenty-eighth session (each test names its class)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts


@pytest.mark.parametrize(
    "line",
    [
        # eval/structure28 olivia-md: a table of where the app keeps its files on the reader's machine
        "| 命名日志 | <程序目录>\\记录\\试听命名.csv |",
        "| 数据库备份 | <OliviaSoul 数据目录>\\database\\backup-listen-<时间戳>.sqlite |",
        "任何绝对路径（C:\\Users\\xxx\\…、E:\\…）不会离开你的电脑。",
        "日志位于 /home/<用户名>/.app/log/<日期>.txt 中。",
        "缓存位于 <数据目录>/cache/thumbs 下。",
        "日志写入 D:\\logs\\<日期>.log。",
        "备份文件为 /var/backups/app-<时间戳>.tar.gz。",
    ],
)
def test_a_slot_in_a_file_path_on_the_readers_machine_is_no_placeholder(tmp_path: Path, line: str) -> None:
    """Class: a path's first segment, a part of a file's name, or an x-run folder in a path (twenty-eighth session,
    eval/structure28 olivia-md: 3 false errors): the reader's own folder or a name the app makes, not a slot left to
    fill (the earlier rule took only a middle segment between two separators, after a known path start)."""
    assert _excerpts(tmp_path, "# 隐私政策\n\n" + line + "\n") == []


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("请联系<公司名称>。", ["<公司名称>"]),
        ("联系<姓名>/<电话>。", ["<姓名>", "<电话>"]),  # two slots a slash apart
        ("您可使用<手机号>/邮箱/用户名登录。", ["<手机号>"]),  # words a slash apart, not a path
        ("邮件 privacy@<公司域名>.com。", ["<公司域名>"]),  # a host, not a file
        ("网址 https://<域名>.com/privacy。", ["<域名>"]),
        ("代码在 https://github.com/<你的用户名>/repo 上。", ["<你的用户名>"]),  # a URL is the operator's contact
        ("报告名为 report-<日期>.pdf。", ["<日期>"]),  # a file name outside any path
        ("本服务由 XXX公司 提供。", ["XXX公司"]),
        # (review u28w) a site's address left to fill, before a page's path: no folder on the reader's machine
        ("官网：xxx/privacy.html", ["xxx"]),
        # (review u28w) a link left to fill after 点击 is no control the reader selects
        ("详情请点击[隐私政策链接]查看完整内容。", ["[隐私政策链接]"]),
        ("本政策全文见 <公司网址>/privacy.html。", ["<公司网址>"]),
        ("本政策全文见 <公司网址>/legal/privacy。", ["<公司网址>"]),
    ],
)
def test_slots_beside_slashes_and_dots_outside_a_path_are_still_reported(tmp_path: Path, line: str, slots: list[str]) -> None:
    """The other side: a slash between words or slots, a host name, a URL and a bare file name are no paths."""
    assert _excerpts(tmp_path, "# 隐私政策\n\n" + line + "\n") == slots


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("本政策由【填写名称、电话】负责解释。", ["【填写名称、电话】"]),
        ("请联系（填入名称、邮箱）。", ["（填入名称、邮箱）"]),
        ("请联系（填入名称/邮箱）。", ["（填入名称/邮箱）"]),
        ("数量（输入/缓存/输出）。", []),
        ("诊断（输入 + AI 访谈 + 报告）。", []),
        ("文字（输入、着色、听写或其他方式）。", []),
    ],
)
def test_a_fill_verb_with_its_object_heads_no_list_of_kinds(tmp_path: Path, line: str, slots: list[str]) -> None:
    """Class (review u28w of precision28's 、 lists): 「填写名称」 passed as a bare item of a list of kinds, so an instruction
    naming what to fill in was taken for the kinds a text lists; the list's first item must be the fill verb alone."""
    assert _excerpts(tmp_path, "# 隐私政策\n\n" + line + "\n") == slots


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("密码须包含英文字母和数字。", {}),
        ("在司法机关依法出具司法文件要求时。", {}),
        ("依据合法文书提供。", {}),
        ("北京健德文化有限公司。", {}),
        ("公司英文名称为 ABC。", {}),
        ("其中文字部分。", {}),
        ("请使用英语、越南语或中文联系我们。", {"english": "英语", "vietnamese": "越南语", "chinese": "中文"}),
        ("我们提供英语服务。", {"english": "英语"}),
        ("本应用支持中文和日文。", {"chinese": "中文", "japanese": "日文"}),
        ("我们用法语回复。", {"french": "法语"}),
    ],
)
def test_a_two_character_language_name_inside_another_word_is_no_language(text: str, languages: dict[str, str]) -> None:
    """Class (review u28w of compare's new `language` fact): 法文 in 司法文件, 英文 in 英文字母, 德文 in 健德文化 gave false
    `language` divergences; a two-character Han name now stands after no Han character but a joining or offering one, and
    before no word it begins."""
    from policylens.language_names import spoken_languages

    assert spoken_languages(text) == languages


def test_a_warning_about_many_lines_keeps_its_count_when_its_lines_move(tmp_path: Path) -> None:
    """Class (review u28w): an HTML block inside Markdown reports its lines from the file's start, and the count of the
    lines not listed (「and 11 more」) was shifted as if it were a line (「and 51 more」)."""
    from helpers import cli

    path = tmp_path / "policy.md"
    path.write_text("# 隐私政策\n\n正文。\n\n" + "".join(f"<div hidden>隐藏的第{i}句。</div>\n" for i in range(16)), encoding="utf-8")
    result = cli("parse", str(path), "--format", "json")
    assert result.returncode == 0
    assert "lines 5, 6, 7, 8, 9 and 11 more: text the page hides" in result.stderr


def test_a_conditions_longest_inline_branch_is_the_one_read() -> None:
    """Class (review u28w of u28h's branches): the first branch was always the one kept, so a loading message
    (`{loading ? <span>加载中</span> : <span>…policy sentence…</span>}`) replaced the policy's sentence."""
    from helpers import parse_string

    doc = parse_string(
        "export default function P() {\n  return (\n    <div>\n      <h1>隐私政策</h1>\n"
        "      <p>{loading ? <span>加载中</span> : <span>我们会将您的信息保存在中国境内。</span>}</p>\n"
        "      <p>我们{isTW ? '依個資法' : '依个人信息保护法'}处理。</p>\n    </div>\n  );\n}\n",
        ".jsx",
    )
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts == ["我们会将您的信息保存在中国境内。", "我们依个人信息保护法处理。"]


def test_a_skipped_branchs_own_paragraphs_do_not_end_it() -> None:
    """Class (review u28w of u28h's Vue branches): the </p> of a paragraph inside 「<template v-else>」 was taken for the
    end of the block around the branch, so the branch's later paragraphs were read while a warning said they were not."""
    from helpers import parse_string

    doc = parse_string(
        "<template>\n  <div>\n    <h1>隐私政策</h1>\n"
        '    <p>我们依<template v-if="tw">個資法</template><template v-else><p>个人信息保护法。</p>'
        "<p>乙方条款不应读出。</p></template>处理。</p>\n"
        '    <p>我們<span v-if="tw">依個資法</span><span v-else>依私隱條例</p>\n'
        "    <p>后文照常读出。</p>\n  </div>\n</template>\n",
        ".vue",
    )
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts == ["我们依個資法处理。", "我們依個資法", "后文照常读出。"]
