#!/usr/bin/env python3
"""Seeded choice of documents for benefits-dev10 (seed 20261205).

Every one of the 418 real documents lies in the reading order of set 7, 8 or 9 (140 + 130 + 148 positions), so no
document is wholly unread. The pool is therefore the documents that sets 8 and 9 only scanned with their narrow cue
list (positions 71-130 of ../bdev8/order.txt and 71-148 of ../bdev9/order.txt, 0-based 70..129 and 70..147), minus
every document from which set 8 or set 9 took a measure (the document tables of BENEFITS-DEV8.md and
BENEFITS-DEV9.md). Set 7's documents (the first 140 positions of ../bdev7/order.txt) are not in the pool at all.
The pool (116 documents) is shuffled with random.Random(20261205) (rng.sample(sorted(pool), len(pool))). Prints
`source  measures  region  title` in that order; the annotator read them in this order (output in order.txt).
Usage: pick_docs.py [MEASURES]  (default /tmp/bdev9/real-measures-plain.jsonl)"""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MEASURES = sys.argv[1] if len(sys.argv) > 1 else '/tmp/bdev9/real-measures-plain.jsonl'
docs = {}
for line in open(MEASURES, encoding='utf-8'):
    d = json.loads(line)
    docs.setdefault(d['source'], [d['doc_title'], 0, d['region']])
    docs[d['source']][1] += 1


def positions(path, a, b):
    return [l.split()[0] for l in open(os.path.join(HERE, '..', path), encoding='utf-8')][a:b]


gold = set()
for note in ('BENEFITS-DEV8.md', 'BENEFITS-DEV9.md'):
    text = open(os.path.join(HERE, '..', note), encoding='utf-8').read()
    gold |= {m.group(1) + '.txt' for m in re.finditer(r'^\| \d+ \| (d\d{4}) \|', text, re.M)}
pool = [s for s in positions('bdev8/order.txt', 70, 130) + positions('bdev9/order.txt', 70, 148) if s not in gold]
rng = random.Random(20261205)
for s in rng.sample(sorted(pool), len(pool)):
    t, n, r = docs[s]
    print(s, n, r, t.replace(' ', '')[:60])
