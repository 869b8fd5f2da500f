"""A form box's tagline (forty-first session, u41a2; eval/structure41 dev xingchen-register-vue, read after its first run:
not blind): 「<h2>星尘实验室账号注册</h2>」 / 「<h3>我们已为全国100所高校提供服务</h3>」 above a sign-up form's fields was a
section.  In a container of two or more fields (page chrome that keeps its `<h*>`, `load/html/elements.py`), an `<h*>`
right under a higher-ranked one with nothing between is the form's tagline: chrome with the form.  The box's own title,
an `<h*>` after text in the box and the `<h*>`s of a page without fields stay headings.

The pages are written for the tests in the document's shape.
"""

from __future__ import annotations

from helpers import parse_string

_POLICY = (
    "<h2>隐私政策</h2>\n"
    "<h3>一、我们收集的信息</h3>\n"
    "<p>我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存。</p>\n"
    "<h3>二、我们如何使用信息</h3>\n"
    "<p>我们只在本政策所述的目的范围内使用您的信息，不会用于其他目的。</p>\n"
)


def _titles(text: str) -> list[str]:
    return [s.title for s in parse_string(text, ".html").sections if s.title]


def _box(head: str) -> str:
    return (
        f'<div class="login">{head}\n'
        '<form><input type="text" placeholder="请输入手机号"><input type="password" placeholder="设置密码">\n'
        '<button type="button">立即注册</button></form>\n'
        '<input type="text" placeholder="验证码"><input type="text" placeholder="邀请码"></div>\n'
    )


def test_tagline_under_a_form_title_is_chrome() -> None:
    titles = _titles(_box("<h2>某某账号注册</h2>\n<h3>我们已为全国100所高校提供服务</h3>") + _POLICY)
    assert "我们已为全国100所高校提供服务" not in titles
    assert titles[-2:] == ["一、我们收集的信息", "二、我们如何使用信息"]


def test_headings_after_text_or_without_fields_stay() -> None:
    after_text = _titles(_box("<h2>某某账号注册</h2>\n<p>注册即可使用全部功能</p>\n<h3>填写信息</h3>") + _POLICY)
    assert "填写信息" in after_text
    bare = _POLICY.replace("<h2>隐私政策</h2>", "<h1>某某隐私政策</h1>\n<h2>提示</h2>")  # an <h*> right under another, no form
    assert _titles(bare) == ["提示", "一、我们收集的信息", "二、我们如何使用信息"]
