"""`diff` on big inputs (issue #12 §1): what was made quicker gives the same results as before.

Loading: `diff` loads two big documents at once, with the same documents, warnings and
errors as one after the other.

`commands.diff.read_pair` forks a child that loads NEW while this process loads OLD, and
receives NEW pickled.  Whatever the child does, the result must be what reading OLD then
NEW here gives: equal documents, OLD's error first, NEW's error unchanged, and no child
left behind.  The size threshold is lowered here so that small files take that path.

Word segmentation: the changed middles of paragraphs are segmented by `tokens._cut_han`,
which must give exactly jieba's words.

Timings are measured by `benchmarks/bench_worst_diff.py`, never asserted.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policylens.commands.diff as diff_command
from conftest import SEED, corpus_files
from helpers import cli
from policylens.diff import tokens
from policylens.diff.keys import to_simplified
from policylens.errors import UserError
from policylens.load.document import read_document


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Take the parallel path for any file size (given two cores); the list gets each child's pid."""
    monkeypatch.setattr(diff_command, "PARALLEL_BYTES", 0)
    monkeypatch.setattr("policylens.executor.default_jobs", lambda: 2)
    pids: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            pids.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    return pids


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_parallel_loading_gives_the_documents_of_serial_loading(forks: list[int]) -> None:
    files = corpus_files()
    pairs = [(files[k], files[k + 1]) for k in range(0, len(files) - 1, 7)]
    for old, new in pairs:
        before, after = diff_command.read_pair(str(old), str(new))
        assert before == read_document(str(old))
        assert after == read_document(str(new))
    assert len(forks) == len(pairs)
    assert all(_reaped(pid) for pid in forks)


def test_small_files_stdin_and_one_core_are_loaded_here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def no_fork() -> int:
        raise AssertionError("forked for a small file, stdin or one core")

    monkeypatch.setattr(os, "fork", no_fork)
    small = tmp_path / "small.txt"
    small.write_text("一、總則\n\n我們收集資料。\n", encoding="utf-8")
    diff_command.read_pair(str(SEED), str(small))  # the seed is far below PARALLEL_BYTES
    monkeypatch.setattr(diff_command, "PARALLEL_BYTES", 0)
    monkeypatch.setattr("policylens.executor.default_jobs", lambda: 1)
    diff_command.read_pair(str(SEED), str(small))
    assert not diff_command._worth_parallel("-", str(small))
    assert not diff_command._worth_parallel(str(tmp_path), str(small))  # a folder is not a file to load


def test_an_error_in_old_comes_first_and_leaves_no_child(forks: list[int], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary" * 100)
    worse = tmp_path / "worse.txt"
    worse.write_bytes(b"\x00\xff" * 100)
    with pytest.raises(UserError) as serial:
        read_document(str(bad))
    with pytest.raises(UserError) as parallel:
        diff_command.read_pair(str(bad), str(worse))
    assert str(parallel.value) == str(serial.value)
    assert forks and all(_reaped(pid) for pid in forks)


def test_an_error_in_new_is_the_error_of_reading_it_here(forks: list[int], tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("一、總則\n\n我們收集資料。\n", encoding="utf-8")
    for content, limit in ((b"\x00\x01\x02binary" * 100, None), ("我們收集資料。\n".encode() * 400, 1_000)):
        bad = tmp_path / "bad.txt"
        bad.write_bytes(content)
        with pytest.raises(UserError) as serial:
            read_document(str(bad), max_bytes=limit)
        with pytest.raises(UserError) as parallel:
            diff_command.read_pair(str(good), str(bad), max_bytes=limit)
        assert str(parallel.value) == str(serial.value)
    assert len(forks) == 2 and all(_reaped(pid) for pid in forks)


def test_a_child_that_dies_is_replaced_by_reading_new_here(forks: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    """A child killed before it sends anything: NEW is read again in this process."""
    import pickle

    files = corpus_files()
    old, new = str(files[0]), str(files[1])

    def broken_dump(*_: object, **__: object) -> None:
        raise OSError("the pipe broke")

    monkeypatch.setattr(pickle, "dump", broken_dump)  # the child inherits it and sends nothing
    before, after = diff_command.read_pair(old, new)
    assert (before, after) == (read_document(old), read_document(new))
    assert len(forks) == 1 and _reaped(forks[0])


def test_the_diff_command_prints_the_same_report_either_way(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("個人資料", "個人信息", 5).replace("。", "，並通知您。", 3), encoding="utf-8")
    serial = cli("diff", str(old), str(new), "--format", "json")
    monkeypatch.setattr(diff_command, "PARALLEL_BYTES", 0)
    monkeypatch.setattr("policylens.executor.default_jobs", lambda: 2)
    parallel = cli("diff", str(old), str(new), "--format", "json")
    assert serial.returncode == parallel.returncode == 1
    assert parallel.stdout == serial.stdout and parallel.stderr == serial.stderr


# Ideographs jieba's dictionary knows (so that words form), and any others it reads as one block.
_COMMON = "我們收集您的個人資料信息用于提供服务并依法保存期间第三方分享权利删除更正查询使用安全儿童未成年人同意撤回账号注销联系"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(list(_COMMON)), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5)),
        min_size=1,
        max_size=40,
    ).map("".join)
)
def test_the_word_segmenter_is_jiebas(text: str) -> None:
    """`tokens._cut_han` is jieba's own segmentation (DAG, scores, ties, HMM for unknown runs)."""
    assert tokens._cut_han(text) == tokens._tokenizer().lcut(text, HMM=True)


def test_runs_jieba_splits_itself_still_go_through_jieba() -> None:
    """Ideographs outside jieba's block range (Extension A, compatibility) take jieba's own path."""
    for run in ("我們收集\u3400資料", "個人\uf900資料", "\u9fd6\u9fd7保存", "資料"):
        words = tokens._chinese_words(run)
        assert "".join(words) == run
        assert [len(w) for w in words] == [len(w) for w in tokens._tokenizer().lcut(to_simplified(run), HMM=True)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFFFF, blacklist_categories=("Cs",)), max_size=60))
def test_to_simplified_maps_each_character_by_the_table(text: str) -> None:
    from policylens.diff import keys

    table = keys._t2s()
    assert keys.to_simplified(text) == "".join(table.get(c, c) for c in text)


def test_a_fork_that_fails_falls_back_to_one_after_the_other(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff_command, "PARALLEL_BYTES", 0)
    monkeypatch.setattr("policylens.executor.default_jobs", lambda: 2)

    def no_process() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_process)
    files = corpus_files()
    assert diff_command.read_pair(str(files[0]), str(files[1])) == (read_document(str(files[0])), read_document(str(files[1])))
