#!/usr/bin/env python3
"""Reading helper for positions 71-148 of order.txt (0-based 70..147): lists only measures holding a narrower cue
for financing, waivers, services and fee cuts, leaving out penalty articles, with 60 characters around the cue.
Usage: scan.py [N0 N1]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
order = [l.split()[0] for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
a, b = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (70, 148)
by = {}
for line in open('/tmp/bdev9/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append(d)
cue = re.compile('贷款|贴息|融资|容缺|代办|帮办|上门服务|专人|免于提交|免予提交|告知承诺|承诺制|降低.{0,6}费|减免')
for k, s in enumerate(order[a:b], a):
    for d in by[s]:
        t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
        m = cue.search(t)
        if m and not re.search('罚款|处分', t):
            i = max(0, m.start() - 60)
            print(k, d['id'], d['doc_title'][:12], '…', t[i:m.end() + 60])
