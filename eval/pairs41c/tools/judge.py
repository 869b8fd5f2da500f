"""Verdicts on every reported entry of the runs of pairs41c (m41x), written after reading `tools/dump.py RUN` and the text
redline of each pair (entries in the order `../pairs26/tools/score.py` counts them: the `title_change` first when there
is one, then `sections[].changes` in order).  An entry is ["true", [annotated change indices]], ["noise", []] or
["optional", []]; `by_section` lists annotated changes shown by a section's status or title only; `section_errors` lists
the false added/removed/split/merged/renamed sections.  `first` is the run on the session's frozen base (`runs/`), `final`
the merged final code (`runs-final/`)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seq(*idx):
    """Entries 1.. judged in order: an int (or a tuple of ints) the annotated changes it shows, None noise, "o" optional."""
    out = {}
    for k, i in enumerate(idx):
        if i is None:
            out[str(k + 1)] = ["noise", []]
        elif i == "o":
            out[str(k + 1)] = ["optional", []]
        else:
            out[str(k + 1)] = ["true", list(i) if isinstance(i, tuple) else [i]]
    return out


CONTACT_SPLIT = (
    "联系我们 shown [removed] and 联系方式 [added] (the same closing contact section, its title a synonym, its one "
    "sentence replaced by a template include) instead of one renamed section"
)
SHARE_RENAME = (
    "「3. 数据共享」→「3. 資料共用」 shown as renamed: 共享/共用 is regional wording of the same title (the zh-tw edition "
    "is a near-literal conversion)"
)

first = {
    "ac-date": {"reported": seq(0, 1)},
    # the link target of 「English Version」 in the date's line (navigation, not policy text)
    "ac-link": {"reported": seq(None)},
    "dg-contact": {"reported": seq(0)},
    "dg-email": {"reported": seq(0)},
    # date, scope sentence, the new section's four paragraphs (#2), Firebase (#3 three times), retention (#4, #5)
    "dg-icloud": {"reported": seq(0, 1, 2, 2, 2, 2, 3, 3, 3, 4, 5)},
    "dg-meta": {"reported": {}},
    # the title, fourteen renamed paragraphs in order, the e-mail shown deleted and inserted (#15 twice)
    "dg-rename": {"reported": seq(*range(15), 15, 15)},
    "dg-urls": {"reported": {}},
    # intro (#0); old sections shown removed line by line: lead (#1), list (#2 ×5), how-it-works (#3), its list (#4 ×3),
    # third-party section (#5 ×4), control section (#7 ×4), the contact sentence (#9); new sections added: lead (#1),
    # list (#2 ×3), device paragraph (#3), its list (#4 ×2), Sentry (#6 ×4), support (#8)
    "dv-rewrite": {
        "reported": seq(0, 1, 2, 2, 2, 2, 2, 3, 4, 4, 4, 5, 5, 5, 5, 7, 7, 7, 7, 9, 1, 2, 2, 2, 3, 4, 4, 6, 6, 6, 6, 8),
        "section_errors": [CONTACT_SPLIT],
    },
    "dv-wrap": {"reported": seq(0)},
    # the 补考 rule (#0); the FAQ part's lines (#1 ×4); the feedback part's lines (#2 ×3)
    "gd-js": {"reported": seq(0, 1, 1, 1, 1, 2, 2, 2)},
    # five reworded paragraphs (≃, not counted as changes by the tool: optional); 共享/共用 shown as a change
    "sp-script": {"reported": seq("o", "o", None, "o", "o", "o"), "section_errors": [SHARE_RENAME]},
}
for v in first.values():
    v.setdefault("section_errors", [])

# runs-final/ (final41 7af820c4): JSON, text and exit codes byte-identical to runs/ on all twelve pairs (checked with
# `cmp`), so the same verdicts
J = {"first": first, "final": first}

with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
    json.dump(J, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
