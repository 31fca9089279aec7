#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev16 (HELD-OUT set; see ../BENEFITS-DEV16.md).

plain.py strip  EXPORT   writes /tmp/bdev16/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                         title, text and region of each measure (input: /tmp/out-s5/export-stripped.jsonl, which holds
                         no extractor field);
plain.py used            writes /tmp/bdev16/used.json, the export ids whose measure holds the `contains` of a line
                         of benefits.jsonl, benefits-dev2..9.jsonl, benefits-dev12.jsonl or benefits-dev13.jsonl
                         (each file named one by one; only contains and doc are read), and prints the count;
plain.py order           writes /tmp/bdev16/order.json: the ids not in used.json, shuffled with random.Random(16);
plain.py list [FROM [N]] lists the shuffled measures from position FROM (title | text, first 110 characters);
plain.py full ID...      prints whole measures (title || text)."""
import json, os, random, re, sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = '/tmp/bdev16/plain.jsonl'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']
FOLD = str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'})
USED_BY = ['benefits.jsonl', 'benefits-dev2.jsonl', 'benefits-dev3.jsonl', 'benefits-dev4.jsonl',
           'benefits-dev5.jsonl', 'benefits-dev6.jsonl', 'benefits-dev7.jsonl', 'benefits-dev8.jsonl',
           'benefits-dev9.jsonl', 'benefits-dev12.jsonl', 'benefits-dev13.jsonl']


def norm(s):
    return re.sub(r'\s+', '', s or '').translate(FOLD)


def rows():
    return [json.loads(l) for l in open(OUT, encoding='utf-8')]


if __name__ == '__main__':
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == 'strip':
        with open(OUT, 'w', encoding='utf-8') as o:
            for l in open(args[0], encoding='utf-8'):
                d = json.loads(l)
                o.write(json.dumps({k: d[k] for k in KEEP}, ensure_ascii=False) + '\n')
    elif cmd == 'used':
        bodies = [(d['id'], d['source'], norm((d['title'] or '') + (d['text'] or ''))) for d in rows()]
        used = set()
        for f in USED_BY:
            for l in open(os.path.join(EVAL, f), encoding='utf-8'):
                g = json.loads(l)
                c, doc = g['contains'], g['doc']  # the only fields read
                used |= {i for i, s, b in bodies if s == doc and norm(c) in b}
        json.dump(sorted(used), open('/tmp/bdev16/used.json', 'w'))
        print('used by the development files: %d export ids' % len(used))
    elif cmd == 'order':
        used = set(json.load(open('/tmp/bdev16/used.json')))
        ids = [d['id'] for d in rows() if d['id'] not in used]
        random.Random(16).shuffle(ids)
        json.dump(ids, open('/tmp/bdev16/order.json', 'w'))
        print('remaining, shuffled with random.Random(16): %d' % len(ids))
    elif cmd == 'list':
        order = json.load(open('/tmp/bdev16/order.json'))
        start = int(args[0]) if args else 0
        n = int(args[1]) if len(args) > 1 else len(order)
        by = {d['id']: d for d in rows()}
        for k in range(start, min(len(order), start + n)):
            d = by[order[k]]
            print(k, d['id'], ((d['title'] or '') + '|' + d['text'])[:110].replace('\n', ' '))
    elif cmd == 'full':
        for d in rows():
            if d['id'] in args:
                print('##', d['id'], d['doc_title'])
                print((d['title'] or '') + ' || ' + d['text'])
