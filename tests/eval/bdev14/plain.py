#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev14 (see ../BENEFITS-DEV14.md).

plain.py strip [EXPORT]  writes /tmp/bdev14/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                         title, text and region of each measure (EXPORT defaults to /tmp/s7-real-export.jsonl; the
                         extractor's derived fields are dropped before anything is read);
plain.py used            writes /tmp/bdev14/used.json: the documents named in the `doc` field of
                         benefits-dev7.jsonl, benefits-dev8.jsonl and benefits-dev9.jsonl (only that field is read);
plain.py pick            seeded order (random.Random(14)) of the documents not in used.json -> order.txt beside
                         this script (`source  measures  region  title`);
plain.py show N0 N1 [W] [cue]  lists the measures of positions N0..N1-1 of order.txt (title | text, first W
                         characters); with `cue`, only those holding a broad grant cue of set 9 (a count of the rest);
plain.py full ID...      prints whole measures (title || text)."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, '..')
OUT = '/tmp/bdev14/plain.jsonl'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']


def rows():
    return [json.loads(l) for l in open(OUT, encoding='utf-8')]


cmd, args = sys.argv[1], sys.argv[2:]
if cmd == 'strip':
    os.makedirs('/tmp/bdev14', exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as o:
        for l in open(args[0] if args else '/tmp/s7-real-export.jsonl', encoding='utf-8'):
            d = json.loads(l)
            o.write(json.dumps({k: d[k] for k in KEEP}, ensure_ascii=False) + '\n')
elif cmd == 'used':
    docs = set()
    for f in ['benefits-dev7.jsonl', 'benefits-dev8.jsonl', 'benefits-dev9.jsonl']:
        for l in open(os.path.join(EVAL, f), encoding='utf-8'):
            docs.add(json.loads(l)['doc'])
    json.dump(sorted(docs), open('/tmp/bdev14/used.json', 'w'))
    print(len(docs), 'documents used by sets 7-9')
elif cmd == 'pick':
    used = set(json.load(open('/tmp/bdev14/used.json')))
    docs = {}
    for d in rows():
        docs.setdefault(d['source'], [d['doc_title'], 0, d['region']])
        docs[d['source']][1] += 1
    rng = random.Random(14)
    with open(os.path.join(HERE, 'order.txt'), 'w', encoding='utf-8') as o:
        for s in rng.sample(sorted(docs), len(docs)):
            if s not in used:
                o.write('%s %d %s %s\n' % (s, docs[s][1], docs[s][2], docs[s][0].replace(' ', '')))
elif cmd == 'show':
    order = [l.split()[0] for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
    a, b = int(args[0]), int(args[1])
    w = int(args[2]) if len(args) > 2 else 110
    cue = re.compile('免|补贴|补助|奖励|减免|贷款|贴息|担保|工作日|日内|代办|帮办|一次|材料|承诺|容缺|费|优惠|扶持|资助|'
                     '上门|网上|简化|税|给予|期限|减少|压缩|即时|当场') if len(args) > 3 else None
    by = {}
    for d in rows():
        by.setdefault(d['source'], []).append(d)
    for k, s in enumerate(order[a:b], a):
        ms = by[s]
        print('=====', k, s, ms[0]['doc_title'], ms[0]['region'], len(ms))
        rest = 0
        for d in ms:
            t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
            if cue and not cue.search(t):
                rest += 1
                continue
            print(d['id'], t[:w])
        if rest:
            print('  (%d measures without a cue)' % rest)
elif cmd == 'full':
    for d in rows():
        if d['id'] in args:
            print('##', d['id'], d['source'], d['section'], d['number'])
            print((d['title'] or '') + ' || ' + d['text'])
