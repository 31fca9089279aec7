#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev17 (see ../BENEFITS-DEV17.md).

plain.py strip [EXPORT]  writes /tmp/bdev17/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                         title, text and region of each measure (EXPORT defaults to /tmp/real-stripped.jsonl);
plain.py used            writes /tmp/bdev17/used.json: the export ids whose measure holds the `contains` of a line of
                         benefits.jsonl or benefits-dev2..16.jsonl within its `doc` (only contains and doc are read),
                         and the per-document count of used measures;
plain.py pick            seeded order (random.Random(17)) of the documents with no used measure, or with used
                         measures under half of their measures -> order.txt beside this script
                         (`source  measures  used  region  title`);
plain.py scan N0 N1 [W]  lists the unused measures of positions N0..N1-1 of order.txt that hold a grant cue;
plain.py full ID...      prints whole measures (title || text)."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, '..')
OUT = '/tmp/bdev17/plain.jsonl'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']
FILES = ['benefits.jsonl'] + ['benefits-dev%d.jsonl' % i for i in range(2, 17)]


def norm(s):
    return re.sub(r'\s+', '', s or '')


def rows():
    return [json.loads(l) for l in open(OUT, encoding='utf-8')]


cmd, args = sys.argv[1], sys.argv[2:]
if cmd == 'strip':
    os.makedirs('/tmp/bdev17', exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as o:
        for l in open(args[0] if args else '/tmp/real-stripped.jsonl', encoding='utf-8'):
            d = json.loads(l)
            o.write(json.dumps({k: d[k] for k in KEEP}, ensure_ascii=False) + '\n')
elif cmd == 'used':
    by = {}
    for d in rows():
        by.setdefault(d['source'], []).append((d['id'], norm((d['title'] or '') + d['text'])))
    used, docs = set(), {}
    for f in FILES:
        for l in open(os.path.join(EVAL, f), encoding='utf-8'):
            g = json.loads(l)
            c = norm(g['contains'])
            for i, b in by.get(g['doc'], []):
                if c in b or c.replace('，', ',') in b:
                    used.add(i)
            docs[g['doc']] = docs.get(g['doc'], 0)
    for i in used:
        s = i.split('.')[0] + '.txt'
        docs[s] = docs.get(s, 0) + 1
    json.dump({'ids': sorted(used), 'docs': docs}, open('/tmp/bdev17/used.json', 'w'))
    print(len(used), 'measures used;', len(docs), 'documents named')
elif cmd == 'pick':
    u = json.load(open('/tmp/bdev17/used.json'))
    docs = {}
    for d in rows():
        docs.setdefault(d['source'], [d['doc_title'], 0, d['region']])
        docs[d['source']][1] += 1
    rng = random.Random(17)
    n = 0
    with open(os.path.join(HERE, 'order.txt'), 'w', encoding='utf-8') as o:
        for s in rng.sample(sorted(docs), len(docs)):
            k = u['docs'].get(s, 0)
            if k * 2 < docs[s][1]:
                n += 1
                o.write('%s %d %d %s %s\n' % (s, docs[s][1], k, docs[s][2], docs[s][0].replace(' ', '')))
    print(n, 'documents in order.txt')
elif cmd == 'scan':
    used = set(json.load(open('/tmp/bdev17/used.json'))['ids'])
    order = [l.split()[0] for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
    a, b = int(args[0]), int(args[1])
    w = int(args[2]) if len(args) > 2 else 120
    cue = re.compile('万元|补贴|补助|奖励|减免|免征|免收|贷款|贴息|担保|工作日|代办|帮办|容缺|告知承诺|免费|优惠|资助|'
                     '上门|%|％|降低|减半|压缩|即时|当场|免予|无需|不再')
    by = {}
    for d in rows():
        by.setdefault(d['source'], []).append(d)
    for k, s in enumerate(order[a:b], a):
        ms = by[s]
        print('=====', k, s, ms[0]['doc_title'], ms[0]['region'], len(ms))
        for d in ms:
            t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
            if d['id'] in used or not cue.search(t):
                continue
            print(d['id'], t[:w])
elif cmd == 'full':
    for d in rows():
        if d['id'] in args:
            print('##', d['id'], d['source'], d['region'], d['section'], d['number'])
            print((d['title'] or '') + ' || ' + d['text'])
