"""Verdicts on every reported entry of the two runs of dev22d (s22d), written after reading them (`tools/dump.py`):
`runs/` (frozen main 5a85858f, first run) and `runs-after/` (branch s22d, after the fixes; the set is no longer clean
then).  An entry is ("true", [annotated change indexes it shows]) or ("noise", why); key "T" is the title change.
`by_section`: annotated changes shown by a section status alone; `section_errors`: false renames, moves, splits,
merges, added or removed sections.  Writes judgments.json."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def noise(why, *keys):
    return {str(k): ["noise", why] for k in keys}


def true(mapping):
    return {str(k): ["true", v] for k, v in mapping.items()}


J = {}
# ---- first run (runs/)
F = {
    "blophy-tsx-restyle": {"reported": noise("TSX code, styles and class names read as text (self-closed <style/> swallowed the page)", *range(1, 179)),
                           "section_errors": ["removed section '\"\\n' (CSS of a dangerouslySetInnerHTML)"]},
    "bobweather-flatten": {"reported": {**true({1: [0], 3: [1]}), **noise("a paragraph re-joined with U+2028 separators, deleted and inserted whole", 2, 4)},
                           "section_errors": ["removed section 2.网易易盾 (its heading is a line inside the flattened SDK paragraph)"]},
    "chance-text-to-page": {"reported": {}, "section_errors": []},
    "dongda-wxml": {"reported": true({1: [0], 2: [1], 3: [1], 4: [2], 5: [2], 6: [2], 7: [2], 8: [2], 9: [3], 10: [3, 4], 11: [5], 12: [6]}), "section_errors": []},
    "erovia-headings": {"reported": noise("lines of headings promoted from <p> to <h2>, deleted here and inserted there", *range(1, 10)),
                        "by_section": [0], "section_errors": ["split 介绍：", "split 我们收集的信息：", "split 其他网站链接：", "split 本隐私政策的变更：", "added 信息的使用：", "added 联系我们："]},
    "erovia-site-name": {"reported": true({k: [k - 1] for k in range(1, 7)}), "section_errors": []},
    "gkzy-crlf": {"reported": {}, "section_errors": []},
    "goravel-rebuild": {"reported": noise("VitePress sidebar, version menu and pager lines", *range(1, 9)), "section_errors": ["added AI (a sidebar group)"]},
    "proxy-md-reword": {"reported": {**true({1: [0], 2: [1], 3: [2], 4: [3], 7: [4], 9: [5], 10: [6]}), **noise("a list item's final 。 removed", 5, 6, 8)}, "section_errors": []},
    "shuju-br-reflow": {"reported": noise("a run-in label split off its paragraph", 1), "section_errors": ["added 应用程序隐私协议"]},
    "shuju-headings": {"reported": {**true({4: [0]}), **noise("paragraphs re-placed under headings promoted from <div>; the %nbsp; typo", 1, 2, 3), **noise("the old <title> against the new <h1>", "T")},
                       "section_errors": ["added 技术信息", "renamed 应用程序隐私协议 → 第三方服务"]},
    "vue-md-bold": {"reported": noise("borderline: 。 inside a bold label → ： after it", 1, 2), "section_errors": []},
    "vue-md-spacing": {"reported": {}, "section_errors": []},
    "xinxi-contact-masked": {"reported": true({1: [2], 2: [0], 3: [1], 4: [3]}), "section_errors": []},
    "xinxi-nav-links": {"reported": {}, "section_errors": []},
    "xinxi-product-rename": {"reported": {**true({k: [k] for k in range(1, 12)}), **true({"T": [0]})}, "section_errors": []},
}
A = dict(F)
A.update({
    "blophy-tsx-restyle": {"reported": {}, "section_errors": []},
    "erovia-headings": {"reported": noise("the lines of 信息的使用： (too short to move) and the line 安全： now a heading", 1, 2, 3, 4), "by_section": [0],
                        "section_errors": ["added 信息的使用： (its lines run into the section of the removed heading 28.)"]},
    "goravel-rebuild": {"reported": noise("the version menu's button and link (three entries: no sidebar)", 1, 2), "section_errors": []},
    "proxy-md-reword": {"reported": true({1: [0], 2: [1], 3: [2], 4: [3], 5: [4], 6: [5], 7: [6]}), "section_errors": []},
    "shuju-br-reflow": {"reported": {}, "section_errors": []},
})
json.dump({"_": "first = runs/ (frozen main 5a85858f), after = runs-after/ (branch s22d, not clean)", "first": F, "after": A},
          open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
