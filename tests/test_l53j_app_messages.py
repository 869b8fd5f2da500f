"""An app's own toast helper, a field's validation message and an action's caption are no text of its page (fifty-third
session, lead; eval/profiles53w sportlottery-tw).

`load.app_literals`: an Android Activity that shows its 個資法 notice also validates its form.  Its messages,
`ToastShow.start(RegisterActivity.this, "驗證碼不得空白")` (an app's own toast class), `PassWordNotice.setText("密碼最少六位數")`
(a validation message under a field) and `SendSms.setText("發送驗證碼")` (a button's caption), were each read as a section
title: the page's outline was 26 headings, 23 of them form messages, and the notice's paragraphs sat under 「手機格式不正確」.
`Toast.makeText` and controls named button, agree, tip… were already left out; now a call on any class named *Toast*
(`ToastUtils.showShort`, `MyToast.show`), `showToast(…)`, `setError(…)`, `Snackbar.make(…)`, and a view named a notice,
an error, a warning or an action (send, submit, close, next, login, register) are too.  A long text or a sentence set
on such a view is still read (a policy shown in a `noticeText` view).
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path
from parse_helpers import parse_file, shown_lines

SPORTLOTTERY = Path(__file__).resolve().parent.parent / "eval" / "profiles53w" / "docs" / "sportlottery-tw" / "RegisterActivity.java"

_ACTIVITY = """package com.example.app;

public class RegisterActivity extends AppCompatActivity {
    private static final String NOTICE = "個人資料蒐集告知事項\\n"
        + "一、蒐集之目的\\n"
        + "本公司為會員管理之目的，蒐集您的姓名、電話及電子郵件。\\n"
        + "二、個人資料利用之期間\\n"
        + "本公司於會員存續期間利用您的個人資料。\\n";

    void check() {
        MESSAGE
    }
}
"""

_MESSAGES = (
    'ToastShow.start(RegisterActivity.this, "驗證碼不得空白");',
    'ToastUtils.showShort("手機號碼不得空白");',
    'MyToast.show(this, "銀行帳號不得空白");',
    'showToast("電子郵件不得空白");',
    'phone.setError("手機格式不正確");',
    'Snackbar.make(view, "網路連線失敗", Snackbar.LENGTH_SHORT).show();',
    'PassWordNotice.setText("密碼最少六位數");',
    'emailError.setText("信箱格式錯誤");',
    'SendSms.setText("發送驗證碼");',
    'submitView.setText("送出");',
)

_PAGE = [
    (5, "一、蒐集之目的"),
    (6, "本公司為會員管理之目的，蒐集您的姓名、電話及電子郵件。"),
    (7, "二、個人資料利用之期間"),
    (8, "本公司於會員存續期間利用您的個人資料。"),
]


def test_form_messages_and_captions_are_no_part_of_the_page(tmp_path: Path) -> None:
    for k, message in enumerate(_MESSAGES):
        doc = parse_file(tmp_path, f"Register{k}.java", _ACTIVITY.replace("MESSAGE", message))
        assert shown_lines(doc) == _PAGE, message
        assert doc.metadata.title == "個人資料蒐集告知事項", message


def test_a_sentence_on_such_a_view_or_a_fields_own_text_is_still_read(tmp_path: Path) -> None:
    for message, text in (
        ('noticeText.setText("本公司依個人資料保護法第八條告知您下列事項。");', "本公司依個人資料保護法第八條告知您下列事項。"),
        ('phoneField.setText("手機格式不正確");', "手機格式不正確"),  # (a field's own text: not named a message)
    ):
        doc = parse_file(tmp_path, "Register.java", _ACTIVITY.replace("MESSAGE", message))
        texts = [t for _, t in shown_lines(doc)] + [doc.metadata.title or ""]
        assert any(text in t for t in texts), message


def test_sportlottery_outline_is_its_notice() -> None:
    """Regression: eval/profiles53w sportlottery-tw (23 of its 26 headings were form messages)."""
    doc = parse_path(SPORTLOTTERY)
    titles = [s.title for s in doc.sections if s.title]
    assert titles == ["個人資料利用之對象、地區及方式", "個人資料當事人得行使之權利及方式", "其他"]
    assert not any("不得空白" in t for _, t in shown_lines(doc))
