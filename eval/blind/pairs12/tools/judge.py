"""Write judgments.json: the hand verdict on every change entry of runs/<pair>.json (numbered as tools/dump.py prints them).

Each entry: [verdict, covered annotation indices | noise class] or, for a true entry shown under the wrong section,
["true", [indices], "wrong-place: ..."]. `by_section` lists annotated changes shown only by a section status (a rename
with no change entry). Written after reading the first runs; the annotations were not touched (HASHES.txt)."""
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


XL = {"1": t(0), **rng(2, 10, 1), **rng(11, 38, 2), **rng(39, 45, 3), **rng(46, 56, 4), **rng(57, 86, 5), **rng(87, 95, 6),
      **rng(96, 99, 7), **rng(100, 101, 8), **rng(102, 109, 9), **rng(110, 114, 10), **rng(115, 121, 11), "122": t(12),
      **rng(123, 140, 13), **rng(141, 168, 14), **rng(169, 172, 15), **rng(173, 194, 16), **rng(195, 196, 17),
      **rng(197, 204, 18), **rng(205, 210, 19), **rng(211, 213, 20), **rng(214, 215, 21), **rng(216, 217, 22)}
XL["173"] = [T, [16], "wrong-place: the appended heading '三、数据使用过程中涉及的合作方以及转移、公开个人信息' (L829) is followed directly by '3.1数据使用过程中涉及的合作方' (L830, no blank line); both are read as one paragraph of the previous section '2.3 cookie的清除' instead of opening section 三"]

J = {
    "_about": "verdicts by z9p on the first run (policylens 0.2.0, main @ 637cae3); keys are 1-based change numbers in report order",
    "qingxu-vue-format": {"reported": {}, "section_errors": []},
    "qingxu-vue-heading": {"reported": {}, "by_section": [0], "section_errors": [],
                           "_note": "the heading change 欢迎使用 -> 欢迎访问 is shown only as the section status [unchanged, renamed] with both titles (no change entry)"},
    "sortinggo-tw-contact": {"reported": {
        "1": noise("navigation: site header badge 備援 added"), "2": noise("navigation: nav link 主官網 added"),
        "3": noise("navigation: language switcher, three links added"), "4": t(0)}, "section_errors": []},
    "costkeeper-rename": {"reported": {"1": t(1), "2": t(1), "3": t(2), "4": t(3)}, "section_errors": [],
                          "_note": "missed #0: the <title> in <head> is not compared"},
    "luckbit-permissions": {"reported": {
        "1": t(0), "2": t(2), "3": t(3), "4": t(4), "5": t(5), "6": t(1),
        **rng(7, 15, 2), **rng(16, 21, 3), **rng(22, 27, 4), **rng(28, 37, 5)}, "section_errors": [],
        "_defect": "the added section '### <all_urls> 主机权限' is titled '主机权限': the literal <all_urls> of a Markdown heading is stripped as an HTML tag (the text '<all_urls>' of the new heading appears nowhere in the report)"},
    "xlyx-sdk-appendix": {"reported": XL, "section_errors": [],
                          "_note": "no false rename or move onto the host policy's sections; short table-cell lines of the appended SDK policies (个人信息类型, 设备信息, 广告投放、反作弊 …) are taken as headings of added sections (harmless here: all added)"},
    "costkeeper-cross-script": {"reported": {"1": t(1), "2": t(1), "3": t(2), "4": t(3), "5": t(3)}, "section_errors": [],
                                "_note": "missed #0: <title>"},
    "luckbit-cross-script": {"reported": {
        "1": noise("regional: 扩展/擴充, 用户/您的 (+也)"), "2": noise("regional: 收集/蒐集, 出售/販售, 用户/個人"),
        "3": noise("paraphrase: 要求/需要, 不需要/無需 (+扩展/擴充)"), "4": noise("paraphrase: 实现/提供, 本地设备/本機 (+** moved)"),
        "5": noise("regional: 扩展/擴充"), "6": noise("paraphrase: 完成链上查询与交易广播/查詢鏈上資料與廣播交易"),
        "7": noise("paraphrase: 由…自然产生/正常…產生"), "8": noise("paraphrase: 将用户数据共享或出售给第三方/與第三方分享或販售您的資料"),
        "9": noise("paraphrase: 用于 dropped"), "10": noise("paraphrase: 用于 dropped"), "11": noise("paraphrase: 用于 dropped"),
        "12": noise("paraphrase: 用于 dropped, 页面/網站"), "13": noise("paraphrase: 机制/策略 order, 丢失/遺失, 恢复/找回"),
        "14": noise("regional: 用户/您, 浏览器扩展/擴充, 恢复/復原, 提前/先"), "15": noise("label: 邮箱/Email"), "16": t(0)},
        "section_errors": ["false rename: '1. 我们收集哪些信息' -> '1. 我們蒐集哪些資訊' (收集/蒐集, 信息/資訊: regional only)"]},
    "sortinggo-cross-script": {"reported": {
        "1": noise("regional: 收集/蒐集"), "2": noise("regional: 收集/蒐集"), "3": noise("regional: 运行/運作"),
        "4": noise("regional: 播报/報讀"), "5": noise("regional: 收集/蒐集")},
        "section_errors": ["false rename: '一、数据收集' -> '一、資料蒐集' (数据/資料, 收集/蒐集: regional only)"]},
    "tunery-cross-script": {"reported": {
        "1": noise("paraphrase: 更新日期/最後更新日期 (same date)"), "2": t(1), "3": noise("paraphrase: 在使用本应用之前/使用本應用程式前"),
        "4": noise("paraphrase: 以便进行/以執行, 实时采集/即時擷取"), "5": noise("paraphrase: 为了保障/為確保"),
        "6": noise("paraphrase: 问题诊断和产品改进/問題排除與產品改善"), "7": noise("paraphrase: 标准音高/參考音高"),
        "8": noise("paraphrase: 出租/租賃 (+我們)"), "9": noise("paraphrase: 与任何第三方共享/分享…給任何第三方"),
        "10": noise("paraphrase: 法律法规/法律, 权益/權利與安全 (borderline, annotated noise)"), "11": noise("paraphrase: 来保护/，保護, 泄露/揭露"),
        "12": noise("paraphrase: 本地完成/本地端進行"), "13": noise("paraphrase: 不对…负责/不負任何責任"), "14": t(2),
        "15": noise("paraphrase: 适时…修订/不定期更新"), "16": noise("paraphrase: 联系我们/與我們聯絡"), "17": noise("paraphrase: 在收到您的来信后/的詢問")},
        "section_errors": [
            "false rename: '一、信息收集与使用' -> '一、資訊的收集與使用' (的 + 信息/資訊 only)",
            "false rename: '七、隐私政策的变更' -> '七、本隱私權政策的變更' (本 + 隐私政策/隱私權政策 only)"],
        "_note": "renames '1. 麦克风权限' -> '1.1 麥克風存取權限' and '六、未成年人保护' -> '六、兒童隱私' not counted (content words differ; rule fixed in tools/batch2.py before the run); missed #0: <title>"},
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
    f.write("\n")
