"""A directory scan over a docs tree checks the files that look like policies (issue #11 §6).

The class: UTF-8 text files in a scanned folder whose name and first 256 KB hold no
privacy-policy wording (release notes, install guides, index pages) are skipped, with one
note on stderr naming them; whatever cannot be told cheaply is checked; the switches that
turn the default exclusions off, and naming a file, check everything.
"""

from __future__ import annotations

from pathlib import Path

from helpers import cli
from policylens.check.discovery import looks_like_policy

POLICY = "# 隐私政策\n\n## 一、我们收集的信息\n\n联系邮箱：【】\n"


def _tree(root: Path) -> Path:
    docs = root / "docs"
    (docs / "guide").mkdir(parents=True)
    (docs / "README.md").write_text("# 项目说明\n", encoding="utf-8")
    (docs / "release-notes.md").write_text("# 版本说明\n\n## 1.2\n\n修复了若干问题。\n", encoding="utf-8")
    (docs / "index.html").write_text("<h1>欢迎</h1><p>文档首页。</p>", encoding="utf-8")
    (docs / "guide" / "install.md").write_text("# Install\n\nRun `pip install x`.\n", encoding="utf-8")
    (docs / "policy.md").write_text(POLICY, encoding="utf-8")
    (docs / "zh-Hant.2021-03-30.txt").write_bytes("本公司蒐集您的資料：【】。\n".encode("big5"))
    (docs / "guide" / "contact.md").write_text("联系邮箱：【】\n", encoding="utf-8")  # a fragment, no policy words
    (docs / "empty.md").write_text("", encoding="utf-8")
    return docs


def _checked(stdout: str) -> set[str]:
    import json

    return {Path(f["path"]).name for f in json.loads(stdout)["files"]}


def test_scan_checks_policies_and_names_what_it_skipped(tmp_path: Path) -> None:
    docs = _tree(tmp_path)
    result = cli("check", str(docs), "--format", "json")
    assert _checked(result.stdout) == {"policy.md", "zh-Hant.2021-03-30.txt", "empty.md"}
    notes = [line for line in result.stderr.splitlines() if line.startswith("policylens: note:")]
    assert len(notes) == 1 and "4 files" in notes[0] and "--no-default-exclude" in notes[0]
    assert "release-notes.md" in notes[0]


def test_no_default_exclude_and_configuration_check_everything(tmp_path: Path) -> None:
    docs = _tree(tmp_path)
    everything = {
        "README.md",
        "release-notes.md",
        "index.html",
        "install.md",
        "policy.md",
        "zh-Hant.2021-03-30.txt",
        "contact.md",
        "empty.md",
    }
    assert _checked(cli("check", str(docs), "--format", "json", "--no-default-exclude").stdout) == everything
    (docs / "policylens.toml").write_text("default-exclude = false\n", encoding="utf-8")
    result = cli("check", str(docs), "--format", "json")
    assert _checked(result.stdout) == everything
    assert "policylens: note:" not in result.stderr


def test_a_named_file_is_always_checked(tmp_path: Path) -> None:
    docs = _tree(tmp_path)
    result = cli("check", str(docs / "release-notes.md"), str(docs / "guide" / "contact.md"), "--format", "json")
    assert _checked(result.stdout) == {"release-notes.md", "contact.md"}


def test_what_cannot_be_told_cheaply_counts_as_a_policy(tmp_path: Path) -> None:
    cases = {
        "a.txt": "隐私政策".encode("gb18030") + b"\n",
        "b.txt": "說明".encode("utf-16"),
        "c.docx": b"PK\x03\x04",
        "d.md": b"   \n",
        "privacy.md": b"# Hello\n",
        "e.md": b"We may COLLECT your e-mail address.\n",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert looks_like_policy(path), name
    plain = tmp_path / "notes.md"
    plain.write_text("# 会议纪要\n\n下周发布。\n", encoding="utf-8")
    assert not looks_like_policy(plain)


def test_annexes_and_taiwan_notices_and_entity_pages_are_policies(tmp_path: Path) -> None:
    cases = {
        "sdk-list.md": "# 第三方SDK目录\n\n| SDK名称 | 使用目的 |\n|---|---|\n| 微信开放平台SDK | 分享 |\n",
        "permissions.md": "# 应用权限申请说明\n\n相机权限：用于扫描二维码。\n",
        "tw-notice.md": "# 個人資訊告知事項\n\n本公司依法令取得您的姓名、電話及電子郵件。\n",
        "page.html": "<h1>&#38544;&#31169;&#25919;&#31574;</h1><p>&#25105;&#20204;</p>",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert looks_like_policy(path), name
