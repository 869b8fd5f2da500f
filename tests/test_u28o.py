"""False findings on unseen published documents (issue #11, eval/precision28b, first run at 28fbd263).

- placeholder-link-target, a template engine's helper call as a link's target: 「<a href="{{url('clause')}}">服務條款</a>」
  in a Laravel Blade view (3 errors in eval/precision28b/eticket-blade, a Taiwan ticketing site's 隱私權政策): the
  server fills `{{ url('…') }}` where the page is served.  A `.blade.php` file's `{{ }}` is its own syntax (as a Vue
  or WXML page's), and in any file `{{ url('privacy') }}`, `{{ route("terms") }}`, `{{ url_for('static', filename=…) }}`
  call a helper with literal arguments: a writer's slot names what goes there and calls nothing.  `{{privacy_url}}`,
  `{{隐私政策链接}}`, a plain PHP page's `{{ privacy_url }}` and a Blade view's `mailto:your@email.com` are still reported;
- bracket-unbalanced across a layout's line-per-block text: an Axure RP export puts every printed line of a text box in
  its own `<p>` (「…（以下简称为“开心</p><p>盒子”）用户…」: 12 warnings in eval/precision28b/huifu-html, the lines read as
  headings, so never joined by the paragraph repair).  Openers left at the end of a unit that stops mid-sentence are
  closed by the next unit with marks when every unit between goes on mid-sentence too; an opener left in a paragraph
  that ends its sentence, one the next paragraph does not close, and a closer after a finished paragraph are still reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts as _findings

_PAGE = """<html><body>
<h1>隱私權政策</h1>
<p>更新日期：2026年1月1日</p>
<p>本公司依個人資料保護法蒐集、處理及利用您的個人資料。</p>
<p>請參閱<a href="{target}">{text}</a>。</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("p.blade.php", "{{url('clause')}}"),
        ("p.blade.php", "{{ route('privacy') }}"),
        ("p.blade.php", "{{ $privacyUrl }}"),  # a Blade variable: the view's own syntax
        ("p.html", "{{ url('clause') }}"),
        ("p.html", "{{ url_for('static', filename='privacy.pdf') }}"),
        ("p.html", '{{ route("terms")|e }}'),
        ("p.php", "{{asset('docs/privacy.pdf')}}"),
    ],
)
def test_a_template_helper_call_or_a_blade_variable_is_no_dummy_target(tmp_path: Path, name: str, target: str) -> None:
    page = _PAGE.format(target=target, text="服務條款")
    assert _findings(tmp_path, page, "placeholder-link-target", name) == []


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("p.html", "{{privacy_url}}"),  # a slot named, in a page that is no template
        ("p.html", "{{隐私政策链接}}"),
        ("p.php", "{{ privacy_url }}"),  # a plain PHP page: {{ }} is not its syntax
        ("p.blade.php", "mailto:your@email.com"),  # a template's dummy address, in a Blade view too
        ("p.blade.php", "https://example.com/privacy"),
    ],
)
def test_a_named_slot_or_a_dummy_target_is_still_reported(tmp_path: Path, name: str, target: str) -> None:
    page = _PAGE.format(target=target, text="服務條款")
    assert _findings(tmp_path, page, "placeholder-link-target", name) == [target]


_LINES = "<html><body>\n<h1>隐私政策</h1>\n<p>更新日期：2026年1月1日</p>\n{body}\n</body></html>\n"


@pytest.mark.parametrize(
    "body",
    [
        "<p>请您在成为苏州某某软件有限公司（以下简称为“开心</p><p>盒子”）用户前，请详细地阅读本协议的所有</p><p>内容。</p>",
        # the closer two lines on, the line between without a mark
        "<p>我们将为您不时提供软件更新（这些</p><p>更新可能会采取软件替换、修改、版本升级等形</p><p>式）。</p>",
        "<p>本产品的部分功能需要配合“卓师兄Windows版本</p><p>软件”，详见其说明。</p>",
    ],
)
def test_a_bracket_closed_on_the_next_printed_line_is_balanced(tmp_path: Path, body: str) -> None:
    assert _findings(tmp_path, _LINES.format(body=body), "bracket-unbalanced", "p.html") == []


@pytest.mark.parametrize(
    ("body", "marks"),
    [
        # the paragraph ends its sentence: its opener is unclosed, whatever follows
        ("<p>如有疑问，请联系我们（电话：400-820-1234。</p><p>）不在此列。</p>", ["（", "）"]),
        # stops mid-sentence, but the next paragraph closes nothing
        ("<p>本公司（以下简称“我们</p><p>我们会尽快回复您的请求。</p>", ["（", "“"]),
        # a paragraph between that ends its sentence: the carry stops there
        ("<p>我们将为您提供更新（这些</p><p>更新会及时推送。</p><p>详见说明）。</p>", ["（", "）"]),
        # a closer after a finished paragraph
        ("<p>我们会尽快回复。</p><p>）不在此列。</p>", ["）"]),
    ],
)
def test_an_opener_left_open_or_a_stray_closer_is_still_reported(tmp_path: Path, body: str, marks: list[str]) -> None:
    assert _findings(tmp_path, _LINES.format(body=body), "bracket-unbalanced", "p.html") == marks
