"""A React page's sections kept as data and shown with `.map`: read where the page shows them (`load.jsx_data`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.html import read_html
from policylens.load.types import Parsed
from timings import timed

_BODY = "我们收集您的手机号码用于账户注册和登录，并在您注销账户后删除或匿名化处理您的个人信息。"
_PAGE = """import React from "react";

const sections = [
  { title: "一、信息收集", body: "%s" },
  { title: "二、信息使用", body: "%s", items: ["提供服务", "保障安全"] },
];

export default function Privacy() {
  return (
    <main>
      <h1>隐私政策</h1>
      %s
      <p>更新日期：2024年5月1日</p>
    </main>
  );
}
"""
_SECTIONS = """{sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <p>{section.body}</p>
        </section>
      ))}"""


def _read(markup: str, body: str = _BODY, tail: str = "") -> Parsed:
    return read_html(_PAGE % (body, body, markup) + tail, path="privacy.tsx")


def _map_warnings(parsed: Parsed) -> list[str]:
    return [w for w in parsed.warnings if ".map(" in w]


def test_sections_kept_as_data_are_read_where_the_page_shows_them() -> None:
    parsed = _read(_SECTIONS)
    kinds = [(b.kind, b.level, b.text) for b in parsed.blocks]
    assert kinds == [
        ("heading", 1, "隐私政策"),
        ("heading", 2, "一、信息收集"),
        ("paragraph", None, _BODY),
        ("heading", 2, "二、信息使用"),
        ("paragraph", None, _BODY),
        ("paragraph", None, "更新日期：2024年5月1日"),
    ]
    assert _map_warnings(parsed) == []
    # the line and column of each string in the source
    heading = parsed.blocks[3]
    assert (heading.line, heading.column) == (5, 13)
    assert (parsed.blocks[2].pieces[0].line, parsed.blocks[2].pieces[0].column) == (4, 29)


def test_an_items_own_array_shown_by_a_nested_map_is_read_as_list_items() -> None:
    markup = """{sections.map((section, i) => (
        <div key={i}>
          <h3>{section.title}</h3>
          <ul>{section.items?.map((item) => <li key={item}>{item}</li>)}</ul>
        </div>
      ))}"""
    parsed = _read(markup)
    assert [(b.kind, b.text) for b in parsed.blocks[1:5]] == [
        ("heading", "一、信息收集"),
        ("heading", "二、信息使用"),
        ("item", "提供服务"),
        ("item", "保障安全"),
    ]


def test_an_index_printed_as_a_number_is_left_as_not_read_with_its_punctuation() -> None:
    markup = """{sections.map((section, i) => (
        <section key={i}>
          <h2>{i + 1}. {section.title}</h2>
          <p>{section.body}</p>
        </section>
      ))}"""
    parsed = _read(markup)
    assert [b.text for b in parsed.blocks if b.kind == "heading"] == ["隐私政策", "一、信息收集", "二、信息使用"]


def test_a_heading_component_in_the_callback_keeps_its_rank() -> None:
    markup = """{sections.map((section) => (
        <section key={section.title}>
          <Typography.Title level={4}>{section.title}</Typography.Title>
          <Typography.Paragraph>{section.body}</Typography.Paragraph>
        </section>
      ))}"""
    parsed = _read(markup)
    assert [(b.kind, b.level) for b in parsed.blocks[1:3]] == [("heading", 4), ("paragraph", None)]


@pytest.mark.parametrize(
    ("markup", "body", "tail"),
    [
        (_SECTIONS.replace("{section.body}", "{t(section.body)}"), _BODY, ""),  # a call: a translation
        (_SECTIONS.replace("{section.body}", "{section.open ? section.body : null}"), _BODY, ""),  # a condition
        (_SECTIONS, _BODY + "${name}", ""),  # an interpolated template literal (a `${}` in a "…" string is text: made `…` below)
        (_SECTIONS, _BODY, "\nsections.push({ title: 'x', body: 'y' });\n"),  # assigned again
        # a part shown by a state of the page (u46k2: one shown by a field of the item, `{section.note && …}`, is read)
        (_SECTIONS.replace("section.body}</p>", "section.body}</p>{isOpen && <p>{section.note}</p>}"), _BODY, ""),
        (_SECTIONS.replace("))}", ")).join('')}"), _BODY, ""),  # the result used further
    ],
)
def test_what_is_not_plain_leaves_the_page_as_today_with_the_warning(markup: str, body: str, tail: str) -> None:
    if "${" in body:
        page = (_PAGE % (body, body, markup)).replace(f'"{body}"', f"`{body}`")
        parsed = read_html(page, path="privacy.tsx")
    else:
        parsed = _read(markup, body, tail)
    assert not any(b.text == _BODY for b in parsed.blocks)
    assert len(_map_warnings(parsed)) == 1


def test_a_spread_or_an_imported_array_is_not_read() -> None:
    page = (_PAGE % (_BODY, _BODY, _SECTIONS)).replace("const sections = [", "const sections = [...more,", 1)
    parsed = read_html(page, path="privacy.tsx")
    assert not any(b.text == _BODY for b in parsed.blocks)
    imported = (_PAGE % (_BODY, _BODY, _SECTIONS)).replace("const sections = [", "const other = [", 1)
    imported = 'import { sections } from "./data";\n' + imported
    parsed = read_html(imported, path="privacy.tsx")
    assert not any(b.text == _BODY for b in parsed.blocks)


def test_a_page_without_a_map_is_read_as_before() -> None:
    parsed = _read("<h2>一、信息收集</h2>")
    assert [b.text for b in parsed.blocks] == ["隐私政策", "一、信息收集", "更新日期：2024年5月1日"]


def test_the_round33_page_is_read() -> None:
    path = Path(__file__).parent.parent / "eval/blind/round33/dev/carsub-tsx/page.tsx"
    parsed = read_html(path.read_text(encoding="utf-8"), path=str(path))
    headings = [b.text for b in parsed.blocks if b.kind == "heading"]
    assert headings[-5:] == ["服务说明", "账户与登录", "材料上传", "支付与合同", "事故与救援"]
    assert _map_warnings(parsed) == []


def test_a_table_of_contents_whose_titles_are_the_pages_headings_is_not_read_twice() -> None:
    markup = (
        """<nav><ul>{sections.map((s) => (<li key={s.title}><a href="#x">{s.title}</a></li>))}</ul></nav>\n"""
        f"      <h2>一、信息收集</h2>\n      <p>{_BODY}</p>\n      <h2>二、信息使用</h2>\n"
    )
    parsed = _read(markup)
    assert [b.text for b in parsed.blocks].count("一、信息收集") == 1
    assert not any(b.kind == "item" for b in parsed.blocks)


def test_a_typed_array_and_a_nested_map_over_an_items_field_are_read() -> None:
    """eval/structure33j catsjust: `const sections: { title: string; body: string[] }[] = [...]` (a type with `;` in it)
    and `{s.body.map((p, i) => (<p key={i}>{p}</p>))}`: every title and paragraph read, at the line of its string."""
    page = f"""import React from "react";

const sections: {{ title: string; body: string[] }}[] = [
  {{
    title: "一、我们收集的信息",
    body: ["{_BODY}", "第二段：我们不会出售您的个人信息。"],
  }},
];

export default function Privacy() {{
  return (
    <main>
      <h1>隐私政策</h1>
      {{sections.map((s) => (
        <section key={{s.title}}>
          <h2>
            <span className="bar" />
            {{s.title}}
          </h2>
          {{s.body.map((p, i) => (
            <p key={{i}}>{{p}}</p>
          ))}}
        </section>
      ))}}
    </main>
  );
}}
"""
    parsed = read_html(page, path="privacy.tsx")
    assert [(b.kind, b.text, b.line) for b in parsed.blocks[1:]] == [
        ("heading", "一、我们收集的信息", 5),
        ("paragraph", _BODY, 6),
        ("paragraph", "第二段：我们不会出售您的个人信息。", 6),
    ]
    reassigned = page.replace("export default", "sections = [];\nexport default")
    assert not any(b.text == _BODY for b in read_html(reassigned, path="privacy.tsx").blocks)


def test_a_bullet_written_in_the_markup_does_not_move_the_item_to_the_markups_line() -> None:
    """eval/structure33j huixing: `<li><span>·</span>{item}</li>`: the item is located at its string (line 4), not at
    the bullet's line in the callback (the same line for every item)."""
    page = f"""import React from "react";

const items = [
  "{_BODY}",
];

export default function Privacy() {{
  return <ul>{{items.map((item, idx) => (<li key={{idx}}><span>·</span>{{item}}</li>))}}</ul>;
}}
"""
    block = read_html(page, path="privacy.tsx").blocks[0]
    assert block.kind == "item" and block.text.endswith(_BODY) and block.line == 4


def test_a_block_bodied_callback_that_names_an_icon_before_returning_its_markup_is_read() -> None:
    markup = """{sections.map((section, index) => {
        const Icon = section.icon;
        return (
          <section key={index}>
            <Icon />
            <h2>{section.title}</h2>
            <p>{section.body}</p>
          </section>
        );
      })}"""
    parsed = _read(markup)
    assert [b.text for b in parsed.blocks if b.kind == "heading"] == ["隐私政策", "一、信息收集", "二、信息使用"]
    other = markup.replace("const Icon = section.icon;", "track(section);")  # code that does something: not read
    assert not any(b.text == _BODY for b in _read(other).blocks)


def test_a_component_the_html_reader_reads_inline_stays_inline() -> None:
    """`<Card><CardLabel>{s.title}</CardLabel></Card>` written out is read by the HTML reader as one run of text
    (an unknown tag is inline): the map reads it the same way, no heading made of it.  (Until the forty-first session
    this used shadcn's `<CardTitle>`, since read as the card's <h3> by both readers: see `test_structure41c`.)"""
    markup = """{sections.map((section) => (
        <Card key={section.title}>
          <CardLabel>{section.title}</CardLabel>
          <p>{section.body}</p>
        </Card>
      ))}"""
    parsed = _read(markup)
    assert [b.text for b in parsed.blocks if b.kind == "heading"] == ["隐私政策"]
    assert any(b.text == _BODY for b in parsed.blocks)
    titled = _read(markup.replace("CardLabel", "CardTitle"))
    assert [b.text for b in titled.blocks if b.kind == "heading"] == ["隐私政策", "一、信息收集", "二、信息使用"]


def test_nested_maps_over_large_arrays_stop_at_the_cap_quickly() -> None:
    """A page whose nested maps would render 230 × 230 items: the reader gives up (the page left as today) in bounded
    time, not after rendering 52,900 blocks (over the cap of 50,000)."""
    inner = ", ".join(f'"第{k}条：我们收集您的信息。"' for k in range(230))
    rows = ",\n".join(f'  {{ title: "第{k}章", items: [{inner}] }}' for k in range(230))
    page = f"""import React from "react";
const sections = [
{rows}
];
export default function P() {{
  return <main>{{sections.map((s) => (<section><h2>{{s.title}}</h2><ul>{{s.items.map((x) => <li>{{x}}</li>)}}</ul></section>))}}</main>;
}}
"""
    with timed("tsx: rows of a sections array mapped into markup", 20.0):
        parsed = read_html(page, path="p.tsx")
    assert not any(b.kind == "item" for b in parsed.blocks)
