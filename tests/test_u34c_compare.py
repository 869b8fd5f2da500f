"""`compare` on the classes the edition sets `eval/editions33` and `eval/editions34` showed (u34c).

- A promise not to keep the data inside a sentence that is paired with the other edition's: 「这些连接信息仅在插件运行时
  使用，不会被存储或用于任何其他…用途」 / "These details are only used when the add-in is running and not for any other
  purposes" (editions33 hellodb's H2, not blind: it was read after that set's held-out run).  Reported (`sentence-only`,
  0.7, lacks 'not stored') when the other edition says nothing of keeping data anywhere: no store, retain, keep, save,
  memory, log, remain, 保存, 日志…, nor a deletion once the data is used.  A user's right to delete is no such word.
- One date written once counted twice: a page that gives only an effective date reads it as its update date too
  (`structure.metadata`), so "This policy is effective as of 2020-04-16" against a Chinese edition without a date was
  two sure entries, the second under the label 'updated' the page never uses (editions34 celestia).  Now one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder as _product
from helpers import compare_product, sure
from policylens.compare.sentences import _NOT_KEPT, _SPEAKS_OF_KEEPING, concepts

ROOT = Path(__file__).resolve().parents[1] / "eval"

ZH = """# 隐私政策

## 1. 数据收集

本插件不会主动收集用户的任何个人数据。
插件要求用户配置数据库的连接信息，包括数据库地址和端口号。

## 2. 数据使用

我们仅使用用户配置的连接信息来连接数据库。
这些连接信息仅在插件运行时使用，{zh}用于任何其他用途。

## 3. 联系我们

联系邮箱：service@example.com
"""

EN = """# Privacy Policy

## 1. Data Collection

This add-in doesn't actively gather any personal user data.
The add-in asks users for database connection details, such as the database address and port.

## 2. Data Usage

We only use the connection details users provide to connect to the database.
These details are only used while the add-in is running and {en} for any other purposes.

## 3. Contact Us

Contact email: service@example.com
"""


def _pair(tmp_path: Path, zh: str, en: str, more: tuple[str, str] | None = None) -> dict[str, Any]:
    """The two editions; `more`: a fourth section (its Chinese and English sentence), in both."""
    zh_more, en_more = (f"\n## 4. 其他\n\n{more[0]}\n", f"\n## 4. Other\n\n{more[1]}\n") if more else ("", "")
    files = {"zh-Hans.2026-01-01.md": ZH.format(zh=zh) + zh_more, "en.2026-01-01.md": EN.format(en=en) + en_more}
    return _product(tmp_path / "db", files)


def test_a_promise_not_to_store_in_the_chinese_sentence_only_is_reported(tmp_path: Path) -> None:
    (found,) = sure(_pair(tmp_path, "不会被存储或", "not"))
    assert found["kind"] == "sentence-only" and found["lacks"] == ["not stored"] and found["confidence"] == 0.7
    assert found["only_in"].startswith("zh-Hans") and "不会被存储" in found["text"]
    assert found["counterpart"].startswith("These details are only used")


def test_a_promise_not_to_store_in_the_english_sentence_only_is_reported(tmp_path: Path) -> None:
    """The other direction: the English sentence promises it, the Chinese edition says nothing of keeping data."""
    (found,) = sure(_pair(tmp_path, "不会", "are not stored or used"))
    assert found["lacks"] == ["not stored"] and found["only_in"].startswith("en")


def test_a_right_to_delete_is_no_word_of_keeping(tmp_path: Path) -> None:
    """A user's right to have the data deleted says nothing of how long it is kept: still reported."""
    (found,) = sure(_pair(tmp_path, "不会被存储或", "not", ("您可以要求我们删除您的数据。", "You can ask us to delete your data.")))
    assert found["lacks"] == ["not stored"]


@pytest.mark.parametrize(
    ("zh", "en", "more"),
    [
        ("不会被存储或", "are not stored or used", None),  # both say it
        ("不会被存储或", "are not retained or used", None),  # said otherwise
        ("不会被存储或", "not", ("这些信息仅在内存中处理。", "The details are held in memory only.")),  # said elsewhere
        ("不会被存储或", "not", ("这些信息使用后即删除。", "The details are deleted immediately after use.")),
        ("不会被存储或", "not", ("我们不会把这些信息写入日志。", "We do not write the details to our logs.")),
        ("不会", "not", None),  # no promise on either side
        ("不得", "not", None),  # 「不得」 is no promise not to store
    ],
)
def test_a_promise_the_other_edition_may_say_is_not_reported(tmp_path: Path, zh: str, en: str, more: tuple[str, str] | None) -> None:
    assert sure(_pair(tmp_path, zh, en, more)) == []


@pytest.mark.parametrize(
    ("text", "promise"),
    [
        ("这些连接信息仅在插件运行时使用，不会被存储或用于任何其他用途。", True),
        ("插件**不会**持久存储任何此类信息。", True),
        ("我们不在本地保存您的图片。", True),
        ("這些資料不會被儲存。", True),
        ("We do not store your prompts.", True),
        ("They won't be saved.", True),
        ("Images are never persistently stored.", True),
        ("不同的保存期限适用于不同的数据。", False),  # 不同 (different)
        ("第三方不得保存您的数据。", False),  # a duty of others, 不得
        ("We store your data for 30 days.", False),
        ("We do not share your data.", False),
    ],
)
def test_a_promise_not_to_keep(text: str, promise: bool) -> None:
    assert (_NOT_KEPT.search(text) is not None) is promise


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("The details remain on your device.", True),
        ("Log Data", True),
        ("用后即删除。", True),
        ("Users can access, correct, delete their personal information.", False),
        ("用户有权删除其个人信息。", False),
        ("browsing history, shopping records", False),
    ],
)
def test_words_of_keeping_data(text: str, speaks: bool) -> None:
    assert (_SPEAKS_OF_KEEPING.search(text) is not None) is speaks


def test_hellodb_not_stored_is_found() -> None:
    """Regression (not blind): eval/editions33 hellodb's H2 beside its H1 (u33c)."""
    product = compare_product(ROOT / "editions33" / "heldout" / "hellodb")
    found = [(s["section"]["title"], s["lacks"]) for s in sure(product)]
    assert found == [("1. 数据收集", ["password"]), ("2. 数据使用", ["not stored"])]


def _dated(tmp_path: Path, en_date_lines: str) -> list[dict[str, Any]]:
    files = {
        "zh-Hans.2026-01-01.md": "# 隐私政策\n\n## 联系我们\n\n如有问题请联系 team@example.com。\n",
        "en.2026-01-01.md": f"# Privacy Policy\n\n## Contact Us\n\nIf you have questions, contact team@example.com.\n\n{en_date_lines}\n",
    }
    product = _product(tmp_path / "p", files)
    return [d for d in product["divergences"] if d.get("fact") == "date"]


def test_an_effective_date_alone_is_one_entry(tmp_path: Path) -> None:
    (entry,) = _dated(tmp_path, "This policy is effective as of 2020-04-16.")
    assert entry["detail"] == "effective" and entry["value"] == "2020-04-16" and entry["base_value"] is None


def test_an_update_date_and_another_effective_date_are_two_entries(tmp_path: Path) -> None:
    entries = _dated(tmp_path, "Last updated: 2021-05-01\n\nEffective date: 2021-06-01")
    assert sorted((e["detail"], e["value"]) for e in entries) == [("effective", "2021-06-01"), ("updated", "2021-05-01")]


def test_celestia_date_once() -> None:
    """Regression: eval/editions34 celestia, the English page's one date against a Chinese page with none."""
    product = compare_product(ROOT / "editions34" / "editions" / "celestia")
    dates = [(d["detail"], d["value"]) for d in product["divergences"] if d.get("fact") == "date"]
    assert dates == [("effective", "2020-04-16")]


@pytest.mark.parametrize("group", ["kiri", "vindows", "xntfs"])
def test_editions34_faithful_translations_report_nothing_sure(group: str) -> None:
    """eval/editions34's faithful development groups (a list with an item fewer in vindows; download hosts in a
    paragraph of their own in kiri) have no sure entry."""
    product = compare_product(ROOT / "editions34" / "editions" / group)
    assert sure(product) == []


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("插件可能在本地校验凭据格式；", True),  # credentials, 凭据
        ("請妥善保管您的登入憑證。", True),  # Taiwan's sign-in 登入 and 憑證, on the cross-script key
        ("请妥善保管您的登录凭证。", True),
        ("口令", True),
        ("请保留您的付款凭证。", False),  # a payment's voucher is no credential
        ("請保留您的交易憑證。", False),
        ("The plugin may validate credentials format locally;", True),
    ],
)
def test_credentials_are_the_password_concept(text: str, password: bool) -> None:
    """False class of the held-out run (eval/editions34 doubao, read after it): "credentials" was the password concept
    in English, but 凭据 was none in Chinese, so a faithful pair did not align and the English sentence was reported."""
    assert ("password" in concepts(text)) is password


def test_a_payment_voucher_stays_a_payment() -> None:
    assert {"payment", "password"} & concepts("请保留您的付款凭证。") == {"payment"}


def test_doubao_only_the_endpoint() -> None:
    """Regression (not blind): eval/editions34 doubao, held out; its one real divergence (D1, the endpoint URL in the
    English edition only) is its one sure entry."""
    product = compare_product(ROOT / "editions34" / "heldout" / "doubao")
    assert [(d.get("fact"), d.get("value")) for d in sure(product)] == [("url", "https://ark.cn-beijing.volces.com")]
