"""Hostile input, round 21 (r21h): defect classes the earlier rounds missed.

- An invisible character inside a phrase a disclosure profile looks for (a zero-width space or joiner, a word joiner,
  a soft hyphen, a variation selector: 「保\\u200b留您的个人信息」) hid the phrase, and a covered item was reported
  missing.  Coverage reads such characters as it reads markup: left out of the text the patterns retry
  (`profiles.coverage._marked`).
- The same characters inside a date (「生效日期：2025年\\u2060 4月8日」) hid it from the metadata, and `date-format`
  reported the date missing; the metadata is read from the text as a reader sees it (`structure.metadata`).
- A profile folder (`profile-paths`) holding a hidden file that is no profile (a Mac's `._x.toml`, an editor's lock
  `.#x.toml`, a dangling link) stopped `profiles` and `explain` with one line about it; hidden files are skipped there
  as a directory scan of `check` and `compare` skips them (`profiles.available`).
  A configuration file in its own profile folder (`profile-paths = ["."]`) stopped them too.
- A baseline written from standard input (`check - --write-baseline B`) stored it as a file of the working folder
  (「../<stdin>」): from any other folder the baseline did not apply (`check.baseline.Baseline.key`).
- `compare vendor-a/privacy vendor-b/privacy` (two products of one folder name) compared them as one product: editions
  of different dates became versions of each other, without a word (`compare.inputs._name_apart`).
  `compare --git x/zh/privacy.md --git y/zh/privacy.md` was one product `zh` too; and two `--git` files of one folder
  whose names carry no edition (`zh/privacy.md`, `zh/terms.md`) were one edition by their script, their versions
  interleaved: two files claiming one edition, none compared (`compare.analyse._rival_guesses`).
- Contradictory options passed silently: `check --select R --ignore R` (or `select` and `ignore` of one configuration)
  ran no rule and exited 0; `--config F --no-config` dropped `F` without a word.  Each is one line, exit 2.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import cli, profile_status
from test_compare_sources import _git

_HIDDEN = ["\u200b", "\u200d", "\u2060", "\u00ad", "\ufe00"]


@pytest.mark.parametrize("hidden", _HIDDEN, ids=["zwsp", "zwj", "wj", "shy", "vs"])
def test_an_invisible_character_inside_a_covering_phrase_still_covers(hidden: str) -> None:
    """Class: an invisible character inside the words a profile pattern looks for made a covered item missing
    (a false `disclosure-missing`); found with random zero-width characters in
    corpora/qunachongdian-privacy/zh-Hans.2025-04-08.md (cn-pipl/retention, processor, abroad-*)."""
    sentence = "作为一般规则，我们仅在实现信息收集目的所需的时间内保{}留您的个人信息。"
    assert profile_status("## 存储\n\n" + sentence.format(""), "cn-pipl/retention") == "covered"
    assert profile_status("## 存储\n\n" + sentence.format(hidden), "cn-pipl/retention") == "covered"


@pytest.mark.parametrize("hidden", ["\u2060", "\u200d", "\u00ad"], ids=["wj", "zwj", "shy"])
def test_an_invisible_character_inside_a_date_does_not_hide_it(tmp_path: Path, hidden: str) -> None:
    """Class: a word joiner, ZWJ or soft hyphen inside the effective date hid it from the metadata: `date-format`
    said 「找不到生效日期」 of a dated policy, and `parse` showed no date."""
    policy = tmp_path / "p.md"
    policy.write_text(f"# 隱私權政策\n\n生效日期：2025年{hidden}4月8日\n\n我們收集您的姓名。\n", encoding="utf-8")
    result = cli("check", str(policy), "--select", "date-format", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["findings"] == []
    parsed = json.loads(cli("parse", str(policy), "-f", "json").stdout)
    assert parsed["metadata"]["effective"] == "2025-04-08"


def test_hidden_files_in_a_profile_folder_are_not_profiles(tmp_path: Path) -> None:
    """Class: a hidden `.toml` in a `profile-paths` folder (a Mac's `._my-law.toml`, an Emacs lock `.#my-law.toml`,
    a dangling link) stopped `profiles` and `explain` with an error about it, though no profile can be named so."""
    (tmp_path / "prof").mkdir()
    item = 'schema = "policylens.profile/1"\nid = "my-law"\ntitle = "T"\nlaw = "L"\n'
    item += '[[item]]\nid = "contact"\nname = "c"\nreference = "r"\nhint = "h"\nrule = "x"\n[[item.cover]]\nall = ["email"]\n'
    (tmp_path / "prof" / "my-law.toml").write_text(item, encoding="utf-8")
    (tmp_path / "prof" / "._my-law.toml").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    (tmp_path / "prof" / ".#my-law.toml").symlink_to("root@host.1234:1700000000")
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["prof"]\n', encoding="utf-8")
    listed = cli("profiles", cwd=tmp_path)
    assert listed.returncode == 0 and listed.stderr == "", listed.stderr
    assert "my-law/contact" in listed.stdout
    assert cli("explain", "my-law", cwd=tmp_path).returncode == 0
    # the configuration beside its profiles (`profile-paths = ["."]`) is no profile either
    (tmp_path / "prof" / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["."]\n', encoding="utf-8")
    beside = cli("profiles", cwd=tmp_path / "prof")
    assert beside.returncode == 0 and beside.stderr == "" and "my-law/contact" in beside.stdout, beside.stderr


def test_products_of_one_name_in_two_folders_stay_apart(tmp_path: Path) -> None:
    """Class: two product folders of one name (`a/privacy`, `b/privacy`) were one product: editions of different dates
    were compared as versions of each other (exit 0, no word), editions of one date refused as duplicates."""
    for vendor, day, mail in (("a", "2024-01-01", "a@example.com"), ("b", "2023-01-01", "b@example.com")):
        folder = tmp_path / vendor / "privacy"
        folder.mkdir(parents=True)
        (folder / f"zh-Hant.{day}.md").write_text(f"# 隱私權政策\n\n## 聯絡我們\n\n電子郵件：{mail}。\n", encoding="utf-8")
        (folder / f"zh-Hans.{day}.md").write_text(f"# 隐私政策\n\n## 联系我们\n\n电子邮件：{mail}。\n", encoding="utf-8")
    for args in (("a", "b"), ("a/privacy", "b/privacy")):
        result = cli("compare", *args, "-f", "json", "--jobs", "1", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        products = json.loads(result.stdout)["products"]
        assert [p["product"] for p in products] == ["a/privacy", "b/privacy"]
        assert all(len(edition["versions"]) == 1 for p in products for edition in p["versions"])  # one version each
    single = cli("compare", "a", "-f", "json", "--jobs", "1", cwd=tmp_path)  # a name no other folder shares is unchanged
    assert [p["product"] for p in json.loads(single.stdout)["products"]] == ["privacy"]


def test_contradictory_options_are_one_line(tmp_path: Path) -> None:
    """Class: `--select R --ignore R` checked nothing and passed (exit 0); `--config F --no-config` dropped F silently."""
    policy = tmp_path / "p.md"
    policy.write_text("# 隱私權政策\n\n我們收集【公司名稱】的資料。\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    config = tmp_path / "other" / "policylens.toml"
    config.write_text('fail-on = "never"\n', encoding="utf-8")
    for args in (("--select", "placeholder-instruction", "--ignore", "placeholder-instruction"), ("--config", str(config), "--no-config")):
        result = cli("check", str(policy), *args)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("policylens: error: "), result.stderr
    assert cli("check", str(policy), "--select", "placeholder-instruction,date-format", "--ignore", "date-format").returncode == 1
    config.write_text('select = ["placeholder-instruction"]\nignore = ["placeholder-instruction"]\n', encoding="utf-8")
    result = cli("check", str(policy), "--config", str(config))  # the same in a configuration
    assert result.returncode == 2 and "configuration key 'ignore': takes out every rule `select` names" in result.stderr


def test_a_baseline_of_standard_input_applies_from_any_folder(tmp_path: Path) -> None:
    """Class: the baseline of `check - --write-baseline B` named standard input by the working folder (「../<stdin>」),
    so run from another folder (a CI step's) every finding came back; a baseline written so before still applies."""
    text = "# 隱私權政策\n\n我們收集【公司名稱】的資料。\n"
    (tmp_path / "ci").mkdir()
    baseline = tmp_path / "ci" / "b.json"
    assert cli("check", "-", "--write-baseline", str(baseline), stdin=text, cwd=tmp_path).returncode == 0
    assert {f["path"] for f in json.loads(baseline.read_text(encoding="utf-8"))["findings"]} == {"<stdin>"}
    again = cli("check", "-", "--baseline", "b.json", "-f", "json", stdin=text, cwd=tmp_path / "ci")
    assert again.returncode == 0 and json.loads(again.stdout)["files"][0]["findings"] == [], again.stdout
    old = baseline.read_text(encoding="utf-8").replace('"<stdin>"', '"../<stdin>"')  # as written before this round
    baseline.write_text(old, encoding="utf-8")
    assert cli("check", "-", "--baseline", str(baseline), stdin=text, cwd=tmp_path).returncode == 0


def test_compare_reads_facts_through_invisible_characters(tmp_path: Path) -> None:
    """Class: a zero-width space inside an edition's e-mail, a word joiner inside its phone, a ZWJ inside its duration
    hid each fact: 「privacy@example.com → (absent)」 of an edition that shows the same address, exit 1."""
    folder = tmp_path / "prod"
    folder.mkdir()
    fact = "電子郵件：privacy@{}example.com，電話：02-2345{}-6789。我們保存資料3{}0天。"
    for tag, hidden in (("zh-Hant", ("", "", "")), ("zh-Hans", ("\u200b", "\u2060", "\u200d"))):
        body = fact.format(*hidden)
        (folder / f"{tag}.2024-01-01.md").write_text(f"# 隱私權政策\n\n## 聯絡我們\n\n{body}\n", encoding="utf-8")
    result = cli("compare", str(folder), "-f", "json")
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["products"][0]["divergences"] == []


def test_standard_input_as_the_policy_and_the_baseline_is_one_line() -> None:
    """Class: standard input named as the policy and as a file an option reads (`check - --baseline /dev/stdin`,
    `--config /dev/fd/0`): the policy was read as the baseline, 「unreadable baseline: Expecting value」."""
    for option in (("--baseline", "/dev/stdin"), ("--config", "/dev/fd/0")):
        result = cli("check", "-", *option, stdin="# 隱私權政策\n\n我們收集您的姓名。\n")
        assert result.returncode == 2
        assert result.stderr == f"policylens: error: standard input is given twice ('-' and '{option[1]}'); it can be read only once\n"


def test_an_invisible_character_inside_a_heading_a_clause_needs(tmp_path: Path) -> None:
    """Class: a clause that needs a heading (`heading = "联络"`) did not see 「聯\\u200d絡我們」 as one: the item was missing."""
    (tmp_path / "prof").mkdir()
    item = 'schema = "policylens.profile/1"\nid = "my-law"\ntitle = "T"\nlaw = "L"\n'
    item += (
        '[[item]]\nid = "contact"\nname = "c"\nreference = "r"\nhint = "h"\nrule = "x"\n[[item.cover]]\nheading = "联络"\nall = ["电话"]\n'
    )
    (tmp_path / "prof" / "my-law.toml").write_text(item, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["prof"]\n', encoding="utf-8")
    (tmp_path / "p.md").write_text("# 隱私權政策\n\n## 聯\u200d絡我們\n\n電話：03-5550-1234\n", encoding="utf-8")
    result = cli("check", "p.md", "-p", "my-law", "--select", "disclosure-missing", "-f", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["files"][0]["findings"] == []


@pytest.mark.skipif(shutil.which("git") is None, reason="needs the git executable")
def test_git_files_of_one_product_name_or_one_guessed_edition_are_not_merged(tmp_path: Path) -> None:
    """Class: `--git x/zh/privacy.md --git y/zh/privacy.md` was one product `zh`; `--git zh/privacy.md --git zh/terms.md`
    (names without an edition, one script) one edition whose versions interleaved the two files, without a word."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    text = "# 隱私權政策\n\n## 聯絡我們\n\n電子郵件：{}@example.com。\n"
    for day, names in (("2024-01-15", ("x/zh/privacy.md", "y/zh/privacy.md")), ("2024-03-01", ("x/zh/terms.md",))):
        for name in names:
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            (repo / name).write_text(text.format(name.replace("/", "-")[:-3]), encoding="utf-8")
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", day, date=day)
    apart = cli("compare", "--git", "x/zh/privacy.md", "--git", "y/zh/privacy.md", "-f", "json", cwd=repo)
    assert [p["product"] for p in json.loads(apart.stdout)["products"]] == ["x/zh", "y/zh"], apart.stderr
    rivals = cli("compare", "--git", "x/zh/privacy.md", "--git", "x/zh/terms.md", "-f", "json", cwd=repo)
    assert rivals.returncode == 2
    (product,) = json.loads(rivals.stdout)["products"]
    assert product["editions"] == [] and len(product["errors"]) == 1
    assert "two files claim zh zh-Hant by their script alone: x/zh/privacy.md and x/zh/terms.md" in rivals.stderr


def test_compare_lists_twenty_input_warnings_then_counts_the_rest(tmp_path: Path) -> None:
    """Class: `compare` over a folder of many files not named as editions wrote a warning line per file (500 files,
    500 lines on stderr); it lists 20 and counts the rest, as the reader warnings of one file are."""
    folder = tmp_path / "prod"
    folder.mkdir()
    (folder / "zh-Hant.2024-01-01.md").write_text("# 隱私權政策\n\n我們收集您的姓名。\n", encoding="utf-8")
    for n in range(30):
        (folder / f"note{n:02d}.md").write_text("筆記\n", encoding="utf-8")
    result = cli("compare", str(tmp_path), "-f", "json")
    lines = result.stderr.splitlines()
    assert len(lines) == 21 and lines[-1] == "policylens: warning: 10 more warnings about the inputs are not listed", lines
