"""Write judgments.json: the hand verdict on every change entry of runs/<pair>.json (numbered as tools/dump.py prints
them, reworded entries included and marked there with ≃; key "T" is the page-title change of `title_change`).

Each entry: [verdict, covered annotation indices | noise class] or, for a true entry shown under the wrong section,
["true", [indices], "wrong-place: ..."]. `by_section` lists annotated changes shown only by a section status. Written
after reading the first runs (frozen main 0a1993be via /tmp/base24-pl.sh); the annotations were not touched
(HASHES.txt). (u24b, pairs24; format of pairs23/tools/judge.py)"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


def noise(cls):
    return ["noise", cls]


REG = "regional vocabulary not folded"
PAR = "translation paraphrase"
NAV = "navigation"
PROMO = NAV + ": cross-promotion block after the policy (<section aria-label=同一开发者的更多 App> with an <h2>, four App Store cards, one line of HTML after </main>)"
J = {
    "_about": "verdicts by u24b on the first run (policylens 0.2.0, main @ 0a1993be via /tmp/base24-pl.sh); keys are 1-based change numbers in report order, 'T' the title change",
    "lifeline-rebuild": {"reported": {}, "section_errors": [], "_note": "no entry, exit 0 (right)"},
    "sevendgame-prettier-vue": {"reported": {}, "section_errors": [], "_note": "no entry, exit 0 (right)"},
    "lockhour-promo-footer": {"reported": {
        "1": noise(PROMO + ": the four app cards"),
        "2": noise(PROMO + ": its last line 链接会打开 App Store。")},
        "section_errors": ["false added section '同一开发者的更多 App' (the cross-promotion block's <h2> taken as a policy heading)"],
        "_note": "a chrome-only commit exits 1 (pairs23's hourstag-promo-footer class, again, in zh-Hans)"},
    "lockhour-language-menu": {"reported": {"1": t(0)}, "section_errors": [],
                               "_note": "the 45-language menu and hreflang links are not reported (right)"},
    "heartsurround-cross-script": {"reported": {
        "1": noise(REG + ": 应用/App, 内购/App 內購買 (the rest of the sentence folded)"),
        "T": noise(PAR + ": the app's localised name 好爽-全是美女包围我了/好爽：美女都在我身邊 (隐私政策/隱私權政策 folded)")},
        "section_errors": [], "_note": "exit 1 for an edition pair"},
    "heartsurround-relocalize": {"reported": {
        "1": noise("label only: 更新日期 -> Updated before the same date 2026-05-04"),
        "2": t(1), "3": t(2), "4": t(3), "5": t(4), "6": t(5), "7": t(3), "8": t(4), "T": t(0)},
        "section_errors": [], "_note": "the Chinese sentences replaced by English ones are shown deleted and inserted (right)"},
    "activity-policy-wxml": {"reported": {
        "1": t(1, 2),
        "2": ["true", [3], "wrong-place: shown before the first heading; its heading 【引言】 is taken as the new page's title"],
        "3": t(4), "4": t(5), "5": t(6), "6": t(7), "7": t(8), "8": t(8), "9": t(9), "10": t(9), "11": t(10), "12": t(11),
        "T": t(0)},
        "section_errors": ["false removed section '【引言】': with the header view (title and dates) gone, the new page's first heading 【引言】 is taken as its title, so the section is shown removed and the title as 'ActivityAssistant 隐私政策' -> '【引言】'"],
        "_note": "all 12 changes found; the title change is right that the title line is gone, wrong in naming 【引言】 the new title; #11 joins the whole contact section (several <text> lines) into one line"},
    "activity-guide-wxml": {"reported": {"1": t(0), "2": t(1)}, "section_errors": [],
                            "_note": "#2 joins the three promise lines into one line (我们承诺：• 不会收集…• 您可以…)"},
    "sevendgame-face-vue": {"reported": {"1": t(0), "2": t(1), "3": t(1), "4": t(1), **{str(k): t(2) for k in range(5, 13)}},
                            "section_errors": [], "_note": "12 line entries for 3 changes (one per <li>): readable"},
    "sevendgame-contact-vue": {"reported": {"1": t(0, 1, 2)}, "section_errors": [],
                               "_note": "the el-descriptions table is read as one line of values (labels are attributes): the three cell changes are one entry"},
    "sevendgame-company-vue": {"reported": {"1": t(0), "2": t(1)}, "section_errors": [],
                               "_note": "the optional U+FFFD repair is shown; the re-wrapped date span is not (right)"},
    "xiaoying-md-restructure": {"reported": {
        "1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(6), "6": t(7), "7": t(8), "8": t(4), "9": t(5),
        "10": t(10), "11": t(11), "12": t(12), "13": t(13), "14": t(14)},
        "section_errors": ["false removed section '3.3': a number-only heading turned into a list number ('3.') with its paragraph and list still there (3.1 and 3.2, the same change, are flagged merged)"],
        "_note": "all 14 changes found; the reorder (optional) is not shown as such (the items are listed in the new order, each with its wording change); '3.1'/'3.2' flagged merged into section 3: a fair description, not counted; the punctuation-only change in 12 is not reported (right)"},
    "xiaoying-md-reindent": {"reported": {"1": t(0), "2": t(1), "3": t(2)}, "section_errors": [],
                             "_note": "the list re-indentation is not reported (right)"},
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
    f.write("\n")
