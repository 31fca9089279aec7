#!/usr/bin/env python3
"""Reading helper (copy of bdev9/show.py): show.py N0 N1 [width] [cue] prints the measures of documents N0..N1-1 of order.txt, truncated.
With a fourth argument `cue`, only measures whose text holds a broad grant cue are printed (plus a count of the rest).
With a fifth argument `nopen`, measures naming 罚款 or 处分 are left out too (counted with the rest)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CUE = re.compile('免|补贴|补助|奖励|减免|贷款|贴息|担保|工作日|日内|代办|帮办|一次|材料|承诺|容缺|费|优惠|扶持|资助|上门|网上|简化|税|给予|期限|减少|压缩|即时|当场')
order = [l.split()[0] for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
a, b = int(sys.argv[1]), int(sys.argv[2]); w = int(sys.argv[3]) if len(sys.argv) > 3 else 110
cue = len(sys.argv) > 4
nopen = len(sys.argv) > 5
by = {}
for line in open('/tmp/bdev9/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append(d)
for k, s in enumerate(order[a:b], a):
    ms = by[s]
    print('=====', k, s, ms[0]['doc_title'], ms[0]['region'])
    skipped = 0
    for d in ms:
        t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
        if (cue and not CUE.search(t)) or (nopen and re.search('罚款|处分', t)):
            skipped += 1
            continue
        print(d['id'], d['number'] or '', t[:w])
    if skipped:
        print('  (%d measures without a cue)' % skipped)
