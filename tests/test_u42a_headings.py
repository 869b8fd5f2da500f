"""Heading classes of the forty-second session (u42a): eval/structure42's first run and two known limits.

1. A form's title above the document a page shows in a dialog: 「<h3>填寫註冊資料</h3>」, the sign-up form's short lines,
   then the modal's 「<h4>請詳細閱讀並同意使用聲明</h4>」 over 一、…七、 (eval/structure42 vgt-register-jsx): the form's
   heading was the title and the dialog's a section holding every other (`structure.headings.title._form_then_document`).
2. A Markdown pipe table typed into a `.txt`: a short data row had the shape of a bare title line and became a section
   (eval/blind/round5 deadweek-txt; README's known limits) (`structure.headings.pipe_rows`).
3. Bold question titles, one opening straight on bold sub-titles that are not questions: the sub-titles were siblings of
   the question (eval/structure41c liangy-privacy-md, held out; known limit of the forty-first session)
   (`structure.question_parents`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import titles_and_levels
from policylens.load.document import read_document
from policylens.model import Block
from policylens.structure.headings.pipe_rows import pipe_table_row

REPO = Path(__file__).resolve().parent.parent


_BODY = "我們將視服務性質請您提供必要的個人資料，並在特定目的範圍內處理及利用您的個人資料，非經您同意不會用於其他用途。"

_FORM_PAGE = """<html><body>
<div class="title"><h3>{first}</h3></div>
<div class="form">
<div class="form-group"><input type="text" placeholder="請輸入帳號" /><span>長度為6-12字元，註冊成功後不能修改。</span></div>
<div class="form-group"><input type="password" placeholder="請輸入密碼" /><span>長度為6-20字元。</span></div>
<div class="form-group"><label>性別：</label></div>
<div class="form-group"><button>立即註冊</button></div>
</div>
<div class="modal"><h4>{second}</h4>
<div class="modal-body">非常歡迎您光臨本網站，為了讓您能夠安心的使用本網站的各項服務與資訊，特此向您說明本網站的隱私權保護政策，以保障您的權益，請您詳閱下列內容：<br />
<br />
一、隱私權保護政策的適用範圍<br />
{body}<br />
<br />
二、個人資料的蒐集、處理及利用方式<br />
{body}<br />
<br />
三、資料之保護<br />
{body}<br />
</div></div>
</body></html>
"""


def test_a_forms_title_above_a_dialogs_policy_is_not_the_title(tmp_path: Path) -> None:
    title, sections = titles_and_levels(
        tmp_path, "register.html", _FORM_PAGE.format(first="填寫註冊資料", second="請詳細閱讀並同意使用聲明", body=_BODY)
    )
    assert title == "請詳細閱讀並同意使用聲明"
    assert sections == [("一、隱私權保護政策的適用範圍", 1), ("二、個人資料的蒐集、處理及利用方式", 1), ("三、資料之保護", 1)]


def test_a_first_heading_naming_the_policy_stays_the_title(tmp_path: Path) -> None:
    title, _sections = titles_and_levels(
        tmp_path, "register.html", _FORM_PAGE.format(first="隱私權政策", second="請詳細閱讀並同意使用聲明", body=_BODY)
    )
    assert title == "隱私權政策"


def test_a_second_heading_naming_no_document_is_not_taken(tmp_path: Path) -> None:
    title, _sections = titles_and_levels(
        tmp_path, "register.html", _FORM_PAGE.format(first="填寫註冊資料", second="會員須知說明以下", body=_BODY).replace("須知", "事項")
    )
    assert title == "填寫註冊資料"


def test_two_dialogs_after_the_form_leave_the_title_as_it_was(tmp_path: Path) -> None:
    page = _FORM_PAGE.format(first="填寫註冊資料", second="服務條款", body=_BODY).replace(
        "</body>", '<div class="modal"><h4>隱私權政策</h4><p>' + _BODY + "</p></div></body>"
    )
    title, _sections = titles_and_levels(tmp_path, "register.html", page)
    assert title == "填寫註冊資料"


def test_a_paragraph_between_the_headings_is_no_form(tmp_path: Path) -> None:
    page = _FORM_PAGE.format(first="填寫註冊資料", second="請詳細閱讀並同意使用聲明", body=_BODY).replace(
        "<label>性別：</label>", "<p>" + _BODY * 2 + "</p>"
    )
    title, _sections = titles_and_levels(tmp_path, "register.html", page)
    assert title == "填寫註冊資料"


def test_vgt_register_regression() -> None:
    doc = read_document(str(REPO / "eval" / "structure42" / "dev" / "vgt-register-jsx" / "Register.jsx"))
    assert (doc.metadata.title, doc.metadata.title_line) == ("請詳細閱讀並同意使用聲明", 84)
    heads = [(s.line, s.level) for s in doc.sections if s.title]
    assert heads == [(91, 1), (94, 1), (100, 1), (104, 1), (107, 1), (120, 1), (123, 1)]


_TABLE_TXT = """# 隐私政策

## 一、信息收集

我们需要在必要范围内向您申请获取设备权限，调用的权限及目的请见下表：

| 设备权限 | 调用权限的目的 | 是否询问 |
|---|---|---|
| 网络 | 连接网络，实现登录功能 | 是 |
| 存储 | 缓存图片 | 是 |

如您希望关闭权限，您可以在设备的设置功能中选择关闭。

## 二、信息使用

我们会根据本政策的约定对所收集的个人信息进行使用。
"""


def test_a_pipe_tables_rows_in_a_txt_are_no_sections(tmp_path: Path) -> None:
    _title, sections = titles_and_levels(tmp_path, "privacy.txt", _TABLE_TXT)
    assert sections == [("一、信息收集", 1), ("二、信息使用", 1)]


def _blocks(lines: list[str]) -> list[Block]:
    return [Block(kind="paragraph", text=text, line=n, column=1, end_line=n, pieces=()) for n, text in enumerate(lines, 1) if text]


def test_pipe_table_row_wants_a_delimiter_row_in_its_run() -> None:
    table = _blocks(["| 权限 | 目的 |", "|:--|--:|", "| 网络 | 登录 |"])
    assert pipe_table_row(table, 0) and pipe_table_row(table, 2)
    assert not pipe_table_row(table, 1)  # the delimiter itself is no row (and no title either)
    bare = _blocks(["| 首页 | 关于我们 |", "", "正文。"])
    assert not pipe_table_row(bare, 0)  # no delimiter row: not read as a table
    apart = _blocks(["| 网络 | 登录 |", "", "|---|---|"])
    assert not pipe_table_row(apart, 0)  # a blank line between: another run
    assert not pipe_table_row(_blocks(["| 只有一格 |", "|---|"]), 0)  # one cell is no row of a table


def test_deadweek_table_row_regression() -> None:
    doc = read_document(str(REPO / "eval" / "blind" / "round5" / "holdout" / "deadweek-txt" / "privacy.txt"))
    assert all(not s.title.startswith("|") for s in doc.sections if s.title)
    assert any(s.line == 59 and s.title.startswith("（三）") for s in doc.sections)


_QUESTIONS = """# 隐私政策

本隐私政策适用于本应用，请您仔细阅读。

**本应用获取哪些信息以及如何使用这些信息？**
**用户提供的信息**

本应用获取您下载并注册本应用时提供的信息，注册为可选项。

**自动收集的信息**

本应用可能会自动收集某些信息，包括您使用的移动设备类型。

**本应用是否会收集设备的精确位置信息？**

本应用不会收集有关您的移动设备位置的精确信息。

**第三方能否查看本应用获取的信息？**

只有汇总的匿名数据会定期传输到外部服务。

**儿童**

本应用不针对十三岁以下的儿童。
"""


def test_sub_titles_opening_a_question_section_nest_under_it(tmp_path: Path) -> None:
    _title, sections = titles_and_levels(tmp_path, "privacy.md", _QUESTIONS)
    assert sections == [
        ("本应用获取哪些信息以及如何使用这些信息？", 1),
        ("用户提供的信息", 2),
        ("自动收集的信息", 2),
        ("本应用是否会收集设备的精确位置信息？", 1),
        ("第三方能否查看本应用获取的信息？", 1),
        ("儿童", 1),
    ]


def test_two_questions_are_not_yet_a_list_of_questions(tmp_path: Path) -> None:
    text = _QUESTIONS.replace("**第三方能否查看本应用获取的信息？**", "**第三方访问**")
    _title, sections = titles_and_levels(tmp_path, "privacy.md", text)
    assert ("用户提供的信息", 1) in sections and ("自动收集的信息", 1) in sections


def test_a_question_with_its_own_text_keeps_its_siblings(tmp_path: Path) -> None:
    text = _QUESTIONS.replace(
        "**本应用获取哪些信息以及如何使用这些信息？**\n**用户提供的信息**",
        "**本应用获取哪些信息以及如何使用这些信息？**\n\n本应用获取以下信息。\n\n**用户提供的信息**",
    )
    _title, sections = titles_and_levels(tmp_path, "privacy.md", text)
    assert ("用户提供的信息", 1) in sections and ("自动收集的信息", 1) in sections


def test_liangy_levels_regression() -> None:
    doc = read_document(str(REPO / "eval" / "structure41c" / "holdout" / "liangy-privacy-md" / "privacy-zh.md"))
    heads = {s.line: s.level for s in doc.sections if s.title}
    assert (heads[12], heads[13], heads[19], heads[23], heads[76]) == (1, 2, 2, 1, 1)


_TWO_DIALOGS = """<html><body>
<div class="login"><h2>账号注册</h2><p>请输入手机号</p><p>获取验证码</p></div>
<div id="apply"><h2>服务协议</h2>
<div class="read-cont"><h1>注册协议</h1>
<p>{body}</p>
<h2>一、服务内容</h2><p>{body}</p>
</div></div>
<div id="read"><h2>隐私政策</h2>
<div class="read-cont"><h1>法律声明及保密政策</h1>
<h2>法律声明</h2><p>{body}</p>
<h3>一、权利归属</h3><p>{body}</p>
<h2>保密政策</h2><p>{body}</p>
</div></div>
</body></html>
"""


def test_a_dialogs_title_over_its_documents_h1_takes_its_rank(tmp_path: Path) -> None:
    _title, sections = titles_and_levels(tmp_path, "register.html", _TWO_DIALOGS.format(body=_BODY))
    levels = dict(sections)
    assert levels["服务协议"] == levels["隐私政策"] == 1
    assert levels["法律声明"] == levels["保密政策"] == 2
    assert levels["一、权利归属"] == 3


def test_a_site_name_over_the_h1_keeps_its_rank(tmp_path: Path) -> None:
    page = _TWO_DIALOGS.format(body=_BODY).replace("<h2>隐私政策</h2>", "<h2>星尘实验室</h2>")
    _title, sections = titles_and_levels(tmp_path, "register.html", page)
    levels = dict(sections)
    assert levels["星尘实验室"] == levels["法律声明"]  # ranked by its tag, as before


def test_xingchen_dialog_levels_regression() -> None:
    doc = read_document(str(REPO / "eval" / "structure41" / "dev" / "xingchen-register-vue" / "register.vue"))
    heads = {s.line: s.level for s in doc.sections if s.title}
    assert (heads[67], heads[84], heads[88]) == (1, 1, 2)
