"""Heading misses and false headings of eval/structure41's dev part (forty-first session, u41a; fixed from its read
dev misses, not blind).

- An English bare title above the first item of its lettered list in plain text (「Use of cookies」 /
  「a) If you do not refuse to accept cookies, …」, the English edition of a three-edition `.txt`): the line below
  starts with a lowercase letter, so the title was read as the start of one wrapped sentence.
- A bare line standing where a lost number should be (「4.信息存储和交换」 / … / 「Cookie的使用」 / … / 「6.信息安全」):
  a sibling of the numbers around it, not a sub-section of 「4.」.
- A breadcrumb banner's `<h2>` repeating the article's `<h1>` title (a Hong Kong PHP page): the `<h1>` is the title,
  the banner's copy is no section, and the page's `<h4>` sections are the first level.
- A numbered sub-title whose count its own section already runs (「四、…」 / 「（一）共享」 / 「3.实现安全与分析统计的共享信息」
  / 「4.帮助您…：…」 a run-in sentence / 「5.其他情形」): 「5.」 goes on from 「3.」, not from 「四、」 as the next top-level
  section (a count switching style, 「三、」 then 「4.」, still does).
- Two or more bold short lines after a lead-in closed by a colon (「本注册协议包含内容如下：」 / 「《…服务协议》」 /
  「《…政策》」, the last one right above the next dialog's `<h2>`): the items of the announced list, not sections.

The texts are written for the tests in the documents' shapes.
"""

from __future__ import annotations

from helpers import parse_string

SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存。"


def _titles(doc: object) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in doc.sections if s.title]  # type: ignore[attr-defined]


_ENGLISH_EDITION = (
    "Privacy Policy\n"
    "We respect and protect the privacy of every user of the service, and we explain here how.\n\n"
    "Scope of application\n"
    "a) Personal registration information provided by you when you register your account;\n\n"
    "b) Information we receive from our partners by legal means.\n\n"
    "Information disclosure\n"
    "In the following circumstances, we will disclose your personal information in whole or in part.\n\n"
    "Use of cookies\n"
    "a) If you do not refuse to accept cookies, we will set or access cookies on your computer.\n\n"
    "Information security\n"
    "a) Your account has a security protection function, so please keep your “password” safe.\n"
)


def test_english_title_above_the_first_lettered_item() -> None:
    titles = [t for t, _ in _titles(parse_string(_ENGLISH_EDITION))]
    assert titles == ["Scope of application", "Information disclosure", "Use of cookies", "Information security"]


def test_line_above_a_later_item_or_a_lead_in_is_no_title() -> None:
    text = (
        "Privacy Policy\n"
        "We respect and protect the privacy of every user of the service, and we explain here how.\n\n"
        "You understand and agree that the following does not apply:\n"
        "a) Keyword information that you enter when you use the search service of the platform;\n\n"
        "Other records\n"
        "b) Information about the activities you have taken part in and their results.\n\n"
        "Information disclosure\n"
        "In the following circumstances, we will disclose your personal information in whole or in part.\n"
    )
    titles = [t for t, _ in _titles(parse_string(text))]
    assert titles == ["Information disclosure"]


def test_english_title_above_a_short_first_item_stays_text() -> None:
    text = (
        "Privacy Policy\n"
        "We respect and protect the privacy of every user of the service, and we explain here how.\n\n"
        "Data we keep\n"
        "a) your name;\n\n"
        "Information disclosure\n"
        "In the following circumstances, we will disclose your personal information in whole or in part.\n"
    )
    assert "Data we keep" not in [t for t, _ in _titles(parse_string(text))]


def _numbered(lost: str) -> str:
    return (
        "隐私政策\n\n"
        f"1.适用范围\n\n{SENTENCE}\n\n"
        f"2.信息使用\n\n{SENTENCE}\n\n"
        f"3.信息披露\n\n{SENTENCE}\n\n"
        f"4.信息存储和交换\n\n{SENTENCE}\n\n"
        f"{lost}\n\n{SENTENCE}\n\n"
        f"6.信息安全\n\n{SENTENCE}\n"
    )


def test_bare_line_where_a_number_was_lost_is_a_sibling() -> None:
    assert ("Cookie的使用", 1) in _titles(parse_string(_numbered("Cookie的使用")))


def test_two_bare_lines_between_numbers_stay_nested() -> None:
    """Guard: two bare lines between 「4.」 and 「6.」 (one after 4.'s own text) may be its sub-sections: kept nested."""
    text = _numbered("Cookie的使用").replace("Cookie的使用\n\n", f"Cookie的使用\n\n{SENTENCE}\n\n本地存储\n\n")
    titles = _titles(parse_string(text))
    assert ("本地存储", 1) not in titles and ("Cookie的使用", 1) not in titles


def test_bare_line_directly_under_a_number_without_text_stays_nested() -> None:
    text = f"隐私政策\n\n1.适用范围\n\n{SENTENCE}\n\n2.信息使用\n\n使用范围\n\n{SENTENCE}\n\n3.信息披露\n\n{SENTENCE}\n"
    assert ("使用范围", 2) in _titles(parse_string(text))


_BANNER_PAGE = (
    "<html><head><title>User Profile</title></head><body>\n"
    '<section class="breadscrumb-section">\n<div class="breadscrumb-contain">\n<h2 class="mb-2">收集個人資料及私隱政策聲明</h2>\n'
    '<ol class="breadcrumb"><li><a href="index.php"><i class="fa fa-house"></i></a></li>'
    '<li><a href="privacy_policy_en.php">EN</a></li></ol>\n</div>\n</section>\n'
    '<section>\n<h1 class="inner-header">收集個人資料及私隱政策聲明</h1>\n'
    "<ul><li>本店非常重視個人私隱，並確保收集、使用、儲存及查閱個人資料之程序均符合香港的《個人資料(私隱)條例》。</li></ul>\n"
    '<h4 style="font-weight: bold">一、隱私權保護政策的適用範圍</h4>\n'
    "<ul><li>隱私權保護政策內容，包括本網站如何處理在您使用網站服務時收集到的個人識別資料。</li></ul>\n"
    '<h4 style="font-weight: bold">二、資料之保護</h4>\n'
    "<ul><li>本網站主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施。</li></ul>\n"
    '<h4 style="font-weight: bold">三、聯繫管道</h4>\n'
    "<ul><li>對於本站之隱私權政策有任何疑問，請前往本站「聯絡我們」頁面提交表單。</li></ul>\n"
    "</section>\n</body></html>\n"
)


def test_breadcrumb_copy_of_the_title_above_the_article_title() -> None:
    doc = parse_string(_BANNER_PAGE, ".php")
    assert doc.metadata.title_line == 9
    assert _titles(doc) == [("一、隱私權保護政策的適用範圍", 1), ("二、資料之保護", 1), ("三、聯繫管道", 1)]


def test_other_heading_above_the_title_is_no_copy() -> None:
    """Guard: a banner <h2> with other words (the shop's name) is not a copy of the title; the outline is unchanged."""
    page = _BANNER_PAGE.replace('<h2 class="mb-2">收集個人資料及私隱政策聲明</h2>', '<h2 class="mb-2">活籽兒童用品店</h2>')
    assert _titles(parse_string(page, ".php"))[:2] == [("活籽兒童用品店", 1), ("收集個人資料及私隱政策聲明", 1)]


_DIALOGS = (
    "<template><div>\n"
    '<div id="apply"><h2>服务协议</h2><div class="read-cont">\n'
    '<h1 align="center"><b>注册协议</b></h1>\n'
    f'<p class="MsoNormal"><b>【审慎阅读】</b>{SENTENCE}</p>\n'
    '<p class="MsoNormal">本注册协议包含内容如下：</p>\n'
    '<p class="MsoNormal"><b>《某某平台服务协议》</b></p>\n'
    '<p class="MsoNormal"><b>《法律声明及保密政策》</b></p>\n'
    "</div></div>\n"
    '<div id="read"><h2>隐私政策</h2><div class="read-cont">\n'
    f"<h3><b>一、适用范围</b></h3>\n<p>{SENTENCE}</p>\n"
    f"<h3><b>二、我们如何收集信息</b></h3>\n<p>{SENTENCE}</p>\n"
    "</div></div>\n</div></template>\n"
)


def test_bold_names_listed_after_a_lead_in_are_items() -> None:
    titles = [t for t, _ in _titles(parse_string(_DIALOGS, ".vue"))]
    assert "《某某平台服务协议》" not in titles and "《法律声明及保密政策》" not in titles
    assert "一、适用范围" in titles and "二、我们如何收集信息" in titles


def test_one_bold_sub_title_over_items_after_a_lead_in_stays() -> None:
    page = (
        "<html><body><h1>隱私權政策</h1>\n"
        f"<h2>我們收集的資料</h2>\n<p>我們可能收集以下類型的資料：</p>\n"
        "<p><b>個人識別資訊</b></p>\n<ul><li>用戶名稱、電子郵件地址</li><li>帳戶偏好設定</li></ul>\n"
        f"<h2>資料使用</h2>\n<p>{SENTENCE}</p>\n</body></html>\n"
    )
    assert "個人識別資訊" in [t for t, _ in _titles(parse_string(page, ".html"))]


_SUB_COUNT = (
    "隐私政策\n\n"
    f"三、我们如何使用 Cookie\n{SENTENCE}\n\n"
    "四、我们如何共享、转让、公开披露您的个人信息\n（一）共享\n"
    f"{SENTENCE}\n\n"
    f"1.为实现我们的服务所必需进行的共享：{SENTENCE}\n\n"
    "3.实现安全与分析统计的共享信息\n\n"
    f"（1）保障使用安全：{SENTENCE}\n（2）分析产品使用情况：{SENTENCE}\n"
    f"4.帮助您参加营销推广活动：{SENTENCE}\n\n"
    "5.其他情形\n\n"
    "（1）为了保护您免遭损害而与第三方的共享；\n（2）依据您与我们签署的相关协议而共享的。\n"
    f"（二）转让\n{SENTENCE}\n\n"
    f"1.在获取明确同意的情况下转让：{SENTENCE}\n"
    f"五、我们如何保护您的个人信息\n{SENTENCE}\n"
)


def test_sub_count_goes_on_under_its_section() -> None:
    titles = _titles(parse_string(_SUB_COUNT))
    assert ("3.实现安全与分析统计的共享信息", 3) in titles
    assert ("5.其他情形", 3) in titles


def test_count_switching_style_is_still_the_top_level() -> None:
    """Guard: 「三、」 then 「4. 信息存储」 (no 「1.」…「3.」 under 三、) is the next top-level section."""
    text = f"隐私政策\n\n一、信息收集\n\n{SENTENCE}\n\n二、信息使用\n\n{SENTENCE}\n\n三、信息共享\n\n{SENTENCE}\n\n4. 信息存储\n\n{SENTENCE}\n\n5. 联系我们\n\n{SENTENCE}\n"
    titles = _titles(parse_string(text))
    assert ("4. 信息存储", 1) in titles and ("5. 联系我们", 1) in titles
