#!/usr/bin/env python3
"""build.py NAME: reads ref/spec/NAME.py (a literal {file, source, v: {item: (verdict, note)}}), splits it into
verdicts and notes and hands it to save.py (which writes holdout/NAME.json and logs its sha256)."""
import ast, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
name, out = sys.argv[1], sys.argv[2]
d = ast.literal_eval(open(os.path.join(HERE, "spec", name + ".py"), encoding="utf-8").read())
v = {k: x[0] for k, x in d["v"].items()}
n = {k: x[1] for k, x in d["v"].items()}
doc = {"file": d["file"], "source": d["source"], "verdicts": v, "notes": n}
subprocess.run([sys.executable, os.path.join(HERE, "save.py"), out], input=repr(doc), text=True, check=True)
