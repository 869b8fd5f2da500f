"""Issue #13: OpenCC's dictionaries are read through the installed distribution, whichever one provides `opencc`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from policylens.opencc_data import dictionaries, dictionary_source, read_dictionary
from policylens.script import DATA_FILE

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"
OLD, NEW = (ROOT / "corpora" / "filterbox-privacy" / name for name in ("zh-Hans.2023-04-05.md", "zh-Hans.2025-01-17.md"))


def test_dictionaries_come_from_the_distribution_that_provides_opencc() -> None:
    assert dictionary_source() == "opencc-python-reimplemented"
    found = dictionaries()
    assert found.suffix == ".txt" and (found.folder / "TSCharacters.txt").is_file() and found.converter is None
    assert read_dictionary("TSCharacters.txt")["國"] == ("国",)
    assert "資料" in {v for vs in read_dictionary("TWPhrases.txt").values() for v in vs}


def test_a_missing_dictionary_is_one_clear_error() -> None:
    with pytest.raises(RuntimeError, match="NoSuchDictionary is not in the installed opencc-python-reimplemented package"):
        read_dictionary("NoSuchDictionary.txt")


def test_python_m_regenerates_the_stored_sets(tmp_path: Path) -> None:
    """`python -m policylens.opencc_data` writes data/opencc_sets.json (it used to be `python -m policylens.script`, which did nothing)."""
    out = tmp_path / "sets.json"
    run = subprocess.run(
        [sys.executable, "-m", "policylens.opencc_data", "--output", str(out)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert "written from the dictionaries of opencc-python-reimplemented" in run.stdout
    assert out.read_bytes() == DATA_FILE.read_bytes()
    check = subprocess.run([sys.executable, "-m", "policylens.opencc_data", "--check"], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and "is up to date" in check.stdout
    out.write_text("{}\n", encoding="utf-8")
    stale = subprocess.run(
        [sys.executable, "-m", "policylens.opencc_data", "--check", "--output", str(out)], capture_output=True, text=True, timeout=120
    )
    assert stale.returncode == 1 and "differs from" in stale.stdout


_PROBE = """
import json, sys
from policylens.opencc_data import dictionaries, dictionary_source, read_dictionary, derive_script_data
data = derive_script_data()
print(json.dumps({
    "source": dictionary_source(),
    "ts_suffix": dictionaries().suffix,
    "guo": read_dictionary("TSCharacters.txt").get("國"),
    "hant_has_zi": "資" in data["hant_only"],
    "hans_has_zi": "资" in data["hans_only"],
    "taiwan_phrases": len(data["taiwan_phrases"]),
}))
"""


@pytest.mark.slow
def test_policylens_keeps_working_with_the_official_opencc_wheel(tmp_path: Path) -> None:
    """The official `opencc` wheel installs a module of the same name, with compiled .ocd2 dictionaries and no .txt files.

    It is installed for real (from the configured package index) into a folder put first
    on PYTHONPATH, so that `import opencc` finds it instead of opencc-python-reimplemented.
    """
    target = tmp_path / "official"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), "opencc>=1.1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if install.returncode != 0:
        pytest.skip(f"the official opencc wheel could not be installed here: {install.stderr.strip()[-300:]}")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), os.environ.get("PYTHONPATH", "")])}
    probe = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert found["source"].lower() == "opencc"  # the official wheel calls itself OpenCC
    assert found["ts_suffix"] == ".ocd2"
    assert found["guo"] == ["国"]
    assert found["hant_has_zi"] and found["hans_has_zi"]
    assert found["taiwan_phrases"] > 500  # 755 from opencc 1.4.2, 473 in the stored file from opencc-python-reimplemented
    # The rules that read dictionaries (script-mixed, regional-vocabulary) and diff (variants, keys).
    check = subprocess.run(
        [sys.executable, "-m", "policylens", "check", str(SEED), "--format", "json", "--no-config"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert check.returncode in (0, 1), check.stderr
    rules = {f["rule"] for f in json.loads(check.stdout)["files"][0]["findings"]}
    assert "regional-vocabulary" in rules  # the seed's 數據 etc., found through TWPhrases
    diff = subprocess.run(
        [sys.executable, "-m", "policylens", "diff", str(OLD), str(NEW), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert diff.returncode in (0, 1), diff.stderr
    assert json.loads(diff.stdout)["schema"].startswith("policylens.diff/")
