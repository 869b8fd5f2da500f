"""The tests' one import point, `from helpers import X`, and the regex probe's settings.

Each helper lives in a module with one job (issue #13; this was one module of 460 lines):

- `parse_helpers`: a file or a string through load → structure, what `parse` reads, `shared_parse`, `diff_strings`;
- `scratch`: the process's scratch folder that `parse_string` writes into;
- `check_helpers`: `check` on a text, its placeholder findings or one rule's excerpts;
- `cli_runner`: the command in this process (`cli`) or as a real subprocess (`cli_process`);
- `compare_helpers`: product folders and `compare`'s sure entries, a notes app's policy before a rewrite;
- `profile_helpers`: one disclosure item judged alone;
- `garbage`: what a run leaves in reference cycles;
- `mirror_helpers`: diff(a, b) and diff(b, a) of two strings (`both_ways`), an edit under a joined title both ways
  (`only_edit_both_ways`);
- `opencc_helpers`: the changes of a diff against an OpenCC conversion that are not the converter's misreadings;
- `vue_helpers`: a uni-app page that picks its document from its route (shared by two test files);
- `yaml_files`: the YAML case files, read by libyaml's C loader.

They are imported here so that a test imports every helper from one place.  The probe's settings stay in this module:
the regex verdict store's engine key (`tests/regex_store.py`) is computed from `helpers.probe_pattern` and what it
reaches, named by module, so moving them would change the key and invalidate every stored verdict.
"""

from __future__ import annotations

from typing import Any

from check_helpers import (
    HEAD_EN,
    HEAD_HANS,
    HEAD_HANT,
    paragraph_lines,
    paragraph_slot_lines,
    rule_excerpts,
    slot_findings,
    slot_lines,
    written_findings,
    written_severities,
    written_slot_lines,
    written_slots,
)
from cli_runner import cli, cli_process
from compare_helpers import (
    NOTES_EN_OLD,
    NOTES_ZH_OLD,
    compare_folder,
    compare_product,
    last_section,
    sure,
    sure_facts,
    sure_summary,
    write_files,
)
from garbage import cyclic_garbage
from mirror_helpers import both_ways, changed_sections, only_edit_both_ways, reworded_both_ways
from opencc_helpers import convert_keeping_misreadings, unexplained_changes
from parse_helpers import (
    Parsed,
    change_texts,
    chrome_texts,
    dart_bold_titles,
    diff_strings,
    drop_shared_parses,
    headings,
    paragraph_texts,
    parse_file,
    parse_path,
    parse_string,
    section_layout,
    section_moves,
    section_titles,
    shared_parse,
    shown_lines,
    title_places,
    titled_sections,
    titles_and_levels,
    written_file,
)
from profile_helpers import cited_line, cited_line_number, file_verdict, one_item, paragraphs, profile_status, profile_verdict
from vue_helpers import ROUTED_VUE_PAGE
from yaml_files import yaml_load

__all__ = [
    "BOUNDED_PROBE_CHARS",
    "HEAD_EN",
    "HEAD_HANS",
    "HEAD_HANT",
    "NOTES_EN_OLD",
    "NOTES_ZH_OLD",
    "PROBE_CHARS",
    "PROBE_STEPS",
    "ROUTED_VUE_PAGE",
    "Parsed",
    "both_ways",
    "change_texts",
    "changed_sections",
    "chrome_texts",
    "cited_line",
    "cited_line_number",
    "cli",
    "cli_process",
    "compare_folder",
    "compare_product",
    "convert_keeping_misreadings",
    "cyclic_garbage",
    "dart_bold_titles",
    "diff_strings",
    "drop_shared_parses",
    "file_verdict",
    "headings",
    "last_section",
    "one_item",
    "only_edit_both_ways",
    "paragraph_lines",
    "paragraph_slot_lines",
    "paragraph_texts",
    "paragraphs",
    "parse_file",
    "parse_path",
    "parse_string",
    "probe_pattern",
    "probe_settings",
    "profile_status",
    "profile_verdict",
    "reworded_both_ways",
    "rule_excerpts",
    "section_layout",
    "section_moves",
    "section_titles",
    "shared_parse",
    "shown_lines",
    "slot_findings",
    "slot_lines",
    "sure",
    "sure_facts",
    "sure_summary",
    "title_places",
    "titled_sections",
    "titles_and_levels",
    "unexplained_changes",
    "write_files",
    "written_file",
    "written_findings",
    "written_severities",
    "written_slot_lines",
    "written_slots",
    "yaml_load",
]


# The package's patterns are probed on pumps of at most PROBE_CHARS characters, with the
# budget scaled by the square of the length: a quadratic search that took over
# `regexguard.BUDGET` on a pump of `regexguard.MAX_CHARS` characters takes over the scaled
# budget on one of PROBE_CHARS, so the test catches what the full-length probe catches,
# while a linear pattern is searched on a fraction of the characters (the probe was most of
# the suite's CPU).
#
# An unbounded pattern is pumped to 17,000 characters (PROBE_CHARS), with 16,384 repeats
# added to the growth schedule (PROBE_STEPS), so that a one-character body and the
# alternating pumps reach 16,384 characters, compared with 4,096 (4× apart): a quadratic
# search over 0.023 s on 32,768 characters (the previous cap, 40,000) takes over 0.0058 s on
# 16,384, above the scaled budget (0.0042 s).  A bounded pattern (`regexguard.attempt_reach`)
# is pumped only to 16 × its reach by `probe` itself, and keeps the previous cap and budget:
# a smaller budget would see the growth inside its window on pumps of a few hundred
# characters (`cookie[^。;.]{0,60}[。;.]?[^。;.]{0,60}?…`, linear past 192 characters, was then a finding).
PROBE_CHARS = 17_000
PROBE_STEPS = (4, 8, 12, 16, 20, 24, 32, 64, 256, 1024, 4096, 16384)
BOUNDED_PROBE_CHARS = 40_000


def probe_settings(compiled: Any) -> dict[str, Any]:
    """The `regexguard.probe` arguments the tests use for `compiled` (see above)."""
    from policylens.regexguard import _STEPS, BUDGET, MAX_CHARS, attempt_reach

    chars, steps = (
        (BOUNDED_PROBE_CHARS, _STEPS) if attempt_reach(compiled.pattern, compiled.flags) is not None else (PROBE_CHARS, PROBE_STEPS)
    )
    return {"budget": BUDGET * (chars / MAX_CHARS) ** 2, "max_chars": chars, "steps": steps}


def probe_pattern(compiled: Any, *, static: bool = True) -> Any:
    """`regexguard.probe` as the package's own patterns get it: a `Finding`, or None.

    A pattern proven linear by `regexguard.statically_linear` is cleared without searching
    (`static=False` searches it anyway).  A machine loaded by other processes can stretch
    one search and its shorter sibling unevenly; a catastrophic pattern passes any budget on
    a longer pump, so a finding is confirmed by two more probes with twice the budget (a
    super-linear pattern is found every time; a linear alternation of 120 branches, about
    25 ms on 16k characters, was once found twice in a row in a CI run on two loaded workers).
    """
    from policylens.regexguard import probe

    settings = probe_settings(compiled)
    slow = probe(compiled, static=static, **settings)
    for _ in range(2):
        if not slow:
            break
        slow = probe(compiled, static=static, **{**settings, "budget": 2 * settings["budget"]})
    return slow
