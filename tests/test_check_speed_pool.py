"""The worker pool sends findings as plain tuples (issue #11, sixth round): what arrives equals what was checked."""

from __future__ import annotations

import pickle
from pathlib import Path

from policylens.check import check_file_safely
from policylens.check.options import CheckOptions
from policylens.check.pool import _received, _worker
from policylens.model import Finding

SEED = Path(__file__).resolve().parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


def test_a_report_through_the_pipe_is_the_report_checked(tmp_path: Path) -> None:
    options = CheckOptions(no_config=True)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for path in (str(SEED), str(empty), str(tmp_path / "missing.txt")):
        sent = _worker((path, options))
        assert all(type(f) is tuple for f in sent.findings)
        arrived = _received(pickle.loads(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL)))
        expected = check_file_safely(path, options)
        assert arrived == expected
        assert all(type(f) is Finding for f in arrived.findings)
        assert [f._asdict() for f in arrived.findings] == [f._asdict() for f in expected.findings]
    assert _received(_worker((str(SEED), options))).findings  # the seed has findings: the test saw some
