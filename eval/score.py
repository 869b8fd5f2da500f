#!/usr/bin/env python3
"""Score policylens against the hand-annotated evaluation set in this folder.

    python3 score.py --policylens PATH [--set dev|holdout|all|dev2|holdout2|all2|dev3h|dev3|dev4|dev4h|dev5|dev5h|dev6|dev7|dev7h|dev8|dev9|dev9h|dev11|dev12|dev13|dev14|dev20p|dev21p|dev22p] [--what headings|placeholders|all]
                     [--verbose] [--doc NAME] [--json]

Standard library only. For each document folder <set>/<name>/ (one policy file plus
annotation.json) it runs

    policylens parse FILE --format json     (headings)
    policylens check FILE --format json     (placeholders)

Headings: every section of the parse output that has a line is a predicted heading
(the preamble section has line null; the document title is metadata.title_line, not a
section). Matching is on the exact line (tolerance 0). The annotated title line and the
annotation's "ambiguous_lines" are removed from both the gold and the predicted sets.
Level accuracy is computed on matched headings: predicted `level` == annotated `level`.

Placeholders: an annotated placeholder is found when a check finding whose rule id starts
with "placeholder" or "enumeration" covers its line (line <= L <= end_line). A placeholder
finding covering no annotated placeholder line is a false positive (lines listed in
"ambiguous_placeholder_lines" are ignored for false positives).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER_PREFIXES = ("placeholder", "enumeration")


def load_docs(which, only=None):
    sets = {"all": ["dev", "holdout"], "all2": ["dev2", "holdout2"]}.get(which, [which])
    docs = []
    for s in sets:
        base = os.path.join(HERE, s)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            d = os.path.join(base, name)
            ann_path = os.path.join(d, "annotation.json")
            if not os.path.isfile(ann_path):
                continue
            if only and name not in only:
                continue
            with open(ann_path, encoding="utf-8") as f:
                ann = json.load(f)
            files = [x for x in sorted(os.listdir(d)) if x != "annotation.json" and not x.startswith(".")]
            if ann.get("file"):
                files = [ann["file"]]
            if len(files) != 1:
                print(f"warning: {s}/{name}: expected one policy file, found {files}", file=sys.stderr)
                continue
            docs.append({"set": s, "name": name, "path": os.path.join(d, files[0]), "ann": ann})
    return docs


def run_json(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        sys.exit(f"score.py: cannot run {cmd[0]}: {e}")
    out = p.stdout.decode("utf-8", "replace")
    try:
        return json.loads(out), None
    except ValueError:
        err = p.stderr.decode("utf-8", "replace").strip()
        return None, f"exit {p.returncode}: {err[:300] or out[:300]}"


def flatten_sections(sections):
    """parse/1 gives a flat list with parent ids; also accept nested `children`/`sections`."""
    out = []
    stack = list(sections or [])[::-1]
    while stack:
        s = stack.pop()
        out.append(s)
        kids = s.get("children") or s.get("sections") or []
        stack.extend(list(kids)[::-1])
    return out


def predicted_headings(parse):
    heads = {}
    for s in flatten_sections(parse.get("sections")):
        line = s.get("line")
        if line is None:
            continue
        # keep the first section on a line (should be unique)
        heads.setdefault(int(line), {"level": s.get("level"), "title": s.get("title")})
    return heads


def placeholder_findings(check):
    out = []
    for f in check.get("files", []):
        for x in f.get("findings", []):
            if str(x.get("rule", "")).startswith(PLACEHOLDER_PREFIXES):
                out.append(x)
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_headings(doc, parse):
    ann = doc["ann"]
    excluded = set(int(x) for x in ann.get("ambiguous_lines", []))
    title = ann.get("title") or {}
    if title.get("line"):
        excluded.add(int(title["line"]))
    gold = {int(h["line"]): h for h in ann.get("headings", []) if int(h["line"]) not in excluded}
    pred = {l: h for l, h in predicted_headings(parse).items() if l not in excluded}
    tp_lines = sorted(set(gold) & set(pred))
    fn_lines = sorted(set(gold) - set(pred))
    fp_lines = sorted(set(pred) - set(gold))
    level_ok = [l for l in tp_lines if pred[l]["level"] == gold[l]["level"]]
    level_bad = [l for l in tp_lines if pred[l]["level"] != gold[l]["level"]]
    return {
        "tp": len(tp_lines), "fp": len(fp_lines), "fn": len(fn_lines),
        "level_ok": len(level_ok), "level_n": len(tp_lines),
        "misses": [(l, gold[l]["level"], gold[l]["text"]) for l in fn_lines],
        "false_pos": [(l, pred[l]["level"], pred[l]["title"]) for l in fp_lines],
        "level_errors": [(l, gold[l]["level"], pred[l]["level"], gold[l]["text"]) for l in level_bad],
    }


def score_placeholders(doc, check):
    ann = doc["ann"]
    gold = ann.get("placeholders", [])
    ignore = set(int(x) for x in ann.get("ambiguous_placeholder_lines", []))
    finds = placeholder_findings(check)

    def covers(f, line):
        lo = int(f.get("line", 0))
        hi = int(f.get("end_line") or lo)
        return lo <= line <= hi

    found, missed = [], []
    for g in gold:
        hit = [f for f in finds if covers(f, int(g["line"]))]
        (found if hit else missed).append(g)
    gold_lines = set(int(g["line"]) for g in gold) | ignore
    fps = [f for f in finds if not any(covers(f, l) for l in gold_lines)]
    return {"n": len(gold), "found": len(found), "missed": missed, "fp": fps}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--policylens", required=True, help="path to the policylens executable")
    ap.add_argument("--set", default="all", choices=["dev", "holdout", "all", "dev2", "holdout2", "all2", "dev3h", "dev3", "dev4", "dev4h", "dev5", "dev5h", "dev6", "dev7", "dev7h", "dev8", "dev9", "dev9h", "dev11", "dev12", "dev13", "dev14", "dev20p", "dev21p", "dev22p"],
                    help="all = dev + holdout; all2 = dev2 + holdout2 (the second set, see README)")
    ap.add_argument("--what", default="all", choices=["headings", "placeholders", "all"])
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives line by line")
    ap.add_argument("--doc", action="append", help="only this document folder name (repeatable)")
    ap.add_argument("--json", action="store_true", help="print machine-readable totals at the end")
    a = ap.parse_args()

    docs = load_docs(a.set, a.doc)
    if not docs:
        print("no documents found", file=sys.stderr)
        return 2
    do_h = a.what in ("headings", "all")
    do_p = a.what in ("placeholders", "all")
    T = {"tp": 0, "fp": 0, "fn": 0, "level_ok": 0, "level_n": 0, "ph_n": 0, "ph_found": 0, "ph_fp": 0,
         "errors": 0, "docs": 0}
    macro_f = []
    rows = []
    for doc in docs:
        label = f"{doc['set']}/{doc['name']}"
        row = {"doc": label}
        lines = []
        if do_h and doc["ann"].get("headings_annotated") is False:
            row["h_skipped"] = True  # a document annotated for placeholders only
        elif do_h:
            parse, err = run_json([a.policylens, "parse", doc["path"], "--format", "json"])
            if parse is None:
                row["error"] = err
                T["errors"] += 1
                h = {"tp": 0, "fp": 0, "fn": len(doc["ann"].get("headings", [])), "level_ok": 0, "level_n": 0,
                     "misses": [], "false_pos": [], "level_errors": []}
            else:
                h = score_headings(doc, parse)
            for k in ("tp", "fp", "fn", "level_ok", "level_n"):
                T[k] += h[k]
            p, r, f = prf(h["tp"], h["fp"], h["fn"])
            macro_f.append(f)
            row["h"] = (h, p, r, f)
            if a.verbose:
                for l, lv, t in h["misses"]:
                    lines.append(f"    MISS  L{l:<5} level {lv}  {t}")
                for l, lv, t in h["false_pos"]:
                    lines.append(f"    FP    L{l:<5} level {lv}  {t}")
                for l, g, pl, t in h["level_errors"]:
                    lines.append(f"    LEVEL L{l:<5} gold {g} got {pl}  {t}")
        if do_p:
            check, err = run_json([a.policylens, "check", doc["path"], "--format", "json", "--fail-on", "never", "--no-config"])
            if check is None:
                check, err2 = run_json([a.policylens, "check", doc["path"], "--format", "json"])
            if check is None:
                row["error"] = (row.get("error", "") + " " + str(err)).strip()
                T["errors"] += 1
                ph = {"n": len(doc["ann"].get("placeholders", [])), "found": 0, "missed": doc["ann"].get("placeholders", []), "fp": []}
            else:
                ph = score_placeholders(doc, check)
            T["ph_n"] += ph["n"]
            T["ph_found"] += ph["found"]
            T["ph_fp"] += len(ph["fp"])
            row["p"] = ph
            if a.verbose:
                for g in ph["missed"]:
                    lines.append(f"    PH-MISS L{g['line']:<5} {g['text']}  ({g.get('note', '')})")
                for x in ph["fp"]:
                    lines.append(f"    PH-FP   L{x['line']:<5} {x['rule']}  {x.get('excerpt', '')!r}")
        T["docs"] += 1
        row["lines"] = lines
        rows.append(row)

    w = max(len(r["doc"]) for r in rows)
    hdr = f"{'document':<{w}}"
    if do_h:
        hdr += "  gold  pred    P      R      F1    lvl"
    if do_p:
        hdr += "   ph  found  ph-FP"
    print(hdr)
    for row in rows:
        s = f"{row['doc']:<{w}}"
        if do_h and row.get("h_skipped"):
            s += "     (headings not annotated)             "
        elif do_h:
            h, p, r, f = row["h"]
            lvl = f"{h['level_ok'] / h['level_n']:.2f}" if h["level_n"] else "  - "
            s += f"  {h['tp'] + h['fn']:>4}  {h['tp'] + h['fp']:>4}  {p:.3f}  {r:.3f}  {f:.3f}  {lvl}"
        if do_p:
            ph = row["p"]
            s += f"  {ph['n']:>3}  {ph['found']:>5}  {len(ph['fp']):>5}"
        if row.get("error"):
            s += f"  ERROR {row['error']}"
        print(s)
        for l in row["lines"]:
            print(l)
    print("-" * len(hdr))
    summary = {"documents": T["docs"], "set": a.set}
    if do_h:
        p, r, f = prf(T["tp"], T["fp"], T["fn"])
        lvl = T["level_ok"] / T["level_n"] if T["level_n"] else 0.0
        mf = sum(macro_f) / len(macro_f) if macro_f else 0.0
        nh = sum(1 for r in rows if not r.get("h_skipped"))  # documents annotated for headings
        print(f"headings  (micro, {nh} docs): gold {T['tp'] + T['fn']}  predicted {T['tp'] + T['fp']}  "
              f"TP {T['tp']}  FP {T['fp']}  FN {T['fn']}")
        print(f"          precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (macro F1 {mf:.3f})  "
              f"level accuracy {lvl:.3f} ({T['level_ok']}/{T['level_n']})")
        summary.update({"heading_precision": round(p, 4), "heading_recall": round(r, 4), "heading_f1": round(f, 4),
                        "heading_macro_f1": round(mf, 4), "level_accuracy": round(lvl, 4),
                        "tp": T["tp"], "fp": T["fp"], "fn": T["fn"]})
    if do_p:
        rec = T["ph_found"] / T["ph_n"] if T["ph_n"] else None
        rec_s = f"{rec:.3f}" if rec is not None else "n/a"
        print(f"placeholders: {T['ph_found']}/{T['ph_n']} found  recall {rec_s}  "
              f"false positives {T['ph_fp']}")
        summary.update({"placeholder_recall": (round(rec, 4) if rec is not None else None), "placeholders": T["ph_n"],
                        "placeholders_found": T["ph_found"], "placeholder_fp": T["ph_fp"]})
    if T["errors"]:
        print(f"errors: {T['errors']} document(s) could not be processed")
    if a.json:
        print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
