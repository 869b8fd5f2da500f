"""u55x2 (eval/structure55s bazi-hant-ts, dev): a script's HTML page shell — a function returning a whole page around the
document it is handed, ``function page(title, bodyHtml) { return `<html>…<body>${bodyHtml}<footer>營運者：…生效日期：…
</footer></body></html>` }`` called as ``page('隱私權政策', `<h1>…</h1>…`)`` — is read where it is written: its footer (the
only place naming the operator and the effective date) was blanked with the code.  Texts invented but for the
regression case."""

from __future__ import annotations

from pathlib import Path

from helpers import paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_BODY = """`<h1>隱私權政策</h1>
<p>本服務重視您的隱私。本政策說明我們收集哪些資料、如何使用，以及您享有的權利與行使方式。</p>
<h2>一、我們收集的資料</h2>
<p>我們會收集您的電子郵件與暱稱，用於建立與管理帳戶；我們不會出售您的個人資料給任何第三方。</p>
<h2>二、您的權利</h2>
<p>您可以隨時查詢、更正或刪除您的個人資料，請以電子郵件與我們聯絡，我們會在三十日內回覆。</p>`"""


def _controller(shell: str, call: str = "page") -> str:
    return f"""const EFFECTIVE_DATE = '2026年3月1日';

{shell}

export class LegalController {{
  privacy(): string {{
    return {call}(
      '隱私權政策',
      {_BODY},
    );
  }}
}}
"""


_FUNCTION_SHELL = """function page(title: string, bodyHtml: string): string {
  return `<!doctype html>
<html><head><title>${title} — 星圖</title><style>body { margin: 0 }</style></head>
<body>
${bodyHtml}
<footer>營運者：星圖科技有限公司 · 生效日期：${EFFECTIVE_DATE}</footer>
</body></html>`;
}"""

_ARROW_SHELL = """const layout = (heading: string, body: string): string => `<html><head><title>${heading}</title></head><body>
${body}
<footer>營運者：星圖科技有限公司 · 生效日期：${EFFECTIVE_DATE}</footer></body></html>`;"""


def test_a_function_shell_s_footer_is_read(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "legal.controller.ts", _controller(_FUNCTION_SHELL))
    texts = paragraph_texts(doc)
    assert any("營運者：星圖科技有限公司" in t and "生效日期：2026年3月1日" in t for t in texts)
    assert doc.metadata.effective == "2026-03-01" and doc.metadata.controller == "星圖科技有限公司"
    assert doc.metadata.title == "隱私權政策"
    assert not any("${" in t or "— 星圖" in t for t in texts)  # the slot, the head's title: blanked


def test_an_arrow_function_shell_is_read(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "legal.ts", _controller(_ARROW_SHELL, call="layout"))
    assert any("營運者：星圖科技有限公司" in t for t in paragraph_texts(doc))


def test_a_shell_never_called_with_a_document_stays_code(tmp_path: Path) -> None:
    # the same function, but the document literal is handed to another function: no shell of it
    source = _controller(_FUNCTION_SHELL, call="render") + "\nfunction render(a: string, b: string) { return b; }\n"
    doc = parse_file(tmp_path, "legal.ts", source)
    assert not any("營運者" in t for t in paragraph_texts(doc))
    assert doc.metadata.effective is None
    # a helper template with a parameter hole that no document is handed to (a list row) stays code
    row = "function row(name: string) { return `<li>${name}（帳戶）</li>`; }"
    doc = parse_file(tmp_path, "row.ts", _controller(_FUNCTION_SHELL) + "\n" + row + "\n")
    texts = paragraph_texts(doc)
    assert any("營運者" in t for t in texts) and not any("帳戶）" in t for t in texts)


def test_bazi_footer_read_in_source_order() -> None:
    doc = parse_path(_ROOT / "eval/structure55s/dev/bazi-hant-ts/legal.controller.ts")
    footer = [(p.line, p.text) for s in doc.sections for p in s.paragraphs if "營運者" in p.text]
    assert footer == [(44, "天命 BaziApp · 營運者：Roger Lim Shau Xiong · 聯絡：TAPPER.FUN@gmail.com生效日期：2026年7月17日")]
    assert doc.metadata.effective == "2026-07-17" and doc.metadata.title_line == 58
