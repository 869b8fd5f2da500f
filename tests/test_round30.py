"""Classes the thirtieth blind round missed on its first run (issue #11 §1, u30r): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round30, read since its first run) showed the classes,
in `xdag-bi-md/PRIVACY.md`, `szr-clone-vue-md/clone-agreement.md`, `chattree-bi-md/PRIVACY.md`,
`islemind-draft-md/privacy-draft.md`, `wangdai-agreement-tsx/agreement.tsx` and `kpet-tw-tsx/privacy.tsx`.

1. A build step's token in capitals: `__NAME__` in a Markdown heading (kept whole by the reader, not read as bold NAME)
   and a token with a language code, `__NAME_ZH__`, glued to Chinese (`patterns.BUILD_TOKEN`); not `__init__` nor bold
   words (`__重要__`, `__Note__`).
2. Empty square brackets where a name is defined: 「您与[]（以下简称“我们”）」 (`placeholder_empty`); not `[]` in prose
   that is not a definition, a Markdown link with no text, nor code.
3. A note asking to replace a line of the text: 「公开提交前，请把这一行替换为支持邮箱」 (`placeholder_pending._NOTES`); not the
   reader's own action (「您可以把头像替换为…」).
4. A pending note in brackets longer than forty characters, and what is to be confirmed named after 的: 「【待确认：…；…】」,
   「通过【待确认的通知方式】说明」 (`placeholder_pending._PENDING`); not a screen or a control of the app
   (「点击【待确认的订单】」, 「【待确认的申请】页面」).
5. A drafting instruction that quotes the template's pending marker (「必须填写全部 `【待确认】`」) or says what the public
   version still has to provide (「公开版本需提供…对应语言」); not a form's instruction to the reader (「请填写全部必填项」).
6. The court's place named by the operator's role: [开发者所在地], [运营方所在城市] (`vocabulary._GENERIC_SLOT`); not a
   place the policy names (开发者所在地人民法院).
7. A contact person's field with the department or title to give: 「联络窗口：【姓名／部门】」, and a value that ends where
   the next item's bullet was joined on (「【姓名】• 电子邮件：…」, `slots._VALUE_END`); not a list of data collected
   (「我们收集：【姓名／部门】」).
"""

from __future__ import annotations

from pathlib import Path

from test_round26 import HEAD, HEAD_TW, _errors, _placeholders

# --- 1. build tokens ------------------------------------------------------------------------------------------------


def test_a_build_token_in_a_heading_or_glued_to_chinese_is_a_slot(tmp_path: Path) -> None:
    text = (
        "# __NAME__ — Privacy Policy / 隐私政策\n\n本政策适用于我们提供的全部服务。\n\n"
        "## __APP_NAME__ 的信息收集\n\n"
        "__NAME_ZH__（以下简称“本插件”）是一个钱包。\n\n"
        "本应用由 __COMPANY_NAME_CN__ 提供。\n"
    )
    assert _errors(tmp_path, text) == ["__NAME__", "__APP_NAME__", "__NAME_ZH__", "__COMPANY_NAME_CN__"]


def test_bold_words_and_python_names_are_no_build_tokens(tmp_path: Path) -> None:
    text = (
        "# __重要__ 隐私政策\n\n本政策适用于我们提供的全部服务。\n\n"
        "## __Note__ 信息收集\n\n"
        "我们不会调用 `__init__` 以外的接口，__请注意__这一点。\n"
    )
    assert _placeholders(tmp_path, text) == []


# --- 2. empty square brackets where a name is defined --------------------------------------------------------------------


def test_empty_square_brackets_before_a_definition_are_a_slot(tmp_path: Path) -> None:
    body = '本协议是您与[]（以下简称“我们”或“公司”）之间订立的协议。\n\n本服务由[] (hereinafter "we") 提供。\n'
    assert _errors(tmp_path, HEAD + body) == ["[]", "[]"]


def test_empty_square_brackets_elsewhere_are_no_slot(tmp_path: Path) -> None:
    body = (
        "如接口返回 [] 表示没有数据，我们不会保存任何信息。\n\n"
        "[](https://example.org/logo) 以上为标志。\n\n"
        "```js\nconst list = [](以下)\n```\n"
    )
    assert _placeholders(tmp_path, HEAD + body) == []


# --- 3. a line of the text to be replaced --------------------------------------------------------------------------------


def test_a_note_to_replace_a_line_of_the_text_is_a_slot(tmp_path: Path) -> None:
    body = (
        "## 联系方式\n\n公开提交前，请把这一行替换为支持邮箱或公开 issue tracker URL。\n\n"
        "发布时请把本行改为真实的客服邮箱。\n\n如需帮助，将这段内容换成贵司的地址。\n"
    )
    assert _errors(tmp_path, HEAD + body) == ["请把这一行替换为", "请把本行改为", "将这段内容换成"]


def test_the_readers_own_replacement_is_no_slot(tmp_path: Path) -> None:
    body = "您可以把头像替换为任意图片。\n\n如需更换手机号，您可将此处的号码替换为新号码。\n"
    assert _placeholders(tmp_path, HEAD + body) == []


# --- 4. long pending notes and what is to be confirmed named after 的 ------------------------------------------------------


def test_a_long_pending_note_and_a_named_pending_value_are_slots(tmp_path: Path) -> None:
    long_note = "【待确认：运营者是否提供任何中转、遥测、举报或支持后台；逐项列明名称、目的、数据类型、地区与政策链接。】"
    body = f"请在使用前了解其隐私政策。{long_note}\n\n重要的数据处理变化将通过【待确认的通知方式】说明。\n"
    assert _errors(tmp_path, HEAD + body) == [long_note, "【待确认的通知方式】"]


def test_a_screen_or_a_control_named_pending_is_no_slot(tmp_path: Path) -> None:
    body = "您可以点击【待确认的订单】查看订单详情。\n\n在【待确认的申请】页面中，您可以撤回申请。\n"
    assert _placeholders(tmp_path, HEAD + body) == []


# --- 5. drafting instructions quoting the markers or naming what the public version lacks -----------------------------------


def test_instructions_about_the_markers_and_the_public_version_are_slots(tmp_path: Path) -> None:
    body = "必须填写全部 `【待确认】`，与网络测试核对，再由运营者审阅发布。\n\n公开版本需提供面向上架地区的对应语言。\n"
    assert _errors(tmp_path, HEAD + body) == ["填写全部 `【待", "公开版本需提供"]


def test_a_forms_instruction_to_the_reader_is_no_drafting_note(tmp_path: Path) -> None:
    body = "注册时请填写全部必填项，并确认信息真实。\n\n本政策的正式版本以中文版本为准。\n"
    assert _placeholders(tmp_path, HEAD + body) == []


# --- 6. the court's place named by the operator's role -------------------------------------------------------------------


def test_a_place_named_by_the_operators_role_is_a_slot(tmp_path: Path) -> None:
    body = "争议应提交[开发者所在地]有管辖权的人民法院解决。\n\n仲裁地为【运营方所在城市】。\n"
    assert _errors(tmp_path, HEAD + body) == ["[开发者所在地]", "【运营方所在城市】"]


def test_a_named_place_of_the_operator_is_no_slot(tmp_path: Path) -> None:
    body = "争议应提交开发者所在地有管辖权的人民法院解决。\n"
    assert _placeholders(tmp_path, HEAD + body) == []


# --- 7. a contact person's field with a department -------------------------------------------------------------------------


def test_a_contact_persons_name_and_department_is_a_slot(tmp_path: Path) -> None:
    body = "## 聯絡方式\n\n- 個人資料保護聯絡窗口：【姓名／部門】\n\n若有疑問，請聯繫：• 聯絡人：【姓名】• 電子郵件：service@kpet.com.tw\n"
    assert _errors(tmp_path, HEAD_TW + body) == ["【姓名／部門】", "【姓名】"]


def test_data_collected_named_with_a_department_is_no_slot(tmp_path: Path) -> None:
    body = "我們收集：【姓名／部門】。\n\n員工資料包括【姓名／職稱】、【職位】。\n"
    assert _placeholders(tmp_path, HEAD_TW + body) == []
