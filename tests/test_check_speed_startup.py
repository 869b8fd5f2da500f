"""What a `check` process imports at start-up (issue #11, sixth round): no TOML reader without a TOML file, no `inspect`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_CODE = (
    "import sys\n"
    "from policylens.commands import main\n"
    "sys.argv = ['policylens', 'check', *sys.argv[1:]]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "sys.stderr.write(repr(sorted(m for m in ('tomllib', 'tomli', 'inspect') if m in sys.modules)))\n"
)


def _imported(*args: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _CODE, *args], capture_output=True, text=True, check=False, cwd=cwd, stdin=subprocess.DEVNULL
    )
    return result.stderr.strip()


def test_a_check_without_a_toml_file_imports_no_toml_reader_and_no_inspect(tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n本政策說明我們如何處理資料。\n", encoding="utf-8")
    assert _imported(str(policy), "--format", "json", "--no-config", cwd=tmp_path).endswith("[]")
    assert _imported(str(policy), "--format", "json", cwd=tmp_path).endswith("[]")  # no policylens.toml above it either


def test_a_configuration_file_is_still_read(tmp_path: Path) -> None:
    """The TOML reader is imported when a configuration is found, and what it says applies."""
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n請填寫【】。\n", encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('[tool.policylens]\nignore = ["placeholder-empty"]\n', encoding="utf-8")
    assert "tomllib" in _imported(str(policy), "--format", "json", cwd=tmp_path) or sys.version_info < (3, 11)
    result = subprocess.run(
        [sys.executable, "-m", "policylens", "check", str(policy), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert "placeholder-empty" not in result.stdout and '"schema":"policylens.check/1"' in result.stdout


def test_python_m_exits_the_ordinary_way_so_a_wrapper_runs_on(tmp_path: Path) -> None:
    """`python -m cProfile -m policylens …` printed nothing of its profile: `os._exit` ended the
    process under the wrapper.  Only the console script takes the fast exit."""
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n本政策說明我們如何處理資料。\n", encoding="utf-8")
    code = "import runpy, sys\nsys.argv = ['policylens', 'check', sys.argv[1]]\ntry:\n    runpy.run_module('policylens', run_name='__main__')\nexcept SystemExit:\n    pass\nprint('wrapper ran on')\n"
    result = subprocess.run([sys.executable, "-c", code, str(policy)], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert result.stdout.rstrip().endswith("wrapper ran on"), result.stdout[-300:]


_COMPILES = (
    "import re, sys\n"
    "seen = []\n"
    "plain = re._compile\n"
    "def traced(pattern, flags):\n"
    "    caller = sys._getframe(1)\n"
    "    while caller is not None and caller.f_code.co_filename == re.__file__:\n"
    "        caller = caller.f_back\n"
    "    if caller is not None and '/policylens/' in caller.f_code.co_filename.replace('\\\\', '/') and caller.f_code.co_name == '<module>':\n"
    "        seen.append((caller.f_code.co_filename.rsplit('policylens', 1)[-1], str(pattern)))\n"
    "    return plain(pattern, flags)\n"
    "re._compile = traced\n"
    "from policylens.commands import main\n"
    "sys.argv = ['policylens', 'check', *sys.argv[1:]]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "sys.stderr.write(repr([s for s in seen if not s[1].isascii()]))\n"
)


def test_a_check_compiles_no_cjk_pattern_with_re_at_import(tmp_path: Path) -> None:
    """Module-level `re.compile` of a pattern with CJK characters costs 0.2–2 ms at every start-up
    (`re` builds a class over a CJK range in Python; script-mixed's nine were 6.5 ms of a 100 ms
    start-up, issue #11): the `check` path's module-level patterns are `lazy()`, compiled on use
    from the pattern store.  Class: a module-level `re.compile` of a non-ASCII pattern on the check path."""
    import policylens

    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n本政策說明我們如何處理資料，請聯絡 privacy@example.com。\n", encoding="utf-8")
    env = {**__import__("os").environ, "PYTHONPATH": str(Path(policylens.__file__).resolve().parents[1])}
    result = subprocess.run(
        [sys.executable, "-c", _COMPILES, str(policy), "--format", "json", "--no-config"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=env,
    )
    assert result.stderr.strip().endswith("[]"), result.stderr[-800:]
