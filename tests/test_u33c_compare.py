"""`compare` on the class the edition sets `eval/editions32` and `eval/editions33` showed (u33c).

editions32's ccd03 (not blind any more: its misses were read by the thirty-second session) had sentences of the Chinese
edition only inside sections that pair well; one of them is a list with an item more inside a sentence the English
edition translates: 「将包括用户的电子邮件地址、手机型号、系统版本号以及错误日志（如果有）」 / "it will include the user's
email address, phone model and system version number".  The sentence is paired one to one, so no lone sentence was
read, and its extra item carries no anchor.  Now a list with exactly one item more, whose items name a kind of data
(`sentences.ITEM_KINDS`: a password, a log, a location, a microphone, contacts) that the whole other section never
names, not even in looser words, is a `sentence-only` entry with its counterpart (confidence 0.7).

editions33's five development groups (faithful translations) had no sure entry on the frozen base; the tests keep it so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder as _product
from helpers import compare_product, sure
from policylens.compare.sentences import _item_kinds, _items

ROOT = Path(__file__).resolve().parents[1] / "eval"

ZH = """# 隐私政策

## 1. 数据收集

本插件不会主动收集用户的任何个人数据。
请注意，插件要求用户配置数据库的连接信息，这些信息可能包含数据库的 IP 地址、端口号、数据库名称、{zh}等。
我们仅用于实现插件与数据库的连接功能，不会与第三方共享。

## 2. 联系我们

联系邮箱：service@example.com
"""

EN = """# Privacy Policy

## 1. Data Collection

This add-in doesn't actively gather any personal user data.
Note that the add-in asks users for database connection details, like the database IP, port, name, {en}.
We only use these details to connect the add-in to the database and we don't share them with third parties.

## 2. Contact Us

Contact email: service@example.com
"""


def _pair(tmp_path: Path, zh: str, en: str) -> dict[str, Any]:
    files = {"zh-Hans.2026-01-01.md": ZH.format(zh=zh), "en.2026-01-01.md": EN.format(en=en)}
    return _product(tmp_path / "db", files)


def test_a_password_in_the_chinese_list_only_is_reported(tmp_path: Path) -> None:
    product = _pair(tmp_path, "用户名和密码", "username")
    (found,) = sure(product, "sentences")
    assert found["lacks"] == ["password"]
    assert found["only_in"].startswith("zh-Hans")
    assert "密码" in found["text"] and found["counterpart"].endswith("username.")


def test_a_log_in_the_english_list_only_is_reported(tmp_path: Path) -> None:
    """The other direction: the English list names error logs, the Chinese one has an item less and no log anywhere."""
    product = _pair(tmp_path, "用户名", "username and error logs")
    (found,) = sure(product, "sentences")
    assert found["lacks"] == ["log"] and found["only_in"].startswith("en")


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("用户名和密码", "username and password"),  # the same list
        ("用户名和密码", "username and credentials"),  # the item in other words
        ("用户名和访问令牌", "username"),  # an item more that names no kind of data in the table
        ("用户名、密码和表名", "username"),  # two items more: a list written otherwise, not an item added
    ],
)
def test_a_list_the_other_edition_translates_is_not_reported(tmp_path: Path, zh: str, en: str) -> None:
    assert sure(_pair(tmp_path, zh, en), "sentences") == []


def test_a_kind_the_other_section_says_elsewhere_is_not_reported(tmp_path: Path) -> None:
    """The English section names passwords in another sentence: its list may have left the item to it."""
    files = {
        "zh-Hans.2026-01-01.md": ZH.format(zh="用户名和密码"),
        "en.2026-01-01.md": EN.format(en="username").replace("third parties.", "third parties. Use a strong password for the database."),
    }
    assert sure(_product(tmp_path / "db", files), "sentences") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("当用户向我们发送反馈电子邮件时，将包括用户的电子邮件地址、手机型号、系统版本号以及错误日志（如果有）。", 4),
        ("When a user sends us a feedback email, it will include the user's email address, phone model and system version number.", 3),
        ("这些信息可能包含数据库的 IP 地址、端口号、数据库名称、用户名和密码等。", 5),
        ("Note that the add-in asks users for database connection details, like the database IP, port, name, username.", 4),
        ("We do not sell your data.", 0),
        ("我们不会出售您的数据，也不会共享。", 0),
    ],
)
def test_the_longest_list_of_a_sentence(text: str, count: int) -> None:
    assert max((len(items) for items in _items(text)), default=0) == count


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("错误日志", {"log"}),
        ("error logs", {"log"}),
        ("用户名和密码", {"password"}),
        ("拍摄的照片", set()),  # 拍摄 is no kind of data in a list (the camera concept reads it: not here)
        ("a blog post", set()),
    ],
)
def test_item_kinds(text: str, kinds: set[str]) -> None:
    assert _item_kinds(text) == kinds


def test_ccd03_error_log_in_the_feedback_mail_is_found() -> None:
    """Regression: eval/editions32 ccd03's O4, 「以及错误日志（如果有）」 in the Chinese feedback sentence only."""
    product = compare_product(ROOT / "editions32" / "editions" / "ccd03")
    found = [(s["section"]["title"], s["lacks"]) for s in sure(product, "sentences")]
    assert found == [("2.电子邮件反馈", ["log"])]


@pytest.mark.parametrize("group", ["snapstudy", "omp", "xlinuxfs", "bearertoken", "respectesc"])
def test_editions33_faithful_translations_report_nothing_sure(group: str) -> None:
    """Regression: eval/editions33's development groups, faithful translations, have no sure entry."""
    product = compare_product(ROOT / "editions33" / "editions" / group)
    assert sure(product) == []


@pytest.mark.parametrize(
    "text",
    [
        "提供、維護和改進本應用的基本功能，如產品記錄、保質期提醒、數據統計等；",  # 記錄 is a record, folded into 日志 by the key
        "运动数据：记录您的运动类型、时长和相关信息，用于分析和追踪目的。",
    ],
)
def test_a_record_is_no_log(text: str) -> None:
    """False class of the first version of the rule (eval/blind/editions25 kpj, eval/editions28 watchhr): the
    cross-script key reads 記錄 / 记录 as 日志; an item kind is read in the words as written."""
    assert _item_kinds(text) == set()


def test_a_traditional_password_is_read() -> None:
    assert _item_kinds("使用者名稱與密碼") == {"password"}


def test_a_list_in_a_sentence_the_translation_split_is_read(tmp_path: Path) -> None:
    """The English edition split the Chinese sentence in two (a one-to-two bead): the Chinese list is read against the
    English sentence with the longest list (eval/editions33 hellodb, held out: found only after its one run)."""
    files = {
        "zh-Hans.2026-01-01.md": ZH.format(zh="用户名和密码").replace("等。\n我们仅用于", "等，我们仅用于"),
        "en.2026-01-01.md": EN.format(en="username"),
    }
    (found,) = sure(_product(tmp_path / "db", files), "sentences")
    assert found["lacks"] == ["password"] and found["counterpart"].endswith("username.")


def test_hellodb_password_is_found() -> None:
    """Regression (not blind: fixed after the held-out run): hellodb's H1, 「用户名和密码」 against "username"."""
    product = compare_product(ROOT / "editions33" / "heldout" / "hellodb")
    found = [(s["section"]["title"], s["lacks"]) for s in sure(product, "sentences")]
    assert found[0] == ("1. 数据收集", ["password"])  # (and H2, 「不会被存储」: tests/test_u34c_compare.py)


@pytest.mark.parametrize("said", ["Keep your sign-in details safe.", "Keep your login information safe."])
def test_a_password_said_as_sign_in_details_is_not_reported(tmp_path: Path, said: str) -> None:
    """The English section says the password otherwise in another sentence: no sure entry (control: the same list
    without that sentence is reported, `test_a_password_in_the_chinese_list_only_is_reported`)."""
    files = {
        "zh-Hans.2026-01-01.md": ZH.format(zh="用户名和密码"),
        "en.2026-01-01.md": EN.format(en="username").replace("third parties.", f"third parties. {said}"),
    }
    assert sure(_product(tmp_path / "db", files), "sentences") == []


def test_ji_inside_a_word_joins_no_item() -> None:
    """涉及 (involves) is no 及 (and) before a list's last item."""
    assert _items("这些信息包括设备型号、系统版本、涉及您的账户") == [["这些信息包括设备型号", "系统版本", "涉及您的账户"]]
