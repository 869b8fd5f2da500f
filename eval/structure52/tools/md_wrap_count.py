"""(u52x) How often a Markdown line ending a sentence (。！？；) is followed, in the same blank-line block, by a plain line
that continues its paragraph (a hard wrap) rather than a new paragraph written without a blank line.

    python3 eval/structure52/tools/md_wrap_count.py eval corpora      (from the repository's root)

Reads every Markdown file with at least 200 Han characters (README.md and `runs*` folders left out, each distinct text
once), counts the occurrences, and lists those a width rule would join: the block holds at least two other lines ending
mid-sentence, every line but the block's last is within WRAP of the block's widest line (display width, a Han character
counts 2), and the sentence line itself is as wide. `--show` prints each joined occurrence with its lines.
Standard library only.
"""

import os
import re
import sys
import unicodedata

END = tuple("。！？；!?;")
MID_OK = tuple("。！？；!?;：:，,、）)」』”*")  # a line ending on these is no evidence of a wrap inside a sentence
LIST = re.compile(
    r"^\s*(?:[-*+·•]\s|\d+[.)、]\s?|#|\||>|<|```|~~~|!\[|\[\^|---|\{:|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)"
)
HAN = re.compile(r"[\u4e00-\u9fff]")
WRAP = 0.8


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s.rstrip())


def blocks_of(text: str) -> list[list[tuple[int, str]]]:
    """Blank-line blocks outside fences; a line ending in two spaces (a Markdown line break) ends its block."""
    blocks: list[list[tuple[int, str]]] = []
    block: list[tuple[int, str]] = []
    fence = False
    for i, line in enumerate(text.split("\n")):
        if line.strip().startswith(("```", "~~~")):
            fence = not fence
            blocks.append(block)
            block = []
        elif fence:
            continue
        elif not line.strip() or line.endswith("  "):
            if line.strip():
                block.append((i, line))
            blocks.append(block)
            block = []
        else:
            block.append((i, line))
    blocks.append(block)
    return blocks


def main() -> None:
    roots = [a for a in sys.argv[1:] if not a.startswith("--")]
    files = []
    for root in roots:
        for dp, _, fn in os.walk(root):
            if "/runs" not in dp and "node_modules" not in dp:
                files += [os.path.join(dp, f) for f in fn if f.endswith(".md") and f.lower() != "readme.md"]
    seen: set[int] = set()
    total = 0
    found: list[tuple[str, int]] = []
    counted: set[str] = set()
    for path in sorted(files):
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        if len(HAN.findall(text)) < 200 or hash(text) in seen:
            continue
        seen.add(hash(text))
        for b in blocks_of(text):
            for k in range(len(b) - 1):
                n, line = b[k]
                line = line.rstrip()
                if not line.endswith(END) or LIST.match(b[k + 1][1]) or not HAN.search(line):
                    continue
                total += 1
                counted.add(path)
                others = [x.rstrip() for j, (_, x) in enumerate(b) if j != k]
                mid = [x for x in others[:-1] if not x.endswith(MID_OK)]
                widths = [width(x) for _, x in b[:-1]]
                if len(mid) >= 2 and min(widths) >= WRAP * max(widths) and width(line) >= WRAP * max(widths):
                    found.append((path, n + 1))
    print(f"{total} occurrences in {len(counted)} files; a width rule would join {len(found)} in {len({p for p, _ in found})} files")
    for path, n in found:
        print(f"  {path}:{n}")
        if "--show" in sys.argv:
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().split("\n")
            for i in range(max(0, n - 2), min(len(lines), n + 2)):
                print(f"     {i + 1:4} {'>' if i + 1 == n else ' '} {lines[i][:80]}")


if __name__ == "__main__":
    main()
