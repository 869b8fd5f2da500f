"""The error for bytes whose encoding cannot be told points at the right byte and suggests what to try.

An acceptance review found that a GB18030 file with one stray 0xff byte at offset 95 was
reported at "byte 0xd3 at offset 6" (where UTF-8 failed; a valid GB18030 byte), and that an
English edition in Windows-1252 got no hint at all.
"""

from __future__ import annotations

import pytest

from policylens.errors import UserError
from policylens.load.encoding import decode

GB = "隐私政策\n\n一、我们收集的信息\n我们会收集您的手机号码和设备信息，用于提供服务。\n".encode("gb18030")


def test_the_reading_that_got_furthest_names_the_bad_byte() -> None:
    data = GB + b"\xff" + GB
    with pytest.raises(UserError) as info:
        decode(data, path="p.txt")
    message = str(info.value)
    assert f"at byte 0xff at offset {len(GB)}" in message
    assert "GB18030" in message.split("at byte")[0].split(";")[-1]
    assert "offset 0)" not in message


def test_several_readings_stopping_at_one_byte_are_all_named() -> None:
    with pytest.raises(UserError, match=r"Big5, Big5-HKSCS and GB18030 stop at byte 0xff"):
        decode(GB + b"\xff" + GB, path="p.txt")


def test_an_english_edition_in_windows_1252_gets_a_hint() -> None:
    text = (
        "Privacy Policy\n\nWe don\u2019t sell your data. \u201cPersonal data\u201d means any information \u2013 names, e-mail addresses.\n"
        * 8
    )
    with pytest.raises(UserError, match="try --encoding cp1252"):
        decode(text.encode("cp1252"), path="en.txt")
    decoded, name, _ = decode(text.encode("cp1252"), path="en.txt", forced="cp1252")
    assert decoded == text and name == "cp1252"
