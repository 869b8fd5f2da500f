"""Placeholders met while building eval/dev13 (issue #11, thirteenth session, a11p): one test per class, both ways.

dev13's own nine slots (bracketed English fields in WordPress theme and plugin templates) were all found on
the first run; these classes are the forms that real unreleased policies showed while the set was being
collected and that main 27966bd missed.  Every must-find line is real published text (quoted from the
public repositories it was met in); every must-not-fire line is real clean text with the same words:

- the policy's own date field whose whole value says the date is still to come: 「**生效日期**：暂未生效」,
  "Effective date: pending" (`cli/policylens/rules/placeholder_forms.py`);
- the text saying it is still being written: 「此政策尚未完成编写，目前不具有任何效力」, and 「本文為草稿」 with
  本文 as its subject (`cli/policylens/rules/placeholder_drafting/notes.py`).

And the two classes dev13's first run (main 27966bd) showed, 16/17 found and 1 false positive:

- a definition whose value is the name of its field: 「平台：App名称。」 (`cli/policylens/rules/placeholder_forms.py`), not a
  gloss of a key in documentation (「`app-name`：应用名称。」);
- a duty of the reader is not a note to the publisher: 「若其中涉及儿童个人信息的，您需在发布前取得对应儿童监护人的
  同意，…通过本政策第十条的途径联系我们，要求更正或删除…」 (`cli/policylens/rules/placeholder_publisher_note.py`).
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _placeholders


def _rules(tmp_path: Path, lines: list[str], title: str = "# 隐私政策") -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of every placeholder-* finding, each line its own paragraph (line 3, 5, 7, …)."""
    found = _placeholders(tmp_path, title + "\n\n" + "\n\n".join(lines) + "\n", "md")
    return [(f.line, f.rule, f.excerpt) for f in found if f.rule.startswith("placeholder")]


def _lines(found: list[tuple[int, str, str]]) -> set[int]:
    return {line for line, _, _ in found}


# --- 生效日期：暂未生效: a date field whose value says the date is to come ------------------------


def test_date_field_whose_value_is_pending_is_a_slot(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "**生效日期**：暂未生效",
            "**版本**：1.0\\\n**生效日期**：暂未生效",
            "Effective date: pending",
        ],
    )
    assert _lines(found) == {3, 6, 8}, found  # the second paragraph is two lines (5-6)
    assert {excerpt for _, _, excerpt in found} >= {"暂未生效", "pending"}


def test_date_field_with_a_date_or_a_rule_and_pending_words_in_sentences_are_not_slots(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "**生效日期**：2026年1月28日",
            "**生效日期**：以项目发布或首次部署为准",
            "Last Updated: December 19, 2024",
            "如果自定义域名暂未生效，也可以使用 R2 endpoint 作为下载源：",
            "**字体选项暂未生效**：界面上的字体选择会保存，但实际绘制仍统一使用默认字体。",
            "您可以撤回尚未完成的创建、激活确认或恢复密钥更新请求。",
        ],
    )
    assert found == []


# --- 此政策尚未完成编写: the text says it is still being written -------------------------------


def test_text_saying_it_is_still_being_written_is_a_drafting_note(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "此政策尚未完成编写，目前不具有任何效力",
            "本文為草稿，尚待正式複核後生效；正式生效日期將於公開上線時填入。",
        ],
        title="# 隐私政策",
    )
    assert _lines(found) == {3, 5}, found
    assert {rule for _, rule, _ in found} == {"placeholder-drafting"}


def test_real_sentences_about_this_text_are_not_drafting_notes(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "本文仅为技术说明，不构成适用于任何地区的法律隐私政策。",
            "本政策未定义的术语，与《用户协议》中的含义相同。",
            "如果您尚未完成注册，我们不会收集您的账号信息。",
            "本文統稱為「Pocket 技術」）時，所有收集或送出的資料均依本政策處理。",
        ],
    )
    assert found == []


# --- 平台：App名称: a definition whose value is the name of its field ------------------------------


def test_definition_whose_value_is_the_field_name_is_a_slot(tmp_path: Path) -> None:
    found = _rules(tmp_path, ["第一部分 定义", "平台：App名称。", "本平台服务提供者：指本平台的互联网信息及软件技术服务提供者。"])
    assert [(line, excerpt) for line, _, excerpt in found] == [(5, "App名称")]


def test_glosses_of_keys_and_filled_definitions_are_not_slots(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "- `app-name`：应用名称。",
            "- **Name**：应用名称。",
            "- **Application**：应用名称。",
            "3. `public/manifest.json`：应用名称。",
            "平台：指趣拍拍平台。",
        ],
    )
    assert found == []


# --- 您需在发布前…: a duty of the reader, not a note to the publisher ------------------------------


def test_a_duty_of_the_reader_before_publishing_is_not_a_publisher_note(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "1、若你提供的信息中含有其他用户的个人信息，在向本平台提供这些个人信息之前，您需确保您已经取得合法的授权。"
            "若其中涉及儿童个人信息的，您需在发布前取得对应儿童监护人的同意，前述情形下监护人有权通过本政策第十条的途径联系我们，"
            "要求更正或删除涉及儿童个人信息的内容。",
        ],
    )
    assert found == []


def test_a_note_to_the_publisher_is_still_found(tmp_path: Path) -> None:
    found = _rules(tmp_path, ["本隐私政策为范本，请于上架前按实际情况调整。", "本模板需在发布前替换公司名称与联系方式。"])
    assert {(line, rule) for line, rule, _ in found} >= {(3, "placeholder-publisher-note")}
    assert _lines(found) == {3, 5}, found
