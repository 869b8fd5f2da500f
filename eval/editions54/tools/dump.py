"""List compare runs (eval/editions26/tools/dump.py).  python tools/dump.py runs/*.json"""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[2] / "editions26" / "tools" / "dump.py"), run_name="__main__")
