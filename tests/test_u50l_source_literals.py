"""Helper u50l (fiftieth session): a Python source's and an Objective-C source's string literals are the text, their
code is not; a custom JSX component's `brief=` prop and the `title=` over it are read.  Found by the measure helpers
m50w (eval/profiles50 tailing-tw), m50p (eval/precision50 skyhawks-tw-objc, eval/blind/round50d aigen-zh-tsx): these
fixes are not blind."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli, parse_file, shown_lines
from policylens.load.py_literals import python_literal_text


def _texts(tmp_path: Path, name: str, text: str) -> list[str]:
    return [text for _, text in shown_lines(parse_file(tmp_path, name, text))]


def _errors(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = cli("check", str(path), "--format", "json", "--no-config", "--fail-on", "never").stdout
    return [
        f"{f['line']} {f['rule']} {f['message']}" for file in json.loads(out)["files"] for f in file["findings"] if f["severity"] == "error"
    ]


# -- Python ------------------------------------------------------------------------------------------------------------
# the shape of eval/profiles50 tailing-tw privacy_consent_pdf.py L64-L93 (a reportlab consent form)
_PDF = """from reportlab.pdfgen import canvas

# 載入模組時會一併註冊字型。
from .fonts import FONT_BOLD


def build(order):
    c = canvas.Canvas(output)
    c.setTitle(f"{order.number} 個人資料使用同意書")
    c.setAuthor("馭盛國際有限公司")
    y = _draw_paragraph(c, "個人資料使用同意書", title_style, y, 8 * mm)
    y = _draw_paragraph(
        c,
        f"親愛的車主 {escape(order.owner_name)} 您好：",
        greeting_style,
        y,
        7 * mm,
    )
    y = _draw_paragraph(
        c,
        "因應個人資料保護法之實施，為維護您的權益，本公司"
        "提供貴車主服務之必需，車主瞭解並同意如下：",
        body_style,
    )
    print("產生同意書完成")
    if not order:
        raise ValueError("訂單不存在")
"""


def test_python_code_between_literals_is_no_text(tmp_path: Path) -> None:
    texts = _texts(tmp_path, "consent.py", _PDF)
    joined = "\n".join(texts)
    for code in ("owner_name", "greeting_style", "_draw_paragraph", "mm", "canvas", "import"):
        assert code not in joined, (code, texts)
    assert "親愛的車主" in joined and "您好：" in joined
    # implicit concatenation over lines is one paragraph, as the code joins it
    assert any("本公司提供貴車主服務之必需" in t for t in texts), texts
    # a comment, a PDF's metadata, a print and an exception are no text of the page
    for unseen in ("註冊字型", "馭盛國際有限公司", "產生同意書完成", "訂單不存在"):
        assert unseen not in joined, (unseen, texts)


def test_python_lines_and_columns_hold() -> None:
    page = python_literal_text(_PDF)
    assert page is not None and len(page) == len(_PDF) and page.count("\n") == _PDF.count("\n")
    line = _PDF.splitlines()[13]
    assert page.splitlines()[13].index("親愛的車主") == line.index("親愛的車主")


def test_python_escapes_fields_and_docstrings() -> None:
    code = (
        '"""模組說明：產生同意書。"""\n'
        'TEXT = "第一條\\n本公司" + "蒐集資料"\n'
        'LINE = f"{{本公司}} {name} 之聯絡方式"\n'
        'RAW = r"路徑\\n不轉義"\n'
    )
    page = python_literal_text(code)
    assert page is not None
    assert "模組說明" not in page  # a bare string (a docstring)
    assert "第一條  本公司" in page and "蒐集資料" in page
    assert "{{本公司}}" in page and "name" not in page
    assert "路徑\\n不轉義" in page


def test_python_english_edition_is_kept() -> None:
    english = "## Privacy Summary\n\n" + "This application collects your IP address for usage statistics.\n" * 8
    code = f'ZH = """\n## 隱私摘要\n\n本程式蒐集您的 IP 位址。\n"""\nEN = """\n{english}"""\nSQL = "SELECT name FROM users"\n'
    page = python_literal_text(code)
    assert page is not None and "Privacy Summary" in page and "SELECT" not in page


def test_python_without_chinese_literals_or_unreadable_is_left() -> None:
    assert python_literal_text('X = "english"\n# 中文註解\n') is None
    assert python_literal_text('"""從未關閉\n') is None
    assert python_literal_text('"""只有說明文字。"""\n') is None  # only a docstring: read as before
    assert python_literal_text("_('隱私權政策')\n我們非常重視您的隱私。\n") is None  # prose outside literals: no program


def test_python_markdown_literal_is_still_markdown(tmp_path: Path) -> None:
    code = 'POLICY = """\n# 隐私政策\n\n## 一、我们收集的信息\n\n我们收集您的手机号码。\n"""\n'
    doc = parse_file(tmp_path, "policy.py", code)
    assert [s.title for s in doc.sections if s.title] == ["一、我们收集的信息"] and doc.metadata.title == "隐私政策"


def test_tailing_name_is_no_category_without_the_sentence(tmp_path: Path) -> None:
    # m50w's probe: with the categories sentence removed, code's `order.owner_name` made `categories` covered
    for code, status in ((_PDF, "missing"), (_PDF.replace("車主瞭解並同意如下：", "蒐集之個人資料類別包括姓名、電話。"), "covered")):
        path = tmp_path / "consent.py"
        path.write_text(code, encoding="utf-8")
        out = cli("check", str(path), "--profile", "tw-pdpa", "--explain-coverage", "--format", "json", "--no-config")
        items = json.loads(out.stdout)["files"][0]["coverage"][0]["items"]
        found = next(item for item in items if item["item"] == "tw-pdpa/categories")
        assert found["status"] == status, found
        assert "owner_name" not in json.dumps(found, ensure_ascii=False)


# -- Objective-C -------------------------------------------------------------------------------------------------------
# the shape of eval/precision50 skyhawks-tw-objc EGTermsViewController.m
_OBJC = r"""#import "EGTermsViewController.h"

@implementation EGTermsViewController

- (void)viewDidLoad {
    [super viewDidLoad];
//    self.navigationItem.title = @"使用者條款";
    NSString *htmlString;
    if ([self.navigationItem.title isEqualToString:@"隱私條款"]) {
        htmlString = @"<!DOCTYPE html>\
        <html lang='zh-TW'>\
        <body>\
            <h2>一、個人資料之蒐集</h2>\
            <p>本公司蒐集您的姓名、電話與電子郵件。</p>\
            <h2>二、個人資料之利用</h2>\
            <p>僅用於會員服務與活動通知。</p>\
        </body>\
        </html>";
        [webView loadHTMLString:htmlString baseURL:nil];
    }
}

- (void)userContentController:(WKUserContentController *)controller didReceiveScriptMessage:(WKScriptMessage *)message {
    NSLog(@"收到来自HTML的消息: %@", message.body);
    UIAlertController *alert = [UIAlertController alertControllerWithTitle:@"提示" message:@"HTML按钮被点击" preferredStyle:UIAlertControllerStyleAlert];
    [alert addAction:[UIAlertAction actionWithTitle:@"确定" style:UIAlertActionStyleDefault handler:nil]];
}
@end
"""


def test_objc_html_literal_is_the_page(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Terms.m", _OBJC)
    headings = [(s.title, s.line) for s in doc.sections if s.title]
    assert headings == [("一、個人資料之蒐集", 13), ("二、個人資料之利用", 15)], headings
    joined = "\n".join(text for _, text in shown_lines(doc))
    for code in ("baseURL", "nil", "NSString", "viewDidLoad", "收到来自", "按钮被点击", "确定", "提示", "\\"):
        assert code not in joined, (code, joined)


def test_objc_code_gives_no_false_error(tmp_path: Path) -> None:
    assert _errors(tmp_path, "Terms.m", _OBJC) == []


def test_objc_plain_literals_are_text(tmp_path: Path) -> None:
    code = (
        '- (NSString *)policy {\n    return @"一、資料蒐集\\n"\n'
        '           @"本公司蒐集您的電子郵件地址，用於帳號登入。";\n}\n'
        '- (void)fail { [self.view makeToast:@"網路錯誤，請稍後再試"]; }\n'
    )
    texts = _texts(tmp_path, "Policy.mm", code)
    joined = "\n".join(texts)
    assert "本公司蒐集您的電子郵件地址" in joined and "網路錯誤" not in joined and "NSString" not in joined, texts


# -- a custom JSX component's text props -------------------------------------------------------------------------------
# the shape of eval/blind/round50d aigen-zh-tsx L259-L268, L460-L467 (Taroify's `<Cell title='…' brief='…' />`)
_TARO = """import { Cell, Collapse } from "@taroify/core"

export default function Agreement() {
  return (
    <View>
      <Collapse>
        <Collapse.Item value='7' title='七、其他' brief='争议解决及其他条款'>
          <Cell.Group inset bordered>
            <Cell
              title='争议解决'
              brief='发生争议应友好协商；协商不成，提交至[公司所在地]人民法院管辖'
            />
            <Cell title='联系邮箱' brief='[填写公司注册地址]' />
            <Cell title='只有标题' />
            <Cell className='cell-x' brief='common.cell.brief' icon='arrow' />
          </Cell.Group>
        </Collapse.Item>
      </Collapse>
    </View>
  )
}
"""


def test_cell_brief_and_title_are_read(tmp_path: Path) -> None:
    texts = _texts(tmp_path, "index.tsx", _TARO)
    for text in ("七、其他", "争议解决", "发生争议应友好协商；协商不成，提交至[公司所在地]人民法院管辖", "联系邮箱", "[填写公司注册地址]"):
        assert text in texts, (text, texts)
    # a title with no text prop beside it, a key, a class name, an icon: not read
    assert "只有标题" not in texts and not any("common.cell" in t or "cell-x" in t or "arrow" in t for t in texts)


def test_cell_brief_slots_are_reported(tmp_path: Path) -> None:
    found = _errors(tmp_path, "index.tsx", _TARO)
    assert [f.split(" ")[:2] for f in found] == [["11", "placeholder-instruction"], ["13", "placeholder-instruction"]], found


def test_a_tooltip_or_button_brief_stays_unread(tmp_path: Path) -> None:
    code = _TARO.replace("<Cell title='联系邮箱'", "<Tooltip title='联系邮箱'")
    texts = _texts(tmp_path, "index.tsx", code)
    assert "联系邮箱" not in texts and "[填写公司注册地址]" not in texts


# -- compare: a footer's compliance badge is no law of the policy ------------------------------------------------------
# the shape of eval/editions50 frames (m50w): identical policies, a per-locale badge in the footer after </main>
_EDITION = """<!DOCTYPE html>
<html lang="{lang}"><head><title>{title}</title></head>
<body>
<nav><a href="/">{home}</a></nav>
<main><article>
<h1>{title}</h1>
<h2>{h_collect}</h2>
<p>{collect}</p>
<h2>{h_contact}</h2>
<p>{contact}</p>
</article></main>
<footer><p class="copyright">2026 Frames</p><p class="compliance"><span>{badge}</span></p></footer>
</body></html>
"""
_HANS = {
    "lang": "zh-Hans",
    "title": "隐私政策",
    "home": "首页",
    "h_collect": "我们收集的信息",
    "collect": "本应用不收集任何个人信息，所有数据仅保存在您的设备上，不会上传到任何服务器。",
    "h_contact": "联系方式",
    "contact": "如对本隐私政策有任何疑问，请通过 hello@example.com 联系开发者。",
}
_HANT = {
    "lang": "zh-Hant",
    "title": "隱私權政策",
    "home": "首頁",
    "h_collect": "我們蒐集的資訊",
    "collect": "本應用程式不蒐集任何個人資料，所有資料僅儲存在您的裝置上，不會上傳到任何伺服器。",
    "h_contact": "聯絡方式",
    "contact": "如對本隱私權政策有任何疑問，請透過 hello@example.com 聯繫開發者。",
}


def _law_facts(tmp_path: Path, hans_badge: str, hant_badge: str) -> list[dict[str, object]]:
    folder = tmp_path / "frames"
    folder.mkdir()
    (folder / "zh-Hans.html").write_text(_EDITION.format(badge=hans_badge, **_HANS), encoding="utf-8")
    (folder / "zh-Hant.html").write_text(_EDITION.format(badge=hant_badge, **_HANT), encoding="utf-8")
    out = cli("compare", str(folder), "-j", "1", "--format", "json").stdout
    found: list[dict[str, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("kind") == "fact" and node.get("fact") == "law":
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(out))
    return found


def test_a_footer_compliance_badge_is_no_law_divergence(tmp_path: Path) -> None:
    assert _law_facts(tmp_path, "符合 PIPL", "符合 PDPO") == []


def test_a_law_named_in_the_policy_still_diverges(tmp_path: Path) -> None:
    # negative: the same two laws written in the policy's own contact paragraph are a divergence
    _HANS["contact"] += "本政策依《个人信息保护法》（PIPL）制定。"
    _HANT["contact"] += "本政策依《個人資料（私隱）條例》（PDPO）制定。"
    try:
        found = _law_facts(tmp_path, "符合 PIPL", "符合 PDPO")
    finally:
        _HANS["contact"] = _HANS["contact"].split("本政策依")[0]
        _HANT["contact"] = _HANT["contact"].split("本政策依")[0]
    assert found, "a law of the policy's own text is compared"
