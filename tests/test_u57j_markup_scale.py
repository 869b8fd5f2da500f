"""u57j task 3: pages of many arrays whose bodies are markup (`load/jsx_data/markup_fields.py`) read in time linear in
the page: each array asked the whole page again (its line starts, `_line_starts`; every `field:` of the page,
`renderer._field_uses`) and each array's move read every block of the page again (`gathered`).  The CPU of n and 2n
items, markup nodes and arrays is written down for `benchmarks/bench_linear.py` (`tests/timings.py`), never asserted;
what is asserted is that every title is read over its body, in order.  Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load import load
from timings import recorded, timed


def _item(k: int, nodes: int) -> str:
    points = "\n".join(f"          <li>· 第{k}項第{j}點：我們會蒐集你的聯絡方式與使用紀錄</li>" for j in range(nodes))
    return (
        f"  {{\n    q: '第{k}個問題：我們會蒐集什麼',\n    a: (\n      <>\n        <p>只有你主動填在官網表單裡的東西，第{k}段說明。</p>\n"
        f"        <ul>\n{points}\n        </ul>\n      </>\n    )\n  }},"
    )


def _page(items: int, nodes: int, arrays: int) -> str:
    declared = [
        f"const part{a}: {{ q: string; a: React.ReactNode }}[] = [\n" + "\n".join(_item(k, nodes) for k in range(items)) + "\n];\n"
        for a in range(arrays)
    ]
    maps = [
        f"      {{part{a}.map((s) => (\n        <div key={{s.q}}>\n          <h2>{{s.q}}</h2>\n          <div>{{s.a}}</div>\n"
        "        </div>\n      ))}"
        for a in range(arrays)
    ]
    return (
        "\n".join(declared)
        + "\nexport default function Page() {\n  return (\n    <main>\n      <h1>隱私權說明</h1>\n"
        + "\n".join(maps)
        + "\n    </main>\n  );\n}\n"
    )


@pytest.mark.parametrize(("label", "shape"), [("items", (1, 0, 0)), ("markup nodes", (0, 1, 0)), ("arrays", (0, 0, 1))])
def test_many_markup_arrays_read_in_linear_time(tmp_path: Path, label: str, shape: tuple[int, int, int]) -> None:
    base = 100 if recorded() else 10
    for n in (base, 2 * base):
        items, nodes, arrays = (n if grows else default for grows, default in zip(shape, (4, 2, 3), strict=True))
        path = tmp_path / f"page{n}.tsx"
        path.write_text(_page(items, nodes, arrays), encoding="utf-8")
        with timed(f"markup_fields: {n} {label}", 5.0):
            blocks = load(str(path)).parsed.blocks
        titles = [b.text for b in blocks if b.kind == "heading" and b.level == 2]
        assert titles == [f"第{k}個問題：我們會蒐集什麼" for _ in range(arrays) for k in range(items)]
        assert sum(b.kind == "item" for b in blocks) == arrays * items * nodes
        assert not any("an array of its code" in w for w in load(str(path)).parsed.warnings)
