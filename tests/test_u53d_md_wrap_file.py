"""A short or uneven paragraph of a hard-wrapped Markdown file (fifty-third session, u53d; the class u52x left, its notes'
"Left"): `load.md_wrap.wrap_width` needs four lines of even width in the paragraph itself, so a two- or three-line
paragraph still split after a line ending on 。 that the wrap put there.  The evidence is now also the whole file's
(`md_wrap.file_band`): lines ending inside a sentence, in two blocks at least, at one width.

Kept split: a file written one paragraph a line (no lines ending mid-sentence at one width), a sentence line clearly
shorter than the file's wrap (its author ended the paragraph there), a Chinese line with its English translation under
it, a list item after the sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.load.md_wrap import file_band

EVAL = Path(__file__).resolve().parents[1] / "eval"

# two paragraphs that give the width (lines ending mid-sentence at 36 Han characters)…
_WRAPPED_HANS = (
    "我们在您使用本应用的过程中收集设备型号、操作系统版本和崩溃日志，以便\n"
    "定位问题并改进服务质量。这些信息不包含您的姓名、电话号码或任何可以直接\n"
    "识别您身份的内容。\n\n"
    "本应用的云同步功能默认关闭。开启后，您的笔记将以端到端加密的方式上传\n"
    "到您自己的云存储账户中，我们无法读取其中的内容，也不会保存任何副本或\n"
    "索引信息。\n\n"
)
_WRAPPED_HANT = (
    "我們在您使用本應用程式的過程中蒐集裝置型號、作業系統版本和當機記錄，以便\n"
    "定位問題並改善服務品質。這些資訊不包含您的姓名、電話號碼或任何可以直接\n"
    "識別您身分的內容。\n\n"
    "本應用程式的雲端同步功能預設關閉。開啟後，您的筆記將以端對端加密的方式\n"
    "上傳到您自己的雲端儲存帳戶中，我們無法讀取其中的內容，也不會保存任何副本\n"
    "或索引資訊。\n\n"
)
# …and a short paragraph whose first line ends on 。 where the wrap fell
_SHORT_HANS = (
    "我们不会将您的个人信息出售给任何第三方，也不会用于广告投放或用户画像。\n如您对本政策有疑问，请通过应用内的反馈入口与我们联系。\n"
)
_SHORT_HANT = (
    "我們不會將您的個人資料出售給任何第三方，也不會用於廣告投放或使用者剖析。\n如您對本政策有疑問，請透過應用程式內的意見回饋與我們聯繫。\n"
)


def _paragraphs(body: str) -> list[str]:
    doc = parse_string("# 隐私说明\n\n## 一、数据\n\n" + body, ".md")
    return [p.text for s in doc.sections for p in s.paragraphs]


@pytest.mark.parametrize(("wrapped", "short"), [(_WRAPPED_HANS, _SHORT_HANS), (_WRAPPED_HANT, _SHORT_HANT)])
def test_short_paragraph_of_a_wrapped_file_is_one(wrapped: str, short: str) -> None:
    paragraphs = _paragraphs(wrapped + short)
    assert len(paragraphs) == 3
    assert paragraphs[-1].startswith(short.split("\n")[0])


@pytest.mark.parametrize("short", [_SHORT_HANS, _SHORT_HANT])
def test_without_the_files_evidence_it_splits(short: str) -> None:
    assert len(_paragraphs(short)) == 2


def test_one_paragraph_a_line_keeps_its_splits() -> None:
    body = (
        "本应用不收集任何个人信息。\n"
        "我们使用系统提供的通知服务向您推送提醒，推送内容只在您的设备上生成。\n"
        "如果您卸载本应用，所有本地数据都会被删除。\n"
        "我们不会将数据出售给第三方。\n\n"
        "我们会不定期更新本政策。\n"
        "更新后的政策将在本页面公布并注明生效日期，请您定期查看。\n"
    )
    assert file_band(body.split("\n")) is None
    assert len(_paragraphs(body)) == 6


def test_a_shorter_sentence_line_ends_its_paragraph() -> None:
    short = "我们不会出售您的信息。\n如您对本政策有疑问，请通过应用内的反馈入口与我们联系。\n"
    assert len(_paragraphs(_WRAPPED_HANS + short)) == 4


def test_an_english_translation_line_stays_apart() -> None:
    short = (
        "我们不会将您的个人信息出售给任何第三方，也不会用于广告投放或用户画像。\n"
        "We do not sell your personal information to any third party, nor use it for ads.\n"
    )
    assert len(_paragraphs(_WRAPPED_HANS + short)) == 4


def test_a_list_item_after_the_sentence_stays_an_item() -> None:
    short = "我们不会将您的个人信息出售给任何第三方，也不会用于广告投放或用户画像。\n- 设备型号\n"
    paragraphs = _paragraphs(_WRAPPED_HANS + short)
    assert paragraphs[-1].endswith("设备型号") and len(paragraphs) == 4


def test_real_file_hostbox() -> None:
    """eval/editions39 hostbox (zh-Hans, wrapped at 72 columns): 「HostBox 是…工具。⏎它不取代…账号。」 is one paragraph."""
    doc = parse_path(EVAL / "editions39" / "heldout" / "hostbox" / "zh-Hans.2026-08-30.md")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert any(t.startswith("HostBox 是在用户选择的 VPS") and t.endswith("服务器账号。") for t in texts)
