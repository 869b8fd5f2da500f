"""zh-Hans / zh-Hant editions of one version: script, regional wording and translators' small
words are not changes; a difference of meaning still is (twelfth session, `eval/pairs12dev/`).

Three classes, each tested on both sides:

1. regional and translator word pairs missing from the variant table (收集/蒐集, 实时/即時,
   列表/清單, 令牌/權杖, the conjunction 及, 仅/只 …): the same key across scripts; the pairs
   left out on purpose (投诉/申訴, 任务/工作, 处理者/控管者) and any number, e-mail or missing
   sentence next to them still differ;
2. numbering style of a cited article: 第四条 / 第 4 條 is the same article, 第四条 / 第 5 條 and
   a swapped 第 1 款 a 项 / 第 1 項 a 款 are not;
3. a heading renamed only by a translator's particle (数据保留与安全 / 資料保留與安全性, 本地处理
   的数据 / 在本機處理的資料) is not `renamed` across scripts; a content word or a negation left
   out (中国大陆 / 中國, 收集 / 不蒐集) still is, and same-script diffs are not touched.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import parse_file
from policylens.diff import cross_script_key, diff_documents, has_changes
from policylens.diff.align import worded_alike
from policylens.diff.keys import compare_key
from policylens.diff.variants import chinese_number
from policylens.load import load
from policylens.structure import build_document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "eval" / "pairs12dev"


def _pair(tmp_path: Path, hans: str, hant: str):
    return diff_documents(parse_file(tmp_path, "hans.md", hans), parse_file(tmp_path, "hant.md", hant))


# --- 1. word pairs ------------------------------------------------------------------------

WORD_PAIRS = [
    ("我们不会收集你的姓名", "我們不會蒐集你的姓名"),
    ("实时字幕工具", "即時字幕工具"),
    ("没有崩溃自动上报", "沒有當機自動回報"),
    ("语音活动检测模型", "語音活動偵測模型"),
    ("识别过程不需要联网", "識別過程不需要連網"),
    ("可以完全断网运行", "可以完全離線執行"),
    ("已有记录可以删掉", "既有記錄可以刪除"),
    ("Steam 客户端", "Steam 用戶端"),
    ("不含设备标识", "不含裝置識別碼"),
    ("通知的标题和正文", "通知的標題及內文"),
    ("倒计时状态、隐私级别、通知过滤规则", "倒數計時狀態、隱私等級、通知篩選規則"),
    ("通知允许列表、屏蔽列表", "通知允許清單、封鎖清單"),
    ("不监听网络端口", "不監聽網路連接埠"),
    ("访问令牌", "存取權杖"),
    ("用于匹配歌词", "用於比對歌詞"),
    ("备用来源", "備援來源"),
    ("清除尚未发送的缓存记录", "清掉尚未發送的暫存紀錄"),
    ("联系你所在地的监管机构", "聯絡你所在地的主管機關"),
    ("请立即通知我们", "請立刻通知我們"),
    ("请用任意一个电子邮箱来信", "請用任何一個電子郵件來信"),
    ("我们不会有意收集", "我們不會刻意蒐集"),
    ("10. 政策变更", "10. 政策異動"),
    ("许可状态", "授權狀態"),
    ("包含它的路径", "含有它的路徑"),
    ("随程序一起安装", "隨程式一同安裝"),
    ("谷歌翻译", "Google 翻譯"),
    ("不做用户画像", "不做使用者輪廓分析"),
    ("向指定的服务发起请求", "向指定的服務發出請求"),
    ("不会有任何文本外发", "不會有任何文本外傳"),
    ("在你卡关的情形下", "在你卡關的情況下"),
    ("不会出售", "不會販售"),
    ("在答题之外输入的文字", "在答題以外輸入的文字"),
    # the reviewed single characters and their two-character forms
    ("标题和正文", "標題及內文"),
    ("指认或者验证", "指認或驗證"),
    ("如果应用的数据处理方式", "若應用程式的資料處理方式"),
    ("设置和缓存仅位于", "設定及快取只位於"),
    ("已经记录的数据", "已記錄的資料"),
    ("并存放在欧盟境内", "並且存放在歐盟境內"),
    ("写入你的硬盘", "寫進你的硬碟"),
    ("通过二维码扫描添加", "透過 QR Code 掃描新增"),
    ("指纹或面部识别", "指紋或臉部辨識"),
    ("从备份文件恢复至另一设备", "從備份檔案還原至另一裝置"),
    ("崩溃报告服务", "當機回報服務"),
    ("控制器凭据", "控制器憑證"),
    ("用示例值替换真实域名和 IP", "用範例值替換真實網域和 IP"),
]


def _key(text: str) -> str:
    return compare_key(text, script=None, cross_script=True, strict=False)


@pytest.mark.parametrize(("hans", "hant"), WORD_PAIRS)
def test_translators_word_pairs_are_variants(hans: str, hant: str) -> None:
    assert _key(hans) == _key(hant)


STAY_APART = [
    ("提出正式投诉", "提出正式申訴"),  # a complaint is not an appeal
    ("任务名称", "工作名稱"),  # 工作 is also a job
    ("相关数据的处理者", "相關資料的控管者"),  # processor / controller: another party
    ("数据处理方 Cloudflare", "資料伺服器 Cloudflare"),
    ("在游戏的设置界面", "在遊戲的選項畫面"),
    ("所有匹配的记录", "所有相符的紀錄"),
    ("路径的脱敏", "路徑的遮蔽"),
    ("同步歌词缓存保留 30 天", "同步歌詞快取保留 45 天"),  # a period
    ("请联系 support@example.com", "請聯絡 help@example.com"),  # an e-mail
    ("只在你同意后上传", "只在你同意後上傳給第三方"),  # words added
    ("我们收集你的姓名", "我們不蒐集你的姓名"),  # a negation
]


@pytest.mark.parametrize(("hans", "hant"), STAY_APART)
def test_differences_of_meaning_stay_apart(hans: str, hant: str) -> None:
    assert _key(hans) != _key(hant)


def test_a_real_change_next_to_regional_words_is_still_reported(tmp_path: Path) -> None:
    hans = "# 隐私政策\n\n## 数据保留\n\n我们收集的数据实时同步，缓存保留 30 天，之后立即删除。\n\n## 联系\n\n请联系 a@example.com。\n"
    same = "# 隱私權政策\n\n## 資料保留\n\n我們蒐集的資料即時同步，暫存保留 30 天，以後立刻刪除。\n\n## 聯絡\n\n請聯絡 a@example.com。\n"
    # 之后/以後 is not in the table: only that word shows; the number changed next to it must show too
    assert not has_changes(_pair(tmp_path, hans, same.replace("以後", "之後")))
    edited = same.replace("以後", "之後").replace("30 天", "90 天").replace("a@example.com", "b@example.com")
    report = _pair(tmp_path, hans, edited)
    changed = [c for s in report.sections for c in s.changes if not c.variant]
    texts = [span.text for c in changed for span in c.spans if span.op != "equal"]
    assert any("30" in t for t in texts) and any("90" in t for t in texts)
    assert any("a@example.com" in t for t in texts) and any("b@example.com" in t for t in texts)
    dropped = same.replace("以後", "之後").replace("請聯絡 a@example.com。", "")
    assert any(s.status == "modified" or s.status == "removed" for s in _pair(tmp_path, hans, dropped).sections)


# --- 2. numbering style of a cited article -------------------------------------------------


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("四", 4), ("十", 10), ("十二", 12), ("二十", 20), ("六十五", 65), ("一百", 100), ("一百零三", 103), ("两", 2)],
)
def test_chinese_numbers(numeral: str, value: int) -> None:
    assert chinese_number(numeral) == value


@pytest.mark.parametrize("numeral", ["五四", "十十", "十百", "四五六"])
def test_not_chinese_numbers(numeral: str) -> None:
    assert chinese_number(numeral) is None


def test_article_numbers_in_numerals_or_digits_are_the_same_article() -> None:
    assert cross_script_key("《个人信息保护法》第四条也明确") == cross_script_key("《個人信息保護法》第4條也明確")
    assert cross_script_key("第六十五条") == cross_script_key("第65條")
    assert cross_script_key("第十二章") == cross_script_key("第12章")


def test_other_article_numbers_and_swapped_clauses_stay_apart() -> None:
    assert cross_script_key("第四条") != cross_script_key("第5條")
    assert cross_script_key("第六十五条") != cross_script_key("第56條")
    assert cross_script_key("GDPR 第 6 条第 1 款 a 项") != cross_script_key("GDPR 第 6 條第 1 項 a 款")
    # only 第…条/款/项/章/节…: a bare numeral in running text is left alone
    assert cross_script_key("保留四个月") != cross_script_key("保留4個月")


def test_article_number_style_is_not_a_change(tmp_path: Path) -> None:
    hans = "# 隐私政策\n\n## 法律依据\n\n依据《个人信息保护法》第十三条，我们处理您的个人信息。\n"
    hant = "# 隱私權政策\n\n## 法律依據\n\n依據《個人信息保護法》第 13 條，我們處理您的個人資料。\n"
    assert not has_changes(_pair(tmp_path, hans, hant))
    assert has_changes(_pair(tmp_path, hans, hant.replace("第 13 條", "第 14 條")))


# --- 3. headings renamed only by a translator's particle -----------------------------------


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("数据保留与安全", "数据保留与安全性", True),
        ("本地处理的数据", "在本地处理的数据", True),
        ("我们不会收集的东西", "我们不收集的东西", True),
        ("如果你在欧盟或中国大陆", "如果你在欧盟或中国", False),  # a content word: the scope differs
        ("收集的信息", "不收集的信息", False),  # a negation
        ("安全", "不安全", False),
        ("9. 未成年人", "9. 儿童", False),
        ("的", "在的", False),  # a one-character title is no evidence
        ("联系我们", "联系我们", True),
    ],
)
def test_worded_alike(a: str, b: str, alike: bool) -> None:
    assert worded_alike(a, b) is alike
    assert worded_alike(b, a) is alike


def _renames(report) -> list[tuple[str, str]]:
    return [(s.old.title, s.new.title) for s in report.sections if s.renamed and s.old and s.new]


HANS_HEADINGS = (
    "# 隐私政策\n\n## 本地处理的数据\n\n我们在本地处理你的数据。\n\n## 数据保留与安全\n\n缓存保留 30 天。\n\n"
    "## 如果你在欧盟或中国大陆\n\n数据完全匿名。\n"
)
HANT_HEADINGS = (
    "# 隱私權政策\n\n## 在本機處理的資料\n\n我們在本機處理你的資料。\n\n## 資料保留與安全性\n\n快取保留 30 天。\n\n"
    "## 如果你在歐盟或中國\n\n資料完全匿名。\n"
)


def test_heading_with_a_translators_particle_is_not_renamed(tmp_path: Path) -> None:
    report = _pair(tmp_path, HANS_HEADINGS, HANT_HEADINGS)
    # the content word 大陆 left out of a heading is still a rename
    assert _renames(report) == [("如果你在欧盟或中国大陆", "如果你在歐盟或中國")]


def test_same_script_renames_are_unchanged(tmp_path: Path) -> None:
    old = "# 隐私政策\n\n## 数据保留与安全\n\n缓存保留 30 天。\n"
    new = "# 隐私政策\n\n## 数据保留与安全性\n\n缓存保留 30 天。\n"
    assert _renames(_pair(tmp_path, old, new)) == [("数据保留与安全", "数据保留与安全性")]


# --- the dev set: eval/pairs12dev ----------------------------------------------------------


def _dev(name: str):
    folder = DEV / name
    return diff_documents(build_document(load(str(folder / "old.md"))), build_document(load(str(folder / "new.md"))))


def _change_lines(report) -> int:
    return sum(1 for s in report.sections for c in s.changes if not c.variant)


def test_dev_realsub_careful_localisation() -> None:
    # annotated: no change.  What is left (8 → 21 lines before this session) are a translator's
    # words no table should hide (采集/捕獲, 脱敏/遮蔽, 打码/改寫, zip 文件/檔, 源/來源, 改/修改)
    report = _dev("realsub-hans-hant")
    assert _change_lines(report) <= 6
    assert not _renames(report)


def test_dev_chaisniffer_abridged_edition_keeps_every_real_difference() -> None:
    report = _dev("chaisniffer-hans-hant")
    removed = sorted(s.old.title for s in report.sections if s.status == "removed" and s.old)
    assert removed == sorted(["权限说明（摘要）", "第三方", "儿童", "政策变更"])
    deleted = " ".join(span.text for s in report.sections for c in s.changes for span in c.spans if span.op == "delete")
    assert "AES" in deleted and "扩展未内置分析 SDK 或广告追踪" in deleted and "媒体 CDN" in deleted


def test_dev_listenpost_real_differences_still_show() -> None:
    report = _dev("listenpost-hans-hant")
    spans = [(span.op, span.text) for s in report.sections for c in s.changes for span in c.spans]
    # (u54d: the unchanged 者 shared by 「的处理者」 / 「，是資料控管者」 is no longer marked: 資料[-的处理-]{+，是資料控管+}者)
    assert any(op == "delete" and "处理" in t for op, t in spans)
    assert any(op == "insert" and "控管" in t for op, t in spans)
    assert any(op == "delete" and "处理方" in t for op, t in spans)  # Cloudflare's role
    assert ("如果你在欧盟、欧洲经济区、英国、瑞士或中国大陆", "如果你在歐盟、歐洲經濟區、英國、瑞士或中國") in _renames(report)
    # 第 1 款 a 项 / 第 1 項 a 款: a different citation
    assert any(op == "delete" and t == "款" for op, t in spans)


def test_dev_annotations_were_written_for_every_pair() -> None:
    for folder in sorted(DEV.iterdir()):
        if folder.is_dir():
            annotation = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
            assert annotation["cross_script"] is True and "notes" in annotation and "changed" in annotation
