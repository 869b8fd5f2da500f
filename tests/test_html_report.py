"""The HTML redline in a real headless Chromium: it renders, and policy text can never run as script."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _report(tmp_path: Path) -> Path:
    text = SEED.read_text(encoding="utf-8")
    hostile = text.replace(
        "我們不會向第三方出售任何個人資料。",
        "我們不會向第三方出售任何個人資料。<script>document.title='PWNED'</script><img src=x onerror=\"document.title='PWNED'\">",
    )
    new = tmp_path / "new.txt"
    new.write_text(hostile.replace("45 天", "30 天"), encoding="utf-8")
    out = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, "-m", "policylens", "diff", str(SEED), str(new), "--format", "html", "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    return out


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs the Debian package)")
def test_html_report_in_chromium(tmp_path: Path) -> None:
    report = _report(tmp_path)
    env = {**os.environ, "HOME": str(tmp_path)}
    common = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120, env=env).stdout
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title and "PWNED" not in title.group(1)  # no policy text ran as a script
    assert "&lt;script&gt;" in dom and "<del>45</del>" in dom and "<ins>30</ins>" in dom
    shot = tmp_path / "report.png"
    subprocess.run([*common, "--window-size=1280,1400", f"--screenshot={shot}", report.as_uri()], capture_output=True, timeout=120, env=env)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a real page, not a blank one
