"""Page text that was dropped or run together by the loaders (forty-fifth session, helper u45l; eval/profiles45).

1. `load.vue_data.render._choice_loops`: a Vue dialog that shows one entry of a literal record at a time
   (`const current = computed(() => { return contents[tab.value]; })`, 「<h2>{{ current.title }}</h2>
   <li v-for="item in current.items">」) is read once per entry, in the record's order (udnlucky-tw: both notices
   were read as nothing, one warning that 1,921 characters of script were not read).
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, parse_path, rule_excerpts
from policylens.load import load

EVAL = Path(__file__).resolve().parent.parent / "eval"
UDNLUCKY = EVAL / "profiles45" / "docs" / "udnlucky-tw" / "Notice.vue"

_DIALOG = """<template>
  <div>
    <button @click="tab = 'notice'">注意事項</button>
    <div v-if="open" class="popup">
      <h2>{{ current.title }}</h2>
      <p>{{ current.description }}</p>
      <ul>
        <li v-for="(item, i) in current.items" :key="i">{{ item }}</li>
      </ul>
    </div>
  </div>
</template>

<script setup>
import { ref, computed } from "vue";
const tab = ref("notice");
const open = ref(false);
const contents = {
  notice: {
    title: "注意事項",
    items: ["本活動由本公司舉辦。", "得獎者應於期限內回覆。"],
  },
  privacy: {
    title: "個資聲明",
    description: "個人資料保護法告知事項：",
    items: ["蒐集之目的：行銷。", "個人資料之類別：姓名、電子郵件。"],
  },
};
SELECTION
</script>
"""
_BLOCK = "const current = computed(() => {\n  return contents[tab.value];\n});"
_ARROW = "const current = computed(() => contents[tab.value]);"


def _lines(doc: object) -> list[tuple[int, str]]:
    return [(p.line, p.text) for p in doc.paragraphs()]  # type: ignore[attr-defined]


def test_a_selection_of_a_record_is_read_once_per_entry_in_order(tmp_path: Path) -> None:
    for selection in (_BLOCK, _ARROW):
        doc = parse_file(tmp_path, "Notice.vue", _DIALOG.replace("SELECTION", selection))
        text = _DIALOG.replace("SELECTION", selection).splitlines()
        headings = [(s.line, s.title) for s in doc.sections if s.title]
        assert headings == [(text.index('    title: "注意事項",') + 1, "注意事項"), (text.index('    title: "個資聲明",') + 1, "個資聲明")]
        paras = [t for _, t in _lines(doc)]
        want = [
            "本活動由本公司舉辦。",
            "得獎者應於期限內回覆。",
            "個人資料保護法告知事項：",
            "蒐集之目的：行銷。",
            "個人資料之類別：姓名、電子郵件。",
        ]
        assert [p for p in paras if p in want] == want  # each entry's title, paragraph and items together, in order
        for line, t in _lines(doc):
            if t in want:
                assert t in text[line - 1]  # each at its own line of the script
        assert not doc.warnings


def test_what_is_no_selection_of_literal_entries_is_not_read(tmp_path: Path) -> None:
    cases = {
        # an entry that is no object literal
        "notice-call": _DIALOG.replace("  notice: {\n    title", "  notice: load({\n    title").replace(
            '得獎者應於期限內回覆。"],\n  },', '得獎者應於期限內回覆。"],\n  }),'
        ),
        # a computed value that does more than select
        "call": _DIALOG.replace("SELECTION", "const current = computed(() => {\n  return pick(contents, tab.value);\n});"),
        # the name assigned again
        "assigned": _DIALOG.replace("SELECTION", _BLOCK + "\ncurrent.value = fetched;"),
    }
    cases["notice-call"] = cases["notice-call"].replace("SELECTION", _BLOCK)
    for name, page in cases.items():
        doc = parse_file(tmp_path, f"{name}.vue", page)
        paras = [t for _, t in _lines(doc)]
        assert not any("蒐集之目的" in p or "本活動由本公司舉辦" in p for p in paras), name
        assert any("not read" in w for w in doc.warnings), name


def test_text_of_its_own_between_the_slots_leaves_the_page_as_written(tmp_path: Path) -> None:
    page = _DIALOG.replace("SELECTION", _BLOCK).replace("<ul>", "<p>請詳閱以下事項</p>\n      <ul>")
    doc = parse_file(tmp_path, "own.vue", page)
    paras = [t for _, t in _lines(doc)]
    assert "請詳閱以下事項" in paras  # the markup's own text is kept, not repeated per entry
    assert paras.count("請詳閱以下事項") == 1
    assert not any("蒐集之目的" in p for p in paras)


def test_udnlucky_notice_and_privacy_statement_are_read() -> None:
    doc = parse_path(UDNLUCKY)
    assert [(s.line, s.title) for s in doc.sections if s.title] == [(72, "注意事項"), (92, "個資聲明")]
    lines = dict(_lines(doc))
    assert lines[98] == "蒐集之目的：行銷。"
    assert lines[101].startswith("個人資料利用之地區：本公司營運範圍，僅限於台灣")
    assert lines[88].startswith("客戶服務信箱 vaservice@udn.com")
    assert not doc.warnings


# 3. `load.html.raw_text._entry_row`: a Taro <Text> that opens a labelled field on its own source line after a <Text>
# that ended its own line is a line of its own (yuxuan-zh's footer ran the owner sentence into the date).
YUXUAN = EVAL / "profiles45" / "docs" / "yuxuan-zh" / "index.tsx"

_TARO = """import { View, Text } from '@tarojs/components'
import './index.scss'

export default function Privacy() {
  return (
    <View className="page">
      <View className="section">
        <Text className="section-title">一、联系我们</Text>
        <Text className="text">如有疑问，请联系我们。</Text>
      </View>
      <View className="policy-footer">
        FOOTER
      </View>
    </View>
  )
}
"""


def _taro(tmp_path: Path, footer: str, name: str = "index.tsx") -> list[tuple[int, str]]:
    """The loader's lines (line, text) of the page with `footer` in its last <View>."""
    path = tmp_path / name
    path.write_text(_TARO.replace("FOOTER", footer), encoding="utf-8")
    return [(b.line, b.text) for b in load(str(path)).parsed.blocks]


def test_a_taro_text_opening_a_labelled_field_is_a_line_of_its_own(tmp_path: Path) -> None:
    footer = '<Text className="footer-text">\n          本小程序由某某百货运营\n        </Text>\n        <Text className="footer-text">\n          最后更新日期：2025年1月1日\n        </Text>'
    lines = _taro(tmp_path, footer)
    assert (13, "本小程序由某某百货运营") in lines and (16, "最后更新日期：2025年1月1日") in lines
    footer = "<Text>我们的服务由某某公司提供</Text>\n        <Text>客服邮箱：a@b.cn</Text>"
    lines = _taro(tmp_path, footer, "mail.tsx")
    assert (12, "我们的服务由某某公司提供") in lines and (13, "客服邮箱：a@b.cn") in lines


def test_taro_pieces_of_one_sentence_stay_one_line(tmp_path: Path) -> None:
    # a sentence cut into <Text> pieces: the second opens no field
    lines = _taro(tmp_path, '<Text>请您阅读</Text>\n        <Text className="link">《隐私政策》</Text>')
    assert (12, "请您阅读《隐私政策》") in lines
    # a label run into its value on one source line: the first <Text> does not end its line
    lines = _taro(tmp_path, "<Text>运营者</Text><Text>客服邮箱：a@b.cn</Text>", "inline.tsx")
    assert (12, "运营者客服邮箱：a@b.cn") in lines
    # a numbered line after an unmarked title <Text> (tests/test_u34a_structure.py): a <span>, one line
    lines = _taro(tmp_path, "<Text>一、服务说明</Text>\n        <Text>1.1 服务内容</Text>", "numbered.tsx")
    assert (12, "一、服务说明1.1 服务内容") in lines


def test_yuxuan_footer_owner_and_date_are_two_lines() -> None:
    lines = _lines(parse_path(YUXUAN))
    assert (125, "本小程序由宇轩百货运营") in lines and (128, "最后更新日期：2025年1月1日") in lines


# 2 and 4. `load.jsx_data.props._edition_row`, `_PageScript._slots_as_written`, `load.jsx.attributes._interpolated_attribute`,
# `_shown_constant`, `shown_expressions`: a bilingual list prop's rows, a template-literal prop whose `${…}` name values
# the page does not hold, and a constant printed as a child are read, the expressions kept as written (no placeholder).
VERDANT = EVAL / "profiles45" / "docs" / "verdant-zh" / "page.tsx"
AITRANS = EVAL / "profiles43c" / "docs" / "aitrans-zh" / "page.tsx"

_LEGAL = """import { BRAND, P, List, Section } from "@/components/Legal";
import { SUPPORT_EMAIL } from "@/config";

const NOTE = (
  <p>本说明是页面的一部分。</p>
);

export default function Privacy({ children }) {
  return (
    <article>
      <h1>隐私政策</h1>
      BODY
    </article>
  );
}
"""


def _legal(tmp_path: Path, body: str, name: str = "page.tsx") -> list[tuple[int, str]]:
    return _lines(parse_file(tmp_path, name, _LEGAL.replace("BODY", body)))


def test_a_list_prop_of_edition_rows_is_read_each_edition_an_item(tmp_path: Path) -> None:
    body = """<List
        items={[
          ["注册信息：手机号、账户密码（加密存储）。", "Registration: mobile number, account password (stored encrypted)."],
          ["删除符合法定情形的个人信息；", "delete personal information where statutory conditions are met;"],
          [`${BRAND.custodianZh}：用于支付与结算。`, `Fund custody: for payment and settlement.`],
        ]}
      />"""
    lines = _legal(tmp_path, body)
    assert (14, "注册信息：手机号、账户密码（加密存储）。") in lines
    assert (14, "Registration: mobile number, account password (stored encrypted).") in lines
    assert (15, "删除符合法定情形的个人信息；") in lines
    assert (16, "${BRAND.custodianZh}：用于支付与结算。") in lines  # the imported value's name where it is printed
    doc = parse_file(tmp_path, "again.tsx", _LEGAL.replace("BODY", body))
    items = [p for p in doc.paragraphs() if p.text.startswith("注册信息")]
    assert items and items[0].column == 13  # at the string's own column


def test_rows_that_are_no_editions_are_not_read(tmp_path: Path) -> None:
    for row in (
        '["icon-a", "icon-b"]',  # no Chinese
        '["第一项内容说明。", "第二项内容说明。", "第三项内容说明。", "第四项内容说明。"]',  # no row of editions
        '[`${fn(a)}：用于支付与结算。`, "Payment."]',  # a slot that is a call
        '[`${a + b}：用于支付与结算。`, "Payment."]',  # a slot that is an expression
    ):
        lines = _legal(tmp_path, "<List items={[" + row + ", " + row + "]} />", "rows.tsx")
        assert [t for line, t in lines if line > 5] == [], row


def test_a_template_literal_prop_keeps_its_slots_as_written(tmp_path: Path) -> None:
    body = """<P
        zh={`${BRAND.entity}（下称“我们”）深知个人信息对您的重要性。`}
        en={`${BRAND.entityEn} understands the importance of your personal information.`}
      />
      <P zh={`您可通过 ${BRAND.dpoEmail} 行使上述权利。`} en="You may exercise these rights." />
      <P zh={`请联系 ${getEmail()} 行使权利。`} />"""
    lines = _legal(tmp_path, body)
    assert (13, "${BRAND.entity}（下称“我们”）深知个人信息对您的重要性。") in lines
    assert (14, "${BRAND.entityEn} understands the importance of your personal information.") in lines
    assert (16, "您可通过 ${BRAND.dpoEmail} 行使上述权利。") in lines
    assert not any("getEmail" in t or "请联系" in t for _, t in lines)  # a call: code, as before


def test_a_printed_constant_is_shown_by_its_name(tmp_path: Path) -> None:
    body = """<p>如需行使权利，请发送邮件至{SUPPORT_EMAIL}。</p>
      <p>运营主体：{BRAND.entity}</p>
      <p>请联系{children}。</p>
      {NOTE}"""
    lines = _legal(tmp_path, body)
    assert (12, "如需行使权利，请发送邮件至{SUPPORT_EMAIL}。") in lines
    assert (13, "运营主体：{BRAND.entity}") in lines
    assert (14, "请联系。") in lines  # a lower-case name (a prop, a variable): blanked as before
    assert not any("{NOTE}" in t for _, t in lines)  # a constant of markup is read where it is written
    assert (5, "本说明是页面的一部分。") in lines


def test_shown_expressions_are_no_placeholders_but_a_plain_strings_are(tmp_path: Path) -> None:
    body = """<p>如需行使权利，请发送邮件至{SUPPORT_EMAIL}。</p>
      <P zh={`${BRAND.entity}（下称“我们”）深知个人信息对您的重要性。`} />
      <P zh="${COMPANY}（下称“我们”）尊重您的隐私。" />"""
    found = rule_excerpts(tmp_path, _LEGAL.replace("BODY", body), "placeholder-instruction", "page.tsx")
    assert not any("SUPPORT_EMAIL" in e or "BRAND.entity" in e for e in found)
    assert any("${COMPANY}" in e for e in found)  # in a plain string `${…}` is written text: a template left unfilled


def test_verdant_lists_and_template_props_are_read() -> None:
    lines = _lines(parse_path(VERDANT))
    assert (103, "查阅、复制您的个人信息；") in lines and (103, "access and copy your personal information;") in lines
    assert (107, "注销账户；") in lines
    assert (64, "${BRAND.custodianZh}：用于支付、分账与结算。") in lines
    assert any(line == 16 and t.startswith("${BRAND.entity}（下称“我们”）") for line, t in lines)
    assert any(line == 112 and "${BRAND.dpoEmail}" in t for line, t in lines)


def test_aitrans_rights_contact_shows_the_printed_constant() -> None:
    lines = dict(_lines(parse_path(AITRANS)))
    assert lines[392].startswith("如您希望行使上述权利，请发送邮件至{SUPPORT_EMAIL}。")


def test_a_selection_that_cannot_be_looped_leaves_the_page_read_as_before(tmp_path: Path) -> None:
    # a title slot of the selection, text of its own after it, and a loop over the page's own list: the list is read,
    # the selection's slot stays as written (as before u45l)
    page = _DIALOG.replace("SELECTION", _BLOCK + '\nconst rules = ["規則一：請遵守活動辦法。", "規則二：得獎者須回覆。"];').replace(
        '<p>{{ current.description }}</p>\n      <ul>\n        <li v-for="(item, i) in current.items" :key="i">{{ item }}</li>\n      </ul>',
        '<p>以下為活動規則</p>\n      <p>{{ current.description }}</p>\n      <ul><li v-for="r in rules">{{ r }}</li></ul>',
    )
    paras = [t for _, t in _lines(parse_file(tmp_path, "mixed.vue", page))]
    assert "規則一：請遵守活動辦法。" in paras and "以下為活動規則" in paras
    assert not any("蒐集之目的" in p for p in paras)
