"""bracket-unbalanced: the labels of a run-in list are not unmatched brackets.

A list whose items follow each other inside one paragraph (「…信息：a）经您事先同意…;b）…」,
or an HTML paragraph whose items are separated by <br>: 「…平台用户<br />1）在您使用…」) has a
`）` after each label.  Only a label at the very start of a paragraph was recognised: a real
page got 55 false warnings.  A closing mark that really closes nothing is still reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli


def _marks(tmp_path: Path, text: str, suffix: str = ".txt") -> list[str]:
    path = tmp_path / f"p{suffix}"
    path.write_text(text, encoding="utf-8")
    out = cli("check", str(path), "--select", "bracket-unbalanced", "--format", "text", "--no-config").stdout
    return [line.rsplit("：", 1)[-1] for line in out.splitlines() if "bracket-unbalanced" in line]


@pytest.mark.parametrize(
    "text",
    [
        "隐私政策\n\n我们会在以下情况披露您的个人信息：a）经您事先同意；b）根据法律法规的要求。\n",
        "隐私政策\n\n我们收集的信息包括：1）设备信息，2）位置信息、3）日志信息。\n",
        "隐私政策\n\n 1.1 帮助您注册 1）在您使用本产品时，我们建议您注册帐号；2）当您使用客服时，我们会记录。\n",
    ],
)
def test_run_in_list_labels_are_not_reported(tmp_path: Path, text: str) -> None:
    assert _marks(tmp_path, text) == []


def test_labels_after_a_line_break_in_html(tmp_path: Path) -> None:
    page = "<html><body><h1>隐私政策</h1><p>1.1帮助您注册成为平台用户<br />1）在您使用本产品和服务时，我们建议您注册一个帐号。<br />2）当您使用客服时，我们会记录您的问题。</p></body></html>\n"
    assert _marks(tmp_path, page, ".html") == []


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("隐私政策\n\n使用此应用程序《管家》（Steward））即表示您同意以下条款。\n", "）"),
        ("隐私政策\n\n我们收集设备信息（如IMEI、IMSI，用于安全风控。\n", "（"),
        ("隐私政策\n\n我们收集 MAC 地址）、设备标识符等信息。\n", "）"),
    ],
)
def test_a_mark_that_closes_nothing_is_still_reported(tmp_path: Path, text: str, mark: str) -> None:
    assert _marks(tmp_path, text) == [mark]


@pytest.mark.parametrize(
    "text",
    [
        "隐私政策\n\n我们收集的信息包括：姓名、电话、IP）等。\n",
        "隐私政策\n\n我们将在收到您的请求后15）个工作日内予以答复。\n",
        "隐私政策\n\n具体规则请见第3）条。\n",
    ],
)
def test_a_label_shaped_closer_without_its_list_is_still_reported(tmp_path: Path, text: str) -> None:
    # a run-in label needs its list: the label before or after it (2）, b）) must be there too
    assert _marks(tmp_path, text) == ["）"]
