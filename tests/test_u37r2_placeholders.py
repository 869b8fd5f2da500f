"""Placeholder classes from the thirty-seventh blind round's second set (eval/blind/round37b, helper u37r2), each both ways.

A draft published as the policy, in Traditional Chinese and in English (`cli/policylens/rules/placeholder_drafts.py`):

- the policy's own name followed by the word draft: 「隱私權政策草案」, 「# 隱私權政策（草稿）」, "Privacy Policy Draft";
  not a cited law's draft (「《個人資料保護法》修正草案」), a title in book-title marks, nor the drafts a product keeps;
- status labels: 「上線前草案」, 「未發布 · 待確認」, 「待律師審閱」, 「需補流程」 (also run into a card's own label),
  "Draft for legal review", "Draft – pending legal review", "DRAFT — NOT LAWYER APPROVED", "NOT FOR PRODUCTION
  PUBLICATION", "This is a draft outline."; not a bare 「草稿」 or 「待確認」 (a note app's drafts, a status column), nor a
  request pending review;
- a lawyer still to review the text before publication: 「正式公開收費前，仍應由…律師審閱」, 「正式版本將由台灣執業律師…
  審閱後填上完整文字」, "Final policy will be reviewed by a Taiwan-licensed attorney"; not a yearly review by the legal
  team, nor advice to the reader;
- an operator fact left for the final version or the launch, or the body left to be added in place: 「正式上線前需補上
  實際服務商清單」, 「正式版應由營運政策設定具體年限」, 「正式上線時，請將下列信箱替換為…」, 「詳細隱私權政策內容將在此處
  補充。」; not the Chinese edition named the official one, a change posted on this page, a product promise, nor the
  reader's own setting;
- RankWoven's section-long instructions in both languages (a leftover of round36b, read after its held-out run):
  「請定義帳戶資料…的保留期限」, 「請公開法律主體、支援地址、生效日期」, "Define retention periods for account data",
  "Publish the legal entity, support address, effective date", "This page is a product-ready placeholder", "Replace the
  sections below with the approved policy"; not a request to the reader, nor a heading "Document Retention".

And the loader (`load/jsx_locale.py`): an inline language switch `{lang === 'zh' ? '…' : '…'}` reads both editions, each
its own paragraph, so that the English edition's slot is seen; a condition that is no language switch keeps one branch.

The documents of the set's dev part are regression cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import parse_path, slot_findings

ROUND37B = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round37b"

HEAD = "# 隱私權政策\n\n我們蒐集您的手機號碼用於登入。\n\n"  # the line under test is line 5
HEAD_EN = "# Privacy Policy\n\nWe collect your e-mail address to sign you in.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "## 隱私權政策（草稿）",
        "隱私權政策草案",
        "本文件為私隱政策初稿，內容僅供參考。",
        "目前狀態：上線前草案",
        "狀態：未發布 · 待確認",
        "状态：未发布 · 待确认",
        "| 使用者權利 | 需補流程 |",
        "本條款待律師審閱。",
        "正式公開收費前，仍應由熟悉台灣個資法與跨境資料處理的律師審閱。",
        "正式版本將由台灣執業律師（含 GDPR 顧問）審閱後填上完整文字。",
        "正式上线前须交由律师审核。",
    ],
)
def test_draft_titles_labels_and_lawyer_notes_fire(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "line",
    [
        "# Privacy Policy Draft",
        "Privacy Policy (Draft)",
        "Draft for legal review",
        "Draft – pending legal review",
        "DRAFT — NOT LAWYER APPROVED",
        "NOT FOR PRODUCTION PUBLICATION",
        "> **This is a draft outline.** Final policy will be reviewed by a Taiwan-licensed attorney.",
        "This is a pre-launch draft for legal review.",
        "This policy must be reviewed by counsel before publication.",
    ],
)
def test_english_draft_labels_fire(lines_of, line: str) -> None:
    assert lines_of(HEAD_EN + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "本公司依《個人資料保護法》修正草案之精神，強化資料保護。",
        "請參閱《隱私政策（草案）》之說明。",
        "您在筆記中儲存的草稿僅保存於您的裝置。",
        "| 申請 | 狀態 |\n|---|---|\n| 刪除帳號 | 待確認 |",
        "本政策每年由法務部門審閱一次。",
        "建議您在簽署前請律師審閱契約內容。",
    ],
)
def test_zh_drafts_that_are_no_slot_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    "prose",
    [
        "Drafts you write are stored on your device until you send them.",
        "This policy is reviewed by our legal team every year.",
        "Requests pending legal review may take up to 30 days.",
        "This is a draft message feature: unsent e-mails are kept locally.",
        "## Document Retention",
        "Describe your issue in the form and we will reply within 3 days.",
    ],
)
def test_english_prose_that_is_no_slot_does_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD_EN + prose + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "第三方服務會依其各自條款處理資料，正式上線前需補上實際服務商清單。",
        "正式版本會補上聯絡方式與資料刪除流程。",
        "若使用雲端主機，應在正式版本補上服務商與資料區域。",
        "稽核紀錄應保存足以處理爭議的期間；正式版應由營運政策設定具體年限。",
        "正式上線前應提供專用隱私聯絡信箱與資料權利處理 SLA。",
        "正式上線時，請將下列信箱替換為實際客服與隱私聯絡信箱：",
        "詳細隱私權政策內容將在此處補充。",
    ],
)
def test_facts_left_for_the_final_version_fire(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "本政策以繁體中文為正式版本，英文版本僅供參考。",
        "本政策如有修訂，修訂內容將於本頁公布並更新日期。",
        "本政策如有修訂，修訂內容會在本頁更新。",
        "我們將於正式版本提供更多進階功能。",
        "您可於正式版本中設定通知信箱。",
        "正式上線後，本網站可能使用 GA4 等分析工具。",
    ],
)
def test_final_version_prose_that_is_no_slot_does_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD, "請定義帳戶資料、同步內容、快照、日誌和已刪除工作區的保留期限。"),
        (HEAD, "請公開法律主體、支援地址、生效日期，以及重大政策變更的通知方式。"),
        (HEAD, "這是可直接放入產品的文件骨架。"),
        (HEAD, "接受付費訂閱前請替換成已批准的條款內容。"),
        (HEAD_EN, "Define retention periods for account data, synced content, snapshots, logs, and deleted workspaces."),
        (HEAD_EN, "Publish the legal entity, support address, effective date, and a process for notifying users."),
        (HEAD_EN, "This page is a product-ready placeholder."),
        (HEAD_EN, "Replace the sections below with the approved policy before production launch."),
    ],
)
def test_section_long_instructions_fire(lines_of, head: str, line: str) -> None:
    assert lines_of(head + line + "\n") == {5}


@pytest.mark.parametrize(
    ("head", "prose"),
    [
        (HEAD, "如欲行使權利，請說明您的請求內容與聯絡方式。"),
        (HEAD, "請詳閱以下說明。"),
        (HEAD_EN, "Describe your request and include your contact details so we can reply."),
        (HEAD_EN, "We define retention periods by the purpose of each record."),
        (HEAD_EN, "This placeholder image is replaced when the page loads."),
    ],
)
def test_requests_to_the_reader_do_not_fire(lines_of, head: str, prose: str) -> None:
    assert lines_of(head + prose + "\n") == set()


def test_code_blocks_do_not_fire(lines_of) -> None:
    assert lines_of(HEAD + "```\ntitle = '隱私權政策草案'\nnote = 'Draft for legal review'\n```\n") == set()


LANG_PAGE = """import React from 'react';

export default function Privacy({ lang }) {
  return (
    <main>
      <p>{lang === 'zh' ? '最後更新日期：2025年1月1日' : 'Last Updated: January 1, 2025'}</p>
      <p>{lang === 'zh' ? '如有疑問請來信 privacy@shop.com.tw。' : 'Contact us at [Company Email].'}</p>
      <p>{loading ? '載入中' : '我們重視您的隱私，僅蒐集提供服務所需的資料。'}</p>
    </main>
  );
}
"""


def _paragraphs(path: Path) -> list[str]:
    doc = parse_path(path)
    return [p.text for p in doc.paragraphs()]


def test_a_language_switch_reads_both_editions(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.tsx"
    path.write_text(LANG_PAGE, encoding="utf-8")
    texts = _paragraphs(path)
    assert "最後更新日期：2025年1月1日" in texts and "Last Updated: January 1, 2025" in texts
    assert "Contact us at [Company Email]." in texts
    # a condition that is no language switch keeps one branch, the longest (as before)
    assert "我們重視您的隱私，僅蒐集提供服務所需的資料。" in texts and not any("載入中" in t for t in texts)
    assert {line for line, _, _ in slot_findings(path)} == {7}  # the English edition's slot


def test_a_switch_with_a_key_keeps_the_key_out(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.tsx"
    path.write_text(LANG_PAGE.replace("'Last Updated: January 1, 2025'", "'privacy.lastUpdated'"), encoding="utf-8")
    texts = _paragraphs(path)
    assert "最後更新日期：2025年1月1日" in texts and not any("privacy.lastUpdated" in t for t in texts)


@pytest.mark.parametrize("name", ["folio-zh-md", "mele-tw-tsx", "sakuyal-tw-jsx", "taigu-tw-tsx", "truthshield-tw-js"])
def test_round37b_dev_documents_have_every_slot_line_found(name: str) -> None:
    folder = ROUND37B / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    found = {line for line, _, _ in slot_findings(folder / ann["file"])}
    gold = {p["line"] for p in ann["placeholders"]}
    scored = found - set(ann["ambiguous_placeholder_lines"])
    assert gold <= found and scored <= gold


@pytest.mark.parametrize("name", ["eudaimonia-tw-tsx", "copilotpro-tw-tsx"])
def test_round37b_clean_dev_documents_have_no_placeholder_finding(name: str) -> None:
    folder = ROUND37B / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    assert slot_findings(folder / ann["file"]) == []
