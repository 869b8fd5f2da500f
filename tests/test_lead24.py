"""Classes the lead found in the twenty-fourth session (issue #11 §1 and §5) by writing the slot shapes of Hong Kong,
Taiwan, English and engine-rendered templates one by one and running `check` on each, before the session's blind set
was read.  One test per class, both ways.  Every text below is invented.

1. An English address written with X slots, 「Room XXX, XX/F, XX Building」, was three findings; it is one, as
   「XX區XX道XX號」 is (`dates._address_end`); a real address with 「XXL」 in its line is none.
2. Angle slots doubled by mail-merge and report templates, 「<<網址>>」, "<<Date>>", were reported as 「<網址>」 (the
   span missed a mark each side); and a field's name in the full-width angle marks, 「〈公司名稱〉」, 「＜聯絡電話＞」, was
   not reported (`syntax._ANGLE_SLOTS`, `wideangle`); 〈個人資料保護法〉, Taiwan's marks around a law's title, is not.
3. A variable in full-width braces, 「｛聯絡人姓名｝」, 「｛company_name｝」, as a template typed with a Chinese input
   method leaves it (`widebrace`); not a set written in braces (「｛甲，乙，丙｝」).
4. Template engines' own tags left unrendered: ERB/EJS/JSP output tags 「<%= company_name %>」 (`erb`; in an HTML or
   JSP page it is server code, which the loader reads as code), Ruby/Pug interpolation 「#{appName}」 (the span now holds its 「#」), a build tool's
   replacement token 「@@COMPANY@@」 (`attoken`; it was a false "e-mail without its host" 「COMPANY@」); not in a code span.
5. A company's registration number left empty in a block of contact fields: 「统一社会信用代码：」, 「商業登記號碼：」,
   「統一編號：」 (`placeholder_empty.contact_fields._ID_NOUNS`); not when the number follows on the next line, nor when the label
   points elsewhere (「公司註冊編號：見下方圖片」).
6. Taiwan templates: the full-width capital Ｏ taken for a circle (「台北市ＯＯ區ＯＯ路ＯＯ號」), a year filled with its month and
   day left as circles (「110年○月○日」), a company's name field inside the name (「本公司（公司名稱）有限公司」), and an
   e-mail whose host is full-width Xs (「service@ＸＸＸ.com.tw」: one finding, not also an e-mail "without its host").
7. The English half: a date of blanks, "___/___/______", "January __, 2024", as one slot (was three, or none); a
   bracketed date format after "Last revised:" (`patterns.DATE_CUE` gains "revised"); the textbooks' stand-in person as
   the contact (「联系人：张三」, "Contact person: John Doe"; `placeholder-dummy-contact`), not a user in an example.
8. From round24's first run (eval/blind/round24, read after it): a slot bracket ending in its fill verb with who must
   fill it or how before it (「[按业务目的和法定义务逐项补充]」, 「【运营者上线前必须填写】」), not a page or a button named by
   a fill verb (「【填写资料】页面」); a note on what the final version must add (「正式版本需补充…」) or on a step left to
   "the operator" before launch (「应由运营主体在正式上线前评估并落实」), not the policy's own launch promises.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from test_placeholder_classes import _excerpts, _one_each, _placeholders


def test_an_english_address_written_with_x_slots_is_one_finding(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["Address: Room XXX, XX/F, XX Building, Hong Kong", "地址：Flat XX, Block XX, XX Estate"])
    assert [f.excerpt for f in findings] == ["XXX, XX/F, XX", "XX, Block XX, XX"]


def test_a_real_address_beside_letters_x_is_no_slot(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, "# Privacy\n\nOur shop at Room 1201, 12/F, Tower 2 sells sizes XXL and XXXL.\n") == []


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("本公司網站：<<網址>>", "<<網址>>"),
        ("This policy was last updated on <<Date>>.", "<<Date>>"),
        ("本政策由〈公司名稱〉負責解釋。", "〈公司名稱〉"),
        ("客服專線：＜聯絡電話＞", "＜聯絡電話＞"),
    ],
)
def test_doubled_and_full_width_angle_slots_are_one_slot(tmp_path: Path, line: str, slot: str) -> None:
    assert _excerpts(tmp_path, f"# 隱私政策\n\n{line}\n") == [slot]


@pytest.mark.parametrize(
    "line",
    ["本政策依〈個人資料保護法〉訂定，另見〈隱私權政策〉及〈第三條〉。", "详见<<用户协议>>和<<隐私政策>>。"],
)
def test_titles_in_angle_marks_are_not_slots(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, f"# 隱私政策\n\n{line}\n") == []


def test_a_variable_in_full_width_braces_is_a_slot(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["聯絡人：｛聯絡人姓名｝", "本服務由 ｛company_name｝ 提供。"])
    assert [f.excerpt for f in findings] == ["｛聯絡人姓名｝", "｛company_name｝"]


def test_a_set_in_full_width_braces_is_no_slot(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, "# 隐私政策\n\n集合 ｛甲，乙，丙｝ 仅为示例。\n") == []


def test_template_engine_tags_left_unrendered_are_slots(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "本政策由 <%= company_name %> 发布。",
            "客服邮箱：<%- support.email %>",
            "我们的产品 #{appName} 尊重您的隐私。",
            "公司名称：@@COMPANY@@",
        ],
    )
    assert [(f.rule, f.excerpt) for f in findings] == [
        ("placeholder-instruction", "<%= company_name %>"),
        ("placeholder-instruction", "<%- support.email %>"),
        ("placeholder-instruction", "#{appName}"),
        ("placeholder-instruction", "@@COMPANY@@"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "在模板中写 `<%= name %>` 或 `#{name}` 即可。",
        "在评论中输入 @@ 可以提醒全体成员。",
        "如有疑问请写信至 help@@example.cn（示例拼写错误）以外的地址。",
    ],
)
def test_engine_tags_in_code_or_prose_are_not_slots(tmp_path: Path, line: str) -> None:
    assert [e for e in _excerpts(tmp_path, f"# 隐私政策\n\n{line}\n") if "%" in e or "#" in e or "@" in e] == []


def test_an_erb_tag_in_a_page_is_server_code_not_a_slot(tmp_path: Path) -> None:
    """In a page (HTML, JSP) a `<%= … %>` block is server code the page runs when served (`load.server_code`), never
    text; left in Markdown or plain text it is a slot (above)."""
    page = "<html><body><h1>隐私政策</h1><p>本政策由 <%= company.getName() %> 发布。</p></body></html>\n"
    for suffix in ("jsp", "html"):
        assert [e for e in _excerpts(tmp_path, page, suffix) if "%" in e] == []
    assert _excerpts(tmp_path, "# 隐私政策\n\n本政策由 <%= company.getName() %> 发布。\n", "txt") == ["<%= company.getName() %>"]


def test_an_empty_registration_number_is_an_empty_field(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n## 联系我们\n\n注册地址：\n\n统一社会信用代码：\n\n电话：010-6543 2101\n"
    assert [(f.rule, f.severity, f.excerpt) for f in _placeholders(tmp_path, text)] == [
        ("placeholder-empty", "error", "注册地址："),
        ("placeholder-empty", "error", "统一社会信用代码："),
    ]
    hk = "# 私隱政策\n\n## 聯絡我們\n\n公司名稱：北辰有限公司\n\n商業登記號碼：\n\n統一編號：\n"
    assert [f.excerpt for f in _placeholders(tmp_path, hk)] == ["商業登記號碼：", "統一編號："]


def test_a_registration_number_given_is_no_empty_field(tmp_path: Path) -> None:
    text = (
        "# 私隱政策\n\n## 聯絡我們\n\n统一社会信用代码：91110000MA01234567\n\n商業登記號碼：12345678\n\n統一編號：\n12345678\n\n"
        "公司註冊編號：見下方圖片\n\n電話：(852) 2817 4390\n"
    )
    assert _placeholders(tmp_path, text) == []


def test_a_blank_date_written_with_slashes_is_one_slot(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["Effective as of: ___/___/______", "生效日期：__/__/____", "Last updated: January __, 2024"])
    assert [f.excerpt for f in findings] == ["___/___/______", "__/__/____", "__"]


def test_underscores_that_are_no_blank_date_are_not_this_slot(tmp_path: Path) -> None:
    text = "# Privacy\n\nThe file is named data__2024.csv and my_var__x is a variable; __init__ is Python.\n"
    assert _excerpts(tmp_path, text) == []


def test_a_bracketed_date_format_after_last_revised_is_a_slot(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, "# Privacy Policy\n\nLast revised: [Month Day, Year]\n") == ["[Month Day, Year]"]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("联系人：张三", "张三"),
        ("個人資料保護負責人：李四", "李四"),
        ("Contact person: John Doe", "John Doe"),
        ("**DPO**: Jane Doe", "Jane Doe"),
    ],
)
def test_a_textbook_stand_in_person_as_the_contact_is_a_dummy(tmp_path: Path, line: str, person: str) -> None:
    findings = [f for f in _placeholders(tmp_path, f"# 隐私政策\n\n## 联系我们\n\n{line}\n") if f.rule == "placeholder-dummy-contact"]
    assert [(f.severity, f.excerpt) for f in findings] == [("error", person)]


@pytest.mark.parametrize(
    "line",
    [
        "例如，用户张三发布的动态会展示给李四。",
        "联系人：张三丰",
        "Name: John Doerr",
        "The user John Doe in our example sees his own data.",
        "表单示例：联系人：张三，电话：（您的号码）",
        "For example, Name: Jane Doe.",
    ],
)
def test_a_stand_in_person_in_an_example_is_no_dummy_contact(tmp_path: Path, line: str) -> None:
    assert [f for f in _placeholders(tmp_path, f"# 隐私政策\n\n{line}\n") if f.rule == "placeholder-dummy-contact"] == []


def test_taiwan_circles_written_as_full_width_letters_and_a_dated_year_are_slots(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "地址：台北市ＯＯ區ＯＯ路ＯＯ號",
            "本政策於110年○月○日修訂。",
            "客服信箱：service@ＸＸＸ.com.tw",
            "本公司（公司名稱）有限公司依法蒐集您的資料。",
        ],
    )
    # (twenty-sixth session: the placeholder rules read ＸＸＸ as XXX, so the address is one dummy address, whole)
    assert [f.excerpt for f in findings] == ["ＯＯ區ＯＯ路ＯＯ號", "○月○日", "service@ＸＸＸ.com.tw", "（公司名稱）"]


@pytest.mark.parametrize(
    "line",
    [
        "本政策於民國一一〇年一〇月一〇日修訂。",
        "北辰科技有限公司（公司全稱）依法蒐集您的資料。",
        "信箱：service@beichen.com.tw，門市位於ＯＫ大樓。",
    ],
)
def test_numerals_with_circles_and_a_gloss_after_a_name_are_not_slots(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, f"# 隱私權政策\n\n{line}\n") == []


# --- round24's first run (eval/blind/round24, read after its first run) ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("保存期限：[按业务目的和法定义务逐项补充]。", "[按业务目的和法定义务逐项补充]"),
        ("年龄核验流程：[待运营主体确认并补充]。", "[待运营主体确认并补充]"),
        ("【运营者上线前必须填写】", "【运营者上线前必须填写】"),
        ("处理地点：［由开发者据实填写］", "［由开发者据实填写］"),
    ],
)
def test_a_slot_bracket_ending_in_its_fill_verb_is_an_instruction(tmp_path: Path, line: str, slot: str) -> None:
    """A bracket that ends in the fill verb with who must fill it or how before it (eval/blind/round24: innerpath-txt
    lines 19 and 25, miao-kt-txt line 8)."""
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{line}\n") == [slot]


@pytest.mark.parametrize("line", ["完成后点击【去填写】进入表单。", "您可以在【填写资料】页面修改昵称。", "请在[个人资料]中补充您的信息。"])
def test_a_button_or_page_named_with_a_fill_verb_is_no_slot(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("短信服务：正式版本需补充受托方主体和保存期限。", "正式版本需补充受托方主体和保存期限"),
        ("是否需要单独同意，应由运营主体在正式上线前评估并落实。", "应由运营主体在正式上线前评估并落实"),
    ],
)
def test_a_note_to_whoever_adopts_the_template_is_an_instruction(tmp_path: Path, line: str, note: str) -> None:
    """What the final version must add, and a step left to "the operator" before launch (eval/blind/round24:
    innerpath-txt lines 11 and 15)."""
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{line}\n") == [note]


@pytest.mark.parametrize(
    "line",
    [
        "我们在新功能正式上线前会进行个人信息保护影响评估。",
        "本政策的正式版本将于 2025 年 1 月 1 日生效。",
        "小程序的个人信息处理规则由运营者制定，平台不对其负责。",
    ],
)
def test_the_policys_own_launch_promises_are_no_note(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{line}\n") == []


# --- precision24's first run (eval/precision24) -------------------------------------------------------------------


def test_a_value_the_server_computes_fills_its_brackets_and_its_label(tmp_path: Path) -> None:
    """A JSP or PHP page writes a computed value where its text shows nothing (eval/precision24/eypg-shop-cn/privacy.jsp:
    「(<%=…getWwwUrl()%>)」 and 「邮件联系：<a href=…><%=…getMailName()%></a>」): not an empty slot nor a lead-in without
    its list (`load.server_code` records where, `Document.media`)."""
    page = (
        "<html><body><h1>隐私申明</h1>\n<p>欢迎访问本站（<%=config.getWwwUrl()%>）。我们尊重您的隐私。</p>\n"
        "<p>本站简称“<?php echo $site_name; ?>”。</p>\n<h2>联系我们</h2>\n<p>邮件联系：<%=config.getMail()%></p>\n</body></html>\n"
    )
    for suffix in ("jsp", "php.html"):
        path = tmp_path / f"policy.{suffix}"
        path.write_text(page, encoding="utf-8")
        report = check_file(str(path), CheckOptions(no_config=True))
        assert [f.rule for f in report.findings if f.rule.startswith(("placeholder", "enumeration"))] == []


def test_a_statement_without_output_leaves_its_brackets_empty(tmp_path: Path) -> None:
    """Server code that writes nothing (an `if`, a literal echoed) does not fill the brackets around it."""
    page = "<html><body><h1>隐私政策</h1>\n<p>本公司（<% if (debug) { %><% } %>）依法处理您的信息。</p>\n</body></html>\n"
    assert _excerpts(tmp_path, page, "jsp") == ["（）"]


def test_an_empty_hosts_local_part_stops_at_chinese_text(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, "# 隐私政策\n\n如有疑问，可向service@ 反馈意见。\n") == ["service@"]


@pytest.mark.parametrize("line", ["待完成 - 詳細內容請參考英文版本", "待撰写"])
def test_a_section_body_still_to_be_written_is_a_slot(tmp_path: Path, line: str) -> None:
    """eval/precision24/leaflow-stub-tw/privacy-policy.md: a data-collection section whose body is 「待完成」."""
    text = f"# 隱私權政策\n\n## 我們收集的資料\n\n{line}\n\n## 聯絡我們\n\n請寫信至 help@beichen.tw。\n"
    assert [e[:3] for e in _excerpts(tmp_path, text)] == [line[:3]]


@pytest.mark.parametrize(
    "text", ["订单状态：待完成\n", "| 订单 | 状态 |\n|---|---|\n| 1 | 待完成 |\n", "退款申请待完成后，我们会通知您。\n"]
)
def test_a_state_called_to_be_completed_is_no_slot(tmp_path: Path, text: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{text}") == []
