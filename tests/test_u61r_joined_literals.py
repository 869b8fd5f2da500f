"""String literals joined with `+` in a script's data are one text (u61r, `load.vue_data.joined`; eval/profiles61p
wuliu-zh, not blind): a module's document object whose long strings are written over several lines is read as its
sections, each string at its own lines.  A name, a call or a template slot joined in keeps the value computed."""

from __future__ import annotations

import pytest

from parse_helpers import parse_string

_MODULE = """const PRIVACY_TEXT = {
  title: '用户信息处理规则',
  intro:
    '感谢使用本小程序。在您开始查询前，请了解我们如何处理与您相关的信息。' +
    '我们仅收集为提供查询服务所必需的最少信息。',
  items: [
    {
      name: '一、我们收集的信息',
      desc:
        '您主动提交的纠错内容：错误类型、文字说明、可选的联系方式，' +
        '以及您主动上传的凭证截图。'
    },
    {
      name: '二、信息的使用',
      desc:
        '上述信息仅用于核实并修正专线数据、回复您的反馈。' +
        `我们不会将信息用于广告推送，也不会出售或提供给任何第三方。`
    },
    {
      name: '三、信息的保存与删除',
      desc: '图片存储在云开发的云存储中，仅供运营人员核实信息时查看。核实完成后我们会在三十日内清理，您也可以随时联系我们要求删除您提交的全部内容。'
    },
    {
      name: '四、联系我们',
      desc: '如对本规则有疑问，或需要查询、更正、删除您的信息，可通过小程序内的信息纠错页面提交，我们会在十五个工作日内回复您的请求。'
    }
  ]
};

module.exports = { PRIVACY_TEXT };
"""


def _read(text: str) -> tuple[list[str | None], list[tuple[int, str]]]:
    doc = parse_string(text, ".js")
    return [s.title for s in doc.sections if s.title], [(p.line, p.text) for s in doc.sections for p in s.paragraphs]


def test_joined_strings_are_one_text() -> None:
    titles, lines = _read(_MODULE)
    assert titles[-4:-2] == ["一、我们收集的信息", "二、信息的使用"]
    assert (10, "您主动提交的纠错内容：错误类型、文字说明、可选的联系方式，以及您主动上传的凭证截图。") in lines
    assert (16, "上述信息仅用于核实并修正专线数据、回复您的反馈。我们不会将信息用于广告推送，也不会出售或提供给任何第三方。") in lines


def test_each_part_keeps_its_place() -> None:
    doc = parse_string(_MODULE, ".js")
    para = next(p for s in doc.sections for p in s.paragraphs if p.text.startswith("您主动提交"))
    assert [piece.line for piece in para.pieces] == [10, 11]


@pytest.mark.parametrize(
    "joined",
    [
        "'以及您主动上传的凭证截图。' + EXTRA",  # (a name)
        "'以及您主动上传的凭证截图。' + extra()",  # (a call)
        "`以及您主动上传的${kind}截图。`",  # (a template slot)
        "('以及您主动上传的凭证截图。').trim()",  # (a member call on the result)
    ],
)
def test_a_computed_part_keeps_the_value_computed(joined: str) -> None:
    text = _MODULE.replace("'以及您主动上传的凭证截图。'", joined, 1)
    titles, _ = _read(text)
    assert "一、我们收集的信息" not in titles  # (as before: the document is no data of literals)
