"""The patterns of a user's disclosure profile pass the same adversarial probe as
`placeholder-patterns`: they run on every paragraph, and `(a+)+$` hung `check` for more than
30 s on a 60-byte policy.  A slow pattern is one clear error naming the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli
from policylens.errors import UserError
from policylens.profiles import load_profile

HEAD = 'schema = "policylens.profile/1"\nid = "house"\ntitle = "t"\nlaw = "l"\n'
ITEM = '[[item]]\nid = "a"\nname = "n"\nreference = "r"\nhint = "h"\nrule = "r"\n[[item.cover]]\n'


@pytest.mark.parametrize(
    "content",
    [
        HEAD + "[patterns]\nx = '(a+)+$'\n" + ITEM + "all = ['{x}']\n",
        HEAD + ITEM + "all = ['(\\\\w+\\\\s?)+$']\n",
    ],
)
def test_a_catastrophic_user_pattern_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "house.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=r"item\.a\.cover\[0\]\.all.*backtracks catastrophically"):
        load_profile(path)


def test_check_stops_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "profs").mkdir()
    (tmp_path / "profs" / "house.toml").write_text(HEAD + "[patterns]\nx = '(a+)+$'\n" + ITEM + "all = ['{x}']\n", encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('profile-paths = ["profs"]\nprofiles = ["house"]\n', encoding="utf-8")
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n" + "a" * 40 + "!\n", encoding="utf-8")
    result = cli("check", str(policy), "--format", "text", cwd=tmp_path)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("policylens: error:")]
    assert len(errors) == 1 and "backtracks catastrophically" in errors[0] and "house.toml" in errors[0]


def test_an_ordinary_user_pattern_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(HEAD + ITEM + "all = ['保存期限|保留\\\\d{1,3}[天日年]']\n", encoding="utf-8")
    assert load_profile(path).items[0].id == "house/a"


def test_a_copied_built_in_profile_is_accepted(tmp_path: Path) -> None:
    # its patterns are the built-in ones, probed by the suite with the budget they need
    from policylens.profiles import BUILTIN

    text = (BUILTIN / "tw-pdpa.toml").read_text(encoding="utf-8")
    path = tmp_path / "my-law.toml"
    path.write_text(text.replace('id = "tw-pdpa"', 'id = "my-law"', 1), encoding="utf-8")
    assert len(load_profile(path).items) == len(load_profile(BUILTIN / "tw-pdpa.toml").items)


def test_an_unknown_profile_in_the_configuration_names_the_file(tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n我們重視您的隱私。\n", encoding="utf-8")
    config = tmp_path / "policylens.toml"
    config.write_text('profiles = ["nope"]\n', encoding="utf-8")
    result = cli("check", str(policy), "--format", "text", cwd=tmp_path)
    assert result.returncode == 2
    assert f"{config}: configuration key 'profiles': unknown profile 'nope'" in result.stderr
    config.write_text('profiles = ["house"]\nprofile-paths = ["missing"]\n', encoding="utf-8")
    result = cli("check", str(policy), "--format", "text", cwd=tmp_path)
    assert f"{config}: configuration key 'profile-paths': profile folder {tmp_path / 'missing'} not found" in result.stderr
