"""Classes from eval/structure49 (forty-ninth session, helper u49a), each with an invented case and the real file as a
regression: a whole HTML page (doctype first) saved under a `.txt` name whose sections are heading elements."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_path, written_file

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval" / "structure49"


_PAGE = (
    "\n<!DOCTYPE html>\n<html>\n<head>\n    <title>APP隐私政策</title>\n</head>\n"
    "<style>\n  h4 { color: #333; }\n</style>\n<body>\n"
    '<h1 class="title">APP隐私政策</h1>\n'
    "<p>本应用尊重并保护所有用户的个人隐私权。</p>\n"
    "<h4>1. 适用范围</h4>\n<p>(a) 您注册时提供的信息；</p>\n"
    "<h4>2. 信息使用</h4>\n<p>(a) 本应用不会出售您的信息。</p>\n"
    "<h4>3.信息安全</h4>\n<p>请妥善保管密码。</p>\n"
    "</body>\n</html>\n"
)


def test_a_whole_page_saved_as_txt_with_heading_elements_is_read_as_html(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "privacy.txt", _PAGE))
    assert doc.source.format == "html"
    assert doc.metadata.title == "APP隐私政策" and doc.metadata.title_line == 11
    assert [(line, level, title) for line, level, title in headings(doc)] == [
        (13, 1, "1. 适用范围"),
        (15, 1, "2. 信息使用"),
        (17, 1, "3.信息安全"),
    ]
    assert any("HTML in a .txt file" in w for w in doc.warnings)


def test_a_saved_page_with_fewer_than_three_closed_heading_elements_stays_text(tmp_path: Path) -> None:
    # two heading elements closed on their line (the <h1> and one <h4>), the rest in paragraphs: text as before
    page = _PAGE.replace("<h4>3.信息安全</h4>", "<p>3.信息安全</p>").replace("<h4>2. 信息使用</h4>", "<p>2. 信息使用</p>")
    assert parse_path(written_file(tmp_path, "a.txt", page)).source.format == "text"
    # a heading element that runs over many lines (eval/dev22g yunrou-txt's unclosed <h3>) is not counted
    spread = "<!doctype html>\n<html>\n<body>\n<h1>隐私政策</h1>\n<h3>\n一、适用范围\n</h3>\n<h3>\n二、联系\n</h3>\n</body>\n"
    assert parse_path(written_file(tmp_path, "b.txt", spread)).source.format == "text"


def test_milkyway_regression() -> None:
    doc = parse_path(EVAL / "dev" / "milkyway-privacy-txt" / "privacy.txt")
    assert doc.metadata.title_line == 67
    assert [line for line, _, _ in headings(doc)] == [70, 78, 82, 91, 93, 97, 100]


# -- 2. a numbered lead-in that opens its own list, between two sibling headings --------------------------------------

_LEAD_IN = (
    "某某隐私政策\n\n"
    "一、我们如何收集和使用您的个人信息\n"
    "（一）您须授权我们收集的情形\n"
    "为向您提供网络购物的核心功能，我们需要收集您的手机号码、收货地址、订单信息以及设备信息，否则您无法完成注册和下单。\n"
    "（二）您可选择是否授权的情形\n"
    "为使您使用附加功能更便捷，我们可能收集您的位置信息和相册权限，您不提供这些信息不影响您使用基本的购物功能。\n"
    "（三）请您知悉，以下情形中，我们收集、使用个人信息无需征得您的授权同意：\n"
    "1、为订立、履行个人作为一方当事人的合同所必需；\n"
    "2、为履行法定职责或者法定义务所必需；\n"
    "3、法律法规规定的其他情形。\n"
    "（四）我们从第三方获得您个人信息的情形\n"
    "我们可能从第三方获取您授权共享的账户信息（头像、昵称），并在您同意本隐私政策后将您的第三方账户与您的账户绑定。\n"
    "二、我们如何使用 Cookie\n"
    "我们使用 Cookie 记住您的登录状态。\n"
)


def test_a_numbered_lead_in_over_its_own_list_between_sibling_headings_is_a_heading(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "a.txt", _LEAD_IN))
    assert [(line, level) for line, level, _ in headings(doc)] == [(3, 1), (4, 2), (6, 2), (8, 2), (12, 2), (14, 1)]


def test_a_numbered_lead_in_among_lead_ins_or_alone_stays_text(tmp_path: Path) -> None:
    # its siblings are lead-ins too: a list of lead-ins, no sub-sections
    leads = _LEAD_IN.replace("（一）您须授权我们收集的情形", "（一）以下情形中，我们需要收集您的信息：").replace(
        "（二）您可选择是否授权的情形", "（二）以下情形中，您可以选择是否授权："
    )
    assert 8 not in [line for line, _, _ in headings(parse_path(written_file(tmp_path, "b.txt", leads)))]
    # right under its sibling heading (corpora/gdeiassistant-privacy 「4.1 我们保护…的技术与措施」 over 「4.2 我们非常重视…：」
    # and 4.2.1–4.2.3): that heading's text, which keeps its lead-in and list
    under = (
        "某某隐私政策\n\n一、我们如何保护您的个人信息\n"
        "1.1 我们保护您个人信息的技术与措施\n"
        "1.2 我们非常重视个人信息安全，并采取一切合理可行的措施，保护您的个人信息：\n"
        "1.2.1 我们会采取符合业界标准的安全措施。\n1.2.2 我们仅允许有必要的人员访问个人信息。\n"
        "1.3 您个人信息的保存\n您的个人信息将存储于中华人民共和国境内，我们只在实现目的所需的期限内保留您的信息。\n"
        "二、联系我们\n请发邮件至 a@example.com。\n"
    )
    assert [line for line, _, _ in headings(parse_path(written_file(tmp_path, "d.txt", under)))] == [3, 4, 8, 10]
    # no numbered heading below it: nothing to be the middle sibling of
    alone = _LEAD_IN.replace("（四）我们从第三方获得您个人信息的情形\n", "")
    assert 8 not in [line for line, _, _ in headings(parse_path(written_file(tmp_path, "c.txt", alone)))]


# -- 3. a short numbered title in a run that mixes titles with numbered sentences --------------------------------------

_RUN = (
    "某某隐私政策\n\n"
    "一、我们如何保护您的个人信息\n"
    "（一）我们保护您个人信息的技术与措施\n"
    "我们非常重视个人信息安全，并采取一切合理可行的措施，保护您的个人信息：\n"
    "1、数据安全技术措施\n"
    "我们会采用符合业界标准的安全防护措施，防止数据遭到未经授权的访问。\n"
    "我们采取加密技术对用户个人信息进行加密保存。\n"
    "2、为保护个人信息采取的其他安全措施\n"
    "我们通过建立数据分类分级制度来管理规范个人信息的存储和使用。\n"
    "3、我们仅允许有必要知晓这些信息的员工访问个人信息，并为此设置了严格的访问权限控制。\n"
    "4、我们会采取一切合理可行的措施，确保未收集无关的个人信息。\n"
    "5、互联网并非绝对安全的环境，我们建议您使用复杂密码。\n"
    "6、互联网环境并非百分之百安全，我们将尽力确保您发送给我们的任何信息的安全性。\n"
    "7、安全事件处置\n"
    "在不幸发生个人信息安全事件后，我们将按照法律法规的要求，及时向您告知。\n"
    "我们同时将及时将事件相关情况以邮件、信函、电话等方式告知您。\n"
    "8、如果您对我们的个人信息保护有任何疑问，可通过本政策约定的联系方式联系我们。\n"
    "（二）您个人信息的保存\n"
    "我们只会在达成本政策所述目的所需的期限内保留您的个人信息。\n"
)


def test_a_short_title_in_a_run_whose_earlier_titles_are_headings_is_a_heading(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "a.txt", _RUN))
    assert [(line, level) for line, level, _ in headings(doc)] == [(3, 1), (4, 2), (6, 3), (9, 3), (15, 3), (19, 2)]


def test_a_short_entry_after_numbered_sentences_with_no_title_in_its_run_stays_an_entry(tmp_path: Path) -> None:
    # 1、 and 2、 written as sentences too: the run is a list, its short seventh entry is no title
    run = _RUN.replace("1、数据安全技术措施\n", "1、我们会采用加密技术，保护您的数据。\n").replace(
        "2、为保护个人信息采取的其他安全措施\n", "2、我们建立了数据分类分级制度，规范数据的使用。\n"
    )
    assert 15 not in [line for line, _, _ in headings(parse_path(written_file(tmp_path, "b.txt", run)))]


def test_huawushang_regression() -> None:
    doc = parse_path(EVAL / "dev" / "huawushang-privacy-txt" / "privacy.txt")
    lines = [line for line, _, _ in headings(doc)]
    assert 58 in lines and 133 in lines
    assert not {129, 130, 131, 132, 137} & set(lines)  # the run's numbered sentences stay text


# -- 4. a numbered lead-in directly over the heading numbered as its first child ----------------------------------------

_PARENT = (
    "某某隐私政策\n\n"
    "一、我们如何收集和使用您的个人信息\n"
    "1.1 我们依据法律法规以及遵循正当、合法、必要的原则而收集和使用您的个人信息。\n"
    "1.2 我们仅会出于以下目的，收集和使用您的个人信息：\n"
    "1.2.1 用户注册和登录\n"
    "您首先需要注册一个账户，注册时您需要向我们提供您的手机号码，我们将通过短信验证码验证您的身份。\n"
    "1.2.2 客服和意见反馈\n"
    "我们的客服和意见反馈功能会使用您的账号信息和您主动提供的联系方式，以便及时处理您的问题。\n"
    "1.3 您充分知晓，以下情形中，我们收集、使用个人信息无需征得您的授权同意：\n"
    "1.3.1 与国家安全、国防安全直接相关的；\n"
    "1.3.2 与公共安全、公共卫生直接相关的；\n"
    "1.4 我们从第三方获得您个人信息的情形\n"
    "我们可能从第三方获取您授权共享的账户信息，并在您同意后将第三方账户与您的账户绑定。\n"
    "二、联系我们\n"
    "请发邮件至 a@example.com。\n"
)


def test_a_numbered_lead_in_over_its_first_child_heading_is_their_parent(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "a.txt", _PARENT))
    # 1.2 is the parent of 1.2.1/1.2.2; then 1.3 (a lead-in over its own list) sits between the headings 1.2 and 1.4
    assert [(line, level) for line, level, _ in headings(doc)] == [(3, 1), (5, 2), (6, 3), (8, 3), (10, 2), (13, 2), (15, 1)]


def test_a_numbered_lead_in_over_a_sentence_stays_text(tmp_path: Path) -> None:
    # the line below is numbered as its first child but is a numbered sentence, no heading: 1.2 stays the text of 一、
    text = _PARENT.replace("1.2.1 用户注册和登录\n", "1.2.1 为了注册账户，我们需要收集您的手机号码。\n").replace(
        "1.2.2 客服和意见反馈\n", "1.2.2 为了处理反馈，我们会使用您的联系方式。\n"
    )
    assert 5 not in [line for line, _, _ in headings(parse_path(written_file(tmp_path, "b.txt", text)))]


# -- 5. a text file written with inline HTML: a line that is only <br/> ---------------------------------------------

_BR_TEXT = (
    "\n<strong>某某隐私政策</strong> <br/>\n\n"
    "欢迎您使用我们的小程序，本政策说明我们如何收集和使用您的个人信息。\n\n"
    "一、<strong>个人信息的定义</strong>\n<br/>\n"
    "个人信息是指以电子或者其他方式记录的能够识别特定自然人身份的各种信息。\n<br/>\n\n"
    "二、<strong>法律依据</strong>\n<br/>\n"
    "我们根据《中华人民共和国个人信息保护法》收集和使用您的个人信息。\n<br/>\n\n"
    "三、<strong>用途变更</strong>\n<br/>\n\n"
    "如我们需将您的个人信息用于本政策未载明的其它用途，我们将再次征得您的同意。\n"
)


def test_a_line_holding_only_a_break_tag_is_a_blank_line(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "privacy.txt", _BR_TEXT))
    assert doc.source.format == "text"
    assert [line for line, _, _ in headings(doc)] == [6, 11, 16]


def test_a_break_tag_inside_a_line_is_left_as_it_was(tmp_path: Path) -> None:
    # only whole lines of break tags are blanked; a tag beside text keeps its line (and a text without tags is untouched)
    text = "某某隐私政策\n\n一、收集的信息\n我们收集手机号码。<br/>我们收集设备信息。\n二、联系我们\n请来信。\n"
    doc = parse_path(written_file(tmp_path, "a.txt", text))
    assert any("<br/>" in p.text for s in doc.sections for p in s.paragraphs)
