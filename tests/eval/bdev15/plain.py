#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev15 (see ../BENEFITS-DEV15.md).

plain.py strip EXPORT     writes /tmp/bdev15/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                          title, text and region of each measure (the extractor's derived fields are dropped unread);
plain.py used             writes /tmp/bdev15/used_dev.json, the docs of benefits-dev7/8/9/12/13.jsonl (doc field only),
                          and /tmp/bdev15/excl_heldout.json, the docs of benefits-dev10/11/14.jsonl, printing only the
                          size of the latter (its contents are never printed or looked at);
plain.py order            prints the seeded order random.Random(15) of the 418 sources minus both sets -> order.txt;
plain.py show DOC [CUE]   lists the measures of DOC (id | title | text, first 120 characters), optionally only those
                          holding one of the cue words (comma-separated);
plain.py full ID...       prints whole measures (title || text)."""
import json, os, random, re, sys
OUT = '/tmp/bdev15/plain.jsonl'
EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + '/'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']


def rows():
    return [json.loads(l) for l in open(OUT, encoding='utf-8')]


cmd, args = sys.argv[1], sys.argv[2:]
if cmd == 'strip':
    with open(OUT, 'w', encoding='utf-8') as o:
        for l in open(args[0], encoding='utf-8'):
            d = json.loads(l)
            o.write(json.dumps({k: d.get(k) for k in KEEP}, ensure_ascii=False) + '\n')
elif cmd == 'used':
    dev = set()
    for f in ['benefits-dev7.jsonl', 'benefits-dev8.jsonl', 'benefits-dev9.jsonl', 'benefits-dev12.jsonl',
              'benefits-dev13.jsonl']:
        dev |= {json.loads(l)['doc'] for l in open(EVAL + f, encoding='utf-8')}
    json.dump(sorted(dev), open('/tmp/bdev15/used_dev.json', 'w'))
    s = {(lambda d: d.get('doc') or d.get('doc_id'))(json.loads(l)) for f in ['benefits-dev10.jsonl', 'benefits-dev11.jsonl', 'benefits-dev14.jsonl'] for l in open(EVAL + f)}
    json.dump(sorted(s), open('/tmp/bdev15/excl_heldout.json', 'w'))
    print(len(dev), len(s))
elif cmd == 'order':
    docs = {}
    for d in rows():
        docs.setdefault(d['source'], [d['doc_title'], 0])
        docs[d['source']][1] += 1
    skip = set(json.load(open('/tmp/bdev15/used_dev.json'))) | set(json.load(open('/tmp/bdev15/excl_heldout.json')))
    rng = random.Random(15)
    for s in rng.sample(sorted(docs), len(docs)):
        if s not in skip:
            print(s, docs[s][1], docs[s][0])
elif cmd == 'show':
    cues = args[1].split(',') if len(args) > 1 else None
    shown = hidden = 0
    for d in rows():
        if d['source'] != args[0]:
            continue
        body = (d['title'] or '') + '|' + (d['text'] or '')
        if cues and not any(c in body for c in cues):
            hidden += 1
            continue
        shown += 1
        print(d['id'], body[:120].replace('\n', ' '))
    print('-- shown %d, left out %d' % (shown, hidden))
elif cmd == 'full':
    for d in rows():
        if d['id'] in args:
            print('##', d['id'])
            print((d['title'] or '') + ' || ' + d['text'])
