"""Hostile input, forty-fourth session (u44h): SARIF of folded repeats, a `--base` no product has, new readers.

Each class was found on the session's frozen base (9b81480f, `base44`) and its tests fail there (the look-alikes that
pass there say what must not change):

- a SARIF result of a text folded many times on one line (`check.repeats`) named every occurrence as a related
  location and as a fix replacement: 33 MB for 60,000 on one line.  A result now carries at most
  `RELATED_LIMIT` related locations, the fix as many replacements plus the first, and says how many it left out;
  `properties.columns` (and JSON `columns`) still list every column;
- `compare --base ja` where no product has a `ja` edition was one error line per product (and a report of errors):
  it is one line before any file is read.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from helpers import cli, parse_path
from policylens.check import CheckOptions, check_file
from policylens.model import CheckReport
from policylens.render import sarif
from policylens.render.sarif import sarif_log

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
RELATED_LIMIT = getattr(sarif, "RELATED_LIMIT", 100)  # (read so: the file runs on the base too, and fails there)
TAIWAN = "# 隱私權政策\n\n" + "本公司重視您的個人資料與隱私權，並依法保護。\n\n" * 20


# --- SARIF of a text folded many times on one line -------------------------------------------------------------------


def _merged(tmp_path: Path, repeats: int) -> tuple[dict, list[int]]:
    """The SARIF result of 「信息」 written `repeats` times on one line of a Taiwan text, and its finding's columns."""
    path = tmp_path / "policy.md"
    path.write_text(TAIWAN + "我們會收集" + "並保護您的信息與" * repeats + "個人資料。\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=("regional-vocabulary",)))
    (finding,) = report.findings
    log = sarif_log(CheckReport((report,)))
    jsonschema.validate(log, SARIF_SCHEMA)
    (result,) = log["runs"][0]["results"]
    return result, list(finding.columns)


def test_sarif_of_many_repeats_names_the_first_ones_and_counts_the_rest(tmp_path: Path) -> None:
    result, columns = _merged(tmp_path, 3 * RELATED_LIMIT)
    assert len(columns) == 3 * RELATED_LIMIT
    props = result["properties"]
    assert (props["occurrences"], props["columns"]) == (len(columns), columns)  # every column, as JSON has them
    assert props["relatedLocationsOmitted"] == len(columns) - 1 - RELATED_LIMIT
    related = [r["physicalLocation"]["region"]["startColumn"] for r in result["relatedLocations"]]
    assert related == columns[1 : RELATED_LIMIT + 1]
    assert [r["id"] for r in result["relatedLocations"]] == list(range(1, RELATED_LIMIT + 1))
    (fix,) = result["fixes"]
    (change,) = fix["artifactChanges"]
    fixed = [(r["deletedRegion"]["startColumn"], r["deletedRegion"]["endColumn"]) for r in change["replacements"]]
    assert fixed == [(c, c + 2) for c in columns[: RELATED_LIMIT + 1]]  # the first ones, each exactly the term
    assert f"the first {RELATED_LIMIT + 1} of the {len(columns)} occurrences" in fix["description"]["text"]


def test_sarif_of_repeats_up_to_the_limit_lists_them_all(tmp_path: Path) -> None:
    # the look-alike: one more than the limit of related locations, as many as any real line has, is unchanged
    result, columns = _merged(tmp_path, RELATED_LIMIT + 1)
    assert "relatedLocationsOmitted" not in result["properties"]
    assert [r["physicalLocation"]["region"]["startColumn"] for r in result["relatedLocations"]] == columns[1:]
    (fix,) = result["fixes"]
    assert len(fix["artifactChanges"][0]["replacements"]) == len(columns)
    assert fix["description"]["text"] == "Replace with 資訊"


def test_sarif_size_grows_with_the_columns_not_with_locations(tmp_path: Path) -> None:
    # 2,000 repeats: the result's related locations and fix stop at the limit; what grows is the list of columns
    result, columns = _merged(tmp_path, 2_000)
    assert len(result["relatedLocations"]) == RELATED_LIMIT
    assert result["properties"]["columns"] == columns
    assert len(json.dumps(result)) < 100_000  # it was 0.8 MB (400 bytes an occurrence); now 53 KB


# --- compare --base naming an edition no product has -----------------------------------------------------------------


def _products(tmp_path: Path, count: int) -> Path:
    for k in range(count):
        folder = tmp_path / "products" / f"p{k}"
        folder.mkdir(parents=True)
        (folder / "zh-Hant.txt").write_text("# 隱私權政策\n\n本公司重視您的隱私。\n", encoding="utf-8")
        (folder / "en.txt").write_text("# Privacy Policy\n\nWe value your privacy.\n", encoding="utf-8")
    return tmp_path / "products"


def test_a_base_no_product_has_is_one_line(tmp_path: Path) -> None:
    done = cli("compare", str(_products(tmp_path, 12)), "--base", "ja", "--format", "json")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "policylens: error: --base: no ja edition to use as the base in any product (editions: en, zh-Hant)\n"


def test_a_base_some_products_have_is_each_other_products_error(tmp_path: Path) -> None:
    # the look-alike: p0 has a ja edition, so the other products lacking one are each an error entry, as before
    products = _products(tmp_path, 3)
    (products / "p0" / "ja.txt").write_text("# プライバシー\n\n個人情報を保護します。\n", encoding="utf-8")
    done = cli("compare", str(products), "--base", "ja", "--format", "json")
    assert done.returncode == 2
    assert done.stderr.count("no ja edition to use as the base") == 2
    assert [p["base"] for p in json.loads(done.stdout)["products"]] == ["ja", None, None]


def test_a_base_in_another_spelling_is_found(tmp_path: Path) -> None:
    done = cli("compare", str(_products(tmp_path, 2)), "--base", "ZH_hant", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [p["base"] for p in json.loads(done.stdout)["products"]] == ["zh-Hant", "zh-Hant"]


# --- a React page's text keyed by language, not rendered ------------------------------------------------------------


def _keyed_page(sections: int, extra: str = "") -> str:
    def edition(tag: str, title: str, body: str) -> str:
        items = "".join(f'      {{ title: "{title}{k}", body: "{body}{k}。" }},\n' for k in range(sections))
        return f'  {tag}: {{\n    title: "{title}",\n    intro: "{body}。",\n    sections: [\n{items}    ],\n  }},\n'

    return (
        "const copy = {\n"
        + edition('"zh-CN"', "第一条 收集的信息", "我们收集您的邮箱地址和显示名称，用于提供学习服务")
        + edition("en", "Section", "We collect your email address")
        + "} as const;\n\nexport default function PrivacyPage() {\n  const language = useLocale();\n  const content = copy[language];\n"
        + "  return (\n    <main>\n      <p>{content.intro}</p>\n"
        + "      {content.sections.map((section) => (\n        <section key={section.title}>\n"
        + "          <h2>{section.title}</h2>\n          <p>{section.body}</p>\n        </section>\n      ))}\n"
        + f"      {extra}\n    </main>\n  );\n}}\n"
    )


def test_editions_past_the_block_limit_are_named_not_dropped(tmp_path: Path) -> None:
    # two editions of 1,300 sections render past `_MAX_BLOCKS`: the page was "empty" with no other word
    path = tmp_path / "page.tsx"
    path.write_text(_keyed_page(1_300), encoding="utf-8")
    done = cli("parse", "--format", "json", str(path))
    assert done.returncode == 0
    (warning,) = [line for line in done.stderr.splitlines() if "keyed by language" in line]
    assert warning.startswith(f"policylens: warning: {path}: line 2620: the page shows `content`, an edition of `copy`")
    assert warning.endswith("that text is not read")


def test_editions_whose_markup_is_not_read_are_named(tmp_path: Path) -> None:
    # markup under a condition is not rendered for each edition: the object's text is said to be unread
    path = tmp_path / "page.tsx"
    path.write_text(_keyed_page(3, "{open && <p>{content.title}</p>}"), encoding="utf-8")
    done = cli("parse", "--format", "json", str(path))
    assert "an edition of `copy`, an object of its code keyed by language (lines 1-" in done.stderr


def test_editions_read_say_nothing(tmp_path: Path) -> None:
    # the look-alike: the same page of three sections is read, each edition once, with no warning
    path = tmp_path / "page.tsx"
    path.write_text(_keyed_page(3), encoding="utf-8")
    done = cli("parse", "--format", "json", str(path))
    assert done.returncode == 0 and done.stderr == ""
    text = json.dumps(json.loads(done.stdout), ensure_ascii=False)
    assert "第一条 收集的信息2" in text and "Section2" in text


# --- SwiftUI views: titled sections nested or left open ---------------------------------------------------------------

_SWIFT = "import SwiftUI\nstruct PolicyView: View {\n  var body: some View {\n"


def test_swift_calls_left_open_before_a_title(tmp_path: Path) -> None:
    # 3,000 calls never closed, then a titled section: each call walked to the label (quadratic, 20 s at 4,000)
    path = tmp_path / "Policy.swift"
    path.write_text(_SWIFT + "Box(x: 1,\n" * 3_000 + 'PolicySection(title: "一、总则")\nText("我们收集您的信息。")\n', encoding="utf-8")
    doc = parse_path(path)
    assert [(s.title, s.level) for s in doc.sections] == [("一、总则", 1)]
    assert [p.text for p in doc.paragraphs()] == ["我们收集您的信息。"]


def test_swift_nested_sections_keep_their_levels(tmp_path: Path) -> None:
    # a section inside n titled sections is n levels deeper, to <h6>; a sibling after them is back at the top
    nested = "".join(f'PolicySection(title: "第{k}条") {{\n Text("我们收集您的信息。")\n' for k in range(8))
    path = tmp_path / "Policy.swift"
    path.write_text(_SWIFT + nested + "}\n" * 8 + 'PolicySection(title: "末条") { Text("完。") }\n  }\n}\n', encoding="utf-8")
    doc = parse_path(path)
    assert [(s.title, s.level) for s in doc.sections] == [(f"第{k}条", min(k + 1, 5)) for k in range(8)] + [("末条", 1)]


# --- Flutter screens: constants passed by name, widget classes ------------------------------------------------------

_DART_HEAD = (
    "import 'package:flutter/material.dart';\n\nclass PrivacyPage extends StatelessWidget {\n  @override\n"
    "  Widget build(BuildContext context) {\n    return ListView(children: [\n"
)
_DART_HELPER = (
    "  Widget _buildSection(String title, String content) {\n"
    "    return Column(children: [Text(title, style: TextStyle(fontWeight: FontWeight.bold)), Text(content)]);\n  }\n"
)


def test_dart_constants_passed_by_name_are_each_read_once(tmp_path: Path) -> None:
    # 400 calls each passing its own constant: each declaration was searched for over the whole file (quadratic)
    consts = "".join(f"const String _c{k} = '我们收集您的第{k}项信息。';\n" for k in range(400))
    calls = "".join(f"      _buildSection('第{k}条', _c{k}),\n" for k in range(400))
    twice = "const String _c0 = '重复的声明。';\n"  # the look-alike: a name declared twice is not read
    path = tmp_path / "privacy_page.dart"
    path.write_text(consts + twice + _DART_HEAD + calls + "    ]);\n  }\n" + _DART_HELPER + "}\n", encoding="utf-8")
    texts = [p.text for p in parse_path(path).paragraphs()]
    assert [t for t in texts if t.startswith("我们收集")] == [f"我们收集您的第{k}项信息。" for k in range(1, 400)]
    assert "重复的声明。" not in texts and "我们收集您的第0项信息。" not in texts


def test_dart_widget_classes_left_open(tmp_path: Path) -> None:
    # a widget class read as a carrier, then 2,000 classes never closed: each searched the rest of the file
    body = "class _Body extends StatelessWidget {\n  final String text;\n  const _Body(this.text);\n"
    body += "  @override\n  Widget build(BuildContext context) => Text(text);\n}\n"
    calls = "".join(f"      _Body('我们收集您的第{k}项信息。'),\n" for k in range(3))
    src = _DART_HEAD + calls + "    ]);\n  }\n}\n" + body + "class _Open extends StatelessWidget {\n" * 2_000
    path = tmp_path / "privacy_page.dart"
    path.write_text(src, encoding="utf-8")
    assert [p.text for p in parse_path(path).paragraphs()] == [f"我们收集您的第{k}项信息。" for k in range(3)]


# --- the topic model's reading of a long paragraph or heading ---------------------------------------------------------


def test_senses_reads_many_copies_as_it_reads_one() -> None:
    # each 「获取副本」 (the right of access) and each heading's 「您的权利」 was spliced in by copying the whole text
    from policylens import senses

    for unit, heading in (("您可以获取副本，", False), ("五、您的权利和义务；", True)):
        one, many = senses.read(unit, heading), senses.read(unit * 3_000, heading)
        assert many.folded == one.folded * 3_000
        assert len(many.added) == 3_000 * len(one.added)
        assert [(a - k * len(unit), b - k * len(unit)) for k, (a, b, _) in enumerate(many.added)] == [
            (a, b) for a, b, _ in one.added
        ] * 3_000
    assert senses.read("您可以获取副本，").folded == "您可以    ，"  # (the copy's phrase is blank: it is `added`)
    assert "权利" in senses.read("五、您的权利和义务；", heading=True).folded


def test_dart_declarations_left_open(tmp_path: Path) -> None:
    # 3,000 method declarations never closed after the helper: each searched the rest of the file for its `Text(a)`
    src = (
        _DART_HEAD
        + "      _buildSection('一、总则', '我们收集您的信息。'),\n    ]);\n  }\n"
        + _DART_HELPER
        + "  Widget _f(String a) {\n    return Text(a);\n" * 3_000
    )
    path = tmp_path / "privacy_page.dart"
    path.write_text(src, encoding="utf-8")
    assert [p.text for p in parse_path(path).paragraphs()] == ["我们收集您的信息。"]


def test_dart_scopes_in_order_are_the_walks() -> None:
    # the sweep over class bodies gives what the walk over all of them gives, nested, apart, crossing or left open
    import random

    from policylens.load.dart_carriers import _scope, _Scopes

    rng = random.Random(44)
    for _ in range(200):
        spans = sorted({(a, a + rng.randint(1, 60)) for a in (rng.randrange(100) for _ in range(rng.randint(0, 12)))})
        places = sorted(rng.randrange(170) for _ in range(40))
        scopes = _Scopes(spans)
        assert [scopes.at(p) for p in places] == [_scope(spans, p) for p in places]
        assert scopes.at(0) == _scope(spans, 0)  # (a place before the last one asked)


def test_dart_text_calls_by_name_find_what_the_search_finds() -> None:
    # `_shows_text` tried only where `_text_calls` says a widget may show the name: the same answer as a whole search
    import random

    from policylens.load.dart_carriers import _shows_text, _text_calls

    pieces = ["Text(", "Text (", "SelectableText(", "TextSpan(text: ", "TextSpan( text :", "a", "ab", "a!", "a.trim()"]
    pieces += ["'$a'", '"${a}"', "'${ab}'", ", ", ")", " ?? ''", "x", "$a", ".", "\n", "\u3000", "myText(", "_"]
    rng = random.Random(44)
    for _ in range(2_000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        calls = _text_calls(body)
        for name in ("a", "ab", "$a"):
            bold = [k for k in range(len(body)) if rng.random() < 0.3]
            expected = _shows_text(body, name, bold.__contains__)
            assert _shows_text(body, name, bold.__contains__, [0, *calls.get(name, [])]) == expected, (body, name)
