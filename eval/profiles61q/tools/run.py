#!/usr/bin/env python3
"""Run one policylens build on every document of this set and keep the raw JSON (ref/run-NAME/), stderr included.

    python3 eval/profiles61q/tools/run.py --build /work/wt/base61 --name base                     # dev/
    python3 eval/profiles61q/tools/run.py --build /work/wt/base61 --name base --split holdout     # holdout/, once, at the end

Each document is checked with the profiles its annotation scores, with the scorer's command line
(`check FILE --format json --no-config --fail-on never --select disclosure-missing --profile …`), from the repository root;
the same with `--explain-coverage` is kept beside it as NAME.coverage.json (every item with its section and line).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SET))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--build", required=True, help="a worktree whose cli/ is run")
    ap.add_argument("--name", required=True, help="ref/run-NAME/ receives the outputs")
    ap.add_argument("--python", default="/work/main/.venv/bin/python")
    ap.add_argument("--split", default="dev", choices=["dev", "holdout"], help="the annotation folder to run")
    args = ap.parse_args()
    out = os.path.join(SET, "ref", f"run-{args.name}" + ("" if args.split == "dev" else "-holdout"))
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=os.path.join(os.path.abspath(args.build), "cli"))
    errs = []
    for path in sorted(glob.glob(os.path.join(SET, args.split, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            ann = json.load(fh)
        name = os.path.basename(path)[:-5]
        profiles = sorted({k.split("/")[0] for k in ann["verdicts"]})
        cmd = [args.python, "-m", "policylens", "check", ann["file"], "--format", "json", "--no-config", "--fail-on", "never"]
        cmd += ["--select", "disclosure-missing"]
        for p in profiles:
            cmd += ["--profile", p]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT, env=env)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as fh:
            fh.write(proc.stdout)
        errs.append(f"== {name} (exit {proc.returncode})\n{proc.stderr}")
        cov = subprocess.run(cmd + ["--explain-coverage"], capture_output=True, text=True, check=False, cwd=ROOT, env=env)
        with open(os.path.join(out, name + ".coverage.json"), "w", encoding="utf-8") as fh:
            fh.write(cov.stdout)
    with open(os.path.join(out, "stderr.txt"), "w", encoding="utf-8") as fh:
        fh.write("".join(errs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
