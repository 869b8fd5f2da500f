"""False findings on unseen published documents (issue #11, eval/precision28b, first run at 28fbd263).

- placeholder-link-target, a template engine's helper call as a link's target: 「<a href="{{url('clause')}}">服務條款</a>」
  in a Laravel Blade view (3 errors in eval/precision28b/eticket-blade, a Taiwan ticketing site's 隱私權政策): the
  server fills `{{ url('…') }}` where the page is served.  A `.blade.php` file's `{{ }}` is its own syntax (as a Vue
  or WXML page's), and in any file `{{ url('privacy') }}`, `{{ route("terms") }}`, `{{ url_for('static', filename=…) }}`
  call a helper with literal arguments: a writer's slot names what goes there and calls nothing.  `{{privacy_url}}`,
  `{{隐私政策链接}}`, a plain PHP page's `{{ privacy_url }}` and a Blade view's `mailto:your@email.com` are still reported.
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
