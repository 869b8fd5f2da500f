"""Hostile input and review, round 57 (u57h): the fifty-seventh session's merged code against inputs written to break it.

- `load.object_constants` (u57j), a value of code whose bracket never closes (`{ x: f(, title: '…' }`) in each of many
  object constants: `_value_end` scanned from the value to the end of the file for each, quadratic (2,000 constants:
  25 s of `parse`, 4,000: 85 s; 3 s and 5 s now).  The brackets' depths are read once a file (`_Brackets`) and each
  value's end found by bisection: the same answer as the scan it replaced (a property below).
- `placeholder_drafting.self_described` (u57f), a drafting status after a colon, a dash or a bracket: after the name of
  data or a practice the policy describes ("Audit logs: internal review only", 「审计日志：仅供内部审阅」, "New features: to
  be reviewed by legal before launch") it is that thing's status, not the text's; still reported after the text's
  title, a status label, a date or a version ("Privacy Policy — Draft copy only", 「状态：仅供内部审阅」).
- `placeholder_japanese` (u57f): 「アプリを公開する前に、設定をご確認ください」 (another thing published, its object marked
  by を) and 「弁護士の確認中の案件」 (a review said of another noun) were drafting notes; 「本ポリシーを公開する前に…」 and
  「法務確認中」 still are.

- `placeholder_japanese` (u57f): a field's name in 【】 alone on its line (「【お問い合わせ先】」 over the company and its
  address, as Japanese policies head a contact block) was a slot; now a label.  ［会社名］ alone, 【要確認】 alone, 「【住所】。」
  and a 【会社名】 line under 「運営者：」 stay slots.

No timed assertion: passes counted, or the same answer as the code it replaced.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file


def _scan(masked: str, i: int) -> int:
    """The scan `_Brackets.value_end` replaced (u57j's `_value_end`)."""
    from policylens.load.object_constants import _BRACKET

    depth = 0
    for m in _BRACKET.finditer(masked, i):
        c = m.group()
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return m.start()
            depth -= 1
        elif depth == 0:
            return m.start()
    return -1


def test_a_values_end_is_the_one_the_scan_found() -> None:
    from policylens.load.object_constants import _Brackets

    rng = random.Random(57)
    for _ in range(400):
        text = "".join(rng.choice("()[]{},ab ") for _ in range(rng.randint(0, 24)))
        brackets = _Brackets(text)
        assert [brackets.value_end(i) for i in range(len(text) + 1)] == [_scan(text, i) for i in range(len(text) + 1)], text


def test_many_unclosed_values_read_the_brackets_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import Counter

    from policylens.load import object_constants

    reads: list[int] = []
    real = object_constants._Brackets._read

    def counted(self: object_constants._Brackets) -> None:
        reads.append(1)
        real(self)

    monkeypatch.setattr(object_constants._Brackets, "_read", counted)
    n = 400
    text = "".join(f"const P{i} = {{ x: f(, title: '隱私權政策{i}' }};\n" for i in range(n)) + "const Q = { title: '隱私權政策' };\n"
    bound = Counter({f"P{i}": 1 for i in range(n)} | {"Q": 1})
    members = object_constants.object_members(text, bound)
    assert len(reads) == 1
    assert "P0.title" not in members  # (a value of code with no end: the object is not read, as before)


def test_an_object_constant_after_closed_values_is_read() -> None:
    from collections import Counter

    from policylens.load.object_constants import object_members

    text = "const P = { n: f(1, [2, 3]), m: { k: g({}) }, title: '隱私權政策', mail: 'a@b.tw' };\n"
    assert object_members(text, Counter({"P": 1})) == {"P.title": "隱私權政策", "P.mail": "a@b.tw"}


_HEAD = "# Privacy Policy / 隐私政策\n\nLast updated: 2026-01-01\n\nWe collect your email address to sign you in.\n\n"


def _drafting_lines(tmp_path: Path, lines: list[str], head: str = _HEAD) -> set[int]:
    path = tmp_path / "policy.md"
    path.write_text(head + "\n\n".join(lines) + "\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    first = head.count("\n") + 1
    return {f.line - first for f in report.findings if f.rule == "placeholder-drafting" and f.line >= first}


@pytest.mark.parametrize(
    "line",
    [
        "Audit logs: internal review only.",
        "Security Incident Reports (for internal review only)",
        "Crash reports — internal review only, never shared with advertisers.",
        "Usage statistics: for internal discussion only.",
        "Drafts: Draft copy only is kept on your device until you send the message.",
        "Product changes — to be reviewed by legal before release.",
        "审计日志：仅供内部审阅。",
        "您的反馈：仅供内部讨论，不会公开。",
        "安全事件报告（仅供内部审核用）",
        "用户投诉记录——仅供内部审阅",
    ],
)
def test_the_status_of_data_or_a_practice_after_its_name_stays_quiet(tmp_path: Path, line: str) -> None:
    assert not _drafting_lines(tmp_path, [line])


@pytest.mark.parametrize(
    "line",
    [
        "Privacy Policy — Draft copy only",
        "Privacy Notice (For internal review only)",
        "Status: internal review only",
        "Version 0.3 — to be reviewed by legal before launch.",
        "(For internal review only)",
        "隐私政策（仅供内部审阅）",
        "状态：仅供内部审阅",
        "【仅供内部审阅】",
    ],
)
def test_a_status_after_the_texts_title_or_a_status_label_is_reported(tmp_path: Path, line: str) -> None:
    assert _drafting_lines(tmp_path, [line]) == {0}


_HEAD_JA = "# 隐私政策 / プライバシーポリシー\n\n最后更新：2025年1月1日\n\n我们重视您的隐私。我们收集您的邮箱，用于登录。\n\n## 日本語\n\n"


@pytest.mark.parametrize(
    ("line", "reported"),
    [
        ("アプリを公開する前に、設定をご確認ください。", False),
        ("作品を公開する前に、内容を修正してください。", False),
        ("弁護士の確認中の案件については回答できません。", False),
        ("本ポリシーを公開する前に、法務の確認が必要です。", True),
        ("公開前に運営者情報で補ってください。", True),
        ("当社のポリシーは法務確認中です。", True),
        ("法務確認中のため、内容が変わることがあります。", True),
    ],
)
def test_a_japanese_release_step_of_another_thing_stays_quiet(tmp_path: Path, line: str, reported: bool) -> None:
    assert bool(_drafting_lines(tmp_path, [line], _HEAD_JA)) is reported


_TAIL_JA = "\n\n当社は、お客様の同意なく個人情報を第三者に提供しません。\n"


def _slot_lines(tmp_path: Path, text: str) -> list[int]:
    path = tmp_path / "policy.md"
    path.write_text(_HEAD_JA + text + _TAIL_JA, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    first = _HEAD_JA.count("\n") + 1
    return [f.line - first for f in report.findings if f.rule == "placeholder-instruction" and f.line >= first]


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("【お問い合わせ先】\n\n株式会社サンプル　個人情報保護担当、東京都千代田区丸の内1-1-1", []),
        ("【連絡先】\n\nメール：privacy@example.co.jp までご連絡ください。", []),
        ("### 【お問い合わせ先】\n\n株式会社サンプルのお問い合わせ窓口までご連絡ください。", []),
        ("［会社名］\n\n株式会社サンプルのお問い合わせ窓口までご連絡ください。", [0]),
        ("【要確認】\n\n株式会社サンプルのお問い合わせ窓口までご連絡ください。", [0]),
        ("当社の所在地は【住所】。", [0]),
        ("運営者：\n【会社名】\n\n株式会社サンプルのお問い合わせ窓口までご連絡ください。", [1]),
    ],
)
def test_a_bracketed_field_name_alone_on_its_line_is_a_label(tmp_path: Path, text: str, slots: list[int]) -> None:
    assert _slot_lines(tmp_path, text) == slots
