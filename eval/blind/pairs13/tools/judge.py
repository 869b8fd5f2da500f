"""Write judgments.json: the hand verdict on every change entry of runs/<pair>.json (numbered as tools/dump.py prints them).

Each entry: [verdict, covered annotation indices | noise class] or, for a true entry shown under the wrong section,
["true", [indices], "wrong-place: ..."]. `by_section` lists annotated changes shown only by a section status (a rename
with no change entry). Written after reading the first runs; the annotations were not touched (HASHES.txt). (a9p, pairs13)"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = "true"


def t(*i):
    return [T, list(i)]


def noise(cls):
    return ["noise", cls]


def rng(a, b, idx):
    return {str(k): t(idx) for k in range(a, b + 1)}


REG = "regional vocabulary not folded"
PAR = "translation paraphrase"
J = {
    "_about": "verdicts by a9p on the first run (policylens 0.2.0, main @ 27966bd); keys are 1-based change numbers in report order",
    "hairstyle-format": {"reported": {}, "section_errors": []},
    "jiajia-txt-operator": {"reported": {"1": t(0)}, "section_errors": []},
    "postwall-vue-rename": {"reported": {"1": t(0)}, "section_errors": [],
                            "_note": "shown under '(before the first heading)': right, the intro line precedes the first fui-section__title; the <view class=\"fui-page__title\">隐私说明 is not taken as a heading (harmless)"},
    "hairstyle-developer": {"reported": {"1": t(0), "2": t(0), "3": t(1), "4": t(2), "5": t(3), "6": t(4), "7": t(3)}, "section_errors": [],
                            "_note": "the developer line is reported as delete + insert (not one replace) in the preamble and in section 13"},
    "hairstyle-sections": {"reported": {
        "1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(4), "6": t(4), **rng(7, 12, 5), "13": t(6), "14": t(7), "15": t(8),
        "16": t(9), "17": t(10), "18": t(10), "19": t(10), "20": t(10, 11), "21": t(12), "22": t(13), "23": t(14), "24": t(15)},
        "section_errors": [],
        "_note": "#22 shows '提示。**{+\"重大变更\"包括但不限于**：…+}': one '**' of the inserted bold run is left outside the insert span (cosmetic; the change is right)"},
    "phesleep-simplify": {"reported": {
        "1": t(0), "2": t(2), "3": t(3), "4": t(3), "5": t(3), "6": t(2), **rng(7, 13, 4), **rng(14, 17, 5),
        "18": t(7), "19": t(8), "20": t(9), **rng(21, 24, 10), "25": t(12), "26": t(12)},
        "by_section": [1, 6, 11], "section_errors": [],
        "_note": "the three reworded headings are shown as renames with both titles (no change entry); '4. 第三方服务' -> '3. 第三方服务' is modified, not renamed (right)"},
    "fingerchase-expand": {"reported": {
        "1": t(0), "2": t(1), "3": t(2), "4": t(3), "5": t(4), "6": t(7), "7": t(8), "8": t(0), "9": t(1), "10": t(3), "11": t(2),
        "12": t(9), "13": t(10), "14": t(11), "15": t(4), "16": t(12), "17": t(13), "18": t(5), "19": t(14), "20": t(6), "21": t(6)},
        "section_errors": [],
        "_note": "five rewritten, renamed sections are shown as removed + added (accepted in the annotation); 儿童隐私 -> 13. 儿童隐私 is modified (right); 政策更新与联系 -> 15. 政策变更与联系 renamed (right: 更新/变更)"},
    "phesleep-cross-script": {"reported": {
        "1": noise(REG + ": 时长/時間"), "2": noise(REG + ": 运行/運作"), "3": noise(PAR + ": 内购/應用程式內購買")}, "section_errors": []},
    "auravault-cross-script": {"reported": {
        "1": noise("navigation: language links 繁體中文/简体中文 (a <nav> line before the first heading)"),
        "2": noise(REG + ": 移动/行動 (应用)"), "3": noise(REG + ": 二进制/二進位")}, "section_errors": []},
    "fingerchase-cross-script": {"reported": {
        "1": noise("navigation: language links 繁體/简体中文, 隱私/隱私權選擇 (a <p> of links before the h1)"),
        "2": noise("punctuation: a comma added (，)"),
        "3": noise(REG + ": 本机运行/裝置端運作, 曲谱/樂譜, 传到/傳至, 反馈/意見回饋, 计划/計畫, 访问/瀏覽"),
        "4": noise(REG + ": 曲谱元/樂譜中繼, 恢复本机/復原裝置端, 历史/記錄 (+，)"),
        "5": noise(REG + ": 曲谱/樂譜, 临时/暫時, 派生/衍生, 源/來源, 把/將 (+，)"),
        "6": noise(REG + ": 请求/要求, 运行/運作, 派生/衍生, 捕捉/收錄, 被/由"),
        "7": noise(REG + ": 反欺诈/反詐欺, 账户/帳號, 银行卡/信用卡, 汇总/彙整, 修复/修正, 隐私/隱私權"),
        "8": noise(REG + ": 反馈/意見回饋, 构建/組建, 语言/語系, 哈希/雜湊值, 限制/防止, 历史/記錄"),
        "9": noise(REG + ": 计划/計畫, 请求/要求, 有关/所需, 关联/連結, 欺诈/詐欺"),
        "10": noise(PAR + ": 除…外/除非…否則, 通讯录/聯絡人, 库/圖庫, +自動化 (borderline, annotated paraphrase)"),
        "11": noise(PAR + ": 分享练习成果或邀请文字时，你选择的目标…这些文字/所選目標…分享文字, 站点/網站, 出于/基於"),
        "12": t(0),
        "13": noise(PAR + ": 设备或云备份可能依据 Apple 的规则继续保存副本/Apple 管理的備份仍可能保留副本, 已产生/既有"),
        "14": noise(PAR + ": 在系统设置中/—, 请通过…联系我们/請寄信至, 避免/防止, 大致/大約"),
        "15": noise(REG + ": 本机/裝置端, 校验/驗證, 并且/且"),
        "16": noise(PAR + ": 明知而/在明知的情況下, 根据/依, 反馈/意見回饋"),
        "17": noise(PAR + ": 依据相应/依, 法律保障/適用保障, 曲谱/樂譜"),
        "18": noise(REG + ": 变化/變更, 请求/要求, 改用/改寄至")},
        "section_errors": [
            "false rename: '2. 隐私概要' -> '2. 隱私權概要' (隐私/隱私權: regional only)",
            "false rename: '7. App 内反馈与邀请服务' -> '7. App 內意見回饋與邀請服務' (反馈/意見回饋: regional only)"],
        "_note": "rename '16. 政策变更与联系' -> '16. 政策變更與聯絡方式' not counted (方式 added; rule fixed in tools/batch2.py before the run)"},
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
    f.write("\n")
