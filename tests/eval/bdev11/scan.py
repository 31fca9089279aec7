#!/usr/bin/env python3
"""Reading helper for the cue pass: scan.py STRATUM N0 N1 lists only measures (not used by an earlier gold set) that
hold a grant cue (money, fee, tax, financing, time-limit, waiver and service words), leaving out penalty articles
(罚款/处分), with 60 characters before and 80 after the first cue. Positions are 1-based and inclusive."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
st, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
order = [l.split() for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
order = {int(o[1]): o[2] for o in order if o[0] == st}
uids = set(json.load(open(os.path.join(HERE, 'used.json')))['ids'])
by = {}
for line in open('/tmp/bdev11/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append(d)
cue = re.compile('补贴|补助|奖励|奖补|减免|免费|免收|免征|免缴|免予|免于|贷款|贴息|担保|融资|工作日|日内|代办|帮办|容缺|告知承诺|'
                 '承诺制|优惠|扶持|资助|上门|简化|减半|不得收取|降低.{0,6}(费|成本)|援助|无偿|即时|当场|一次|专项资金|财政|'
                 '税|首台|保险|绿色通道|便利|一网通办|不再')
for k in range(a, b + 1):
    s = order[k]
    print('=====', st, k, s, by[s][0]['doc_title'][:30], by[s][0]['region'])
    for d in by[s]:
        if d['id'] in uids:
            continue
        t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
        m = cue.search(t)
        if m and not re.search('罚款|处分', t):
            i = max(0, m.start() - 60)
            print(d['id'], '…', t[i:m.end() + 80])
