"""A Markdown page whose body is empty and whose YAML front matter holds the page (`load.markdown.front_content`),
and two notes to a starter's operator (`rules.placeholder_instruction.configurer_notes`), session 35's u35f.

Both ways: a page builder's `blocks:`, a CMS `body: |`, a data-driven page's `sections:` are read with their lines and
columns; configuration keys, dates, numbers, UI labels of a component are not; a page with a real body, or whose front
matter holds no prose, keeps today's reading.  eval/blind/round35 edgepress-md as the regression case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.load.markdown import read_markdown

ROOT = Path(__file__).resolve().parents[1]
EDGEPRESS = ROOT / "eval/blind/round35/dev/edgepress-md/privacy-policy.md"

_BUILDER = """---
title: 隐私政策
slug: privacy
layout: page
date: 2024-05-01
blocks:
  - type: section
    title: 我们收集的信息
    tone: soft
    blocks:
      - type: text
        paragraphs:
          - 我们收集您的设备信息。
          - "我们使用 Cookie 保存偏好。"
      - type: consent
        nameLabel: 个人信息处理者
        missingText: 尚未填写运营者名称。
        expiryText: "保存后 {days} 天"
        columns: 2
        icon: 图标
---
"""


def _blocks(text: str) -> list[tuple[str, str, int, int, int | None]]:
    return [(b.kind, b.text, b.line, b.column, b.level) for b in read_markdown(text).blocks]


def _located(text: str) -> None:
    """Every block's text is written where its pieces say."""
    lines = text.split("\n")
    for block in read_markdown(text).blocks:
        for piece in block.pieces:
            source = lines[piece.line - 1][piece.column - 1 : piece.column - 1 + piece.length]
            assert source == block.text[piece.offset : piece.offset + piece.length], (block, piece)


def test_builder_blocks_read_in_order_with_positions() -> None:
    assert _blocks(_BUILDER) == [
        ("heading", "隐私政策", 2, 8, 1),
        ("heading", "我们收集的信息", 8, 12, 2),
        ("paragraph", "我们收集您的设备信息。", 13, 13, None),
        ("paragraph", "我们使用 Cookie 保存偏好。", 14, 14, None),
    ]
    _located(_BUILDER)
    parsed = read_markdown(_BUILDER)
    assert parsed.title == "隐私政策" and parsed.dates == [("date", "2024-05-01")]
    assert parsed.own_syntax == frozenset({"brace"})


def test_cms_body_block_scalar_read_as_markdown() -> None:
    text = "---\ntitle: Privacy\nbody: |\n  ## 一、收集\n\n  我们收集\n  您的信息。\n---\n"
    assert _blocks(text) == [
        ("heading", "Privacy", 2, 8, 1),
        ("heading", "一、收集", 4, 6, 2),
        ("paragraph", "我们收集您的信息。", 6, 3, None),
    ]
    _located(text)


def test_data_sections_and_folded_values() -> None:
    text = (
        "---\nsections:\n  - name: 联系我们\n    content: 如有问题请发送邮件。\n  - name: 个人信息的存储\n"
        "    description: 我们将信息存储在境内，\n      保存期限为一年。\n    anchor: storage\n---\n\n<!-- generated -->\n"
    )
    got = _blocks(text)
    assert [(k, t) for k, t, *_ in got] == [
        ("heading", "联系我们"),
        ("paragraph", "如有问题请发送邮件。"),
        ("heading", "个人信息的存储"),
        ("paragraph", "我们将信息存储在境内， 保存期限为一年。"),
    ]
    _located(text)


@pytest.mark.parametrize(
    "text",
    [
        # a real body: the front matter only feeds the title
        "---\ntitle: 隐私政策\ndescription: 本政策说明我们如何处理信息。\n---\n\n我们重视您的隐私。\n",
        # no prose in the front matter: a page its layout fills, still empty
        "---\ntitle: 隐私政策\nlayout: privacy\npermalink: /privacy/\ndate: 2024-01-01\nweight: 3\n---\n",
        # a stub: the page's summary only
        "---\ntitle: 隱私政策\ndescription: Eric SJ Research 的隱私政策。\n---\n",
        # English configuration strings are no prose
        "---\ntitle: Privacy\nmenu: main\nsummary_length: short\ncolor: dark blue\n---\n",
        # TOML front matter is not read
        '+++\ntitle = "隐私政策"\ndescription = "我们如何处理您的信息。"\n+++\n',
    ],
)
def test_not_read_as_document(text: str) -> None:
    parsed = read_markdown(text)
    if "我们重视" in text:
        assert [b.text for b in parsed.blocks] == ["我们重视您的隐私。"]
    else:
        assert parsed.blocks == []
    assert parsed.own_syntax == frozenset()


@pytest.mark.parametrize(
    ("body", "empty"),
    [("", True), ("\n  \n", True), ("<!-- a -->\n<!--\nb -->\n", True), ("<!-- a --> 正文", False), ("<!-- open", False)],
)
def test_body_is_empty(body: str, empty: bool) -> None:
    from policylens.load.markdown.front_content import body_is_empty

    assert body_is_empty(["---", "title: a", "---", *body.split("\n")], 3) is empty


def test_english_prose_value_read_and_ui_labels_not() -> None:
    text = (
        "---\nhero:\n  heading: Your privacy\n  intro_copy: We collect only what we need. Nothing more.\n"
        "  submitButton: Save my choices now.\n  top_single_btn_text: 关于本站的说明。\nwidget:\n  component: banner\n  bannerTitle: 提示\n  ctaLabel: 同意\n---\n"
    )
    assert [(k, t) for k, t, *_ in _blocks(text)] == [
        ("heading", "Your privacy"),
        ("paragraph", "We collect only what we need. Nothing more."),
    ]


def _findings(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt) for f in report.findings if f.severity == "error"]


def test_interpolation_in_front_content_is_the_builders(tmp_path: Path) -> None:
    page = "---\ntitle: 隐私政策\nblocks:\n  - type: text\n    text: 偏好在保存后 {days} 天过期，生效日期：2024年1月1日。\n---\n"
    assert _findings(tmp_path, "a.md", page) == []
    # the same sentence in a body is still a slot
    body = "---\ntitle: 隐私政策\n---\n\n偏好在保存后 {days} 天过期，生效日期：2024年1月1日。\n"
    assert [r for r, *_ in _findings(tmp_path, "b.md", body)] == ["placeholder-instruction"]


def test_edgepress_page(tmp_path: Path) -> None:
    """eval/blind/round35 edgepress-md: its two drafting notes found, its UI message (line 18) and `{days}` no errors."""
    report = check_file(str(EDGEPRESS), CheckOptions(no_config=True))
    errors = sorted((f.line, f.rule) for f in report.findings if f.severity == "error")
    assert errors == [(29, "placeholder-instruction"), (63, "placeholder-instruction")]
    parsed = read_markdown(EDGEPRESS.read_text(encoding="utf-8"))
    assert not any(b.line in (18, 37, 53) for b in parsed.blocks)  # missingText, emptyText, expiryText: UI labels
    _located(EDGEPRESS.read_text(encoding="utf-8"))


_NOTES = [
    "运营者应在发布前确认实际服务商，说明适用条款和数据保留期限。",
    "网站部署者须在上线前填写真实的联系方式。",
    "此起始配置无法确定运营者所在地。请根据实际网站完成政策，必要时咨询合格的专业人员。",
    "请按照实际业务修改本隐私政策。",
]
_NOT_NOTES = [
    "启用供应商前，运营者应记录供应商接收的信息、处理目的和接收方。",
    "公众号运营者应在发布前确认内容合法合规。",
    "运营者应在发布前告知您实际的处理目的。",
    "请您根据实际情况完善您的个人资料。",
    "开发者请根据实际情况完善隐私政策后再提交审核。",
    "请根据实际需要选择是否开启定位权限。",
]


@pytest.mark.parametrize("line", _NOTES)
def test_operator_note_found(tmp_path: Path, line: str) -> None:
    text = f"隐私政策\n\n生效日期：2024年1月1日\n\n{line}\n"
    assert [(r, n) for r, n, _ in _findings(tmp_path, "p.txt", text)] == [("placeholder-instruction", 5)]


@pytest.mark.parametrize("line", _NOT_NOTES)
def test_operator_note_not_found(tmp_path: Path, line: str) -> None:
    text = f"隐私政策\n\n生效日期：2024年1月1日\n\n{line}\n"
    assert _findings(tmp_path, "p.txt", text) == []


def test_aliases_read_once_and_bounded() -> None:
    """An alias names a node again: its text is read where it is written, once; nested aliases cost no more."""
    levels = ["a0: &a0 [我们收集您的信息。, 我们收集您的信息。]"]
    levels += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(10))}]" for i in range(1, 9)]
    text = "---\ntitle: 隐私政策\n" + "\n".join(levels) + "\nrecursive: &r\n  self: *r\n  text: 本政策说明信息的处理。\n---\n"
    assert [(b.kind, b.line) for b in read_markdown(text).blocks] == [
        ("heading", 2),
        ("paragraph", 3),
        ("paragraph", 3),
        ("paragraph", 14),
    ]
