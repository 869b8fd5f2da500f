"""The pattern store's second-character guards and the guarded scans match exactly what `re.compile` matches.

`lazyre._with_second_guard` puts `(?=(?-i:[first][second]))` in front of a pattern that has no
literal prefix; `GuardedPattern` is scanned through its plain lookahead form.  Both are speed
only (issue #11): every match, span and group must stay as `re` finds them.
"""

from __future__ import annotations

import gc
import random
import re

from policylens import lazyre

ALPHABET = "ab中文AI 1\n\t。İıKk"


def _atom(rng: random.Random, depth: int) -> str:
    """One random regex atom over ALPHABET: literals, classes, categories, groups, lookarounds."""
    pick = rng.randrange(12 if depth < 3 else 5)
    if pick == 0:
        return rng.choice(["a", "b", "中", "文", "A", " ", "1", "。"])
    if pick == 1:
        return rng.choice(["[ab]", "[中文]", "[a-c]", "[ \\t]", "[1中]", "[^a]", "[。a]"])
    if pick == 2:
        return rng.choice(["\\d", "\\s", "\\w", "."])
    if pick == 3:
        return rng.choice(["中文", "ab", "文a", "a中"])
    if pick == 4:
        return rng.choice(["(?<![ab])", "(?=a)", "(?!b)", "\\b", "(?<=中)"])
    inner = "".join(_atom(rng, depth + 1) for _ in range(rng.randint(1, 3)))
    if pick == 5:
        return f"(?:{inner})" + rng.choice(["?", "*", "+", "{0,2}", "{2}", "{1,3}", "??", "*?"])
    if pick == 6:
        other = "".join(_atom(rng, depth + 1) for _ in range(rng.randint(0, 2)))
        return f"(?:{inner}|{other})"
    if pick == 7:
        return f"({inner})"
    if pick == 8:
        return f"(?i:{inner})"
    if pick == 9:
        return f"(?>{inner})"
    if pick == 10:
        return f"(?={inner})"
    return f"(?:{inner})++"


def _random_patterns(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        pattern = "".join(_atom(rng, 0) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            pattern += "|" + "".join(_atom(rng, 1) for _ in range(rng.randint(1, 3)))
        try:
            re.compile(pattern)
        except re.error:
            continue
        out.append(pattern)
    return out


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(150)]


def _guarded(pattern: str, flags: int) -> bool:
    """Does the store's code for the pattern start with a second-character guard?"""
    parsed = lazyre._sre_parser.parse(pattern, flags)
    lazyre._with_second_guard(parsed, flags)
    return bool(parsed.data) and parsed.data[0][0] is lazyre._sre_parser.ASSERT and len(parsed.data[0][1][1].data) == 1


def test_second_character_guards_keep_the_matches_of_random_patterns() -> None:
    """Random shapes (repeats, optional parts, branches, lookarounds, atomic groups, case-insensitive parts)."""
    texts = _texts(21)
    guarded = 0
    for flags in (0, re.I):
        for pattern in _random_patterns(400, 20 + flags):
            ours, plain = lazyre._sre.compile(pattern, *lazyre._sre_entry(pattern, flags)), re.compile(pattern, flags)
            guarded += _guarded(pattern, flags)
            for text in texts:
                got = [(m.span(), m.groups()) for m in ours.finditer(text)]
                assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], (pattern, flags, text)
    assert guarded > 100  # the guards were tried, not skipped


def test_second_character_guard_on_hand_made_shapes() -> None:
    """Shapes at the edges of the analysis: width exactly two, optional first parts, repeats of zero, empty branches."""
    shapes = [
        ("a?b中", 0),
        ("(?:中|文)?(?:a|b)c", 0),
        ("(?:ab){0,1}c{2}", 0),
        ("(?:|a)b", 0),
        ("x*y[中文]", 0),
        ("(?<![a-z])(?:this|that)\\s+is", re.I),
        ("[（(]\\s?(?:如果|如|若)", 0),
        ("(?:a\\d|\\s中){2,}", 0),
        ("K[iI]", re.I),
        ("(?=[ab])(?:a|b)中", 0),
    ]
    texts = _texts(22) + ["this is", "THIS  is", "KI kı Kİ", "（ 如果", "(若", "a1 中a1"]
    for pattern, flags in shapes:
        ours, plain = lazyre._sre.compile(pattern, *lazyre._sre_entry(pattern, flags)), re.compile(pattern, flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], (
                pattern,
                text,
            )
    assert _guarded("(?:本政策|请在)[^。]*", 0)
    assert not _guarded("a", 0)  # one character: nothing to guard
    assert not _guarded("a?b", 0)  # can be one character long
    assert not _guarded("[ab]\\w", 0)  # \w: too wide to reject anything


def test_guarded_patterns_bodies_never_match_empty_and_scan_like_the_lookahead_form() -> None:
    """Every `GuardedPattern` of the package: a body that cannot match empty, and the plain form's matches."""
    import importlib
    import pkgutil

    import policylens

    for module in pkgutil.walk_packages(policylens.__path__, "policylens."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    patterns = [o for o in gc.get_objects() if isinstance(o, lazyre.GuardedPattern)]
    assert len(patterns) >= 3
    texts = _texts(23) + ["電話：+86 138 0013 8000", "此处请填写公司名称", "【请填写】", "邮箱：", "Tel: (02)2345-6789"]
    for guarded in patterns:
        assert lazyre._sre_parser.parse(guarded.body.pattern, guarded.body.flags).getwidth()[0] > 0, guarded.pattern
        plain = re.compile(guarded.pattern, guarded.flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_joined_having_a_small_class_finds_the_texts_a_class_search_finds() -> None:
    """`Joined.having` searches a class of a few characters with `str.find`: the same texts as the class search."""
    from pathlib import Path

    from policylens.joined import Joined, class_characters

    corpora = Path(__file__).resolve().parent.parent / "corpora"
    documents = [p.read_text(encoding="utf-8", errors="replace").split("\n") for p in sorted(corpora.rglob("*.md"))[:20]]
    documents += [t.split("\n") for t in _texts(24)] + [["", "@", "＠a", ""], []]
    classes = ["[：:]", "[@＠]", "[hwWｈｗＷ]", "[充供布佈]", "[a-c]", "[x]", "[中]"]
    for pattern in classes:
        compiled = re.compile(pattern)
        assert class_characters(compiled) is not None, pattern
        for texts in documents:
            expected = [i for i, text in enumerate(texts) if compiled.search(text)]
            assert list(Joined(texts).having(compiled)) == expected, pattern
    for pattern, flags in [("[^a]", 0), ("[a-z]", 0), ("[ab]", re.I), ("[\\d]", 0), ("a|b", 0), ("[ab]c", 0), ("[\\n]", 0)]:
        assert class_characters(re.compile(pattern, flags)) is None, pattern


def test_joined_having_asked_again_answers_as_a_fresh_search() -> None:
    """`Joined.having` keeps an answer read to its end and gives it again for the same needs (issue #11):
    asked again, after an early stop, with a literal, a class or a pattern of the same text but other
    flags, every answer is the one a fresh `Joined` gives.  Class: a kept answer that is not a fresh search's."""
    from policylens.joined import Joined

    texts = ["更新日期：2024年", "联系 a@b.c", "", "Last UPDATED", "无", "邮箱：x@y.z", "updated"]
    needs: list[str | re.Pattern[str]] = ["@", "：", re.compile("[：:]"), re.compile("updated"), re.compile("updated", re.I), "UPDATED"]
    joined = Joined(texts)
    early = joined.having("@")
    assert next(early) == 1  # stopped early: nothing kept, the next question searches again
    for _ in range(3):
        for need in needs:
            assert list(joined.having(need)) == list(Joined(texts).having(need)), need
    assert list(joined.having(re.compile("updated", re.I))) == [3, 6]
    assert list(joined.having(re.compile("updated"))) == [6]
