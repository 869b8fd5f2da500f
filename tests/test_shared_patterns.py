"""Issue #13: sentence ends, copyright words, contact-field names, URL starts, Chinese numerals, a table's rule row and a
row's cells, and the page title have one home.

The old module-level names are the shared objects (`is`), and a source scan fails when a copy of a
shared literal is written again outside `patterns.py`.  `_PENDING` names the files allowed to keep a copy
for a while (work of another branch); it is empty since diff's tokens and redline took their sentence marks
from `policylens.patterns` (d13p).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from helpers import parse_string
from policylens import patterns
from policylens.diff import variants
from policylens.load.html import chrome_lines, titles
from policylens.load.types import PageTitle
from policylens.model import Piece
from policylens.rules import enumeration_lead_in
from policylens.structure import glued, page_title_shapes
from policylens.structure.headings import labels, values

PACKAGE = Path(__file__).resolve().parent.parent / "cli" / "policylens"

# copies outside patterns.py that are not ours to move (kept in step with the tree: see the module docstring)
_PENDING: dict[str, set[str]] = {
    "sentence marks": set(),
    "contact channels": set(),
    "rights reserved": set(),
    "url start": set(),
    "chinese numerals": set(),
    "table rule": set(),
    "row cell": set(),
}
_CHANNEL_WORDS = patterns.CONTACT_CHANNELS.split("|")
_CHANNEL_SEARCHES = [re.compile(rf"(?:^|[|(:?]){w}(?:$|[|)])") for w in _CHANNEL_WORDS]  # each word as an alternative of its own


def _nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of a tree (`ast.walk`'s set, in another order): `iter_child_nodes` was half of this test's CPU."""
    out, todo = [], [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, ast.AST):
                todo.append(value)
            elif isinstance(value, list):
                todo.extend(item for item in value if isinstance(item, ast.AST))
    return out


def _literals(nodes: list[ast.AST]) -> list[str]:
    """Every string constant of a module, and every tuple of one-character strings joined into one."""
    out, joined = [], []
    for n in nodes:
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            out.append(n.value)
        elif isinstance(n, ast.Tuple) and n.elts and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in n.elts):
            joined.append("".join(e.value for e in n.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)))
    return out + joined


# the shared sets of sentence-end characters: a literal or a character class with exactly one of these sets is a copy
_MARK_SETS = [
    frozenset(patterns.SENTENCE_MARKS),
    frozenset(patterns.SENTENCE_MARKS + "\n"),
    frozenset(patterns.SENTENCE_ENDS),
    frozenset(patterns.SENTENCE_ENDS_WIDE_STOP),
    frozenset(patterns.CLAUSE_MARKS),
    frozenset(patterns.CLAUSE_MARKS + "\n"),  # a clause's end within a line (placeholder-instruction's value to come)
    frozenset(patterns.STATEMENT_ENDS),
]
_CLASS = re.compile(r"\[\^?((?:\\.|[^\]\\])*)\]")


def _mark_sets(text: str) -> list[frozenset[str]]:
    """The literal's characters, and those of each of its character classes (`\\n` read as a newline)."""
    return [frozenset(text)] + [frozenset(m.group(1).replace("\\n", "\n")) for m in _CLASS.finditer(text)]


# what a table's rule row is written with (`patterns.TABLE_RULE`): a character class of these, or a strip set of them, is a copy
_RULE_CHARS = frozenset("|:-+ \t")


def _table_rule_copy(text: str) -> bool:
    """A second test of a table's rule row (review r42: `pipe_rows._delimiter` stripped 「|-: \\t」, the profiles' tables
    matched `^[\\s|:+-]*$`, the Markdown reader `\\|?[\\s:|-]+\\|?`): a character class of bars, dashes and colons (and
    blanks or pluses), or a literal that is a set of those characters (no character twice: `|---|` is a rule written out)."""
    if "|" not in text or "-" not in text:
        return False
    for found in _CLASS.finditer(text):
        chars = frozenset(found.group(1).replace("\\s", " ").replace("\\t", "\t").replace("\\", ""))
        if {"|", "-", ":"} <= chars <= _RULE_CHARS:
            return True
    return {"|", "-"} <= set(text) <= _RULE_CHARS and len(set(text)) == len(text)


def _reads_numerals(node: ast.AST) -> bool:
    """A second reader of Chinese numerals: a function named like the shared one, or a table of digit values (一 → 1)."""
    if isinstance(node, ast.FunctionDef) and node.name == "chinese_number":
        return True
    if isinstance(node, ast.Dict):
        keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
        return {"一", "二", "三"} <= keys and all(isinstance(v, ast.Constant) and isinstance(v.value, int) for v in node.values)
    return False


def _copies() -> dict[str, set[str]]:
    """Files (relative to the package) that write a shared literal again, by kind."""
    found: dict[str, set[str]] = {kind: set() for kind in _PENDING}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name == "patterns.py":
            continue
        nodes = _nodes(ast.parse(path.read_text(encoding="utf-8")))  # one walk for both questions
        if any(_reads_numerals(node) for node in nodes):
            found["chinese numerals"].add(name)
        for text in _literals(nodes):
            if any(chars in _MARK_SETS for chars in _mark_sets(text)):
                found["sentence marks"].add(name)
            if sum(word.search(text) is not None for word in _CHANNEL_SEARCHES) >= 8:
                found["contact channels"].add(name)
            if re.search("保留所有[权權]利|保留一切[权權]利|版[权權]所有", text):
                found["rights reserved"].add(name)
            if patterns.URL_START in text:
                found["url start"].add(name)
            if _table_rule_copy(text):
                found["table rule"].add(name)
            if "[^|" in text and "\\|" in text:  # the text between two bars (`patterns.ROW_CELL`)
                found["row cell"].add(name)
    return found


def test_no_shared_literal_is_written_again() -> None:
    found = _copies()
    for kind, pending in _PENDING.items():
        assert found[kind] - pending == set(), f"{kind} written again: import it from policylens.patterns"


@pytest.mark.parametrize(
    "literal",
    [r"^[\s|:+-]*$", r"\|?[\s:|-]+\|?", "|-: \t", r"[-:| ]+", r"(?<=\|)([^|\n]+)(?=\|)", r"\|([^|]*)"],
)
def test_the_copy_finder_sees_the_old_copies(literal: str) -> None:
    """The scan above would have found each copy that review r42 listed (and their like), so it can fail."""
    assert _table_rule_copy(literal) or ("[^|" in literal and "\\|" in literal)


@pytest.mark.parametrize("literal", ["|---|", "---|", "- ", "[^\\w]+|_", r"[\s|]", r"[-—:：|｜]"])
def test_the_copy_finder_leaves_other_literals(literal: str) -> None:
    """A table written out by a renderer (「|---|」), a pattern of non-word runs, a separator class with other marks."""
    assert not _table_rule_copy(literal)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("|---|:--:|", True),
        ("| --- | --- |", True),
        ("|---+---|", True),  # an Org table's rule
        ("+----+----+", True),  # a grid table's
        ("", True),
        ("| 网络 | 是 |", False),
        ("|---|a|", False),
        ("——", False),
    ],
)
def test_a_table_rule_is_read_one_way(text: str, rule: bool) -> None:
    assert patterns.table_rule(text) is rule


def test_the_old_names_are_the_shared_objects() -> None:
    assert values._SENTENCE_ENDS is patterns.SENTENCE_ENDS
    assert glued._SENTENCE_END is patterns.SENTENCE_ENDS
    assert labels._TAIL_ENDS is patterns.STATEMENT_ENDS
    assert chrome_lines._SENTENCE_END is patterns.SENTENCE_ENDS_WIDE_STOP
    assert enumeration_lead_in._SENTENCE_END.startswith(patterns.SENTENCE_MARKS)
    assert variants.chinese_number is enumeration_lead_in.chinese_number is patterns.chinese_number


def test_the_sentence_end_variants_differ_only_as_documented() -> None:
    marks = set(patterns.SENTENCE_MARKS)
    assert set(patterns.SENTENCE_ENDS) - marks == {"."}
    assert set(patterns.SENTENCE_ENDS_WIDE_STOP) - marks == {"．"}
    assert not {"？", "?", "；", ";", "."} & set(patterns.STATEMENT_ENDS)
    assert all(len(c) == 1 for c in patterns.SENTENCE_ENDS + patterns.SENTENCE_ENDS_WIDE_STOP + patterns.STATEMENT_ENDS)


@pytest.mark.parametrize(
    ("line", "page_line"),
    [
        ("© 2025 某某科技有限公司", True),
        ("Copyright 2021 Plus One", True),
        ("(c) 2024 Acme", True),
        ("某某公司 版权所有", True),
        ("Acme Inc. All rights reserved.", True),
        ("某某公司 保留一切權利。", True),  # the headings now know every reserved-rights wording chrome knows
        ("Copyright", False),  # a section about copyright
        ("版权所有与知识产权", False),
        ("知识产权（保留所有权利的范围）", False),
    ],
)
def test_a_copyright_line_is_no_heading(line: str, page_line: bool) -> None:
    assert (labels._COPYRIGHT.search(line) is not None) is page_line


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("© 2025 Peapod Hotels. 保留所有权利。", True),
        ("Copyright © 2024 Acme", True),
        ("© 2025 Keetio。保留所有权利。本文档仅供参考。", False),  # a second sentence: kept
    ],
)
def test_a_copyright_line_is_page_chrome(line: str, chrome: bool) -> None:
    assert chrome_lines._page_chrome_text(line) is chrome


@pytest.mark.parametrize(
    ("label", "contact"),
    [
        ("电话", True),
        ("電郵", True),
        ("QQ", True),
        ("联系人", True),
        ("Email", True),
        ("政策更新", False),
        ("您的权利", False),
    ],
)
def test_contact_field_names_are_read_one_way(label: str, contact: bool) -> None:
    assert (labels._CONTACT_LABEL.search(label) is not None) is contact
    assert (titles._FIELD_LABEL.search(label) is not None) is contact
    assert (labels._FIELD_LINE.search(f"{label}：x") is not None) is (contact and label not in ("联系人",))


def test_mail_is_a_contact_field_but_not_a_label_announcing_its_value() -> None:
    """「关于营销邮件：」 ends with 邮件: the heading reader's label list leaves it out, the others keep it (review rv14a)."""
    assert labels._CONTACT_LABEL.search("邮件") is None
    assert labels._CONTACT_LABEL.search("关于营销邮件") is None
    assert titles._FIELD_LABEL.search("邮件") is not None
    assert labels._FIELD_LINE.search("邮件：x") is not None


def test_the_page_title_has_one_reading_and_two_shapes() -> None:
    located = PageTitle("隱私權政策 | 甲", 3, (Piece(0, 9, 3, 8),))
    assert page_title_shapes(located, "html") == ("隱私權政策 | 甲", 3, ("隱私權政策 | 甲", located.pieces))
    assert page_title_shapes(located, "markdown") == (None, None, ("隱私權政策 | 甲", located.pieces))
    assert page_title_shapes(located._replace(pieces=()), "html") == ("隱私權政策 | 甲", 3, None)
    assert page_title_shapes(None, "html") == (None, None, None)


@pytest.mark.parametrize(
    ("source", "ext", "metadata", "located"),
    [
        (
            "<html><head><title>隱私權政策 | 甲</title></head><body><h1>隱私權政策</h1><p>我們收集您的姓名。</p></body></html>",
            ".html",
            "隱私權政策 | 甲",
            True,
        ),
        (
            "<html><head><title>隱私權政策\n  | 甲</title></head><body><p>我們收集您的姓名。</p></body></html>",
            ".html",
            "隱私權政策 | 甲",
            False,
        ),
        ("---\ntitle: 隱私權政策 2023\n---\n\n# 隱私權政策\n\n我們收集您的姓名。\n", ".md", None, True),
    ],
)
def test_both_shapes_read_the_same_title(source: str, ext: str, metadata: str | None, located: bool) -> None:
    doc = parse_string(source, ext)
    assert doc.metadata.page_title == metadata
    assert (doc.page_title is not None) is located
    if doc.page_title is not None and metadata is not None:
        assert doc.page_title[0] == doc.metadata.page_title


def test_contact_channels_without_some_words() -> None:
    assert patterns.contact_channels() == patterns.CONTACT_CHANNELS
    assert patterns.contact_channels(without=("微信", "QQ")).split("|") == _CHANNEL_WORDS[:-2]
    with pytest.raises(ValueError, match="not a channel word"):
        patterns.contact_channels(without=("手机",))
    # no word is the start of another, so a user's order of these and its own words changes no match
    assert not any(a != b and b.startswith(a) for a in _CHANNEL_WORDS for b in _CHANNEL_WORDS)
