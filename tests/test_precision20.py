"""False findings of `check` on unseen published documents (issue #11, eval/precision20, first run at 8f734080).

Each class is reproduced on small texts written for it, both ways (the false finding gone, and the
true one it resembles still reported):

- regional-vocabulary, a table key read across a word boundary: 「一連串行為」 (一連串 + 行為) drew
  串行 → 序列 (eval/precision20/wuji-agreement-tw/user_agreement_tw.html).  串行 alone (串行介面) is
  still reported;
- regional-vocabulary, 鏡像 in the mirroring sense: 「建立鏡像站點」 and 「“框架”、“鏡像”」 drew
  鏡像 → 映象 (the same file), while Taiwan writes 鏡像 for mirroring (螢幕鏡像, 鏡像站).  The
  disk-image sense keeps its Taiwan form: 系統鏡像 → 系統映像, 鏡像文件 → 映像檔;
- bracket-unbalanced, an opening quote typed as ”: 「简称”WellGo”软件」 drew two findings, one at
  each ” (eval/precision20/wellgo-privacy-cn/wellgo_privacy_agreement.html).  The ” that closes
  such a quotation is the same defect and is no longer reported; the reversed 「”CCPA“」 still
  draws both marks, and a second quotation opened the same way is reported again;
- contact-inconsistent, found on the held-out batch (fixed after its one measurement): an address
  written once in template brackets and once bare (「联系邮箱：【515658123@qq.com】」 … 「请通过邮箱
  515658123@qq.com 与我们联系」, eval/precision20/yinsi-privacy-docx/隐私协议.docx) was reported at
  the bare, correct address, the bracketed form taken as the main one on a tie.  The bare address now
  wins a tie: the finding falls on the brackets, where placeholder-residue's finding says the same
  (one defect, one finding); the more frequent form still wins.

A miss noticed while reading, cheap to close: conversion-error, 「服務運營商字型大小名稱」, the trade
name 字号 turned into 字型大小 (font size) by a converter's phrase table
(eval/precision20/wuji-agreement-tw/user_agreement_tw.html); 字型大小 for a font size stays silent.
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file


def _findings(tmp_path: Path, text: str, name: str, rule: str) -> list[tuple[str, str | None, int]]:
    """(excerpt, suggestion, column) of `rule`'s findings when `check` reads `text` written as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,)))
    assert report.error is None, report.error
    return [(f.excerpt, f.suggestion, f.column) for f in report.findings]


_CN = "# 隐私政策\n\n更新日期：2024年1月1日\n\n"
_TW = "# 隱私權政策\n\n更新日期：2024年1月1日\n\n"


def test_a_key_across_a_word_boundary_is_not_reported(tmp_path: Path) -> None:
    text = _TW + "您須對以本帳號登入後所開始的一連串行為負責。\n"
    assert _findings(tmp_path, text, "privacy_zh-TW.md", "regional-vocabulary") == []


def test_serial_alone_is_still_reported(tmp_path: Path) -> None:
    text = _TW + "本裝置透過串行介面連接。\n"
    assert [(e, s) for e, s, _ in _findings(tmp_path, text, "privacy_zh-TW.md", "regional-vocabulary")] == [("串行", "序列")]


def test_mirroring_is_not_reported(tmp_path: Path) -> None:
    text = _TW + "您不得建立本網站的鏡像站點，亦不得以“框架”、“鏡像”方式模仿本服務。\n"
    assert _findings(tmp_path, text, "privacy_zh-TW.md", "regional-vocabulary") == []


def test_a_disk_image_is_still_reported(tmp_path: Path) -> None:
    text = _TW + "如需協助，請提供系統鏡像或鏡像文件。\n"
    found = _findings(tmp_path, text, "privacy_zh-TW.md", "regional-vocabulary")
    assert [(e, s) for e, s, _ in found] == [("系統鏡像", "系統映像"), ("鏡像文件", "映像檔")]


def test_an_opener_typed_as_a_closing_quote_is_reported_once(tmp_path: Path) -> None:
    text = _CN + "本软件简称”小明”软件，由我们提供。\n"
    assert [(e, c) for e, _, c in _findings(tmp_path, text, "privacy.md", "bracket-unbalanced")] == [("”", 6)]


def test_reversed_and_repeated_quotes_are_still_reported(tmp_path: Path) -> None:
    text = _CN + "依据”CCPA“处理。\n\n本软件简称”小明”，另称”小红”。\n"
    found = [(e, c) for e, _, c in _findings(tmp_path, text, "privacy.md", "bracket-unbalanced")]
    assert found == [("”", 3), ("“", 8), ("”", 6), ("”", 13)]


def test_a_bracketed_address_against_a_bare_one_is_one_finding_at_the_brackets(tmp_path: Path) -> None:
    text = _CN + "联系邮箱：【service@example.cn】\n\n请通过邮箱 service@example.cn 与我们联系。\n"
    path = tmp_path / "privacy.md"
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=("contact-inconsistent", "placeholder-residue")))
    assert [(f.rule, f.line) for f in report.findings] == [("placeholder-residue", 5)]


def test_the_more_frequent_form_is_still_the_main_one(tmp_path: Path) -> None:
    text = _CN + "联系邮箱：【service@example.cn】\n\n或【service@example.cn】\n\n请通过邮箱 service@example.cn 与我们联系。\n"
    found = _findings(tmp_path, text, "privacy.md", "contact-inconsistent")
    assert [e for e, _, _ in found] == ["service@example.cn"]
    assert found[0][2] == 7  # the bare address (「请通过邮箱 service@…」), the less common form


def test_a_trade_name_converted_as_font_size_is_reported(tmp_path: Path) -> None:
    text = _TW + "本服務相關的商標、服務商字型大小名稱均為我方所有。\n"
    assert [(e, s) for e, s, _ in _findings(tmp_path, text, "privacy_zh-TW.md", "conversion-error")] == [("字型大小名稱", "字號名稱")]


def test_a_font_size_is_not_reported(tmp_path: Path) -> None:
    text = _TW + "您可在設定中調整字型大小，名稱欄位不受影響。\n"
    assert _findings(tmp_path, text, "privacy_zh-TW.md", "conversion-error") == []
