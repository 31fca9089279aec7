#!/usr/bin/env python3
"""Reading helper: show.py STRATUM N0 N1 [width] [cue] [nopen] prints the measures not used by an earlier gold set
(used.json) of positions N0..N1 (1-based, inclusive) of STRATUM (E or O) in order.txt, title + text truncated to
width. With `cue`, only measures whose text holds a broad grant cue are printed (plus a count of the rest); with
`nopen`, measures naming 罚款 or 处分 are left out too (counted with the rest)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MEASURES = '/tmp/bdev11/real-measures-plain.jsonl'
CUE = re.compile('免|补贴|补助|奖励|减免|贷款|贴息|担保|融资|工作日|日内|代办|帮办|一次|材料|承诺|容缺|费|优惠|扶持|资助|上门|'
                 '网上|简化|税|给予|期限|减少|压缩|即时|当场|支持|服务|便利|优先')
st, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
w = int(sys.argv[4]) if len(sys.argv) > 4 else 110
cue = 'cue' in sys.argv[5:]
nopen = 'nopen' in sys.argv[5:]
order = [l.split() for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
order = {int(o[1]): o[2] for o in order if o[0] == st}
uids = set(json.load(open(os.path.join(HERE, 'used.json')))['ids'])
by = {}
for line in open(MEASURES, encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append(d)
for k in range(a, b + 1):
    s = order[k]
    ms = by[s]
    print('=====', st, k, s, ms[0]['doc_title'][:40], ms[0]['region'])
    skipped = 0
    for d in ms:
        if d['id'] in uids:
            continue
        t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
        if (cue and not CUE.search(t)) or (nopen and re.search('罚款|处分', t)):
            skipped += 1
            continue
        print(d['id'], d['number'] or '', t[:w])
    if skipped:
        print('  (%d measures left out)' % skipped)
