"""Build one annotation dict for save.py from a compact spec: KEY: (verdict, note)."""
import sys, json
def emit(file, source, spec):
    v = {}; n = {}
    for k, (val, note) in spec.items():
        v[k] = val; n[k] = note
    print(repr({"file": file, "source": source, "verdicts": v, "notes": n}))
