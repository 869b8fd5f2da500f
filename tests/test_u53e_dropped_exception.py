"""`compare`: an English promise made with an exception that the Chinese edition makes without it (u53e, eval/editions51
balkan B3: "Except for the optional website analytics described below, the developer does not directly collect…"
against 「在正常使用过程中，开发者不会直接收集…」)."""

from __future__ import annotations

from pathlib import Path

from helpers import compare_folder, sure
from policylens.compare import modes
from policylens.diff.variants import cross_script_key

EN = """# Privacy Policy

## Information We Collect

Except for the optional website analytics described below, we do not collect your name, email address or location.
The app stores your settings on your device only.

## Analytics

The website uses Google Analytics only after you accept analytics, to count page views.

## Contact

Write to privacy@example.com with any question.
"""
ZH = """# 隐私政策

## 我们收集的信息

我们不会收集您的姓名、电子邮件地址或位置。本应用仅在您的设备上存储您的设置。

## 分析

网站仅在您接受分析后使用 Google Analytics 统计页面浏览量。

## 联系我们

如有任何疑问，请写信至 privacy@example.com。
"""


def test_excepted_promises_read_an_exception_and_a_negated_practice() -> None:
    assert modes.excepted_promises("Except for the analytics below, we do not collect your name.") == ["collect"]
    assert modes.excepted_promises("We do not share your data with any third party other than Valve.") == ["share"]
    assert modes.excepted_promises("We do not collect your name.") == []  # no exception: u52d's plain promise
    assert modes.excepted_promises("Except for backups, we keep your data on your device.") == []  # no negated practice
    assert modes.excepted_promises("Do not share your password with anyone except your guardian.") == []  # the reader's conduct


def test_a_chinese_promise_is_plain_only_without_condition_or_exception() -> None:
    def key(text: str) -> str:
        return cross_script_key(text)

    assert modes.plain_promise_zh(key("在正常使用過程中，開發者不會直接收集您的姓名"), "collect")
    assert not modes.plain_promise_zh(key("除下文所述的分析外，我们不会收集您的姓名"), "collect")
    assert not modes.plain_promise_zh(key("未经您同意，我们不会收集您的位置"), "collect")
    assert not modes.plain_promise_zh(key("我们会收集您的姓名"), "collect")
    assert modes.excepted_zh(key("仅在您同意后我们才会收集分析数据"), "collect")


def test_an_exception_the_chinese_edition_drops_is_reported(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "app", {"en.2024-01-01.md": EN, "zh-Hans.2024-01-01.md": ZH})
    found = [(e["text"], e["lacks"], e.get("counterpart")) for e in sure(product, "sentences") if e["lacks"] == ["exception"]]
    assert found == [
        (
            "Except for the optional website analytics described below, we do not collect your name, email address or location.",
            ["exception"],
            "我们不会收集您的姓名、电子邮件地址或位置。",
        )
    ]


def test_an_exception_kept_or_a_practice_hedged_elsewhere_reports_nothing(tmp_path: Path) -> None:
    kept = ZH.replace("我们不会收集", "除下文所述的可选分析外，我们不会收集")
    hedged = ZH.replace("统计页面浏览量。", "统计页面浏览量。仅在您同意后，我们才会收集分析数据。")
    for k, zh in enumerate((kept, hedged)):
        product = compare_folder(tmp_path / f"app{k}", {"en.2024-01-01.md": EN, "zh-Hans.2024-01-01.md": zh})
        assert not [e for e in product["sentences"] if e["lacks"] == ["exception"]], zh
