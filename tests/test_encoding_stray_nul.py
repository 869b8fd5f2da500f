"""UTF-8 text with a stray NUL byte is refused as binary, never read as UTF-16 mojibake.

A NUL made any even-length UTF-8 file a candidate for UTF-16 without a byte-order mark, and
a short one has too few ideographs for the mojibake score: 「Privacy Policy」 with one NUL was
"parsed" as 牐癩捡⁹潐楬祣.  The class is every text file (Chinese or English, short or long,
NUL anywhere); real UTF-16 without a BOM must still be read.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from helpers import cli
from policylens.errors import UserError
from policylens.load import load
from policylens.load.encoding import decode

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted(p for p in (ROOT / "corpora").rglob("*") if p.suffix in {".txt", ".md", ".html"})
SHORT = [
    "隱私權政策\n\n一、總則\n本公司收集資料。\n",
    "隐私政策\n\n1. 我们收集的信息\n我们收集您的手机号。\n",
    "Privacy Policy\n\n1. Intro\nWe collect data.\n",
    "Privacy Policy\n\n1. Intro\nWe collect data..\n",
    "政策\n",
    "Policy\n",
]


def _with_nul(text: str, rng: random.Random) -> bytes:
    data = text.encode("utf-8")
    cut = rng.randrange(len(data) + 1)
    while cut < len(data) and 0x80 <= data[cut] < 0xC0:  # never inside a character
        cut += 1
    return data[:cut] + b"\x00" + data[cut:]


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("seed", range(8))
def test_short_utf8_with_a_nul_is_binary_not_utf16(text: str, seed: int) -> None:
    data = _with_nul(text, random.Random(seed))
    with pytest.raises(UserError, match="binary data"):
        decode(data, path="p.txt")


@pytest.mark.parametrize("path", CORPUS[:40], ids=lambda p: p.parent.name + "/" + p.name)
def test_real_utf8_policy_with_a_nul_is_binary_not_utf16(path: Path, tmp_path: Path) -> None:
    data = path.read_bytes()
    text = data.decode("utf-8-sig")
    rng = random.Random(path.name)
    for n in range(3):
        sick = tmp_path / f"{n}{path.suffix}"
        sick.write_bytes(data[: len(data) - len(text.encode())] + _with_nul(text[:60_000], rng))
        with pytest.raises(UserError, match="binary data"):
            load(str(sick))


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_short_utf16_without_bom_is_still_read(text: str, encoding: str) -> None:
    decoded, name, bom = decode(text.encode(encoding), path="p.txt")
    assert (decoded, name, bom) == (text, encoding, False)


@pytest.mark.parametrize("path", CORPUS[:40], ids=lambda p: p.parent.name + "/" + p.name)
def test_real_policy_in_utf16_without_bom_is_still_read(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("\ufeff", "")
    for encoding in ("utf-16-le", "utf-16-be"):
        decoded, name, _ = decode(text.encode(encoding), path=str(path))
        assert name == encoding and decoded == text


def test_cli_refuses_utf8_with_a_nul_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(b"Privacy Policy\n\n1. Intro\nWe collect\x00 data..\n")
    result = cli("parse", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith("policylens: error:") and "binary data" in result.stderr
    assert result.stdout == ""


def test_a_script_escape_beyond_unicode_does_not_make_the_page_unreadable(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text('<h1>隐私政策</h1><p>我们收集信息。</p><script>var t={"a":"隐私政策","b":"\\u{FFFFFF}"};</script>', encoding="utf-8")
    result = cli("check", str(page), "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    assert "cannot be read" not in result.stderr
