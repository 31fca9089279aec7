#!/usr/bin/env python3
"""Reading helper for positions 61-116 of order.txt (0-based 60..115): lists only measures holding a grant cue
(money, fee, tax, financing, time-limit, waiver and service words), leaving out penalty articles (罚款/处分), with
70 characters around the first cue. Usage: scan.py [N0 N1]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
order = [l.split()[0] for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
a, b = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (60, 116)
by = {}
for line in open('/tmp/bdev9/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append(d)
cue = re.compile('补贴|补助|奖励|减免|免费|免收|免征|免予|免于|贷款|贴息|担保|工作日|日内|代办|帮办|容缺|告知承诺|优惠|'
                 '扶持|资助|上门|简化|减半|不得收取|降低.{0,6}费|援助|无偿|即时|当场')
for k, s in enumerate(order[a:b], a):
    print('=====', k, s, by[s][0]['doc_title'][:30], by[s][0]['region'])
    for d in by[s]:
        t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
        m = cue.search(t)
        if m and not re.search('罚款|处分', t):
            i = max(0, m.start() - 70)
            print(d['id'], '…', t[i:m.end() + 70])
