"""A Python source's comments, blanked: a code file's comments are no published text (helper u49p2).

eval/blind/round37 voicechanger-py: 「# 使用临时占位图片，实际使用时请替换为真实图片路径」, the developer's note on a
placeholder image, was read as the policy's drafting note.  As `load.swift.blank_comments` does for Swift, Kotlin and
Java, each `#` comment is replaced by spaces (lines and columns keep their places).  Python's own tokenizer finds them,
so a `#` inside a string (a Markdown heading in a triple-quoted policy, 「# 隐私政策」) stays; a source the tokenizer
cannot read is left as it is.
"""

from __future__ import annotations

import io
import tokenize


def blank_py_comments(text: str) -> str:
    """`text` with each comment of the Python source replaced by spaces, or `text` itself when it is no valid Python."""
    if "#" not in text:
        return text
    comments: list[tuple[int, int, int]] = []  # (line, start column, end column), 1-based lines
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                comments.append((token.start[0], token.start[1], token.end[1]))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return text
    if not comments:
        return text
    # lines as the tokenizer counts them, at LF only (u50h: `splitlines` also splits at CR, U+2028, U+0085, a form feed…:
    # a policy string holding one put every comment below it on the wrong line, and 「手机号码，用于账号注」 became spaces)
    lines = text.split("\n")
    for line, start, end in comments:
        row = lines[line - 1]
        lines[line - 1] = row[:start] + " " * (end - start) + row[end:]
    return "\n".join(lines)
