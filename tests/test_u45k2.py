"""Classes of eval/blind/round45d's misses and false findings and eval/precision45's false "no date" (forty-fifth
session, u45k2), each both ways; every text below is invented, the documents stay as regressions at the end (those two
sets are not blind any more).

1. A stand-in phone number whose last seven digits count up or down (`placeholder_dummy_contact._verdict`): a bracketed
   Taiwan area code with the seven-digit run, 「電話: (07) 123-4567」, and the run after one leading digit, 「電話：+852
   2123-4567」; not a real number with a shorter run in it (「(852) 2812 3456」), and none of the phone numbers of
   corpora/ and the precision sets (all real) fires but the stand-ins they already knew.
2. 訪問 meaning an interview in Taiwan text (電話訪問, 訪問調查, 深度訪問: `cn-tw.exclude.tsv`) is no mainland wording;
   訪問網站 (visiting a site) still is.
3. A same-file string constant the page prints by name (`load.shown_constants`): a React child `{lastUpdated}` after
   「Last updated:」, a Dart `'最后更新：$_lastUpdated'` / `${_lastUpdated}`, read as the date the page shows; a name that
   is no same-file string constant (a prop, an import, a variable assigned twice, a computed value) is left unread.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import parse_path, rule_excerpts
from policylens.check import CheckOptions, check_file
from policylens.load.shown_constants import dart_constants, dart_interpolated, jsx_shown_constants
from policylens.rules import placeholder_dummy_contact as contact
from policylens.rules import placeholder_dummy_number as number

_ROOT = Path(__file__).resolve().parent.parent
_ROUND45D = _ROOT / "eval" / "blind" / "round45d"
_PRECISION45 = _ROOT / "eval" / "precision45"


def _findings(path: Path) -> list[tuple[int, str, str, str]]:
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.rule, f.severity, f.excerpt) for f in report.findings]


# --- 1. stand-in phone numbers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "電話: (07) 123-4567",
        "客服電話：(04) 234-5678",
        "電話：+852 2123-4567",
        "WhatsApp：+852 9123 4567",
        "电话：+86 21 6123 4567",
        "联系电话：021-5765 4321",
    ],
)
def test_a_number_whose_last_seven_digits_count_is_a_stand_in(tmp_path: Path, line: str) -> None:
    excerpts = rule_excerpts(tmp_path, f"# 隱私權政策\n\n{line}\n", "placeholder-dummy-contact", "policy.md")
    assert excerpts == [line.split("：")[-1].split(": ")[-1]]


@pytest.mark.parametrize(
    "line",
    [
        "電話：(852) 2812 3456",
        "電話: (07) 335-1234",
        "客服專線：(02) 2723-4567",
        "电话：+86 21 6258 4567",
        "請輸入手機號碼，例如 +852 9123 4567。",
    ],
)
def test_a_real_number_with_a_shorter_run_is_no_stand_in(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, f"# 隱私權政策\n\n{line}\n", "placeholder-dummy-contact", "policy.md") == []


# the numbers of corpora/ and the precision sets that the digit rules flag: stand-ins those sets already named
_KNOWN_STAND_INS = {"1234567890", "400-000-0000", "400-123-4567", "400-888-8888"}


@pytest.mark.slow
def test_no_real_phone_of_corpora_or_the_precision_sets_fires() -> None:
    numbers: set[str] = set()
    # (not eval/precision-sweep49: its tables quote the lines of every set it judged, slots included)
    roots = [_ROOT / "corpora"] + sorted(
        p for p in (_ROOT / "eval").iterdir() if p.name.startswith("precision") and not p.name.startswith("precision-sweep")
    )
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                try:
                    text = (Path(folder) / name).read_text(encoding="utf-8")
                except (UnicodeDecodeError, OSError):
                    continue
                for pattern in (contact._PHONE, number._CALL):
                    numbers.update(m.group("number") for m in pattern.finditer(text))
    assert len(numbers) > 50  # (76 when written)
    assert {n for n in numbers if contact._verdict(n) is not None} == _KNOWN_STAND_INS


# --- 2. 訪問 as an interview -------------------------------------------------------------------------------------------


def test_interview_compounds_are_taiwan_wording(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n本公司將進行隨機抽樣之「電話訪問」，以確認投保意願。\n\n我們以深度訪問及訪問調查了解服務品質。\n"
    assert rule_excerpts(tmp_path, text, "regional-vocabulary", "policy.md") == []


def test_visiting_a_site_is_still_mainland_wording(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n本公司將進行電話訪問。\n\n當您訪問網站時，我們會記錄您的 IP 位址。\n"
    assert rule_excerpts(tmp_path, text, "regional-vocabulary", "policy.md") == ["訪問"]


# --- 3. a same-file string constant printed by name --------------------------------------------------------------------

_REACT_PAGE = """const lastUpdated = '2026 年 4 月 2 日';

export default function Privacy() {{
  return (
    <main>
      <h1>隱私權政策</h1>
      <p>最後更新：{{{name}}}</p>
      <p>本公司依個人資料保護法蒐集、處理及利用您的個人資料，並採取適當的安全措施。</p>
    </main>
  );
}}
"""


def test_a_react_child_printing_a_same_file_constant_shows_its_text(tmp_path: Path) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(_REACT_PAGE.format(name="lastUpdated"), encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.updated == "2026-04-02"
    assert [f for f in _findings(path) if f[1] == "date-format"] == []


@pytest.mark.parametrize(
    "page",
    [
        _REACT_PAGE.format(name="updatedAt"),  # a name the file does not hold
        _REACT_PAGE.format(name="lastUpdated").replace("const lastUpdated", "let lastUpdated"),  # a variable
        _REACT_PAGE.format(name="lastUpdated") + "lastUpdated = '2027 年 1 月 1 日';\n",  # assigned again
        _REACT_PAGE.format(name="lastUpdated").replace("const lastUpdated = ", "import { lastUpdated } from './d';\nconst x = "),
        _REACT_PAGE.format(name="lastUpdated").replace("'2026 年 4 月 2 日'", "formatDate(new Date())"),  # computed
    ],
)
def test_a_name_that_is_no_same_file_string_constant_is_left_unread(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(page, encoding="utf-8")
    assert parse_path(path).metadata.updated is None
    assert jsx_shown_constants(page) == page


def test_an_attribute_or_code_naming_the_constant_is_not_rewritten() -> None:
    page = "const label = '隱私權政策';\nconst meta = { label };\nconst el = <Tab title={label} onClick={() => { label }} />;\n"
    assert jsx_shown_constants(page) == page


def test_a_shorter_value_keeps_the_columns_after_it() -> None:
    page = "const d = '2026-04-02';\nconst P = () => <p>更新：{d}。<b>{d}</b></p>;\n"
    shown = jsx_shown_constants(page)
    assert shown.splitlines()[1] == "const P = () => <p>更新：2026-04-02。<b>2026-04-02</b></p>;"
    long_name = "const dateOfTheLastUpdate = '2026-04-02';\n<p>更新：{dateOfTheLastUpdate}。</p>\n"
    assert jsx_shown_constants(long_name).splitlines()[1] == "<p>更新：2026-04-02           。</p>"


_DART_SCREEN = """import 'package:flutter/material.dart';

class PrivacyPage extends StatelessWidget {{
  static const String _lastUpdated = '2026年3月20日';
  final String userName = '{user}';

  @override
  Widget build(BuildContext context) {{
    return Column(children: [
      Text('{line}'),
      Text('本应用依据《个人信息保护法》处理您的个人信息，并采取必要的安全措施保护您的信息。'),
    ]);
  }}
}}
"""


@pytest.mark.parametrize("line", ["最后更新：$_lastUpdated", "最后更新：${_lastUpdated}"])
def test_a_dart_literal_interpolating_a_string_constant_shows_its_text(tmp_path: Path, line: str) -> None:
    path = tmp_path / "privacy_page.dart"
    path.write_text(_DART_SCREEN.format(user="张三", line=line), encoding="utf-8")
    assert parse_path(path).metadata.updated == "2026-03-20"
    assert [f for f in _findings(path) if f[1] == "date-format"] == []


def test_a_dart_literal_naming_anything_else_stays_unread(tmp_path: Path) -> None:
    screen = _DART_SCREEN.format(user="张三", line="最后更新：$_lastUpdated，$userCount 位用户")
    path = tmp_path / "privacy_page.dart"
    path.write_text(screen, encoding="utf-8")
    assert parse_path(path).metadata.updated is None
    values = dart_constants(screen)
    assert values == {"_lastUpdated": "2026年3月20日", "userName": "张三"}
    assert dart_interpolated("更新：${_lastUpdated.trim()}", values) is None  # a member: computed
    assert dart_interpolated("$userName$_lastUpdated", values) == "张三2026年3月20日"
    twice = screen.replace("  @override", "  void rename() { userName = '李四'; }\n  @override")
    assert "userName" not in dart_constants(twice)


# --- the documents (regressions; round45d and precision45 are not blind any more) --------------------------------------


def test_round45d_stand_in_phones_are_found() -> None:
    spatialdyn = _findings(_ROUND45D / "dev" / "spatialdyn-tw-tsx" / "page.tsx")
    assert (76, "placeholder-dummy-contact", "error", "(07) 123-4567") in spatialdyn
    bizoe = _findings(_ROUND45D / "holdout" / "bizoe-hk-tsx" / "terms.tsx")
    assert (163, "placeholder-dummy-contact", "error", "+852 2123-4567") in bizoe


def test_round45d_telephone_interview_is_not_reported() -> None:
    found = _findings(_ROUND45D / "dev" / "defisure-tw-tsx" / "BuyInsurance.tsx")
    assert [f for f in found if f[1] == "regional-vocabulary"] == []


def test_the_dates_pages_print_through_constants_are_read() -> None:
    xidian = _PRECISION45 / "xidiantree-dart" / "privacy_policy_page.dart"
    assert parse_path(xidian).metadata.updated == "2026-03-20"
    assert _findings(xidian) == []
    water = _ROOT / "eval" / "profiles45c" / "docs" / "waterdamage-en" / "page.tsx"
    assert parse_path(water).metadata.updated == "2026-04-02"
    zhaos = _ROUND45D / "dev" / "zhaosfamily-zh-en-tsx" / "page.tsx"
    assert parse_path(zhaos).metadata.updated == "2026-07-09"
    assert _findings(zhaos) == []
