"""`compare` of a widened list or table row, a second age, a fact pair across sections and a gap read as written
elsewhere (u43c, eval/editions43).

Four classes found on the development groups of eval/editions43.  The English children's clause "children under 13
(or 16, where applicable)" read only 13 while the Chinese 「13 岁（或当地法律规定的 16 岁）」 read both, and the
left-over 「16 岁」 was paired with the "7 days" of a referral section the translation lacks, as one changed value
(imageharvest, a false sure `duration`): a second age after an age is read (`facts._EN_AGE_OR`), and two left-over
values in sections known not to be one another are two facts (`analyse.fact_divergences`, `_paired_above`).  An
English section the translation lacks ("3.5 Remote feature configuration") was unsure because a paired Chinese
section shared its Latin words (api, json, https), words its own English partner writes too (`align._unexplained_ties`).
And a name the Chinese edition writes nowhere, added to a list beside names the Chinese sentence keeps in Latin
("self-hosted relay, Telegram Bot API, Feishu/Lark app bot, or webhook URL" against 「self-hosted relay、Telegram Bot
API、webhook URL」, legax-lag) was no evidence: `sentences._untranslated_names` (0.7).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_product, sure_facts, write_files
from policylens.compare.facts import durations
from policylens.compare.sentences import anchors

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions43"


# -- a second age ------------------------------------------------------------------------------------------------------


def test_a_second_age_after_an_age_is_read() -> None:
    keys = [k for k, _ in durations("We do not knowingly market it to children under 13 (or 16, where applicable).")]
    assert keys == ["13 year", "16 year"]
    assert [k for k, _ in durations("not for children under 13 or 16 in the EU")] == ["13 year", "16 year"]


def test_a_number_after_an_age_that_is_no_age_is_not_read() -> None:
    assert [k for k, _ in durations("children under 13 or older")] == ["13 year"]
    assert sorted(k for k, _ in durations("children under 13, or 14 days after we learn of it")) == ["13 year", "14 day"]
    assert [k for k, _ in durations("children under 13 (or 16%)")] == ["13 year"]


# -- two left-over values in sections that are not one another ----------------------------------------------------------

_EN_FACTS = """# Privacy Policy

## 1. Data we collect

We collect your e-mail address and the device model when you register an account with the app.

## 2. Referrals

Pending referral records expire after 7 days. Completed referral records are kept to prevent duplicate claims.

## 3. Children

We do not knowingly market the app to children under 13 (or 16, where applicable).
"""

_ZH_FACTS = """# 隐私政策

## 1. 我们收集的数据

当你在应用中注册账号时，我们会收集你的邮箱地址和设备型号。

## 3. 儿童

我们不刻意向 13 岁（或当地法律规定的 16 岁）以下儿童营销本应用。
"""


def test_a_value_of_a_section_the_translation_lacks_is_no_change_of_another_section(tmp_path: Path) -> None:
    product = compare_product(write_files(tmp_path / "referral", {"en.2025-11-12.md": _EN_FACTS, "zh-Hans.2025-11-12.md": _ZH_FACTS}))
    sure = sure_facts(product)
    assert ("fact", "duration None -> 7 days") in sure
    assert not any(kind == "fact" and "16" in (what or "") for kind, what in sure), sure


def test_an_age_one_edition_lacks_is_not_paired_with_a_value_of_another_section(tmp_path: Path) -> None:
    zh = _ZH_FACTS.replace("13 岁（或当地法律规定的 16 岁）以下儿童", "14 岁以下儿童")
    en = _EN_FACTS.replace("to children under 13 (or 16, where applicable)", "to children")
    product = compare_product(write_files(tmp_path / "apart", {"en.2025-11-12.md": en, "zh-Hans.2025-11-12.md": zh}))
    sure = sure_facts(product)
    assert ("fact", "duration 14 岁 -> None") in sure
    assert ("fact", "duration None -> 7 days") in sure


def test_two_left_over_values_of_one_section_pair_are_still_one_change(tmp_path: Path) -> None:
    en = _EN_FACTS.replace("after 7 days", "after 30 days")
    zh = _ZH_FACTS.replace(
        "## 3. 儿童", "## 2. 推荐\n\n待处理的推荐记录在 15 天后过期。已完成的推荐记录会保留以防止重复领取。\n\n## 3. 儿童"
    )
    product = compare_product(write_files(tmp_path / "changed", {"en.2025-11-12.md": en, "zh-Hans.2025-11-12.md": zh}))
    assert ("fact", "duration 15 天 -> 30 days") in sure_facts(product)


# -- a widened list or table row -----------------------------------------------------------------------------------------

_EN_ROWS = """# Privacy Notice

## What Data the Software Processes

| Data | Source | Where it goes |
| --- | --- | --- |
| Agent output text (assistant messages) | The local CLI agent | The configured transport: self-hosted relay, Telegram Bot API, Feishu/Lark app bot, or webhook URL |
| Approval requests (command, working directory, reason) | Agent-mediated callbacks | Same as above |
| Session metadata (session id, agent id, thread id, cursors) | Local runtime state | Stored under `data/runtime-state.json` |
| Relay queues and audit metadata | Agent and phone traffic through the self-hosted relay | Stored in `relay.storePath` |

The software does not transmit data to the project maintainers. There is no telemetry, analytics or crash reporter.

## Third-Party Transports

- **Telegram Bot API**: Telegram receives the bot token, chat id, message bodies, and inline-button callbacks.
- **Feishu/Lark**: Feishu/Lark receives app credentials during token exchange, receive ids and message bodies.
- **Webhook**: the operator-supplied URL. The receiving service sees the same payloads as the relay would.

## Phone User Choices

- The operator controls which phone, browser, Telegram chat, or Feishu/Lark chat receives notifications.
- Replies are stored in the relay queue until bounded retention removes older entries.
- The desktop tracks cursors so old messages are not replayed after polling.
"""

_ZH_ROWS = """# 隐私说明

## 软件处理的数据

| 数据 | 来源 | 流向 |
| --- | --- | --- |
| Agent 输出文本（助手消息） | 本机 CLI Agent | 已启用的 transport：self-hosted relay、Telegram Bot API、webhook URL |
| 审批请求（命令、工作目录、说明） | Agent 提供的回调 | 同上 |
| 会话元数据（session id、agent id、thread id、游标） | 本机 runtime state | 存放在 `data/runtime-state.json` |
| Relay 队列与审计元数据 | 经过 self-hosted relay 的 Agent 与手机流量 | 存放在 `relay.storePath` |

软件不会把数据发回给项目维护者。没有遥测、统计、崩溃上报。

## 第三方 transport

- **Telegram Bot API**：Telegram 会获得 bot token、chat id、消息正文、行内按钮回调。
- **Webhook**：由运维者提供 URL，接收方看到的载荷与 relay 接到的相同。

## 手机端用户可选项

- 哪台手机、浏览器或 Telegram chat 收通知由运维者决定。
- 回复会保存在 relay 队列中，直到有界保留策略淘汰旧条目。
- 桌面端通过 cursor 避免轮询后重复处理旧消息。
"""


def test_a_name_added_to_a_row_beside_names_the_translation_keeps_is_reported(tmp_path: Path) -> None:
    product = compare_product(write_files(tmp_path / "rows", {"en.2026-05-13.md": _EN_ROWS, "zh-Hans.2026-05-13.md": _ZH_ROWS}))
    texts = [what or "" for kind, what in sure_facts(product) if kind == "sentence-only"]
    assert any("Feishu/Lark app bot" in t for t in texts), texts
    assert any("Feishu/Lark chat" in t for t in texts), texts


def test_the_same_rows_with_the_name_written_are_not_reported(tmp_path: Path) -> None:
    zh = (
        _ZH_ROWS.replace("Telegram Bot API、webhook", "Telegram Bot API、飞书/Lark 自建应用 bot、webhook")
        .replace("浏览器或 Telegram chat", "浏览器、Telegram chat 或飞书/Lark chat")
        .replace("- **Webhook**", "- **飞书/Lark**：飞书/Lark 会在 token 交换时获得应用凭据、receive id 和消息正文。\n- **Webhook**")
    )
    product = compare_product(write_files(tmp_path / "written", {"en.2026-05-13.md": _EN_ROWS, "zh-Hans.2026-05-13.md": zh}))
    assert sure_facts(product) == []


def test_a_name_the_translation_translates_is_not_reported(tmp_path: Path) -> None:
    en = _EN_ROWS.replace("Feishu/Lark", "WeChat")
    zh = (
        _ZH_ROWS.replace("Telegram Bot API、webhook", "Telegram Bot API、微信机器人、webhook")
        .replace("浏览器或 Telegram chat", "浏览器、Telegram chat 或微信聊天")
        .replace("- **Webhook**", "- **微信**：微信会在 token 交换时获得应用凭据、receive id 和消息正文。\n- **Webhook**")
    )
    product = compare_product(write_files(tmp_path / "wechat", {"en.2026-05-13.md": en, "zh-Hans.2026-05-13.md": zh}))
    assert sure_facts(product) == []


def test_a_name_outside_the_list_of_kept_names_is_not_reported(tmp_path: Path) -> None:
    en = """# Privacy Policy

## International transfers

If you activate Pro or opt-in to telemetry, the data described above will transit through and be processed in mainland China.

## Never collected

- ❌ Cross-site identifiers, advertising IDs, fingerprints.
- ❌ Mouse movements, scroll depth, dwell time.
"""
    zh = """# 隐私政策

## 跨境传输

如果你激活 Pro 或 opt-in 遥测，上文描述的数据将经由中国大陆传输和处理。

## 永不收集

- ❌ 跨站标识符、广告 ID、指纹。
- ❌ 鼠标移动、滚动深度、停留时间。
"""
    product = compare_product(write_files(tmp_path / "apart", {"en.2025-11-12.md": en, "zh-Hans.2025-11-12.md": zh}))
    assert sure_facts(product) == []


# -- the development groups (eval/editions43) --------------------------------------------------------------------------


def test_imageharvest_reports_both_sections_the_translation_lacks_and_no_false_age() -> None:
    sure = sure_facts(compare_product(ROOT / "editions" / "imageharvest"))
    assert ("section-extra", "3.5 Remote feature configuration — `image-harvest.kyriewen.cn/api/config/limits`") in sure
    assert ("section-extra", "3.4 Referral system — `image-harvest.kyriewen.cn/api/referral/*`") in sure
    assert not any("16" in (what or "") for _, what in sure), sure


def test_a_defined_term_and_a_translated_phrase_of_capitals_are_no_names_the_translation_lacks() -> None:
    """eval/editions29: "If you log in via a Google or Apple account, the Operator may receive…" (「运营方」) and "uses
    Standard Contractual Clauses (SCC)" (「SCC（标准合同条款）」), each beside a name the Chinese keeps in Latin."""
    older = ROOT.parent / "editions29" / "editions"
    for group, start in (("taptapbible", "If you log in via a Google or Apple account"), ("keeply", "Keygen holds SOC 2")):
        texts = [what or "" for kind, what in sure_facts(compare_product(older / group)) if kind == "sentence-only"]
        assert not any(t.startswith(start) for t in texts), (group, texts)


def test_a_capital_at_a_table_cells_start_is_no_name() -> None:
    keys = anchors(
        "| Phone replies (text and approval decisions) | Phone client over relay, Telegram, or Feishu/Lark | Returned to the desktop agent |"
    )
    assert "latin:returned" not in keys
    assert {"latin:telegram", "latin:feishu", "latin:lark"} <= keys
