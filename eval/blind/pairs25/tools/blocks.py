"""Print a page's text one block per line (tags stripped; <p>/<h*>/<li>/<div>/<br>/<tr>/<text>/<view> end a block;
<script>/<style> dropped), for annotating pairs by a plain `diff` before any policylens run (t23b, pairs23).
Usage: python3 blocks.py FILE  (HTML, Vue/WXML/TSX templates; Markdown and text are printed as they are)."""
import html
import re
import sys

raw = open(sys.argv[1], "rb").read()
for enc in ("utf-8-sig", "gb18030", "utf-16"):
    try:
        t = raw.decode(enc)
        break
    except UnicodeDecodeError:
        continue
if sys.argv[1].endswith((".md", ".txt")):
    print(t.replace("\r\n", "\n").replace("\r", "\n"))
    sys.exit()
t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", t)
t = re.sub(r"(?s)<!--.*?-->", "", t)
t = re.sub(r"(?i)<(br|/?p|/?h[1-6]|/?li|/?div|/?tr|/?td|/?th|/?text|/?view|/?section|/?ul|/?ol|/?table|/?header|/?footer|/?nav)\b[^>]*>", "\n", t)
t = re.sub(r"<[^>]+>", "", t)
t = html.unescape(t)
for line in t.split("\n"):
    line = " ".join(line.split())
    if line:
        print(line)
