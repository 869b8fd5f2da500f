"""`<![CDATA[` in an HTML page is read as browsers read it (HTML5: a bogus comment that ends at
the first `>`), not as html.parser did: it dropped the text of a closed section silently and
refused a real page (a policy with an Android string resource pasted below it) whose section
is never closed."""

from __future__ import annotations

from pathlib import Path

from helpers import cli, parse_string


def _paragraphs(html: str) -> list[str]:
    return [p.text for s in parse_string(html, ".html").sections for p in s.paragraphs]


def test_the_text_inside_a_closed_cdata_section_is_read() -> None:
    page = "<html><body><h1>隐私政策</h1>\n<p>第一段。</p>\n<![CDATA[<p>我们收集您的姓名。</p>]]>\n<p>第三段。</p>\n</body></html>\n"
    assert _paragraphs(page) == ["第一段。", "我们收集您的姓名。", "]]>", "第三段。"]


def test_a_cdata_section_never_closed_does_not_refuse_the_page(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私协议</h1>\n<p>我们会收集您的设备信息。</p>\n"
        '<string name="user_agreement">\n    <![CDATA[\n    <p>请您在使用本产品之前仔细阅读本协议。\n'
        "        <br/>本协议对您具有法律约束力。\n    </p>\n</body>\n</html>\n"
    )
    path = tmp_path / "policy.html"
    path.write_text(page, encoding="utf-8")
    result = cli("parse", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "请您在使用本产品之前仔细阅读本协议。" in result.stdout and "本协议对您具有法律约束力。" in result.stdout


def test_cdata_in_a_script_is_still_script(tmp_path: Path) -> None:
    page = "<html><body><h1>隐私政策</h1>\n<script>//<![CDATA[\nvar a = '<p>不是正文</p>';\n//]]></script>\n<p>正文。</p>\n</body></html>\n"
    assert _paragraphs(page) == ["正文。"]


def test_a_cdata_opening_with_no_end_at_all_is_still_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "policy.html"
    path.write_text("<html><body><h1>隐私政策</h1>\n<p>第一段。</p>\n<![CDATA[ 从未结束\n", encoding="utf-8")
    result = cli("parse", str(path))
    assert result.returncode == 2 and "unterminated" in result.stderr and result.stdout == ""
