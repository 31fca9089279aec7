#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev19 (see ../BENEFITS-DEV19.md).

plain.py strip  EXPORT   writes /tmp/bdev19/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                         title, text and region of each measure (no derived field is kept, none was looked at);
plain.py used            writes /tmp/bdev19/used.json, the export ids whose measure holds the `contains` of a line
                         of benefits.jsonl, benefits-dev2..9.jsonl, benefits-dev12.jsonl or benefits-dev13.jsonl
                         (each named one by one; only contains and doc are read), plus the measures holding one of
                         the likely held-out phrases of BENEFITS.md / BENEFITS-DEV12/13.md (LIKELY_HELDOUT);
plain.py order           writes /tmp/bdev19/order.json, the remaining ids shuffled with random.Random(19);
plain.py list [govcn|local] [CUE...]  lists the remaining measures in shuffled order (title | text, first 110
                         characters), optionally only those whose title + text holds one of the CUEs;
plain.py full ID...      prints whole measures (title || text)."""
import json, os, random, re, sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = '/tmp/bdev19/plain.jsonl'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']
FOLD = str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'})
GOLD = ['benefits.jsonl', 'benefits-dev2.jsonl', 'benefits-dev3.jsonl', 'benefits-dev4.jsonl',
        'benefits-dev5.jsonl', 'benefits-dev6.jsonl', 'benefits-dev7.jsonl', 'benefits-dev8.jsonl',
        'benefits-dev9.jsonl', 'benefits-dev12.jsonl', 'benefits-dev13.jsonl']
# Phrases that BENEFITS.md quotes as held-out lines or that BENEFITS-DEV12/13.md list as very likely held-out.
LIKELY_HELDOUT = ['ETC', '惠才卡', '1100元', '1500元', '1小时内', '30个', '4(3)个', '首套4枚印章', '拿地即开工',
                  '宣告破产的纳税人', '过桥资金', '高压成本', '水利建设基金', '8个工作日', '自行开具增值税专用发票',
                  '自行开具专用发票', '两步申报', '拖欠民营企业', '价格扣除', '企业引进的优秀人才', '准入前国民待遇',
                  '2000亿元', '85折']


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
    used, likely = set(), set()
    for f in GOLD:
        for l in open(os.path.join(EVAL, f), encoding='utf-8'):
            g = json.loads(l)
            used |= {i for i, s, b in bodies if s == g['doc'] and norm(g['contains']) in b}
    for i, s, b in bodies:
        if any(norm(p) in b for p in LIKELY_HELDOUT):
            likely.add(i)
    print('used by the gold files %d, likely held-out %d, together %d' % (len(used), len(likely), len(used | likely)))
    json.dump(sorted(used | likely), open('/tmp/bdev19/used.json', 'w'))
elif cmd == 'order':
    used = set(json.load(open('/tmp/bdev19/used.json')))
    ids = [d['id'] for d in rows() if d['id'] not in used]
    random.Random(19).shuffle(ids)
    print('remaining %d' % len(ids))
    json.dump(ids, open('/tmp/bdev19/order.json', 'w'))
elif cmd == 'list':
    by = {d['id']: d for d in rows()}
    side = args[0] if args and args[0] in ('govcn', 'local') else None
    cues = args[1:] if side else args
    for i in json.load(open('/tmp/bdev19/order.json')):
        d = by[i]
        body = (d['title'] or '') + '|' + d['text']
        if side and (side == 'govcn') != d['source'].startswith('govcn'):
            continue
        if cues and not any(c in body for c in cues):
            continue
        print(d['id'], body[:110].replace('\n', ' '))
elif cmd == 'full':
    for d in rows():
        if d['id'] in args:
            print('##', d['id'])
            print((d['title'] or '') + ' || ' + d['text'])
