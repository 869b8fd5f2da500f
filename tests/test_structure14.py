"""Two heading classes of real documents: lettered sub-titles closed by a colon, and marked-up sub-titles between numbers.

1. A plain-text policy (also text taken out of an app) numbers its sections 「1. 資料蒐集」 and writes its
   sub-titles 「A. 身份驗證與合法資格審核資料：」, 「C. 自動收集的資訊（使用服務期間）：」 on a line of their own,
   the text below as paragraphs or 「• 」 bullets.  Only the short ones were found (a colon is cut off a title
   of nine characters or fewer); a long label or a full-width qualifier left the line in the text.  Now a
   capital-lettered line closed by a colon, under a section numbered in another style, whose words read as a
   title, is a sub-title when its sibling letters are (`headings._colon_siblings`).  A lettered line that is
   a sentence, has a clause before its colon, stands over another lettered line (the options of a question)
   or has no numbered section above it stays text.
2. A uni-app page (2455332508/ScuerAssemble) shows 「一、…」 as styled lines and the text under them as HTML
   strings with `<h3>收集原则</h3>` inside: the <h3>s came out level 1, peers of 「一、」.  An unnumbered
   marked-up title between two numbers of one sequence, the first with text of its own, is now a sub-title
   of the first (`levels.sub_titles._marked_up_titles_between_numbers`); titles before the first number or after the
   last, and card labels over their titles, keep their level.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document

DATA = Path(__file__).parent / "data" / "vue13"


def _levels(tmp_path: Path, name: str, text: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


_LETTERED = """司機隱私權政策

1. 我們收集的資訊

為提供接單及帳務服務，我們需要您提供以下資訊。

A. 身份驗證與合法資格審核資料：
• 姓名、身分證字號及影像：用於核實您的真實身份。
• 職業駕照影像：用於確認您具備合法的駕駛資格。

B. 帳務與聯絡資料：
• 銀行收款帳戶：僅用於向您轉帳支付服務款項。

C. 自動收集的資訊（使用服務期間）：
• 精確地理位置：用於派發訂單及確保行程安全。

2. 資訊的使用目的

A. 合法司機資格核對（主要目的）：
將您提供的文件用於內部審核，以驗證您作為司機的合法性。

B. 轉帳給司機（主要目的）：
使用您提供的收款帳戶資訊，定期將車資轉帳給您。

3. 您的權利

A. 存取與修改：
您可以隨時登入 App 查看並修改您的個人檔案。

B. 刪除帳號（結束合作）：
當您決定不再與本平台合作時，您可以請求刪除您的帳號。
"""

_EXPECTED = [
    (1, "1. 我們收集的資訊"),
    (2, "A. 身份驗證與合法資格審核資料："),
    (2, "B. 帳務與聯絡資料："),
    (2, "C. 自動收集的資訊（使用服務期間）："),
    (1, "2. 資訊的使用目的"),
    (2, "A. 合法司機資格核對（主要目的）："),
    (2, "B. 轉帳給司機（主要目的）："),
    (1, "3. 您的權利"),
    (2, "A. 存取與修改："),
    (2, "B. 刪除帳號（結束合作）："),
]


def _html(text: str) -> str:
    """The same policy as an HTML page: the title in <h1>, every line a <p> (a bullet an <li>)."""
    lines = [line for line in text.splitlines() if line.strip()]
    body = "".join(f"<li>{line[2:]}</li>\n" if line.startswith("• ") else f"<p>{line}</p>\n" for line in lines[1:])
    return f"<html><body>\n<h1>{lines[0]}</h1>\n{body}</body></html>\n"


@pytest.mark.parametrize(("name", "text"), [("p.txt", _LETTERED), ("p.md", _LETTERED), ("p.html", _html(_LETTERED))])
def test_lettered_sub_titles_closed_by_a_colon_are_level_two_with_or_without_a_qualifier(tmp_path: Path, name: str, text: str) -> None:
    assert _levels(tmp_path, name, text) == _EXPECTED


def _bold(text: str) -> str:
    """The lettered lines written bold as a whole, a blank line after each (Markdown)."""
    return "\n".join(f"**{line}**\n" if line[:2] in ("A.", "B.", "C.") else line for line in text.splitlines()) + "\n"


def test_bold_lettered_sub_titles_in_markdown_are_level_two(tmp_path: Path) -> None:
    assert _levels(tmp_path, "p.md", _bold(_LETTERED)) == _EXPECTED


def test_lettered_sub_titles_that_are_all_long_are_siblings_of_each_other(tmp_path: Path) -> None:
    lines = "A. 身份驗證與合法資格審核資料（註冊期間）：\n我們會核對您的駕照。\n\nB. 自動收集的資訊（使用服務期間）：\n我們會收集您的位置。"
    assert _levels(tmp_path, "p.txt", _one_section(lines)) == [
        (1, "1. 我們收集的資訊"),
        (2, "A. 身份驗證與合法資格審核資料（註冊期間）："),
        (2, "B. 自動收集的資訊（使用服務期間）："),
        (1, "2. 聯絡我們"),
    ]


def _one_section(lines: str) -> str:
    return f"隱私權政策\n\n1. 我們收集的資訊\n\n{lines}\n\n2. 聯絡我們\n\n如有疑問，請來信客服信箱。\n"


@pytest.mark.parametrize(
    "lines",
    [
        # lettered sentences announcing their lists (a subject and its verb before the colon)
        "A. 我們會在您同意後收集您的手機號碼：\n• 手機號碼\n• 驗證碼\n\nB. 我們會在您開啟定位後收集您的位置資訊：\n• 精確位置",
        # a clause before the colon
        "A. 若您拒絕提供身分資料，將無法接單：\n這是審核的必要條件。\n\nB. 若您關閉定位功能，系統會停止派單：\n您可隨時重新開啟。",
        # the options of a question: each lettered line stands over the next one
        "您是否同意我們收集位置資訊？\nA. 同意並開啟定位功能（建議）：\nB. 不同意並關閉定位功能（可能影響派單）：\nC. 稍後再由我自行設定（每次詢問）：",
        # the answers of a FAQ: a lettered sentence over the steps it announces
        "問：螢幕沒有顯示退貨標籤怎麼辦？\nA. 如果螢幕沒有顯示退貨標籤，請依序操作：\n• 取下舊的標籤\n\n問：可以更換寄件地點嗎？\nB. 可以在訂單頁面重新選擇寄件地點：\n• 開啟訂單",
        # a lone lettered line: no sibling letter says it is one of a run of sub-titles
        "A. 自動收集的資訊（使用服務期間）：\n我們會收集您的裝置型號與作業系統版本。",
    ],
)
def test_lettered_sentences_clauses_and_answer_choices_stay_text(tmp_path: Path, lines: str) -> None:
    titles = [title for _, title in _levels(tmp_path, "p.txt", _one_section(lines))]
    assert titles[0] == "1. 我們收集的資訊" and titles[-1] == "2. 聯絡我們"
    assert not [title for title in titles if title[:2] in ("A.", "B.", "C.")]


def test_lettered_colon_lines_without_a_numbered_section_above_stay_text(tmp_path: Path) -> None:
    text = "隱私權政策\n\nA. 自動收集的資訊（使用服務期間）：\n我們會收集您的裝置型號與作業系統版本。\n\nB. 您主動提供的資訊（註冊期間）：\n我們會收集您的姓名與電子信箱。\n"
    assert _levels(tmp_path, "p.txt", text) == []


def test_real_uniapp_sub_titles_between_numbers_are_level_two() -> None:
    # 2455332508/ScuerAssemble: 「一、…」 as styled lines, 「<h3>收集原则</h3>」 inside the section's HTML string
    doc = read_document(str(DATA / "scuer-assemble.zh-Hans.vue"))
    levels = {s.title: s.level for s in doc.sections if s.title}
    assert levels["一、我们如何收集您的个人信息"] == 1
    assert [levels["收集原则"], levels["账号相关"], levels["功能使用"]] == [2, 2, 2]
    assert levels["二、我们如何委托处理、共享、转让、公开披露您的个人信息"] == 1
    assert levels["十一、概念及定义"] == 1


_PAGE = """<html><body>
<h1>APP隐私保护指引</h1>
{before}
<div class="section-title">一、我们如何收集您的个人信息</div>
<p>我们会遵循正当、合法、必要的原则收集您的个人信息。</p>
{inside}
<div class="section-title">二、我们如何共享您的个人信息</div>
<p>我们不会与第三方共享您的个人信息。</p>
{after}
</body></html>
"""


def test_html_sub_title_between_styled_numbered_lines_is_level_two(tmp_path: Path) -> None:
    inside = "<h3>账号相关</h3>\n<p>我们收集您的手机号码，用于登录。</p>"
    assert _levels(tmp_path, "p.html", _PAGE.format(before="", inside=inside, after="")) == [
        (1, "一、我们如何收集您的个人信息"),
        (2, "账号相关"),
        (1, "二、我们如何共享您的个人信息"),
    ]


def test_unnumbered_titles_before_the_first_number_and_after_the_last_stay_top_level(tmp_path: Path) -> None:
    after = "<h3>联系我们</h3>\n<p>如有疑问，请发送邮件与我们联系。</p>"
    assert _levels(tmp_path, "p.html", _PAGE.format(before="", inside="", after=after)) == [
        (1, "一、我们如何收集您的个人信息"),
        (1, "二、我们如何共享您的个人信息"),
        (1, "联系我们"),
    ]
    before = "<h3>引言</h3>\n<p>本指引说明我们如何处理您的个人信息。</p>"
    levels = dict((title, level) for level, title in _levels(tmp_path, "p.html", _PAGE.format(before=before, inside="", after=after)))
    assert levels["引言"] == levels["联系我们"] == 1


def test_a_numbered_card_label_right_above_its_title_keeps_the_title_top_level(tmp_path: Path) -> None:
    cards = "".join(
        f'<article><div class="card-index">0{n}. {label}</div><h2>{title}</h2><p>{text}</p></article>\n'
        for n, label, title, text in [
            (1, "适用范围", "企业信息保护", "本政策适用于我们提供的全部服务。"),
            (2, "信息收集", "收集的信息类型", "我们仅收集企业联络人的姓名与邮箱。"),
            (3, "权益", "客户权益与合规咨询", "您可以随时要求查阅或删除您的信息。"),
        ]
    )
    levels = _levels(tmp_path, "p.html", f"<html><body><h1>隐私政策</h1>\n{cards}</body></html>\n")
    assert [level for level, title in levels if not title[:1].isdigit()] == [1, 1, 1]
