#!/usr/bin/env python3
"""Writes ../benefits-dev19.jsonl from ann.py, then runs ../check_benefits_dev19.py on it.

Usage: python3 build.py [EXPORT]  (default /tmp/s12-corpus-export.jsonl; only id, source, title, text are read).
Before writing, it checks what the validator cannot: that each contains lies in the measure whose id ann.py names."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..'))
import ann
import check_benefits_dev19 as validator

EXPORT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/s12-corpus-export.jsonl'
SOURCE, BODY = {}, {}
for line in open(EXPORT, encoding='utf-8'):
    d = json.loads(line)
    SOURCE[d['id']] = d['source']
    BODY[d['id']] = validator.norm((d.get('title') or '') + (d.get('text') or ''))
errs, out = [], []
for i, c, b, t, a, note in ann.E:
    if i not in SOURCE:
        errs.append('%s: no such measure' % i)
        continue
    hits = [j for j, body in BODY.items() if validator.norm(c) in body]
    if hits != [i]:
        errs.append('%s: contains %s lies in measures %s' % (i, c, hits))
    out.append({'contains': c, 'doc': SOURCE[i], 'beneficiaries': b, 'benefit_types': t, 'amounts': a})
for e in errs:
    print(e)
if errs:
    sys.exit(1)
with open(os.path.join(HERE, '..', 'benefits-dev19.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
sys.exit(validator.main([EXPORT, '-v']))
