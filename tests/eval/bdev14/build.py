#!/usr/bin/env python3
"""Writes ../benefits-dev14.jsonl from ann.py, then runs ../check_benefits_dev14.py on it.

Usage: python3 build.py [REAL_DOCS]  (the folder of the raw documents, passed on to the validator; default
$REAL_DOCS (eval/real/docs of the development material) when it exists). Before writing, it checks what the validator cannot: that each contains
lies in the measure whose id ann.py names, and that it holds no comma (the plain export has ',' where the raw documents
have '，')."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..'))
import ann
import check_benefits_dev14  # noqa: F401  (sets the gold path of the shared validator)
import check_benefits_dev7 as validator

MEASURES = '/tmp/bdev14/plain.jsonl'
RAW = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('REAL_DOCS', 'eval/real/docs')
BYDOC, SOURCE = {}, {}
for line in open(MEASURES, encoding='utf-8'):
    d = json.loads(line)
    SOURCE[d['id']] = d['source']
    BYDOC.setdefault(d['source'], []).append((d['id'], re.sub(r'\s+', '', d['text'] or '')))
errs, out = [], []
for i, c, b, t, a, note in ann.E:
    if i not in SOURCE:
        errs.append('%s: no such measure' % i)
        continue
    if ',' in c or '，' in c:
        errs.append('%s: contains has a comma: %s' % (i, c))
    hits = [j for j, body in BYDOC[SOURCE[i]] if c in body]
    if hits != [i]:
        errs.append('%s: contains %s lies in measures %s' % (i, c, hits))
    out.append({'contains': c, 'doc': SOURCE[i], 'beneficiaries': b, 'benefit_types': t, 'amounts': a})
for e in errs:
    print(e)
if errs:
    sys.exit(1)
with open(os.path.join(HERE, '..', 'benefits-dev14.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
sys.exit(validator.main([MEASURES] + ([RAW] if os.path.isdir(RAW) else []) + ['-v']))
