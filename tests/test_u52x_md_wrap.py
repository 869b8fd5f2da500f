"""A Markdown paragraph its author hard-wrapped (fifty-second session, u52x; eval/structure52 flaredo-md, structure51
keepygaga-md): a line ending on 。 only because the wrap fell there no longer ends the paragraph (`load/md_wrap.py`).

Left as before: a paragraph written one sentence a line (the common Chinese Markdown form, where each line is a
paragraph of its own), a short paragraph with too little evidence, a list item or a numbered line after the sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.load.md_wrap import wrap_width

EVAL = Path(__file__).resolve().parents[1] / "eval"

_HANS = (
    "跨设备二维码登录会编码一个有效期十分钟的临时凭据，其中包含临时的密钥与\n"
    "一次性密码、账号名称和过期时间以及设备的型号与系统版本号等等信息。\n"
    "任何能读取尚未过期且未被消费的二维码的人，都可能登录该账号，因此请\n"
    "用户在离开设备之前关闭二维码并妥善保管设备，避免他人读取这些内容。\n"
)
_HANT = (
    "跨裝置二維碼登入會編碼一個有效期十分鐘的臨時憑證，其中包含臨時的金鑰與\n"
    "一次性密碼、帳號名稱和過期時間以及裝置的型號與系統版本號等等資訊。\n"
    "任何能讀取尚未過期且未被使用的二維碼的人，都可能登入該帳號，因此請\n"
    "使用者在離開裝置之前關閉二維碼並妥善保管裝置，避免他人讀取這些內容。\n"
)


def _paragraphs(body: str) -> list[str]:
    doc = parse_string("# 隐私说明\n\n## 一、登录\n\n" + body, ".md")
    return [p.text for s in doc.sections for p in s.paragraphs]


@pytest.mark.parametrize("body", [_HANS, _HANT])
def test_a_hard_wrapped_paragraph_is_one_paragraph(body: str) -> None:
    assert len(_paragraphs(body)) == 1


def test_one_sentence_a_line_stays_paragraphs() -> None:
    body = (
        "我们重视您的隐私。\n"
        "本政策说明我们如何收集和使用您的个人信息，以及您享有的各项权利和行使方式。\n"
        "如有疑问，请联系我们。\n"
        "我们会定期更新本政策。\n"
    )
    assert len(_paragraphs(body)) == 4


def test_a_short_paragraph_is_left_as_it_was() -> None:
    body = "登录会编码一个有效期十分钟的临时凭据，其中包含临时密钥和账号名称、\n一次性密码和过期时间等信息。\n任何人都可能读取。\n"
    assert len(_paragraphs(body)) == 2


def test_a_list_item_after_the_sentence_starts_its_block() -> None:
    lines = _HANS.split("\n")
    assert wrap_width(lines[:4]) is not None
    body = "\n".join([lines[0], lines[1], "1. 任何能读取尚未过期且未被消费的二维码的人，都可能登录该账号，因此请", lines[3]])
    assert len(_paragraphs(body)) >= 2


def test_flaredo_regression() -> None:
    """The real file: lines 58–62 and 152–155 are one paragraph each (two before)."""
    doc = parse_path(str(EVAL / "structure52" / "dev" / "flaredo-md" / "privacy.md"))
    spans = {(p.line, p.end_line) for s in doc.sections for p in s.paragraphs}
    assert (58, 62) in spans and (152, 155) in spans
