"""Issue #14, session 48, second wave (u48w4): the line a tw-pdpa rights verdict cites (docs/profiles.md, "u48w4").

A clause marked `cite_first` cites its first pattern's match (the item's own words) last before a match of its second
pattern, not the earliest match of any pattern: a Taiwan notice written as one block (「為遵守個人資料保護法規定，並保障當事人之
權利，依法告知下列事項：」 … 「方式：…電話、電子郵件…」 … 「依據個人資料保護法第3條規定，台端…得行使下列權利：」 「得向本局查詢…」)
was cited at its opening sentence or at the contact words of the use clause.  Only the line moves: the verdict is the same
with the flag as without it (the key is checked, and the same text is judged with the flag taken off).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string
from policylens.errors import UserError
from policylens.profiles import load_profile
from policylens.profiles.coverage import coverage
from profile_helpers import file_verdict, one_item, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
ITEM = "tw-pdpa/rights"

# one paragraph (Markdown joins the lines): the notice's opening names the law and 當事人之權利, the use clause names 電話
NOTICE = (
    "本局為遵守個人資料保護法規定，並保障當事人之權利，依法告知下列事項：\n"
    "蒐集之目的：辦理接送服務。\n"
    "方式：以書面、電話、電子郵件等方式利用。\n"
    "聯絡電話：05-5522000。\n"
    "依據個人資料保護法第3條規定，台端就本局保有台端之個人資料得行使下列權利：\n"
    "得向本局查詢、請求閱覽或請求製給複製本。\n"
    "得向本局請求補充或更正。\n"
)


def _cited(text: str) -> tuple[str, str]:
    found = profile_verdict(text, ITEM)
    lines = ("# Privacy Policy\n\n" + text).splitlines()
    return str(found.status), lines[found.evidence.line - 1] if found.evidence else ""


def test_a_notice_block_cites_the_article_3_statement_not_its_opening() -> None:
    status, line = _cited(NOTICE)
    assert status == "covered"
    assert line.startswith("依據個人資料保護法第3條規定")
    # without the flag the opening is cited (the class): the earliest match of any part
    profile = one_item(ITEM)
    (rights,) = profile.items
    plain = profile._replace(items=(rights._replace(cover=tuple(c._replace(cite_first=False) for c in rights.cover)),))
    (unflagged,) = coverage(parse_string("# Privacy Policy\n\n" + NOTICE), [plain])[0].items
    assert unflagged.status == "covered" and unflagged.evidence.line == 3


def test_a_statement_that_comes_first_is_still_cited_at_its_own_line() -> None:
    text = (
        "依據個人資料保護法第3條規定，台端得行使下列權利：\n"
        "得向本公司查詢、請求閱覽或請求更正。\n"
        "聯絡方式：電話 02-1234-5678，電子郵件 service@example.com.tw。\n"
    )
    status, line = _cited(text)
    assert status == "covered" and line.startswith("依據個人資料保護法第3條規定")


@pytest.mark.parametrize(
    "text",
    [
        NOTICE,
        "本公司為遵守個人資料保護法規定，告知下列事項：\n方式：電話。\n如需查詢，請洽本公司。\n",
        "您可以隨時要求查詢、更正或刪除您的個人資料，請來信 service@example.com.tw。\n",
    ],
)
def test_the_flag_moves_no_verdict(text: str) -> None:
    profile = one_item(ITEM)
    (rights,) = profile.items
    assert any(c.cite_first for c in rights.cover)
    plain = profile._replace(items=(rights._replace(cover=tuple(c._replace(cite_first=False) for c in rights.cover)),))
    document = parse_string("# Privacy Policy\n\n" + text)
    (flagged,) = coverage(document, [profile])[0].items
    (unflagged,) = coverage(document, [plain])[0].items
    assert flagged.status == unflagged.status


def test_a_lead_that_points_back_to_the_list_leaves_the_list_cited() -> None:
    text = (
        "## 您的權利\n\n根據適用的資料保護法律，您可能擁有以下權利：\n\n"
        "- **存取權** - 要求取得我們持有的您的個人資料副本\n"
        "- **更正權** - 要求更正不正確的個人資料\n"
        "- **刪除權** - 要求刪除您的個人資料\n\n"
        "如需行使上述權利，請透過 [hello@lumenapp.tw](mailto:hello@lumenapp.tw) 與我聯繫。\n"
    )
    status, line = _cited(text)
    assert status == "covered" and line.startswith("- **存取權**")


def test_the_key_is_checked(tmp_path: Path) -> None:
    bare = 'schema = "policylens.profile/1"\nid = "mine"\ntitle = "t"\nlaw = "l"\n[[item]]\nid = "a"\nname = "n"\nreference = "r"\nhint = "h"\nrule = "r"\n'
    path = tmp_path / "mine.toml"
    path.write_text(bare + '[[item.cover]]\ncite_first = "yes"\nall = ["x"]\n', encoding="utf-8")
    with pytest.raises(UserError, match="must be true or false"):
        load_profile(path)
    path.write_text(bare + '[[item.cover]]\ncite_first = true\nall = ["x", "y"]\n', encoding="utf-8")
    assert load_profile(path).items[0].cover[0].cite_first


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("eval/profiles40/docs/yunlin-tw/apply.jsx", 106),  # was 92, the notice's opening (當事人之權利)
        ("eval/profiles45/docs/udnlucky-tw/Notice.vue", 103),  # was 99, 電話 in the data list
        ("eval/profiles/docs/erikyin-tw/privacy.md", 86),  # unchanged: 「如需行使上述權利」 (91) points back to the list
        ("eval/profiles37d/docs/gougou-tw/vollogin.php", 325),  # left: a sentence clause (檢索查詢 in the use clause), not flagged
    ],
)
def test_real_notices_cite_the_rights_line(path: str, line: int) -> None:
    assert file_verdict(ROOT / path, ITEM) == ("covered", line)
