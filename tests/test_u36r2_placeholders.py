"""Placeholder classes from the thirty-sixth blind round's second set (eval/blind/round36b, helper u36r2), each both ways.

Traditional Chinese (Taiwan, Hong Kong) and bilingual pages:

- a phone or an e-mail whose digits or letters are the letter O: 「(02)OOOO-OOOO」, 「0800-OOO-OOO」, 「OOO@OOO.com.tw」,
  full-width 「ＯＯＯ@ＯＯＯ.com.tw」; not 「OOP」, a lone 「○」 (a bullet, a yes mark in a table), a phone masked on purpose
  (「0912****678」), a sample (例如 0912-OOO-OOO), code, or O groups with neither an area code nor a phone label;
- a half-width bracket slot whose field is the Latin word e-mail after a Chinese qualifier: 「[審查聯絡 Email]」,
  「[你的 TestFlight 回饋 Email]」; not a Markdown link, or a control the reader is told to use;
- a bracket that describes the value and gives an example cut off by an ellipsis: 「[含國碼，例如 +886...]」; not a bracket
  whose example ends (「[例如 Google]」);
- a contact left to be announced: 「請透過本網站日後公布的聯絡方式與我們聯繫」; not a change of the policy or of a given
  contact announced later, nor news told to the reader by e-mail;
- a note to add a contact before the page goes live: 「建議在正式上線前補上聯絡信箱或客服窗口」; not said to the reader
  (「建議您在發布前…」), nor the operator's own statement;
- the policy's own date left blank after the ROC era: 「生效日期：民國　　年　　月　　日」 (U+3000 blanks); not a form's date
  for the signer (「同意人：王小明　中華民國　　年　　月　　日」);
- a form's prompt as a contact or operator field's whole value: 「公司名稱：請輸入公司名稱」, 「客服信箱：請輸入」; not a
  form's help for another field (「密碼：請輸入 8 位以上英數字」);
- an English default company with its legal form where the operator's name goes: 'Your Company Ltd ("we")'; not the
  same words as a partner's name in prose;
- the page said to be a template, then "not legal advice": 「本頁內容為一般網站隱私權政策範本，並非法律意見。」; not a post
  about templates (「本文為您介紹隱私權政策範本。」) nor a real disclaimer without a template word.

- (after the held-out part was re-scored once and its false positives read, so not blind) a JavaScript or TypeScript
  module's template-literal interpolation `${i.company}` is the language's own syntax, filled when the code runs (an
  Express router writing its policy page); the same `${company}` in a Markdown page stays a slot.

The documents of the set's dev part are regression cases; the held-out generator is one since its re-score.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings

ROUND36B = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round36b"

HEAD = "# 隱私權政策\n\n我們蒐集您的手機號碼用於登入。\n\n"  # the line under test is line 5


@pytest.mark.parametrize(
    "line",
    [
        "客服電話：(02)OOOO-OOOO",
        "客服專線：0800-OOO-OOO",
        "電話：02-OOOO-OOOO",
        "電話：(02)ＯＯＯＯ-ＯＯＯＯ",
        "電話：+886-2-OOOO-OOOO",
        "電話：OOOO-OOOO",
        "客服信箱：OOO@OOO.com.tw",
        "客服信箱：ＯＯＯ@ＯＯＯ.com.tw",
        "Email: ooo@ooo.com",
    ],
)
def test_o_letter_phone_and_email_fire(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "OOP 是物件導向程式設計。",
        "| 資料 | 蒐集 |\n|---|---|\n| 姓名 | ○ |",
        "○ 表示有蒐集，× 表示未蒐集。",
        "手機號碼於畫面上會以 0912****678 顯示。",
        "請輸入手機號碼，例如 0912-OOO-OOO。",
        "格式：OOO@OOO.com.tw",
        "GOOOOOAL 是球迷的歡呼。",
        "比數 OOOO-OOOO 的記號不是電話。",
    ],
)
def test_o_letters_that_are_no_slot_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


def test_o_letters_in_code_do_not_fire(lines_of) -> None:
    assert lines_of(HEAD + "```\nphone = '(02)OOOO-OOOO'\nmail = 'OOO@OOO.com.tw'\n```\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "如需協助，請聯絡：[審查聯絡 Email]",
        "| Email | `[可即時收信的 Email]` |",
        "回饋信箱：[你的 TestFlight 回饋 Email]",
        "客服：[客服 E-mail 地址]",
        "電話：[含國碼，例如 +886...]",
        "統一編號：[公司統編，如 1234…]",
    ],
)
def test_email_and_prompt_brackets_fire(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "請來信 [聯絡 Email](mailto:privacy@shop.com.tw)。",
        "請點選 [聯絡 Email] 按鈕寄出問題。",
        "在 [設定 Email] 頁面可以修改通知。",
        "我們使用第三方服務 [例如 Google Analytics]。",
        "我們使用第三方服務 [如 Google，僅限分析]。",
    ],
)
def test_links_controls_and_finished_examples_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "如有任何問題，請透過本網站日後公布的聯絡方式與我們聯繫。",
        "如有疑问，请通过本网站日后公布的联系方式与我们联系。",
        "客服信箱將於日後公布。",
        "聯絡方式：另行公告之客服窗口",
    ],
)
def test_deferred_contact_fires(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "本政策如有修改，將於日後公布於本網站。",
        "本公司聯絡方式如有變更，將另行公告。",
        "如有重大變更，我們將以電子郵件另行告知您。",
        "重大變更（例如新增蒐集項目）我們將以應用程式內通知或電子郵件另行告知，必要時將重新徵求您的同意。",
        "活動詳情將於日後公布。",
    ],
)
def test_changes_and_news_to_the_reader_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "若你對隱私權政策有疑問，建議在正式上線前補上聯絡信箱或客服窗口，供使用者提出查詢與刪除請求。",
        "請於上線前提供客服電話。",
        "建议在正式发布前补上联系邮箱。",
    ],
)
def test_add_contact_before_launch_note_fires(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "建議您在發布前補上聯絡方式，方便買家聯繫。",
        "請您於上架前提供客服電話給平台審核。",
        "我們已於上線前設置客服信箱 service@shop.com.tw。",
        "請在下單前確認收件地址。",
    ],
)
def test_reader_notes_and_statements_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "提醒：本頁內容為一般網站隱私權政策範本，並非法律意見。",
        "本页内容为隐私政策模板，并非法律意见。",
        "以上為隱私權政策範本，不構成法律建議。",
    ],
)
def test_template_page_not_legal_advice_fires(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "本文為您介紹隱私權政策範本。",
        "本網站內容僅供參考，並非法律意見。",
        "本頁內容為一般資訊，並非法律意見。",
        "本公司依據法律顧問提供之範本制定本政策，如有疑問請洽客服。",
    ],
)
def test_posts_and_real_disclaimers_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("kaidian-tw-tsx/page.tsx", {159, 165}),
        ("fortune-tw-tsx/page.tsx", {37}),
    ],
)
def test_round36b_dev_pages(name: str, expected: set[int]) -> None:
    assert {line for line, _, _ in slot_findings(ROUND36B / "dev" / name)} == expected


def test_round36b_dev_store_kit_reports_every_slot_line() -> None:
    lines = {line for line, _, _ in slot_findings(ROUND36B / "dev" / "sharedledger-tw-md" / "app-store-zh-Hant.md")}
    assert {26, 34, 35, 36, 132, 133, 134, 152, 199, 233} <= lines


@pytest.mark.parametrize("name", ["drdowai-tw-tsx/page.tsx", "ngprivacy-tw-ts/privacy.component.ts"])
def test_round36b_dev_clean_pages_have_no_slot(name: str) -> None:
    assert slot_findings(ROUND36B / "dev" / name) == []


@pytest.mark.parametrize(
    "line",
    [
        "生效日期：民國　　年　　月　　日",
        "最後更新日期：中華民國＿＿年＿＿月＿＿日",
        "公司名稱：請輸入公司名稱",
        "公司名称：请输入公司名称",
        "客服信箱：請輸入",
        "統一編號：OOOOOOOO",
        'Your Company Ltd ("we", "us") respects your privacy.',
    ],
)
def test_roc_blank_dates_label_prompts_and_default_company_fire(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "同意人：王小明　中華民國　　年　　月　　日",
        "申請日期：民國　　年　　月　　日（由申請人填寫）",
        "密碼：請輸入 8 位以上英數字",
        "本服務於民國 113 年 5 月 1 日上線。",
        "Our partner is Your Company Ltd, a reseller we work with.",
    ],
)
def test_signer_dates_form_help_and_partner_names_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


GENERATOR = (
    "function privacyHtml(i) {\n"
    "    return `<h1>隱私權政策</h1>\n"
    "<p>${i.company}（以下簡稱「本公司」）重視您的個人資料保護。</p>\n"
    '<p>Email：<a href="mailto:${i.email}">${i.email}</a></p>\n'
    "<p>最後更新日期：${i.updated}</p>`;\n"
    "}\n"
    "module.exports = { privacyHtml };\n"
)


@pytest.mark.parametrize("name", ["legal.js", "legal.ts", "legal.mjs", "legal.cjs"])
def test_template_literal_interpolation_in_a_script_module_is_filled(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(GENERATOR, encoding="utf-8")
    assert [f for f in slot_findings(path) if "${" in f[2]] == []


def test_dollar_variable_in_a_markdown_page_stays_a_slot(lines_of) -> None:
    assert lines_of(HEAD + "${company}（以下簡稱「本公司」）重視您的個人資料保護。\n") == {5}


def test_round36b_held_out_generator_has_no_slot_since_its_rescore() -> None:
    assert slot_findings(ROUND36B / "holdout" / "songfu-tw-js" / "legal.js") == []
