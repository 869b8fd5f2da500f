"""The characters of Word's symbol fonts: a `w:sym` (Insert ▸ Symbol) and text typed in such a font.

Word writes a symbol inserted from a symbol font as `<w:sym w:font="Wingdings" w:char="F0FE"/>`: the code is the
font's own (0xFE of Wingdings is a ticked box ☑), shifted into the private-use block F000–F0FF; a `w:char` below F000
is a Unicode character (`w:font="Segoe UI Symbol" w:char="2611"`).  The reader dropped every `w:sym` without a word:
「☑ 同意」 and 「☐ 不同意」 read as 「同意」 and 「不同意」, and 「保存期間≥五年」 as 「保存期間五年」 (twenty-eighth session,
u28h).  `symbol` reads the characters these fonts are used for in policies and forms (check boxes, bullets, arrows,
Symbol's Greek letters and mathematical signs); any other is reported, not guessed.
"""

from __future__ import annotations

# Adobe Symbol (Word's 「Symbol」 font): its ASCII letters are Greek, its upper half signs
_SYMBOL = dict(
    zip(
        range(0x20, 0x7F),
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼",
        strict=True,
    )
) | dict(zip(range(0xA0, 0xE6), "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑", strict=True))

# Wingdings and Wingdings 2: the boxes, ticks, crosses, bullets and arrows forms and policies use
_WINGDINGS = {
    0x6C: "●", 0x6D: "❍", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x72: "❒", 0x75: "◆", 0x76: "❖", 0x77: "⬥", 0x78: "⌧",
    0x9F: "•", 0xA1: "○", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢", 0xE8: "➔", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
}  # fmt: skip
_WINGDINGS_2 = {0x4F: "✗", 0x50: "✓", 0x52: "☑", 0x53: "☒", 0x54: "☒", 0xA3: "□", 0x97: "●", 0x98: "○"}
_FONTS = {"symbol": _SYMBOL, "wingdings": _WINGDINGS, "wingdings 2": _WINGDINGS_2}


def symbol(font: str | None, code: str | None) -> str | None:
    """The character a `w:sym` shows (its `w:font` and hexadecimal `w:char`), or None when it cannot be told."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return None
    if 0xF000 <= value <= 0xF0FF or (value <= 0xFF and (font or "").strip().lower() in _FONTS):
        return _FONTS.get((font or "").strip().lower(), {}).get(value & 0xFF)
    if value < 0x20 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF or 0xE000 <= value <= 0xF8FF:
        return None
    return chr(value)


def symbol_font(name: str | None) -> bool:
    """Whether `name` is a symbol font `symbol` reads (a run's `w:rFonts w:ascii`)."""
    return (name or "").strip().lower() in _FONTS


def symbol_text(font: str, text: str) -> str:
    """Text typed in a symbol font, as the font shows it: 「þ」 in Wingdings is a ticked box ☑ (`symbol`).  A
    character `symbol` cannot tell, and one past U+00FF (a Chinese character is drawn by the East Asian font), stays."""
    table = _FONTS[font.strip().lower()]
    return "".join(table.get(ord(c) & 0xFF, c) if ord(c) <= 0xFF or 0xF000 <= ord(c) <= 0xF0FF else c for c in text)
