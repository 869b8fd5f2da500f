"""Verdicts on every reported entry of the runs of pairs43c (m43x), written after reading `tools/dump.py RUN`, each
section's old/new title in the JSON and the text redline of each pair (entries in the order `../pairs26/tools/score.py`
counts them: the `title_change` first when there is one, then `sections[].changes` in order).  An entry is
["true", [annotated change indices]], ["noise", []] or ["optional", []]; `section_errors` lists the false
added/removed/split/merged/renamed sections.  `first` is the run on the session's frozen base (`runs/`), `final` the
merged final code (`runs-final/`)."""

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


def runs(*spans):
    """(change, count) runs: consecutive entries that all show one annotated change."""
    out = []
    for change, count in spans:
        out += [change] * count
    return out


first = {
    # 14 entries, one per added paragraph: the preamble's three, then the five new sections' paragraphs
    "ec-fill": {"reported": seq(*runs((0, 3), (1, 3), (2, 2), (3, 4), (4, 1), (5, 1)))},
    # the head's <title> 龙炎传说 → 隐私政策 (annotated optional)
    "lh-copy": {"reported": seq("o")},
    # the <title> (optional); the e-mail line, shown under (before the first heading): the policy is one <p> of bare
    # lines, so no numbered section is a heading (annotated: section 7. or the preamble)
    "lh-email": {"reported": seq("o", 0)},
    "lh-script": {"reported": {}},
    "nrl-typo": {"reported": seq(0)},
    # the removed page header 「‹隐私政策」 (back arrow and header title) shown as a removed line of the preamble
    "sh-header": {"reported": seq(None)},
    # 104 entries (one per list item and one per table cell), every one inside an annotated section change; sections
    # matched right (5 added, 1. 信息收集 → 2. 信息收集 …, 5. Cookie 和追踪 → 10. Cookie 和类似技术 renamed and moved)
    "sh-rewrite": {"reported": seq(*runs((0, 1), (1, 1), (2, 37), (3, 8), (4, 16), (5, 6), (6, 5), (7, 11), (8, 2),
                                          (9, 4), (10, 4), (11, 1), (12, 1), (13, 1), (14, 5), (15, 1)))},
    # 1 title iOS应用隐私政策 → (no title) and 2 the new title glued to the intro ({+（英雄联盟英雄）隐私政策+}本软件…):
    # the rename, shown in two halves; 3 the text of 2.–4. (bare lines up to the stray </p>) shown inserted into the
    # preamble; 4 「5.[-a)-]{+信息安全+}在使用…」 (the dropped marker and the title glued to its item); 5–9 the items of
    # 2.–4. shown deleted although the same text is in the new file (the report itself says "text moved between
    # sections (not a change)")
    "story-markup": {"reported": seq(0, 0, None, None, None, None, None, None, None),
                     "section_errors": ["2.信息的使用 [removed]", "3.信息披露 [removed]", "4.信息存储和交换 [removed]",
                                        "5.信息安全 [removed, text moved out]"]},
    # 1 the DCloud paragraph under 【特别提示】; 2 the UniPush paragraph, shown as a section 「UniPush」 [added] (its bold
    # label view read as a sub-title: not counted as a section error, the label stands on its own line)
    "xf-rev": {"reported": seq(0, 1)},
    "xf-style": {"reported": {}},
}
for v in first.values():
    v.setdefault("section_errors", [])

# runs-final/ (final43 d4cccb5a): text, JSON, stderr and exit codes byte-identical to runs/ on nine pairs (checked with
# `cmp`); on ec-fill the only difference is the topic 「user rights」 added to the summary, to the added preamble and to
# its first entry (the intro mentions access, update and control of the information): the same entries, the same verdicts
J = {"first": first, "final": first}

with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
    json.dump(J, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
