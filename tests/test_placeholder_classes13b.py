"""Placeholder classes from the thirteenth session's blind round (issue #11, a11q): one test per class, both ways.

The blind round's literal misses (the documents stay blind; the forms were given) and the template forms they stand for,
each checked against text from public repositories where it was found there:

- a name slot on a title line or a heading, before the policy's own title: 「<h1>[应用名称] 隐私政策</h1>」,
  「# [应用名称] 隐私政策」 (the same slot in body text was found; opening its line it was read as a label,
  `_is_label` in `cli/policylens/rules/placeholder_instruction/slots.py`).  Chinese document templates open so: 「# [应用名称] 需求文档 v1.0」,
  「# [应用名称] 操作指南」;
- a template's empty table row, each cell the generic noun of its column in half-width brackets: 「| [第三方库名] |
  [如：统计/广告] | [数据类型] |」 (as in the document templates 「| [服务名] | [用途] | [API Key/OAuth] | [数据类型] |」), and the
  purposes offered with none chosen: 「用于[版本更新检查/云同步/获取汇率数据]」 (`cli/policylens/rules/placeholder_forms.py`);
- a template's mailbox on a real host in text: 「**your@email.com**」 (READMEs: "Need help? Email me at: **your@email.com**"),
  the mailbox `placeholder-link-target` already reads in mailto: (`cli/policylens/rules/placeholder_instruction/addresses.py`);
- a link whose visible text is filled and whose target is the word placeholder: 「<a href="https://forms.gle/PLACEHOLDER">聯絡表單</a>」
  (a landing page's notes: "Google Form … `https://forms.gle/PLACEHOLDER`") (`cli/policylens/rules/placeholder_link_target.py`);
- the false error removed: SDK fields whose value is glued to the next label, 「使用目的：一鍵登錄處理方式：sdk采集」, read as an
  empty 使用目的 (`cli/policylens/rules/placeholder_empty/sdk_fields.py`).
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _placeholders


def _found(tmp_path: Path, text: str, suffix: str = "md") -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of every placeholder-* finding of `text`."""
    return [(f.line, f.rule, f.excerpt) for f in _placeholders(tmp_path, text, suffix)]


# --- [应用名称] 隐私政策: a name slot on the title line or a heading --------------------------------------


def test_name_slot_before_the_policy_title_is_found_on_title_heading_and_line(tmp_path: Path) -> None:
    md = "# [应用名称] 隐私政策\n\n## 【APP名称】用户协议\n\n本政策适用于我们的服务。\n\n[应用名称] 隐私政策\n"
    assert [(line, excerpt) for line, _, excerpt in _found(tmp_path, md)] == [(1, "[应用名称]"), (3, "【APP名称】"), (7, "[应用名称]")]
    html = "<html><body>\n<h1>[应用名称] 隐私政策</h1>\n<h2>[应用名称] 隐私政策</h2>\n<p>本政策适用于我们的服务。</p>\n</body></html>\n"
    assert [(line, excerpt) for line, _, excerpt in _found(tmp_path, html, "html")] == [(2, "[应用名称]"), (3, "[应用名称]")]
    assert [line for line, _, _ in _found(tmp_path, "# [App Name] Privacy Policy\n\nThis policy applies to our app.\n")] == [1]


def test_slot_in_the_page_title_is_found_where_it_is_written(tmp_path: Path) -> None:
    html = (
        "<html><head>\n  <title>\n    隐私政策 &mdash; [应用名称]</title>\n</head><body>\n<h1>隐私政策</h1>\n"
        "<p>本政策适用于我们的服务。</p>\n</body></html>\n"
    )
    found = _placeholders(tmp_path, html, "html")
    assert [(f.line, f.column, f.excerpt) for f in found] == [(3, 18, "[应用名称]")], found
    only = "<html><head><title>[App Name] 隐私政策</title></head><body>\n<p>本政策适用于我们的服务。</p>\n</body></html>\n"
    assert [(f.line, f.column, f.excerpt) for f in _placeholders(tmp_path, only, "html")] == [(1, 20, "[App Name]")]
    front = '---\ntitle: "隐私政策 - [应用名称]"\n---\n\n本政策适用于我们的服务。\n'
    assert [(f.line, f.column, f.excerpt) for f in _placeholders(tmp_path, front)] == [(2, 16, "[应用名称]")]


def test_filled_page_titles_are_not_slots(tmp_path: Path) -> None:
    html = (
        "<html><head><title>隐私政策 | 趣拍拍 [Android]</title></head><body>\n<h1>隐私政策</h1>\n"
        "<p>本政策适用于我们的服务。</p>\n</body></html>\n"
    )
    assert _found(tmp_path, html, "html") == []
    front = '---\ntitle: "【公司名称】北京示范科技有限公司隐私政策"\n---\n\n本政策适用于我们的服务。\n'
    assert _found(tmp_path, front) == []


def test_labels_opening_a_line_are_still_labels(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n【联系方式】如您有任何问题，请发送邮件至 privacy@qq.com。\n\n"
        "[公司名称] 北京示范科技有限公司\n\n【应用名称】、【应用版本】与【设备型号】\n\n## 【特别提示】本政策的重点\n"
    )
    assert _found(tmp_path, text) == []


# --- | [第三方库名] | [如：统计/广告] | [数据类型] |: a template's empty table row --------------------------


def test_template_row_cells_and_unchosen_purposes_are_slots(tmp_path: Path) -> None:
    md = (
        "# 隐私政策\n\n| 第三方库 | 用途 | 收集的数据 |\n|---|---|---|\n| [第三方库名] | [如：统计/广告] | [数据类型] |\n"
        "| 汇率接口 | 用于[版本更新检查/云同步/获取汇率数据] | 无 |\n"
    )
    found = _found(tmp_path, md)
    assert [(line, excerpt) for line, _, excerpt in found] == [
        (5, "[第三方库名]"),
        (5, "[如：统计/广告]"),
        (5, "[数据类型]"),
        (6, "[版本更新检查/云同步/获取汇率数据]"),
    ], found
    html = (
        "<html><body><h1>隐私政策</h1><table><tr><th>第三方库</th><th>用途</th><th>数据</th></tr>\n"
        "<tr><td>[第三方库名]</td><td>[如：统计/广告]</td><td>[数据类型]</td></tr>\n"
        "<tr><td>汇率接口</td><td>用于[版本更新检查/云同步/获取汇率数据]</td><td>无</td></tr></table></body></html>\n"
    )
    assert {excerpt for _, _, excerpt in _found(tmp_path, html, "html")} == {
        "[第三方库名]",
        "[如：统计/广告]",
        "[数据类型]",
        "[版本更新检查/云同步/获取汇率数据]",
    }


def test_real_cells_with_brackets_are_not_slots(tmp_path: Path) -> None:
    md = (
        "# 隐私政策\n\n| 第三方 | 平台 | 用途 | 隐私政策 |\n|---|---|---|---|\n"
        "| 友盟统计[1] | [Android] | 统计分析 | [链接](https://www.umeng.com/page/policy) |\n"
        "| 极光推送 | [iOS] | 用于[消息推送](https://docs.jiguang.cn/) | [链接](https://www.jiguang.cn/license/privacy) |\n"
        "| [Android] | [iOS] | 统计/广告 | 见下文 |\n\n- [ ] 我已阅读并同意本政策\n\n[1] 友盟统计仅在您同意后初始化。\n"
    )
    assert _found(tmp_path, md) == []
    html = "<html><body><h1>隐私政策</h1><table><tr><td>[Android]</td><td>[iOS]</td><td>用于[1]统计/广告</td></tr></table></body></html>\n"
    assert _found(tmp_path, html, "html") == []


# --- **your@email.com**: a template's mailbox on any host ---------------------------------------------


def test_template_mailbox_in_text_is_found_like_in_a_mailto_link(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n**your@email.com**\n\n联系邮箱：your.email@gmail.com\n\n"
        "- **your-email@example.com**\n\n[联系我们](mailto:your@email.com)\n"
    )
    found = _found(tmp_path, text)
    assert [(line, excerpt) for line, _, excerpt in found] == [
        (3, "your@email.com"),
        (5, "your.email@gmail.com"),
        (7, "your-email@example.com"),
        (9, "mailto:your@email.com"),
    ], found


def test_real_mailboxes_and_samples_of_the_format_are_not_slots(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n联系邮箱：yourhealth@qq.com\n\n邮箱格式示例：your@email.com\n\n"
        "请在终端运行 `git config user.email your@email.com`。\n\n客服：support@youremail.cn\n"
    )
    assert _found(tmp_path, text) == []


# --- <a href="https://forms.gle/PLACEHOLDER">: a placeholder in a link's target --------------------------


def test_link_target_whose_path_is_placeholder_is_found(tmp_path: Path) -> None:
    html = (
        '<html><body><h1>隱私權政策</h1><p>如有疑問，請填寫<a href="https://forms.gle/PLACEHOLDER">聯絡表單</a>。</p>\n'
        '<p>追蹤我們：<a href="https://www.instagram.com/placeholder/">Instagram</a></p></body></html>\n'
    )
    found = _found(tmp_path, html, "html")
    assert [(rule, excerpt) for _, rule, excerpt in found] == [
        ("placeholder-link-target", "https://forms.gle/PLACEHOLDER"),
        ("placeholder-link-target", "https://www.instagram.com/placeholder/"),
    ], found
    md = "# 隐私政策\n\n请填写[联系表单](https://forms.gle/PLACEHOLDER)。\n"
    assert [rule for _, rule, _ in _found(tmp_path, md)] == ["placeholder-link-target"]


def test_links_with_placeholder_in_a_name_are_not_slots(tmp_path: Path) -> None:
    html = (
        '<html><body><h1>隱私權政策</h1><p><a href="https://via.placeholder.com/privacy">圖片服務</a>；'
        '<a href="https://forms.gle/placeholderDay2x9">報名表</a>；'
        '<a href="https://developer.mozilla.org/docs/Web/HTML/Attributes/placeholder">說明</a></p></body></html>\n'
    )
    assert _found(tmp_path, html, "html") == []


# --- 使用目的：一鍵登錄處理方式：sdk采集: a value glued to the next label ------------------------------------


def test_sdk_field_values_glued_to_the_next_label_are_not_empty(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n使用目的：一键登录处理方式：sdk采集\n\nSDK名称：极光认证使用目的：一键登录\n\n隐私说明：收集个人信息类型：设备信息\n"
    )
    found = _found(tmp_path, text)
    assert [(line, rule, excerpt) for line, rule, excerpt in found] == [(7, "placeholder-empty", "隐私说明：")], found


def test_an_empty_sdk_field_before_a_qualified_label_is_still_empty(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n隐私政策：第三方SDK名称：友盟\n\n隐私说明：收集的个人信息类型：设备信息\n"
    assert [(line, rule) for line, rule, _ in _found(tmp_path, text)] == [(3, "placeholder-empty"), (5, "placeholder-empty")]
