"""`diff` on the classes the twenty-fifth session's blind set showed (u25b, `eval/blind/pairs25`: real version pairs,
annotated before any run, then scored once on frozen main e730dc0a; the texts below are invented, not copied).

1. *An Axure RP prototype's menus after the policy* (eval/blind/pairs25/pairs/zwy-menu-chrome/new.html): the
   exported page lays out its widgets by position, so the header menus (「登录」「注册」「工商注册」「HOT」, each a
   `<div class="ax_default label">`) come after the policy's text widget in the source, with no <nav> or link around
   them; they were read as short headings: a menu-only commit gave a false added, a false removed and a false moved
   section, one entry and exit 1 (`load.html.chrome_lines._widget_label`, `_trailing_labels`).
2. *Headings renumbered from Chinese numerals to Arabic ones* (eval/blind/pairs25/pairs/lumy-guide-renumber): 「四、…」
   → 「4. …」 with the title and body reworded sits in the old section's place, but its number 「四」 was read as
   refuting 「4」 there, so the section was shown removed and its successor added (`diff.align.scoring._number_key`).
"""

from __future__ import annotations

from helpers import parse_string
from policylens.diff import diff_documents, has_changes


def _report(old: str, new: str, suffix: str):  # type: ignore[no-untyped-def]
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _changes(old: str, new: str, suffix: str) -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in _report(old, new, suffix).sections for c in s.changes]


AXURE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>隐私条款</title></head><body>
<div id="base" class="">
  <!-- Unnamed (矩形) -->
  <div id="u101" class="ax_default label">
    <div id="u101_div" class=""></div>
    <div id="u102" class="text" style="visibility: visible;"><p><span>隐私条款</span></p></div>
  </div>
  <!-- Unnamed (文本段落) -->
  <div id="u103" class="ax_default _文本段落">
    <img id="u103_img" class="img " src="resources/images/transparent.gif"/>
    <div id="u104" class="text" style="visibility: visible;">
      <p><span>1、适用范围</span></p><p><span>本条款适用于青禾代账网站及其提供的记账、报税服务。</span></p>
      <p><span>2、我们收集的信息</span></p><p><span>为开通服务，我们会收集您的姓名、手机号码和企业名称，并仅用于为您办理业务。</span></p>
      <p><span>3、变更</span></p><p><span>我们可能适时修订本条款，修订后的条款将在本页面公布。</span></p>
    </div>
  </div>
{menus}
</div></body></html>
"""


def _label(uid: int, text: str) -> str:
    return (
        f'  <!-- Unnamed (矩形) -->\n  <div id="u{uid}" class="ax_default label">\n    <div id="u{uid}_div" class=""></div>\n'
        f'    <div id="u{uid + 1}" class="text" style="visibility: visible;"><p><span>{text}</span></p></div>\n  </div>'
    )


def _menus(*entries: str) -> str:
    return "\n".join(_label(200 + 2 * k, text) for k, text in enumerate(entries))


def test_axure_labels_after_the_policy_are_chrome() -> None:
    """Menu labels of an Axure export after the policy's text, renamed, dropped and added: no section, no change (class 1)."""
    old = AXURE.format(menus=_menus("登录", "注册", "首页", "创业学院", "工商注册", "HOT"))
    new = AXURE.format(menus=_menus("登录", "注册", "限时优惠", "工商注册", "HOT", "首页", "财税课堂"))
    report = _report(old, new, ".html")
    assert _changes(old, new, ".html") == []
    assert not has_changes(report)
    assert [s.new.title for s in report.sections if s.new and s.new.title] == ["1、适用范围", "2、我们收集的信息", "3、变更"]


def test_axure_label_with_a_number_after_the_policy_stays_text() -> None:
    """Near miss: a label after the policy that gives a phone number is no menu: its change shows (class 1)."""
    old = AXURE.format(menus=_menus("登录", "注册", "客服电话 400-100-2000"))
    new = AXURE.format(menus=_menus("登录", "注册", "客服电话 400-100-3000"))
    assert any(n and "400-100-3000" in n for _, n in _changes(old, new, ".html"))


def test_axure_policy_text_after_the_labels_is_still_compared() -> None:
    """Near miss: labels above the policy (its title, a menu above it) are left alone and the policy's edits show (class 1)."""
    old = AXURE.format(menus="")
    new = old.replace("姓名、手机号码和企业名称", "姓名、手机号码、身份证号码和企业名称")
    assert any(n and "身份证号码" in n for _, n in _changes(old, new, ".html"))


RENUMBERED_OLD = """# 云帆笔记隐私政策

## 一、我们收集的信息

我们会收集您的手机号码，用于注册和登录云帆笔记；您也可以选择上传头像。

## 二、信息的存储

我们将您的个人信息存储在中国境内的服务器上，保存期限为您使用服务的期间。

## 三、联系我们

如有疑问，请发送邮件至 help@yunfan.example.cn。
"""


def test_chinese_numeral_renumbered_to_arabic_keeps_its_place() -> None:
    """「二、信息的存储」 → 「2. 存储地点与期限」, reworded, between unchanged neighbours: one renamed section (class 2)."""
    new = (
        RENUMBERED_OLD.replace("## 一、", "## 1. ")
        .replace("## 三、", "## 3. ")
        .replace("## 二、信息的存储", "## 2. 存储地点与期限")
        .replace(
            "我们将您的个人信息存储在中国境内的服务器上，保存期限为您使用服务的期间。",
            "我们仅在中华人民共和国境内的服务器上存储您的个人信息；除法律另有规定外，保存期限为实现目的所必需的最短时间。",
        )
    )
    report = _report(RENUMBERED_OLD, new, ".md")
    statuses = [(s.old.title if s.old else None, s.new.title if s.new else None, s.status, s.renamed) for s in report.sections]
    assert ("二、信息的存储", "2. 存储地点与期限", "modified", True) in statuses
    assert not any(status in ("added", "removed") for _, _, status, _ in statuses)
    # the reworded text is still shown, word by word
    assert any(n and "除法律另有规定外" in n for _, n in _changes(RENUMBERED_OLD, new, ".md"))


def test_another_number_still_refutes_the_place() -> None:
    """Near miss: 「二、信息的存储」 in the place of a new 「5. 存储地点与期限」: another value, not paired by place (class 2)."""
    new = RENUMBERED_OLD.replace("## 二、信息的存储", "## 5. 存储地点与期限").replace(
        "我们将您的个人信息存储在中国境内的服务器上，保存期限为您使用服务的期间。",
        "我们仅在中华人民共和国境内的服务器上存储您的个人信息；除法律另有规定外，保存期限为实现目的所必需的最短时间。",
    )
    statuses = [
        (s.old.title if s.old else None, s.new.title if s.new else None, s.status) for s in _report(RENUMBERED_OLD, new, ".md").sections
    ]
    assert ("二、信息的存储", None, "removed") in statuses and (None, "5. 存储地点与期限", "added") in statuses


def test_a_policy_written_in_axure_labels_keeps_its_trailing_labels() -> None:
    """Near miss: a page whose sentences are themselves label widgets: a trailing label is its text, its change shows (class 1)."""
    body = "\n".join(
        _label(300 + 2 * k, text)
        for k, text in enumerate(["我们会收集您的手机号码，仅用于登录。", "注销账号", "在设置页提交注销申请即可注销账号。", "问题反馈"])
    )
    old = AXURE.replace("{menus}", body)
    new = old.replace("问题反馈", "意见反馈")
    assert any(n and "意见反馈" in n for _, n in _changes(old, new, ".html")) or any(
        s.renamed or s.status != "unchanged" for s in _report(old, new, ".html").sections
    )
