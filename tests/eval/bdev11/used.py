#!/usr/bin/env python3
"""Measures already used by an earlier benefit gold set. Reads ONLY the `doc` and `contains` fields of
benefits.jsonl, benefits-dev2..dev10.jsonl and benefits-heldout.jsonl (no label is read or printed) and maps them
to measure ids of the plain export. Writes used.json: {"ids": [...], "docs": {source: n_used}}.
Usage: used.py [MEASURES]  (default /tmp/bdev11/real-measures-plain.jsonl)"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, '..')
MEASURES = sys.argv[1] if len(sys.argv) > 1 else '/tmp/bdev11/real-measures-plain.jsonl'
GOLDS = ['benefits.jsonl', 'benefits-heldout.jsonl'] + ['benefits-dev%d.jsonl' % i for i in range(2, 11)]
by = {}
for line in open(MEASURES, encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append((d['id'], re.sub(r'\s+', '', (d['title'] or '') + (d['text'] or ''))))
ids, docs, unmatched = set(), {}, 0
for g in GOLDS:
    for line in open(os.path.join(EVAL, g), encoding='utf-8'):
        o = json.loads(line)
        doc, c = o['doc'], re.sub(r'\s+', '', o['contains'])   # only these two fields are read
        if doc not in by:
            continue                                        # corpus/ documents, not the real ones
        hits = [i for i, body in by[doc] if c in body]
        if not hits:
            unmatched += 1
        for i in hits:
            if i not in ids:
                ids.add(i)
                docs[doc] = docs.get(doc, 0) + 1
json.dump({'ids': sorted(ids), 'docs': docs}, open(os.path.join(HERE, 'used.json'), 'w'))
print(len(ids), 'measures used in', len(docs), 'real documents;', unmatched, 'real-doc lines unmatched')
