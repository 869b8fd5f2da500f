"""Forty-ninth session (u49c): compare's classes from eval/editions49 and the forty-eighth session's open items.

- An edition written as a React page (`zh-TW.2024-01-01.tsx`, `en.2024-01-01.jsx`) in a product folder is read, as
  `check` reads a component it is named (`load.NAMED_ONLY`): `compare` passed it over without a word, and the product
  had one edition only ("no other edition to compare", exit 0).  A component not named as an edition (`Privacy.tsx`)
  is still no edition.
- A section inserted under a sub-number (「4-2.」 between 「4.」 and 「5.」) shifts no numbering: when two outlines number
  their sections alike but for such insertions, the sections of one number pair (`compare.numbered`), and an English
  edition a version behind is found lagging the added section (eval/editions48 rata-lag RL1).
- From the held-out eval/editions49 buddy-lag (six false sure entries, fixed after its one run, so no longer blind):
  「3 個日曆日」 is three calendar days; 「中文品牌」 names a brand, no language; a one-time password (OTP) is 「一次性验证码」,
  no password; a session 「吊销」 is revoked; "underage" is 「未成年」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, sure_facts
from policylens.compare import discover_products

EN_MD = "# Privacy Policy\n\n## Contact\n\nEmail us at help@example.com.\n\n## Retention\n\nWe keep logs for 30 days.\n"

TSX = """export default function Privacy() {{
  return (
    <main>
      <h1>隱私政策</h1>
      <h2>聯絡我們</h2>
      <p>請寄信至 {mail}。</p>
      <h2>保存期限</h2>
      <p>記錄保存 30 天。</p>
    </main>
  );
}}
"""


@pytest.mark.parametrize("suffix", [".tsx", ".jsx", ".TSX"])
def test_an_edition_written_as_a_react_page_is_compared(tmp_path: Path, suffix: str) -> None:
    product = compare_folder(tmp_path / "p", {"en.2024-01-01.md": EN_MD, f"zh-TW.2024-01-01{suffix}": TSX.format(mail="help@example.com")})
    assert sorted(e["id"] for e in product["editions"]) == ["en.2024-01-01", "zh-TW.2024-01-01"]
    assert sure_facts(product) == []


def test_a_react_edition_s_changed_email_is_reported(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "p", {"en.2024-01-01.md": EN_MD, "zh-TW.2024-01-01.tsx": TSX.format(mail="privacy@example.org")})
    assert any(kind == "fact" and "privacy@example.org" in str(what) for kind, what in sure_facts(product)), sure_facts(product)


def test_a_component_not_named_as_an_edition_is_no_edition(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "en.2024-01-01.md").write_text(EN_MD, encoding="utf-8")
    (folder / "zh-TW.2024-01-01.md").write_text(EN_MD, encoding="utf-8")
    (folder / "Privacy.tsx").write_text(TSX.format(mail="x@example.com"), encoding="utf-8")
    (folder / "layout.jsx").write_text("export default () => null;\n", encoding="utf-8")
    found = discover_products([str(folder)])
    assert [e.path.rsplit("/", 1)[-1] for p in found.products for e in p.editions] == ["en.2024-01-01.md", "zh-TW.2024-01-01.md"]
    assert not any("tsx" in w or "jsx" in w for w in found.warnings)


# -- a section inserted under a sub-number -----------------------------------------------------------------------------

ZH_SECTIONS = [
    ("1. 我們收集的資訊", "我們收集您的電子郵件地址與裝置型號。"),
    ("2. 使用目的", "我們使用資訊以提供與改善服務。"),
    ("3. 提供第三方", "除法令規定外，我們不會將個人資訊提供給第三方。"),
    ("4. 委託對象", "我們委託雲端主機業者保管資料。"),
    ("5. 保存期限", "我們於達成目的所需期間內保存個人資訊。"),
    ("6. 資訊之公開・刪除請求", "您可以請求公開、更正或刪除您的個人資訊。"),
    ("7. 聯絡方式", "請寄信至 help@example.com。"),
]
EN_SECTIONS = [
    ("1. Information We Collect", "We collect your email address and device model."),
    ("2. Purpose of Use", "We use information to provide and improve the service."),
    ("3. Disclosure to Third Parties", "We do not provide personal information to third parties except as required by law."),
    ("4. Service Providers", "We entrust a cloud hosting provider with storing data."),
    ("5. Retention Period", "We keep personal information for as long as needed for these purposes."),
    ("6. Requests for Disclosure or Deletion", "You may ask us to disclose, correct or delete your personal information."),
    ("7. Contact", "Email us at help@example.com."),
]
INSERTED = ("4-2. 關於數據分析・追蹤工具", "本服務使用 Google Analytics（GA4）與 Meta Pixel 分析造訪情形，並使用 UTM 參數。")


def _markdown(title: str, sections: list[tuple[str, str]]) -> str:
    return f"# {title}\n\n" + "".join(f"## {head}\n\n{body}\n\n" for head, body in sections)


def test_a_section_inserted_under_a_sub_number_is_the_one_the_older_edition_lacks(tmp_path: Path) -> None:
    """eval/editions48 rata-lag (RL1): the zh-TW added 「4-2.」 a day after the English; on position and topics 「4-2.」
    paired with "6." and 「5.」 was an unsure gap, no lag.  The numbers the two outlines share pair them."""
    newer = [*ZH_SECTIONS[:4], INSERTED, *ZH_SECTIONS[4:]]
    product = compare_folder(
        tmp_path / "p",
        {
            "zh-TW.2026-06-20.md": _markdown("隱私權政策", ZH_SECTIONS),
            "zh-TW.2026-06-21.md": _markdown("隱私權政策", newer),
            "en.2026-06-20.md": _markdown("Privacy Policy", EN_SECTIONS),
        },
    )
    (lag,) = product["lagging"]
    assert lag["edition"] == "en.2026-06-20"
    assert [(x["section"]["title"], x["change"]) for x in lag["lacks"]] == [(INSERTED[0], "added")]


def test_held_by_number_reads_only_insertions_that_shift_nothing() -> None:
    from policylens.compare.numbered import held_by_number, number_key

    assert number_key(None, "4-2. 關於數據分析・追蹤工具") == (4, 2)
    assert number_key("第三條") == (3,) and number_key("4.") == (4,) and number_key(None, "2024-06-01 更新") is None
    five = [(i, (i,)) for i in range(1, 6)]
    inserted = [(1, (1,)), (2, (2,)), (3, (2, 2)), (4, (3,)), (5, (4,)), (6, (5,))]
    assert held_by_number(inserted, five) == {1: 1, 2: 2, 4: 3, 5: 4, 6: 5}
    assert held_by_number(five, inserted) == {1: 1, 2: 2, 3: 4, 4: 5, 5: 6}
    # a section added at the end, or in the middle with the rest renumbered: numbers are no evidence
    assert held_by_number([*five, (6, (6,))], five) is None
    assert held_by_number([(1, (1,)), (2, (2,)), (3, (3,)), (4, (4,)), (5, (5,)), (6, (6,))], five) is None
    # a first sub-number (2-1) or one under a number the other edition lacks: another outline
    assert held_by_number([(1, (1,)), (2, (2,)), (3, (2, 1)), (4, (3,)), (5, (4,)), (6, (5,))], five) is None
    assert held_by_number([*five, (6, (7, 2))], five) is None
    # a sub-number beside sub-numbers both write: "3.3" may be a "3.2" the other edition dropped and renumbered
    subs = [(1, (1,)), (2, (2,)), (3, (3,)), (4, (3, 1)), (5, (3, 2)), (6, (4,))]
    assert held_by_number([*subs[:5], (7, (3, 3)), subs[5]], subs) is None
    # two sub-numbers inserted under one parent: both insertions
    assert held_by_number([*five[:2], (8, (2, 2)), (9, (2, 3)), *five[2:]], five) == {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}
    # the shared numbers in another order, a number twice, too few numbers
    assert held_by_number([(1, (2,)), (2, (1,)), (3, (2, 2)), (4, (3,)), (5, (4,)), (6, (5,))], five) is None
    assert held_by_number([(1, (1,)), (2, (1,)), (3, (1, 2)), (4, (3,))], five) is None
    assert held_by_number([(1, (1,)), (2, (1, 2))], [(1, (1,))]) is None
    # unnumbered sections (a title above the outline) are left to the alignment
    assert held_by_number([(0, None), *inserted], [(0, None), *five]) == {1: 1, 2: 2, 4: 3, 5: 4, 6: 5}


def test_rata_lag_regression() -> None:
    from helpers import compare_product

    root = Path(__file__).resolve().parents[1] / "eval" / "editions48" / "heldout" / "rata-lag"
    (lag,) = compare_product(root)["lagging"]
    assert lag["edition"] == "en.2026-06-20"
    assert [x["section"]["title"] for x in lag["lacks"]] == ["4-2. 關於數據分析・追蹤工具"]


# -- the held-out buddy-lag's false entries, each a class ---------------------------------------------------------------

EN_BUDDY = """# Privacy Policy

BuddyNow, also known as 搭搭, helps students find a study buddy.

## Operational data

- OTP rate-limit timestamps within a sliding 60-minute window.
- School email address, verified by a one-time password.

## Retention

- Sessions: 30-day sliding expiry; revoked immediately on sign-out or account deletion.

## Data Breach Response

We notify the regulator within 3 calendar days of becoming aware.

## Age Restriction

Users under 18 may not create an account. If an underage account is detected, it will be deleted.
"""

ZH_BUDDY = """# 隐私政策

BuddyNow（中文品牌“搭搭”）帮助学生找到一起自习的同伴。

## 运营数据

- 一次性验证码限流时间戳，用于 60 分钟滑动窗口内的防滥用限制。
- 学校邮箱，通过一次性验证码验证。

## 数据保留

- 会话：30 天滑动过期；登出或注销账号时立即吊销。

## 数据泄露应对

我们在察觉后 {days} 个日历日内通知监管机关。

## 年龄限制

未满 18 岁的用户不得创建账号。如发现未成年账号，会被删除。
"""


def test_a_faithful_translation_of_buddy_lag_s_lines_has_no_sure_entry(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "p", {"en.2026-05-20.md": EN_BUDDY, "zh-Hans.2026-05-20.md": ZH_BUDDY.format(days=3)})
    assert sure_facts(product) == []


def test_calendar_days_written_in_chinese_are_compared(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "p", {"en.2026-05-20.md": EN_BUDDY, "zh-Hans.2026-05-20.md": ZH_BUDDY.format(days=5)})
    assert [what for kind, what in sure_facts(product) if kind == "fact"] == ["duration 5 个日历日 -> 3 calendar days"]


def test_a_brand_named_in_chinese_is_no_language() -> None:
    from policylens.language_names import spoken_languages

    assert spoken_languages("BuddyNow（中文品牌“搭搭”）帮助学生") == {}
    assert spoken_languages("本应用的英文商标为 Acme。") == {}
    assert spoken_languages("客服支持中文和英文。") == {"chinese": "中文", "english": "英文"}


# -- a rewritten section's Latin names the English edition writes nowhere ----------------------------------------------

EN_PROCESSORS = """# Privacy Policy

## Contact

Email help@example.com.

## Sharing and Processors

We do not sell personal data. We share data only as needed to run the app, comply with law, or protect users.

| Processor | Role | Data processed | Location note |
|---|---|---|---|
| Fly.io | Application hosting and database infrastructure | All service data stored by the backend | Hosted in the Singapore region |
| Sentry | Crash and error reporting | Stack traces and build versions, never message bodies | Sentry is US-based |

Where personal data is transferred outside Singapore, we take steps to protect it.

## Changes

We may update this policy and will show a new date.
"""

ZH_PROCESSORS = """# 隐私政策

## 联系

请写信至 help@example.com。

## 共享与处理方

我们不出售个人数据。我们只会在运营 App、遵守法律或保护用户所必要的范围内共享数据。

| 处理方 | 作用 | 处理的数据 | 地点说明 |
|---|---|---|---|
| Microsoft Azure | 后端与数据库所在虚拟机托管 | 后端存储和处理的全部服务数据 | 当前生产虚拟机位于 Azure Japan West 区域 |
| Cloudflare | 域名解析与加密隧道入口 | 请求路由元数据，例如 IP 地址和浏览器标识，Cloudflare 不接收数据库内容 | Cloudflare 全球运营 |
| Sentry | 崩溃与错误上报 | 错误堆栈和构建版本，从不发送消息正文 | Sentry 总部位于美国 |

如个人数据被传输至新加坡境外，我们会采取措施加以保护。

## 变更

我们可能更新本政策，并显示新的日期。
"""


def test_a_rewritten_section_still_reports_the_names_a_chinese_edition_keeps_in_latin(tmp_path: Path) -> None:
    """eval/editions49 buddy-lag BL6: the zh-Hans's processors (Azure, Cloudflare) where the English names Fly.io; the
    section's sentences no longer read as one another, and nothing was reported."""
    product = compare_folder(tmp_path / "p", {"en.2026-05-20.md": EN_PROCESSORS, "zh-Hans.2026-05-28.md": ZH_PROCESSORS})
    lone = [what for kind, what in sure_facts(product) if kind == "sentence-only"]
    assert any("Azure Japan West" in text for text in lone), lone
    assert any("Cloudflare 不接收" in text for text in lone), lone
    assert not any("Sentry" in text or "Fly.io" in text for text in lone), lone


def test_a_chinese_edition_that_keeps_the_english_names_reports_nothing(tmp_path: Path) -> None:
    zh = ZH_PROCESSORS.replace("Microsoft Azure", "Fly.io").replace("Azure Japan West 区域", "Singapore 区域")
    zh = zh.replace(
        "| Cloudflare | 域名解析与加密隧道入口 | 请求路由元数据，例如 IP 地址和浏览器标识，Cloudflare 不接收数据库内容 | Cloudflare 全球运营 |\n",
        "",
    )
    product = compare_folder(tmp_path / "p", {"en.2026-05-20.md": EN_PROCESSORS, "zh-Hans.2026-05-28.md": zh})
    assert sure_facts(product) == []
