#!/usr/bin/env python3
"""Validates ann.py against /tmp/real-measures-plain.jsonl and writes ../benefits-dev7.jsonl.

Usage: python3 build.py [REAL_DOCS]  (the folder of the raw documents; each contains is then
checked to occur once in its document too)."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ann

def norm(s):
    return re.sub(r'\s+', '', s or '')

M, BYDOC = {}, {}
for line in open('/tmp/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    M[d['id']] = d
    BYDOC.setdefault(d['source'], []).append(d)
RAW = sys.argv[1] if len(sys.argv) > 1 else None
errs, out, seen = [], [], set()
for i, c, b, t, a, note in ann.E:
    m = M.get(i)
    if not m:
        errs.append('%s: no such measure' % i); continue
    if i in seen:
        errs.append('%s: used twice' % i)
    seen.add(i)
    nc = norm(c)
    if not 12 <= len(nc) <= 30 or nc != c:
        errs.append('%s: contains length %d or whitespace: %s' % (i, len(nc), c))
    hits = [x['id'] for x in BYDOC[m['source']] if nc in norm(x['text'])]
    if hits != [i]:
        errs.append('%s: contains %s in measures %s' % (i, c, hits))
    if norm(m['text']).count(nc) != 1:
        errs.append('%s: contains %s occurs %d times in the measure' % (i, c, norm(m['text']).count(nc)))
    rp = os.path.join(RAW, m['source']) if RAW else None
    if rp and os.path.exists(rp):
        k = norm(open(rp, encoding='utf-8').read()).count(nc)
        if k != 1:
            errs.append('%s: contains %s occurs %d times in raw %s' % (i, c, k, m['source']))
    for x in a:
        if norm(x['text']) not in norm(m['text']):
            errs.append('%s: amount %s not in text' % (i, x['text']))
    out.append({'contains': c, 'doc': m['source'], 'beneficiaries': b, 'benefit_types': t, 'amounts': a})
for e in errs:
    print(e)
dest = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'benefits-dev7.jsonl')
if not errs:
    with open(dest, 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
g = [o for o in out if o['beneficiaries'] or o['benefit_types'] or o['amounts']]
print('measures %d grants %d nothing %d docs %d grant-docs %d amounts %d errors %d' % (
    len(out), len(g), len(out) - len(g), len({o['doc'] for o in out}), len({o['doc'] for o in g}),
    sum(len(o['amounts']) for o in out), len(errs)))
