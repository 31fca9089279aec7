#!/usr/bin/env python3
"""Writes ../benefits-dev15.jsonl from ann.py, then runs ../check_benefits_dev15.py on it.

Usage: python3 build.py [MEASURES [REAL_DOCS]]  (defaults /tmp/bdev15/plain.jsonl and $REAL_DOCS (eval/real/docs of the development material);
only id, source and text are read). Before writing, it checks what the validator cannot: that each contains lies in
the measure whose id ann.py names (and in no other measure text of that document) and holds no comma."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..'))
import ann
import check_benefits_dev15  # noqa: F401  (sets the gold path of the shared validator)
import check_benefits_dev7 as validator

MEASURES = sys.argv[1] if len(sys.argv) > 1 else '/tmp/bdev15/plain.jsonl'
RAW = sys.argv[2] if len(sys.argv) > 2 else os.environ.get('REAL_DOCS', 'eval/real/docs')
SOURCE, BODY = {}, {}
for line in open(MEASURES, encoding='utf-8'):
    d = json.loads(line)
    SOURCE[d['id']] = d['source']
    BODY[d['id']] = validator.norm(d.get('text'))
errs, out = [], []
for i, c, b, t, a, note in ann.E:
    if i not in SOURCE:
        errs.append('%s: no such measure' % i)
        continue
    if re.search('[,，]', c):
        errs.append('%s: contains %s holds a comma' % (i, c))
    hits = [j for j, body in BODY.items() if SOURCE[j] == SOURCE[i] and validator.norm(c) in body]
    if hits != [i]:
        errs.append('%s: contains %s lies in measures %s' % (i, c, hits))
    out.append({'contains': c, 'doc': SOURCE[i], 'beneficiaries': b, 'benefit_types': t, 'amounts': a})
for e in errs:
    print(e)
if errs:
    sys.exit(1)
with open(os.path.join(HERE, '..', 'benefits-dev15.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
sys.exit(validator.main([MEASURES, RAW, '-v']))
