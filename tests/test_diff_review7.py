"""Defects a fresh-eyes review found in the seventh session's diff changes, both sides.

- One region or language code added as a list item (「- HK」 under 「存储于以下地区：」) is a change,
  not a language switcher; a line of links to the other editions still is noise.
- A title change whose title has no line of its own (YAML front matter) shows no "LNone".
"""

from __future__ import annotations

from pathlib import Path

from helpers import cli

_BASE = "# 示例应用隐私政策\n\n本政策说明我们如何处理您的信息。\n\n## 一、存储\n\n我们将您的个人信息存储于以下地区：\n\n- CN\n- TW\n\n## 二、联系我们\n\n邮箱：a@example.cn\n"


def _diff(tmp_path: Path, old: str, new: str, *args: str) -> tuple[int, str]:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    result = cli("diff", str(a), str(b), *args)
    return result.returncode, result.stdout


def test_a_region_code_added_to_a_list_is_a_change(tmp_path: Path) -> None:
    code, out = _diff(tmp_path, _BASE, _BASE.replace("- TW\n", "- TW\n- HK\n"), "--format", "text")
    assert code == 1 and "{+- HK+}" in out


def test_a_line_of_edition_links_is_still_noise(tmp_path: Path) -> None:
    new = _BASE.replace("# 示例应用隐私政策\n", "# 示例应用隐私政策\n\n[English](./en.md) | [繁體中文](./zh-Hant.md)\n")
    code, _ = _diff(tmp_path, _BASE, new)
    assert code == 0


def test_a_front_matter_title_change_names_no_line(tmp_path: Path) -> None:
    old = "---\ntitle: 麻将大师隐私政策\n---\n\n## 一、共享\n\n我们不会与第三方共享您的信息。\n"
    new = old.replace("麻将", "麻雀")
    for fmt in ("text", "markdown", "html", "rich"):
        code, out = _diff(tmp_path, old, new, "--format", fmt)
        assert code == 1 and "麻雀" in out and "LNone" not in out and "~ :" not in out, fmt


def test_a_new_section_in_an_old_ones_place_is_not_a_rename(tmp_path: Path) -> None:
    """二、…Cookie… replaced by 二、…未成年人…, bodies alike only in boilerplate: removed and added, not renamed."""
    old = "# 示例隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码、设备信息，用于为您提供注册登录服务。\n\n## 二、我们如何使用Cookie和同类技术\n\n为确保网站正常运转，我们会在您的计算机或移动设备上存储名为Cookie的小数据文件。我们不会将Cookie用于本政策所述目的之外的任何用途。您可根据自己的偏好管理或删除Cookie。\n\n## 三、如何联系我们\n\n如您对本政策有任何疑问，请通过 privacy@example.com 与我们联系。\n"
    new = "# 示例隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码、设备信息，用于为您提供注册登录服务。\n\n## 二、我们如何处理未成年人的个人信息\n\n如您为未满十四周岁的未成年人，在使用我们的服务前，应当由您的父母或其他监护人阅读并同意本政策。我们不会将未成年人的个人信息用于本政策所述目的之外的任何用途。您的监护人可以管理或删除您的个人信息。\n\n## 三、如何联系我们\n\n如您对本政策有任何疑问，请通过 privacy@example.com 与我们联系。\n"
    _, out = _diff(tmp_path, old, new, "--format", "text")
    assert "1 added, 1 removed" in out and "renamed]" not in out


def test_a_renamed_and_rewritten_section_in_place_still_pairs(tmp_path: Path) -> None:
    """Near miss: 一、我们如何收集您的信息 → 一、收集范围, the body reworded (the class the pairing was made for)."""
    body_old = "我们会收集您的手机号码和设备信息，用于注册登录和安全风控，并在您注销账号后删除这些信息。"
    body_new = "我们收集您的手机号码与设备信息，用于注册登录及安全风控；您注销账号后，我们会删除上述信息。"
    old = f"# 隐私政策\n\n## 一、我们如何收集您的信息\n\n{body_old}\n\n## 二、联系我们\n\n邮箱：a@example.cn\n"
    new = f"# 隐私政策\n\n## 一、收集范围\n\n{body_new}\n\n## 二、联系我们\n\n邮箱：a@example.cn\n"
    _, out = _diff(tmp_path, old, new, "--format", "text")
    assert "1 renamed" in out or "renamed]" in out


def test_two_editions_titled_with_their_language_have_the_same_title(tmp_path: Path) -> None:
    """「示例应用隐私政策（简体中文）」 / 「示例應用隱私政策（繁體中文）」: one version's two editions, no title change."""
    body = "\n\n## 一、共享\n\n我们不会与第三方共享您的信息。\n"
    old = "# 示例应用隐私政策（简体中文）" + body
    new = "# 示例應用隱私政策（繁體中文）" + body.replace("我们不会与第三方共享您的信息", "我們不會與第三方分享您的資訊")
    _, out = _diff(tmp_path, old, new, "--format", "text")
    assert "title changed" not in out and "(document title) [modified]" not in out


def test_a_renamed_product_in_a_labelled_title_is_still_a_change(tmp_path: Path) -> None:
    body = "\n\n## 一、共享\n\n我们不会与第三方共享您的信息。\n"
    code, out = _diff(tmp_path, "# 麻将大师隐私政策（简体中文）" + body, "# 麻雀大师隐私政策（简体中文）" + body, "--format", "text")
    assert code == 1 and "title changed" in out


def test_compare_shows_a_title_change_between_versions(tmp_path: Path) -> None:
    """compare printed 「0 added, 0 removed, 0 modified」 for a product rename (only its JSON had title_changed)."""
    folder = tmp_path / "app"
    folder.mkdir()
    body = "\n\n## 一、共享\n\n我们不会与第三方共享您的信息。\n"
    (folder / "zh-CN.2024-01-01.md").write_text("# 麻将大师隐私政策" + body, encoding="utf-8")
    (folder / "zh-CN.2024-06-01.md").write_text("# 麻雀大师隐私政策" + body, encoding="utf-8")
    for fmt in ("markdown", "rich", "html"):
        result = cli("compare", str(folder), "--format", fmt)
        assert "title changed" in result.stdout, fmt


def test_a_title_variant_is_not_labelled_modified_in_html(tmp_path: Path) -> None:
    """--show-variants: the title in the other script is a variant in the HTML nav and section, not "modified"."""
    body = "\n\n## 一、共享\n\n我们不会与第三方共享您的信息。\n"
    old = "# 示例应用隐私政策" + body
    new = "# 示例應用隱私政策" + body.replace("我们不会与第三方共享您的信息", "我們不會與第三方共享您的信息")
    _, out = _diff(tmp_path, old, new, "--format", "html", "--show-variants")
    assert "(document title) <small>(variant)</small>" in out and 'class="sec modified" id="sec-title"' not in out
