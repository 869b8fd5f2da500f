"""The lead's classes of the twenty-ninth session (each test names its class)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_string
from test_hostile28 import _texts
from test_placeholder_classes import _excerpts


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("请访问 https://<YOUR_DOMAIN>/privacy 查看。", ["<YOUR_DOMAIN>"]),
        ("联系邮箱：privacy@<YOUR_DOMAIN>", ["<YOUR_DOMAIN>"]),
        ("Contact <COMPANY_NAME> at <SUPPORT_EMAIL>.", ["COMPANY_NAME", "SUPPORT_EMAIL"]),  # the constants, once each
        # the other side: a constant outside any slot, or beside one, is still reported once
        ("Contact COMPANY_NAME at <YOUR_DOMAIN>.", ["COMPANY_NAME", "<YOUR_DOMAIN>"]),
        ("請寄信至 YOUR_EMAIL。", ["YOUR_EMAIL"]),
        ("See https://YOUR_DOMAIN/privacy for details.", ["YOUR_DOMAIN"]),
    ],
)
def test_a_constant_inside_a_reported_slot_is_one_finding(tmp_path: Path, line: str, slots: list[str]) -> None:
    """Class: a template constant written inside a slot's marks (<YOUR_DOMAIN>) was reported twice, by the slot's form
    and by the constants' pass (twenty-eighth session's leftover): one defect, one finding, the slot's."""
    assert _excerpts(tmp_path, "# Privacy\n\n" + line + "\n") == slots


@pytest.mark.parametrize(
    "line",
    [
        "Logs are kept in C:\\\\Users\\\\<YOUR_NAME>\\\\AppData\\\\Local\\\\App.",
        "Logs are kept in /home/YOUR_USER/.config/app on your computer.",
        "缓存位于 C:\\\\Users\\\\YOUR_NAME\\\\AppData 中，不会上传。",
    ],
)
def test_a_constant_naming_a_folder_on_the_readers_machine_is_no_placeholder(tmp_path: Path, line: str) -> None:
    """Class: the constants' pass took a segment of a file path (the reader's own user folder) that the slot forms
    already leave alone (twenty-eighth session's leftover, found beside the one above)."""
    assert _excerpts(tmp_path, "# Privacy\n\n" + line + "\n") == []


_REACT_PAGE = (
    "export default function Privacy({{ open }}: {{ open: boolean }}) {{\n  return (\n    <div>\n"
    "      <h1>隱私權政策</h1>\n      <p>我們保存五年。</p>\n      {}\n"
    "      <p className={{styles.body}}>我們不會出售您的資料。</p>\n    </div>\n  );\n}}\n"
)


@pytest.mark.parametrize(
    "element",
    [
        "<p style={{ display: 'none' }}>【請填寫公司名稱】內部備註，發布前刪除。</p>",
        '<div style={{color: "red", display: "none"}}><p>舊版條款，已刪除。</p></div>',
        "<p style = {{visibility: 'hidden'}}>隱藏的條款。</p>",
        "<p style={{\n        display: `none`,\n      }}>隱藏的條款。</p>",
    ],
)
def test_a_react_style_object_that_hides_its_element_is_announced(element: str) -> None:
    """Class: a React page's `style={{ display: 'none' }}` was blanked with the other expressions, so the HTML reader
    never saw that the element is hidden (twenty-eighth session's leftover): its text is now read and announced as an
    HTML page's `style="display:none"` is (`tests/test_hostile28.py`), with the element's own line."""
    texts, warnings = _texts(_REACT_PAGE.format(element), ".tsx")
    hides = [w for w in warnings if "hides" in w]
    assert len(hides) == 1 and hides[0].startswith("line 6: text the page hides"), warnings
    # (review u29w) the text after the hidden element is read whole, at its own line: the rewrite keeps every length
    assert texts[0] == "我們保存五年。" and texts[-1] == "我們不會出售您的資料。" and len(texts) == 3, texts
    doc = parse_string(_REACT_PAGE.format(element), ".tsx")
    last = [p for s in doc.sections for p in s.paragraphs][-1]
    assert last.line == _REACT_PAGE.format(element).split("\n").index("      <p className={styles.body}>我們不會出售您的資料。</p>") + 1


@pytest.mark.parametrize(
    "element",
    [
        "<p style={{ display: open ? 'block' : 'none' }}>有時顯示的條款。</p>",  # computed: shown at times
        "<p style={{ display: 'block', color: 'gray' }}>顯示的條款。</p>",
        "<p style={hiddenStyle}>以變數設定樣式的條款。</p>",  # a variable: not known here
        "<p data-style={{ display: 'none' }}>不是樣式的屬性的條款。</p>",
        '<p className="none">顯示的條款。</p>',
    ],
)
def test_a_react_element_shown_or_shown_at_times_is_not_announced(element: str) -> None:
    texts, warnings = _texts(_REACT_PAGE.format(element), ".tsx")
    assert not [w for w in warnings if "hides" in w], warnings
    assert any("條款" in t for t in texts), texts


def _heading_texts(page: str) -> list[str]:

    return [text or "" for _, _, text in headings(parse_string(page, ".html"))]


_WRAPPED = (
    "<html><body>\n<h3>第二条</h3>\n<p>\n  1. 用户在本站发布的内容由用户自行负责，本站仅提供存储空间，不对内容的真实性负责。\n</p>\n"
    "<p>\n  2. 用户在 本站发表的内容，本站有权在全站范围内免费使用，用于宣传及推广本站的各项服务。\n</p>\n"
    "<p>\n  3. 用户在\n  本站发布涉嫌侵犯他人知识产权或其他合法权益的内容，经相关方提供初步证据，本站有权先行删除。\n</p>\n"
    "<p>\n  4. 个人或单位如认为\n  本站上存在侵犯自身合法权益的内容，应准备好具有法律效应的证明材料，及时与本站取得联系。\n</p>\n"
    "<h3>附则</h3>\n<p>本站保留解释权。</p>\n</body></html>\n"
)


def test_a_list_entry_wrapped_after_its_first_words_is_no_title() -> None:
    """Class: a `<p>` whose source line breaks after its number and first words (「3. 用户在⏎TLCT发布…」) was cut into a
    numbered title over its text (`_title_over_source_line`), though the entries before it, numbered one less in the
    same style, are paragraphs read whole (eval/structure28 holdout tlct-html: 2 false headings; since fixed from it,
    it is held out no longer).  Its siblings say it is the next entry of a list."""
    assert _heading_texts(_WRAPPED) == ["第二条", "附则"]


def test_a_numbered_title_on_its_own_source_line_is_still_cut() -> None:
    """The other side: the title over its text when the numbers before it are titles or absent (uni-app round22's
    shape), and after a list whose entries were titles too."""
    page = (
        "<html><body>\n<p>\n一、我们如何收集和使用您的信息\n我们会出于本政策所述的以下目的，收集和使用您的个人信息，请您仔细阅读。\n</p>\n"
        "<p>\n二、我们如何共享您的信息\n我们不会与本公司以外的任何公司、组织和个人共享您的个人信息，但以下情况除外。\n</p>\n"
        "<p>\n1. 信息的存储\n我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。\n</p>\n"
        "<p>\n2. 信息的删除\n您可以通过本政策所列的方式联系我们删除您的个人信息，我们会在十五日内处理。\n</p>\n</body></html>\n"
    )
    assert _heading_texts(page) == ["一、我们如何收集和使用您的信息", "二、我们如何共享您的信息", "1. 信息的存储", "2. 信息的删除"]


def test_a_title_whose_pasted_bold_marks_are_runs_of_their_own_is_one_title() -> None:
    """Class: a Word page whose Markdown bold marks were pasted as text puts 「**」, the title and 「**」 in runs of their
    own (`<font face="Calibri">**</font><font face="宋体">（一）…</font>`); the title's second piece, opening with a
    number in the title's style, was read as a second list line joined to the first (`_joined_list`), so every such
    title was dropped (twenty-ninth session, eval/blind/round29 laoyao-word-html: 22 of its titles)."""
    run = '<p class=MsoNormal><span><font face="Calibri">**</font><font face="宋体">{}</font><font face="Calibri">**</font></span></p>\n'
    body = '<p class=MsoNormal><span><font face="宋体">{}</font></span></p>\n'
    page = (
        "<html><body>\n"
        + run.format("一、我们如何收集信息")
        + run.format("（一）个人敏感信息说明")
        + body.format("敏感信息包括身份证号码、手机号码。")
        + run.format("（二）设备信息")
        + body.format("我们收集设备型号与操作系统版本。")
        + run.format("二、我们如何共享信息")
        + body.format("我们不会共享您的信息。")
        + "</body></html>\n"
    )
    assert _heading_texts(page) == ["一、我们如何收集信息", "（一）个人敏感信息说明", "（二）设备信息", "二、我们如何共享信息"]


def test_list_lines_kept_in_one_block_are_still_a_list() -> None:
    """The other side: 「a) 姓名」 and 「b) 电话」 on lines of one block, a list of one numbering style, are no title."""
    page = "<html><body>\n<h2>一、我们收集的信息</h2>\n<p>a) 姓名<br>\nb) 电话</p>\n<p>我们保存五年。</p>\n</body></html>\n"
    assert _heading_texts(page) == ["一、我们收集的信息"]


def test_titles_after_a_list_of_their_style_are_still_titles() -> None:
    """(Review u29w) The other side of the wrapped entry: where a number of the style was cut off its paragraph as a
    title over its text, a later first line of that style is a title too, even right after a list of the same style."""
    para = "<p>\n{}\n{}\n</p>\n"
    page = (
        "<html><body>\n"
        + para.format("1. 信息收集", "我们收集您的手机号码和设备信息，用于注册账号和保障安全。")
        + para.format("2. 信息使用", "我们将收集的信息用于以下目的，具体如下所列。")
        + "<p>1. 用于提供服务，保障账号安全与交易安全。</p>\n<p>2. 用于改进产品，分析使用情况和故障原因。</p>\n"
        + para.format("3. 信息共享", "我们不会与任何第三方共享您的个人信息，法律另有规定的除外。")
        + para.format("4. 联系我们", "如有疑问，请通过电子邮件与我们联系，我们将在十五日内答复。")
        + "</body></html>\n"
    )
    assert _heading_texts(page) == ["1. 信息收集", "2. 信息使用", "3. 信息共享", "4. 联系我们"]


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("若信息不完整，页面显示：[资料不全，请补充]。", []),
        ("系统将提示：“[请确认您的手机号]”。", []),
        ("App 会弹出「[请先登录]」。", []),
        ("本公司名称：[公司名称，请补充]", ["[公司名称，请补充]"]),
        ("用途：[其他特定用途，請補充]", ["[其他特定用途，請補充]"]),
    ],
)
def test_a_request_the_app_shows_is_no_slot_whichever_form_took_it(tmp_path: Path, line: str, slots: list[str]) -> None:
    """(Review u29w) A message the app shows after 显示/提示 (「页面显示：[资料不全，请补充]」) was exempt only from the two
    new bracket forms, and only with one character between the cue and the bracket: an older form took it, and
    「提示：“[…]”」 was reported.  A bracket holding a request after such a cue is the app's message, whichever form."""
    assert _excerpts(tmp_path, "# 隐私政策\n\n" + line + "\n") == slots


def test_a_long_latin_token_is_no_run_of_link_labels() -> None:
    """(Review u29w) `_glued` recursed once per cut with no bound: a token of 3,000 letters failed the whole product's
    comparison ("too deeply nested").  A name past `_GLUED_MAX` letters is no run of labels; each tail is tried once."""
    from policylens.compare.sentences import _glued

    assert _glued("Data" + "data" * 1500 + "zz", "") is False
    assert _glued("privacy" + "policy" * 8, "") is True  # a run of labels under the bound, each tail tried once
    assert _glued("policyterms", "") is True  # the short run it was made for still reads (eval/editions29 taptapbible)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("anyone under ten minutes of use", None),
        ("users under two-factor authentication", None),
        ("children under the age of fourteen", "fourteen"),
        ("users under 16 may not use the service", "16"),
    ],
)
def test_an_age_in_words_is_not_a_time_or_a_compound(text: str, age: str | None) -> None:
    """(Review u29w) The word ages of editions29 widened a loose lookahead: 「under ten minutes」 and 「under two-factor」
    read as ages of 10 and 2."""
    from policylens.compare.facts import _EN_AGE

    m = _EN_AGE.search(text)
    assert (next(g for g in m.groups() if g) if m else None) == age


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("The app is available in English, Chinese Traditional and Japanese.", ["chinese", "english", "japanese"]),
        ("English and Chinese Simplified", ["chinese", "english"]),
        ("Customer support is available in English Monday to Friday.", ["english"]),
        ("Spanish Sign Language", ["spanish"]),
        ("under the Korean Personal Information Protection Act", []),  # a law's name (eval/editions29)
        ("the Chinese Academy of Sciences", []),
    ],
)
def test_a_language_before_a_script_a_day_or_a_month_is_still_named(text: str, languages: list[str]) -> None:
    """(Review u29w) The capitalised word after a language name that made it part of a name took scripts, days and
    months too: 「Chinese Traditional」, 「English Monday to Friday」 named no language (a hidden or a false divergence)."""
    from policylens.language_names import spoken_languages

    assert sorted(spoken_languages(text)) == languages


_TABLE_PAGE = (
    "<html><body>\n<h2>第三方SDK</h2>\n<table>\n"
    "<tr><td>微信SDK</td><td>腾讯</td><td>分享</td></tr>\n"
    "<tr><td>\n<p>说明：我们会定期审查合作方。</p>\n<p>我们会{}审查合作方的数据安全能力。</p>\n</td></tr>\n"
    "<tr><td>支付宝SDK</td><td>蚂蚁</td><td>支付</td></tr>\n"
    "</table>\n</body></html>\n"
)


def test_a_row_that_is_no_row_of_data_is_not_glued_to_the_row_above() -> None:
    """(Review u29x) The readers recorded where rows of data start only, so the paragraphs of a later row that is no
    row of data (a note row, a layout row holding a page's paragraphs) were glued to the row of data above, and an
    edit in them was reported at that row's line.  A row that is no row of data is now a stop (a negative column in
    `Document.rows`): its paragraphs are compared one by one, at their own lines; rows of data stay joined."""
    from policylens.diff import diff_documents

    old, new = _TABLE_PAGE.format("定期"), _TABLE_PAGE.format("每年")
    report = diff_documents(parse_string(old, ".html"), parse_string(new, ".html"))
    changes = [c for s in report.sections for c in s.changes]
    assert [(c.old_line, c.old_text, c.new_text) for c in changes] == [
        (7, "我们会定期审查合作方的数据安全能力。", "我们会每年审查合作方的数据安全能力。")
    ]
    added = _TABLE_PAGE.format("定期").replace("</table>", "<tr><td>高德SDK</td><td>高德</td><td>定位</td></tr>\n</table>")
    report = diff_documents(parse_string(old, ".html"), parse_string(added, ".html"))
    assert [c.new_text for s in report.sections for c in s.changes] == ["高德SDK | 高德 | 定位"]  # a row of data: one entry


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("| 1 | 手机号码 | 必填 | 注册登录 |", "| 1 | 微信支付 | 必填 | 注册登录 |", False),  # a row number names nothing
        ("| 序号 | 信息类型 | 是否必填 | 用途 |", "| 序号 | 第三方名称 | 是否必填 | 用途 |", False),
        ("阿里weexSDK | 阿里 | 存储 | 图片预览", "阿里weexSDK | 阿里 | 存储 | 无", True),  # the SDK names its row (pairs29)
    ],
)
def test_a_row_numbered_in_its_first_cell_is_no_named_row(old: str, new: str, same: bool) -> None:
    """(Review u29x) `same_row` took a first cell 「1」 or 「序号」 as the row's name: a table removed from one section and a
    different one added to the next read as rows moved and edited."""
    from policylens.diff.rows import same_row

    assert same_row(old, new) is same


@pytest.mark.parametrize(
    "line",
    [
        "我们向第三方提供您的个人信息前，还需经过合规部门的审核，并获得您的单独同意。",
        "跨境传输的数据在传输前尚须通过法务部门审查。",
        "【本次更新：根据应用商店审核要求，调整了相机权限的申请时机】",
        "【根据产品功能调整，新增了消息推送的说明】",
        "[App] 新版本说明：本次更新优化了隐私设置。",
        "The settings for the [Application] are described below.",
        "Our legal counsel will review this policy at least once a year.",
    ],
)
def test_published_sentences_that_look_like_drafting_notes(tmp_path: Path, line: str) -> None:
    """(Review u29x) round29's drafting-note forms also took ordinary published sentences: a review step of a transfer,
    an update note in 【】, a `[App]` tag opening its line or in an English sentence, a promise of yearly review."""
    assert _excerpts(tmp_path, "# 隐私政策\n\n" + line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "启用生产收费前，仍须完成正式法律与地区隐私审核。",
        "【第三方SDK隐私政策根据app的引入的第三方改，下面是之前做过的app的第三方】",
        "在使用[app]各项产品或服务前，请您仔细阅读本政策。",
        "A solicitor should review before you treat it as a finished legal product.",
    ],
)
def test_round29s_drafting_notes_are_still_found(tmp_path: Path, line: str) -> None:
    """The other side: round29's own shapes stay found."""
    assert len(_excerpts(tmp_path, "# 隐私政策\n\n" + line + "\n")) == 1


def test_a_channel_listed_with_another_channel_is_still_a_channel() -> None:
    """(Review u29x) tw-pdpa's channel dropped a 電話 or 電子郵件 in a 、 list (meant for a list of collected data), so
    「您可透過電話、電子郵件向本公司提出請求」 gave the rights item no channel."""
    from helpers import profile_verdict

    text = "## 您的權利\n\n您得依個人資料保護法第三條行使查詢、閱覽、更正、刪除等權利。您可透過電話、電子郵件向本公司提出請求。\n"
    assert str(profile_verdict(text, "tw-pdpa/rights").status) == "covered"


def test_refusing_to_provide_sensitive_data_is_no_denial_of_sharing_it() -> None:
    """(Review u29x) 「不…提供」 before a sensitive kind was read as the operator not sharing it; 「如您不提供身份证号码」 is
    the person refusing to give it, and the sensitive items still apply."""
    from helpers import profile_status

    text = "我们会收集您的身份证号码用于实名认证，如您不提供身份证号码，将无法使用提现功能。\n"
    assert profile_status(text, "cn-pipl/sensitive-necessity") != "not-applicable"
