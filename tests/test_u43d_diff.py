"""One-way readings across scripts (forty-third session, u43d; `eval/xscript43`, `eval/pairs43`).

The cross-script key is symmetric: a word and every member of its group key the same on both sides.  Some words are
equivalent in one direction only: the mainland 图像 (an image) is what a Taiwan edition writes 圖片, but the Taiwan
(Apple) 圖像 is also an icon, and 图片 is a photo among `diff.content`'s data items.  `variants.READINGS` ties such a
reading to the script its word is written in, and `variants.same_across_scripts` tries it where both scripts are known
(the redline's replaced words, a heading's rename): `eval/pairs42c` hg-script's one noise entry (浏览器内图像工具 /
瀏覽器內圖片工具) is gone, while `eval/pairs14dev` barbar's icons (菜单栏图标 / 選單列圖像) stay as they were
(`tests/test_u42d3_diff.py`) and a Taiwan 圖像 never reads as a mainland 图片.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents, has_changes
from policylens.diff.variants import READINGS, cross_script_key, read_one_way, same_across_scripts, script_readings
from policylens.model import DiffReport

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _report(old: str, new: str) -> DiffReport:
    return diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))


def _counted(report: DiffReport) -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant and not c.reworded]


def _doc(title: str, body: str) -> str:
    return f"# 隐私政策\n\n## 1. {title}\n\n{body}\n\n## 2. 联系我们\n\n如有疑问，请通过邮件联系我们。\n"


HANS = _doc("图像工具", "我们运营免费的浏览器内图像工具，您的文件不会上传到服务器。该数据受服务商隐私政策约束。")
HANT = (
    _doc("圖片工具", "我們營運免費的瀏覽器內圖片工具，您的檔案不會上傳到伺服器。該資料受服務商隱私權政策規範。")
    .replace("隐私政策", "隱私權政策")
    .replace("联系我们", "聯絡我們")
    .replace("如有疑问，请通过邮件联系我们。", "如有疑問，請透過郵件聯絡我們。")
)


@pytest.mark.parametrize(("old", "new"), [(HANS, HANT), (HANT, HANS)])
def test_a_mainland_word_read_one_way_is_no_change_either_direction(old: str, new: str) -> None:
    report = _report(old, new)
    assert report.cross_script
    assert _counted(report) == []
    assert not any(s.renamed for s in report.sections)  # 图像工具 / 圖片工具 is no rename
    assert not has_changes(report)


def test_the_reverse_reading_does_not_hold() -> None:
    # a Taiwan 圖像 may be an icon: against a mainland 图片 (a photo) it is compared as written
    photo = _doc("照片", "我们会读取您选择的图片。")
    icon = _doc("照片", "我們會讀取您選擇的圖像。")
    assert len(_counted(_report(photo, icon))) == 1
    assert len(_counted(_report(icon, photo))) == 1
    # 规范 is also a norm: a mainland 规范 against a Taiwan 約束 stays a change
    norm = _doc("规则", "您应遵守社区规范。")
    bound = _doc("规则", "您應遵守社區約束。")
    assert len(_counted(_report(norm, bound))) == 1


@pytest.mark.parametrize(
    ("hans", "hant"),
    [
        ("我们读取设备标识符，用于统计。", "我們讀取裝置識別符，用於統計。"),  # blind/pairs14 yiceling
        ("我们保存您的阅读历史。", "我們儲存您的閱讀紀錄。"),  # blind/pairs7 dreamnest
    ],
)
def test_identifiers_and_histories_read_one_way(hans: str, hant: str) -> None:
    assert _counted(_report(_doc("数据", hans), _doc("数据", hant))) == []
    assert _counted(_report(_doc("数据", hant), _doc("数据", hans))) == []


def test_identifier_and_history_readings_do_not_hold_backwards() -> None:
    # a Taiwan 標識 is a sign or mark, 歷史 is history: against a mainland 识别 / 记录 they are compared as written
    assert len(_counted(_report(_doc("数据", "我们会识别您的设备。"), _doc("数据", "我們會標識您的裝置。")))) == 1
    assert len(_counted(_report(_doc("数据", "我们保存您的记录。"), _doc("数据", "我們儲存您的歷史。")))) == 1


def test_yiceling_regression() -> None:
    # blind/pairs14 yiceling: an edition pair annotated with no change; its three entries were 标识(符) / 識別(符)
    folder = EVAL / "blind" / "pairs14" / "pairs" / "yiceling-cross-script"
    report = diff_documents(parse_path(next(folder.glob("old.*"))), parse_path(next(folder.glob("new.*"))))
    assert _counted(report) == []


def test_a_literal_conversion_still_keys_the_same() -> None:
    # s2t writes the mainland 图像 as 圖像: the symmetric key already matches it
    assert _counted(_report(_doc("图像", "我们处理图像。"), _doc("图像", "我們處理圖像。"))) == []


def test_within_one_script_the_words_are_edits() -> None:
    assert len(_counted(_report(HANS, HANS.replace("图像工具，", "图片工具，")))) == 1
    hant = HANT.replace("隱私權政策規範", "隱私權政策約束")
    assert len(_counted(_report(hant, hant.replace("規範。", "約束。").replace("圖片工具，", "圖像工具，")))) == 1


def test_a_real_edit_beside_the_reading_is_shown_alone() -> None:
    new = HANT.replace("不會上傳到伺服器", "會上傳到伺服器")
    report = _report(HANS, new)
    (change,) = [c for s in report.sections for c in s.changes if not c.variant]
    pieces = "".join(s.text for s in change.spans if s.op != "equal")
    assert "不" in pieces
    assert not any(c in pieces for c in "图圖像片")  # 图像工具 / 圖片工具 is equal in the redline


def test_same_across_scripts_needs_both_scripts() -> None:
    assert same_across_scripts("图像工具", "圖片工具", ("hans", "hant"))
    assert same_across_scripts("圖片工具", "图像工具", ("hant", "hans"))
    assert not same_across_scripts("图像工具", "图片工具", ("hans", "hans"))  # one script: an edit
    assert not same_across_scripts("圖像工具", "图片工具", ("hant", "hans"))  # the reverse reading
    assert not same_across_scripts("图像工具", "圖片工具", (None, None))
    assert script_readings("隐私", "hans") == (cross_script_key("隐私"),)
    assert all(side in ("hans", "hant") and word and other != word for side, word, other, _ in READINGS)


def test_hg_script_regression() -> None:
    # eval/pairs42c hg-script: its one noise entry 「[-图像-]{+圖片+}工具」 (a zh-cn/zh-tw edition of one commit)
    folder = EVAL / "pairs42c" / "pairs" / "hg-script"
    report = diff_documents(parse_path(folder / "old.html"), parse_path(folder / "new.html"))
    assert _counted(report) == []
    assert not has_changes(report)


@pytest.mark.parametrize(("old", "new"), [("hans", "hant"), ("hant", "hans")])
def test_two_readings_in_one_heading_apply_together(old: str, new: str) -> None:
    """r43 (finding 9, /tmp/r43/h3.md, t3.md): 「图像与浏览历史」 is 「圖片與瀏覽紀錄」 only with both words read at once."""
    docs = {
        "hans": "# 隐私政策\n\n## 一、图像与浏览历史\n\n我们会保存内容。\n",
        "hant": "# 隱私政策\n\n## 一、圖片與瀏覽紀錄\n\n我們會保存內容。\n",
    }
    report = _report(docs[old], docs[new])
    assert not any(s.renamed for s in report.sections)
    assert not has_changes(report)
    assert same_across_scripts("图像与浏览历史", "圖片與瀏覽紀錄", ("hans", "hant"))


def test_two_readings_do_not_hide_a_third_word() -> None:
    # both readings apply, but 浏览 / 使用 is a real edit: still a rename
    report = _report(
        "# 隐私政策\n\n## 一、图像与浏览历史\n\n我们会保存内容。\n", "# 隱私政策\n\n## 一、圖片與使用紀錄\n\n我們會保存內容。\n"
    )
    assert any(s.renamed for s in report.sections)
    assert not same_across_scripts("图像与浏览历史", "圖片與使用紀錄", ("hans", "hant"))
    # a reading never applies between two texts of one script
    assert not same_across_scripts("图像与浏览历史", "图片与浏览记录", ("hans", "hans"))


@pytest.mark.parametrize(
    ("hans", "hant", "sure"),
    [
        ("我们会处理您上传的图像，并通知您的父母。", "我們會處理您上傳的圖片，並通知您的父母及監護人。", 1.0),  # r43 (11)
        ("我们会处理您上传的图片，并通知您的父母。", "我們會處理您上傳的圖片，並通知您的父母及監護人。", 1.0),  # control
        ("我们会处理您上传的图片，并通知您的父母。", "我們會處理您上傳的圖像，並通知您的父母及監護人。", 0.3),  # no reverse
    ],
)
def test_compare_weighs_a_change_as_diff_reads_it(tmp_path: Path, hans: str, hant: str, sure: float) -> None:
    """`compare`'s evidence reads the one-way readings as `diff` does: words added (父母 → 父母及監護人) beside a mainland
    图像 that the Taiwan edition writes 圖片 are sure, as beside one word; a Taiwan 圖像 (maybe an icon) stays a swap."""
    from test_compare21 import _confidence, _divergences

    divergences = _divergences(tmp_path, {"minors": hans}, {"minors": hant})
    assert _confidence(divergences, "四、未成年人") == sure


def test_read_one_way_reads_only_what_the_other_side_writes() -> None:
    assert read_one_way("处理图像", "處理圖片", ("hans", "hant")) == ("处理图片", "處理圖片")
    assert read_one_way("處理圖片", "处理图像", ("hant", "hans")) == ("處理圖片", "处理图片")
    assert read_one_way("处理图像", "處理圖像", ("hans", "hant")) == ("处理图像", "處理圖像")  # the other side writes 圖像
    assert read_one_way("处理图像", "处理图片", ("hans", "hans")) == ("处理图像", "处理图片")  # one script: as written
