"""Write judgments.json: the hand verdict on every change entry of runs/<pair>.json (numbered as tools/dump.py prints
them, reworded entries included and marked there with ≃; key "T" is the page-title change of `title_change`).

Each entry: [verdict, covered annotation indices | noise class] or, for a true entry shown under the wrong section,
["true", [indices], "wrong-place: ..."]. `by_section` lists annotated changes shown only by a section status (a renamed
heading, or a heading shown removed and its renamed successor added). Written after reading the first runs (frozen main
e730dc0a via /tmp/base25-pl.sh); the annotations were not touched (HASHES.txt). (u25b, pairs25; format of pairs24)"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


def noise(cls):
    return ["noise", cls]


REG = "regional vocabulary not folded"
CX = {  # machelper-cross-script: all 28 entries (6 counted, 22 reworded) are zh-Hans/zh-Hant vocabulary of one translation
    str(k): noise(REG + (": 显示屏/顯示器" if k == 1 else ": 操作/動作, 新建/新增, 用本地应用/用本機 App, 添加到/加入" if k == 11
                        else ": 接入/存取" if k in (14, 15) else ": 许可证/授權, 以后/之後" if k == 17
                        else ": 的, 上下文/背景, 邮件/電子郵件" if k == 20 else ": 报告/回報, 还/也, 包括/包含, 接入/存取" if k == 21
                        else " (shown as reworded)"))
    for k in range(1, 29)}
NAV = "navigation: the site's menu items after the policy (首页/限时大促, 创业知识库, HOT, 财税知识) read as headings"
J = {
    "_about": "verdicts by u25b on the first run (policylens, main @ e730dc0a via /tmp/base25-pl.sh); keys are 1-based change numbers in report order, 'T' the title change",
    "sixcans-docx-to-txt": {"reported": {}, "section_errors": [], "_note": "no entry, exit 0 (right): the DOCX and the text it was re-saved as read the same"},
    "micepad-tw-crlf": {"reported": {}, "section_errors": [], "_note": "no entry, exit 0 (right): CRLF -> LF and the stylesheets removed"},
    "uniuts-crlf-title": {"reported": {"T": t(0)}, "section_errors": [],
                          "_note": "CRLF -> LF not reported (right); the optional <title> change is the title change, exit 1 (summary.changes 0)"},
    "zwy-menu-chrome": {"reported": {"1": noise(NAV + ": 财税知识 inserted under a section '首页'")},
                        "section_errors": ["false added section '限时大促' (a menu item)", "false removed section '创业知识库' (a menu item)",
                                           "false moved section '首页' (a menu item)"],
                        "_note": "a menu-only commit exits 1: the menu lines after the policy (no <nav>/<header>: <div>s and <a>s) are read as short headings"},
    "machelper-hans-safes": {"reported": {"1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(4)}, "section_errors": []},
    "machelper-en-safes": {"reported": {str(k): t(k - 1) for k in range(1, 18)}, "section_errors": []},
    "machelper-cross-script": {"reported": CX, "section_errors": [],
                               "_note": "6 counted entries and 22 reworded ones, all regional vocabulary of one translation; no false rename (every section paired, 'Finder 上下文菜单和 Safes'/'…選單…' shown modified); exit 1"},
    "everywhere-long-en": {"reported": {"1": t(0)}, "section_errors": [], "_note": "the address lines' Markdown hard breaks are not reported (right); 52,000 characters, one entry"},
    "lumy-guide-renumber": {"reported": {
        "1": t(2), "2": t(2), "3": t(3), "4": t(0), "5": t(2, 3), "6": t(5, 6), "7": t(8), "8": t(8), "9": t(9), "10": t(10),
        "11": t(10), "12": t(12), "13": t(12), "14": t(14), "15": t(15), "16": t(14), "17": t(15), "18": t(17), "19": t(18),
        "20": t(20), "21": t(22), "22": t(17), "23": t(18), "24": t(20), "25": t(22), "26": t(24), "27": t(27), "28": t(25),
        "29": t(27)},
        "by_section": [1, 4, 7, 11, 13, 16, 19, 21, 23, 26],
        "section_errors": ["'一、我们收集的信息' shown removed and '1. 开发者处理的信息' added (not paired as renamed)",
                           "'四、信息存储' shown removed and '4. 开发者对信息的存储' added",
                           "'六、信息共享与披露' shown removed and '6. 信息对外提供' added",
                           "'七、问题反馈与投诉' shown removed and '7. 投诉与联系' added",
                           "'八、未成年人条款' shown removed and '8. 未成年人特别提示' added",
                           "'十、信息采集说明' shown removed and '11. 信息收集说明' added"],
        "_note": "every change shown; 4 of the 10 renumbered and reworded headings are paired as renamed (二, 三, 五, 九), 6 are shown removed + added; the list items' old and new text are separate delete/insert entries; the renumbering alone is not reported"},
    "sharescreen-seo-md": {"reported": {"1": t(1), "2": t(2), "3": t(3), "T": t(0)}, "section_errors": [],
                           "_note": "front matter not reported (right)"},
    "heartmate-numfmt-md": {"reported": {"1": t(0)}, "section_errors": [], "_note": "the 16 re-typed clause numbers are not reported (right)"},
    "flyenv-md": {"reported": {"1": t(0)}, "section_errors": []},
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
    f.write("\n")
