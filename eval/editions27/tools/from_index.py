"""Write a file from the search index's stored text: ``from_index.py JSONFILE OUT`` where JSONFILE holds the
``read_file`` answer's ``text`` value as a JSON string; prints the character count to check against ``total_chars``."""

import json
import sys
from pathlib import Path

text = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
Path(sys.argv[2]).write_bytes(text.encode("utf-8"))
print(len(text), sys.argv[2])
