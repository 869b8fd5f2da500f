"""u50c (fiftieth session): `compare`'s alignment programme, and the classes of eval/editions50c's first run.

- `compare.align.monotone_steps` gives the same steps as the programme that weighed every cell (kept here as the
  reference) on random tables with runs of zeros, scored bands, held cells and ties; a banded table of large outlines
  is weighed cell by cell only in its band (an operation count, no timing).
- 「本文件仅提供英文版本。」 names the document's one edition, as "This document is available in English only." does:
  no `language` fact (mytides); the app's 「本應用程式提供英文版本」 still names a language.
- A site's menu run into the last section ("Support Privacy Policy Terms & Conditions") is no sentence (mytides).
- End-to-end encryption claimed in one edition's section and never in the other's is reported, even inside a sentence
  pair ("encrypted in transit and at rest" / 「端到端加密」: metronome-lag ML2).
"""

from __future__ import annotations

import random
from array import array
from pathlib import Path

import pytest

from helpers import compare_folder, sure_facts
from policylens.compare.align import THRESHOLD, monotone_steps
from policylens.compare.facts import prose_languages
from policylens.compare.sentences import nav_row

SET = Path(__file__).resolve().parents[1] / "eval" / "editions50c"


def _reference(table: list[array[float]], m: int) -> list[bytearray]:
    """The programme before u50c: every cell weighed in Python."""
    n = len(table)
    best = [array("d", bytes(8 * (m + 1))) for _ in range(n + 1)]
    move = [bytearray([2]) * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        move[i][0] = 1
        above, here, scores = best[i - 1], best[i], table[i - 1]
        steps = move[i]
        for j in range(1, m + 1):
            paired = above[j - 1] + scores[j - 1] - THRESHOLD
            up, left = above[j], here[j - 1]
            if paired >= up and paired >= left:
                here[j], steps[j] = paired, 0
            elif up >= left:
                here[j], steps[j] = up, 1
            else:
                here[j], steps[j] = left, 2
    return move


def _table(rng: random.Random, n: int, m: int) -> list[array[float]]:
    rows = []
    for i in range(n):
        row = array("d", bytes(8 * m))
        kind = rng.random()
        if kind < 0.15:
            pass  # a row of zeros (a held pair's column elsewhere, or nothing near the diagonal)
        elif kind < 0.3:
            row[rng.randrange(m)] = rng.choice((0.9, 1.0, THRESHOLD))  # a held pair
        else:
            centre = round(i * m / max(1, n))
            for j in range(max(0, centre - rng.randrange(4)), min(m, centre + rng.randrange(4) + 1)):
                row[j] = rng.choice((0.0, 0.1, 0.3, THRESHOLD, 0.5, 0.8, 1.0, 5e-324))
        rows.append(row)
    return rows


def test_the_steps_are_those_of_weighing_every_cell() -> None:
    rng = random.Random(50)
    for _ in range(400):
        n, m = rng.randrange(0, 14), rng.randrange(1, 14)
        table = _table(rng, n, m)
        assert monotone_steps(table, m)[0] == _reference(table, m)


def test_a_full_table_is_weighed_as_before() -> None:
    rng = random.Random(7)
    table = [array("d", (rng.choice((0.2, 0.45, 0.9)) for _ in range(9))) for _ in range(8)]
    move, weighed = monotone_steps(table, 9)
    assert move == _reference(table, 9)
    assert weighed == 8 * 9


def test_a_banded_table_is_weighed_in_its_band_only() -> None:
    """Two 2,000-section outlines scored within 20 sections of the diagonal: about 80,000 cells weighed one by one,
    not 4 million; the alignment pairs the diagonal."""
    n = m = 2_000
    table = []
    for i in range(n):
        row = array("d", bytes(8 * m))
        for j in range(max(0, i - 20), min(m, i + 21)):
            row[j] = 0.9 if i == j else 0.1
        table.append(row)
    move, weighed = monotone_steps(table, m)
    assert weighed <= n * 41
    assert all(move[i][i] == 0 for i in range(1, n + 1))


# -- the document's one edition named in Chinese -------------------------------------------------------------------------


def test_a_document_offered_in_one_language_names_its_edition_not_a_language() -> None:
    for text in ("本文件仅提供英文版本。", "本文件僅提供英文版本。", "本政策只有英文版。", "此声明仅提供英文版本，敬请谅解。"):
        assert prose_languages(text) == {}, text
    # the app offers a language (eval/editions23 subskanri); a language named again in another word still counts
    assert prose_languages("本應用程式提供英文版本") == {"english": "英文"}
    assert prose_languages("本文件仅提供英文版本。如有疑问请用中文联系。") == {"chinese": "中文"}
    assert prose_languages("本服务支持英文和中文。") == {"english": "英文", "chinese": "中文"}


# -- a menu run into the last section ------------------------------------------------------------------------------------


def test_a_menu_row_is_no_sentence() -> None:
    for text in ("Support Privacy Policy Terms & Conditions", "Home | Support | Privacy", "Terms of Use Privacy Policy Contact Us"):
        assert nav_row(text), text
    for text in ("Privacy Policy", "We use cookies and contact you.", "Google Analytics Firebase Crashlytics", "Contact Support"):
        assert not nav_row(text), text


EN_PAGE = """# Privacy Policy

Last updated: March 1, 2026

## Information we collect

We collect your email address when you contact support, and we keep it for 30 days.

## Cloud sync

If you enable sync, your notes are synchronised across your devices. {sync}
The developer cannot access this data, and no third party is involved.

## Contact

Questions? Email help@example.com. We reply within 2 business days.

{footer}
"""

ZH_PAGE = """# 隐私政策

更新日期：2026年3月1日

## 我们收集的信息

你联系客服时，我们会收集你的电子邮件地址，并保存 30 天。

## 云同步

如果你启用同步，你的笔记会在你的设备之间同步。{sync}
开发者无法访问这些数据，也不涉及任何第三方。

## 联系我们

有疑问？请发送邮件至 help@example.com。我们会在 2 个工作日内回复。

{footer}
"""


def _product(tmp_path: Path, en: dict[str, str], zh: dict[str, str]) -> list[tuple[str, str | None]]:
    product = compare_folder(tmp_path, {"en.2026-03-01.md": EN_PAGE.format(**en), "zh-Hans.2026-03-01.md": ZH_PAGE.format(**zh)})
    return sure_facts(product)


@pytest.mark.parametrize(
    ("en_sync", "zh_sync", "reported"),
    [
        # end-to-end in the Chinese only, in transit and at rest in the English: reported
        (
            "The data is encrypted in transit and at rest by Apple.",
            "这些数据由 Apple 进行端到端加密。",
            "这些数据由 Apple 进行端到端加密。",
        ),
        # end-to-end in the English only
        (
            "The data is end-to-end encrypted by Apple.",
            "这些数据由 Apple 在传输过程中和静态存储时进行加密。",
            "The data is end-to-end encrypted by Apple.",
        ),
        # both say end-to-end (two spellings), or neither: nothing
        ("The data is end-to-end encrypted by Apple.", "这些数据由 Apple 进行端对端加密。", None),
        ("The data is encrypted in transit and at rest by Apple.", "这些数据由 Apple 在传输过程中和静态存储时进行加密。", None),
    ],
)
def test_end_to_end_encryption_in_one_edition_only_is_reported(tmp_path: Path, en_sync: str, zh_sync: str, reported: str | None) -> None:
    entries = _product(
        tmp_path, {"sync": en_sync, "footer": "Home Support Privacy Terms"}, {"sync": zh_sync, "footer": "首页 支持 隐私 条款"}
    )
    sentences = [text for kind, text in entries if kind == "sentence-only"]
    assert sentences == ([reported] if reported else [])


def test_a_menu_row_in_the_last_section_gives_no_entry_but_a_real_sentence_does(tmp_path: Path) -> None:
    sync = {"sync": "Sync is optional."}
    zh_sync = {"sync": "同步为可选功能。"}
    assert (
        _product(
            tmp_path / "a",
            {**sync, "footer": "Support Privacy Policy Terms & Conditions"},
            {**zh_sync, "footer": "支持 隐私政策 条款与条件"},
        )
        == []
    )
    # a sentence of the policy there, with the menu's words, is still read (the retention the Chinese lacks)
    entries = _product(
        tmp_path / "b",
        {**sync, "footer": "We delete support emails and contact records after 90 days."},
        {**zh_sync, "footer": "支持 隐私政策 条款与条件"},
    )
    assert entries != []


# -- the real groups (regression) ----------------------------------------------------------------------------------------


def test_editions50c_mytides_has_no_sure_entry() -> None:
    from helpers import compare_product

    assert sure_facts(compare_product(SET / "editions" / "mytides")) == []


def test_editions50c_metronome_lag_reports_end_to_end_encryption() -> None:
    from helpers import compare_product

    entries = sure_facts(compare_product(SET / "editions" / "metronome-lag"))
    assert ("sentence-only", "這些資料由 Apple 進行端對端加密，並與你私人的 Apple ID 建立關聯。") in entries
    assert ("section-extra", "7. Your rights under GDPR and CCPA") in entries


# -- e-mails glued to a label or a word, looked up in a set ---------------------------------------------------------------


def test_a_glued_label_is_found_by_lookup_as_by_trying_every_address() -> None:
    """`facts.glued_label` takes each label off the front and looks the rest up (was: every other address tried), and
    the suffix test of `document_facts` looks up each proper suffix: the same answers on random address lists."""
    from policylens.compare import facts

    def every_address(address: str, others: list[str]) -> bool:
        return any(address != o and address.endswith(o) and address[: -len(o)] in facts._EMAIL_LABELS for o in others)

    labels = sorted(facts._EMAIL_LABELS)
    bases = ["a@x.cn", "support@x.cn", "mail@x.cn", "contact@y.com", "s@x.cn", "ort@x.cn"]
    rng = random.Random(50)
    for _ in range(3000):
        others = rng.sample(bases, rng.randrange(1, len(bases)))
        others += [rng.choice([*labels, "info", "e"]) + rng.choice(bases) for _ in range(rng.randrange(3))]
        address = rng.choice([*others, rng.choice(labels) + rng.choice(bases)])
        assert facts.glued_label(address, frozenset(others)) == every_address(address, others), (address, others)
        suffix = any(address != o and address.endswith(o) for o in others)
        assert any(address[i:] in set(others) for i in range(1, len(address))) == suffix
