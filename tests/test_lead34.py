"""Lead fixes of the thirty-fourth session, each a defect class tested both ways.

1. A link target that gains or loses an ad platform's click identifier (`gclid`, `fbclid`, `msclkid` …), Alibaba's
   `spm`, or what WeChat appends to a shared page (`from=singlemessage`, `isappinstalled=0`) leads to the same page: no
   change.  A parameter of the same look that selects content (`from=app`, `spm_id`, `isappinstalled=2`) stays a change.
2. A Markdown paragraph read as a title (「1.账号的注册、登录」 above `<br>` spacer lines, 「<u>2.4 更新及完善</u>」) loses the
   tags that end or wrap it, as an ATX heading's title does (eval/pairs34, a mini-program's Markdown documents; the
   section titles of `parse`, `check` and `diff` showed 「2.账号公开信息<br> <br>」).
3. A HarmonyOS ArkUI page (`.ets`) is read as the text of its `Text('…')` components (`load.arkts`), as a Flutter screen
   is (`load.dart`): read as plain text, its `import { … }` line was the title and an unfilled slot.
4. A contact field's name in brackets as the object of a verb of contacting us is an unfilled slot, a bare field word
   too (「请发送邮件至【邮箱】联系我们」, 「如有问题请联系 【邮箱】。」); not the reader's own field, a button or a path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string, slot_findings
from policylens.diff.keys import layout_key
from policylens.load.arkts import render_ets
from policylens.structure.shapes import untag_ends
from test_pairs28 import _changes
from test_u33d_diff import _diff

# --- 1. click identifiers and share parameters in a link target --------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/privacy)。", "详见[隐私政策](https://ex.com/privacy?gclid=Cj0KCQ)。"),
        ("详见[隐私政策](https://ex.com/privacy?fbclid=IwAR3x&id=3)。", "详见[隐私政策](https://ex.com/privacy?id=3)。"),
        ("详见[隐私政策](https://ex.com/p?msclkid=ab12)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?spm=a2c4g.11186623.0.0)。", "详见[隐私政策](https://ex.com/p)。"),
        (
            "详见[隐私政策](https://mp.weixin.qq.com/s/AbC?from=singlemessage&isappinstalled=0)。",
            "详见[隐私政策](https://mp.weixin.qq.com/s/AbC)。",
        ),
        ("官网：https://ex.com/p?_gl=1*abc 。", "官网：https://ex.com/p 。"),
        ("详见[隐私政策](https://ex.com/p?GCLID=x&utm_source=a#top)。", "详见[隐私政策](https://ex.com/p#top)。"),
    ],
)
def test_click_ids_and_share_parameters_are_no_change(old: str, new: str) -> None:
    assert layout_key(old) == layout_key(new)
    assert _changes(_diff(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("详见[隐私政策](https://ex.com/p?from=app)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?spm_id=3)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?isappinstalled=2)。", "详见[隐私政策](https://ex.com/p)。"),
        ("详见[隐私政策](https://ex.com/p?gclid=x&lang=en)。", "详见[隐私政策](https://ex.com/p?lang=zh)。"),
        ("详见[隐私政策](https://ex.com/p?xgclid=1)。", "详见[隐私政策](https://ex.com/p)。"),
    ],
)
def test_look_alike_parameters_stay_a_change(old: str, new: str) -> None:
    assert layout_key(old) != layout_key(new)
    assert len(_changes(_diff(old, new))) == 1


# --- 2. a Markdown paragraph read as a title keeps no edge tags -----------------------------------------------------

_SPACED = """# 隐私协议

##### （一）注册、登录及账号公开信息
<br>
<br>

1.账号的注册、登录
<br>
<br>

您需要提供手机号码以注册账号，我们会校验您的身份。
<br>
<br>

2.账号公开信息
<br>
<br>

您的头像和昵称会向其他用户公开展示，您可以随时修改。
"""


def test_spacer_breaks_below_a_paragraph_title_are_not_in_the_title() -> None:
    doc = parse_string(_SPACED, ".md")
    titles = [s.title for s in doc.sections if s.title]
    assert "1.账号的注册、登录" in titles and "2.账号公开信息" in titles
    assert not [t for t in titles if "<" in t]
    (section,) = [s for s in doc.sections if s.title == "2.账号公开信息"]
    assert (section.title_pieces[0].line, section.title_pieces[0].column) == (15, 1)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("1.佳麦账号的注册、登录<br> <br>", "1.佳麦账号的注册、登录"),
        ("2.账号公开信息<br/>", "2.账号公开信息"),
        ("<u>2.4 更新及完善</u>", "2.4 更新及完善"),
        ('<span style="font-weight:bold">第三条 信息共享</span>', "第三条 信息共享"),
        ("<b>一、</b>总则<br>", "<b>一、</b>总则"),  # a tag inside stays, with its pair: only the trailing break goes
        ("a<b>b</b>c", "a<b>b</b>c"),
        ("<br><br>", "<br><br>"),  # tags only: kept, nothing to show instead
        ("<隐私政策>", "<隐私政策>"),  # a Chinese title in angle brackets is no tag
        ("隐私政策", "隐私政策"),
    ],
)
def test_untag_ends(title: str, expected: str) -> None:
    assert untag_ends(title) == expected


# --- 3. a HarmonyOS ArkUI page ---------------------------------------------------------------------------------------

_ETS = """import router from '@ohos.router';
import { PromptParams } from './Base'

@Entry
@Component
struct PrivacyPage {
  @State appName: string = '示例'

  build() {
    Column() {
      Row() {
        Image($r('app.media.back')).onClick(() => { router.back() })
        Text('隐私政策').fontSize(18)
      }
      Scroll() {
        Column() {
          Text('示例应用隐私政策')
            .fontSize(20)
            .fontWeight(FontWeight.Bold)
          Text(`更新日期：2025年4月3日
生效日期：2025年4月3日`)
          // Text('注释里的文字')
          Text(`欢迎使用${this.appName}`)
          Text('一、我们收集的信息').fontWeight(FontWeight.Bold)
          Text('我们会收集您的手机号码，' +
            '用于注册和登录。')
          Text() {
            Span('我们不会').fontColor('#333')
            Span('出售').fontWeight(FontWeight.Bold)
            Span('您的个人信息。')
          }
          Text('二、联系我们').fontWeight(600)
          Text('如有问题，请发送邮件至【邮箱】联系我们。')
          Text($r('app.string.privacy_more'))
        }
      }
      Button('同意').onClick(() => { router.back() })
    }
  }
}
"""


def test_an_arkui_page_is_read_as_its_text_components(tmp_path: Path) -> None:
    page = tmp_path / "PrivacyPage.ets"
    page.write_text(_ETS, encoding="utf-8")
    doc = parse_path(page)
    assert doc.source.format == "html"
    assert doc.metadata.title == "示例应用隐私政策"  # not the navigation bar's 隐私政策, not the import line
    assert doc.metadata.updated == "2025-04-03"
    sections = {s.title: s for s in doc.sections if s.title}
    assert list(sections) == ["一、我们收集的信息", "二、联系我们"]
    first = [(p.text, p.line, p.column) for p in sections["一、我们收集的信息"].paragraphs]
    assert first == [("我们会收集您的手机号码，用于注册和登录。", 25, 17), ("我们不会出售您的个人信息。", 28, 19)]
    texts = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "注释里的文字" not in texts and "欢迎使用" not in texts and "同意" not in texts and "PromptParams" not in texts
    assert [(line, rule) for line, rule, _ in slot_findings(page)] == [(33, "placeholder-instruction")]


def test_arkui_page_without_text_components_is_plain_text(tmp_path: Path) -> None:
    page = tmp_path / "Util.ets"
    page.write_text("export function add(a: number, b: number): number {\n  return a + b\n}\n", encoding="utf-8")
    assert parse_path(page).source.format == "text"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Text('标题').fontSize(20).fontWeight(FontWeight.Bold)", "<p><b>标题</b></p>"),
        ("Text('正文').fontWeight(FontWeight.Normal)", "<p>正文</p>"),
        ("Text('第一行\\n第二行')", "<p>第一行<br>第二行</p>"),
        ("Text(`计算的${x}`)", None),
        ("TextInput({ placeholder: '请输入' })", None),
        ("Text('a &lt; <b>')", "<p>a &amp;lt; &lt;b&gt;</p>"),
    ],
)
def test_render_ets(source: str, expected: str | None) -> None:
    page = render_ets(source)
    assert (page.strip() if page is not None else None) == expected


# --- 4. a contact field's name as the object of a verb of contacting us -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "如有问题请联系 【邮箱】。",
        "如有问题，请发送邮件至【邮箱】联系我们。",
        "如您对本政策有任何疑问，请拨打【电话】。",
        "您可以通过【邮箱】与我们联系。",
        "如有问题，请访问【网址】。",
        "如有疑问，可致电【客服电话】。",
    ],
)
def test_a_contact_field_as_the_object_of_contacting_us_is_a_slot(sentence: str, tmp_path: Path) -> None:
    page = tmp_path / "privacy.md"
    page.write_text(f"# 隐私政策\n\n更新日期：2025年1月1日\n\n## 联系我们\n\n{sentence}\n", encoding="utf-8")
    assert [(line, rule) for line, rule, _ in slot_findings(page)] == [(7, "placeholder-instruction")]


@pytest.mark.parametrize(
    "sentence",
    [
        "我们会将验证码发送至您的【邮箱】。",
        "请点击【邮箱】按钮绑定。",
        "您可以通过【邮箱】登录本应用。",
        "请在【设置】中联系客服。",
        "您可以在【我的】-【邮箱】中查看。",
        "收到通知后，请在【邮箱】中查收。",
    ],
)
def test_a_field_word_elsewhere_is_no_slot(sentence: str, tmp_path: Path) -> None:
    page = tmp_path / "privacy.md"
    page.write_text(f"# 隐私政策\n\n更新日期：2025年1月1日\n\n## 联系我们\n\n{sentence}\n", encoding="utf-8")
    assert slot_findings(page) == []
