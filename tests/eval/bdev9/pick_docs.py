#!/usr/bin/env python3
"""Seeded choice of documents for benefits-dev9 (seed 20261204): a seeded permutation of the 418 real documents,
sampled uniformly from the sorted list of sources in the plain measure export. Documents that set 7 read (the first
140 positions of ../bdev7/order.txt) and that set 8 read (the first 130 positions of ../bdev8/order.txt, see
BENEFITS-DEV8.md) are skipped. Prints `source  measures  title` for the remaining documents, in order; the annotator
read them in this order (output written to order.txt).
Usage: pick_docs.py [MEASURES]  (default /tmp/bdev9/real-measures-plain.jsonl)"""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MEASURES = sys.argv[1] if len(sys.argv) > 1 else '/tmp/bdev9/real-measures-plain.jsonl'
docs = {}
for line in open(MEASURES, encoding='utf-8'):
    d = json.loads(line)
    docs.setdefault(d['source'], [d['doc_title'], 0])
    docs[d['source']][1] += 1


def first(path, n):
    return [l.split()[0] for l in open(os.path.join(HERE, '..', path), encoding='utf-8')][:n]


read = set(first('bdev7/order.txt', 140)) | set(first('bdev8/order.txt', 130))
rng = random.Random(20261204)
for s in rng.sample(sorted(docs), len(docs)):
    if s not in read:
        print(s, docs[s][1], docs[s][0])
