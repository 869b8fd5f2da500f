"""What no policy text is, refused before it is built: floods of tiny lines or paragraphs, binary data.

Each bound is one line on stderr and exit 2 (`UserError`), raised before the costly step it guards.
"""

from __future__ import annotations

from policylens.errors import UserError
from policylens.load.types import Parsed

# The control characters that mark binary data: U+0000–U+0008 and U+000E–U+001F.  In UTF-8
# they are the bytes 0x00–0x08 and 0x0E–0x1F, and no other character's encoding holds those bytes.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])


# Every line costs ~250 bytes of objects (a piece with its position, the line itself), so
# a file of very short lines needs ~120× its size: 20 MB of `a\n` went past 2 GB.  Real
# policies have a few thousand lines of 40+ bytes; past MANY_LINES, lines must average
# MIN_LINE_BYTES, which keeps the peak under ~50× the input (benchmarks/bench_worst.py).
MANY_LINES = 10_000
MIN_LINE_BYTES = 8


def reject_line_flood(text: str, size: int, path: str) -> None:
    """Refuse a file of a huge number of tiny lines, which no policy is, before building them."""
    reject_flood(text.count("\n") or text.count("\r"), size, path)


def reject_flood(count: int, size: int, path: str, *, what: str = "lines") -> None:
    """The one bound on tiny lines or paragraphs: past MANY_LINES of them, they must average MIN_LINE_BYTES.

    Every reader is held to it: text by its lines (before any block is built), DOCX by the
    paragraphs and text of its XML (before the tree is built), and the blocks of every
    reader (`reject_block_flood`: 500,000 `<p>a</p>` on one line are one line of HTML).
    """
    if count > MANY_LINES and size < count * MIN_LINE_BYTES:
        raise UserError(
            f"{count:,} {what} averaging {size / count:.1f} bytes: not a policy text "
            f"(over {MANY_LINES:,} {what} must average at least {MIN_LINE_BYTES} bytes)",
            path=path,
        )


def reject_block_flood(parsed: Parsed, path: str) -> None:
    """`reject_flood` on the blocks a reader built (their UTF-8 text plus one separator each)."""
    if len(parsed.blocks) > MANY_LINES:
        reject_flood(len(parsed.blocks), sum(len(b.text.encode()) + 1 for b in parsed.blocks), path, what="paragraphs")


def control_characters(text: str) -> int:
    """How many characters of `text` are U+0000–U+0008 or U+000E–U+001F.

    Counted in the UTF-8 bytes (`surrogatepass`: a lone surrogate is three bytes of 0x80 or
    more): an encode and a byte deletion in C, where a regex class tested each character
    (~1% of `check`, issue #11).
    """
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))


def reject_binary(text: str, path: str) -> None:
    """Refuse text full of control characters (a binary file that happened to decode)."""
    sample = text[:65536]
    if not sample:
        return
    controls = control_characters(sample)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise UserError("binary data (control characters), not a text document", path=path)
