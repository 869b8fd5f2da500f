"""A relative folder path that the text calls a folder is not a slot (issue #11, precision).

Found on a one-person tool's policy (the fifth blind set, after its clean run): files are stored in
a public repository 「的 Cloud/<您的用户名>/ 目录下」.  The angle-bracket segment is the reader's own
name in a folder, like C:\\Users\\<您的用户名>\\AppData (`test_placeholder_classes6.py`), but the
path has no root a machine would have.  What tells it apart from a link left unfilled is that the
words after the path name it a folder and its first segment is no host.
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _one_each
from test_placeholder_classes6 import _clean


def test_a_relative_path_called_a_folder_is_not_a_slot(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "您上传的文件将存放在公开代码仓库 vojingx.github.io 的 Cloud/<您的用户名>/ 目录下。",
            "文件保存在 uploads/<你的用户名>/ 文件夹中。",
            "檔案存放於 backup/<您的帳號>/ 資料夾。",
            "Files are kept in the data/<your-username>/ folder of the repository.",
        ],
    )


def test_links_and_paths_not_called_folders_stay_slots(tmp_path: Path) -> None:
    lines = [
        "反馈：https://github.com/<你的用户名>/issues",  # a link left unfilled
        "项目地址：github.com/<你的用户名>/app 目录",  # a host, not a folder: the operator's link
        "请访问 Cloud/<您的用户名>/ 查看隐私说明。",  # nothing says it is a folder
    ]
    found = _one_each(tmp_path, lines)
    assert [f.rule for f in found] == ["placeholder-instruction"] * 3
