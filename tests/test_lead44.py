"""Lead fixes of the forty-fourth session, from review r44 (/work/notes/r44.md).

- A Simplified edition named by its folder: only a locale-shaped folder (zh-CN/, zh_Hans/) of the last two, or a bare
  sc/, cn/, chs/, zhs/ as the file's own folder.  A bare `hans` (a person's home folder) or a grandparent folder no longer
  makes a Hong Kong company's Simplified policy "the mainland edition" and its Hong Kong wording mainland findings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.script import named_simplified_edition


@pytest.mark.parametrize(
    "path",
    [
        "/home/hans/policy.md",  # a person's home folder
        "/srv/simplified/site/privacy.md",  # a grandparent folder named so
        "/work/sc/site/privacy.md",  # a bare token two folders up
        "/work/meg-privacy-hkcn/terms.html",  # a folder that only contains the token
        "-",
    ],
)
def test_a_folder_that_does_not_name_the_edition(path: str) -> None:
    assert not named_simplified_edition(path)


@pytest.mark.parametrize(
    "path",
    [
        "/site/zh-CN/privacy.md",
        "/site/zh_Hans/legal/privacy.md",  # locale-shaped: either of the last two folders
        "/site/sc/terms.html",  # a bare token as the file's own folder
        "/site/cn/privacy.md",
        "/site/privacy-sc.html",
        "/site/terms_chs.md",
        "/site/privacy_zh-CN.html",
    ],
)
def test_a_name_that_names_the_simplified_edition(path: str) -> None:
    assert named_simplified_edition(path)


HK_IN_SIMPLIFIED = """# 私隐政策

本公司为香港注册公司，依据香港《个人资料（私隐）条例》处理阁下的个人资料。阁下可透过电邮联络我们查阅或更正资料。
"""


def test_a_hong_kong_policy_in_simplified_under_a_home_folder_named_hans(tmp_path: Path) -> None:
    from helpers import cli

    folder = tmp_path / "hans"
    folder.mkdir()
    for where in (tmp_path / "hk.md", folder / "hk.md"):
        where.write_text(HK_IN_SIMPLIFIED, encoding="utf-8")
        done = cli("check", "--no-config", "--select", "regional-vocabulary", "--format", "json", str(where))
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["files"][0]["findings"] == [], where
