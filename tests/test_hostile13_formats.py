"""Hostile input, round 13b: the readers of each format, and text that was dropped without a word.

- A DOCX whose package names its main part `word/document2.xml` (`_rels/.rels`) was refused
  ("no word/document.xml"); the styles, numbering and notes parts are also found by relationship,
  and a relationship to a missing part or a damaged `.rels` falls back to the usual names.
- Hidden DOCX text (`w:vanish`, on the run or its character or paragraph style) is not shown by
  Word: it was read as text (a hidden drafting note drew findings nobody can see).  It is left out
  now, with a warning naming its paragraphs; `w:vanish w:val="0"` and a hidden paragraph *mark* are not.
- DOCX comments, headers and footers were not read and not named: a warning now says what is
  in them (a page number alone is not text of the policy, and is not named).
- A text box inside a tracked deletion (`w:del`, `w:moveFrom`) was read: its runs were skipped,
  not the paragraphs of the box.
- `<iframe srcdoc="…">` shows a page of its own in place: its text was dropped with no warning.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from helpers import cli, parse_path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _para(text: str, rpr: str = "", ppr: str = "") -> str:
    return f"<w:p>{ppr}<w:r>{rpr}<w:t>{text}</w:t></w:r></w:p>"


def _document(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{_para("隱私權政策")}{body}</w:body></w:document>'


def _rels(*targets: tuple[str, str]) -> str:
    rows = "".join(f'<Relationship Id="rId{i}" Type="{OFFICE}/{kind}" Target="{target}"/>' for i, (kind, target) in enumerate(targets))
    return f'<?xml version="1.0"?><Relationships xmlns="{RELS}">{rows}</Relationships>'


def _docx(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _texts(path: Path) -> list[str]:
    return [p.text for s in parse_path(path).sections for p in s.paragraphs]


def _warnings(path: Path) -> list[str]:
    return list(parse_path(path).warnings)


# -- the main part and its parts, by relationship ------------------------------------------


def test_the_main_part_is_the_one_the_package_names(tmp_path: Path) -> None:
    styles = f'<w:styles xmlns:w="{W}"><w:style w:styleId="H"><w:name w:val="heading 1"/></w:style></w:styles>'
    path = _docx(
        tmp_path / "p.docx",
        {
            "_rels/.rels": _rels(("officeDocument", "word/document2.xml")),
            "word/_rels/document2.xml.rels": _rels(("styles", "styles2.xml")),
            "word/document2.xml": _document(_para("一、收集", ppr='<w:pPr><w:pStyle w:val="H"/></w:pPr>') + _para("我們會收集您的姓名。")),
            "word/styles2.xml": styles,
        },
    )
    doc = parse_path(path)
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections if s.title] == [("一、收集", ["我們會收集您的姓名。"])]
    done = cli("parse", "--format", "json", str(path))
    assert done.returncode == 0, done.stderr


def test_a_relationship_to_a_missing_part_or_damaged_rels_falls_back(tmp_path: Path) -> None:
    body = _document(_para("我們會收集您的姓名。"))
    missing = _docx(tmp_path / "a.docx", {"_rels/.rels": _rels(("officeDocument", "word/gone.xml")), "word/document.xml": body})
    damaged = _docx(tmp_path / "b.docx", {"_rels/.rels": "<Relationships", "word/document.xml": body})
    assert _texts(missing) == _texts(damaged) == ["我們會收集您的姓名。"]


def test_no_main_part_at_all_is_one_line(tmp_path: Path) -> None:
    path = _docx(tmp_path / "p.docx", {"_rels/.rels": _rels(("officeDocument", "word/gone.xml")), "word/other.xml": "<x/>"})
    done = cli("parse", str(path))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "malformed DOCX: no word/document.xml" in done.stderr


def _text_box(text: str, change: str) -> str:
    box = f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{_para(text)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    return f'<w:p><w:r><w:t>我們會收集您的姓名。</w:t></w:r><w:{change} w:id="1" w:author="a">{box}</w:{change}></w:p>'


def test_a_deleted_text_box_is_not_read_an_inserted_one_is(tmp_path: Path) -> None:
    vml = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    for change, expected in (("del", []), ("moveFrom", []), ("ins", ["文字方塊內的句子。"])):
        document = _document(_text_box("文字方塊內的句子。", change)).replace("<w:document ", f"<w:document {vml} ")
        path = _docx(tmp_path / f"{change}.docx", {"word/document.xml": document})
        assert _texts(path) == ["我們會收集您的姓名。", *expected], change


# -- hidden text ----------------------------------------------------------------------------

_STYLES = (
    f'<w:styles xmlns:w="{W}"><w:style w:type="character" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>'
)


def test_hidden_text_is_not_read_and_is_named(tmp_path: Path) -> None:
    body = (
        _para("我們會收集您的姓名。")
        + _para("【請填寫公司名稱】", "<w:rPr><w:vanish/></w:rPr>")
        + _para("【隱藏字元樣式】", '<w:rPr><w:rStyle w:val="Secret"/></w:rPr>')
        + _para("【隱藏段落樣式】", ppr='<w:pPr><w:pStyle w:val="Note"/></w:pPr>')
        + '<w:p><w:r><w:t>我們會保存您的資料</w:t></w:r><w:r><w:rPr><w:vanish w:val="true"/></w:rPr><w:t>（草稿：期限待定）</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>'
    )
    path = _docx(tmp_path / "p.docx", {"word/document.xml": _document(body), "word/styles.xml": _STYLES})
    assert _texts(path) == ["我們會收集您的姓名。", "我們會保存您的資料。"]
    assert _warnings(path) == ["hidden text (w:vanish, not shown by Word) is not read: paragraphs 3, 4, 5, 6"]
    done = cli("check", "--no-config", "--format", "json", str(path))
    assert not [f for r in json.loads(done.stdout)["files"] for f in r["findings"] if "【" in f["excerpt"]]


def test_text_that_is_shown_is_read_without_a_warning(tmp_path: Path) -> None:
    body = (
        _para("我們會收集您的姓名。", '<w:rPr><w:vanish w:val="0"/></w:rPr>')  # switched off
        + _para("我們會保存您的資料。", ppr="<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>")  # only the paragraph mark is hidden
        + _para("樣式隱藏，本段取消。", '<w:rPr><w:vanish w:val="false"/></w:rPr>', ppr='<w:pPr><w:pStyle w:val="Note"/></w:pPr>')
    )
    path = _docx(tmp_path / "p.docx", {"word/document.xml": _document(body), "word/styles.xml": _STYLES})
    assert _texts(path) == ["我們會收集您的姓名。", "我們會保存您的資料。", "樣式隱藏，本段取消。"]
    assert _warnings(path) == []


# -- comments, headers, footers --------------------------------------------------------------


def test_comments_headers_and_footers_are_named(tmp_path: Path) -> None:
    comments = f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="a"><w:p><w:r><w:t>請填入公司名稱</w:t></w:r></w:p></w:comment></w:comments>'
    header = f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>某某科技有限公司</w:t></w:r></w:p><w:p><w:r><w:t>機密文件</w:t></w:r></w:p></w:hdr>'
    path = _docx(
        tmp_path / "p.docx",
        {
            "word/document.xml": _document(_para("我們會收集您的姓名。")),
            "word/comments.xml": comments,
            "word/header1.xml": header,
            "word/header2.xml": header,  # the first page's header, the same text: named once
            "word/footer1.xml": header.replace("w:hdr", "w:ftr").replace("某某科技有限公司", "第 1 頁"),
        },
    )
    assert _texts(path) == ["我們會收集您的姓名。"]
    assert _warnings(path) == [
        "word/comments.xml: 1 comment is not read (policylens reads the body text only)",
        "word/header1.xml, word/header2.xml: the header text is not read (policylens reads the body text only): 「某某科技有限公司 機密文件」",
        "word/footer1.xml: the footer text is not read (policylens reads the body text only): 「第 1 頁 機密文件」",
    ]


def test_page_numbers_and_empty_parts_are_not_named(tmp_path: Path) -> None:
    footer = f'<w:ftr xmlns:w="{W}"><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>1</w:t></w:r></w:p></w:ftr>'
    path = _docx(
        tmp_path / "p.docx",
        {
            "word/document.xml": _document(_para("我們會收集您的姓名。")),
            "word/comments.xml": f'<w:comments xmlns:w="{W}"/>',
            "word/header1.xml": f'<w:hdr xmlns:w="{W}"><w:p/></w:hdr>',
            "word/footer1.xml": footer,
            "word/footer2.xml": "not xml",
        },
    )
    assert _warnings(path) == []


# -- HTML ------------------------------------------------------------------------------------


def test_an_iframe_srcdoc_document_is_named(tmp_path: Path) -> None:
    page = '<h1>隱私權政策</h1>\n<p>我們會收集您的姓名。</p>\n<iframe srcdoc="&lt;p&gt;第三方 SDK 清單&lt;/p&gt;"></iframe>'
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    assert _warnings(tmp_path / "a.html") == ["line 3: the document inside <iframe srcdoc> is not read"]
    for quiet in ('<iframe src="sdk.html"></iframe>', '<iframe srcdoc="&lt;br&gt; "></iframe>'):
        (tmp_path / "b.html").write_text(page.replace(page[page.index("<iframe") :], quiet), encoding="utf-8")
        assert _warnings(tmp_path / "b.html") == []


# -- encodings -------------------------------------------------------------------------------


def test_a_western_file_named_a_baltic_code_page_gets_the_cp1252_hint(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_bytes("Privacy Policy\n\nWe collect your name. Café, naïve, résumé — déjà vu.\n".encode("cp1252"))
    done = cli("parse", str(path))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "try --encoding cp1252" in done.stderr
    assert cli("parse", "--encoding", "cp1252", str(path)).returncode == 0


def test_a_cyrillic_file_gets_no_cp1252_hint(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(("Политика конфиденциальности\n\nМы собираем ваше имя и адрес электронной почты. " * 3).encode("cp1251"))
    done = cli("parse", str(path))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "cp1252" not in done.stderr
