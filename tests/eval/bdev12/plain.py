#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev12 (see ../BENEFITS-DEV12.md).

plain.py strip  EXPORT   writes /tmp/bdev12/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                         title, text and region of each measure (no derived field is kept, none was looked at);
plain.py used            writes /tmp/bdev12/used.json, the export ids whose measure holds the `contains` of a line
                         of benefits.jsonl or benefits-dev2..9.jsonl (only contains and doc are read);
plain.py list [govcn|local]  lists the measures not in used.json (title | text, first 110 characters);
plain.py full ID...      prints whole measures (title || text)."""
import json, os, re, sys
OUT = '/tmp/bdev12/plain.jsonl'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']
FOLD = str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'})


def norm(s):
    return re.sub(r'\s+', '', s or '').translate(FOLD)


def rows():
    return [json.loads(l) for l in open(OUT, encoding='utf-8')]


cmd, args = sys.argv[1], sys.argv[2:]
if cmd == 'strip':
    with open(OUT, 'w', encoding='utf-8') as o:
        for l in open(args[0], encoding='utf-8'):
            d = json.loads(l)
            o.write(json.dumps({k: d[k] for k in KEEP}, ensure_ascii=False) + '\n')
elif cmd == 'used':
    bodies = [(d['id'], d['source'], norm((d['title'] or '') + (d['text'] or ''))) for d in rows()]
    used = set()
    for f in ['benefits.jsonl'] + ['benefits-dev%d.jsonl' % i for i in range(2, 10)]:
        for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', f), encoding='utf-8'):
            g = json.loads(l)
            used |= {i for i, s, b in bodies if s == g['doc'] and norm(g['contains']) in b}
    json.dump(sorted(used), open('/tmp/bdev12/used.json', 'w'))
elif cmd == 'list':
    used = set(json.load(open('/tmp/bdev12/used.json')))
    for d in rows():
        sc = d['source'].startswith('govcn')
        if d['id'] in used or (args and (args[0] == 'govcn') != sc):
            continue
        print(d['id'], ((d['title'] or '') + '|' + d['text'])[:110].replace('\n', ' '))
elif cmd == 'full':
    for d in rows():
        if d['id'] in args:
            print('##', d['id'])
            print((d['title'] or '') + ' || ' + d['text'])
