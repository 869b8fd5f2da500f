"""Review u51r2 (fifty-first session, second wave): false findings of u51k's empty header values and u51p2's empty
site address, each test failing on lead51 71b40353, with the true forms they must keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, sure, written_slots


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a Taiwan era date, a month from 十, a weekday: dates the label's next line gives (lead51: placeholder-empty)
        ("p.md", "# 隱私權政策\n\n生效日期：\n\n民國113年1月1日\n\n一、本公司蒐集您的個人資料之目的為提供服務。\n"),
        ("p.md", "# 隱私權政策\n\n最後更新日期：\n\n中華民國113年1月1日\n\n一、本公司蒐集您的個人資料。\n"),
        ("p.md", "# 隐私政策\n\n更新日期：\n\n十二月 2025\n\n一、我们收集您的个人信息用于提供服务。\n"),
        ("p.md", "# Privacy Policy\n\nLast updated:\n\nMonday, 3 March 2025\n\n1. We collect your email address.\n"),
        ("p.txt", "隱私權政策\n生效日期：\n西元2024年1月1日\n本政策說明我們如何蒐集資料。\n"),
    ],
)
def test_a_header_label_over_its_date_is_no_slot(tmp_path: Path, name: str, text: str) -> None:
    assert not written_slots(tmp_path, name, text)


@pytest.mark.parametrize(
    "text",
    [
        "生效日期：\n\n十分感谢您使用本服务。",  # 十 opens a month only as 十月 / 十一月 / 十二月
        "Last updated:\n\nThis Privacy Policy describes how we collect data.",
    ],
)
def test_an_empty_header_label_is_still_a_slot(tmp_path: Path, text: str) -> None:
    assert 3 in {line for line, _ in written_slots(tmp_path, "p.md", "# Privacy Policy\n\n" + text + "\n")}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the site's address given as a link's name on the next line (lead51: placeholder-instruction error)
        ("p.md", "# 隐私政策\n\n我们的网站地址是：\n\n[星河官方网站](https://xinghe.com.cn)\n\n一、我们收集您的邮箱用于登录。\n"),
        ("p.md", "# Privacy Policy\n\nOur website address is:\n\n[Acme Store](https://acme.shop)\n\n1. We collect your email.\n"),
    ],
)
def test_a_site_address_given_as_a_link_is_no_slot(tmp_path: Path, name: str, text: str) -> None:
    assert not [line for line, excerpt in written_slots(tmp_path, name, text) if "地址" in excerpt or "address" in excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n我们的站点地址是:\n\n评论\n\n当访客留下评论时，我们会收集评论表单所显示的数据。\n",
        "# Privacy Policy\n\nOur website address is:\n\nComments\n\nWhen visitors leave comments we collect the data.\n",
        "隐私政策\n\n我们的站点地址是 Our site address is:\n\n\n评论 Comments\n\n当访客留下评论时，我们会收集数据。\n",
    ],
)
def test_the_guide_s_empty_site_address_is_still_a_slot(tmp_path: Path, text: str) -> None:
    assert 3 in {line for line, _ in written_slots(tmp_path, "p.md" if text.startswith("#") else "p.txt", text)}


_EN_ONE = "# Privacy Policy\n\n## 1. Data\n\n{}\n"
_ZH_ONE = "# 隐私政策\n\n## 1. 数据\n\n{}\n"


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        # faithful translations of a promise not to sell / track (lead51: a sure reversed promise, u51e's compare.modes)
        ("We prohibit our employees from selling your personal data.", "我们禁止员工出售您的个人数据。"),
        ("We refuse to sell your personal data.", "我们拒绝出售您的个人数据。"),
        ("Nobody at our company sells your data.", "我们公司中没有人出售您的数据。"),
        ("We prevent third parties from tracking you.", "我们防止第三方追踪您。"),
        ("We will never sell your data.", "我们严禁出售您的数据。"),
        ("We decline to sell your data.", "我们拒不出售您的数据。"),
    ],
)
def test_a_promise_kept_in_translation_is_no_reversal(tmp_path: Path, en: str, zh: str) -> None:
    product = compare_folder(tmp_path / "c", {"en.2026-01-01.md": _EN_ONE.format(en), "zh-Hans.2026-01-01.md": _ZH_ONE.format(zh)})
    assert sure(product, "sentences") == []


def test_a_promise_reversed_is_still_reported(tmp_path: Path) -> None:
    en, zh = "We prohibit selling your personal data.", "我们会出售您的个人数据。"
    product = compare_folder(tmp_path / "c", {"en.2026-01-01.md": _EN_ONE.format(en), "zh-Hans.2026-01-01.md": _ZH_ONE.format(zh)})
    assert len(sure(product, "sentences")) >= 1


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Updated: May 2026", ["2026-05"]),
        ("Updated on 15 May 2026", []),  # a full date: the day before the month
        ("Updated on 1st of May 2026", []),
        ("Updated on 15    May 2026", []),  # spaces between the day and the month
        ("Version 3, May 2026 and 2 June 2026 " * 3, ["2026-05"] * 3),
    ],
)
def test_month_dates_read_in_a_window_are_read_as_before(text: str, keys: list[str]) -> None:
    from policylens.compare import months

    assert [key for _, _, key in months._read(text)] == keys


def test_many_months_in_one_paragraph_are_each_looked_at_near_them() -> None:
    """Each month's day and label were searched in the whole text before it (quadratic: 3,000 "May 2026" in one paragraph
    took 3.7 s of CPU on lead51); now a window before the month.  The suite checks the reading at 300, the benchmark at
    30,000 (timings.recorded())."""
    import timings
    from policylens.compare import months

    n = 30_000 if timings.recorded() else 300
    assert len(months._read("x May 2026 " * n)) == n
    assert months._read("Last updated: " + "x " * 40 + "May 2026") == [(94, 102, "2026-05")]
