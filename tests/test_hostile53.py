"""Hostile input, round 53 (u53h): what the fifty-third session's adversarial pass broke.

- a React page's inline prop array of sections whose bodies are markup (`load.jsx_data.prop_markup`, u53x) was refused
  without a word when the refusal came before the first body or did not count the markup: a title field that is no
  title (「heading: 'x'」, a sentence, 80 characters or more) and an array of more than 5,000 blocks (a page of 2,600
  sections).  Every body's text was dropped; the page read as its other text, or as "the document is empty".  Now the
  warning the module promises: `line N: the page passes <Tag> an array of sections written as markup (…): that text is
  not read`.  An array of markup that holds no sentence (menu labels, icons) stays silent, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_file, parse_string

_S = "我们收集您的手机号码用于登录和账号安全。"
_INTRO = "<main><h1>隐私政策</h1><p>本政策说明我们如何处理您的个人信息，请您仔细阅读。</p>"


def _page(objects: str, tag: str = "LegalPage", prop: str = "sections") -> str:
    return f"export default function P() {{\n  return ({_INTRO}<{tag} {prop}={{[\n{objects}]}} /></main>);\n}}\n"


def _warned(doc: object) -> bool:
    return any("an array of sections written as markup" in w for w in doc.warnings)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "objects",
    [
        "".join(f"  {{ heading: 'x', body: (<p>{_S}</p>) }},\n" for _ in range(5)),  # a title of one letter
        "".join(f"  {{ heading: '{'Who we are ' * 10}', body: (<p>{_S}</p>) }},\n" for _ in range(5)),  # too long
        "".join(f"  {{ heading: '我们是谁。', body: (<p>{_S}</p>) }},\n" for _ in range(5)),  # a sentence
        f"  {{ heading: 'Who we are', body: (<p>{_S}</p>) }},\n" + f"  {{ heading: 'x', body: (<p>{_S}</p>) }},\n" * 4,
        "".join(f"  {{ body: (<p>{_S}</p>), heading: 'x' }},\n" for _ in range(5)),
        "".join(f"  {{ heading: 'Who we are {k}', body: (<p>{_S}</p>) }},\n" for k in range(2_600)),  # over 5,000 blocks
    ],
    ids=["one-letter", "long", "sentence", "after-a-good-one", "body-first", "5000-blocks"],
)
def test_a_refused_array_of_markup_sections_is_said_so(tmp_path: Path, objects: str) -> None:
    doc = parse_file(tmp_path, "page.tsx", _page(objects))
    assert _warned(doc)


def test_an_array_read_or_holding_no_sentence_gives_no_warning(tmp_path: Path) -> None:
    read = parse_file(tmp_path, "read.tsx", _page("".join(f"  {{ heading: 'Who we are {k}', body: (<p>{_S}</p>) }},\n" for k in range(3))))
    assert not _warned(read) and len(read.sections) == 4  # type: ignore[attr-defined]
    for name, objects in {
        "nav": "  { title: 'x', label: (<span>首页</span>) },\n  { title: 'y', label: (<span>关于</span>) },\n",
        "icons": "  { name: 'a', body: (<Icon name=\"home\" />) },\n  { name: 'b', body: (<Icon name=\"user\" />) },\n",
        "tabs": "  { title: 'x', body: (<b>Home</b>) },\n  { title: 'y', body: (<b>About us</b>) },\n",
    }.items():
        assert not _warned(parse_file(tmp_path, f"{name}.tsx", _page(objects, "Nav", "items"))), name


def test_each_chinese_sentence_is_read_once_per_practice_for_dropped_exceptions(monkeypatch: pytest.MonkeyPatch) -> None:
    """`compare.flat.dropped_exceptions` (u53e) read every Chinese sentence again for each English promise made with an
    exception: quadratic (1,200 promises against 1,200 sentences: 10 s of CPU, 2.4 s without the entry).  Now once per
    practice, the same entries."""
    from policylens.compare import flat, modes

    n = 60
    en = "# Privacy Policy\n\n" + "".join(
        f"## Section {k}\n\nExcept for the optional analytics described below, we do not collect your name.\n\n" for k in range(n)
    )
    zh = "# 隐私政策\n\n" + "".join(f"## 第{k}节\n\n我们不会收集您的姓名。\n\n" for k in range(n))
    calls = []
    real = modes.plain_promise_zh
    monkeypatch.setattr(modes, "plain_promise_zh", lambda key, practice: calls.append(practice) or real(key, practice))
    found = flat.dropped_exceptions(parse_string(en, ".md"), parse_string(zh, ".md"))
    assert len(found) == n and {f[3] for f in found} == {"我们不会收集您的姓名。"}
    assert len(calls) <= 2 * n  # (each Chinese sentence once per practice; it was n × n)


def test_an_array_of_elements_a_local_component_lists_is_read(tmp_path: Path) -> None:
    """`items={[<><b>會員註冊</b>：姓名…</>, …]}` handed to a local `UL` that maps them into `<li>`s: dropped without a word
    (eval/precision37 redcode-privacy-hk-tsx: 7 arrays of its lists), then said unread (u53h); read as items since u54x
    (an entry of code still leaves it unread and said so: tests/test_u54x_element_arrays.py)."""
    items = "".join(f"      <>\n        <b>項目{k}</b>\n        ：{_S}\n      </>,\n" for k in range(4))
    page = (
        "function UL({ items }) {\n  return (<ul>{items.map((it, i) => (<li key={i}>{it}</li>))}</ul>);\n}\n"
        f"export default function P() {{\n  return ({_INTRO}<UL\n    items={{[\n{items}    ]}}\n  /></main>);\n}}\n"
    )
    doc = parse_file(tmp_path, "page.tsx", page)
    assert not any("an array of elements" in w for w in doc.warnings)  # type: ignore[attr-defined]
    items = [p.text for s in doc.sections for p in s.paragraphs if p.kind == "item"]  # type: ignore[attr-defined]
    assert [t[:3] for t in items] == [f"項目{k}" for k in range(4)]


def test_redcode_privacy_reads_its_lists() -> None:
    from helpers import parse_path

    doc = parse_path(Path(__file__).resolve().parent.parent / "eval/precision37/redcode-privacy-hk-tsx/Privacy.tsx")
    unread = [w for w in doc.warnings if "an array of elements (items=)" in w]  # type: ignore[attr-defined]
    assert unread == []  # (u53h: lines 95, 128, 146, 229, 273, 290, 352 said unread; u54x: read)


def test_a_vue_page_given_up_at_the_block_limit_is_said_so(tmp_path: Path) -> None:
    """A Vue page whose route-chosen documents render past `vue_data._MAX_BLOCKS` (2,500 labelled slot lines over two
    documents: 「标签k：{{ doc.updated }}」) was read as its markup, the documents' text dropped, and no warning: the
    markup held more text than the script, so the "produced by script" warning's ratio did not fire."""
    from test_l53v_vue_routed import _PAGE

    labels = "".join(f'<text class="updated">标签{k}：{{{{ doc.updated }}}}</text>\n' for k in range(2_500))
    page = _PAGE.replace('<text class="updated">更新日期：{{ doc.updated }}</text>', labels)
    page = page.replace("INITIAL", "AGREEMENT").replace("ASSIGN", "this.doc = q.doc ? PRIVACY : AGREEMENT;")
    doc = parse_file(tmp_path, "page.vue", page)
    assert any("the page's script data is not read: it renders more than 5,000 blocks" in w for w in doc.warnings)  # type: ignore[attr-defined]
    three = "".join(f'<text class="updated">标签{k}：{{{{ doc.updated }}}}</text>\n' for k in range(3))
    small = parse_file(tmp_path, "small.vue", page.replace(labels, three))
    assert not any("script data is not read" in w for w in small.warnings)  # type: ignore[attr-defined]
