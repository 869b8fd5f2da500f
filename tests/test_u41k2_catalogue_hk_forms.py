"""Two false errors of eval/precision41 uprintshop-hk-js (forty-first session, u41k2), each as a class both ways.

- A vue-i18n locale module of nested sections (`export default { nav: { … }, homepage: { carousel: { slides: [ … ] } } }`,
  numbers beside strings: `year: 2024,`) is a message catalogue: its nested tables' keys and its scalar values were
  counted as code, so the module was read as code and its named argument `{highlight}` (filled from the sibling key
  `highlight: '重塑'`) was a false `placeholder-instruction` error (`cli/policylens/load/catalogue/`).  A module of
  code is still no catalogue, and the same argument in a plain text file is still a slot.
- 恒 is Hong Kong's standard Traditional form (恒生, the name 蘇恒峯), though OpenCC counts it Simplified only: no
  `script-mixed` error in a Hong Kong or unplaced Traditional text, a warning naming 恆 in a Taiwan one, and a run that
  also holds a real Simplified character is still an error (`cli/policylens/rules/script_mixed/exceptions.py`).
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file
from policylens.load.catalogue import is_catalogue

ROOT = Path(__file__).resolve().parents[1]
UPRINTSHOP = ROOT / "eval" / "precision41" / "uprintshop-hk-js" / "zh.js"


def _findings(tmp_path: Path, name: str, text: str) -> list[tuple[str, str, int, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.severity, f.line, f.excerpt, f.message) for f in report.findings if f.rule != "date-format"]


_NESTED = """export default {
  title: '環球印館控股有限公司',
  nav: {
    aboutUs: '關於我們',
    contactUs: '聯絡我們',
  },
  homepage: {
    carousel: {
      slides: [
        {
          alt: '輪播圖',
          title: '重新定義可能',
        },
      ],
    },
    milestone: {
      items: [
        {
          year: 2024,
          visible: true,
          title: '於香港聯合交易所上市',
        },
        {
          year: 2018,
          visible: false,
          title: '成立網上自助服務平台',
        },
      ],
    },
  },
  aboutUs: {
    transformation: {
      title: '我們正在{highlight}印刷行業的遊戲規則',
      highlight: '重塑',
    },
    longTermValue: {
      title: '長期價值',
      content: '我們尋求團隊成員和股東能夠像長期所有者一樣思考和行動。',
    },
  },
}
"""


def test_nested_locale_module_is_a_catalogue_and_its_argument_no_slot(tmp_path: Path) -> None:
    assert is_catalogue("zh.js", _NESTED)
    assert not [f for f in _findings(tmp_path, "zh.js", _NESTED) if f[0].startswith("placeholder")]
    commonjs = _NESTED.replace("export default {", "module.exports = {", 1)
    assert not [f for f in _findings(tmp_path, "zh-hk.js", commonjs) if f[0].startswith("placeholder")]


def test_argument_outside_a_catalogue_is_still_a_slot(tmp_path: Path) -> None:
    # the same sentence in a policy's text, and in a module of code (functions, not pairs): a slot left unfilled
    text = "# 關於我們\n\n我們正在{highlight}印刷行業的遊戲規則，並以客戶為先。\n"
    assert [f[:4] for f in _findings(tmp_path, "about.md", text) if f[0].startswith("placeholder")] == [
        ("placeholder-instruction", "error", 3, "{highlight}")
    ]
    code = (
        "export default {\n  data() {\n    return { ready: false }\n  },\n  methods: {\n    show() {\n"
        "      this.title = '我們正在{highlight}印刷行業的遊戲規則'\n      this.open = true\n    },\n  },\n}\n"
    )
    assert not is_catalogue("about.js", code)


def test_hong_kong_form_is_not_simplified(tmp_path: Path) -> None:
    hk = "# 私隱政策\n\n本公司的公司秘書為蘇恒峯先生。如欲查閱個人資料，請以電郵聯絡本公司私隱專責人員，或致函香港辦事處。\n"
    assert not [f for f in _findings(tmp_path, "privacy.md", hk) if f[0] == "script-mixed"]
    # a real Simplified character beside it is still an error, and so is one elsewhere in the text
    mixed = hk.replace("蘇恒峯先生", "蘇恒们先生").replace("電郵", "电郵")
    found = [f[:4] for f in _findings(tmp_path, "mixed.md", mixed) if f[0] == "script-mixed"]
    assert found == [("script-mixed", "error", 3, "恒们"), ("script-mixed", "error", 3, "电")]


def test_hong_kong_form_in_a_taiwan_text_is_a_warning(tmp_path: Path) -> None:
    tw = "# 隱私權政策\n\n我們的隱私權政策適用於恒春服務與使用者資料。我們會依個人資料保護法處理您的個人資料，並透過網路提供軟體服務。\n"
    found = [f for f in _findings(tmp_path, "privacy-zh-TW.md", tw) if f[0] == "script-mixed"]
    assert [f[:4] for f in found] == [("script-mixed", "warning", 3, "恒")]
    assert "恆" in found[0][4] and "簡體" not in found[0][4]


def test_hong_kong_form_in_a_locale_table(tmp_path: Path) -> None:
    tables = (
        "export default {\n  zh_HK: {\n    title: '私隱政策',\n    secretary: '公司秘書：蘇恒峯',\n    mail: '電郵聯絡',\n  },\n"
        "  zh_CN: {\n    title: '隐私政策',\n    secretary: '公司秘书：苏恒峰',\n    mail: '电邮联络',\n  },\n}\n"
    )
    assert not [f for f in _findings(tmp_path, "lang.js", tables) if f[0] == "script-mixed"]


def test_uprintshop_regression(tmp_path: Path) -> None:
    report = check_file(str(UPRINTSHOP), CheckOptions(no_config=True))
    assert report.error is None
    # (u42k) the two 「了解更多（補連結）」 left in the published site are its only errors (eval/precision41 judged them true)
    assert [(f.line, f.rule) for f in report.findings if f.severity == "error"] == [
        (152, "placeholder-instruction"),
        (158, "placeholder-instruction"),
    ]
    # (u42k2) L221's term twice on the line: one finding with both columns (`check.repeats`)
    found = [(f.line, len(f.columns)) for f in report.findings if f.rule == "regional-vocabulary"]
    assert found == [(151, 0), (221, 2), (269, 0)]


# round41d funshow-workbook-md (forty-first session, m41p's misses): a square bracket that asks the writer, in a code
# span or not — the request and a colon then a long spec, a sample then 「请按真实情况填写」, a check before publishing
_ASKS = (
    "`[请补充：你的真实职业背景、相关工作年限、公开资历或长期实践经历。不要填写无法公开验证的头衔。]`",
    "[请补充：你的真实职业背景、相关工作年限、公开资历或长期实践经历。不要填写无法公开验证的头衔。]",
    "> - 一般回复时间：`[例如 3–7 个工作日，请按真实情况填写]`",
    "用户可以接受广告。`[发布前确认已在 AdSense“隐私与消息”启用 Google 认证 CMP；未启用前不要声称界面已上线。]` 用户可以拒绝。",
    "【上线前请核实：本应用实际接入的第三方 SDK 名称、用途及其隐私政策链接，逐项列出。】",
)
_NOT_ASKS = (
    "点击[请填写：昵称]按钮即可修改。",  # a control the policy names
    "点击[发布前确认信息]按钮。",
    "页面显示：[请补充：真实姓名]",  # a message the app shows
    "我们会在发布前确认内容符合法律法规的要求。",  # the policy's promise, no bracket
    "（发布前请确认您上传的图片不含他人个人信息）",  # a round bracket: advice to the user about their content
)


def test_bracketed_asks_are_slots(tmp_path: Path) -> None:
    for k, line in enumerate(_ASKS):
        found = [f for f in _findings(tmp_path, f"ask{k}.md", f"# 关于本站\n\n{line}\n") if f[0].startswith("placeholder")]
        assert [f[:3] for f in found] == [("placeholder-instruction", "error", 3)], line


def test_bracketed_messages_and_controls_are_no_slots(tmp_path: Path) -> None:
    for k, line in enumerate(_NOT_ASKS):
        assert not [f for f in _findings(tmp_path, f"not{k}.md", f"# 隐私政策\n\n{line}\n") if f[0].startswith("placeholder")], line
