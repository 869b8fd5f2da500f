"""Heading classes left by eval/structure39c (fortieth session, lead): lines with a title's shape that title nothing.

1. A consent dialog's buttons: 「同意并接受」 over 「暂不同意」 in a uni-app pop-up with no policy body
   (eval/structure39c wanshibang-consent-vue: one false section).  Button labels (同意, 不同意, 暂不同意, 同意并继续,
   我已阅读并同意, 确定, 取消, 我知道了, Agree, Decline…) are never a section's title unless the markup makes them one
   (`structure.headings.labels._BUTTON`).
2. A statement of effect in a sign-off block: 「本声明自更新之日起生效」 (no 。) over a date line and the company's name
   at the end of a `<pre>` (eval/structure39c quanjing-pre-html: one false section).  「自…起生效」, 「于…日施行」 is a
   sentence; 「生效日期」, 「协议的生效」, 「关于本政策的实施」 stay titles (`labels._TAKES_EFFECT`).
3. A numbered last clause without its 。: 「2.如有任何爭議，AJO保留最終決定權」 ending the document after clauses
   1.1–1.3.7 (eval/structure39c ajo-policies-md: one false sub-section).  The very last block, numbered, reading as a
   sentence, is no title; a last 「十、联系我们」 stays (`lists._closing_clause`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.structure.headings.labels import _BUTTON, _TAKES_EFFECT

REPO = Path(__file__).resolve().parent.parent
SET = REPO / "eval" / "structure39c"

_BODY = "我们会按照法律法规的要求，收集和使用您在使用服务过程中主动提供或因使用服务而产生的个人信息。"


def _titles(tmp_path: Path, text: str, name: str = "policy.txt") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [s.title for s in read_document(str(path)).sections if s.title]


@pytest.mark.parametrize(
    "label",
    [
        "同意",
        "不同意",
        "暂不同意",
        "暫不同意",
        "同意并接受",
        "同意並繼續",
        "我已阅读并同意",
        "拒绝",
        "确定",
        "取消",
        "我知道了",
        "Agree",
        "Decline",
        "OK",
    ],
)
def test_button_labels(label: str) -> None:
    assert _BUTTON.match(label)


@pytest.mark.parametrize(
    "title", ["同意的撤回", "接受与拒绝Cookie", "取消授权", "确认您的身份", "用户同意", "拒绝权", "Acceptance of terms"]
)
def test_titles_that_speak_of_consent_are_no_buttons(title: str) -> None:
    assert not _BUTTON.match(title)


@pytest.mark.parametrize(
    "line", ["本声明自更新之日起生效", "本政策自2021年1月1日起施行", "本协议于发布之日正式生效", "本條款自公告日起實施", "自发布之日起生效"]
)
def test_statements_of_effect(line: str) -> None:
    assert _TAKES_EFFECT.search(line)


@pytest.mark.parametrize("title", ["生效日期", "协议的生效", "关于本政策的实施", "本政策的生效与变更", "生效与终止", "适用于本服务的实施"])
def test_titles_about_effect_stay(title: str) -> None:
    assert not _TAKES_EFFECT.search(title)


def test_buttons_below_a_dialog_are_no_sections(tmp_path: Path) -> None:
    page = (
        "<html><body><div><p><b>服务协议和隐私政策</b></p>"
        f"<div>{_BODY}</div><div>你可阅读《服务协议》和《隐私政策》了解详细信息。</div>"
        "<div><div>同意并接受</div><div>暂不同意</div></div></div></body></html>"
    )
    assert _titles(tmp_path, page, "dialog.html") == []


def test_sign_off_statement_is_no_section_but_titles_stay(tmp_path: Path) -> None:
    text = (
        f"隐私政策\n\n一、信息收集\n{_BODY}\n\n二、信息使用\n{_BODY}\n\n"
        "本声明自更新之日起生效\n最近的更新日期:2021 年 1 月 11 日\n上海某某科技有限公司\n"
    )
    titles = _titles(tmp_path, text)
    assert titles == ["一、信息收集", "二、信息使用"]
    # a title about the effect, in the same place, stays a section
    assert _titles(tmp_path, text.replace("本声明自更新之日起生效", "生效日期"))[-1] == "生效日期"


def test_closing_numbered_clause(tmp_path: Path) -> None:
    head = f"服务条款\n\n1.服务内容\n{_BODY}\n\n"
    assert _titles(tmp_path, head + "2.如有任何争议，本公司保留最终决定权\n") == ["1.服务内容"]
    # a last numbered title over an empty body, or one written as a title, stays
    assert _titles(tmp_path, head + "2.联系我们\n") == ["1.服务内容", "2.联系我们"]
    # the same sentence not last: the clause before a body is untouched by this rule
    assert "1.服务内容" in _titles(tmp_path, head + "2.如有任何争议，本公司保留最终决定权\n" + _BODY + "\n")


def test_structure39c_regressions() -> None:
    dialog = read_document(str(SET / "dev" / "wanshibang-consent-vue" / "privacy.vue"))
    assert [s.title for s in dialog.sections if s.title] == []
    ajo = read_document(str(SET / "dev" / "ajo-policies-md" / "temp.md"))
    assert not any("爭議" in (s.title or "") for s in ajo.sections)
    assert [s.title for s in ajo.sections if s.title][-1] == "服務條款 (繁體中文)"
    pre = read_document(str(SET / "holdout" / "quanjing-pre-html" / "yszc.html"))
    titles = [s.title for s in pre.sections if s.title]
    assert not any("生效" in t for t in titles)
    assert titles[-1].endswith("信息安全")
