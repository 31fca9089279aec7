#!/usr/bin/env python3
"""Anchor helper: cc.py ID STRING... tells, for each STRING, whether it lies once in measure ID's text only (within
its document), its length, and how often it occurs in the raw document (REAL_DOCS, whitespace removed)."""
import json, os, re, sys
REAL = os.environ.get('REAL_DOCS', 'eval/real/docs') + '/'
i = sys.argv[1]
by, src = {}, None
for line in open('/tmp/bdev11/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append((d['id'], re.sub(r'\s+', '', d['text'] or '')))
    if d['id'] == i:
        src = d['source']
raw = re.sub(r'\s+', '', open(REAL + src, encoding='utf-8').read())
for c in sys.argv[2:]:
    hits = [(j, body.count(c)) for j, body in by[src] if c in body]
    print(len(c), c, hits, 'raw', raw.count(c), 'OK' if hits == [(i, 1)] and raw.count(c) == 1 and 12 <= len(c) <= 30 and ',' not in c and '，' not in c else 'BAD')
