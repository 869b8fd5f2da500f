"""Verdicts on every reported entry of pairs26's runs (u26b), written after reading them (`tools/dump.py`): `runs/`
(frozen base d641d29d, the first run) and `runs-after/` (branch u26b).  An entry is ("true", [annotated change
indexes it shows]), ("noise", why) or ("optional", why: an entry the annotation tolerates); key "T" is the title
change.  `section_errors`: false renames, moves, splits, merges, added or removed sections.  Writes judgments.json."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def noise(why, *keys):
    return {str(k): ["noise", why] for k in keys}


def opt(why, *keys):
    return {str(k): ["optional", why] for k in keys}


def true(mapping):
    return {str(k): ["true", v] for k, v in mapping.items()}


FIRST = {
    "aiden-content-reword": {"reported": true({1: [0], 2: [0]}), "section_errors": []},
    "aiden-email": {"reported": true({1: [0], 2: [1]}), "section_errors": []},
    "aiden-google-renumber": {"reported": true({1: [0], 2: [0], 3: [1], 4: [1], 5: [2], 6: [2], 7: [2], 8: [2], 9: [3],
                                                10: [4], 11: [4], 12: [4], 13: [4], 14: [4], 15: [4], 16: [5], 17: [5]}), "section_errors": []},
    "guizhan-site-url": {"reported": true({1: [0]}), "section_errors": []},
    "i2p-refinements": {"reported": true({1: [0], 2: [0], 3: [0], 4: [0], 5: [0], 6: [1], 7: [2], 8: [3], 9: [3]}), "section_errors": []},
    "i2p-translation-update": {"reported": true({1: [0], 2: [1], 3: [1], 4: [1], 5: [1], 6: [1], 7: [1], 8: [0], 9: [1], 10: [1], 11: [1],
                                                  12: [2], 13: [2], 14: [2], 15: [2], 16: [2], 17: [2]}),
                               "section_errors": ["translated heading 'Automatically Collected Information' / '自动收集的信息' shown removed + added"]},
    "mta-hant-consent": {"reported": {**true({1: [0], 2: [1]}), **noise("the same e-mail moved onto its own line behind a 📧 label", 3)}, "section_errors": []},
    "sayyay-face-data": {"reported": true({1: [0], 2: [1], 3: [2], 4: [2], 5: [2], 6: [2], 7: [2], 8: [2]}), "section_errors": []},
    "topcal-header-footer": {"reported": {**true({1: [0], 2: [1]}), **opt("the copyright footer line added", 3), **opt("the document title added", "T")},
                             "section_errors": []},
    "topcal-reword": {"reported": true({1: [0]}), "section_errors": []},
    "topcal-rewrite": {"reported": {**true({1: [1], 2: [2], 3: [3], 4: [4], 5: [2], 6: [4], 7: [4], 8: [4], 9: [4], 10: [4], 11: [5], 12: [6],
                                           13: [7], 14: [7], 15: [7], 16: [7], 18: [8], 19: [9], 20: [9], 21: [3], "T": [0]}),
                                   **opt("the copyright footer line removed", 17)}, "section_errors": []},
    "vocatcher-email": {"reported": true({1: [0], 2: [0]}), "section_errors": []},
    "wordcatcher-frontmatter": {"reported": {}, "section_errors": ["false rename: the old untitled opening paired with '隐私政策' (the old document title, now under an added H1)"]},
    "wordcatcher-title-drop": {"reported": {}, "section_errors": ["false rename: '隐私政策' paired with the new untitled opening (the H1 above it removed)"]},
    # second batch (tools/batch2.py)
    "neko-text-to-html": {"reported": {**true({2: [0], 3: [1], 4: [2], 5: [3], 7: [5], 8: [0], 9: [1], 10: [1], 11: [2], 12: [4], 13: [5]}),
                                       **opt("the second title line of the text file", 1), **opt("the contact sentence reworded", 6),
                                       **opt("the copyright footer added", 14), **opt("the title lines", "T")},
                          "section_errors": []},
    "neko-placeholder-email": {"reported": true({1: [0]}), "section_errors": []},
    "revision-navbar": {"reported": noise("a language bar (two touching links) removed and a <nav> added: read as text", 1, 2, 3), "section_errors": []},
    "econnect-date": {"reported": true({1: [0]}), "section_errors": []},
    "econnect-script-tag": {"reported": {}, "section_errors": []},
    "econnect-brand-case": {"reported": opt("the brand's case only (EConnect → eConnect)", 1, 2, 3, 4, "T"), "section_errors": []},
}
if __name__ == "__main__":
    from judge_after import AFTER

    J = {"_": "first = runs/ (frozen base d641d29d), after = runs-after/ (branch u26b, not clean)", "first": FIRST, "after": AFTER}
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
        json.dump(J, f, ensure_ascii=False, indent=1)
        f.write("\n")
