#!/usr/bin/env python3
"""Writes ../benefits-dev21.jsonl from ann.py (lines in an order shuffled with random.Random(21)), then runs
../check_benefits_dev21.py on it.

Usage: python3 build.py [MEASURES [REAL_DOCS]]  (default /tmp/bdev21/plain.jsonl, the plain copy written by
`plain.py strip`; only id, source and text are read). Before writing, it checks what the validator cannot: that each
contains lies in the measure whose id ann.py names and in no other measure of the 418 documents."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..'))
import ann
import check_benefits_dev21 as validator

args = [a for a in sys.argv[1:] if a != '-v']
MEASURES = args[0] if args else validator.default_measures()
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
    hits = [j for j, body in BODY.items() if validator.norm(c) in body]
    if hits != [i]:
        errs.append('%s: contains %s lies in measures %s' % (i, c, hits))
    out.append({'contains': c, 'doc': SOURCE[i], 'beneficiaries': b, 'benefit_types': t, 'amounts': a})
if len({e[0] for e in ann.E}) != len(ann.E):
    errs.append('an export id is used twice in ann.py')
for e in errs:
    print(e)
if errs:
    sys.exit(1)
random.Random(21).shuffle(out)
with open(os.path.join(HERE, '..', 'benefits-dev21.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
sys.exit(validator.main(args + ['-v']))
