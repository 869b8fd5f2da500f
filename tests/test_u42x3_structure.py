"""Three structure classes of eval/structure42c and eval/pairs42c (forty-second session, u42x3; fixed after their
blind runs: not blind).

1. A mini-program or uni-app page's `<text>` runs joined across a title: 「<text class="h2">五、更新日期</text>」 after a
   contact line ending in an e-mail address ran into that line (pa-label, pa-unlabel); 「<text style="font-size: 30rpx;">
   龙鲤网-隐私政策</text>」 ran into the `<text style="display: block;">` under it (longli-privacy-vue, no title).  A `<text>`
   whose class names a heading rank is a title's own line, as 「section-title」 is; a `<text>` styled `display: block`
   in its own `style` is a block, as one whose class the style sheet sets so; a numbered title line on its own source
   line after a line that ends in an address or a number starts its own block.
2. A language toggle (「<div onClick={()=>setLanguage('zh')}>中</div>」, 「ENG」) is page chrome, not a heading over the
   policy (moonshot-privacy-jsx).
3. Two bare sub-titles written alike under one numbered title without text of its own are siblings: the second is not
   promoted to the numbered titles' level (hidancing-privacy-vue L281).

The texts are written for the tests in the documents' shapes; the real documents are the regression tests.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, parse_string

REPO = Path(__file__).resolve().parent.parent
S42C = REPO / "eval" / "structure42c" / "dev"
P42C = REPO / "eval" / "pairs42c" / "pairs"


def _titles(doc: object) -> list[tuple[str, int, int | None]]:
    return [(s.title, s.level, s.line) for s in doc.sections if s.title]  # type: ignore[attr-defined]


def _paragraphs(doc: object) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]  # type: ignore[attr-defined]


# -- 1. <text> runs -------------------------------------------------------------------------------------------------


def test_pa_label_last_title_not_glued_to_the_contact_line() -> None:
    for pair in ("pa-label", "pa-unlabel"):
        for side in ("old", "new"):
            doc = parse_path(P42C / pair / f"{side}.wxml")
            assert ("五、更新日期", 1, 17) in _titles(doc)
            assert any(text.endswith("guangdongyahe@126.com") for text in _paragraphs(doc))
            assert not any("五、更新日期" in text for text in _paragraphs(doc))


def test_longli_title_is_its_own_line() -> None:
    doc = parse_path(S42C / "longli-privacy-vue" / "privacy.vue")
    assert (doc.metadata.title, doc.metadata.title_line) == ("龙鲤网-隐私政策", 3)
    assert _paragraphs(doc)[0].startswith("龙鲤网的用户，以下简称你。")


_HEADING_CLASS_PAGE = """<view class="page">
  <text class="p">我们重视您的个人信息安全，并按法律法规要求保护您的个人信息。</text>
  <text class="h2">一、信息的使用</text>
  <text class="p">我们使用收集的信息来提供和改进服务</text>
  <text class="h2">二、联系我们</text>
  <text class="p">如有问题，请与我们联系。</text>
</view>
"""


def test_text_with_a_heading_rank_class_is_a_title_after_an_unfinished_line() -> None:
    doc = parse_string(_HEADING_CLASS_PAGE, ".wxml")
    assert [title for title, _, _ in _titles(doc)] == ["一、信息的使用", "二、联系我们"]
    assert "我们使用收集的信息来提供和改进服务" in _paragraphs(doc)


def test_heading_rank_class_inside_a_sentence_stays_inline() -> None:
    doc = parse_string('<view>\n  <text>请阅读</text><text class="h2">《隐私政策》</text><text>了解详情。</text>\n</view>\n', ".wxml")
    assert _titles(doc) == []
    assert _paragraphs(doc) == ["请阅读《隐私政策》了解详情。"]


def test_text_styled_as_a_block_is_its_own_block() -> None:
    page = (
        "<template>\n  <view>\n"
        '    <text style="font-size: 30rpx;">某某网-隐私政策</text>\n'
        '    <text style="display: block; text-indent: 2em;">某某网深知个人信息对您的重要性，我们将按照法律法规的要求保护您的个人信息。</text>\n'
        '    <text style="font-size: 25rpx;">本政策的主要内容如下：</text>\n'
        "  </view>\n</template>\n"
    )
    doc = parse_string(page, ".vue")
    assert doc.metadata.title == "某某网-隐私政策"
    assert _paragraphs(doc) == ["某某网深知个人信息对您的重要性，我们将按照法律法规的要求保护您的个人信息。", "本政策的主要内容如下："]


def test_inline_block_style_stays_inline() -> None:
    page = '<view>\n  <text style="display: inline-block;">邮箱：</text>\n  <text style="display: inline-block;">a@example.com</text>\n</view>\n'
    doc = parse_string(page, ".wxml")
    assert _paragraphs(doc) == ["邮箱：a@example.com"]


def test_numbered_title_after_an_address_or_number_starts_a_block() -> None:
    page = (
        "<view>\n"
        "  <text>如有任何问题，请联系：邮箱：abc@example.com</text>\n"
        "  <text>五、更新日期</text>\n"
        "  <text>客服电话：028-62070130</text>\n"
        "  <text>六、其他</text>\n"
        "</view>\n"
    )
    doc = parse_string(page, ".wxml")
    paragraphs = _paragraphs(doc)
    assert paragraphs[0] == "如有任何问题，请联系：邮箱：abc@example.com"
    assert paragraphs[1].startswith("五、更新日期")
    assert paragraphs[1].endswith("028-62070130")
    assert [title for title, _, _ in _titles(doc)] == ["六、其他"]


def test_numbered_sentence_after_an_address_stays_on_its_line() -> None:
    # not a title line (a sentence closed by 。): the rule leaves it as the page's inline <text>s were read before
    page = "<view>\n  <text>联系邮箱：abc@example.com</text>\n  <text>1. 我们会在十五个工作日内答复您的请求。</text>\n</view>\n"
    assert _paragraphs(parse_string(page, ".wxml")) == ["联系邮箱：abc@example.com 1. 我们会在十五个工作日内答复您的请求。"]


# -- 2. language toggles ----------------------------------------------------------------------------------------------


def test_moonshot_language_toggle_is_no_heading() -> None:
    doc = parse_path(S42C / "moonshot-privacy-jsx" / "Policy.jsx")
    titles = [title for title, _, _ in _titles(doc)]
    assert "中" not in titles and "ENG" not in titles
    assert titles[:2] == ["一、隱私權保護政策的適用範圍", "二、個人資料的蒐集、處理及利用方式"]


_TOGGLE_PAGE = """import React, { useState } from 'react'
export default function Policy() {
  const [lang, setLang] = useState('zh');
  return (
    <div>
      <div className='flex gap-3'>
        <div className='px-3 cursor-pointer' onClick={() => setLang('zh')}>中</div>
        <div className='px-3 cursor-pointer' onClick={() => setLang('en')}>ENG</div>
      </div>
      <div className='text-xl font-bold' onClick={() => setOpen(1)}>一、我們蒐集的資料</div>
      <p>我們會蒐集您提供的姓名與電子郵件地址，用於提供服務與聯繫您。</p>
      <div className='text-xl font-bold'>二、資料的利用</div>
      <p>我們僅在您同意的範圍內利用您的個人資料，不會提供給第三人。</p>
    </div>
  )
}
"""


def test_language_toggle_is_chrome_but_a_tapped_title_stays_a_title() -> None:
    doc = parse_string(_TOGGLE_PAGE, ".jsx")
    assert _titles(doc) == [("一、我們蒐集的資料", 1, 10), ("二、資料的利用", 1, 12)]


# -- 3. same markup, same level ---------------------------------------------------------------------------------------


def test_hidancing_second_sub_title_keeps_its_level() -> None:
    titles = _titles(parse_path(S42C / "hidancing-privacy-vue" / "privacy.vue"))
    assert ("邮件和消息推送", 2, 277) in titles
    assert ("与服务有关的公告", 2, 281) in titles
    assert ("9.隐私政策的使用例外", 1, 290) in titles


def _sub_titles_page(first_text: str) -> str:
    return (
        "<template>\n  <view>\n"
        '    <view class="privacy-name-second">1.&nbsp;总则</view>\n'
        "    <view><view>我们重视您的隐私，本政策说明我们如何收集、使用和保护您的个人信息。</view></view>\n"
        '    <view class="privacy-name-second">2.&nbsp;我们可能向您发送的邮件和信息</view>\n'
        "    <view>\n"
        f"{first_text}"
        '      <view style="font-weight: 600;">与服务有关的公告</view>\n'
        "      <view>我们可能在必要时向您发出与服务有关的公告，您可能无法取消这些公告。</view>\n"
        "    </view>\n"
        '    <view class="privacy-name-second">3.&nbsp;变更</view>\n'
        "    <view><view>我们可能适时修订本政策，修订后的政策将在本页面公布。</view></view>\n"
        "  </view>\n</template>\n"
    )


def test_bare_sub_titles_written_alike_are_siblings() -> None:
    first = (
        '      <view style="font-weight: 600;">邮件和消息推送</view>\n'
        "      <view>我们可能向您的设备发送电子邮件或推送通知，您可以随时取消订阅。</view>\n"
    )
    titles = _titles(parse_string(_sub_titles_page(first), ".vue"))
    assert [(title, level) for title, level, _ in titles] == [
        ("1.总则", 1),
        ("2.我们可能向您发送的邮件和信息", 1),
        ("邮件和消息推送", 2),
        ("与服务有关的公告", 2),
        ("3.变更", 1),
    ]


def test_lone_bare_title_after_a_numbered_section_text_is_still_its_peer() -> None:
    # no sub-title directly under 「2.」 (it has its own text first): the bare title stands where a number would
    first = "      <view>我们可能向您的设备发送电子邮件或推送通知，您可以随时取消订阅。</view>\n"
    titles = _titles(parse_string(_sub_titles_page(first), ".vue"))
    assert ("与服务有关的公告", 1) in [(title, level) for title, level, _ in titles]
