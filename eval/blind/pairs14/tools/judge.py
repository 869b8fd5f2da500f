"""Write judgments.json: the hand verdict on every change entry of runs/<pair>.json (numbered as tools/dump.py prints
them; key "T" is the page-title change of `title_change`, shown by --format text as a "(page <title>)" entry).

Each entry: [verdict, covered annotation indices | noise class] or, for a true entry shown under the wrong section,
["true", [indices], "wrong-place: ..."]. `by_section` lists annotated changes shown only by a section status. Written
after reading the first runs; the annotations were not touched (HASHES.txt). (c9p, pairs14)"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


def wp(i, why):
    return ["true", [i], "wrong-place: " + why]


def noise(cls):
    return ["noise", cls]


def rng(a, b, v):
    return {str(k): v for k in range(a, b + 1)}


REG = "regional vocabulary not folded"
PAR = "translation paraphrase"
J = {
    "_about": "verdicts by c9p on the first run (policylens 0.2.0, main @ d49a940); keys are 1-based change numbers in report order, 'T' the page-title change",
    "mememo-markup-only": {"reported": {}, "section_errors": []},
    "mememo-rename": {"reported": {"1": t(0), "2": t(0), "3": t(1), "4": t(2)}, "section_errors": [],
                      "_note": "the subtitle under the h1 is in '(before the first heading)': right, the h1 is the document title; shown as delete + insert, not one replace"},
    "mememo-redesign": {"reported": {
        "1": t(0), "2": t(1), "3": t(2), "4": t(3),
        "5": noise("navigation: footer links '← 返回首页' + the mailto address (new <footer> line, not policy text)"),
        "T": noise("page <title> punctuation: '我记 - 隐私政策' -> '我记 · 隐私政策'")},
        "section_errors": [],
        "_note": "#1 is true (the new subtitle 你的数据，只属于你。) but its delete side carries the old nav and subtitle (我记 / 支持隐私政策用户协议| English繁體中文) while the new <nav> is dropped as chrome: partly noise inside a true entry"},
    "yiceling-alipay-removed": {"reported": {"1": t(0, 1, 2), **rng(2, 6, t(3))}, "section_errors": [],
                                "_note": "the bold item '1. APP支付客户端SDK…' is taken as a section heading and shown removed (right); the renumbered items 2.->1., 3.->2., 4.->3. are matched silently (right)"},
    "enso-ai-disclosure": {"reported": {"1": t(0)}, "section_errors": []},
    "yunjia-vue-expand": {"reported": {
        "1": t(0), "2": t(0), **rng(3, 6, t(1)), **rng(7, 13, t(2)), "14": t(3), "15": t(3), "16": t(4), "17": t(4),
        **rng(18, 27, t(5)),
        **rng(28, 32, wp(6, "section 七 (heading '七、用户信息使用原则 惟在…合理使用：' not taken as a heading) shown inside added section 六")),
        **rng(33, 37, t(7)), **rng(38, 41, t(8)),
        **rng(42, 48, wp(9, "section 十 (heading '十、免责 除上述免责情形外，…责任：' not taken as a heading) shown inside added section 九")),
        "49": t(10),
        **rng(50, 55, wp(11, "section 十二 (heading ending in 。) shown inside added section 十一")),
        "56": wp(12, "section 十三 (heading ending in 。, same words as 十二) shown as a line of section 十一")},
        "section_errors": [],
        "_note": "4 of the 12 added <view class=\"tit\"> headings are not taken as headings (a run-in sentence after the title, or a final 。): their content is reported, under the previous section. The intro paragraph is shown as delete + insert"},
    "mememo-cross-script": {"reported": {
        "1": noise("navigation: subnav link 服务条款/使用條款"),
        "2": noise(PAR + ": +都"), "3": noise(PAR + ": 均/且都"), "4": noise(REG + ": 开启了/開啟, 账户/帳號"),
        "5": noise(PAR + ": 的约束/約束"), "6": noise(REG + ": 账户/帳號"),
        "7": noise(PAR + ": 从设备上删除应用/從裝置中刪除本應用, 可以/可, 进行"), "8": noise(PAR + ": 在本页面发布/發布於本頁面"),
        "9": noise(REG + ": 《通用数据保护条例》/《一般資料保護規則》, 控制者/控管者"),
        "10": noise(REG + ": 控制者/控管者, 在/於, 也/亦, 都/皆, 账户/帳號"),
        "11": noise(REG + ": 访问权/查閱權, 的/關於"), "12": noise(REG + ": 准确/正確"), "13": noise(REG + ": 可携带权/可攜權"),
        "14": noise(PAR + ": 某些/特定的"), "15": noise(REG + ": 投诉权/申訴權, 监管机构投诉/主管機關提出申訴"),
        "16": noise(PAR + ": 以上/上述, 可由你直接/你都可以自行, 访问/查閱, 某项/任一"),
        "17": noise(PAR + ": 这些/這類, 基础设施/基礎架構, 由此/因此, 均/皆, 如/例如"),
        "18": t(0)},
        "section_errors": ["false rename: '数据控制者' -> '資料控管者' (控制者/控管者: regional only)"]},
    "yiceling-cross-script": {"reported": {
        "1": noise(REG + ": 苹果/Apple, 标识符/識別符, 共享/共用, 钥匙串/鑰匙圈, 重装/重新安裝"),
        "2": noise(REG + ": 硬件级标识符/硬體級識別符"), "3": noise(REG + ": 欺诈/詐欺, 重装/重新安裝"), "4": noise(REG + ": 共享/共用"),
        "5": noise(REG + ": 重装/重新安裝"), "6": noise(REG + ": 共享/共用"), "7": noise(REG + ": 共享/共用"), "8": noise(REG + ": 临时/暫時"),
        "9": noise(REG + ": 运维/維運"), "10": noise(REG + ": 图像/影像, 临时/暫時, 审计/稽核"), "11": noise(REG + ": 图像/影像"),
        "12": noise(REG + ": 到达/抵達"), "13": noise(REG + ": 调起/呼叫"), "14": noise(REG + ": 调起/呼叫"), "15": noise(REG + ": 在/於, 调起/呼叫"),
        "16": noise(REG + ": 聚合/彙總"), "17": noise(REG + ": 标识符/識別符"), "18": noise(REG + ": 共享/共用"), "19": noise(REG + ": 共享/共用"),
        "20": noise(REG + ": 共享/共用")},
        "section_errors": [
            "false rename: '三、个人信息的对外共享、转让、披露' -> '三、個人資訊的對外共用、轉讓、揭露' (共享/共用, 披露/揭露: regional only)",
            "false rename: '4. 友盟+移动统计SDK(…)' -> '4. 友盟+行動統計SDK(…)' (移动/行動: regional only)"]},
    "somniary-cross-script": {"reported": {
        "1": noise("navigation: language link 繁體中文/简体中文"),
        "2": noise(REG + ": 本应用/本 App"), "3": noise(REG + ": 本应用/本 App, 登录/登入"), "4": noise(REG + ": 校验/驗證, 签名/簽章"),
        "5": noise(REG + ": 应用/App"), "6": noise(REG + ": 签名/簽章"), "7": noise(REG + ": 校验/驗證"), "8": noise(REG + ": 返回/傳回"),
        "9": noise(REG + ": 应用/App"), "10": noise(REG + ": 应用/App"), "11": noise(REG + ": 应用/App, 签名/簽章"), "12": noise(REG + ": 校验/驗證"),
        "13": noise(REG + ": 流式/串流, 返回/傳回"), "14": noise(REG + ": 应用/App"), "15": noise(REG + ": 应用/App, 澳大利亚/澳洲"),
        "16": noise(REG + ": 澳大利亚/澳洲"), "17": noise(REG + ": 签名/簽章, 校验/驗證"), "18": noise(REG + ": 卸载应用/解除安裝 App"),
        "19": noise(REG + ": 卸载应用/解除安裝 App"), "20": noise(REG + ": 澳大利亚/澳洲"), "21": noise(REG + ": 应用/App"),
        "22": noise(REG + ": 应用/App"), "23": noise(REG + ": 应用/App, 抑郁/憂鬱"), "24": noise(REG + ": 签名/簽章, 应用/App"),
        "25": noise(REG + ": 应用/App")},
        "section_errors": ["false rename: '8.4 澳大利亚 — 1988 年隐私法 / APPs' -> '8.4 澳洲 — 1988 年隱私法 / APPs' (澳大利亚/澳洲: regional only)"]},
    "enso-cross-script": {"reported": {
        "1": noise(REG + ": 梳理/整理, 派生/衍生, 按其/依其"),
        "2": noise("markup: Markdown link [在 App Store 下载拾得](url) / text + bare URL (same URL)"),
        "3": noise("metadata: 页面语言：zh-Hans / 頁面語言：zh-Hant")},
        "section_errors": []},
}
with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as f:
    json.dump(J, f, ensure_ascii=False, indent=1)
