"""Defects found by the fresh-eyes review of the thirty-sixth session's change (helper u36x), each class both ways.

- `placeholder_hant`'s contact left to be announced read the reader's own contact as one: 「我们将通过您日后提供的联系方式
  与您联系」 (the reader gives it later), 「若您在注册之后提供电子邮件」 (之后 "after registering", not "later"), and a
  mail sent with the news, 「我們會寄送電子郵件另行告知」; the operator's own deferral still fires
  (「請透過本網站日後公布的聯絡方式與我們聯繫」, 「聯絡信箱將於之後公布」);
- `placeholder_hant`'s note to add a contact before launch read a contract party's duty as one: 「乙方应于上线前提供客服电话」,
  「商家須於上架前提供聯絡電話」 (a merchant agreement); the note to the operator still fires (「建議在正式上線前補上聯絡信箱」);
- `placeholder_gaps`'s name missing after a verb read the act itself defined as a hole: 「使用手机号码注册（以下简称“注册”）」,
  「使用第三方账号登录（以下简称“第三方登录”）」; the deleted name still fires (「欢迎使用（以下简称“本平台”）」);
- `placeholder_gaps`'s definition opening a paragraph read a name a component fills when it runs as a hole:
  「`${companyFacts.nameCn}（以下简称“我们”）…`」 in a .tsx page (eval/blind/round27b rfq-bilingual-tsx, a look-alike its
  annotation names); the same definition opening a Markdown paragraph under a heading still fires;
- `placeholder_unfinal`'s placeholder marks to remove read the app's loading state as the page's marks: 「应用在数据加载完成
  后替换占位文字」, 「页面渲染完成后会移除占位内容」; 「…确认后，才能移除占位标记」 and 「上线前请删除本页占位内容」 still fire;
- `load.lines` summed a run's brackets over the whole run at each of its lines (quadratic on a long run of wrapped lines);
- `compare.flat` reported a flat Chinese edition's sentence lacking a name the English edition writes with a hyphen
  (「WiFi」 / "Wi-Fi") or spelled out as the words the acronym stands for (「APNs」 / "Apple Push Notification service");
  a name the English edition writes nowhere (「Cloudflare」) is still reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import compare_folder, rule_excerpts

HEAD_HANS = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5
HEAD_HANT = "# 隱私權政策\n\n我們蒐集您的手機號碼用於登入。\n\n"


@pytest.mark.parametrize(
    "text",
    [
        HEAD_HANS + "我们将通过您日后提供的联系方式与您联系。\n",
        HEAD_HANS + "若您在注册之后提供电子邮件，我们将向其发送验证码。\n",
        HEAD_HANS + "用户日后提供的联系方式仅用于客服回访。\n",
        HEAD_HANT + "如政策有重大變更，我們會寄送電子郵件另行告知用戶。\n",
        HEAD_HANS + "乙方应于上线前提供客服电话及负责人信息。\n",
        HEAD_HANT + "商家須於上架前提供聯絡電話。\n",
        HEAD_HANS + "当您使用手机号码注册（以下简称“注册”）时，我们会收集您的手机号码。\n",
        HEAD_HANS + "您可以使用第三方账号登录（以下简称“第三方登录”）。\n",
        HEAD_HANS + "应用在数据加载完成后替换占位文字，并显示您的昵称。\n",
        HEAD_HANS + "页面渲染完成后会移除占位内容。\n",
    ],
)
def test_not_a_slot(lines_of: Callable[[str], set[int]], text: str) -> None:
    """The reader's own contact, a contract party's duty, an act defined as itself: no placeholder finding."""
    assert 5 not in lines_of(text)


@pytest.mark.parametrize(
    "text",
    [
        HEAD_HANT + "請透過本網站日後公布的聯絡方式與我們聯繫。\n",
        HEAD_HANT + "聯絡信箱將於之後公布。\n",
        HEAD_HANS + "请您通过本网站日后公布的联系方式与我们联系。\n",
        HEAD_HANS + "联系方式之后提供。\n",
        HEAD_HANT + "建議在正式上線前補上聯絡信箱或客服窗口。\n",
        HEAD_HANS + "请于上线前提供客服电话。\n",
        HEAD_HANS + "欢迎使用（以下简称“本平台”）提供的服务。\n",
        HEAD_HANS + "欢迎您注册（以下简称“本平台”）账号。\n",
        HEAD_HANS + "运营主体确认后，才能移除占位标记并公开注册。\n",
        HEAD_HANS + "上线前请删除本页占位内容。\n",
    ],
)
def test_still_a_slot(lines_of: Callable[[str], set[int]], text: str) -> None:
    """The operator's own deferral, a note to add a contact, a name deleted before its definition: still found."""
    assert 5 in lines_of(text)


def test_a_run_of_wrapped_brackets_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """`group_lines` keeps the open brackets of a run as it grows: each line's text is counted once, not once per later
    line (20,000 lines each closing one 「（」 of the first line took 8 s); the lines still join as one block."""
    from policylens.load import lines as lineslib

    counted: list[int] = []
    real = lineslib.open_counts

    def counting(text: str) -> list[int]:
        counted.append(len(text))
        return real(text)

    monkeypatch.setattr(lineslib, "open_counts", counting)
    n = 2_000
    run = [(1, 0, "（" * n + "。")] + [(k + 2, 0, "）。") for k in range(n)]
    blocks = lineslib.group_lines(run)
    assert [b.line for b in blocks] == [1]  # every line closes a bracket the run left open: one block
    assert sum(counted) <= 2 * sum(len(t) for _, _, t in run)
    # nothing left open: the clause end ends the block, as before
    assert [b.line for b in lineslib.group_lines([(1, 0, "我们收集手机号；"), (2, 0, "您可以删除（在设置中）。")])] == [1, 2]


ENGLISH_SECTIONS = """# Privacy Policy

## Information We Collect

We collect your device identifier and IP address when you use the app on Wi-Fi.

## How We Use Information

We use the information to operate the app and to send push notifications through Apple Push Notification service.

## Contact

Email us at privacy@example.org.
"""


@pytest.mark.parametrize(
    ("sentence", "lacks"),
    [
        ("当您在 WiFi 网络下使用本 APP 时，我们会收集您的设备标识符和 IP 地址，用于保障服务安全运行。", []),
        ("我们使用这些信息来运营本应用，并通过 APNs 向您发送推送通知，以便及时提醒您。", []),
        ("我们使用 Cloudflare 保护网站免受攻击，相关日志保存七天后自动删除，不用于其他用途。", [["cloudflare"]]),
        ("我们通过 apns 向您发送推送通知，并使用 HTTPS 加密传输全部数据，以便保护您的信息。", [["apns", "https"]]),
    ],
)
def test_flat_edition_names_written_otherwise(tmp_path: Path, sentence: str, lacks: list[list[str]]) -> None:
    """A flat Chinese edition against English sections: a name spelled apart or as its expansion is written there."""
    chinese = "# 隐私政策\n\n" + sentence + "\n\n如有疑问，请发送邮件至 privacy@example.org 与我们联系，我们会尽快回复。\n"
    product = compare_folder(tmp_path / "p", {"en.2024-01-01.md": ENGLISH_SECTIONS, "zh-Hans.2024-01-01.md": chinese})
    assert [e["lacks"] for e in product["sentences"]] == lacks


TSX_PAGE = """export default function Privacy() {
  return (
    <article>
      <h1>隐私政策</h1>
      <p>{`${facts.nameCn}（以下简称“我们”）在您提交询盘时可能收集姓名、公司、联系方式及需求信息。`}</p>
    </article>
  );
}
"""


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("page.tsx", TSX_PAGE, False),
        ("policy.md", "# 隐私政策\n\n（以下简称“我们”）在您提交询盘时可能收集姓名、公司、联系方式及需求信息。\n", True),
    ],
)
def test_definition_opening_a_paragraph_written_by_code(tmp_path: Path, name: str, text: str, found: bool) -> None:
    """A definition opening a paragraph: a hole in a Markdown page, a blanked expression's name in a component."""
    excerpts = rule_excerpts(tmp_path, text, "placeholder-empty", name)
    assert any("以下简称" in e for e in excerpts) is found
