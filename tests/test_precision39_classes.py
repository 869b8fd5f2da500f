"""The false-finding classes of eval/precision39 (thirty-ninth session, u39q), each both ways.

- an Android string resource file (`res/values/strings.xml`): each `<string>` is a text of its own, so the halves of
  a message the app completes (「添加新车辆 (」 and 「) 成功!」, 「您收到【」 and 「】赠送的卡片」) are no empty slot, and
  its form strings (「请输入新邮箱」, 「绑定邮箱：」) are the app's, not the policy's (`cli/policylens/load/catalogue/`,
  `cli/policylens/load/html/tags.py`); a dummy value in a prompt (「请输入XXX的激活码」), a slot in the policy it holds
  and the same brackets inside one sentence of a web page are still found.
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file
from policylens.load import load
from policylens.load.catalogue import android_catalogue

_RESOURCES = """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools">
    <string name="add_a_new_vehicle">添加新车辆 (</string>
    <string name="success">) 成功!</string>
    <string name="you_receive">您收到【</string>
    <string name="gift_card_please_check">】赠送的卡片，请查收！</string>
    <string name="new_email">请输入新邮箱</string>
    <string name="bind_email">绑定邮箱：</string>
    <string name="maintain_mileage">保养里程 ： </string>
    <string name="email_hint">邮箱</string>
    <string name="activation">请输入XXX的激活码</string>
    <string name="me_private"><![CDATA[
隐私政策<br/>
本应用由[公司名称]运营，我们重视您的个人信息。<br/>
]]></string>
</resources>
"""


def _findings(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt) for f in report.findings if f.rule.startswith("placeholder")]


def test_android_resource_strings_are_texts_of_their_own(tmp_path: Path) -> None:
    found = _findings(tmp_path, "strings.xml", _RESOURCES)
    lines = {line for _, line, _ in found}
    assert not lines & {3, 4, 5, 6, 7, 8, 9, 10}, found  # split halves, prompts and labels: the app's
    assert ("placeholder-instruction", 11, "XXX") in found  # a dummy value in a prompt is still a slot
    assert any(line == 14 and "公司名称" in excerpt for _, line, excerpt in found), found  # the policy's slot


def test_each_resource_string_is_its_own_block(tmp_path: Path) -> None:
    path = tmp_path / "strings.xml"
    path.write_text(_RESOURCES, encoding="utf-8")
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert not any("添加新车辆" in t and "成功" in t for t in texts), texts
    catalogue = android_catalogue(_RESOURCES)
    assert catalogue is not None
    assert {7, 8, 9, 10} <= catalogue.ui_lines and 11 not in catalogue.ui_lines and 3 not in catalogue.ui_lines


def test_the_same_brackets_in_one_sentence_of_a_page_are_still_an_empty_slot(tmp_path: Path) -> None:
    page = "<html><body><p>本政策由（ ）负责解释，联系人：【】。</p></body></html>\n"
    found = _findings(tmp_path, "privacy.html", page)
    assert any(rule == "placeholder-empty" for rule, _, _ in found), found


def test_a_page_that_is_no_resource_file_has_no_catalogue() -> None:
    assert android_catalogue("<html><body><string>请输入邮箱</string></body></html>") is None
    assert android_catalogue('<?xml version="1.0"?>\n<!-- strings -->\n<resources><string name="a">b</string></resources>') is not None


def test_a_vue_page_keeps_its_style_rows(tmp_path: Path) -> None:
    """The resource branch stands beside the component page's, not in its way: a Vue page's headings read from its
    style sheet's rows are still found (a first version lost 「2.1 账号注册」 and 17 more on eval/structure34b)."""
    from policylens.load.document import read_document

    page = Path(__file__).resolve().parents[1] / "eval/structure34b/holdout/canteen-user-vue/user-agreement.vue"
    titles = [s.title for s in read_document(str(page)).sections]
    assert "2.1 账号注册" in titles and "10.3 联系方式" in titles, titles
