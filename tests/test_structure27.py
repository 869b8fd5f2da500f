"""Heading classes of real policies chosen for hard structure (`eval/structure27`, twenty-seventh session).

1. Bold lines between `<br>`s inside one paragraph or one table cell (a 2007 table-layout page,
   `eval/structure27/dev/xiangtu-html`): 「…开放程度。<br><br><br/><font size=2><b>用户权利</b></font><br/>在成功登录之后，…」.
   Only a bold run opening its block was a line of its own, so the page's five unnumbered section titles were read as
   one paragraph with their text.  A `<br>` line after a blank line (two breaks in a row), bold throughout, short, with
   no comma, full stop or colon and text below it is a title (`html._bold_title_line`), in a paragraph and in a table
   cell (a table of one cell is the page's layout: its blocks become paragraphs when it closes).  A bold sentence
   closed by a colon that announces a list, a bold label run into its line (「<b>存储权限：</b>用于…」), a bold line
   after a single break and a bold cell in a real table stay as they were.
2. The first of those titles was then taken as the page's title (an untitled page's first bold line).  When two or
   more later blocks have its form (a bold, unnumbered short line naming no policy, over a paragraph), the first is
   the first section (`headings._first_bold_sibling`); a bold line naming the policy, or one over numbered sections,
   is still the title.
3. A plain-text policy whose chapters are bare title lines, each with its own 「一、」「二、」… (`eval/structure27/dev/rna-txt`):
   the first chapter's sections were nested under it, every later chapter's put beside it at the top, because a
   later chapter's 「三、」 was read as the first chapter's numbering going on after its bare title
   (`levels.bare_runs._nest_runs_under_bare_titles`).  The numbering goes on only when its next number comes before the style
   starts over at 1 (`levels.bare_runs._goes_on`); 「1.」「2.」, a bare line, then 「3.」 keeps the bare line a top-level peer.
4. A numbered title on its own source line above its paragraph in the same `<p>` (a Taiwan PHP page,
   `eval/structure27/dev/ttshow-tw-php`) was cut off only when the `<p>` had no `<br>`: 「4.個人資料的傳輸⏎您的個人資料…
   以下單位：<br>(1)…<br>(2)…」 stayed one paragraph.  Now the first source line is a title over the text below it
   (`html._title_over_source_line`) wherever the first `<br>` comes after that text; a hard-wrapped sentence and a
   title that is itself the first `<br>` line are read as before.
5. A site footer's menu bar whose entries carry their separator outside the link (「<div><a>主页</a>&nbsp;/&nbsp;</div>」)
   was no menu (its entries were not link-only), so its last entry (「注册」, no separator) was read as a section title
   over the footer's lines (`eval/structure27/dev/veewo-html`).  Separators (/ | ｜ ·) no longer count against a link-only
   entry, and a menu inside the page's footer or header is chrome even when the footer's own sentences follow it; a
   menu among the policy's sentences is not.
6. 「附件：定义」 closing a plain-text policy (rna-txt) was read as a label and its value (`shapes._LABEL_VALUE`), not a
   title.  An appendix's title (附件 / 附录 / 附錄, an optional number, a colon, two to twenty Chinese or Latin letters)
   is one (`shapes._APPENDIX_TITLE`); 「附件：隐私政策.pdf」, 「附件：无」 and a sentence after the colon stay text.
"""

from __future__ import annotations

from pathlib import Path

from policylens.load.document import read_document


def _parse(tmp_path: Path, body: str, title: str = "", name: str = "page.html") -> tuple[str | None, list[tuple[int, str]]]:
    path = tmp_path / name
    page = f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n{body}\n</body></html>\n'
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path))
    return doc.metadata.title, [(s.level, s.title) for s in doc.sections if s.title]


_CELL = (
    "<br/><font size=2><b>使用说明</b></font><br/>本站的隐私设置分为个人主页和联系方式，用户可以选择开放程度。\n"
    '<br><br style="line-height:12px;"><br/><font size=2><b>用户权利</b></font><br/>\n'
    "在成功登录之后，用户可以修改其隐私设置或更新个人信息及密码。\n"
    "<br><br/><font size=2><b>免责条款</b></font><br/>\n"
    "<b>在如下情况下，本站将不对您的隐私泄露承担责任：</b><br/>\n"
    "您同意让第三方共享资料；<br/>因黑客行为导致帐号遭他人非法使用。\n"
    "<br><br/><font size=2><b>联系我们</b></font><br/>\n"
    "如果您对此隐私政策有任何疑问或建议，请通过以下方式联系我们。\n"
)
_TITLES = [(1, "使用说明"), (1, "用户权利"), (1, "免责条款"), (1, "联系我们")]


def test_bold_br_lines_in_a_layout_cell_are_titles(tmp_path: Path) -> None:
    title, heads = _parse(tmp_path, f"<table><tr><td><table><tr><td>{_CELL}</td></tr></table></td></tr></table>")
    assert heads == _TITLES
    assert title is None


def test_bold_br_lines_in_a_div_are_titles(tmp_path: Path) -> None:
    assert _parse(tmp_path, f"<div>{_CELL}</div>")[1] == _TITLES


def test_bold_sentence_before_a_list_stays_text(tmp_path: Path) -> None:
    heads = _parse(tmp_path, f"<div>{_CELL}</div>")[1]
    assert all("承担责任" not in text for _, text in heads)


def test_bold_label_run_in_and_single_break_stay_text(tmp_path: Path) -> None:
    body = (
        "<h1>隐私政策</h1><div>本应用可能请求以下系统权限，这些权限仅用于本地功能实现。<br><br>"
        "<b>存储权限：</b>用于在设备本地读取或保存文件。<br>"
        "<b>相机权限</b><br>用于扫描二维码，不会保存照片。<br>"
        "您可以在系统设置中随时撤销这些权限。</div>"
    )
    title, heads = _parse(tmp_path, body)
    assert title == "隐私政策"
    assert heads == []


def test_bold_line_in_a_real_table_is_no_heading(tmp_path: Path) -> None:
    body = (
        "<h1>隐私政策</h1><p>我们接入的第三方SDK如下表所示。</p>"
        "<table><tr><th>名称</th><th>说明</th></tr>"
        "<tr><td>友盟统计</td><td>用于统计应用的使用情况。<br><br><b>收集信息</b><br>设备标识符、网络类型。</td></tr>"
        "<tr><td>极光推送</td><td>用于推送消息。</td></tr></table>"
    )
    assert _parse(tmp_path, body)[1] == []


def test_first_bold_line_naming_the_policy_stays_the_title(tmp_path: Path) -> None:
    body = f"<div><b>隐私声明</b><br/>本声明说明我们如何处理您的信息。<br><br>{_CELL}</div>"
    title, heads = _parse(tmp_path, body)
    assert title == "隐私声明"
    assert heads == _TITLES


def test_bold_lead_over_numbered_sections_stays_the_title(tmp_path: Path) -> None:
    body = (
        "<div><b>用户须知</b><br/>请您在使用前仔细阅读以下内容，了解我们如何处理您的信息。<br><br>"
        "<b>一、信息收集</b><br/>我们仅收集提供服务所必需的信息。<br><br>"
        "<b>二、信息使用</b><br/>我们仅为实现本须知所述目的使用您的信息。<br><br>"
        "<b>三、联系我们</b><br/>如有疑问，请发送邮件与我们联系。</div>"
    )
    title, heads = _parse(tmp_path, body)
    assert title == "用户须知"
    assert [text for _, text in heads] == ["一、信息收集", "二、信息使用", "三、联系我们"]


def _text_levels(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "policy.txt"
    path.write_text(text, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


_CHAPTERS = """引言

本政策说明我们如何收集和使用您的个人信息，请您仔细阅读。

我们如何收集和使用您的个人信息

一、向您提供产品和服务

我们会收集您在注册时主动提供的手机号码，用于创建账号。

二、为您提供安全保障

我们会收集设备信息，用于识别账号异常状态。

我们如何共享您的个人信息

一、共享

我们不会与其他公司共享您的个人信息，但获得您明确同意的除外。

二、转让

我们不会将您的个人信息转让给任何公司，但获得您明确同意的除外。

三、公开披露

我们仅会在获得您明确同意后公开披露您的个人信息。

您的权利

一、访问您的个人信息

您有权访问您的个人信息，法律法规规定的例外情况除外。

二、删除您的个人信息

您可以通过客服申请删除您的个人信息。

三、注销账号

您可以在设置页面注销您的账号。

如何联系我们

如对本政策有任何疑问，您可以发送邮件至 privacy@example.com 与我们联系。
"""


def test_each_bare_chapter_nests_its_own_numbered_run(tmp_path: Path) -> None:
    heads = _text_levels(tmp_path, _CHAPTERS)
    chapters = ["引言", "我们如何收集和使用您的个人信息", "我们如何共享您的个人信息", "您的权利", "如何联系我们"]
    assert [text for level, text in heads if level == 1] == chapters
    assert all(level == 2 for level, text in heads if text.startswith(("一、", "二、", "三、")))


def test_numbers_going_on_after_a_bare_line_keep_it_a_peer(tmp_path: Path) -> None:
    text = """隐私政策

引言

本政策说明我们如何收集和使用您的个人信息，请您仔细阅读。

账号信息

我们会收集您在注册时主动提供的手机号码，用于创建账号。

1. 设备信息

我们会收集设备型号和系统版本，用于适配显示效果。

2. 位置信息

我们仅在您使用附近功能时收集大致位置。

Cookie的使用

我们使用 Cookie 记住您的登录状态。

3. 日志信息

我们会记录访问时间与错误日志，用于排查故障。

联系我们

如有疑问，请发送邮件至 privacy@example.com 与我们联系。
"""
    heads = _text_levels(tmp_path, text)
    assert (1, "Cookie的使用") in heads
    assert (1, "3. 日志信息") in heads


def test_numbered_title_on_its_own_source_line_before_br_items(tmp_path: Path) -> None:
    body = (
        "<h2>隱私權政策</h2>\n<p>\n  3.個人資料的安全\n  當網站接收到你的個人資料時，網站系統會即時保存妥當並予以保密，不會外洩。\n</p>\n"
        "<p>\n  4.個人資料的傳輸\n  您的個人資料會得到保密，但您的個人資料可能會傳輸到以下單位：\n"
        "  <br>(1)有關付款的相關銀行\n  <br>(2)商業伙伴及贊助商\n</p>\n"
    )
    heads = _parse(tmp_path, body, title="隱私權政策")[1]
    assert heads == [(1, "3.個人資料的安全"), (1, "4.個人資料的傳輸")]


def test_hard_wrapped_numbered_sentence_before_br_items_stays_text(tmp_path: Path) -> None:
    body = (
        "<h2>隱私權政策</h2>\n<p>\n  4.您的個人資料會得到保密，但您的個人資料\n  可能會傳輸到以下單位：\n"
        "  <br>(1)有關付款的相關銀行\n  <br>(2)商業伙伴及贊助商\n</p>\n"
    )
    assert _parse(tmp_path, body, title="隱私權政策")[1] == []


_FOOTER_MENU = (
    '<div class="footer"><div class="navigator-footer">'
    '<div><a href="index.php">主页</a>&nbsp&nbsp/&nbsp&nbsp</div><div><a href="games/">游戏</a>&nbsp&nbsp/&nbsp&nbsp</div>'
    '<div><a href="about.html">关于</a>&nbsp&nbsp/&nbsp&nbsp</div><div><a href="regist.php">注册</a></div></div>'
    "<div><p>抵制不良游戏，拒绝盗版游戏，注意自我保护，谨防受骗上当。</p><p>某某有限公司 ©2014</p></div></div>"
)
_SECTIONS = (
    "<p><strong>第一章 信息收集</strong></p><p>我们会收集您在注册时提供的手机号码，用于创建账号和登录。</p>"
    "<p><strong>第二章 信息使用</strong></p><p>我们仅为实现本政策所述目的使用您的信息，不会用于其他用途。</p>"
)


def test_footer_menu_with_separators_is_no_section(tmp_path: Path) -> None:
    heads = _parse(tmp_path, _SECTIONS + _FOOTER_MENU, title="隐私政策")[1]
    assert [text for _, text in heads] == ["第一章 信息收集", "第二章 信息使用"]


def test_short_link_lines_among_the_policy_stay_as_they_were(tmp_path: Path) -> None:
    links = (
        "<p><strong>第三章 第三方服务</strong></p><p>我们接入的第三方服务如下，您可以查阅其隐私政策。</p>"
        '<div><a href="https://a.example/privacy">友盟统计</a> /</div><div><a href="https://b.example/privacy">极光推送</a> /</div>'
        '<div><a href="https://c.example/privacy">微信登录</a></div>'
        "<p>上述服务商会按照其隐私政策处理您的信息，我们会要求其采取保护措施。</p>"
    )
    path = tmp_path / "page.html"
    path.write_text(
        f'<html><head><meta charset="utf-8"><title>隐私政策</title></head><body>{_SECTIONS}{links}</body></html>', encoding="utf-8"
    )
    sections = read_document(str(path)).sections
    assert [s.title for s in sections if s.title][:3] == ["第一章 信息收集", "第二章 信息使用", "第三章 第三方服务"]
    kinds = {p.text.strip(): p.kind for s in sections for p in s.paragraphs}
    assert kinds.get("友盟统计/") == "paragraph"  # not made page chrome: the links are among the policy's sentences


_APPENDIX = """隐私政策

一、信息收集

我们会收集您在注册时提供的手机号码，用于创建账号。

二、联系我们

如有疑问，请发送邮件至 privacy@example.com 与我们联系。

{line}

个人信息：指以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。

去标识化：指个人信息经过处理，使其在不借助额外信息的情况下无法识别特定自然人的过程。
"""


def test_appendix_title_with_a_colon_is_a_heading(tmp_path: Path) -> None:
    for line in ("附件：定义", "附录一：第三方SDK清单"):
        assert (1, line) in _text_levels(tmp_path, _APPENDIX.format(line=line))


def test_attachment_lines_that_are_no_titles_stay_text(tmp_path: Path) -> None:
    for line in ("附件：隐私政策.pdf", "附件：无", "附件：本政策的附件为名词解释，请查阅。"):
        assert [text for _, text in _text_levels(tmp_path, _APPENDIX.format(line=line))] == ["一、信息收集", "二、联系我们"]
