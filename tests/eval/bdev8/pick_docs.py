#!/usr/bin/env python3
"""Seeded choice of documents for benefits-dev8 (seed 20261203): a seeded permutation of the 418 real documents,
sampled uniformly from the sorted list of sources in /tmp/real-measures-plain.jsonl. Documents among the first 140
positions of dev7's order (../bdev7/order.txt, the positions dev7 read) are skipped. Prints
`source  measures  title` for the remaining documents, in order; the annotator read them in this order."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
docs = {}
for line in open('/tmp/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    docs.setdefault(d['source'], [d['doc_title'], 0])
    docs[d['source']][1] += 1
dev7 = [l.split()[0] for l in open(os.path.join(HERE, '..', 'bdev7', 'order.txt'), encoding='utf-8')][:140]
rng = random.Random(20261203)
for s in rng.sample(sorted(docs), len(docs)):
    if s not in dev7:
        print(s, docs[s][1], docs[s][0])
