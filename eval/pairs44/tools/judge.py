"""Verdicts on every reported entry of the runs of pairs44 (u44d), written after reading each run's text redline and
its JSON (entries in the order `../pairs26/tools/score.py` counts them: `title_change` first, then
`sections[].changes` in order).  An entry is ["true", [annotated change indices]], ["noise", []] or ["optional", []];
`by_section` lists annotated changes shown by a section's status or flag rather than an entry (a heading renamed);
`section_errors` the false added/removed/split/merged/renamed sections.  `first`: the blind run on the frozen base
(`runs/`); `after`: the branch (`runs-after/`, not blind); `held-first` / `held`: the held-out pairs on the base and
on the branch, run once at the end."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seq(*idx):
    """Entries 1.. in order: an int (or tuple) the annotated changes it shows, None noise, "o" optional."""
    out = {}
    for k, i in enumerate(idx):
        if i is None:
            out[str(k + 1)] = ["noise", []]
        elif i == "o":
            out[str(k + 1)] = ["optional", []]
        else:
            out[str(k + 1)] = ["true", list(i) if isinstance(i, tuple) else [i]]
    return out


first = {
    # 1 the bold summary; 2-5 the lead-in and list rewritten as a paragraph (a replace and three deletions); 6 the
    # Firebase paragraph; 7-10 the conversion text shown deleted in a [removed] 演示文稿转换; 11 the rendering paragraph
    # and 12 the iCloud one inserted in an [added] 演示文稿渲染; 13 第三方服务.  Renames 1 (我们不收集的信息 → 账号与统计数据)
    # and 4 (默认在本地处理 → 在设备上处理, unchanged body) shown as section flags; rename 5 (演示文稿转换 → 演示文稿渲染, in
    # place, body rewritten) shown as removed + added: missed, two section errors
    "zh-render": {"reported": seq(0, 2, 2, 2, 2, 3, 6, 6, 6, 6, 6, 7, 8), "by_section": [1, 4],
                  "section_errors": ["演示文稿转换 [removed]", "演示文稿渲染 [added]"]},
    # 1 the <time> date (before the first heading); 2 1. 概述; 3 2. 我們不蒐集的資訊; 4 the body of 6.; the rename of 6.
    # shown as a flag
    "hant-firebase": {"reported": seq(0, 1, 2, 4), "by_section": [3], "section_errors": []},
    # 1 1. 概述; 2 2. 我們不蒐集的資訊; 3 the old body of 4. deleted in a [removed] 4. 簡報轉換, 4 the new one inserted in an
    # [added] 4. 簡報繪製; 5 5. 第三方服務.  The rename 4. 簡報轉換 → 4. 簡報繪製 (same number, same place) is removed + added:
    # missed, two section errors
    "hant-render": {"reported": seq(0, 1, 3, 3, 4), "section_errors": ["4. 簡報轉換 [removed]", "4. 簡報繪製 [added]"]},
}

# After the fixes (branch u44d, not blind): the same entries in the same order (text reports of hant-firebase
# byte-identical); 演示文稿转换 → 演示文稿渲染 and 4. 簡報轉換 → 4. 簡報繪製 are now one section pair each, [modified,
# renamed], so the renames are found by the section flag and there is no section error.
after = {
    "zh-render": {"reported": first["zh-render"]["reported"], "by_section": [1, 4, 5], "section_errors": []},
    "hant-firebase": first["hant-firebase"],
    "hant-render": {"reported": first["hant-render"]["reported"], "by_section": [2], "section_errors": []},
}

# Held out, run once at the end on the base (`runs-held-first/`) and on the branch (`runs-held/`): the two runs are
# byte-identical on all three pairs, so one verdict serves both.
_TB_SECTION_ERRORS = ["演示文稿渲染 → 4. 簡報繪製 [renamed]: the same section in Taiwan wording",
                      "数据保留与删除 → 7. 保存與刪除 [renamed]: the same section in other words",
                      "联系我们 [removed]", "10. 聯絡方式 [added]: the contact section of both editions"]
held_first = {
    # 1 the date; 2 the bold summary; 3 the lead-in; 4-8 the list replaced (three replaces, two deletions, one insertion:
    # items paired as they could); 9 the Firebase paragraph added; 10 the Firebase paragraph of the renamed section;
    # 11 its closing paragraph.  The rename (annotated 5) shown as the section flag.
    "zh-firebase": {"reported": seq(0, 1, 2, 3, 3, 3, 3, 3, 4, 6, 7), "by_section": [5], "section_errors": []},
    # title 隐私政策 → iOS 隱私權政策 (optional); 1 the Simplified edition's language menu deleted, 2 the skip link and 3 the
    # breadcrumb inserted (page chrome: noise); 4 the lede (optional); 5 the date written 2026-09-22 (optional); 6-7 the
    # overview reworded (noise); 8 the paragraph holding 「若你主动联系我们…」 shown deleted (true, 1); 9 the Firebase
    # paragraph against the Traditional one (noise); 10-12 reworded or moved (noise); 13 第三方服务's paragraph, its
    # redline deleting 「我们不会出售或出租你的演示文稿与备注」 (true, 2); 14-24 reworded, condensed, the contact section
    # and the App Store button (noise).  The rename 账号与统计数据 → 2. 我們不蒐集的資訊 (annotated 0) shown as the flag.
    "tb-script": {"reported": seq("o", None, None, None, "o", "o", None, None, 1, None, None, None, None, 2, None, None,
                                  None, None, None, None, None, None, None, None, None),
                  "by_section": [0], "section_errors": _TB_SECTION_ERRORS},
    # the twelve-language <details> menu, its names glued (「…日本語한국어EspañolFrançais…」), shown as an inserted line
    "and-menu": {"reported": seq(None), "section_errors": []},
}
# After the held-out run, the switcher class it showed was fixed (`keys._CAMEL`; not blind): and-menu has no entry and
# exits 0; tb-script loses the menu, skip-link and breadcrumb entries (the names' line is a switcher, the other two
# are then chrome); zh-firebase is byte-identical.
held_after = {
    "zh-firebase": held_first["zh-firebase"],
    "tb-script": {"reported": seq("o", "o", "o", None, None, 1, None, None, None, None, 2, None, None, None, None, None,
                                  None, None, None, None, None, None),
                  "by_section": [0], "section_errors": _TB_SECTION_ERRORS},
    "and-menu": {"reported": {}, "section_errors": []},
}

if __name__ == "__main__":
    out = {"first": first, "after": after, "held-first": held_first, "held": held_first, "held-after": held_after}
    path = os.path.join(HERE, "judgments.json")
    if os.path.exists(path):
        old = json.load(open(path, encoding="utf-8"))
        old.update(out)
        out = old
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
