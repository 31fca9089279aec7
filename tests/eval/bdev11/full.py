#!/usr/bin/env python3
"""Reading helper: full.py ID... prints the whole measure (title + text) of each id."""
import json, sys
want = set(sys.argv[1:])
for line in open('/tmp/bdev11/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    if d['id'] in want:
        print('##', d['id'], d['source'], d['doc_title'][:30], d['section'], d['number'])
        print((d['title'] or '') + ' || ' + d['text'])
