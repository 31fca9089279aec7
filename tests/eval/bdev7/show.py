#!/usr/bin/env python3
"""Reading helper: show.py N0 N1 [width] prints the measures of documents N0..N1-1 of order.txt, truncated."""
import json, sys
order = [l.split()[0] for l in open('order.txt', encoding='utf-8')]
a, b = int(sys.argv[1]), int(sys.argv[2]); w = int(sys.argv[3]) if len(sys.argv) > 3 else 110
want = order[a:b]
by = {}
for line in open('/tmp/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append(d)
for s in want:
    ms = by[s]
    print('=====', s, ms[0]['doc_title'], ms[0]['region'])
    for d in ms:
        t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
        print(d['id'], d['number'] or '', t[:w])
