"""Diff noise and heading classes of the blind sets `eval/pairs44c` and `eval/structure44c` (forty-fourth session, u44d2).

Diff:
1. A box named after its copyright line (「<div class="copyright">」) is the page's foot, as a footer is, and the site's
   own release in a copyright line (「All rights reserved | Version 0.01」) is no version of the policy (kun-footer).
2. A custom navigation bar: the short labels beside a back button in the button's parent (「<div @click="goBack"><img>
   </div><div>隐私协议</div>」) are page chrome, as the button's own labels are (msport-header; u43d2 covered labels
   inside the button only).
3. A Vue block that is only a translation call on a literal key (「{{ $tm('kungalgame.privacy') }}」) is not read as text:
   its words are in the app's message files (kun-i18n).

Headings:
4. A numbered title glued to its list's lead-in on one line (「2. 如須註冊時您的註冊義務 為了…，您同意以下事項：」)
   between its numbered siblings is a heading (paypay L15).
5. A lone item marker 「(2)」 whose text is the next block, after its sibling 「(1)…」 written as body text, is no section
   (paypay L43).
6. A heading of the other language right after the last of a run of unpaired headings, over sections of its own
   language, opens that language's edition: it is no translation of the heading before it (scro L55).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.align import has_changes
from policylens.load.html.chrome_lines import _page_chrome_text
from policylens.load.vue_data import translation_only

EVAL = Path(__file__).resolve().parents[1] / "eval"

_ARTICLE = """      <div class="article">
        <p>我们永远不会利用你的个人信息，不会将你的个人信息用于除了本站以外的任何地方。</p>
        <p>准确来讲，我们需要使用以下权限：</p>
        <ul class="list">
          <li>个人相关：邮箱、注册时间等，用于找回密码</li>
          <li>设备相关：设备日期、操作系统信息等，方便我们对设备进行适配</li>
        </ul>
      </div>
"""


def _vue(title: str, foot: str = "", head: str = "") -> str:
    return f'<template>\n  <div class="root">\n{head}    <div class="container">\n      <div class="title">{title}</div>\n{_ARTICLE}{foot}    </div>\n  </div>\n</template>\n'


def _entries(old: str, new: str, suffix: str = ".vue") -> tuple[int, int]:
    report = diff_documents(parse_string(old, suffix), parse_string(new, suffix))
    entries = sum(len(s.changes) for s in report.sections)
    assert has_changes(report) == bool(entries)
    return entries, sum(s.chrome for s in report.sections)


# 1. kun-footer

_COPYRIGHT_BOX = """      <div class="copyright">
        <span>Copyright © 2023 KUNgalgame</span>
        <span>All rights reserved | Version 0.01</span>
      </div>
"""


def test_a_copyright_box_replaced_by_a_component_is_no_change() -> None:
    old = _vue("隐私政策", _COPYRIGHT_BOX)
    new = _vue("隐私政策", '      <KUNGalgameFooter style="position: absolute" />\n')
    assert _entries(old, new) == (0, 1)


def test_a_sentence_in_a_copyright_box_is_still_compared() -> None:
    box = '      <div class="copyright">\n        <p>我们不会向第三方出售您的个人信息。</p>\n      </div>\n'
    entries, chrome = _entries(_vue("隐私政策", box), _vue("隐私政策"))
    assert entries == 1 and chrome == 0


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Copyright © 2023 KUNgalgame All rights reserved | Version 0.01", True),  # the site's release
        ("© 2024 某某 版权所有 版本 2.1", True),
        ("Privacy Policy Version 2.1 © 2024 Foo. All rights reserved.", False),  # names the policy: its version
        ("版本 1.0.1", False),  # no copyright line: the policy's version, kept as before
        ("© 2024 Foo. Version 2.1", False),  # no rights reserved: kept as before
    ],
)
def test_a_site_release_in_a_copyright_line(line: str, chrome: bool) -> None:
    assert _page_chrome_text(line) is chrome


def test_pairs44c_kun_footer_exits_clean() -> None:
    pair = EVAL / "pairs44c" / "pairs" / "kun-footer"
    report = diff_documents(parse_path(pair / "old.vue"), parse_path(pair / "new.vue"))
    assert not has_changes(report)


# 2. msport-header

_BAR = """    <div class="fx align-items">
      <div style="margin-right: 35%" @click="{handler}">
        <img src="../../assets/image/back.png" width="20px" />
      </div>
      <div class="fs-20 fw-700">{label}</div>
    </div>
"""


def _barred(bar: str) -> str:
    return (
        f'<template>\n  <div class="agreement-wrapper">\n{bar}    <section class="article">\n'
        "      <p>M直播重视个人信息保护。您在使用M直播服务时，M直播可能会收集和使用您的个人信息。</p>\n"
        "      <h4>一、M直播如何收集和使用您的信息</h4>\n"
        "      <p>为完成账号注册，您需提供以下信息：帐号、密码、昵称、头像和手机号码。</p>\n"
        "      <h4>二、联系我们</h4>\n"
        "      <p>如有疑问，请发送邮件至 privacy@example.com 联系我们。</p>\n"
        "    </section>\n  </div>\n</template>\n"
    )


_NAV_BAR = '    <van-nav-bar title="隐私协议" left-arrow @click-left="$router.back()" />\n'


def test_a_title_beside_a_back_button_is_page_chrome() -> None:
    old = _barred(_BAR.format(handler="goBack", label="隐私协议"))
    assert _entries(old, _barred(_NAV_BAR)) == (0, 1)


@pytest.mark.parametrize("handler", ["toggleMenu", "feedback"])
def test_a_label_beside_a_control_that_does_not_go_back_is_compared(handler: str) -> None:
    old = _barred(_BAR.format(handler=handler, label="隐私协议"))
    assert _entries(old, _barred(_NAV_BAR)) == (1, 0)


def test_a_sentence_beside_a_back_button_is_compared() -> None:
    old = _barred(_BAR.format(handler="goBack", label="我们不会向第三方出售您的个人信息。"))
    assert _entries(old, _barred(_NAV_BAR)) == (1, 0)


def test_a_parent_of_many_labels_beside_a_back_button_is_compared() -> None:
    labels = "".join(f'      <div class="tab">{word}</div>\n' for word in ("首页", "隐私", "条款", "帮助"))
    bar = '    <div class="fx">\n      <div @click="goBack"><img src="back.png" /></div>\n' + labels + "    </div>\n"
    entries, chrome = _entries(_barred(bar), _barred(_NAV_BAR))
    assert entries >= 1 and chrome == 0


def test_pairs44c_msport_header_exits_clean() -> None:
    pair = EVAL / "pairs44c" / "pairs" / "msport-header"
    report = diff_documents(parse_path(pair / "old.vue"), parse_path(pair / "new.vue"))
    assert not has_changes(report)


# 3. kun-i18n


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("{{ $tm('kungalgame.privacy') }}", True),
        ('{{ $t("privacy.title") }}', True),
        ("{{ t('privacy.count', 3) }}", True),
        ("{{ this.$i18n.t('a.b') }}：", True),
        ("{{ appName }}", False),  # a data path: filled from the script, or a named slot
        ("{{ $t(section.title) }}", False),  # a key that is no literal
        ("{{ $t('privacy.title') }}隐私", False),  # words of its own
        ("{{ format('2024') }}", False),
    ],
)
def test_a_translation_call_on_a_literal_key(text: str, key: bool) -> None:
    assert translation_only(text) is key


def test_a_title_become_a_translation_call_is_no_new_paragraph() -> None:
    entries_new = diff_documents(parse_string(_vue("隐私政策"), ".vue"), parse_string(_vue("{{ $tm('kungalgame.privacy') }}"), ".vue"))
    added = [c for s in entries_new.sections for c in s.changes if "$tm" in (c.new_text or "")]
    assert added == []
    doc = parse_string(_vue("{{ $tm('kungalgame.privacy') }}"), ".vue")
    assert not any("$tm" in p.text for s in doc.sections for p in s.paragraphs)
    assert any("translation call" in w and "not read" in w for w in doc.warnings)


def test_a_page_of_translation_calls_only_keeps_them() -> None:
    page = "<template>\n  <div>\n    <p>{{ $t('p.one') }}</p>\n    <p>{{ $t('p.two') }}</p>\n  </div>\n</template>\n"
    doc = parse_string(page, ".vue")
    assert sum("$t(" in p.text for s in doc.sections for p in s.paragraphs) == 2


# 4–5. paypay

_GLUED = """<template>
  <div class="page">
    <h1>隱私政策</h1>
    <div>
      <p>1. 認知與接受條款 貝克漢運動健康事業</p>
      <p>當您使用本服務時，即表示您已閱讀、瞭解並同意接受本服務條款之所有內容。</p>
      <p>2. 如須註冊時您的註冊義務 為了能使用本網站部分服務，您同意以下事項：</p>
      <p>(1)填寫個人資料時，您務必提供您本人正確、最新及完整的資料</p>
      <p>
        (2)維持並更新您個人資料，確保其為正確、最新及完整。
        若您提供任何錯誤、不實或不完整的資料，本會有權暫停或終止您的帳號。
      </p>
      <p>{third}</p>
      <p>關於您的訂閱資訊依本會「隱私權保護政策」受到保護與規範。</p>
      <p>6. 交易行為</p>
      <p>(1)您同意在本網站所進行的所有線上消費，都以本網站系統所自動記錄的電子交易資料為準。</p>
      <p>{marker}</p>
      <p>若您於本網站訂購產品後，經由本網站退換貨、取消訂單之頻率過高，本網站保留拒絕交易之權利。</p>
    </div>
  </div>
</template>
"""


def _titles(third: str = "3. 本會隱私權保護政策", marker: str = "(2)") -> list[tuple[int, str]]:
    doc = parse_string(_GLUED.format(third=third, marker=marker), ".vue")
    return [(s.level, s.title or "") for s in doc.sections if s.title]


def test_a_numbered_title_glued_to_its_lead_in_between_siblings_is_a_heading() -> None:
    titles = _titles()
    assert (1, "2. 如須註冊時您的註冊義務 為了能使用本網站部分服務，您同意以下事項：") in titles
    assert not any(title.startswith("(1)") for _, title in titles)  # the lead-in's list is body text


def test_a_lead_in_without_a_next_sibling_is_no_heading() -> None:
    titles = _titles(third="關於訂閱資訊")
    assert not any(title.startswith("2.") for _, title in titles)


def test_a_bare_item_marker_after_its_sibling_in_the_text_is_no_section() -> None:
    titles = _titles()
    assert "(2)" not in [title for _, title in titles]
    assert titles[-1] == (1, "6. 交易行為")


def test_pairs_structure44c_paypay() -> None:
    """Since u47l2 (`structure/glued/trailing.py` `split_trailing_titles`) 「5. 免責聲明」, run into the end of item (6) on line 34
    (annotated ambiguous), is split off as the section a reader sees start there."""
    doc = parse_path(EVAL / "structure44c" / "dev" / "paypay-privacy-vue" / "privacy.vue")
    assert [(s.level, s.line) for s in doc.sections if s.title] == [(1, 7), (1, 15), (1, 20), (1, 24), (1, 34), (1, 39)]


# 6. scro

_HALVES = """# 私隱政策

## 我們收集什麼

帳號電郵與名稱來自登入服務。

## 用來做什麼

用來登入、計算點數。

## 聯絡

## Privacy Policy

### What we collect

Account email and name come from the sign-in service.

### Contact

Write to us.
"""


def test_an_edition_title_after_an_empty_section_is_no_translation() -> None:
    doc = parse_string(_HALVES, ".md")
    assert [(s.level, s.title) for s in doc.sections if s.title][-4:] == [
        (1, "聯絡"),
        (1, "Privacy Policy"),
        (2, "What we collect"),
        (2, "Contact"),
    ]


_PAIRED = """# 私隱政策

## 我們收集什麼
## What we collect

帳號電郵與名稱。 Account email and name.

## 用來做什麼
## Why

用來登入。 To sign you in.

## 聯絡
## Contact

### 電郵

privacy@example.com
"""


def test_headings_paired_all_through_stay_paired() -> None:
    doc = parse_string(_PAIRED, ".md")
    assert [list(s.titles) for s in doc.sections if s.level == 1] == [
        ["我們收集什麼", "What we collect"],
        ["用來做什麼", "Why"],
        ["聯絡", "Contact"],
    ]


def test_structure44c_scro_english_half() -> None:
    doc = parse_path(EVAL / "structure44c" / "holdout" / "scro-privacy-tsx" / "PrivacyDocument.tsx")
    english = next(s for s in doc.sections if s.title == "Privacy Policy")
    assert english.level == 1 and "聯絡" not in english.titles
    assert "Privacy Policy" not in next(s for s in doc.sections if s.title == "聯絡").titles
    assert all(s.level == 2 for s in doc.sections if s.title in ("What we collect", "Contact"))
