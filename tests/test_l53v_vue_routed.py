"""A Vue page that sets the document it shows from its route (fifty-third session, lead; eval/blind/round53p).

`load.vue_data._Script._routed`: a uni-app page keeps two documents as literal objects (`const AGREEMENT = { title,
updated, sections: [{ h, b }] }`, `const PRIVACY = {…}`), shows `doc` (「{{ doc.title }}」, `v-for="s in
doc.sections"`), starts it as one of them in `data()` and sets it in `onLoad` (「this.doc = isPrivacy ? PRIVACY :
AGREEMENT」).  Every document it can show is read, in the order the script writes them, each at its own script lines,
with a label and its slot (「更新日期：{{ doc.updated }}」, `vue_data._labelled`) filled per document.  Before, the field
assigned again was no literal: both documents were read as nothing, with a warning that 1,692 characters of script were
not read (fyt360-vue; its two slot lines were found only by the rules' second reading of script strings).  A field set
to anything else (a response, a call, `push`) keeps the page as written, with the warning.
"""

from __future__ import annotations

from pathlib import Path

from helpers import ROUTED_VUE_PAGE, parse_file, parse_path, shown_lines

ROUND53P = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round53p" / "dev" / "fyt360-vue" / "doc.vue"

_PAGE = ROUTED_VUE_PAGE  # (tests/vue_helpers.py: test_u54x_code_blanks respaces it too)

_BOTH = [
    (14, "用户服务协议"),
    (4, "更新日期：2026年10月1日"),  # (a label's paragraph starts at the label, in the template)
    (17, "协议的接受"),
    (17, "本协议是您与本平台之间的约定。"),
    (22, "隐私政策"),
    (4, "更新日期：2026年9月1日"),
    (25, "我们如何收集信息"),
    (25, "我们收集您的手机号码用于登录。"),
]


def _page(tmp_path: Path, name: str, initial: str, assign: str) -> object:
    return parse_file(tmp_path, name, _PAGE.replace("INITIAL", initial).replace("ASSIGN", assign))


def test_every_document_a_page_can_set_from_its_route_is_read_in_script_order(tmp_path: Path) -> None:
    forms = {
        "choice": ("AGREEMENT", "const isPrivacy = q && q.doc === 'privacy';\n    this.doc = isPrivacy ? PRIVACY : AGREEMENT;"),
        "no-semicolon": (
            "AGREEMENT",
            "this.doc = q.doc === 'privacy' ? PRIVACY : AGREEMENT\n    uni.setNavigationBarTitle({ title: this.doc.title })",
        ),
        "null-first": ("null", "this.doc = q.type === 'terms' ? AGREEMENT : PRIVACY;"),
        "empty-first": ("{}", "this.doc = q.type === 'terms' ? AGREEMENT : PRIVACY;"),
        "two-assignments": ("null", "if (q.doc === 'privacy') { this.doc = PRIVACY; } else { this.doc = AGREEMENT; }"),
    }
    for name, (initial, assign) in forms.items():
        doc = _page(tmp_path, f"{name}.vue", initial, assign)
        assert shown_lines(doc) == _BOTH[1:], name  # (the first title is the document's title, in its metadata)
        assert doc.metadata.title == "用户服务协议", name  # type: ignore[attr-defined]
        assert not any("not read" in w for w in doc.warnings), name  # type: ignore[attr-defined]


def test_the_composition_api_form_is_read(tmp_path: Path) -> None:
    page = (
        _PAGE.replace("export default {\n  data() {\n    return { doc: INITIAL, other: 1 };\n  },\n  onLoad(q) {\n    ASSIGN\n  },\n};", "")
        .replace("<script>", "<script setup>\nimport { ref } from 'vue';\nimport { onLoad } from '@dcloudio/uni-app';")
        .replace(
            "</script>",
            "const doc = ref(AGREEMENT);\nonLoad((q) => {\n  doc.value = q.doc === 'privacy' ? PRIVACY : AGREEMENT;\n});\n</script>",
        )
    )
    doc = parse_file(tmp_path, "setup.vue", page)
    assert [t for _, t in shown_lines(doc)] == [t for _, t in _BOTH][1:]
    assert not any("not read" in w for w in doc.warnings)  # type: ignore[attr-defined]


def test_a_field_set_to_anything_else_keeps_the_page_as_written(tmp_path: Path) -> None:
    cases = {
        "response": ("AGREEMENT", "uni.request({ success: (res) => { this.doc = res.data } })"),
        "call": ("AGREEMENT", "this.doc = pick(q, PRIVACY, AGREEMENT);"),
        "member": ("AGREEMENT", "this.doc = q.doc === 'privacy' ? DOCS.privacy : AGREEMENT;"),
        "compound": ("AGREEMENT", "this.doc += PRIVACY;"),
        "push": ("AGREEMENT", "this.doc.push(PRIVACY);"),
        "nullish": ("AGREEMENT", "this.doc = PRIVACY ?? AGREEMENT;"),
        "undefined-name": ("AGREEMENT", "this.doc = q.doc ? OTHER : AGREEMENT;"),
        "first-is-a-call": ("load()", "this.doc = q.doc ? PRIVACY : AGREEMENT;"),
    }
    for name, (initial, assign) in cases.items():
        doc = _page(tmp_path, f"{name}.vue", initial, assign)
        texts = [t for _, t in shown_lines(doc)]
        assert not any("我们收集您的手机号码" in t for t in texts), name
        assert any("not read" in w for w in doc.warnings), name  # type: ignore[attr-defined]


def test_a_slot_with_text_after_it_is_not_filled_as_a_label(tmp_path: Path) -> None:
    """Only 「label：{{ slot }}」: a slot inside a sentence (「本协议于{{ doc.updated }}生效」) is repeated text of the loop,
    which the reader never invents; the page is then read as before, with the warning."""
    page = _PAGE.replace("更新日期：{{ doc.updated }}", "本协议于{{ doc.updated }}生效").replace("INITIAL", "AGREEMENT")
    doc = parse_file(tmp_path, "sentence.vue", page.replace("ASSIGN", "this.doc = q.doc ? PRIVACY : AGREEMENT;"))
    assert not any("我们收集您的手机号码" in t for _, t in shown_lines(doc))
    assert any("not read" in w for w in doc.warnings)  # type: ignore[attr-defined]


def test_fyt360_is_read_whole_with_its_slots_at_their_script_lines() -> None:
    """Regression: eval/blind/round53p fyt360-vue (both documents were read as nothing)."""
    doc = parse_path(ROUND53P)
    lines = shown_lines(doc)
    assert doc.metadata.title == "用户服务协议"  # type: ignore[attr-defined]
    assert (50, "隐私政策") in lines and (38, "协议的接受") in lines and (60, "联系我们") in lines
    assert any(line == 38 and "【运营主体全称】" in text for line, text in lines)
    assert not any("string literals are not read" in w for w in doc.warnings)  # type: ignore[attr-defined]
