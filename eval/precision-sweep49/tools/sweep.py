"""Run `policylens check` over every policy document under eval/ and corpora/ and list its findings (helper u49p).

Run (from the repository root):  PYTHONPATH=$PWD/cli .venv/bin/python eval/precision-sweep49/tools/sweep.py OUT.tsv [--all]
[--list FILE]

Documents: each annotated document (an `annotation.json` naming its `file`, or the one other file beside an
`annotation.json` that has `placeholders`), each file of a precision set's document folders (eval/precision*/NAME/…,
not its runs/, base/ or ref/ folders), and every file of corpora/ (as benchmarks/snapshot_corpora.py).  Edition pairs
(eval/pairs*, eval/blind/pairs*) are left out.  Writes one row a finding: path, line, column, rule, severity, message
and the line's text; without --all only error-level findings and the rules named in RECENT are kept.  With --list, the
documents are the paths FILE names instead (`tools/pair_documents.py` lists the edition pairs' files).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SKIP_DIRS = {"runs", "base", "ref", "tools"}
RECENT: set[str] = set()


def documents() -> list[Path]:
    """Every document the sweep covers, in name order."""
    found: set[Path] = set()
    for ann in (ROOT / "eval").rglob("annotation.json"):
        data = json.loads(ann.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("file"), str):
            found.add(ann.parent / data["file"])
        elif isinstance(data, dict) and "placeholders" in data:
            others = [p for p in ann.parent.iterdir() if p.is_file() and p.name != "annotation.json"]
            found.update(others)
    for pset in (ROOT / "eval").glob("precision*"):
        for folder in pset.iterdir():
            if folder.is_dir() and folder.name not in SKIP_DIRS:
                found.update(p for p in folder.rglob("*") if p.is_file())
    found.update(p for p in (ROOT / "corpora").rglob("*") if p.is_file() and not p.name.endswith("SOURCES.md"))
    return sorted(p for p in found if p.exists())


def check(path: Path) -> tuple[int, str, str]:
    """`policylens check --format json --no-config --fail-on never PATH` in this process."""
    from policylens.commands import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["policylens", "check", "--format", "json", "--no-config", "--fail-on", "never", str(path)]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved
    return code, out.getvalue(), err.getvalue()


def decoded_lines(rel: str) -> list[str]:
    """The document's lines as policylens decodes them (a .docx's text, a GBK page's characters)."""
    from policylens.load import load

    try:
        return load(rel).text.splitlines()
    except Exception:  # a file the loader refuses still gets its findings listed
        return (ROOT / rel).read_text(encoding="utf-8", errors="replace").splitlines()


def findings(report: object) -> list[dict]:
    """The findings of one check report, whatever its nesting (one file or several)."""
    if isinstance(report, dict):
        if "findings" in report and isinstance(report["findings"], list):
            return [f for f in report["findings"] if isinstance(f, dict)]
        if "files" in report and isinstance(report["files"], list):
            return [f for item in report["files"] for f in findings(item)]
    if isinstance(report, list):
        return [f for item in report for f in findings(item)]
    return []


def main() -> int:
    out_path = Path(sys.argv[1])
    keep_all = "--all" in sys.argv
    rows = []
    failed = []
    if "--list" in sys.argv:  # the documents named in a file, one path (from the repository root) a line
        listed = Path(sys.argv[sys.argv.index("--list") + 1]).read_text(encoding="utf-8").split()
        docs = [ROOT / name for name in listed]
    else:
        docs = documents()
    import os

    os.chdir(ROOT)
    for n, path in enumerate(docs):
        rel = path.relative_to(ROOT).as_posix()
        code, out, err = check(Path(rel))
        try:
            report = json.loads(out)
        except ValueError:
            failed.append(f"{rel}\t{code}\t{err.strip()[:200]}")
            continue
        lines = decoded_lines(rel)
        for f in findings(report):
            sev = f.get("severity", "")
            rule = f.get("rule", f.get("rule_id", ""))
            if not keep_all and sev != "error" and rule not in RECENT:
                continue
            line = f.get("line") or 0
            text = lines[line - 1].strip()[:160] if 0 < line <= len(lines) else ""
            msg = str(f.get("message", "")).replace("\t", " ").replace("\n", " ")[:200]
            rows.append(f"{rel}\t{line}\t{f.get('column', '')}\t{rule}\t{sev}\t{msg}\t{text.replace(chr(9), ' ')}")
        if n % 200 == 0:
            print(n, len(docs), file=sys.stderr)
    out_path.write_text("path\tline\tcolumn\trule\tseverity\tmessage\ttext\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    Path(str(out_path) + ".failed").write_text("".join(r + "\n" for r in failed), encoding="utf-8")
    print(f"{len(docs)} documents, {len(rows)} findings kept, {len(failed)} without a JSON report", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
