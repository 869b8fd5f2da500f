"""What the blind sets round46d and precision46 found (forty-sixth session, u46k2), each class both ways; the texts
below are invented, the real lines stay as regressions at the end.

1. An edition a PHP or Vue page selects by a language test (`elseif (nl_lang()==='cn') { echo '条款及细则'; }`, and the markup
   of an `if (nl_lang() === 'cn') :` branch) is held to its own script by `script-mixed`: not an error in a
   Traditional page; so is a Vue branch (`<h1 v-if="lang === 'zh-CN'">`, then `v-else`).  A stray character inside the Traditional edition's branch, and Simplified text outside every
   branch, still are.  A condition that tests something else (`is_user_logged_in()`) selects no edition.
2. A mainland term matched across a compound boundary in a Taiwan text (「服務端點」: 服務 + 端點, not 服務端 + 點;
   「完成註冊表示同意」, 「安裝包括」…): not reported.  The term alone still is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent
_BODY = (
    "<p>我們會保護您的個人資料，並只在您同意的情況下使用。我們不會將您的資料出售給第三方。</p>\n"
    "<p>如您對本政策有任何疑問，請透過電郵與我們聯絡。我們會在收到查詢後盡快回覆。</p>\n"
)


def _findings(tmp_path: Path, name: str, source: str, rule: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.excerpt) for f in report.findings if f.rule == rule]


def test_php_title_branches_by_language_are_editions(tmp_path: Path) -> None:
    source = (
        "<?php get_header(); ?>\n"
        "<h1><?php if (nl_lang()==='zh') { echo '條款及細則'; } elseif (nl_lang()==='cn') { echo '条款及细则'; }"
        " else { echo 'TERMS'; } ?></h1>\n" + _BODY
    )
    assert _findings(tmp_path, "terms.php", source, "script-mixed") == []


def test_php_branches_on_something_else_are_no_editions(tmp_path: Path) -> None:
    source = (
        "<?php get_header(); ?>\n<h1><?php if (is_user_logged_in()) { echo '條款及細則'; } else { echo '条款及细则'; } ?></h1>\n" + _BODY
    )
    assert [line for line, _ in _findings(tmp_path, "terms.php", source, "script-mixed")] == [2, 2]


def test_php_alternative_syntax_branch_is_an_edition_and_stray_characters_still_count(tmp_path: Path) -> None:
    source = (
        "<?php get_header(); ?>\n<h1>私隱政策</h1>\n"
        "<?php if (nl_lang() === 'cn') : ?>\n<p>我们会保护您的个人资料，并只在您同意的情况下使用。</p>\n"
        "<?php else : ?>\n<p>我們會保護您的個人資料，並只在您同意的情況下使用。我們不會將您的资料出售給第三方。</p>\n"
        "<?php endif; ?>\n" + _BODY + "<p>我们会保护您的个人资料。</p>\n"
    )
    lines = {line for line, _ in _findings(tmp_path, "privacy.php", source, "script-mixed")}
    assert lines == {6, 10}  # the stray 资 of the Traditional branch, and the Simplified line outside every branch


def test_vue_branches_by_language_are_editions(tmp_path: Path) -> None:
    body = _BODY.replace("<p>", "    <p>")
    source = (
        "<template>\n  <div>\n"
        "    <h1 v-if=\"lang === 'zh-CN'\">条款及细则</h1>\n    <h1 v-else>條款及細則</h1>\n"
        "    <section v-if=\"$i18n.locale === 'zh-CN'\">\n      <p>我们会保护您的个人资料。</p>\n    </section>\n"
        "    <section v-else>\n      <p>我們會保護您的個人资料。</p>\n    </section>\n" + body + "  </div>\n</template>\n"
    )
    assert [line for line, _ in _findings(tmp_path, "terms.vue", source, "script-mixed")] == [9]  # the stray 资 alone
    other = source.replace("lang === 'zh-CN'", "isAdmin")  # a condition on something else: no edition
    assert [line for line, _ in _findings(tmp_path, "terms.vue", other, "script-mixed")] == [3, 3, 9]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("本應用會向您指定的 AI 服務端點發送請求。", False),
        ("您完成註冊表示您同意本政策。", False),
        ("本軟體的安裝包括必要的元件。", False),
        ("您可在首選項目中選擇。", False),
        ("我們的服務端會記錄請求時間。", True),
        ("請下載安裝包後再開啟。", True),
    ],
)
def test_mainland_term_across_a_compound_boundary(tmp_path: Path, text: str, reported: bool) -> None:
    source = "# 隱私權政策\n\n本公司依個人資料保護法蒐集您的個人資料，並透過電子郵件與您聯繫。\n\n" + text + "\n"
    found = _findings(tmp_path, "privacy.md", source, "regional-vocabulary")
    assert bool([f for f in found if f[0] == 5]) is reported, found


def test_precision46_regressions() -> None:
    """eval/precision46: neonlight-hk-php L15 (two false script-mixed errors) and arcsidebar-tw-md L70 (服務端)."""
    php = _ROOT / "eval/precision46/neonlight-hk-php/page-terms.php"
    report = check_file(str(php), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.rule == "script-mixed"] == []
    md = next((_ROOT / "eval/precision46/arcsidebar-tw-md").iterdir())
    report = check_file(str(md), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.rule == "regional-vocabulary" and f.line == 70] == []


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("正式上线前，运营主体必须在公司信息页公布有效的隐私与商务联系方式。", True),
        ("运营主体应根据成交、争议处理和法定义务确定最终保存期限，并定期删除数据。", True),
        ("最終私隱聲明由營運團隊提供並批准後，會在此顯示。", True),
        ("（Admin 可在「設定」加入正式私隱聲明連結。）", True),
        ("新功能上线前需进行隐私评估。", False),  # a duty with its own subject, no fact of the policy
        ("我们会根据法定义务确定保存期限，并定期删除数据。", False),  # the policy's own voice
        ("运营主体应根据法律法规履行个人信息保护义务。", False),  # no final value to decide
        ("更新後的隱私政策會在此公布。", False),  # no 最終/正式: a notice of updates
        ("（您可在「設定」更改通知偏好。）", False),  # said to the reader
    ],
)
def test_notes_to_the_operator_left_in_published_text(tmp_path: Path, text: str, slot: bool) -> None:
    source = "# 隐私政策\n\n我们仅为提供服务而处理必要信息，不出售个人信息。\n\n" + text + "\n"
    found = _findings(tmp_path, "privacy.md", source, "placeholder-instruction")
    assert bool([f for f in found if f[0] == 5]) is slot, found


def test_round46d_regressions() -> None:
    """eval/blind/round46d: zhongya-tsx L7 (two notes to the operator), careyjojo-hk-tsx L15–16 (held out: read since)."""
    zhongya = check_file(str(_ROOT / "eval/blind/round46d/dev/zhongya-tsx/page.tsx"), CheckOptions(no_config=True))
    assert len([f for f in zhongya.findings if f.rule == "placeholder-instruction" and f.line == 7]) == 2
    careyjojo = check_file(str(_ROOT / "eval/blind/round46d/holdout/careyjojo-hk-tsx/page.tsx"), CheckOptions(no_config=True))
    assert {f.line for f in careyjojo.findings if f.rule == "placeholder-instruction"} == {15, 16}


@pytest.mark.parametrize(
    ("contact", "reported"),
    [
        ("電話：02-2345-6789<br />\n電子郵件：service@example.tw<br />\n地址：台北市大安區甜點街123號", True),
        ("電話：02-2771-3859<br />\n電子郵件：service@example.tw<br />\n地址：台北市大安區甜點街123號", False),  # a real-looking phone
        ("地址：台北市大安區甜點街123號<br />\n電子郵件：service@example.tw", False),  # no stand-in phone at all
        ("電話：02-2345-6789<br />\n電子郵件：service@example.tw<br />\n門市在甜點街123號旁邊", False),  # no address label
    ],
)
def test_counting_street_number_only_beside_a_stand_in_phone(tmp_path: Path, contact: str, reported: bool) -> None:
    source = "<h1>隱私權政策</h1>\n<p>我們會保護您的個人資料。</p>\n<p>如對本政策有任何疑問，請聯絡我們：<br />\n" + contact + "\n</p>\n"
    found = _findings(tmp_path, "privacy.html", source, "placeholder-dummy-contact")
    assert any("123號" in excerpt for _, excerpt in found) is reported, found


def test_bonbunny_regression() -> None:
    """eval/blind/round46d bonbunny-tw-tsx L99, beside the stand-in phone of L97."""
    report = check_file(str(_ROOT / "eval/blind/round46d/dev/bonbunny-tw-tsx/page.tsx"), CheckOptions(no_config=True))
    assert {f.line for f in report.findings if f.rule == "placeholder-dummy-contact"} == {97, 99}


@pytest.mark.parametrize(
    ("eyebrow", "dated"),
    [
        ("PRIVACY NOTICE · 2026-08-27", True),
        ("隱私權政策 | 2026年8月27日", True),
        ("2026-08-27 · Privacy Policy", True),
        ("ORDER · 2026-08-27", False),  # not the notice's name
        ("隐私政策 2026-08-27 草稿", False),  # words on both sides: not a label and its date
    ],
)
def test_the_notices_name_and_a_date_over_its_title(tmp_path: Path, eyebrow: str, dated: bool) -> None:
    paragraphs = "".join(f"<p>第{n}条：我们仅为提供服务而处理必要信息，不出售个人信息。</p>" for n in range(1, 6))
    source = f"<main><span>{eyebrow}</span><h1>隐私政策</h1>{paragraphs}</main>\n"
    path = tmp_path / "privacy.html"
    path.write_text(source, encoding="utf-8")
    assert parse_path(path).metadata.updated == ("2026-08-27" if dated else None)


def test_zhongya_date_regression() -> None:
    """eval/blind/round46d zhongya-tsx L7: 「PRIVACY NOTICE · 2026-08-27」 over the title; no 'no date' info."""
    report = check_file(str(_ROOT / "eval/blind/round46d/dev/zhongya-tsx/page.tsx"), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.rule == "date-format"] == []


_MAPPED = """const SECTIONS = [
  { title: "一、蒐集的資料", content: "我們可能蒐集以下資訊：", items: ["電子郵件地址", "帳戶名稱"], note: "" },
  { title: "二、資料保護", content: "我們採取合理措施保護您的個人資料。", items: [], note: "本條款另有補充說明。" },
];

export default function PrivacyPage() {
  return (
    <main>
      <h1>隱私權政策</h1>
      {SECTIONS.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <p>{section.content}</p>
          GUARD
        </section>
      ))}
    </main>
  );
}
"""


@pytest.mark.parametrize(
    ("guard", "read"),
    [
        (
            "{section.items.length > 0 && (\n            <ol>{section.items.map((item, i) => (<li key={i}>{item}</li>))}</ol>\n          )}",
            ["電子郵件地址", "帳戶名稱"],
        ),
        ("{section.note && <p>{section.note}</p>}", ["本條款另有補充說明。"]),
        ("{count > 0 && <p>{section.note}</p>}", None),  # a number of the code, not a field of the item: not read
    ],
)
def test_a_part_shown_when_a_field_is_not_empty(tmp_path: Path, guard: str, read: list[str] | None) -> None:
    path = tmp_path / "PrivacyPage.tsx"
    path.write_text(_MAPPED.replace("GUARD", guard), encoding="utf-8")
    texts = [p.text for s in parse_path(path).sections for p in s.paragraphs]
    if read is None:
        assert "我們採取合理措施保護您的個人資料。" not in texts  # the array is left unread, with its warning
    else:
        assert [t for t in texts if t in ("電子郵件地址", "帳戶名稱", "本條款另有補充說明。")] == read
        assert "我們採取合理措施保護您的個人資料。" in texts


def test_oxm_regression() -> None:
    """eval/precision46 oxm-tw-tsx: its policy, in a `SECTIONS` array shown with `{section.items.length > 0 && (…)}`."""
    doc = parse_path(_ROOT / "eval/precision46/oxm-tw-tsx/PrivacyPolicyPage.tsx")
    assert [s.title for s in doc.sections][1:3] == ["一、蒐集的資料類型", "二、資料使用目的"]
    assert not [w for w in doc.warnings if "SECTIONS" in w]
