"""Heading classes left by eval/structure41c (forty-first session, u41a3): titles missed on real pages.

1. A UI kit's title component: shadcn/ui's `<CardTitle>` (an icon, then the title on the next line) was inline text, so
   eight section titles were missed, the `<h4>`s under them came out one level too high, and a `<CardDescription>` ran
   into its title (eval/structure41c deepvape-privacy-tsx).  `CardTitle` is read as the card's <h3>, `DialogTitle`,
   `SheetTitle`, `AlertDialogTitle`, `DrawerTitle` as an <h2>, their `…Description` as a <p> (`load.jsx.components._SHADCN_TITLES`);
   other components named `…Title` stay as before.
2. A numbered title closed by 「。」 between two found siblings of the same markup: 「四、信息存储和交换。」 between
   「三、信息披露」 and 「五、Cookie的使用」, all `<p class="otherText">` (eval/structure41c koudai-privacy-html)
   (`structure.headings.numbered._closed_title`, `_between_siblings`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document

REPO = Path(__file__).resolve().parent.parent
SET = REPO / "eval" / "structure41c" / "dev"

_CARDS = """import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export default function Privacy() {
  return (
    <div>
      <h1 className="text-4xl">隐私政策</h1>
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Shield className="h-6 w-6" />
            我们收集的信息
          </CardTitle>
          <CardDescription>为提供服务，我们可能收集以下个人信息：</CardDescription>
        </CardHeader>
        <CardContent>
          <h4 className="font-semibold">基本身份信息</h4>
          <p>姓名、电话号码与电子邮件地址。</p>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>联系我们</CardTitle>
        </CardHeader>
        <CardContent>
          <p>如有疑问，请通过电子邮件与我们联系。</p>
        </CardContent>
      </Card>
    </div>
  );
}
"""


def _sections(tmp_path: Path, text: str, name: str) -> list[tuple[str, int]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.title, s.depth) for s in read_document(str(path)).sections if s.title]


def _body(tmp_path: Path, name: str) -> str:
    return "\n".join(p.text for s in read_document(str(tmp_path / name)).sections for p in s.paragraphs)


def test_shadcn_card_titles_are_headings_over_their_h4s(tmp_path: Path) -> None:
    assert _sections(tmp_path, _CARDS, "privacy.tsx") == [("我们收集的信息", 3), ("基本身份信息", 4), ("联系我们", 3)]
    body = _body(tmp_path, "privacy.tsx")
    assert "为提供服务，我们可能收集以下个人信息：" in body.splitlines()  # a block of its own, not glued to the title


@pytest.mark.parametrize("title", ["DialogTitle", "SheetTitle", "AlertDialogTitle"])
def test_shadcn_dialog_titles_are_headings(tmp_path: Path, title: str) -> None:
    source = _CARDS.replace("CardTitle", title).replace("CardDescription", title.replace("Title", "Description"))
    titles = _sections(tmp_path, source, "privacy.tsx")
    assert [t for t, _ in titles] == ["我们收集的信息", "基本身份信息", "联系我们"]


@pytest.mark.parametrize("name", ["Card.Title", "SectionTitle", "CardTitles", "ModalTitle"])
def test_other_title_components_stay_text(tmp_path: Path, name: str) -> None:
    """Only the kits' whole names: react-bootstrap's `<Card.Title>` (a <div>), a page's own `SectionTitle`, are no heading."""
    source = _CARDS.replace("CardTitle", name)
    titles = [t for t, _ in _sections(tmp_path, source, "privacy.tsx")]
    assert "我们收集的信息" not in titles and "联系我们" not in titles


def test_a_page_defining_its_own_card_title_is_read_by_its_definition(tmp_path: Path) -> None:
    """A `CardTitle` the file declares itself (as a <p>, `load.jsx_local`) renders that, not the kit's <h3>."""
    source = _CARDS.replace("export default function", "const CardTitle = ({ children }) => <p>{children}</p>;\n\nexport default function")
    titles = [t for t, _ in _sections(tmp_path, source, "privacy.tsx")]
    assert "联系我们" not in titles


def test_deepvape_card_titles_regression() -> None:
    doc = read_document(str(SET / "deepvape-privacy-tsx" / "Privacy.tsx"))
    found = {(s.title, s.depth) for s in doc.sections if s.title}
    for title in (
        "公司基本資訊",
        "我們收集的資料",
        "資料使用目的",
        "資料保護措施",
        "第三方資料分享",
        "您的權利",
        "Cookie 使用政策",
        "聯絡我們",
    ):
        assert (title, 3) in found  # the card's <h3>
    assert ("基本身份資料", 4) in found and ("服務提供", 4) in found  # its <h4>s, one level below


_PARAGRAPHS = """<html><body>
<p class="t">一、适用范围</p>
<p class="t">本政策适用于本应用提供的全部服务，包括网站与客户端。</p>
<p class="t">二、信息使用</p>
<p class="t">我们使用收集的信息为您提供服务，并改进产品质量。</p>
<p class="t">三、信息存储和交换。</p>
<p class="t">您的信息保存在我们位于境内的服务器上，并按照法律要求保护。</p>
<p class="t">四、信息安全</p>
<p class="t">我们采取加密等安全措施保护您的个人信息，防止泄露。</p>
</body></html>
"""


def test_a_numbered_title_closed_by_a_full_stop_between_siblings(tmp_path: Path) -> None:
    titles = [t for t, _ in _sections(tmp_path, _PARAGRAPHS, "privacy.html")]
    assert titles == ["一、适用范围", "二、信息使用", "三、信息存储和交换。", "四、信息安全"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("四、信息安全", "五、信息安全"),  # no sibling numbered four below it
        ("三、信息存储和交换。", "三、我们会保存信息，直至您注销账号。"),  # a sentence with a clause mark
        ("三、信息存储和交换。", "三、信息存储和交换：。"),  # a lead-in
    ],
)
def test_a_numbered_sentence_stays_text(tmp_path: Path, old: str, new: str) -> None:
    titles = [t for t, _ in _sections(tmp_path, _PARAGRAPHS.replace(old, new), "privacy.html")]
    assert not any(t.startswith("三、") for t in titles)


def test_a_closed_line_of_other_markup_than_its_siblings_stays_text(tmp_path: Path) -> None:
    """The siblings are bold paragraphs; a plain paragraph numbered between them with a full stop is a sentence."""
    source = (
        _PARAGRAPHS.replace("一、适用范围", "<b>一、适用范围</b>")
        .replace("二、信息使用", "<b>二、信息使用</b>")
        .replace("四、信息安全", "<b>四、信息安全</b>")
    )
    titles = [t for t, _ in _sections(tmp_path, source, "privacy.html")]
    assert "三、信息存储和交换。" not in titles and "二、信息使用" in titles


def test_koudai_closed_title_regression() -> None:
    doc = read_document(str(SET / "koudai-privacy-html" / "privacy_cn.html"))
    titles = [(s.title, s.line) for s in doc.sections if s.title]
    assert ("四、信息存储和交换。", 142) in titles
    assert len([t for t, _ in titles if t[1:2] == "、"]) == 6


_BOLD = """**隐私政策**

本隐私政策适用于本应用。

**本应用获取哪些信息？**
**用户提供的信息**

本应用在您注册时获取您提供的信息，用于向您提供服务与必要的通知。

**自动收集的信息**

本应用可能自动收集设备类型、操作系统等信息，用于改进服务质量。

**联系我们**

如有疑问，请通过电子邮件与我们联系。
"""


def test_two_bold_title_lines_joined_by_a_soft_break_are_two_headings(tmp_path: Path) -> None:
    """Class 3: Markdown joins 「**A？**」 and 「**B**」 on consecutive lines into one paragraph; in a document whose
    titles are whole-bold lines each is a heading of its own."""
    titles = [t for t, _ in _sections(tmp_path, _BOLD, "privacy.md")]
    assert "本应用获取哪些信息？" in titles and "用户提供的信息" in titles and "自动收集的信息" in titles


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # no other whole-bold line stands alone: the pair is not the document's way of writing titles
        ("**自动收集的信息**", "自动收集的信息如下。"),
        # a bold sentence as the second line: no title
        ("**用户提供的信息**", "**您提供的信息将被用于向您发送通知，并改进本应用，也用于客服。**"),
        # bold text run on after the bold part: not a whole-bold line
        ("**用户提供的信息**", "**用户提供的信息**包括姓名"),
    ],
)
def test_other_soft_broken_bold_lines_stay_as_they_were(tmp_path: Path, old: str, new: str) -> None:
    source = _BOLD.replace(old, new)
    if old == "**自动收集的信息**":
        source = source.replace("**联系我们**", "联系我们如下。").replace("**隐私政策**", "隐私政策如下。")
    titles = [t for t, _ in _sections(tmp_path, source, "privacy.md")]
    assert "用户提供的信息" not in titles and new.strip("*") not in titles


def test_liangy_bold_pair_regression() -> None:
    doc = read_document(str(REPO / "eval" / "structure41c" / "holdout" / "liangy-privacy-md" / "privacy-zh.md"))
    titles = [(s.title, s.line) for s in doc.sections if s.title]
    assert ("本应用获取哪些信息以及如何使用这些信息？", 12) in titles and ("用户提供的信息", 13) in titles


def test_a_bold_bilingual_date_pair_stays_one_paragraph(tmp_path: Path) -> None:
    """Two whole-bold label lines (「**Last Updated: …**」 / 「**最後更新：…**」, eval/dev connecthelp-hk) are no titles."""
    source = _BOLD.replace("**本应用获取哪些信息？**\n**用户提供的信息**", "**Last Updated: May 1, 2024**\n**最後更新：2024年5月1日**")
    path = tmp_path / "privacy.md"
    path.write_text(source, encoding="utf-8")
    texts = [p.text for s in read_document(str(path)).sections for p in s.paragraphs]
    assert "**Last Updated: May 1, 2024** **最後更新：2024年5月1日**" in texts
