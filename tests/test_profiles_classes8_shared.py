"""Round 8 (issue #13 overlap): the fragments the three Chinese profiles shared were copied in each
file; they now live once in the shared pattern library cli/policylens/data/profiles/shared/zh.toml, which a
profile names with `use = ["zh"]`.  A user's profile in `profile-paths` can use it the same way,
and a library or a name that does not exist is one clear error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest

from helpers import cli
from policylens.errors import UserError
from policylens.profiles import BUILTIN, SHARED, libraries, load_library, load_profile

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CHINESE = ("cn-pipl", "cn-gbt35273", "tw-pdpa")
HEAD = 'schema = "policylens.profile/1"\nid = "house"\ntitle = "t"\nlaw = "l"\n'
ITEM = '[[item]]\nid = "a"\nname = "n"\nreference = "r"\nhint = "h"\nrule = "r"\n[[item.cover]]\n'


def test_the_shared_library_matches_its_schema() -> None:
    schema = json.loads((BUILTIN.parent / "schema" / "patterns.schema.json").read_text(encoding="utf-8"))
    assert set(libraries()) == {"zh"}
    data = tomllib.loads((SHARED / "zh.toml").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert {"owner", "wish", "ends", "service", "company"} <= set(load_library(SHARED / "zh.toml"))


@pytest.mark.parametrize("name", CHINESE)
def test_a_chinese_profile_keeps_no_copy_of_a_shared_fragment(name: str) -> None:
    data = tomllib.loads((BUILTIN / f"{name}.toml").read_text(encoding="utf-8"))
    assert data["use"] == ["zh"]
    shared = load_library(SHARED / "zh.toml")
    copies = [key for key, value in data.get("patterns", {}).items() if shared.get(key) == value]
    assert copies == []


def test_the_shared_library_is_not_a_profile() -> None:
    from policylens.profiles import available

    assert "zh" not in available()


def _user_profile(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "profs"
    folder.mkdir(exist_ok=True)
    (folder / "house.toml").write_text(HEAD + body, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('profile-paths = ["profs"]\n', encoding="utf-8")
    return folder / "house.toml"


def test_a_user_profile_uses_a_shared_name(tmp_path: Path) -> None:
    _user_profile(tmp_path, 'use = ["zh"]\n' + ITEM + "all = ['{wish}', '{reach_channel}']\n")
    covered = tmp_path / "p.txt"
    covered.write_text("隐私政策\n\n如需删除您的数据，请发送邮件至 dev@foo.cn。\n", encoding="utf-8")
    bare = tmp_path / "q.txt"
    bare.write_text("隐私政策\n\n我们重视您的隐私。\n", encoding="utf-8")
    for policy, findings in ((covered, 0), (bare, 1)):
        result = cli("check", str(policy), "--profile", "house", "--format", "json", "--fail-on", "never", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        found = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f.get("item") == "house/a"]
        assert len(found) == findings


def test_a_profile_fragment_wins_over_the_shared_one(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(HEAD + "use = [\"zh\"]\n[patterns]\nwish_lead = '我想'\n" + ITEM + "all = ['{wish}']\n", encoding="utf-8")
    pattern = load_profile(path).items[0].cover[0].all[0]
    assert pattern.search("我想删除自己的数据") and not pattern.search("如需删除您的数据")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('use = ["nope"]\n' + ITEM + "all = ['删除']\n", "profile key 'use': unknown shared pattern library 'nope' (known: zh"),
        ('use = ["zh"]\n' + ITEM + "all = ['{no_such_name}']\n", "unknown pattern name {no_such_name}"),
        (ITEM + "all = ['{wish}']\n", "unknown pattern name {wish} (define it under [patterns] or in a library named by `use`)"),
        ('use = "zh"\n' + ITEM + "all = ['{wish}']\n", None),
    ],
)
def test_an_unknown_library_or_name_is_one_clear_error(tmp_path: Path, body: str, message: str | None) -> None:
    path = _user_profile(tmp_path, body)
    if message is None:  # a single name is accepted as a list of one
        assert load_profile(path).items[0].id == "house/a"
        return
    with pytest.raises(UserError):
        load_profile(path)
    policy = tmp_path / "p.txt"
    policy.write_text("隐私政策\n\n我们重视您的隐私。\n", encoding="utf-8")
    result = cli("check", str(policy), "--profile", "house", "--format", "text", cwd=tmp_path)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("policylens: error:") and "house.toml" in errors[0]
    assert message in errors[0]
    assert "Traceback" not in result.stderr
