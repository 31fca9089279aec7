#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev18 (see ../BENEFITS-DEV18.md).

plain.py strip EXPORT    writes /tmp/bdev18/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                         title, text and region of each measure (no derived field is kept, none was looked at);
plain.py used            writes /tmp/bdev18/used.json, the ids of /tmp/bdev18/plain.jsonl whose measure holds the
                         `contains` of a line of benefits.jsonl, benefits-dev2..9.jsonl, benefits-dev12.jsonl or
                         benefits-dev13.jsonl (each file named one by one; only contains and doc are read);
plain.py docs            lists the documents: source, region, number of measures, number not used, title;
plain.py list SOURCE...  lists the measures of these documents not in used.json (title | text, first 110 characters);
plain.py cue SEED N      shuffles the sources with random.Random(SEED), takes the first N, and lists their measures not
                         in used.json that hold a grant cue or a look-alike cue (first 110 characters);
plain.py full ID...      prints whole measures (title || text)."""
import json, os, random, re, sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = '/tmp/bdev18/plain.jsonl'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']
DEV = ['benefits.jsonl', 'benefits-dev2.jsonl', 'benefits-dev3.jsonl', 'benefits-dev4.jsonl', 'benefits-dev5.jsonl',
       'benefits-dev6.jsonl', 'benefits-dev7.jsonl', 'benefits-dev8.jsonl', 'benefits-dev9.jsonl',
       'benefits-dev12.jsonl', 'benefits-dev13.jsonl']
CUE = re.compile('免|补贴|补助|奖励|减免|贷款|贴息|担保|融资|工作日|日内|代办|帮办|上门|材料|承诺|容缺|费|优惠|扶持|资助|'
                 '税|简化|压缩|即时|当场|期限|一次')


def norm(s):
    return re.sub(r'\s+', '', s or '')


def rows():
    return [json.loads(l) for l in open(OUT, encoding='utf-8')]


def used():
    return set(json.load(open('/tmp/bdev18/used.json')))


def short(d):
    return ((d['title'] or '') + '|' + (d['text'] or ''))[:110].replace('\n', ' ')


cmd, args = sys.argv[1], sys.argv[2:]
if cmd == 'strip':
    with open(OUT, 'w', encoding='utf-8') as o:
        for l in open(args[0], encoding='utf-8'):
            d = json.loads(l)
            o.write(json.dumps({k: d.get(k) for k in KEEP}, ensure_ascii=False) + '\n')
elif cmd == 'used':
    bodies = [(d['id'], d['source'], norm(d['text'])) for d in rows()]
    u = set()
    for f in DEV:
        for l in open(os.path.join(EVAL, f), encoding='utf-8'):
            g = json.loads(l)
            c = norm(g['contains'])
            u |= {i for i, s, b in bodies if s == g['doc'] and c in b}
    json.dump(sorted(u), open('/tmp/bdev18/used.json', 'w'))
    print(len(u), 'measures used')
elif cmd == 'docs':
    u, by = used(), {}
    for d in rows():
        by.setdefault(d['source'], []).append(d)
    for s in sorted(by):
        ms = by[s]
        print(s, ms[0]['region'], len(ms), sum(1 for m in ms if m['id'] not in u), (ms[0]['doc_title'] or '')[:40])
elif cmd == 'list':
    u = used()
    for d in rows():
        if d['source'] in args and d['id'] not in u:
            print(d['id'], short(d))
elif cmd == 'cue':
    u, rs = used(), rows()
    docs = sorted({d['source'] for d in rs})
    pick = random.Random(int(args[0])).sample(docs, len(docs))[:int(args[1])]
    for s in pick:
        for d in rs:
            if d['source'] == s and d['id'] not in u and CUE.search(d['text'] or ''):
                print(d['id'], short(d))
elif cmd == 'full':
    want = set(args)
    for d in rows():
        if d['id'] in want:
            print('##', d['id'], d['region'])
            print((d['title'] or '') + ' || ' + (d['text'] or ''))
