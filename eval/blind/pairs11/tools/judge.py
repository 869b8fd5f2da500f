"""Write judgments.json: the hand verdict on every change entry of runs/<pair>.json (numbered as tools/dump.py prints them).
Each entry: [verdict, covered annotation indices | noise class]. Written after reading the runs; the annotations were not touched."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = "true"


def t(*i):
    return [T, list(i)]


def noise(cls):
    return ["noise", cls]


J = {
    "_about": "verdicts by y9d on the first run (policylens 0.2.0, main @ 34c73bb); keys are 1-based change numbers in report order",
    "bilisync-format": {"reported": {}, "section_errors": []},
    "velaris-contact": {"reported": {"1": t(0), "2": t(0)}, "section_errors": []},
    "starhabbit-rename": {"reported": {"1": t(1), "2": t(1), "3": t(2), "4": t(3), "5": t(4)}, "section_errors": []},
    "clipclop-preview": {"reported": {"1": t(0), "2": t(1, 2), "3": t(3)}, "section_errors": []},
    "weartranslator-rename": {"reported": {str(k): t(k - 1) for k in range(1, 7)}, "section_errors": []},
    "weartranslator-androidid": {"reported": {
        "1": t(0, 1), "2": t(0, 1), "3": t(2),
        **{str(k): t(3) for k in range(4, 11)},
        **{str(k): t(4) for k in range(11, 18)},
        **{str(k): t(5) for k in range(18, 30)}},
        "section_errors": [],
        "_note": "change 0 (heading 我们不会收集您的任何数据 -> 我们收集的信息) is shown by the section statuses (old section removed, new one added, both titles printed) and credited to entries 1-2"},
    "solarterms-sdk-broadcast": {"reported": {
        "1": t(0), "2": t(1, 3), "3": t(1), **{str(k): t(2) for k in range(4, 11)}, "11": t(3),
        "12": t(4), "13": t(4), "14": t(5), "15": t(6), "16": t(6), "17": t(6)},
        "section_errors": [],
        "_note": "the <p>响应系统设置变更的说明</p> line is taken as a heading (a title-like line): not an error; the unchanged 我们采取适当的… paragraph then sits under it and is not reported"},
    "ovohi-rewrite": {"reported": {
        "1": t(0), "2": t(1), "3": t(1), "4": t(2), "5": t(3), "6": t(4), "7": t(5), "8": t(4), "9": t(5),
        "10": t(6), "11": t(7, 8), "12": t(7), "13": t(8), "14": t(9), "15": t(10), "16": t(11), "17": t(12),
        "18": t(13), "19": t(14), "20": t(14), "21": t(14), "22": t(15), "23": t(15),
        "24": t(16), "25": t(17), "26": t(17), "27": t(18),
        "28": t(19), "29": t(20), "30": t(21), "31": t(22), "32": t(23), "33": t(24),
        "34": t(21), "35": t(22), "36": t(23), "37": t(24),
        "38": t(25), "39": t(26), "40": t(27), "41": t(28), "42": t(28), "43": t(29),
        "44": t(30), "45": t(31), "46": t(31), "47": t(32), "48": t(33), "49": t(33), "50": t(34), "51": t(35)},
        "section_errors": []},
    "velaris-cross-script": {"reported": {
        "1": noise("regional: 把/將"), "2": noise("regional: 根据/依據, 反欺诈/反詐欺"), "3": noise("regional: 根据其/依其"),
        "4": noise("regional: 预置/預設"), "5": noise("regional: 不是/並非")},
        "section_errors": []},
    "bookmarkops-cross-script": {"reported": {
        "1": noise("regional: 扩展存储/擴充套件儲存空間"), "2": noise("regional: 后台/背景"), "3": noise("regional: 后台/背景, 发来/送來"),
        "4": noise("regional: 申请/請求"), "5": noise("regional: 云服务/雲端服務"), "6": t(0), "7": t(1),
        **{str(k): t(1) for k in range(8, 16)},
        "16": noise("regional: 发送过/送過"), "17": noise("regional: 生成/產")},
        "section_errors": [
            "false rename: 'BookmarkOps 会接触到哪些数据' -> 'BookmarkOps 會碰到哪些資料' flagged renamed (translation paraphrase 接触到/碰到 of the same heading)",
            "false rename: 'MCP 数据流向(仅在你选择使用时)' -> 'MCP 資料流向(只在你選擇使用時)' flagged renamed (仅/只)"]},
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
    f.write("\n")
