"""False findings and misses on unseen published zh-Hans documents (issue #11, eval/precision29, first run at 3d050962).

Each class is reproduced on small texts written for it, both ways (the finding gone, and the look-alike kept):

- bracket-unbalanced, items of a run-in list after a U+2028 line separator: 「…WiFi状态；\u20283）为了…；\u20284）在您…」
  (6 warnings in eval/precision29/qingdian-policy-vue, 青点阅读隐私权政策: the items' 「3）」 to 「8）」, pasted from an editor
  with LINE SEPARATOR between them).  Any white space before a label whose sibling closes the same way starts an item,
  as a space or a clause's end did; a lone 「）」 after one, with no sibling label, is still reported;
- regional-vocabulary, 资讯类 (the news category of apps and services: 「与广告或资讯类服务商共享」) in mainland text;
  资讯 for "information" (「确保网站资讯的准确性」) is still reported;
- misses: 链结 (Taiwan and Hong Kong 鏈結, a hyperlink; 「未能链结互联网」 in eval/precision29/gdpay-service-vue) is
  reported, 连结 (mainland usage too) is not; a contact field's name kept with its value inside the template's 【】
  (「客服中心【QQ：2095827074】」, beside 「发送邮件至【read@cqyaochi.com】」) is residue as the bare value is; a field's
  name alone in 【】 (【联系电话】) or words around a number (【客服电话400热线】) are not;
- misses, uni-app pages read as nothing: an agreement shown by a rich-text parser component, uView's
  「<u-parse :content="content">」 (eval/precision29/zzdn-agreement-vue, 79 kB) or jyf-parser's 「<parser :html="html">」
  (eval/precision29/hicity-agreement-vue, held out), is read as `v-html` is; a `:content` on any other component is
  not; and a data() field naming another top-level constant, 「content: _html」 with 「const _html = `…`」, is that
  constant (a call on it, or a name never defined, still leaves the slot unread).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string
from helpers import rule_excerpts as _findings

_HEAD = "# 隐私政策\n\n更新日期：2026年1月1日\n\n"

# ---- bracket-unbalanced: run-in list labels after any white space ---------------------------------------------------


@pytest.mark.parametrize("space", ["\u2028", "\u2029", "\xa0", "\u2028\u2028"])
def test_run_in_labels_after_a_line_separator_are_items(tmp_path: Path, space: str) -> None:
    text = (
        _HEAD
        + f"1) 您登录时须提供手机号码。 2) 我们根据网络状态提示下载；{space}3）为了根据网络状态做相关操作，我们需要查看网络状态；{space}4）在您使用夜间模式时，我们需要获取权限。\n"
    )
    assert _findings(tmp_path, text, "bracket-unbalanced", "p.md") == []


def test_a_lone_closer_after_a_line_separator_is_still_reported(tmp_path: Path) -> None:
    text = _HEAD + "我们需要查看您的网络状态；\u20283）为了根据当前网络状态做相关操作，我们会提示您。\n"
    assert _findings(tmp_path, text, "bracket-unbalanced", "p.md") == ["）"]


# ---- regional-vocabulary: 资讯类 ------------------------------------------------------------------------------------


def test_the_news_category_is_mainland_wording(tmp_path: Path) -> None:
    text = _HEAD + "我们可能与广告或资讯类服务商共享去标识化信息，也可能推荐资讯类APP。\n"
    assert _findings(tmp_path, text, "regional-vocabulary", "p.md") == []


def test_information_as_zixun_and_a_taiwan_link_are_reported(tmp_path: Path) -> None:
    text = _HEAD + "我们已采取合理措施确保网站资讯的准确性，但不对未能链结互联网而产生的损失负责。我们会连结您的设备。\n"
    assert _findings(tmp_path, text, "regional-vocabulary", "p.md") == ["资讯", "链结"]


# ---- placeholder-residue: a field's name kept inside 【】 with its value --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("欢迎垂询本公司客服中心【QQ：2095827074】。", "【QQ：2095827074】"),
        ("请拨打【客服电话：400-820-8820】联系我们。", "【客服电话：400-820-8820】"),
        ("请发送邮件至【邮箱: privacy@example.cn】。", "【邮箱: privacy@example.cn】"),
    ],
)
def test_a_labelled_value_in_template_brackets_is_residue(tmp_path: Path, sentence: str, found: str) -> None:
    assert _findings(tmp_path, _HEAD + sentence + "\n", "placeholder-residue", "p.md") == [found]


@pytest.mark.parametrize(
    "sentence",
    [
        "请填写【联系电话】后提交。",  # a field's name alone: a slot, another rule's
        "请拨打【客服电话400热线】。",  # words around the number
        "【特别提示】请您仔细阅读。",
        "您可在【设置】-【账号与安全】中修改。",
    ],
)
def test_other_bracketed_words_are_no_residue(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _HEAD + sentence + "\n", "placeholder-residue", "p.md") == []


# ---- uni-app: rich-text parser components and a data() field naming another constant ----------------------------

_AGREEMENT = "<p><strong>用户协议</strong></p><p>本协议是您与南京示例网络科技有限公司之间就服务所订立的契约，请您仔细阅读。</p>"


def _page(tag: str, field: str = "content: _html", definition: str = "const _html = `" + _AGREEMENT + "`") -> str:
    return f'<template>\n  <view class="a-content">\n    {tag}\n  </view>\n</template>\n\n<script>\n{definition}\nexport default {{\n  data() {{\n    return {{\n      {field}\n    }}\n  }}\n}}\n</script>\n'


def _text(page: str) -> str:
    doc = parse_string(page, ".vue")
    return "\n".join([*(s.title or "" for s in doc.sections), *(p.text for s in doc.sections for p in s.paragraphs)])


@pytest.mark.parametrize(
    ("tag", "field"),
    [
        ('<u-parse :content="content"></u-parse>', "content: _html"),
        ('<mp-html :content="content" />', "content: _html"),
        ('<parser class="padding" :html="html" :tag-style="tagStyle"></parser>', "html: _html"),
        ('<jyf-parser v-bind:html="html"></jyf-parser>', "html: _html"),
        ('<view v-html="content"></view>', "content: _html"),
    ],
)
def test_an_agreement_shown_by_a_rich_text_parser_is_read(tag: str, field: str) -> None:
    assert "本协议是您与南京示例网络科技有限公司之间" in _text(_page(tag, field))


@pytest.mark.parametrize(
    ("tag", "field"),
    [
        ('<u-popup :content="content"></u-popup>', "content: _html"),  # any other component's property
        ('<u-parse :content="content"></u-parse>', "content: _html.trim()"),  # computed from it
        ('<u-parse :content="content"></u-parse>', "content: otherHtml"),  # a name never defined
    ],
)
def test_other_bindings_leave_the_agreement_unread(tag: str, field: str) -> None:
    assert "本协议是您与南京示例网络科技有限公司之间" not in _text(_page(tag, field))


def test_names_that_refer_to_each_other_are_no_value() -> None:
    page = _page('<u-parse :content="content"></u-parse>', "content: a", "const a = b\nconst b = a")
    assert "本协议" not in _text(page)
