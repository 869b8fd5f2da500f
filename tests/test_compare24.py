"""`compare`: a sentence only one language has, English ↔ Chinese (twenty-fourth session, u24c; `compare.sentences`).

English and Chinese editions were aligned by section only, so a sentence that one edition has inside a paired
section ("We do not scan or connect to other unrelated devices.", a right listed in English only) was never
reported.  One test per class, with invented text, both ways: a one-language sentence with a concept, a negation or
a fact the other section lacks is found (an English one and a Chinese one); a sentence split in two, a list written
as prose, a reworded sentence, a translated name and a section `align` paired wrongly are not reported.  Real files
are named in the docstrings: `eval/blind/editions23` (read, no longer blind) and `eval/dev24c`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from helpers import compare_folder, sure
from policylens.commands import build_app
from policylens.compare import has_divergences
from policylens.compare.sentences import Sentence, align, concepts, sentence, split

ROOT = Path(__file__).resolve().parents[1]

ZH = """# 隐私政策

最后更新：2026年3月1日

## 一、我们收集的信息

我们收集您的设备型号与系统版本，用于排查故障。我们不会将这些信息用于广告。

## 二、蓝牙权限

{bluetooth}

## 三、您的权利

您可以通过应用查看、更正或删除您的数据。

{rights}

## 四、数据保留

{retention}

## 五、联系我们

如有任何疑问，请发送电子邮件至 privacy@example.cn。
"""

EN = """# Privacy Policy

Last updated: March 1, 2026

## 1. Information We Collect

We collect your device model and system version to troubleshoot faults. We do not use this information for advertising.

## 2. Bluetooth Permission

{bluetooth}

## 3. Your Rights

You can view, correct or delete your data in the app.

{rights}

## 4. Data Retention

{retention}

## 5. Contact Us

If you have any questions, please email privacy@example.cn.
"""

BT_ZH = "用于连接心率带等运动传感器，采集运动数据。"
BT_EN = "Used to connect sports sensors such as heart rate straps to collect exercise data."
SCAN_EN = "We do not scan or connect to other unrelated devices."
RIGHTS_ZH = "您也可以随时向当地数据保护机构投诉。"
RIGHTS_EN = "You may also lodge a complaint with your local data protection authority at any time."
RETAIN_ZH = "我们仅在提供服务所需的期间内保留您的数据。"
RETAIN_EN = "We keep your data only as long as needed to provide the service."
LOGS_ZH = "崩溃日志在 90 天后自动删除。"


def _product(tmp_path: Path, zh: dict[str, str], en: dict[str, str]) -> dict[str, Any]:
    """The two editions, each paragraph the default unless `zh`/`en` gives it."""
    defaults = {"bluetooth": (BT_ZH, BT_EN), "rights": (RIGHTS_ZH, RIGHTS_EN), "retention": (RETAIN_ZH, RETAIN_EN)}
    files = {
        "zh-Hans.2026-03-01.md": ZH.format(**{k: zh.get(k, v[0]) for k, v in defaults.items()}),
        "en.2026-03-01.md": EN.format(**{k: en.get(k, v[1]) for k, v in defaults.items()}),
    }
    return compare_folder(tmp_path / "product", files)


def test_faithful_editions_report_no_sentence(tmp_path: Path) -> None:
    """Control for every test below: the two editions say the same, sentence for sentence; nothing is reported."""
    product = _product(tmp_path, {}, {})
    assert product["sentences"] == []
    assert product["summary"]["sentence-only"] == 0
    assert not has_divergences(product)


def test_an_english_sentence_with_a_concept_the_chinese_section_lacks_is_found(tmp_path: Path) -> None:
    """Class: a sentence in the English edition only, inside a paired section, whose commitment (scan, a negation)
    the Chinese section has nowhere.  Real file: eval/blind/editions23/editions/sportsperf/en.2026-02-27.html
    (Bluetooth Permission: "We do not scan or connect to other unrelated devices."; S2, and C2 of sportsperf-contact)."""
    product = _product(tmp_path, {}, {"bluetooth": f"{BT_EN} {SCAN_EN}"})
    (entry,) = sure(product, "sentences")
    assert entry["kind"] == "sentence-only" and entry["text"] == SCAN_EN
    assert entry["only_in"] == entry["edition"] == "en.2026-03-01" and entry["base"] == "zh-Hans.2026-03-01"
    assert entry["section"]["title"] == "二、蓝牙权限" and entry["other"]["title"] == "2. Bluetooth Permission"
    assert "scan" in entry["lacks"] and "a negation" not in entry["lacks"]  # a negation helps align, proves nothing
    assert product["summary"]["sentence-only"] == 1 and has_divergences(product)
    assert product["summary"]["divergences"] == 0  # `divergences[]` keeps its four kinds


def test_a_right_listed_in_one_language_only_is_found(tmp_path: Path) -> None:
    """Class: an item of a list of rights in English only (the right to object).  Real file:
    eval/dev24c/editions/timecube/en.2026-01-07.html (5.2 Your Rights: "Object: You may stop using the app at any
    time", absent from 6.2 您的权利)."""
    rights_en = "- Access: view your data in the app.\n- Object: you may object to the processing of your data at any time.\n- Portability: export your data from the settings."
    rights_zh = "- 访问：在应用内查看您的数据。\n- 数据可携带性：在设置中导出您的数据。"
    product = _product(tmp_path, {"rights": rights_zh}, {"rights": rights_en})
    (entry,) = sure(product, "sentences")
    assert "Object: you may object" in entry["text"] and "object" in entry["lacks"]


def test_a_chinese_sentence_with_a_fact_the_english_section_lacks_is_found(tmp_path: Path) -> None:
    """Class, the other way: a sentence in the Chinese edition only with a fact (90 天) the English section lacks;
    reported against the base (the Chinese edition) with the higher confidence of a fact."""
    product = _product(tmp_path, {"retention": f"{RETAIN_ZH}{LOGS_ZH}"}, {})
    (entry,) = sure(product, "sentences")
    assert entry["only_in"] == entry["base"] == "zh-Hans.2026-03-01" and entry["text"] == LOGS_ZH
    assert "duration 90 day" in entry["lacks"] and entry["confidence"] > 0.8


def test_a_sentence_split_in_two_is_not_reported(tmp_path: Path) -> None:
    """Class: one Chinese sentence written as two English ones (a comma for a full stop); every anchor of the second
    half is in the Chinese sentence.  Real file: eval/dev24c/editions/hodor/en.2024-04-24.html (4. Disclaimers: three
    English sentences, one Chinese)."""
    zh = "请妥善保管您信任的证书，如证书泄露请及时在系统中删除该证书。"
    en = "Please keep the certificate you trust properly. If the certificate is leaked, please delete it in the system in time."
    product = _product(tmp_path, {"retention": zh}, {"retention": en})
    assert product["sentences"] == []


def test_a_list_written_as_prose_is_not_reported(tmp_path: Path) -> None:
    """Class: an English list of rights, one item a line, that the Chinese edition writes as one sentence."""
    rights_en = "- Access your data.\n- Correct your data.\n- Delete your data.\n- Withdraw your consent."
    rights_zh = "您有权访问、更正、删除您的数据，并撤回您的同意。"
    product = _product(tmp_path, {"rights": rights_zh}, {"rights": rights_en})
    assert product["sentences"] == []


def test_a_reworded_sentence_is_not_reported(tmp_path: Path) -> None:
    """Class: one sentence in both editions, reworded: a recipient named in English (Moonshot AI) that the Chinese
    calls 第三方, in its place between the same neighbours.  Real file: eval/dev24c/editions/goodhappens/en.2026-05-01.html
    (the short version: "relevant text is securely processed by Moonshot AI" / 相关文本将安全传输给第三方处理)."""
    zh = f"{BT_ZH}相关文本将安全传输给第三方处理，但不会用于模型训练。"
    en = f"{BT_EN} Relevant text is securely processed by Moonshot AI but is not used for training."
    product = _product(tmp_path, {"bluetooth": zh}, {"bluetooth": en})
    assert product["sentences"] == []


def test_a_name_the_chinese_edition_translates_is_no_anchor(tmp_path: Path) -> None:
    """Class: a capitalised English name the Chinese edition never writes in Latin letters (Chinese-speaking / 华人,
    a feature's name: Star Map / 星图) cannot be looked for in the Chinese section: it is no anchor, and a sentence
    with no other evidence is not reported (a miss rather than a guess).  Control: when the Chinese edition writes the
    name in Latin letters elsewhere, the name is an anchor and the sentence is found.  Real files:
    eval/blind/editions23/editions/reminisea/en.2026-06-16.html ("…the global Chinese-speaking community…") and
    eval/dev24c/editions/goodhappens/en.2026-05-01.html ("Star Map" / 「好事星图」)."""
    en = f"{RETAIN_EN} Entries shown on the Star Map stay visible to you alone."
    translated = _product(tmp_path / "translated", {"bluetooth": BT_ZH + "星图展示您的日记。"}, {"retention": en})
    assert translated["sentences"] == []
    kept = _product(tmp_path / "kept", {"bluetooth": BT_ZH + "Star Map 展示您的日记。"}, {"retention": en})
    assert [x["text"] for x in sure(kept, "sentences")] == ["Entries shown on the Star Map stay visible to you alone."]


def test_a_sentence_the_other_side_wrote_inside_a_longer_one_is_not_reported(tmp_path: Path) -> None:
    """Class: two English sentences that the Chinese edition writes as one, the second half in words the concept
    lexicon does not know (锁屏码…加锁 for "encrypted with your passcode"): its concepts are missing from the Chinese
    section, but its length is there, in a Chinese sentence far too long for the first English one alone.  Real file:
    eval/dev24c/editions/hodor/en.2024-04-24.html (2. Information storage, 4. Disclaimers)."""
    zh = "我们只在您的设备上保存这些记录，并以您设定的锁屏码对它们加锁，使其他人无法打开。"
    en = "We keep these records only on your device. They are encrypted with your passcode so that nobody else can open them."
    product = _product(tmp_path, {"retention": zh}, {"retention": en})
    assert product["sentences"] == []


def test_a_value_swapped_in_one_sentence_is_a_fact_not_a_sentence(tmp_path: Path) -> None:
    """Class: one sentence in both editions with another value (an e-mail address changed in one edition first), which
    the aligner leaves as a lone sentence of each side, one after the other: one sentence written otherwise, reported
    as a `fact` entry, never as two sentences of one language only.  Real file:
    eval/blind/editions23/editions/sportsperf-contact/en.2025-12-01.html ("Email: support@sportsperformance.com" /
    「邮箱：kw@kunweitech.com」)."""
    zh = f"{RETAIN_ZH}如需删除数据，请发送邮件至 delete@example.cn。"
    en = f"{RETAIN_EN} To have your data deleted, write to erase@example.com."
    product = _product(tmp_path, {"retention": zh}, {"retention": en})
    assert product["sentences"] == []
    assert [(d["base_value"], d["value"]) for d in product["divergences"] if d.get("fact") == "email"] == [
        ("delete@example.cn", "erase@example.com")
    ]


def test_sections_that_do_not_read_as_one_another_report_nothing(tmp_path: Path) -> None:
    """Class: a section pair whose sentences share nothing (a chapter on China paired with one on California) is no
    place to read sentences one by one: nothing is reported there.  Real file: eval/dev24c/editions/timecube (5. 中国用户
    paired with 6. California Users (CCPA))."""
    zh = "根据《个人信息保护法》，所有数据存储在您的设备本地。我们不在自有服务器上收集任何个人信息。您可以随时删除您的数据。"
    en = "We do not sell your personal information. We do not share it for cross-context behavioral advertising. You have the right to know what we collect."
    product = _product(tmp_path, {"retention": zh}, {"retention": en})
    assert [x for x in product["sentences"] if x["section"]["title"] == "四、数据保留"] == []


def test_sentence_alignment_pairs_a_split_and_leaves_the_lone_one() -> None:
    """The aligner itself: two English sentences against the one Chinese sentence holding both pair as one bead; a
    sentence with a concept the other side lacks is left alone."""
    zh = [_unit("用于连接运动传感器，采集运动数据。")]
    en = [_unit("Used to connect sports sensors to collect exercise data."), _unit(SCAN_EN)]
    beads = align(zh, en, 0.3)
    assert ([0], [0]) in beads and ([], [1]) in beads
    assert "scan" in concepts(SCAN_EN) and "not" in concepts(SCAN_EN) and "not" not in concepts("不同的设备")
    assert split("第一句。第二句！Third one. Fourth") == ["第一句。", "第二句！", "Third one.", "Fourth"]


def _unit(text: str) -> Sentence:
    return sentence(text, 1)


def test_text_json_and_html_show_the_sentence(tmp_path: Path) -> None:
    """The entry in every format: JSON (validated against the published schema, summary `sentence-only`), the plain
    text report, HTML and Markdown; a sure entry makes the exit code 1."""
    jsonschema = pytest.importorskip("jsonschema")
    folder = tmp_path / "product"
    folder.mkdir()
    (folder / "zh-Hans.2026-03-01.md").write_text(ZH.format(bluetooth=BT_ZH, rights=RIGHTS_ZH, retention=RETAIN_ZH), encoding="utf-8")
    (folder / "en.2026-03-01.md").write_text(
        EN.format(bluetooth=f"{BT_EN} {SCAN_EN}", rights=RIGHTS_EN, retention=RETAIN_EN), encoding="utf-8"
    )
    runner = CliRunner()
    result = runner.invoke(build_app(), ["compare", str(folder), "--format", "json", "-j", "1"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    schema = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "compare.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["summary"]["sentence-only"] == 1 and data["products"][0]["summary"]["sentence-only"] == 1
    for fmt in ("rich", "html", "markdown", "csv"):
        shown = runner.invoke(build_app(), ["compare", str(folder), "--format", fmt, "-j", "1"]).stdout
        shown = " ".join(shown.split())  # rich wraps its lines (under their bullet since u26u): the words, not the breaks
        assert "We do not scan or connect to other unrelated devices." in shown, fmt
        if fmt != "csv":
            assert "zh-Hans.2026-03-01 lacks a sentence of en.2026-03-01" in shown, fmt


def test_every_law_alias_passes_the_cheap_law_check() -> None:
    """`facts.laws` is read in a sentence only when `MAY_NAME_LAW` matches (the dearest reading); every alias of
    data/lexicons/laws.tsv must match it, or a law added to the table would never be an anchor of a sentence."""
    from policylens import lexicon
    from policylens.compare.sentences import MAY_NAME_LAW

    aliases = [a.strip() for row in lexicon.rows(lexicon.DATA / "laws.tsv") for a in row[2].split("|") if a.strip()]
    assert len(aliases) > 20
    assert [a for a in aliases if not MAY_NAME_LAW.search(a)] == []
    assert not MAY_NAME_LAW.search("We keep your data for 30 days.")
