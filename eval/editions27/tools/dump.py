"""List compare runs: eval/dev24c/tools/dump.py's listing (divergences, sentences), then each product's lagging
editions and warnings.  python tools/dump.py runs/*.json"""

import json
import runpy
import sys
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[2] / "dev24c" / "tools" / "dump.py"), run_name="__main__")
for path in sys.argv[1:]:
    for p in json.load(open(path, encoding="utf-8")).get("products", []):
        for lag in p.get("lagging", []):
            print(f"LAG {path} {lag['edition']} {lag.get('lacks')}")
        for w in p.get("warnings", []):
            print(f"WARN {path} {w}")
