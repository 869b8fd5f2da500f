"""Hostile input, thirty-ninth round (u39h): the newest readers (a script's helper calls, message catalogues, PHP echo
helpers, the page frame around one container) against inputs written to break them.

Each class is tested both ways: the input that went wrong, and the ordinary document that must read as before.
Growth is compared between two sizes (counted output, or a generous ratio of CPU times), never an absolute time.
"""

from __future__ import annotations

import time
from pathlib import Path

from helpers import cli
from policylens.load.script_data import script_document
from timings import record, recorded

SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存，期满后删除或匿名化处理。"
HELPERS = (
    'function h(text) {\n  return { kind: "h", text };\n}\n'
    'function p(segments) {\n  return { kind: "p", segments };\n}\n'
    "const ul = (...items) => ({ kind: 'ul', items });\n"
    "const BLOCKS = [];\n"
)


def _unclosed(n: int) -> str:
    """`n` sections whose paragraph call is never closed: `p("…"` and a line end."""
    return HELPERS + "".join(f'h("第{i}条 信息收集");\np("{SENTENCE}"\n' for i in range(n))


def _read(source: str) -> tuple[list[tuple[str, str]], float]:
    start = time.process_time()
    parsed = script_document("policy.js", source)
    elapsed = time.process_time() - start
    assert parsed is not None
    return [(b.kind, b.text) for b in parsed.blocks], elapsed


def test_an_unclosed_helper_call_ends_where_the_next_call_begins() -> None:
    # each unclosed `p(` was read to the end of the file: the later text joined into it again, quadratic in time and
    # in output (base39: 9.6 s of CPU for 370 KB)
    small, t_small = _read(_unclosed(400))
    assert small[:4] == [("heading", "第0条 信息收集"), ("paragraph", SENTENCE), ("heading", "第1条 信息收集"), ("paragraph", SENTENCE)]
    assert len(small) == 800  # the joined text (the output's defect) shows at any size
    assert sum(len(text) for _, text in small) == 400 * (len("第0条 信息收集") + len(SENTENCE)) + sum(len(str(i)) - 1 for i in range(400))
    # 1,600 calls only for the benchmark (timings.recorded()): the quadratic time showed only as time
    if recorded():
        large, t_large = _read(_unclosed(1600))
        assert len(large) == 3200
        record("script data: 1,600 unclosed helper calls (budget: 8x 400 + 0.5 s)", t_large, 8 * t_small + 0.5)


def test_a_call_inside_a_paragraph_or_list_call_is_read_once() -> None:
    nested = HELPERS + 'h("一、总则");\nh("二、收集");\n' + "p(" * 300 + f'"{SENTENCE * 5}"' + ")" * 300 + ";\n"
    blocks, _ = _read(nested)
    assert blocks == [("heading", "一、总则"), ("heading", "二、收集"), ("paragraph", SENTENCE * 5)]
    items = HELPERS + f'h("一、总则");\nh("二、收集");\nul(p("{SENTENCE}"), p("{SENTENCE * 2}"));\np("{SENTENCE * 2}");\n'
    blocks, _ = _read(items)
    assert blocks == [
        ("heading", "一、总则"),
        ("heading", "二、收集"),
        ("item", SENTENCE),
        ("item", SENTENCE * 2),
        ("paragraph", SENTENCE * 2),
    ]


def test_every_helper_call_of_a_long_document_is_read() -> None:
    # the first 5,000 calls only were read, the rest of the document silently left out
    source = HELPERS + "".join(f'h("第{i}条 信息收集");\np("{SENTENCE}");\nul("{SENTENCE}", "{SENTENCE}");\n' for i in range(2500))
    blocks, _ = _read(source)
    assert [text for _, text in blocks].count(SENTENCE) == 7500 and blocks[-4] == ("heading", "第2499条 信息收集")


# -- the page frame around one <main> (`load.html.chrome._outside_container`) ---------------------------------------

_POLICY = "".join(
    f"<p>{s}</p>"
    for s in ("我们收集您的个人信息用于提供服务。", "我们不会出售您的个人信息。", "我们保存数据三年。", "您可以随时注销账号。")
)


def _framed(row: str, aside: str = "") -> str:
    return (
        "<html><body><header><a href='/'>首页</a></header><main><h1>隐私政策</h1><h2>一、收集</h2>" + _POLICY + "</main>"
        f"<div class='appendix'><h2>附录：第三方SDK</h2><table><tr><th>SDK名称</th><th>收集信息</th></tr><tr><td>{row}</td>"
        f"<td>设备标识符、位置信息</td></tr></table></div><aside>{aside}</aside><footer>© 2026</footer></body></html>"
    )


def test_an_sdk_table_after_the_one_main_is_the_policys(tmp_path: Path) -> None:
    # a row of the policy's SDK table after its <main> was frame: an SDK added was no change
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(_framed("微信SDK", "<a href='/a/1'>三月 2026</a>"), encoding="utf-8")
    new.write_text(_framed("友盟统计SDK", "<a href='/a/1'>四月 2026</a>"), encoding="utf-8")
    result = cli("diff", str(old), str(new))
    assert "[-微信-]{+友盟统计+}SDK | 设备标识符、位置信息" in result.stdout
    assert "三月" not in result.stdout and "page chrome ignored: 2 lines" in result.stdout  # the frame stays frame


# -- a message catalogue through stdin (`-`: no name, the format is told by the content) -----------------------------

CATALOGUE = (
    '{\n  "title": "隐私政策",\n  "emailPlaceholder": "请输入[公司名称]",\n'
    '  "full_text": "<h2>一、收集</h2><p>我们收集您的个人信息用于提供服务。</p>"\n}\n'
)


def test_a_catalogue_piped_in_reads_as_the_named_file(tmp_path: Path) -> None:
    # piped in, a form input's 「[公司名称]」 was an error that `check zh-CN.json` does not give
    named = tmp_path / "zh-CN.json"
    named.write_text(CATALOGUE, encoding="utf-8")
    piped = cli("check", "-", stdin=CATALOGUE)
    assert piped.returncode == cli("check", str(named)).returncode == 0
    assert "placeholder" not in piped.stdout
    assert (
        "[公司名称]" in cli("check", "-", stdin=CATALOGUE.replace('emailPlaceholder": "请输入', 'intro": "本应用由')).stdout
    )  # prose: still an error
    assert cli("parse", "-", stdin="{not json\n我们收集您的信息。\n").returncode == 0  # a text opening with a brace: as before


# -- a long flat list under a profile (`profiles.coverage.units._in_context`) ----------------------------------------


def _list_units(n: int) -> tuple[int, float]:
    from helpers import parse_string
    from policylens.profiles.coverage.units import units

    doc = parse_string(
        "# 隐私政策\n\n## 一、收集\n\n" + "".join(f"- 我们收集您的第{i}项信息\n" for i in range(n)) + "\n  - 子项：设备信息\n"
    )
    start = time.process_time()
    found = sum(1 for u in units(doc, "sentence") if u.context == 1)
    return found, time.process_time() - start


def test_each_item_of_a_long_flat_list_finds_its_parent_in_linear_time() -> None:
    # each item looked back over the whole run of items for a parent: 8,000 items of <textarea>s, 18 s of CPU
    small, t_small = _list_units(1000)
    assert small == 1001  # every item read with the heading, the nested one with its parent
    # 4,000 items only for the benchmark (timings.recorded()): the look back over the run showed only as time
    if recorded():
        large, t_large = _list_units(4000)
        assert large == 4001
        record("units: a flat list of 4,000 items (budget: 8x 1,000 + 0.5 s)", t_large, 8 * t_small + 0.5)
