"""False findings of `check` on unseen published documents (issue #11, eval/precision26, first run at d641d29d).

Each class is reproduced on small texts written for it, both ways (the false finding gone, and the
true one it resembles still reported):

- placeholder-instruction, a client-side loop's output in a web page: `{{d.name}}` inside
  `<li ng-repeat="d in about_data">` (1 error in eval/precision26/taolv-ejs-shell, an EJS page with AngularJS).
  The names an `ng-repeat` or a `v-for` binds are the page's own output; `{{ COMPANY_NAME }}`, `{{公司名称}}`
  and a name no loop binds are still reported, on that page and on a page without loops;
- date-format, a React page's computed date: 「更新于 <time dateTime={modifiedDate.toISOString()}>
  {modifiedDate.toLocaleDateString("zh", …)}</time>」 (1 info in eval/precision26/seekreturns-tsx).  A date
  expression after the cue is the page's date; today's date (`{new Date().toLocaleDateString()}`), an expression
  that names no date, and a page without cue still have no date;
- date-format, a JSP message tag whose key names the date: 「<s:text name="bshare.privacy.last.updated" />」, whose
  text is 「更新时间：2012年7月20日」 in the site's message bundle (1 info in eval/precision25/points-struts-jsp, a
  leftover of the twenty-fifth session).  Struts, Spring, JSTL and Struts 1 message tags alike; a tag whose key names
  no date (`bshare.privacy.title14`) does not date the page;
- parse (leftover of the twenty-fifth session): a Laravel Blade view's directives were read as its first and last
  paragraphs (「@extends('layouts.tools-static') @section('title', __('privacy_page.title')) …」, 「@include(
  'site._sidebar')」, 「@endsection」, eval/precision25 aipandora-*-blade, heycommunity-stub-blade) and a
  `{{-- 資料收集與使用 --}}` comment as text.  They are code (`load.blade`); an e-mail address, a handle (@微信客服)
  and the text between the directives stay, and a page with no layout directive is no Blade view (its 「@if」 is text);
- parse (leftover of the twenty-fifth session): a WeChat page's 「<text class="doc-section">一、政策说明</text>」 before
  its 「<text class="doc-text">…</text>」 is a section's title (eval/dev21p/shizhou-wxml read 0 headings); a bare
  「section」 class, a <view class="doc-section"> container, stay what they were;
- conversion-error, a miss: 「電郵位元址」 (电邮地址 → 地址 converted to 位址, its 位 then to 位元) in
  eval/precision26/phoenix-jsp-hant; 位元, 位元組 and 位址 stay words;
- date-format, an English sentence that dates the policy: 「This version of Privacy Guides' privacy notice took
  effect on September 24, 2025.」 (1 info in eval/precision26/privacyguides-md-hant).  "took effect on", "came
  into effect on", "comes into force on" label the date as "effective" does; a date after "side effect" does not.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, rule_excerpts

_findings = rule_excerpts


_ANGULAR_PAGE = (
    "<div ng-app='about'><ul>\n"
    "<li ng-repeat=\"d in about_data | filter:q track by $index\"><a href='#about/{{d.sn}}'>{{d.name}}</a></li>\n"
    '<li ng-repeat="(key, item) in groups">{{ key }}：{{ item.title }}</li>\n'
    "</ul>\n<h1>隐私声明</h1><p>更新日期：2024年1月1日</p><p>我们收集您的昵称与邮箱，用于发送通知。</p>\n"
)


def test_an_angular_loop_variable_is_not_a_slot(tmp_path: Path) -> None:
    """`{{d.name}}` (ng-repeat's alias, with a filter and track by), `{{ key }}`, `{{ item.title }}` (a pair's)."""
    assert _findings(tmp_path, _ANGULAR_PAGE, "placeholder-instruction", "about.html") == []


def test_a_vue_loop_variable_in_a_web_page_is_not_a_slot(tmp_path: Path) -> None:
    """A Vue page from a <script> (not a .vue file): `{{ s.title }}` inside `v-for="(s, i) of sections"`."""
    page = (
        "<div id='app'><section v-for=\"(s, i) of sections\"><h2>{{ s.title }}</h2><p>{{ s.body }}</p></section></div>\n"
        "<p>更新日期：2024年1月1日。我们收集您的昵称与邮箱。</p>\n"
    )
    assert _findings(tmp_path, page, "placeholder-instruction", "privacy.html") == []


def test_slots_beside_a_loop_and_on_a_page_without_loops_are_still_reported(tmp_path: Path) -> None:
    """`{{ COMPANY_NAME }}`, `{{公司名称}}` and `{{ company.name }}` (no loop binds `company`) on the Angular page;
    `{{d.name}}` on a page with no loop at all."""
    slots = _ANGULAR_PAGE + "<p>本政策由 {{ COMPANY_NAME }}、{{公司名称}} 与 {{ company.name }} 共同发布。</p>\n"
    found = _findings(tmp_path, slots, "placeholder-instruction", "about.html")
    assert {"{{公司名称}}", "{{ company.name }}"} <= set(found) and any("COMPANY_NAME" in f for f in found)
    assert not any("d." in f or "item" in f or "key" in f for f in found)
    plain = "<h1>隐私政策</h1><p>更新日期：2024年1月1日</p><p>本政策由 {{d.name}} 发布。</p>\n"
    assert _findings(tmp_path, plain, "placeholder-instruction", "plain.html") == ["{{d.name}}"]


_REACT_PAGE = (
    'import { pageInfo } from "./data/info";\n\n'
    "export default function Page() {\n  const { modifiedDate } = pageInfo;\n  return (\n    <main>\n"
    "      <h1>隐私政策</h1>\n      <span>\n        更新于\n"
    "        <time dateTime={modifiedDate.toISOString()}>\n"
    '          {modifiedDate.toLocaleDateString("zh", { year: "numeric", month: "long", day: "numeric" })}\n'
    "        </time>\n      </span>\n      <p>我们收集您的昵称与邮箱，用于发送通知。</p>\n    </main>\n  );\n}\n"
)


def test_a_react_page_that_prints_its_computed_date_is_dated(tmp_path: Path) -> None:
    """「更新于 <time>{modifiedDate.toLocaleDateString(…)}</time>」, and "Last updated: <b>{formatDate(meta.updated)}</b>"."""
    assert _findings(tmp_path, _REACT_PAGE, "date-format", "page.tsx") == []
    english = (
        "export default function Privacy() {\n  return (\n    <div>\n      <h1>隐私政策</h1>\n"
        "      <p>Last updated: <b>{formatDate(meta.updated)}</b></p>\n      <p>我们收集您的昵称与邮箱。</p>\n    </div>\n  );\n}\n"
    )
    assert _findings(tmp_path, english, "date-format", "privacy.jsx") == []


def test_a_react_page_without_a_date_of_its_own_still_has_none(tmp_path: Path) -> None:
    """Today's date (`{new Date().toLocaleDateString()}`), an expression naming no date (`{siteName}`), a date
    expression with no cue before it: no date of the policy's."""
    today = _REACT_PAGE.replace(
        'modifiedDate.toLocaleDateString("zh", { year: "numeric", month: "long", day: "numeric" })', "new Date().toLocaleDateString()"
    )
    today = today.replace("dateTime={modifiedDate.toISOString()}", "")
    assert len(_findings(tmp_path, today, "date-format", "today.tsx")) == 1
    named = (
        _REACT_PAGE.replace("更新于", "本站由")
        .replace("dateTime={modifiedDate.toISOString()}", "")
        .replace('modifiedDate.toLocaleDateString("zh", { year: "numeric", month: "long", day: "numeric" })', "siteName")
    )
    assert len(_findings(tmp_path, named, "date-format", "named.tsx")) == 1
    uncued = _REACT_PAGE.replace("更新于", "发布者")
    assert len(_findings(tmp_path, uncued, "date-format", "uncued.tsx")) == 1


def test_an_english_sentence_that_dates_the_policy_is_a_date(tmp_path: Path) -> None:
    """The verbs: "took effect on", "came into effect on", "comes into force on" before the date."""
    for sentence in (
        "This version of our privacy notice took effect on September 24, 2025.",
        "This policy came into effect on 24 September 2025.",
        "This notice comes into force on 1 May 2025.",
    ):
        text = f"# Privacy Policy\n\nWe collect your e-mail address to send you notices.\n\n{sentence}\n"
        assert _findings(tmp_path, text, "date-format", "privacy.md") == [], sentence


def test_a_date_after_other_uses_of_effect_is_no_policy_date(tmp_path: Path) -> None:
    """「The side effect was first noted on 1 May 2025.」: "effect" without the verb is no date label."""
    text = "# Privacy Policy\n\nWe collect your e-mail address.\n\nThe side effect was first noted on 1 May 2025 by a user.\n\nWe keep it for a year.\n"
    assert len(_findings(tmp_path, text, "date-format", "privacy.md")) == 1


_STRUTS_PAGE = (
    '<%@ taglib prefix="s" uri="/struts-tags" %>\n<div class="heading4"><s:text name="bshare.privacy.title1" /></div>\n'
    '<div><s:text name="bshare.privacy.body1" /></div>\n<div>我们收集您的昵称与邮箱，用于发送通知。</div>\n'
    '<div class="text-12"><s:text name="bshare.privacy.last.updated" /></div>\n'
)


def test_a_message_tag_that_names_the_date_dates_the_page(tmp_path: Path) -> None:
    """`<s:text name="….last.updated" />`, `<spring:message code="privacy.effectiveDate"/>`, `<fmt:message key=
    "policy.update_date">`: the page's date, from the message bundle."""
    assert _findings(tmp_path, _STRUTS_PAGE, "date-format", "Privacy.jsp") == []
    spring = _STRUTS_PAGE.replace('<s:text name="bshare.privacy.last.updated" />', '<spring:message code="privacy.effective_date"/>')
    assert _findings(tmp_path, spring, "date-format", "spring.jsp") == []
    jstl = _STRUTS_PAGE.replace('<s:text name="bshare.privacy.last.updated" />', '<fmt:message key="policy.update_date"></fmt:message>')
    assert _findings(tmp_path, jstl, "date-format", "jstl.jsp") == []


def test_message_tags_that_name_no_date_leave_the_page_undated(tmp_path: Path) -> None:
    """Only the title and body keys (`bshare.privacy.title1`, `.body1`), or a date key in another tag
    (`<input name="last.updated">`): no date of the page's."""
    undated = _STRUTS_PAGE.replace('<s:text name="bshare.privacy.last.updated" />', '<s:text name="bshare.privacy.footer" />')
    assert len(_findings(tmp_path, undated, "date-format", "undated.jsp")) == 1
    field = _STRUTS_PAGE.replace('<s:text name="bshare.privacy.last.updated" />', '<input name="last.updated" />')
    assert len(_findings(tmp_path, field, "date-format", "field.jsp")) == 1


def test_an_address_converted_to_bits_is_a_conversion_error(tmp_path: Path) -> None:
    """「電郵位元址」 is reported (位址 or 地址); 位元 (bit), 位元組 (byte) and 網際網路通訊協定位址 are words."""
    text = (
        "# 隱私政策\n\n更新日期：2024年1月1日\n\n您需要在本網站上填寫個人聯絡方式（比如電郵位元址、電話號碼）。\n\n"
        "伺服器會記錄您的網際網路通訊協定位址，傳輸的資料以位元組計算，每個位元都經過加密。\n"
    )
    assert _findings(tmp_path, text, "conversion-error", "privacy.md") == ["位元址"]
    clean = text.replace("電郵位元址", "電郵地址")
    assert _findings(tmp_path, clean, "conversion-error", "clean.md") == []


def _paragraphs(tmp_path: Path, text: str, name: str) -> list[str]:
    """The title, headings and paragraphs `parse` reads in `text` saved as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    found = [t for s in doc.sections for t in ([s.title] if s.title else []) + [p.text for p in s.paragraphs]]
    return [doc.metadata.title, *found] if doc.metadata.title else found


_BLADE_VIEW = (
    "@extends('layouts.app')\n\n@section('title', __('privacy.title'))\n\n@section('content')\n"
    "{{-- 資料收集與使用 --}}\n@php\n    $updated = '第三方列表';\n@endphp\n<h1>隐私政策</h1>\n<p>更新日期：2024年1月1日</p>\n"
    "@if ($showContact)\n<p>如有疑问，请发送邮件至 privacy@example.com 或私信 @微信客服。</p>\n@endif\n"
    "@include('site._sidebar', ['active' => 'privacy'])\n<p>@lang('privacy.footer')</p>\n@endsection\n"
)


def test_blade_directives_and_comments_are_not_text(tmp_path: Path) -> None:
    """No paragraph holds a directive or the comment; the policy's own lines are read as written."""
    found = _paragraphs(tmp_path, _BLADE_VIEW, "privacy.blade.html")
    assert not any("@extends" in t or "@section" in t or "@include" in t or "@endsection" in t or "@if" in t for t in found)
    assert not any("資料收集與使用" in t or "@lang" in t or "第三方列表" in t for t in found)
    assert "隐私政策" in found and any("privacy@example.com" in t and "@微信客服" in t for t in found)


def test_a_page_without_layout_directives_keeps_its_at_words(tmp_path: Path) -> None:
    """A web page (no @extends/@section/@include line, no {{-- comment) that writes 「@if」 and 「@include」 in a
    sentence: its text, as written."""
    page = "<h1>隐私政策</h1>\n<p>更新日期：2024年1月1日</p>\n<p>在模板中写 @if 与 @include 不会收集任何信息。</p>\n"
    assert any("@if 与 @include" in t for t in _paragraphs(tmp_path, page, "privacy.html"))


def _headings(tmp_path: Path, text: str, name: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [s.title for s in parse_path(path).sections if s.title]


def test_a_mini_program_text_of_a_section_class_is_a_title(tmp_path: Path) -> None:
    """「<text class="doc-section">」 (and 「policy_section」) before the section's text: its title."""
    page = (
        '<view class="doc-card">\n  <text class="doc-title">仕舟隐私政策</text>\n  <text class="doc-time">更新日期：2026-08-02</text>\n'
        '  <text class="doc-section">一、政策说明</text>\n  <text class="doc-text">本政策说明我们如何收集和使用您的信息。</text>\n'
        '  <text class="policy_section">二、我们收集的信息</text>\n  <text class="doc-text">我们收集您的手机号，用于登录。</text>\n</view>\n'
    )
    assert _headings(tmp_path, page, "privacy.wxml") == ["一、政策说明", "二、我们收集的信息"]


def test_a_bare_section_class_or_a_section_view_is_no_title(tmp_path: Path) -> None:
    """「<text class="section">」 holding a paragraph, and a 「<view class="doc-section">」 container: no new title."""
    page = (
        '<view class="doc-card">\n  <text class="doc-title">仕舟隐私政策</text>\n  <text class="doc-time">更新日期：2026-08-02</text>\n'
        '  <view class="doc-section">\n    <text class="section">本政策说明我们如何收集和使用您的信息。</text>\n'
        '    <text class="doc-text">我们收集您的手机号，用于登录。</text>\n  </view>\n</view>\n'
    )
    assert _headings(tmp_path, page, "privacy.wxml") == []
