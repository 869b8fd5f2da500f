"""(u57f2, issue #11 §1) Slot forms still missed: 【未定】 in a Chinese paragraph, a field with its drafting note in
parentheses inside the bracket (eval/precision57 yanjushi L9), in every wrapper; and what must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

_BODY = "我们会依法保护您的个人信息，并按照本政策使用这些信息。"


def _wrap(fmt: str, line: str) -> str:
    lines = [_BODY, line, _BODY]
    if fmt == "md":
        return "# 隐私政策\n\n" + "\n\n".join(lines) + "\n"
    if fmt == "html":
        return "<html><body>\n<h1>隐私政策</h1>\n" + "\n".join(f"<p>{x}</p>" for x in lines) + "\n</body></html>\n"
    if fmt == "vue":
        return "<template>\n  <div>\n    <h1>隐私政策</h1>\n" + "\n".join(f"    <p>{x}</p>" for x in lines) + "\n  </div>\n</template>\n"
    if fmt == "jsx":
        body = "\n".join(f"      <p>{x}</p>" for x in lines)
        return f"export default function Privacy() {{\n  return (\n    <div>\n      <h1>隐私政策</h1>\n{body}\n    </div>\n  );\n}}\n"
    return "隐私政策\n\n" + "\n\n".join(lines) + "\n"


def _errors(tmp_path: Path, fmt: str, line: str) -> list[str]:
    path = tmp_path / f"policy.{fmt}"
    path.write_text(_wrap(fmt, line), encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f.rule for f in report.findings if f.severity == "error"]


_FORMATS = ("txt", "md", "html", "jsx", "vue")
SLOTS = [
    "运营者：【未定】",
    "本政策的生效日期为【未定】，请您仔细阅读。",
    "如您有任何疑问，请联系[未定]。",
    "运营者：【民宿经营主体名称（营业执照对应主体，用户上线前替换）】",
    "如您有任何疑问，请联系【民宿经营主体名称（营业执照对应主体，用户上线前替换）】。",
    "客服电话：[客服电话（发布前填写）]",
    "運營者：【公司名稱（上線前替換）】",
    "Operator: [Company name (to be confirmed)]",
]


@pytest.mark.parametrize("fmt", _FORMATS)
@pytest.mark.parametrize("line", SLOTS)
def test_a_slot_is_an_error_in_every_wrapper(tmp_path: Path, fmt: str, line: str) -> None:
    assert "placeholder-instruction" in _errors(tmp_path, fmt, line)


QUIET = [
    "请联系【联系我们（客服）】页面。",
    "进入【设置（隐私）】即可关闭。",
    "【注意（重要）】请勿泄露密码。",
    "在【我的（个人中心）】中可以修改资料。",
    "【客服热线（工作日9:00-18:00）】400-000-0000。",
    "【更新说明（上线后已确认）】本次更新内容如下。",
    "若字段未定义，我们不会收集。",
    "活动时间尚未定，届时另行通知。",
    "Open [Settings (Privacy)] to opt out.",
]


@pytest.mark.parametrize("fmt", _FORMATS)
@pytest.mark.parametrize("line", QUIET)
def test_a_label_or_a_word_stays_quiet(tmp_path: Path, fmt: str, line: str) -> None:
    assert _errors(tmp_path, fmt, line) == []
