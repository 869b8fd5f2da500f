"""Review of the fifty-second session's merged work (u52r): false findings of the new slot forms, each class from a
constructed text both ways (the look-alike that is no slot, and the slot beside it that still is).

- `placeholder_raw_name`: a variable's name listed among the data fields a policy names (「设备型号、appName、应用版本号」);
- `placeholder_storefront`: a menu path written with spaced slashes in brackets (「前往 [設定 / 隱私權 / 定位服務]」);
- `placeholder_gaps`: a relative clause's verb before '(hereinafter' ('the services you use (hereinafter …)'), and a
  date label over a paragraph that says the date in words (「生效日期」 over 「本政策自您同意之日起生效。」).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, parse_path, rule_excerpts, sure, written_slots
from policylens.compare.modes import names_practice, negated_promises

_HANS = "隐私政策\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录。\n\n{}\n"
_HANT = "隱私政策\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入。\n\n{}\n"
_EN = "# Privacy Policy\n\nEffective date: 1 January 2024\n\n{}\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a field name in a list of the data an SDK collects
        ("p.txt", _HANS.format("第三方SDK：友盟统计。收集的信息：设备型号、appName、应用版本号。")),
        ("p.txt", _HANS.format("收集的应用信息：packageName、appName和版本号。")),
        # a menu path in brackets, spaced slashes
        ("p.txt", _HANT.format("您可前往 [設定 / 隱私權 / 定位服務] 關閉定位權限。")),
        ("p.md", "# 隐私政策\n\n生效日期：2024年1月1日\n\n您可以点击 [我的 / 设置 / 隐私] 撤回授权。\n"),
        ("p.md", _EN.format("You can go to [Settings / Privacy / Location] to turn it off.")),
        ("p.md", _EN.format("Turn it off in [Settings / Privacy / Location Services].")),
        # the reader's own records modified, deleted or added: no shop template's instruction
        ("p.txt", _HANT.format("您可以隨時在「我的帳戶」中，根據您的實際需要修改、刪除或添加您的收貨地址。")),
        ("p.txt", _HANS.format("您可以根据您的实际需要修改、删除或添加常用联系人信息。")),
        # a relative clause's verb before '(hereinafter'
        ("p.md", _EN.format('This policy covers the products and services you use (hereinafter the "Services").')),
        ("p.md", _EN.format('It covers the website that users visit (hereinafter the "Site").')),
        ("p.md", _EN.format('It covers the apps you may download (hereinafter the "Apps").')),
        # a date label over the date said in words
        ("p.md", "# 隐私政策\n\n## 生效日期\n\n本政策自您同意之日起生效。\n\n## 我们收集的信息\n\n我们收集您的手机号码。\n"),
        ("p.txt", "隱私權政策\n\n生效日期\n\n本政策自公告之日起施行。\n\n我們收集您的手機號碼。\n"),
        ("p.md", "# Privacy Policy\n\n## Effective date\n\nThis policy takes effect upon posting.\n"),
    ],
)
def test_no_slot_in_the_look_alikes(tmp_path: Path, name: str, text: str) -> None:
    assert written_slots(tmp_path, name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "excerpt"),
    [
        ("p.txt", _HANS.format("欢迎使用appName，我们重视您的隐私。"), "appName"),
        ("p.txt", _HANS.format("收集的信息：设备型号。appName将保护您的信息。"), "appName"),
        ("p.txt", _HANT.format("我們接受 [Visa / Mastercard / PayMe] 付款。"), "[Visa / Mastercard / PayMe]"),
        ("p.txt", _HANS.format("请根据您的实际需要修改，删除或添加所有条款。"), "根据您的实际需要修改，删除或添加所有条款。"),
        (
            "p.md",
            _EN.format("We ship by [SF Express / Hongkong Post / Store pickup].") + "\n",
            "[SF Express / Hongkong Post / Store pickup]",
        ),
        ("p.md", _EN.format('Welcome to use (hereinafter the "App"). We respect your privacy.'), "(hereinafter"),
        ("p.md", _EN.format('This app is operated by (hereinafter "we"). We respect your privacy.'), "(hereinafter"),
        ("p.txt", "隐私政策\n\n更新日期\n\n我们深知个人信息对您的重要性。\n", "更新日期"),
    ],
)
def test_the_slots_beside_them_still_found(tmp_path: Path, name: str, text: str, excerpt: str) -> None:
    assert excerpt in [e for _, e in written_slots(tmp_path, name, text)]


# --- `placeholder_empty.field_runs`: the fields a reader is asked to give in a request --------------------------------

_REQUEST_HANT = "# 私隱政策\n\n生效日期：2024年1月1日\n\n## 查閱資料\n\n{}\n\n- 姓名：\n- 會員編號：\n- 查閱的資料類別：\n\n## 政策修訂\n\n本公司會不時修訂本政策。\n"
_REQUEST_EN = "# Privacy Policy\n\nEffective date: 1 January 2024\n\n## Access requests\n\n{}\n\n- Full name:\n- Account ID:\n- Data requested:\n\n## Changes\n\nWe may change this policy.\n"


@pytest.mark.parametrize(
    "text",
    [
        _REQUEST_HANT.format("如需查閱您的個人資料，請以電郵提供以下資料："),
        _REQUEST_HANT.format("如需查阅您的个人信息，请在邮件中注明："),
        _REQUEST_EN.format("To request access, send us an email with:"),
        _REQUEST_EN.format("Please provide these details in your request:"),
    ],
)
def test_no_slot_in_the_fields_a_reader_is_asked_to_give(tmp_path: Path, text: str) -> None:
    assert written_slots(tmp_path, "p.md", text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_REQUEST_HANT.format("如有疑問，請聯絡我們："), ["姓名", "會員編號", "查閱的資料類別"]),
        (_REQUEST_EN.format("Contact us:"), ["Full name", "Account ID", "Data requested"]),
    ],
)
def test_an_empty_run_not_asked_of_the_reader_still_found(tmp_path: Path, text: str, found: list[str]) -> None:
    assert [e for _, e in written_slots(tmp_path, "p.md", text)] == found


# --- `placeholder_builder`: a version bracket that is a menu step or a control ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n生效日期：2024年1月1日\n\n您可在 [我的] > [设置] > [版本] 中查看当前版本。\n",
        "# 隐私政策\n\n生效日期：2024年1月1日\n\n您可以在应用的 [关于] 页面点击 [版本号] 查看更新记录。\n",
    ],
)
def test_no_version_slot_in_a_menu_step(tmp_path: Path, text: str) -> None:
    assert written_slots(tmp_path, "p.md", text) == []


def test_a_version_slot_beside_them_still_found(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n版本号:[版本号]\n\n生效日期：2024年1月1日\n\n我们收集邮箱，用于登录。\n\n您可前往 [设置] 查看。\n"
    assert [e for _, e in written_slots(tmp_path, "p.md", text)] == ["[版本号]"]


# --- `script_mixed.shared_forms`: a phrase that writes 後 is no queen's name -----------------------------------------

_HANT_BODY = "隱私權政策\n\n生效日期：2024年1月1日\n\n{}我們重視您的隱私，並會妥善保護您的個人資料。\n"


def test_a_queen_beside_a_later_phrase_excuses_no_leak(tmp_path: Path) -> None:
    """「Drama Queen 之后」: 之后 is OpenCC's 之後, not a name; it excused every 之后 of the document."""
    text = _HANT_BODY.format("選擇 Drama Queen之后 的頁面登入。註冊之后，您可以隨時刪除帳號。")
    assert len(rule_excerpts(tmp_path, text, "script-mixed", "p.txt")) == 1  # one finding, its line's two places


def test_a_queen_s_name_still_no_leak(tmp_path: Path) -> None:
    text = _HANT_BODY.format("Fresh Queen 鮮后有關收集您的資料。鮮后有關使用的說明。")
    assert rule_excerpts(tmp_path, text, "script-mixed", "p.txt") == []


# --- `compare.modes`: an English-only promise is the operator's, and 向…提供 names sharing -----------------------------

_EN = (
    "# Privacy Policy\n\n## Accounts\n\nThe app needs an account. {}\n\n## Advertising\n\nThe app shows ads from AdMob.\n\n"
    "## Contact\n\nWrite to dev@example.com.\n"
)
_ZH = "# 隐私政策\n\n本应用需要帐户。{}本应用会显示 AdMob 广告。请写信至 dev@example.com。\n"  # flat: one paragraph


def _lacks(folder: Path, english: str, chinese: str) -> list[list[str]]:
    files = {"en.2026-01-01.md": _EN.format(english), "zh-Hans.2026-01-01.md": _ZH.format(chinese)}
    return [x["lacks"] for x in sure(compare_folder(folder, files), "sentences")]


def test_the_reader_s_conduct_is_no_promise() -> None:
    assert negated_promises("Do not share your password with anyone.") == []
    assert negated_promises("Please don't sell items you bought through the app.") == []
    assert negated_promises("You should never share your login code.") == []
    assert negated_promises("Your data is never sold.") == ["sell"]
    assert negated_promises("We will never share the data you give us.") == ["share"]


def test_providing_to_a_third_party_names_sharing() -> None:
    assert names_practice("我们不会向第三方提供数据", "share")
    assert not names_practice("我们提供优质服务", "share")


@pytest.mark.parametrize(
    ("english", "chinese", "lacks"),
    [
        ("Do not share your password with anyone.", "请勿将密码告诉他人。", []),
        ("No data is shared with third parties.", "我们不会向第三方提供数据。", []),
        ("We never sell your data.", "请妥善保管密码。", [["not sell"]]),
    ],
)
def test_english_only_promises(tmp_path: Path, english: str, chinese: str, lacks: list[list[str]]) -> None:
    assert _lacks(tmp_path, english, chinese) == lacks


# --- `structure.metadata.dates._leading_date`: a date that opens a sentence below the title is no header date ----------


@pytest.mark.parametrize(
    ("name", "text", "updated"),
    [
        # the company's founding date opening the first sentence: not the policy's date
        ("p.txt", "隐私政策\n2018年5月1日本公司在上海成立，致力于为用户提供优质服务。\n我们收集您的手机号码，用于登录。\n", None),
        ("p.md", "# 隱私權政策\n2018年5月1日本公司於台北成立，我們重視您的隱私。\n", None),
        # a date alone on its line, the next line joined to it: the policy's date
        ("p.txt", "隱私權政策\n2024年12月3日\n我們重視您的隱私。\n", "2024-12-03"),
        ("p.txt", "隐私政策\n2024-12-03\n我们重视您的隐私。\n", "2024-12-03"),
        ("p.html", "<h1>隱私政策</h1>\n<p>2024-12-03<br>我們重視您的隱私。</p>\n", "2024-12-03"),
    ],
)
def test_a_date_below_the_title_must_be_its_own_line(tmp_path: Path, name: str, text: str, updated: str | None) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert parse_path(str(path)).metadata.updated == updated
