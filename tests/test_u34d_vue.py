"""Vue pages whose sections live in `data()`: a `v-if`/`v-else` pair of loops over fields an item may lack (u34d).

eval/structure34b holdout2 yinban-terms-vue keeps its sections in an Options API `data() { return { termsSections: [
{ title, content: [...] }, { title, subsections: [...] } ] } }` and shows them with
「<div v-if="section.subsections"><div v-for="subsection in section.subsections">…</div></div><div v-else><p v-for=
"paragraph in section.content" v-html="paragraph">」.  The data was read, but a loop over a field the item lacks
(`section.subsections` of the first section) was taken for a value not known, and the whole page was left as written
(10 of its 12 headings lost, a warning).  Vue renders a `v-for` over `undefined` or `null` as nothing: so is it read now,
for a field of a loop's item only.  Anything computed still leaves the page as written.

And a line opening with a typed bullet (「- 干扰或破坏系统正常运行」, 「+ 」, 「• 」) under a lead-in is a list's entry, never a
plain heading: eval/structure34b holdout canteen-user-vue read two of its 「<view class="list-item">- …</view>」 lines
(those without a comma or 、) as level-1 sections (`structure.shapes._plain_heading`).
"""

from __future__ import annotations

from pathlib import Path

from policylens.load.document import read_document
from policylens.model import Block, Document, Piece
from policylens.structure.shapes import is_plain_heading

ROOT = Path(__file__).resolve().parent.parent
YINBAN = ROOT / "eval" / "structure34b" / "holdout2" / "yinban-terms-vue" / "terms.vue"

_PAGE = """<template>
  <div class="terms">
    <h1 class="title">用户服务条款</h1>
    <section v-for="section in termsSections" :key="section.id">
      <h2>{{ section.title }}</h2>
      <div v-if="section.subsections">
        <div v-for="sub in section.subsections" :key="sub.id">
          <h3>{{ sub.title }}</h3>
          <p v-for="paragraph in sub.content" :key="paragraph" v-html="paragraph"></p>
        </div>
      </div>
      <div v-else>
        <p v-for="paragraph in section.content" :key="paragraph" v-html="paragraph"></p>
      </div>
    </section>
  </div>
</template>

<script>
export default {
  data() {
    return {
      termsSections: [
        {
          id: 1,
          title: '1. 服务说明',
          content: ['我们提供的服务包括网站和移动应用程序。', '我们有权随时修改服务的任何部分。']
        },
        {
          id: 2,
          title: '2. 用户账户',
          subsections: [
            { id: '2.1', title: '2.1 账户注册', content: ['注册时提供的信息必须真实、准确。'] },
            { id: '2.2', title: '2.2 账户责任', content: ['您对通过您的账户进行的所有活动承担责任。'] }
          ]
        },
        {
          id: 3,
          title: '3. 适用法律',
          subsections: null,
          content: ['本条款受中华人民共和国法律管辖。']
        }
      ]
    }
  }
}
</script>
"""


def _doc(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "terms.vue"
    path.write_text(text, encoding="utf-8")
    return read_document(str(path))


def _titles(doc: Document) -> list[tuple[str, int | None]]:
    return [(s.title, s.level) for s in doc.sections if s.title is not None]


def _at(path: Path, line: int, column: int, text: str) -> bool:
    """Does `text` stand at (line, column) of the file?"""
    return path.read_text(encoding="utf-8").splitlines()[line - 1][column - 1 :].startswith(text)


def test_a_loop_over_a_field_the_item_lacks_renders_nothing(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _PAGE)
    assert _titles(doc) == [("1. 服务说明", 1), ("2. 用户账户", 1), ("2.1 账户注册", 2), ("2.2 账户责任", 2), ("3. 适用法律", 1)]
    body = {s.title: [p.text for p in s.paragraphs] for s in doc.sections if s.title}
    assert body["1. 服务说明"] == ["我们提供的服务包括网站和移动应用程序。", "我们有权随时修改服务的任何部分。"]
    assert body["2. 用户账户"] == []  # its `content` is missing: the v-else loop shows nothing
    assert body["3. 适用法律"] == ["本条款受中华人民共和国法律管辖。"]  # `subsections: null` shows nothing either
    first = next(s for s in doc.sections if s.title == "2.1 账户注册")
    assert _at(tmp_path / "terms.vue", first.line, first.column, "2.1 账户注册'")  # the string's place in the script
    assert not doc.warnings


_ARROW = _PAGE.replace("data() {\n    return {", "data: () => ({").replace("      ]\n    }\n  }\n}", "      ]\n  })\n}")
_SETUP = _PAGE.replace(
    "export default {\n  data() {\n    return {\n      termsSections: [", "export default {\n  setup() {\n    const termsSections = ["
).replace("      ]\n    }\n  }\n}", "      ]\n    return { termsSections }\n  }\n}")
_COMPUTED = _PAGE.replace("data() {\n    return {\n      termsSections: [", "computed: {\n    termsSections() {\n      return [")


def test_the_other_shapes_of_plain_data_are_read_too(tmp_path: Path) -> None:
    # `data: () => ({ … })` and `setup() { const termsSections = [...]; return { termsSections } }`
    for page in (_ARROW, _SETUP):
        assert page != _PAGE
        doc = _doc(tmp_path, page)
        assert [t for t, _ in _titles(doc)] == ["1. 服务说明", "2. 用户账户", "2.1 账户注册", "2.2 账户责任", "3. 适用法律"]
        assert not doc.warnings


def test_a_computed_property_returning_the_list_is_not_read(tmp_path: Path) -> None:
    assert _COMPUTED != _PAGE
    doc = _doc(tmp_path, _COMPUTED)
    assert _titles(doc) == []
    assert any("produced by script" in w for w in doc.warnings)


def test_a_computed_field_still_leaves_the_page_as_written(tmp_path: Path) -> None:
    page = _PAGE.replace("content: ['本条款受中华人民共和国法律管辖。']", "content: this.lawText()")
    doc = _doc(tmp_path, page)
    assert not any(title.startswith(("1.", "2.")) for title, _ in _titles(doc))
    assert any("produced by script" in w for w in doc.warnings)


def test_data_assigned_again_is_not_read(tmp_path: Path) -> None:
    page = _PAGE.replace(
        "  }\n}\n</script>", "  },\n  async mounted() { const res = await api(); this.termsSections = res.data }\n}\n</script>"
    )
    assert "this.termsSections = res.data" in page
    doc = _doc(tmp_path, page)
    assert _titles(doc) == []
    assert any("produced by script" in w for w in doc.warnings)


def test_a_name_defined_twice_is_not_read(tmp_path: Path) -> None:
    page = _PAGE.replace("export default {", "const termsSections = []\nexport default {")
    doc = _doc(tmp_path, page)
    assert _titles(doc) == []
    assert any("produced by script" in w for w in doc.warnings)


def test_the_pages_own_list_missing_at_the_top_is_not_read_as_empty(tmp_path: Path) -> None:
    # only a field of a loop's item may be missing: 「termsSections: null」 in data() is filled at run time
    page = _PAGE.replace("termsSections: [", "termsSections: null,\n      other: [")
    doc = _doc(tmp_path, page)
    assert _titles(doc) == []
    assert any("produced by script" in w for w in doc.warnings)


def test_a_deeper_path_through_a_missing_field_is_not_read(tmp_path: Path) -> None:
    # `section.extra.items` of an item without `extra` would throw in Vue: nothing is guessed
    page = _PAGE.replace('v-for="sub in section.subsections"', 'v-for="sub in section.extra.items"')
    doc = _doc(tmp_path, page)
    assert not any(title.startswith("2.1") for title, _ in _titles(doc))
    assert any("produced by script" in w for w in doc.warnings)


def test_yinban_terms_page_reads_its_data_sections() -> None:
    doc = read_document(str(YINBAN))
    titles = _titles(doc)
    assert len(titles) == 12 and titles[0] == ("引言", 1) and titles[-1] == ("联系我们", 1)
    assert ("2.1 账户注册", 2) in titles and ("8. 适用法律", 1) in titles
    section = next(s for s in doc.sections if s.title == "2.1 账户注册")
    assert (section.line, section.column) == (74, 23)  # after the quote of 「title: '2.1 账户注册'」
    assert not doc.warnings


_LIST = """<html><body>
<h1>用户协议</h1>
<p>1. 服务内容与规则</p>
<p>您不得利用我们的服务从事任何违法或不当的活动，包括但不限于：</p>
<div>- 发布虚假信息，误导或欺骗他人</div>
<div>- 侵犯他人知识产权或其他合法权益</div>
<div>- 传播淫秽、暴力、恐怖或其他违法信息</div>
<div>- 干扰或破坏系统正常运行</div>
<p>2. 用户内容</p>
<p>您对发布的内容负责。</p>
<p>数据安全</p>
<p>我们采取加密等措施保护您的信息。</p>
</body></html>
"""


def _line(text: str) -> Block:
    return Block("paragraph", text, 1, 1, 1, (Piece(0, len(text), 1, 1),))


def test_a_typed_bullet_line_is_no_plain_heading() -> None:
    for text in ("- 干扰或破坏系统正常运行", "+ 开立及管理帐户", "* 应用偏好设置", "• 随时删除单条记录", "－ 自由导出备份数据"):
        assert not is_plain_heading(_line(text)), text
    # a title with no bullet, or a dash that is no bullet (no space after it, a dash inside), stays a plain heading
    for text in ("干扰或破坏系统正常运行", "数据安全", "第三方 SDK - 友盟", "-数据安全"):
        assert is_plain_heading(_line(text)), text


def test_hyphen_items_under_a_lead_in_are_not_sections(tmp_path: Path) -> None:
    path = tmp_path / "terms.html"
    path.write_text(_LIST, encoding="utf-8")
    doc = read_document(str(path))
    assert _titles(doc) == [("1. 服务内容与规则", 1), ("2. 用户内容", 1), ("数据安全", 1)]
    items = [p.text for s in doc.sections if s.title == "1. 服务内容与规则" for p in s.paragraphs]
    assert "- 干扰或破坏系统正常运行" in items and "- 侵犯他人知识产权或其他合法权益" in items


def test_canteen_user_page_has_no_list_entry_sections() -> None:
    page = ROOT / "eval" / "structure34b" / "holdout" / "canteen-user-vue" / "user-agreement.vue"
    titles = _titles(read_document(str(page)))
    assert not any(title.startswith("-") for title, _ in titles)
    assert ("3. 服务内容与规则", 1) in titles and ("4. 用户内容", 1) in titles
