"""The lead's classes of the thirty-third session, each tested both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import rule_excerpts

from policylens.load.document import read_document

_JEKYLL_FRONT = "---\nlayout: page\ntitle: Privacy Policy\n---\n\n"
_BODY = "# Privacy Policy\n\nThis policy explains how {expr} collects your e-mail address.\n\nContact: a@b.org\n"


@pytest.mark.parametrize("expr", ["{{ site.author }}", "{{ site.baseurl | prepend: site.url }}", "{{ page.title }}"])
def test_jekyll_globals_on_a_page_with_yaml_front_matter_are_filled_when_built(tmp_path: Path, expr: str) -> None:
    """eval/profiles workshops-retirement-en and eval/profiles26 lexibridge-tw: `{{ site.author }}` on a GitHub Pages
    Markdown page (YAML front matter, no `{% %}` tag) was reported as an unfilled slot; Jekyll fills it from _config.yml."""
    text = _JEKYLL_FRONT + _BODY.format(expr=expr)
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", "privacy.md") == []


@pytest.mark.parametrize(
    ("front", "expr"),
    [
        ("", "{{ site.author }}"),  # no front matter: Jekyll leaves the page as it is, the braces are shown
        ("+++\ntitle = 'Privacy'\n+++\n\n", "{{ site.author }}"),  # TOML front matter: Hugo, which never runs Liquid in content
        (_JEKYLL_FRONT, "{{ company_name }}"),  # not one of Jekyll's globals: a template's slot
        (_JEKYLL_FRONT, "{{ .Site.Params.email }}"),  # Hugo's template syntax, shown as written in content
    ],
)
def test_braces_outside_a_jekyll_page_or_not_its_globals_stay_slots(tmp_path: Path, front: str, expr: str) -> None:
    text = front + _BODY.format(expr=expr)
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", "privacy.md") == [expr]


@pytest.mark.parametrize("mark", [b"\xff\xfe", b"\xfe\xff"])
def test_a_utf16_mark_with_nothing_behind_it_is_an_empty_document(tmp_path: Path, mark: bytes) -> None:
    """A UTF-16 file with only its byte-order mark was refused as "a UTF-16 byte-order mark in front of UTF-8 text"
    (exit 2); it is an empty document, reported with the same warning as an empty UTF-8 file."""
    path = tmp_path / "empty.txt"
    path.write_bytes(mark)
    document = read_document(str(path))
    assert document.source.encoding.startswith("utf-16")
    assert all(not section.paragraphs for section in document.sections)
    assert any("empty" in warning for warning in document.warnings)
