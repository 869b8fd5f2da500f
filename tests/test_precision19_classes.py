"""Misses of `check` noticed on unseen published documents (issue #11 §3, eval/precision18 "Misses noticed while reading").

Each class is reproduced on small texts written for it, both ways (reported, and the look-alike
that must stay silent):

- regional-vocabulary, Hong Kong wording in a zh-CN page: a Hong Kong company's Simplified page keeps
  私隐, 电邮 and 阁下 (eval/precision18/sage-privacy-cn/zh-CN/privacy.html), which were not reported while
  its Taiwan-and-Hong-Kong words 资讯, 透过, 身分 were.  The message names Hong Kong; the ordinance's
  name 《个人资料 (私隐) 条例》 and 「私隐条例」 are not reworded;
- regional-vocabulary, a Taiwan page converted character by character from Simplified: 操作系統,
  單擊, 第三方代碼, 其他站點, 內部存儲器 (eval/precision18/empirewar-privacy-tw/privacy-tw.html).  代碼,
  站點 and 設備 alone are Taiwan usage too (國家代碼, YouBike 站點, 電信設備, 您的設備) and stay silent;
- conversion-error, words a Simplified → Traditional converter got wrong: 控製, 限製, 強製
  (eval/precision18/wetalk-policy-tw/tw-pages/policy.html), 申請檔 and 證明檔 for 申請文件 and 證明文件
  (eval/precision18/mulagame-privacy-tw/privacy_tc.html), 游戲 for 遊戲
  (eval/precision18/mulagame-terms-tw/service_tc.html).  申請檔案 and 製作 are right;
- bracket-unbalanced, mismatched curly quotes: 「“WeTalk"」, a “ closed by an ASCII quote
  (eval/precision18/wetalk-policy-cn/cn-pages/policy.html), and the reversed 「”CCPA“」
  (eval/precision18/tosanalyst-children-bi/type1.md).  ASCII quotes in English and code, and a
  quotation over several paragraphs, stay silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file


def _findings(tmp_path: Path, text: str, name: str, rule: str) -> list[tuple[str, str | None, str]]:
    """(excerpt, suggestion, message) of `rule`'s findings when `check` reads `text` written as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,)))
    assert report.error is None, report.error
    return [(f.excerpt, f.suggestion, f.message) for f in report.findings]


_CN = "# 隐私政策\n\n更新日期：2024年1月1日\n\n"
_TW = "# 隱私權政策\n\n更新日期：2024年1月1日\n\n"


def test_hong_kong_wording_in_a_zh_cn_page_is_reported_as_hong_kong(tmp_path: Path) -> None:
    text = _CN + "阁下可发送电邮至本公司，查阅本私隐政策。\n"
    found = _findings(tmp_path, text, "privacy.zh-CN.md", "regional-vocabulary")
    assert [(e, s) for e, s, _ in found] == [("阁下", "您"), ("电邮", "电子邮件"), ("私隐", "隐私")]
    assert all("香港" in m for _, _, m in found)


def test_hong_kong_ordinance_and_mainland_words_are_not_reported(tmp_path: Path) -> None:
    text = _CN + "依据《个人资料 (私隐) 条例》（「私隐条例」），您可联络我们查阅资料，或向个人资料私隐专员公署投诉。\n"
    assert _findings(tmp_path, text, "privacy.zh-CN.md", "regional-vocabulary") == []


def test_mainland_words_of_a_converted_taiwan_page_are_reported(tmp_path: Path) -> None:
    text = _TW + "我們記錄操作系統版本；單擊其他站點的連結前，請留意第三方代碼。\n"
    found = _findings(tmp_path, text, "privacy_zh-TW.md", "regional-vocabulary")
    assert [(e, s) for e, s, _ in found] == [
        ("操作系統", "作業系統"),
        ("單擊", "點擊"),
        ("其他站點", "其他網站"),
        ("第三方代碼", "第三方程式碼"),
    ]


def test_taiwan_uses_of_device_code_and_site_are_not_reported(tmp_path: Path) -> None:
    text = _TW + "本公司之電信設備與您的設備皆適用；請輸入國家代碼與錯誤代碼，並至 YouBike 站點借車。\n"
    assert _findings(tmp_path, text, "privacy_zh-TW.md", "regional-vocabulary") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("我們會控製存取權限並限製用途。", [("控製", "控制"), ("限製", "限制")]),
        ("您需填具申請檔並附上證明檔。", [("申請檔", "申請文件"), ("證明檔", "證明文件")]),
        ("此游戲由本公司營運。", [("游戲", "遊戲")]),
    ],
)
def test_conversion_errors_are_reported(tmp_path: Path, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = _findings(tmp_path, _TW + sentence + "\n", "privacy_zh-TW.md", "conversion-error")
    assert [(e, s) for e, s, _ in found] == expected


def test_right_words_holding_a_conversion_error_are_not_reported(tmp_path: Path) -> None:
    text = _TW + "請上傳申請檔案與證明檔案；本遊戲之製作與控制不含游泳活動。\n"
    assert _findings(tmp_path, text, "privacy_zh-TW.md", "conversion-error") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('本公司（以下称“WeTalk"或“我们”）重视隐私。', ["“"]),  # the “ closed by an ASCII quote
        ("依据《加利福尼亚州消费者隐私法》（”CCPA“）处理。", ["”", "“"]),  # reversed
        ("本公司（以下可称“我们“）重视隐私。", ["“"]),  # the second “, once
    ],
)
def test_mismatched_curly_quotes_are_reported(tmp_path: Path, sentence: str, expected: list[str]) -> None:
    found = _findings(tmp_path, _CN + sentence + "\n", "privacy.md", "bracket-unbalanced")
    assert [e for e, _, _ in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        'The "Services" and "us" are defined below; set key="value".\n',  # English and code
        '请点击“"确定"”按钮。\n',  # ASCII quotes inside a curly quotation
        "“第一条 本协议适用于全部服务。\n\n“第二条 用户不得转让账户。”\n",  # a quotation over paragraphs
        "我们（“公司”）按“最小必要”原则处理。\n",
    ],
)
def test_ascii_and_paired_curly_quotes_are_not_reported(tmp_path: Path, text: str) -> None:
    assert _findings(tmp_path, _CN + text, "privacy.md", "bracket-unbalanced") == []
