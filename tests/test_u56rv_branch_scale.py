"""Review u56rv: the condition branches a React page does not read (u56j, `load.html.branches._branch_blocks`,
`check._branch_findings`) cost work linear in the page.  `_branch_blocks` counted each branch's line from the file's
start and its column back to the line's start (a page of thousands of branches, or of one long line of them, scanned
the source once per branch), and each finding of the branch document was compared with every branch of the page
(8,000 branches each holding a slot: 32 million comparisons).  Not timed: the characters the source is asked to scan
are counted, and the findings and their places are those a branch at a time gives."""

from __future__ import annotations

from pathlib import Path

from policylens.check import check_file
from policylens.check.options import CheckOptions
from policylens.load.html.branches import _branch_blocks

_READ = "本公司依法蒐集您的個人資料並妥善保管第{i}項"


class _Counting(str):
    """A source that counts the characters `count` and `rfind` are asked to scan."""

    scanned = 0

    def count(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        _Counting.scanned += (len(self) if end is None else end) - (start or 0)
        return super().count(sub, start, end)

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        _Counting.scanned += (len(self) if end is None else end) - (start or 0)
        return super().rfind(sub, start, end)


def _page(n: int, per_line: int) -> str:
    spans = [f'<span>{{ok ? "{_READ.format(i=i)}" : "【公司名稱】{i}"}}</span>' for i in range(n)]
    lines = ["".join(spans[k : k + per_line]) for k in range(0, n, per_line)]
    return (
        "export default function P({ ok }) {\n  return (<main><h1>隱私權政策</h1>\n"
        + "\n".join(f"<p>{x}</p>" for x in lines)
        + "\n</main>);\n}\n"
    )


def _alternates(source: str) -> list[tuple[int, str, str]]:
    out, at = [], 0
    while (at := source.find('"【公司名稱】', at)) >= 0:
        other = source[at + 1 : source.index('"', at + 1)]
        out.append((at, other, "(read)"))
        at += 1
    return out


def _naive(source: str, at: int) -> tuple[int, int]:
    return source.count("\n", 0, at) + 1, at + 1 - source.rfind("\n", 0, at)


def test_branch_blocks_scan_the_source_once_and_place_each_branch() -> None:
    for per_line in (1, 7, 400):  # a branch a line, a few, one long line of them
        source = _page(400, per_line)
        alternates = _alternates(source)
        _Counting.scanned = 0
        blocks = _branch_blocks(_Counting(source), alternates, [])
        assert [(b.line, b.column) for b in blocks] == [_naive(source, at) for at, _, _ in alternates]
        assert [b.text for b in blocks] == [other for _, other, _ in alternates]
        assert _Counting.scanned <= 2 * len(source), (per_line, _Counting.scanned, len(source))


def test_every_line_of_unread_branch_slots_is_reported_once_at_its_first(tmp_path: Path) -> None:
    for per_line in (1, 50):
        source = _page(200, per_line)
        path = tmp_path / f"page{per_line}.tsx"
        path.write_text(source, encoding="utf-8")
        found = [
            (f.line, f.column) for f in check_file(str(path), CheckOptions(no_config=True)).findings if f.rule == "placeholder-instruction"
        ]
        places = [_naive(source, at) for at, _, _ in _alternates(source)]
        firsts = sorted({line: column for line, column in reversed(places)}.items())  # (a line's slots: one finding)
        assert sorted(found) == firsts and len(firsts) == 200 // per_line
