#!/usr/bin/env python3
"""Seeded choice of documents for benefits-dev7 (seed 20261202): a seeded permutation of the 418 real documents,
sampled uniformly from the sorted list of sources in /tmp/real-measures-plain.jsonl. The annotator then
read the measures of these documents in the printed order and picked measures by reading."""
import json, random
docs = {}
for line in open('/tmp/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    docs.setdefault(d['source'], [d['doc_title'], 0])
    docs[d['source']][1] += 1
rng = random.Random(20261202)
for s in rng.sample(sorted(docs), len(docs)):
    print(s, docs[s][1], docs[s][0])
