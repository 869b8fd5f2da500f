"""Placeholder classes from the thirty-eighth blind round (eval/blind/round38, helper u38r), each both ways.

A text still written for whoever launches it (`cli/policylens/rules/placeholder_prelaunch.py`):

- a duty the text has to meet before launch, opening its sentence without a subject and naming a fact the policy lacks
  (「上线前必须维护第三方清单…」, 「上线前需在产品内提供可用入口…」); not a duty with its subject (「新功能上线前需进行隐私
  评估」), nor one said to the reader, nor a step that names no such fact;
- a value left to be fixed by the actual requirements before launch (「…，上线前需根据实际合规要求确认」);
- the empty fields a drafting note lists (「上线前需补充:」 then 「- 运营主体:」…); not a form the reader fills, nor fields
  with values, nor a single field;
- the text calling itself a policy template (「本文件为…的隐私政策模板…」); not a cited title, not 消息模板;
- advice to the publisher with the users in the third person (「建议你在上架/部署时明确列出可能使用的第三方服务，并提示
  用户…」); not advice to the reader;
- the whole text of an element or a string left to the developer (「<h1>请开发者自行补充</h1>」); not an SDK's sentence.

Session 37's leftovers:

- a template variable that is a code span's whole content in a value's place (「联系邮箱：`{{contact_email}}`」, 「本政策由
  `{{company}}` 提供」) is a slot; a code span documenting the syntax (「模板变量写作 `{{company}}`」) is not;
- a `.js` or `.json` file whose strings spell their text as `\\uXXXX` escapes: the decoded text is checked, and the finding
  points at the escapes in the source (`load.escaped_literals`);
- a dummy contact in an element hidden by `display:none` is found (HTML, TSX, Vue): a regression case.

The documents of the set's dev part are regression cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import slot_findings
from policylens.load import load

ROUND38 = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round38"

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5


@pytest.mark.parametrize(
    "line",
    [
        "上线前必须维护第三方清单, 说明第三方名称、处理目的和隐私政策链接。",
        "上线前需在产品内提供可用入口, 并设定处理时限和身份核验流程。",
        "- 发布前应明确个人信息保护负责人及其联系方式。",
        "正式上線前須提供資料保存期限與刪除流程。",
        "AI 请求日志默认保留 180 天, 上线前需根据实际合规要求确认。",
        "> 本文件为 Acme（浏览器扩展）的隐私政策模板与数据处理说明（中文版本）。",
        "建议你在上架/部署时明确列出可能使用的第三方服务，并提示用户自行查看其政策。",
        "<h1>请开发者自行补充</h1>",
    ],
)
def test_prelaunch_forms_fire(lines_of, line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "新功能上线前需进行隐私影响评估，并经安全团队审核。",
        "我们在新产品上线前会提供隐私说明。",
        "上线前您需提供营业执照及联系方式。",
        "上线前需完成安全测试。",
        "我们根据实际业务需要确认保存期限。",
        "我们会在上线前根据实际业务调整功能。",
        "请在发布前根据实际情况修改你的动态。",
        "请参阅《隐私政策模板使用说明》。",
        "您可以在设置中选择消息模板。",
        "建议您在发布前确认内容不含他人信息。",
        "相关说明请开发者自行补充至其隐私政策。",
        "SDK 接入方应自行补充隐私政策中关于本 SDK 的说明。",
    ],
)
def test_prelaunch_look_alikes_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


def test_empty_fields_after_a_drafting_note_fire(lines_of) -> None:
    text = HEAD + "上线前需补充:\n\n- 生效日期:\n- 运营主体:\n- 隐私负责人联系方式:\n"
    assert {7, 8, 9} <= lines_of(text)


@pytest.mark.parametrize(
    "tail",
    [
        "如需注销账号，请您填写以下信息：\n\n- 姓名：\n- 手机号：\n",  # a form the reader fills
        "上线前需补充:\n\n- 生效日期: 2026-01-01\n- 运营主体: 某某科技有限公司\n",  # values given (某某 is another slot form)
        "联系方式如下：\n\n- 邮箱：a@b.cn\n- 电话：010-8888 1234\n",
    ],
)
def test_fields_that_are_no_empty_list_do_not_fire_as_fields(lines_of, tail: str) -> None:
    lines = lines_of(HEAD + tail)
    assert not {7, 8} & (lines - {8} if "某某" in tail else lines)


def test_a_code_span_value_is_a_slot_and_a_documented_syntax_is_not(lines_of) -> None:
    text = (
        HEAD
        + "联系邮箱：`{{contact_email}}`\n\n本政策由 `{{company}}` 提供。\n\n模板变量写作 `{{company}}`，在构建时替换。\n\n`${email}` 是构建脚本使用的变量。\n"
    )
    assert lines_of(text) == {5, 7}


def test_escaped_strings_of_a_script_are_checked_where_they_are_written(tmp_path: Path) -> None:
    path = tmp_path / "privacy.js"
    path.write_text(
        'export const privacy = {\n  title: "\\u9690\\u79c1\\u653f\\u7b56",\n'
        '  body: "\\u672c\\u653f\\u7b56\\u7531\\u3010\\u516c\\u53f8\\u540d\\u79f0\\u3011\\u63d0\\u4f9b\\u3002",\n};\n',
        encoding="utf-8",
    )
    findings = slot_findings(path)
    assert [(line, excerpt) for line, _, excerpt in findings] == [(3, "【公司名称】")]
    literal_texts = [text for text, _ in load(str(path)).parsed.scripts]
    assert "本政策由【公司名称】提供。" in literal_texts


def test_escaped_json_strings_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "zh.json"
    path.write_text('{\n  "contact": "\\u8054\\u7cfb\\u90ae\\u7bb1\\uff1a[\\u5f85\\u586b\\u5199]"\n}\n', encoding="utf-8")
    assert [line for line, _, _ in slot_findings(path)] == [2]


def test_a_plain_json_file_has_no_script_literals(tmp_path: Path) -> None:
    path = tmp_path / "zh.json"
    path.write_text('{\n  "contact": "联系邮箱：[待填写]"\n}\n', encoding="utf-8")
    assert load(str(path)).parsed.scripts == []
    assert [line for line, _, _ in slot_findings(path)] == [2]  # read once, in the text


@pytest.mark.parametrize(
    ("name", "page"),
    [
        (
            "hidden.html",
            '<html><body><h1>隐私政策</h1><p>我们重视您的隐私。</p>\n<p style="display:none">客服邮箱：your-email@example.com</p>\n</body></html>\n',
        ),
        (
            "hidden.tsx",
            'export default function P() {\n  return (<main><h1>隐私政策</h1><p>我们重视您的隐私。</p>\n<p style={{ display: "none" }}>客服邮箱：your-email@example.com</p>\n</main>);\n}\n',
        ),
        (
            "hidden.vue",
            '<template>\n  <div><h1>隐私政策</h1><p>我们重视您的隐私。</p>\n<p style="display:none">客服邮箱：your-email@example.com</p>\n</div>\n</template>\n',
        ),
    ],
)
def test_a_hidden_dummy_contact_is_found(tmp_path: Path, name: str, page: str) -> None:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    assert [line for line, _, _ in slot_findings(path)] == [1 + page[: page.index("your-email")].count("\n")]


@pytest.mark.parametrize("name", ["aitutor-md", "socialcopilot-md", "socialcopilot-en-html", "mycatcat-md", "yiji-md", "getlink-js"])
def test_round38_dev_documents_have_every_slot_line_found(name: str) -> None:
    folder = ROUND38 / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    found = {line for line, _, _ in slot_findings(folder / ann["file"])}
    gold = {p["line"] for p in ann["placeholders"]}
    scored = found - set(ann["ambiguous_placeholder_lines"])
    assert gold <= found and scored <= gold


@pytest.mark.parametrize("name", ["mailyou-md", "inprivate-md", "docket-md"])
def test_round38_clean_dev_documents_have_no_placeholder_finding(name: str) -> None:
    folder = ROUND38 / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    assert slot_findings(folder / ann["file"]) == []
