"""Invariants behind the throughput work of issue #11: each fast path gives the plain form's answer."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import shared_parse
from policylens.script import DATA_FILE, detect_script
from test_script import _reference_script  # detect_script as first written: every character counted

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def test_stored_script_characters_are_sorted_and_unique() -> None:
    """The script classes are built from the stored strings as they are: they must be in code-point order, each once."""
    stored = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    for key in ("hant_only", "hans_only"):
        chars = stored[key]
        assert list(chars) == sorted(set(chars)), key


def test_script_detection_by_class_search_matches_the_full_count_on_every_corpus_sample() -> None:
    """Every corpus file's first 6,000 characters (what metadata samples) and its shifted halves, plus edge texts."""
    texts = ["", "Privacy", "𠮷", "𠮷野家的隱私權", "𠮷我们", "乾隆", "我們" * 3000 + "们", "们" + "我們" * 3000]
    for path in sorted(CORPORA.rglob("*")):
        if path.suffix in (".txt", ".md", ".html") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            texts += [text[:6_000], text[len(text) // 2 :][:6_000]]
    for text in texts:
        assert detect_script(text) == _reference_script(text), text[:40]


def _corpus_documents() -> list[list[tuple[list[str], list[str]]]]:
    """Per corpus file, (heading texts, paragraph texts) of each section; then generated edge cases as one document."""
    documents: list[list[tuple[list[str], list[str]]]] = []
    for path in sorted(CORPORA.rglob("*")):
        if path.suffix in (".txt", ".md", ".html") and path.is_file():
            doc = shared_parse(path).document
            documents.append([([*s.titles, s.title or ""], [p.text for p in s.paragraphs]) for s in doc.sections])
    sections: list[tuple[list[str], list[str]]] = []
    sections += [
        ([""], []),
        ([""], ["", "123", "——"]),
        (["Privacy Policy", ""], ["We collect data.", "我們", "www.example.com"]),
        (["プライバシー"], ["個人情報を取り扱います。", "資料"]),
        (["개인정보"], ["개인정보 처리방침", "隱私"]),
        (["三、Cookies"], ["Google Analytics and Firebase Crashlytics 收集", "name = value 資料", "a@b.c 隱私 https://x.y/z"]),
        (["名称"], ["名称：NSCameraUsageDescription", "</p>", "ポケモン的資料"]),
    ]
    documents.append(sections)
    documents.append([section for document in documents for section in document])  # all at once
    return documents


def test_languages_from_counts_match_the_plain_functions() -> None:
    """`languages` decides from summed counts; the answers are `section_languages` and `paragraph_language`'s.

    Per corpus file (most hold no kana: the one search that tells so skips the per-text
    searches), for the edge cases, and for all of them as one document.
    """
    from policylens.structure.language import languages, paragraph_language, section_languages

    for sections in _corpus_documents():
        langs, per_paragraph = languages(sections)
        assert langs == section_languages(" ".join([*heads, *paras]) for heads, paras in sections)
        for (_, paras), lang, got in zip(sections, langs, per_paragraph, strict=True):
            assert got == [paragraph_language(text, lang) for text in paras]


def test_guarded_phone_scan_finds_what_the_plain_pattern_finds() -> None:
    """`_PHONE` is scanned from its first-character class; the matches are the plain pattern's, on the corpus and edge texts."""
    import re

    from policylens.normalise import fold
    from policylens.structure import metadata

    plain = re.compile(metadata._PHONE_BODY)
    texts = [
        "電話：+86 10 1234 5678",
        "1.13800138000",
        "(02)2345-6789、(02)2345-67890",
        "+852 1234 5678+886 2 1234 5678",
        "4008001234 8001234567",
    ]
    texts += [
        fold(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(CORPORA.rglob("*")) if p.suffix in (".txt", ".md", ".html")
    ]
    for text in texts:
        assert [m.span() for m in metadata._PHONE.finditer(text)] == [m.span() for m in plain.finditer(text)]


_IMPORT_EVERY_MODULE = """
import gc, importlib, json, pkgutil
import policylens
from policylens import lazyre
for module in pkgutil.walk_packages(policylens.__path__, "policylens."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
print(json.dumps(sorted({(o.pattern, int(o.flags)) for o in gc.get_objects() if isinstance(o, lazyre.LazyPattern)})))
"""


def _lazy_patterns() -> list[tuple[str, int]]:
    """(pattern, flags) of every `lazy()` pattern in the package, after importing all of its modules.

    Found in a fresh process: in this one, the patterns of every profile an earlier test loaded
    are `LazyPattern`s too (1,885 instead of 652 after the built-in profiles), so the set, and the
    test's cost (6 → 27 s of CPU), depended on which tests ran before it.
    """
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _IMPORT_EVERY_MODULE], capture_output=True, text=True, check=True).stdout
    return [(pattern, flags) for pattern, flags in json.loads(out)]


# One corpus file in this many gives `_sample_texts` its heads (u51m: every file's head, 87 texts, was 12 of the
# differential's 15 s of CPU; of 15 defects planted in `lazyre`'s first-character and second-character analysis, one
# file in four found every one that every file found: docs/history/test-suite.md, fifty-first session)
SAMPLE_STEP = 4


def _sample_texts() -> list[str]:
    """The start of one corpus file in `SAMPLE_STEP`, folded and not, plus texts made to hit the patterns' edges."""
    from policylens.normalise import fold

    texts = []
    files = [path for path in sorted(CORPORA.rglob("*")) if path.suffix in (".txt", ".md", ".html") and path.is_file()]
    for path in files[::SAMPLE_STEP]:
        head = path.read_text(encoding="utf-8", errors="replace")[:3_000]
        texts += [head, fold(head)]
    texts += [
        "",
        '第 條、第條、次第條 称"" 为"" “ ” ‘’ 由股份有限公司 dpo@.com https://.com www..com',
        "1. 前言\n（一）服務\n第三條 聯絡\n2021-03-30 20210330 2021年3月30日 March 30, 2021 30 March 2021",
        "電話：+86 138 0013 8000 (02)2345-6789 Tel: 400-800-1234 phone 8001234567",
        "**粗體** __底線__ | a \\| b [ ] [x] 【】 ［ ］ ＿＿＿ ____ XX公司 ⼈ ⽅ 金",
        "Google LLC, Apple Inc. and Example Corporation; 以下簡稱「智米」",
    ]
    # each text once: a head that folding leaves as it is, or that two versions of a policy share,
    # would be searched again by every pattern for the same answer (every file's: 96 texts, 87 distinct; issue #13)
    return list(dict.fromkeys(texts))


def test_first_character_classes_keep_every_pattern_s_matches() -> None:
    """Patterns compiled with an added first-character class (`lazyre._with_first_chars`) match exactly as `re.compile`'s."""
    import re

    from policylens import lazyre

    texts = _sample_texts()
    compared = 0
    for pattern, flags in _lazy_patterns():
        ours = lazyre.compile(pattern, flags)  # (first: a pattern not in the store yet is stored by it)
        by_re = _re_entry(pattern, flags)
        if lazyre._STORE.load().get((pattern, int(flags))) == by_re:
            continue  # `_sre.compile` was given exactly what `re` gives it: the same matcher (issue #13)
        # `re.compile(pattern, flags)`, from the entry just made (compiling it again cost about 0.7 s, forty-first session);
        # every 25th is checked to be `re.compile`'s own (equal patterns: the same flags, text and code)
        plain = lazyre._sre.compile(pattern, *by_re)
        assert compared % 25 or plain == re.compile(pattern, flags), pattern
        compared += 1
        for text in texts:
            # `finditer` searches with the same `_sre` search as `search`: its first match is search's
            got = [(m.span(), m.groups()) for m in ours.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], pattern
    assert compared > 100  # most patterns get a first-character class or a second-character guard


def _re_entry(pattern: str, flags: int) -> tuple[object, ...]:
    """What `re.compile` hands to `_sre.compile` after the pattern, in `lazyre`'s stored form."""
    from policylens import lazyre

    flags = int(flags)  # as `re.compile` hands it to its compiler (`RegexFlag.value`): the same code, without enum arithmetic
    parsed = lazyre._sre_parser.parse(pattern, flags)
    code = lazyre._sre_compiler._code(parsed, flags)
    groupindex = {name: int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


def test_first_character_analysis_on_hard_shapes() -> None:
    """Lookbehinds first, optional parts, empty branches, nested groups, case-insensitive letters, categories."""
    import random
    import re

    from policylens import lazyre

    shapes = [
        (r"(?<![\d.])(?:\+?86)?1\d{3}", 0),
        (r"a?b|c*d|(?:e|f?)g", 0),
        (r"(?:x|)y", 0),
        (r"(?=[ab])(?:a|b)c", 0),
        (r"\b(?:Tel|phone)\d", re.I),
        (r"(?i:k)x", 0),
        (r"[^a]b", 0),
        (r".b", 0),
        (r"(a)\1", 0),
        (r"\s*[（(]\d+[)）]", 0),
        (r"(?>ab|c)d", 0),
        (r"(?:ab)++c", 0),
        (r"x(?<=ax)y|\dz", 0),
        (r"[a-c]{0,2}\d", 0),
        (r"[\u4e00-\u9fff]{2}(?<!中文)", 0),
        (r"\wK", re.I),
        (r"\d|\s", 0),
        (r"^ab|cd", re.M),
    ]
    rng = random.Random(11)
    alphabet = "abcdgxyzK \t12386.+()（）中文Tt𠮷\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(400)]
    for pattern, flags in shapes:
        ours, plain = lazyre.compile(pattern, flags), re.compile(pattern, flags)
        for text in texts:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)


def test_unit_positions_match_source_position_everywhere() -> None:
    """`TextUnit.position`'s one-piece shortcut gives `source_position`'s answer at every offset of every corpus paragraph."""
    from policylens.model import source_position
    from policylens.rules.context import Context, Settings

    for path in sorted(CORPORA.rglob("*")):
        if path.suffix not in (".txt", ".md", ".html") or not path.is_file():
            continue
        ctx = Context(shared_parse(path).document, lang="en", settings=Settings())
        for unit in ctx.units():
            if unit.paragraph is None:
                continue
            para = unit.paragraph
            for offset in {0, 1, len(unit.text) // 2, max(len(unit.text) - 1, 0), len(unit.text)}:
                assert unit.position(offset) == source_position(para.pieces, para.line, para.column, offset)


def test_suppressor_shortcut_agrees_with_the_full_test() -> None:
    """A finding on a line without a suppression is never suppressed, with or without wide ranges elsewhere."""
    from policylens.check.suppressions import Suppressor
    from policylens.model import Finding

    findings = [Finding("placeholder-empty", "error", line, 3, line, 5, "m", "【】") for line in range(1, 30)]
    for ranges in (
        [],
        [("x", 5, 5, frozenset(), None)],
        [("x", 2, 4, frozenset({"placeholder-empty"}), None)],
        [("x", 10, 5000, frozenset(), None)],
    ):
        suppressor = Suppressor(ranges)
        for f in findings:
            expected = any(first <= f.line <= last and (not rules or f.rule in rules) for _, first, last, rules, _ in ranges)
            assert suppressor(f) == expected


def test_records_built_with_tuple_new_have_the_fields_the_fast_paths_assume() -> None:
    """`make_block`, `_to_paragraph`, `_set_languages`, `Rule.finding` and `Context.scan` build records positionally: a new field must update them."""
    from policylens.model import Block, Paragraph, Piece, Section

    assert Piece._fields == ("offset", "length", "line", "column", "width")
    assert Block._fields == ("kind", "text", "line", "column", "end_line", "pieces", "level", "emphasised")
    assert Paragraph._fields == ("text", "line", "column", "end_line", "kind", "pieces", "breaks", "lang")
    assert Paragraph._field_defaults == {"breaks": (), "lang": None}
    assert "paragraphs" in Section._fields and "lang" in Section._fields
    from policylens.model import Finding
    from policylens.rules.context import Hit

    assert Finding._fields == (
        "rule",
        "severity",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "excerpt",
        "suggestion",
        "item",
        "reference",
        "columns",
    )
    assert Hit._fields == ("unit", "start", "end", "match")


def test_case_variants_cover_every_code_point_an_ascii_letter_matches_ignoring_case() -> None:
    """`lazyre._CASE_VARIANTS[c]` holds every character that `(?i)c` matches (İ, ı, ſ and the Kelvin sign included)."""
    import re

    from policylens import lazyre

    letters = "abcdefghijklmnopqrstuvwxyz"
    any_letter = re.compile("(?i)(?:" + "|".join(letters) + ")")
    candidates = [chr(x) for x in range(0x110000) if any_letter.fullmatch(chr(x))]
    for c in letters:
        matched = {x for x in candidates if re.fullmatch(c, x, re.I)}
        assert matched == set(lazyre._CASE_VARIANTS[c]), c


def test_case_insensitive_patterns_with_first_character_classes_keep_their_matches() -> None:
    """Brand alternations (`words.alternation`, re.I) and other case-insensitive shapes, on text full of case traps."""
    import random
    import re

    from policylens import lazyre
    from policylens.rules.words import alternation

    shapes = [
        alternation(["Xiaomi", "MIJIA", "Roborock", "小米", "Aqara", "skype", "Kik", "iOS"], re.I).pattern,
        r"\bTel\s*[:：]",
        r"[a-z]{2}\d",
    ]
    rng = random.Random(12)
    alphabet = "xiaomIJKkSsſıİKroborck小米 :：1Tel\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(500)]
    texts += ["XİAOMİ ſkype Kik İOS ıos tel:", "The Xiaomi and MIJIA apps, Roborock, Aqara Home; 小米帳號"]
    for pattern in shapes:
        ours, plain = lazyre.compile(pattern, re.I), re.compile(pattern, re.I)
        for text in texts:
            assert [(m.span(), m.group(0)) for m in ours.finditer(text)] == [(m.span(), m.group(0)) for m in plain.finditer(text)], (
                pattern,
                text,
            )
