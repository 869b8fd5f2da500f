"""Helper for annotate7.py: builds annotation.json from compact specs, copying heading text
from the file line (markup stripped) and asserting each placeholder text occurs on its line."""
import json, os, re, html

def read_lines(path):
    raw = open(path, 'rb').read()
    enc = 'utf-8-sig'
    try:
        txt = raw.decode(enc)
    except UnicodeDecodeError:
        txt = raw.decode('gb18030')
    # physical lines: CRLF = one break; lone CR also a break
    return re.split(r'\r\n|\n|\r', txt)

def strip_markup(s):
    s = re.sub(r'<[^>]*>', '', s)
    s = html.unescape(s)
    s = re.sub(r'^\s*#{1,6}\s*', '', s)
    s = re.sub(r'\s*#+\s*$', '', s)
    s = s.replace('**', '').replace('__', '')
    s = re.sub(r'^\s*>\s*', '', s)
    return s.strip()

def build(doc_dir, fname, meta, title, heads, phs, amb=(), amb_ph=(), look=(), notes=''):
    path = os.path.join(doc_dir, fname)
    L = read_lines(path)
    def line(n):
        return L[n - 1]
    hs = []
    for h in heads:
        n, lv = h[0], h[1]
        t = h[2] if len(h) > 2 else strip_markup(line(n))
        assert t and t in strip_markup(line(n)) or t in line(n), (fname, n, t, line(n))
        hs.append({"line": n, "level": lv, "text": t})
    ps = []
    for n, t, note in phs:
        assert t in line(n), (fname, n, t, line(n))
        ps.append({"line": n, "text": t, "note": note})
    ann = dict(meta)
    if title:
        tn = title[0]
        tt = title[1] if len(title) > 1 else strip_markup(line(tn))
        assert tt in line(tn) or tt in strip_markup(line(tn)), (fname, tn, tt)
        ann["title"] = {"line": tn, "text": tt}
    else:
        ann["title"] = None
    ann["headings"] = hs
    ann["placeholders"] = ps
    ann["ambiguous_lines"] = list(amb)
    ann["ambiguous_placeholder_lines"] = list(amb_ph)
    ann["look_alike_lines"] = [{"line": n, "note": note} for n, note in look]
    ann["file"] = fname
    ann["notes"] = notes
    with open(os.path.join(doc_dir, 'annotation.json'), 'w', encoding='utf-8') as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return len(hs), len(ps)
