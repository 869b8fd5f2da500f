"""A promise only the English edition makes, against a condensed Chinese translation (fifty-second session, u52d;
eval/editions51 balkan-lag BL3 and balkan B2: "Balkan Currency Converter does not use this information to identify or
track users", absent from both Chinese editions, was reported by nothing).

A sentence that exists in one edition only is reported when its content, not its wording, is absent from the other:
the promise is read as (practice, not) — `compare.modes.negated_promises` — and is absent only when the Chinese
edition names the practice nowhere (`compare.modes.names_practice`); a condensed translation that says the promise in
fewer words, or names the practice in any mode, or an English promise with a condition, reports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, compare_product, sure
from policylens.compare.modes import names_practice, negated_promises

SET = Path(__file__).resolve().parents[1] / "eval" / "editions51"

EN = "# Privacy Policy\n\n" + "".join(
    f"## {title}\n\n{body}\n\n"
    for title, body in (
        ("Information We Collect", "The app does not require an account."),
        ("Exchange Rate Data", "Exchange rates are retrieved from the Frankfurter API. PROMISE"),
        ("Advertising", "The app shows ads from AdMob."),
        ("Local Data", "Your favourites are stored on your device."),
        ("Data Retention", "We keep nothing on our servers."),
        ("Children", "The app is not directed at children."),
        ("Contact", "Write to dev@example.com."),
    )
)
ZH = """# 隐私政策

本应用不需要帐户。汇率是从 Frankfurter API 检索的。CHINESE本应用会显示 AdMob 广告。您的收藏储存在您的设备上。我们不在服务器上保留任何内容。本应用并非针对儿童。

## 联系开发者

请写信至 dev@example.com。
"""


def _lacks(tmp_path: Path, promise: str, chinese: str = "") -> list[list[str]]:
    files = {"en.2026-01-01.md": EN.replace("PROMISE", promise), "zh-Hans.2026-01-01.md": ZH.replace("CHINESE", chinese)}
    return [x["lacks"] for x in sure(compare_folder(tmp_path, files), "sentences")]


def test_an_english_only_promise_is_reported(tmp_path: Path) -> None:
    assert _lacks(tmp_path / "a", "The app does not use this information to identify or track users.") == [["not track"]]
    assert _lacks(tmp_path / "b", "We never sell your data.") == [["not sell"]]


@pytest.mark.parametrize(
    ("promise", "chinese"),
    [
        # the same promise in fewer words
        ("The app does not use this information to identify or track users.", "本应用不会追踪您。"),
        ("The app does not use this information to identify or track users.", "本應用不會用於識別使用者。"),
        ("We never sell your data.", "我们不会出售您的数据。"),
        # the practice named in another mode: the editions differ, but not by a promise the Chinese lacks
        ("We never sell your data.", "我们可能会出售汇总数据。"),
        # a condition or an exception: no plain promise
        ("We do not share your data unless required by law.", ""),
        ("We only share data with your consent.", ""),
        # the negation belongs to another clause
        ("We do not collect your name, but partners may track usage.", ""),
    ],
)
def test_said_otherwise_or_hedged_is_quiet(tmp_path: Path, promise: str, chinese: str) -> None:
    assert _lacks(tmp_path, promise, chinese) == []


def test_negated_promises_reads_one_clause() -> None:
    assert negated_promises("We do not sell your data, but we track usage.") == ["sell"]
    assert negated_promises("We do not collect data and we track sessions.") == []
    assert negated_promises("This app does not track you across apps or websites.") == ["track"]
    assert negated_promises("Nobody is tracked.") == ["track"]
    assert names_practice("本应用不会用于识别用户", "track")
    assert not names_practice("本应用会显示广告", "track")


def test_balkan_lag_reports_the_english_only_no_tracking_promise() -> None:
    """BL3 (real blobs, constructed lag): the English edition's promise, absent from the condensed Chinese."""
    entries = sure(compare_product(SET / "editions" / "balkan-lag"), "sentences")
    assert [x["lacks"] for x in entries if x["text"].startswith("Balkan Currency Converter does not use")] == [["not track"]]
