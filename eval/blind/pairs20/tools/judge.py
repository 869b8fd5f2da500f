"""Write judgments.json: the hand verdict on every change entry of runs/<pair>.json (numbered as tools/dump.py prints
them, reworded entries included and marked there with ≃; key "T" is the page-title change of `title_change`, shown by
--format text as a "(document title)" entry).

Each entry: [verdict, covered annotation indices | noise class] or, for a true entry shown under the wrong section,
["true", [indices], "wrong-place: ..."]. `by_section` lists annotated changes shown only by a section status. Written
after reading the first runs (frozen main 8f734080); the annotations were not touched (HASHES.txt). (q20d, pairs20)"""
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
J = {
    "_about": "verdicts by q20d on the first run (policylens 0.2.0, main @ 8f734080 via /tmp/base20-pl.sh); keys are 1-based change numbers in report order, 'T' the title change",
    "toolhub-redesign": {"reported": {
        "1": noise(NAV + ": the site header's desktop menu 概述 信息收集 使用方式 您的权利 联系我们 (a <nav> inside the page's <header>) removed"),
        "2": noise(NAV + ": the same five menu links in the header's mobile menu (<div id=mobile-menu>) removed"),
        "3": noise("markup: the hero's jump button 查看完整政策 (an <a href=#full-policy>) removed; the date next to it is unchanged")},
        "section_errors": [],
        "_note": "a markup-only redesign reported as modified (exit 1): the menu lines in the page's <header> were not taken as chrome"},
    "zhishi-reflow": {"reported": {}, "section_errors": [
        "false split: 'a）阿里云语音合成' taken as a new heading (a one-line <p> in the new page; the same line ended with <br/> in the old) and 9. 第三方SDK shown split",
        "false split: 'b）讯飞语音转文字' likewise"],
        "_note": "no change entry (right), but exit 1 and two 'heading added, text moved (split)' sections for a <br/> -> <p> reflow"},
    "zhishi-sections-added": {"reported": {"T": t(0), "1": t(1), "2": t(1), "3": t(1), "4": t(2), "5": t(3), "6": t(3), "7": t(3)},
                              "section_errors": [],
                              "_note": "the contact line (h3 联系邮箱) that ends the page is shown as text moved from 6. to 9. — right by structure (it now follows section 9), not a change entry"},
    "denglu-rename-contact": {"reported": {"1": t(0), "2": t(1)}, "section_errors": []},
    "oshiuta-html-to-md": {"reported": {
        "1": noise(NAV + ": the HTML build's <nav> 🏠 Home · 📄 Support · 🔒 Privacy · 📬 Contact (emoji menu entries, not taken as chrome)"),
        "2": t(0),
        "3": noise(NAV + ": the HTML build's <footer> © 2025 taida-agency Development Team. + site URL"),
        "T": noise("generated page title: the HTML build's first <h1> 'Privacy.Zh Hant' (file name) against the Markdown's '# 隱私權政策（繁體中文）'")},
        "section_errors": ["false removed section: '隱私權政策（繁體中文）' (the old page's second <h1>, the real title) shown [removed] while it is the new document's title"],
        "_note": "the escaped contact link and the hard line breaks were ignored (right); the date change is found"},
    "dingmaster-doc-rename": {"reported": {
        "T": t(0), "1": t(1), "2": t(2), "3": t(3), "4": t(4), "5": t(5), "6": t(6), "7": t(7), "8": t(8)},
        "section_errors": [],
        "_note": "#1 shows 按照本《[-隐私政策-]》的指引: the new source has 本《\\n》 (the name deleted, not renamed, in that one place); the annotation's 'whitespace' noise item misread it, the paragraph is annotated change 1 either way"},
    "buttontouch-contact": {"reported": {str(k): t(k - 1) for k in range(1, 20)}, "section_errors": []},
    "buttontouch-sdk-added": {"reported": {"1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(4), "6": t(5), "7": t(5)},
                              "section_errors": [],
                              "_note": "the rewritten Umeng paragraph is shown as a deletion and an insertion (#6, #7), not one replace"},
    "aia-cross-script": {"reported": {
        "1": noise(PAR + ": 信息安全/資安, 响应/回應, 还/也 (reworded ≃)"),
        "2": noise(PAR + ": 得到遵守/已遵守"),
        "3": noise(NAV + ": the site footer's contact block 咨询/聯絡我們 + TEL/FAX/EMAIL (same numbers), shown under section 九"),
        "4": noise(NAV + ": footer 休息日 节假日/國定假日 (reworded ≃)")},
        "section_errors": ["false rename: '5、信息安全管理体系建立' -> '5.資訊安全管理系統建立' (体系/系統 and 5、/5.: paraphrase and numbering punctuation only)"]},
    "health-cross-script": {"reported": {
        "1": noise(NAV + ": language links 繁體中文/简体中文 · English · 首頁 (reworded ≃)"),
        "2": noise(REG + ": 跟踪/追蹤 (and “”/「」)"),
        "3": noise(REG + ": 摄入/攝取 (reworded ≃)"),
        "4": noise(REG + ": 只读/唯讀, 填充/填入"),
        "5": noise(REG + ": 应用跟踪/App 追蹤"),
        "6": noise(REG + ": 医疗/醫學 (reworded ≃)")},
        "section_errors": []},
    "larderia-cross-script": {"reported": {
        "1": noise(REG + ": 可选/選用"), "2": noise(REG + ": 如/若"), "3": noise(REG + ": 可选/選用, 条形码/條碼, 图像/影像"),
        "4": noise(REG + ": 条形码/條碼 (reworded ≃)"), "5": noise(REG + ": 可选/選用, 如/若"), "6": noise(REG + ": 可选/選用"),
        "7": noise(REG + ": 跟踪/追蹤, 可选/選用"), "8": noise(REG + ": 云/雲端 (reworded ≃)"),
        "9": noise(REG + ": 发布/正式, 区域/地區, 被禁用/停用 (reworded ≃)"), "10": noise(REG + ": 还/也, 操作/作業, 标识符/識別資訊 (reworded ≃)"),
        "11": noise(REG + ": 云/雲端, 发布/正式, 界面/畫面, 退出/登出, 区域/地區"),
        "12": noise(REG + ": 云数据库/雲端資料庫 (reworded ≃)"), "13": noise(REG + ": 条形码/條碼 (reworded ≃)"),
        "14": noise(REG + ": 活跃状态/使用中, 登录云/登入雲端"), "15": noise(REG + ": 要/若要, 云/雲端, 按照/依照, 发送邮件/寄信")},
        "section_errors": []},
    "koji-cross-script": {"reported": {
        "1": noise(PAR + ": 访问分析/流量分析, 仅/只會"),
        "T": noise(REG + ": document title 隐私政策/隱私權")},
        "section_errors": ["false rename: '隐私政策' -> '隱私權' (the h2 repeating the title; regional wording only)"]},
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
