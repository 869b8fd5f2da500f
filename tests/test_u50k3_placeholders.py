"""Fiftieth session (u50k3): Chinese frames that need a name, left with none (`rules.placeholder_gaps`).

After eval/blind/round50e's misses (apollo-zh-txt L1, L12; hamachi-tw-txt L7, L14): **not blind** — the real lines are
regressions here, and that set's dev figures on this code are no longer a blind measure.

- 「您与之间产生法律效力」: 与之间 after a party, nothing between, before 产生 (the other party deleted);
- 「官方网站(, "本网站")」: a definition opening on a comma (the site's name and address deleted before it);
- 「2.2 的服务是指…」: a numbered clause opening on 的 (the name before 的 deleted; 的确, 的士 are words; a number broken
  onto its own line after an unfinished line continues that line);
- 「網站是指網站。」, 「…是指網站,網站。」: a generator's definition whose value is the defined word itself, or one word twice.
Near misses stay quiet: 与之相关, 与之间隔, 「(以下简称“X”)」, 「2.2 本公司的服务」, 「網站是指本網站。」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import paragraph_lines, written_slots

_HANS = "# 隐私政策\n\n最后更新：2025年1月1日\n\n我们重视您的隐私。我们收集您的邮箱，用于登录。\n\n"
_HANT = "# 隱私權政策\n\n最後更新：2025年1月1日\n\n我們重視您的隱私。我們蒐集您的電子郵件，用於登入。\n\n"


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            _HANS,
            [
                "本协议自您点击同意时起在您与之间产生法律效力。",
                '本条款是用户与公司就的官方网站(, "本网站")服务所签订的合同。',
                "2.2 的服务是指向您提供的各项服务。",
                "3. 的产品包括手机应用和网站。",
                "网站是指网站。",
                "公司是指网站，网站。",
            ],
        ),
        (
            _HANT,
            [
                "本條款於您同意時在您與之間產生效力。",
                "本網站（，「本網站」）由本公司經營。",
                "1.1 的服務是指本公司提供的服務。",
                "網站是指網站。",
                "公司(在本協定中稱為“公司”)是指網站,網站。",
            ],
        ),
    ],
)
def test_frame_without_its_name_is_a_slot(tmp_path: Path, head: str, lines: list[str]) -> None:
    found = {line for line, _ in written_slots(tmp_path, "policy.md", head + "\n\n".join(lines) + "\n")}
    assert found >= paragraph_lines(lines)


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            _HANS,
            [
                "我们将与之相关的信息告知您。",
                "两次请求与之间隔不少于一分钟。",
                "本应用(以下简称“星河”)为您提供服务。",
                "2.2 本公司的服务是指向您提供的各项服务。",
                "1. 的确，我们会保存您的信息。",
                "网站是指本网站。",
                "服务是指网站。",
                "个人信息是指以电子方式记录的各种信息，个人信息。",
                "我们会在(1)、(2)两种情形下处理。",
            ],
        ),
        (_HANT, ["網站是指本公司網站。", "您是指使用本服務的個人。", "本網站（「本網站」）由本公司經營。"]),
    ],
)
def test_frames_with_names_stay_quiet(tmp_path: Path, head: str, lines: list[str]) -> None:
    found = {line for line, _ in written_slots(tmp_path, "policy.md", head + "\n\n".join(lines) + "\n")}
    assert not found & paragraph_lines(lines)


def test_number_broken_onto_its_own_line_stays_quiet(tmp_path: Path) -> None:
    found = written_slots(tmp_path, "policy.txt", "隐私政策\n\n我们依照法律第\n3. 的规定处理您的信息\n")
    assert not found


# the real lines (eval/blind/round50e, pages corpus: apollo-zh-txt, hamachi-tw-txt, websol-hk-txt; not blind after this)
_APOLLO_L1 = (
    '服务条款是用户("您")与公司(以下简称为"阿波罗"或"我们")之间就的官方网站(, "本网站")服务等相关事宜所签订的合同,'
    "请您仔细阅读,若您通过勾选、点击确认或以其他方式表示接受本协议,或您以任何方式使用服务的,即视为您已充分阅读、理解并同意"
    "接受本协议的约束,同时本协议即在您与之间产生法律效力。"
)
_APOLLO_L12 = '2.2 的服务是指向您提供的,具体服务以实际提供的为准(以下简称"本服务")。'
_HAMACHI_L7 = "公司(在本協定中稱為“公司”,“我們”,“我們”或“我們的”)是指網站,網站。"
_HAMACHI_L14 = "網站是指網站。"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (_APOLLO_L1 + "\n\n\n1.1 您在使用本服务之前,已经充分阅读本服务条款。\n\n" + _APOLLO_L12 + "\n", {1, 6}),
        ("就本隱私政策而言:\n" + _HAMACHI_L7 + "\n服務 是指網站。\n" + _HAMACHI_L14 + "\n", {2, 4}),
        (
            "當閣下到訪我們的網址時,我們將會擷取閣下的 IP 位址。\n\n"
            "[倘若我們向閣下發出電郵,我們可能置入一個標記,使我們識辨已被打開及瀏覽的電郵。]\n\n"
            "我們將會使用如下的可識辨個人資料\n",
            {3},
        ),
    ],
)
def test_round50e_real_lines(tmp_path: Path, text: str, lines: set[int]) -> None:
    assert {line for line, _ in written_slots(tmp_path, "page.txt", text)} == lines


# --- a template's optional clause left whole in its square brackets (after round50e's held-out websol-hk-txt) -----


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            _HANT,
            [
                "[倘若我們向閣下發出電郵,我們可能置入一個標記,使我們識辨已被打開及瀏覽的電郵。]",
                "［如閣下透過社交媒體登入，我們亦會收集閣下的公開個人檔案資料。］",
            ],
        ),
        (_HANS, ["[如您通过第三方账号登录，我们将获取您的公开昵称和头像。]"]),
    ],
)
def test_bracketed_optional_clause_is_a_slot(tmp_path: Path, head: str, lines: list[str]) -> None:
    found = {line for line, _ in written_slots(tmp_path, "policy.txt", head + "\n\n".join(lines) + "\n")}
    assert found >= paragraph_lines(lines)


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            _HANT,
            [
                "「資料使用者」指[弘捷國際(香港)有限公司],即負責收集、持有、處理及/或使用個人資料的公司;",
                "[Privacy Policy, effective 1 January 2025.]",
                "[1]",
                "[可選條款，視乎業務而定]",
                "[點此閱讀我們的 Cookie 政策，了解詳情。](https://www.hkpolicy.org/cookies)",
                "我們會在必要時通知閣下。[倘若我們向閣下發出電郵,我們可能置入一個標記。]",
                "[註:本政策最近一次修訂,於二零二五年一月。]",
            ],
        ),
    ],
)
def test_brackets_that_are_not_an_optional_clause_stay_quiet(tmp_path: Path, head: str, lines: list[str]) -> None:
    found = {line for line, _ in written_slots(tmp_path, "policy.md", head + "\n\n".join(lines) + "\n")}
    assert not found & paragraph_lines(lines)
