"""Write one JavaScript template literal of a file at a commit as an edition (its text between the backquotes).

Usage: python3 extract_literal.py GROUP EDITION REPO COMMIT PATH START EXT -- START is the text the literal's line
begins with (after indentation); the literal ends at the first backquote after it. Appends a SOURCES.txt line whose
blob column reads ``literal-of:<blob>:<line>``.
"""

import hashlib
import subprocess
import sys
from pathlib import Path

group, edition, repo, commit, path, start, ext = sys.argv[1:8]
here = Path(__file__).resolve().parents[1]
gitdir = f"/work/.mirror/{repo.replace('/', '+')}/repo"
text = subprocess.run(["git", "--git-dir", gitdir, "cat-file", "blob", f"{commit}:{path}"], check=True, capture_output=True).stdout.decode(
    "utf-8"
)
blob = subprocess.run(
    ["git", "--git-dir", gitdir, "rev-parse", f"{commit}:{path}"], check=True, capture_output=True, text=True
).stdout.strip()
full = subprocess.run(["git", "--git-dir", gitdir, "rev-parse", commit], check=True, capture_output=True, text=True).stdout.strip()
at = text.index(start)
line = text.count("\n", 0, at) + 1
body_start = text.index("`", at) + 1
body = text[body_start : text.index("`", body_start)] + "\n"
out = here / "editions" / group / f"{edition}.{ext}"
out.parent.mkdir(parents=True, exist_ok=True)
data = body.encode("utf-8")
out.write_bytes(data)
with open(here / "SOURCES.txt", "a", encoding="utf-8") as f:
    f.write(
        "\t".join([group, edition, repo, full, path, f"literal-of:{blob}:{line}", str(len(data)), hashlib.sha256(data).hexdigest()]) + "\n"
    )
