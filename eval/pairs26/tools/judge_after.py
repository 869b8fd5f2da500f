"""Verdicts on runs-after/ (branch u26b): the first run's, except the three pairs whose output changed (u26b)."""
import copy

from judge import FIRST, true

AFTER = copy.deepcopy(FIRST)
AFTER["mta-hant-consent"] = {"reported": true({1: [0], 2: [1]}), "section_errors": []}
AFTER["wordcatcher-frontmatter"] = {"reported": {}, "section_errors": []}
AFTER["wordcatcher-title-drop"] = {"reported": {}, "section_errors": []}
AFTER["revision-navbar"] = {"reported": {}, "section_errors": []}
