"""Heading classes left by the thirtieth session's structure rounds (`eval/structure30` held out, `eval/blind/round30b`).

1. A header bar that shows the title shortened: 「<h1 class="logo"><a>用户协议条款</a></h1>」 above
   「<h2>歪歪游戏用户协议条款</h2>」 and <h3> sections (structure30 yygame-html).  The bar names the policy, so it was taken
   as the title and every section sat a level too deep.  A first <h*> that is a part of the next one, with only page
   chrome between, is the site's bar (`headings._site_then_title`); a first <h*> that names another text is the title.
2. 「4. 用户应当对自己在游戏中的言行负责，尤其不得：」…「6. …尤其不得：」 over （1） items, right after 「3. …的名称。」
   (yygame-html): a run of colon lines read as titles.  A run that goes on numbered sentences of its own numbering under
   the same heading is their lead-ins (`headings._without_sentence_runs`); a run with no sentence beside it stays titles.
3. 「1）本人的位置資訊…資料」 under 「3. 用戶可要求公司查閱或告知下列各項資料，…。」, and 「2）…」 between two entries read one as a
   paragraph, one as an item (round30b fango-location-tw): entries of a numbered clause are no sub-titles
   (`headings._entry_among_sentences`); 「1）…」 titles under a numbered title keep their place.
4. 「<li><strong>功能性 Cookies</strong><br />類型：持久性 Cookies<br />管理者：我們<br />目的：…</li>」 (round30b
   novus-tw-angular): the bold name of an entry over its record of fields titles no section (`html._record_fields`);
   「<li><b>账号信息</b><br>您注册时提供的…</li>」 stays a title over its text.
5. 「Google 書籤、收藏與天眼設定同步（自行選擇）」 right above its paragraph (round30b chengjing-tw-txt): the closing bracket
   read as a sentence's, so the title ran into its text.  A short qualifier in brackets closing a title line is no
   sentence end (`lines.title_line`); a line closed by a sentence in brackets is not a title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document


def _sections(tmp_path: Path, body: str, name: str = "page.html", title: str = "隐私政策") -> list[tuple[int, str]]:
    path = tmp_path / name
    if name.endswith(".html"):
        body = f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n{body}\n</body></html>\n'
    path.write_text(body, encoding="utf-8")
    doc = read_document(str(path))
    return [(s.level, s.title) for s in doc.sections if s.title]


def _title(tmp_path: Path, body: str) -> str | None:
    path = tmp_path / "page.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>\n', encoding="utf-8")
    return read_document(str(path)).metadata.title


# 1. a header bar showing the title shortened

_SECTIONS = "<h3>前言</h3><p>本协议是由用户与本公司订立的协议。</p><h3>一、关于服务内容</h3><p>服务的具体内容由我们提供。</p>"


@pytest.mark.parametrize(
    ("bar", "title"),
    [("用户协议条款", "歪歪游戏用户协议条款"), ("隐私政策", "某某云笔记隐私政策"), ("隱私權政策", "小鹿健康 隱私權政策")],
)
def test_header_bar_showing_the_title_shortened(tmp_path: Path, bar: str, title: str) -> None:
    body = f'<div class="wrapper"><h1 class="logo"><a href="#">{bar}</a></h1><div class="main"><h2>{title}</h2>{_SECTIONS}</div></div>'
    assert _title(tmp_path, body) == title
    assert _sections(tmp_path, body) == [(1, "前言"), (1, "一、关于服务内容")]


def test_first_heading_naming_another_text_stays_the_title(tmp_path: Path) -> None:
    # 「用户协议」 above 「隐私政策」: not a part of it (the first heading is the title, as before)
    body = f"<h1>用户协议条款</h1><h2>隐私政策摘要</h2>{_SECTIONS}"
    assert _title(tmp_path, body) == "用户协议条款"


# 2. colon lead-ins going on numbered sentences

_ITEMS = "<p>（1）通过任何方式散布低俗信息；</p><p>（2）通过任何方式引起纷争。</p>"


def test_colon_lines_after_numbered_sentences_are_lead_ins(tmp_path: Path) -> None:
    body = (
        "<h3>五、您的义务</h3><p>1. 用户同意按照本协议规范自己的行为。</p><p>2. 用户须遵守法律法规，自行承担所发布信息的责任。</p>"
        f"<p>3. 用户的帐号名称应当遵守合法、健康的原则，不允许使用违禁的名称。</p><p>4. 用户应当对自己在游戏中的言行负责，尤其不得：</p>{_ITEMS}"
        f"<p>5. 用户不得干扰歪歪游戏正常地提供产品和服务，尤其不得：</p>{_ITEMS}<p>6. 用户不得扰乱游戏秩序，尤其不得：</p>{_ITEMS}"
        "<h3>六、隐私保护</h3><p>我们保护您的隐私。</p>"
    )
    assert _sections(tmp_path, body) == [(1, "五、您的义务"), (1, "六、隐私保护")]


def test_colon_titles_without_sentences_beside_them_stay(tmp_path: Path) -> None:
    body = (
        "<h3>五、您的义务</h3><p>1. 适用范围：</p><p>本政策适用于本公司的全部产品。</p><p>2. 信息收集：</p><p>我们收集您主动提供的信息。</p>"
        "<p>3. 编辑和删除个人信息的权限：</p><p>您可以随时更正您的信息。</p><h3>六、隐私保护</h3><p>我们保护您的隐私。</p>"
    )
    titles = [t for _, t in _sections(tmp_path, body)]
    assert titles == ["五、您的义务", "1. 适用范围：", "2. 信息收集：", "3. 编辑和删除个人信息的权限：", "六、隐私保护"]


# 3. entries of a numbered clause

_TW = """第10條（個人位置資訊主體的權利）
1. 用戶可隨時向公司撤回同意的全部或部分，公司應立即銷毀已蒐集的個人位置資訊。
2. 用戶可要求公司查閱或告知下列各項資料，若該資料存在錯誤，可要求更正。
   1）本人的位置資訊蒐集、利用、提供事實確認資料
   2）依據《位置資訊保護及利用等相關法律》或其他法律的規定，本人的個人位置資訊向第三方提供的理由及內容
3. 依前項規定的監護義務人，是指事實上保護該兒童者，具體為下列各項之一者。
   1）八週歲以下兒童的法定代理人，或依相關法律第3條規定的監護人
   2）受監護宣告之人的法定代理人
   3）本條第1項第3款所列人員的法定代理人，或依相關法律規定的身心障礙者生活設施負責人

第11條（法定代理人的權利）
1. 公司對未滿14週歲的用戶，須同時取得該用戶及其法定代理人的同意。
"""


def test_entries_of_a_numbered_clause_are_no_titles(tmp_path: Path) -> None:
    assert _sections(tmp_path, _TW, "terms.txt") == [(1, "第10條（個人位置資訊主體的權利）"), (1, "第11條（法定代理人的權利）")]


def test_paren_titles_over_their_text_under_a_clause_stay(tmp_path: Path) -> None:
    # the 1） lines under a numbered sentence each stand over a paragraph of their own: sub-titles, as before
    text = (
        "隱私權政策\n\n一、我們收集的資料\n\n1. 我們依下列各項收集您的資料。\n\n1）基本資料\n\n我們會收集您的暱稱與頭像，用於顯示您的帳號。\n\n"
        "2）聯絡資料\n\n我們會收集您的電子郵件，用於寄送帳號通知。\n\n二、我們如何使用\n\n我們只在本政策所述範圍內使用您的資料。\n"
    )
    titles = [t for _, t in _sections(tmp_path, text, "policy.txt")]
    assert titles == ["一、我們收集的資料", "1）基本資料", "2）聯絡資料", "二、我們如何使用"]


# 4. a bold name over its record of fields in a list item

_LEAD = "<h2>一、Cookies</h2><p>我們為以下目的使用會話性和持久性 Cookies：</p>"


def test_bold_name_over_its_fields_is_an_entry(tmp_path: Path) -> None:
    items = "".join(
        f"<li><strong>{name}</strong><br />類型：持久性 Cookies<br />管理者：我們<br />目的：這些 Cookies 識別用戶是否已接受網站上的 Cookies 使用。</li>"
        for name in ("必要的 / 基本的 Cookies", "功能性 Cookies")
    )
    assert _sections(tmp_path, f"{_LEAD}<ul>{items}</ul><h2>二、聯絡我們</h2><p>請來信。</p>") == [(1, "一、Cookies"), (1, "二、聯絡我們")]


def test_bold_title_over_its_text_in_an_item_stays(tmp_path: Path) -> None:
    items = (
        "<li><b>账号信息</b><br>您注册时提供的手机号码和昵称，我们用于创建账号并在您登录时验证您的身份。</li>"
        "<li><b>设备信息</b><br>您使用服务时设备的型号和系统版本，我们用于保障服务的安全与稳定运行。</li>"
    )
    titles = [t for _, t in _sections(tmp_path, f"<h2>一、我们收集的信息</h2><ul>{items}</ul>")]
    assert titles == ["一、我们收集的信息", "账号信息", "设备信息"]


# 5. a title line closed by its qualifier in brackets


@pytest.mark.parametrize(
    "title", ["Google 書籤、收藏與天眼設定同步（自行選擇）", "書籤、收藏與設定同步（可選）", "Google 同步、備份(选填)"]
)
def test_title_closed_by_a_qualifier(tmp_path: Path, title: str) -> None:
    text = f"隱私權政策\n\n{title}\n只有在你連結帳號後，應用才會讀寫它自己的資料夾，不會讀取你的其他檔案或資料。\n\n聯絡我們\n請來信告訴我們你的問題。\n"
    assert title in [t for _, t in _sections(tmp_path, text, "policy.txt")]


@pytest.mark.parametrize("line", ["我們會保存你的閱讀紀錄（僅限本機）", "保存你的閱讀紀錄（並同步到你的雲端帳號）"])
def test_line_closed_by_a_bracketed_sentence_is_no_title(tmp_path: Path, line: str) -> None:
    text = f"隱私權政策\n\n{line}\n只有在你連結帳號後，應用才會讀寫它自己的資料夾，不會讀取你的其他檔案或資料。\n\n聯絡我們\n請來信告訴我們你的問題。\n"
    titles = [t for _, t in _sections(tmp_path, text, "policy.txt")]
    assert line not in titles


def test_text_ending_on_a_numbered_title_is_read(tmp_path: Path) -> None:
    # a numbered title on the text's last line after its sibling (`_entry_among_sentences` once read past the end:
    # eval/precision11/reactiontime-cn)
    text = (
        "测试APP用户隐私政策\n\n \n\n我们深知个人信息对您的重要性。\n\n \n\n一、本APP不收集和使用您的个人信息 \n\n"
        "个人信息是指以电子或者其他方式记录的各种信息。\n\n \n\n二、本APP不会获取您设备的权限\n\n "
    )
    assert [t for _, t in _sections(tmp_path, text, "policy.md")] == ["一、本APP不收集和使用您的个人信息", "二、本APP不会获取您设备的权限"]


# 6. two documents in one page, each opening with its bare name (round29b: an agreement and a policy in one TSX modal)


def _two_documents(first: str, second: str) -> str:
    return (
        f"<h2>用户协议与隐私政策</h2><p><strong>{first}</strong></p><p>欢迎您使用本应用。请您仔细阅读以下条款。</p>"
        "<p><strong>1. 服务内容</strong></p><p>本应用为您提供记账服务。</p><p><strong>2. 用户义务</strong></p><p>您应遵守法律法规。</p>"
        f"<p><strong>{second}</strong></p><p>我们非常重视您的个人信息保护。</p><p><strong>1. 我们收集的信息</strong></p>"
        "<p>我们仅收集必需的信息。</p><p><strong>2. 信息的使用</strong></p><p>我们仅将信息用于本政策所述目的。</p>"
    )


@pytest.mark.parametrize(("first", "second"), [("用户服务协议", "隐私政策"), ("使用條款", "隱私權聲明")])
def test_two_documents_each_over_its_numbered_sections(tmp_path: Path, first: str, second: str) -> None:
    # a page title naming both documents over their bare names: the several-documents convention of docs/headings.md
    # (each name at level 1, each document's sections from level 1), since the forty-eighth session (u48a,
    # `structure/named_second.py`: eval/structure48 molispark); the names nested their runs before
    levels = _sections(tmp_path, _two_documents(first, second))
    assert [level for level, _ in levels] == [1, 1, 1, 1, 1, 1]
    assert levels[0] == (1, first) and levels[3] == (1, second)


def test_policy_named_inside_a_section_stays_under_it(tmp_path: Path) -> None:
    # 「<b>隐私政策</b>」 under 「2. …」 with no numbering starting over below it: a sub-title of that section
    body = (
        "<h2>用户协议</h2><p><strong>1. 服务内容</strong></p><p>本应用为您提供记账服务。</p><p><strong>2. 用户义务</strong></p>"
        "<p>您应遵守法律法规。</p><p><strong>隐私政策</strong></p><p>我们按隐私政策处理您的信息。</p><p><strong>3. 其他</strong></p><p>本协议自发布之日起生效。</p>"
    )
    assert [t for _, t in _sections(tmp_path, body)][:2] == ["1. 服务内容", "2. 用户义务"]
    assert (1, "隐私政策") not in _sections(tmp_path, body)


# 7. a chapter title run into its first numbered clause (structure30 ysxy-agreement-html)

_CLAUSE = "为确保网站正常运转，我们会在您的计算机或移动设备上存储名为Cookie的小数据文件，并按本政策使用这些文件。"


def _chapters(third: str, fourth: str) -> str:
    return (
        "<h2>隐私政策</h2><p>第一章 我们如何收集您的个人信息</p><p>我们仅收集必需的信息。</p>"
        f"<p>第三章 {third}{_CLAUSE}</p><p>第四章 {fourth}{_CLAUSE}</p>"
    )


def test_chapter_titles_run_into_their_first_clause(tmp_path: Path) -> None:
    titles = [t for _, t in _sections(tmp_path, _chapters("我们如何使用Cookie和同类技术 3.1 Cookie ", "我们如何保护您的个人信息 1、"))]
    assert "第三章 我们如何使用Cookie和同类技术" in titles and "第四章 我们如何保护您的个人信息" in titles


@pytest.mark.parametrize(
    ("third", "fourth"),
    [
        ("我们如何使用Cookie 2.1 ", "我们如何保护您的个人信息 2.1 "),  # another chapter's clause: a cross-reference
        ("如果您不同意本政策 1、", "如果您是未成年人 1、"),  # a sentence's lead-in, not a title
    ],
)
def test_chapter_lines_that_are_sentences_stay_whole(tmp_path: Path, third: str, fourth: str) -> None:
    titles = [t for _, t in _sections(tmp_path, _chapters(third, fourth))]
    assert not any(t.startswith(("第三章", "第四章")) and len(t) < 30 for t in titles)


# 8. a decimal title closed by a full stop over its own list, after a titled sibling (structure30 aplayer-html)


def _aplayer(third: str, below: str) -> str:
    return (
        "<h2>隐私政策</h2><p>2、个人信息可能收集的范围与方式</p><p>我们会按以下方式收集信息。</p>"
        "<p>2.1您向我们提供的信息</p><p>您注册时提供的手机号码。</p><p>2.2因您使用本软件获取的信息。</p><p>2.2.1日志信息</p>"
        "<p>（1）当您使用本产品时，我们会收集日志。</p><p>2.2.2设备或应用信息。当您使用本软件时，我们会自动收集您的设备编号。</p>"
        f"<p>{third}</p><p>{below}</p><p>3、个人信息可能的使用方式</p><p>我们仅将信息用于本政策所述目的。</p>"
    )


def test_decimal_title_over_its_list_after_a_titled_sibling(tmp_path: Path) -> None:
    sections = _sections(
        tmp_path, _aplayer("2.2.3我们从第三方获得的您的信息。", "（1）在获得您的同意后，我们可能从第三方获取您的账户信息。")
    )
    assert (3, "2.2.3我们从第三方获得的您的信息。") in sections
    assert sections[-1] == (1, "3、个人信息可能的使用方式")


@pytest.mark.parametrize(
    ("third", "below"),
    [
        ("2.2.3我们不会出售您的信息。", "我们仅在本政策所述范围内使用。"),  # no list of its own below: a numbered sentence
        ("2.2.3您理解并同意，我们会从第三方获得信息。", "（1）在获得您的同意后，我们可能从第三方获取您的账户信息。"),  # a clause
    ],
)
def test_decimal_sentences_stay_text(tmp_path: Path, third: str, below: str) -> None:
    assert not any(t.startswith("2.2.3") for _, t in _sections(tmp_path, _aplayer(third, below)))
