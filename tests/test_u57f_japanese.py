"""Fifty-seventh session (u57f, issue #11 §3): slots and drafting notes in the Japanese paragraphs of a zh / ja / en page
(`rules.placeholder_japanese`, called by `check._japanese_findings`; not blind: the classes were named by the brief).

The Japanese text is read apart, by `placeholder-instruction` (slots) and `placeholder-drafting` (notes) only, with the
forms that hold in any language and the Japanese drafting words.  Quiet: a label before its value, a year in kanji
numerals, a to-do feature, advice to the user about a post; and no Chinese lexicon rule reads the Japanese paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

_HEAD = "# 隐私政策 / プライバシーポリシー\n\n最后更新：2025年1月1日\n\n我们重视您的隐私。我们收集您的邮箱，用于登录。\n\n## 日本語\n\n"
_TAIL = "\n\n当社は、お客様の同意なく個人情報を第三者に提供しません。\n\n## English\n\nWe collect your email address to sign you in.\n"
_LINE = _HEAD.count("\n") + 1  # the Japanese paragraph's line


def _findings(tmp_path: Path, line: str) -> list[tuple[int, str]]:
    path = tmp_path / "policy.md"
    path.write_text(_HEAD + line + _TAIL, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.rule) for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("【TODO】当社は、お客様の個人情報を適切に管理します。", "placeholder-instruction"),
        ("運営者：【要確認】", "placeholder-instruction"),
        ("施行日：【未定】です。", "placeholder-instruction"),
        ("本ポリシーの施行日は【施行日：要確認】とします。", "placeholder-instruction"),
        ("事業者名：［会社名］", "placeholder-instruction"),
        ("［会社名］は、お客様の個人情報を適切に取り扱います。", "placeholder-instruction"),
        ("当サイトは○○株式会社が運営しています。", "placeholder-instruction"),
        ("令和〇〇年〇月〇日制定", "placeholder-instruction"),
        ("所在地：「ここに住所を記入」", "placeholder-instruction"),
        ("お問い合わせ窓口は TBD です。", "placeholder-instruction"),
        ("個人情報保護管理者：XXXX（メールアドレス：xxx@example.jp）", "placeholder-instruction"),
        ("当社の名称は{{company_name}}です。", "placeholder-instruction"),
        ("運営責任者：要確認", "placeholder-instruction"),
        ("本ポリシーは草案です。", "placeholder-drafting"),
        ("このページはサンプルです。実際の内容に差し替えてください。", "placeholder-drafting"),
        ("公開前に法務の確認が必要です。", "placeholder-drafting"),
        ("本規約は現在法務確認中のため、内容が変更される場合があります。", "placeholder-drafting"),
        ("草案", "placeholder-drafting"),
        # eval/blind/round56p kurashiki-tri-ts L123, L131, L142 (its dev part: not blind)
        (
            "以下は日本の特定商取引法に基づく表記のテンプレートです。未確定の項目は公開前に運営者情報で補ってください。",
            "placeholder-drafting",
        ),
        ("本方針がこの要件を満たしているか、公開前に専門家にご確認ください。", "placeholder-drafting"),
        ("代表者：YUICHIRO KIKKAWA（詳細情報は準備中）", "placeholder-instruction"),
    ],
)
def test_a_slot_or_a_note_in_a_japanese_paragraph_is_reported(tmp_path: Path, line: str, rule: str) -> None:
    assert (_LINE, rule) in _findings(tmp_path, line)


@pytest.mark.parametrize(
    "line",
    [
        "【お問い合わせ窓口】東京都千代田区丸の内一丁目1番1号　株式会社サンプル商事",
        "【住所】東京都千代田区丸の内一丁目1番1号",
        "当社は二〇〇〇年に設立されました。",
        "本アプリのTODOリスト機能では、入力された内容を端末内に保存します。",
        "投稿を公開する前に内容を確認してください。",
        "お客様は、ここに記載された目的の範囲内で個人情報を利用することに同意するものとします。",
        "当社は、個人情報の保護に関する法律その他の関係法令を遵守します。",
        "個人情報の利用目的は、以下のとおりです。",
        "このポリシーは、当社のサービスに適用されます。",
        "当社は、法務部門による確認を経て、本ポリシーを改定します。",
        "決済機能（準備中）については、提供開始時に本ポリシーを改定します。",
        "以下は当社が取得する情報の例です。",
        "const TODO_NOTE = 1; お客様の情報を保護します。",
    ],
)
def test_japanese_prose_labels_and_numerals_stay_quiet(tmp_path: Path, line: str) -> None:
    assert not [f for f in _findings(tmp_path, line) if f[0] == _LINE]


def test_no_chinese_lexicon_rule_reads_a_japanese_paragraph(tmp_path: Path) -> None:
    # kanji of both scripts and words a Chinese rule would flag (服务器, 运营, 信息): the paragraph is Japanese (kana)
    line = "当社は、お客様の情報を運営のため服务器に保存し、個人情報を適切に管理します。"
    assert not [f for f in _findings(tmp_path, line) if f[0] == _LINE]


def test_a_page_without_japanese_is_as_before(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text("# 隐私政策\n\n最后更新：2025年1月1日\n\n我们收集您的邮箱，用于登录。\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f.rule for f in report.findings if f.severity == "error"] == []
