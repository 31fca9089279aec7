#!/usr/bin/env python3
"""Reading helpers used to write benefits-dev21 (see ../BENEFITS-DEV20.md).

plain.py strip EXPORT    writes /tmp/bdev21/plain.jsonl with only id, doc_id, doc_title, source, section, number,
                         title, text and region of each measure (no derived field is kept, none was looked at);
plain.py used            writes /tmp/bdev21/used.json, the ids of /tmp/bdev21/plain.jsonl whose measure holds the
                         `contains` of a line of benefits.jsonl, benefits-dev2..9.jsonl, benefits-dev12.jsonl,
                         benefits-dev13.jsonl, benefits-dev18.jsonl, benefits-dev19.jsonl or benefits-dev20.jsonl (each file named one by
                         one in DEV; only contains and doc are read);
plain.py docs            lists the documents: source, region, number of measures, number not used, title;
plain.py list SOURCE...  lists the measures of these documents not in used.json (title | text, first 110 characters);
plain.py cue SEED N      shuffles the sources with random.Random(SEED), takes the first N, and lists their measures not
                         in used.json that hold a grant cue or a look-alike cue (first 110 characters);
plain.py narrow A B      lists the measures of the sources dA..dB (e.g. 0322 0418) not in used.json that hold a narrower
                         grant cue (NARROW), each with 60 characters either side of its first cue;
plain.py seed SEED N     as `narrow`, over the first N sources (below d0322) in the order shuffled with random.Random(SEED),
                         each line prefixed with its 1-based position;
plain.py grep RE [A B]   lists the measures not in used.json whose text matches the regular expression RE (optionally
                         only of the sources dA..dB), with 60 characters either side of the first match;
plain.py full ID...      prints whole measures (title || text)."""
import json, os, random, re, sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = '/tmp/bdev21/plain.jsonl'
KEEP = ['id', 'doc_id', 'doc_title', 'source', 'section', 'number', 'title', 'text', 'region']
DEV = ['benefits.jsonl', 'benefits-dev2.jsonl', 'benefits-dev3.jsonl', 'benefits-dev4.jsonl', 'benefits-dev5.jsonl',
       'benefits-dev6.jsonl', 'benefits-dev7.jsonl', 'benefits-dev8.jsonl', 'benefits-dev9.jsonl',
       'benefits-dev12.jsonl', 'benefits-dev13.jsonl', 'benefits-dev18.jsonl',
       'benefits-dev19.jsonl', 'benefits-dev20.jsonl']
CUE = re.compile('免|补贴|补助|奖励|减免|贷款|贴息|担保|融资|工作日|日内|代办|帮办|上门|材料|承诺|容缺|费|优惠|扶持|资助|'
                 '税|简化|压缩|即时|当场|期限|一次')


def norm(s):
    return re.sub(r'\s+', '', s or '')


def rows():
    return [json.loads(l) for l in open(OUT, encoding='utf-8')]


def used():
    return set(json.load(open('/tmp/bdev21/used.json')))


def short(d):
    return ((d['title'] or '') + '|' + (d['text'] or ''))[:110].replace('\n', ' ')


NARROW = re.compile('免费|免收|免征|免于|免予|减免|减半|补贴|补助|奖励|资助|奖补|贴息|贷款|担保|融资|工作日|代办|帮办|上门服务|'
                    '容缺|告知承诺|承诺制|绿色通道|当场|即时办|一次性告知|不得收取|不收取|优惠|降低.{0,8}(费|成本)|'
                    '减轻.{0,6}负担|精简|减少.{0,6}(材料|环节)|一网通办|税收|高校毕业生|农民工|万元')
PEN = re.compile('罚款|处分')

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
    json.dump(sorted(u), open('/tmp/bdev21/used.json', 'w'))
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
elif cmd == 'narrow':
    u = used()
    for d in rows():
        t = d['text'] or ''
        if not 'd' + args[0] <= d['doc_id'] <= 'd' + args[1] or d['id'] in u or PEN.search(t):
            continue
        m = NARROW.search(t)
        if m:
            print(d['id'], (d['title'] or '')[:20], '…' + t[max(0, m.start() - 60):m.end() + 60].replace('\n', ' '))
elif cmd == 'seed':
    u, rs = used(), rows()
    docs = sorted({d['source'] for d in rs})
    order = random.Random(int(args[0])).sample(docs, len(docs))
    for pos, src in enumerate(order, 1):
        if pos > int(args[1]) or src >= 'd0322':
            continue
        for d in rs:
            t = d['text'] or ''
            if d['source'] != src or d['id'] in u or PEN.search(t):
                continue
            m = NARROW.search(t)
            if m:
                print(pos, d['id'], (d['doc_title'] or '')[:12], '…' + t[max(0, m.start() - 50):m.end() + 50].replace('\n', ' '))
elif cmd == 'grep':
    u, rx = used(), re.compile(args[0])
    lo, hi = ('d' + args[1], 'd' + args[2]) if len(args) > 2 else ('d0000', 'd9999')
    for d in rows():
        t = d['text'] or ''
        m = rx.search(t)
        if m and d['id'] not in u and lo <= d['doc_id'] <= hi:
            print(d['id'], '…' + t[max(0, m.start() - 60):m.end() + 60].replace('\n', ' '))
elif cmd == 'full':
    want = set(args)
    for d in rows():
        if d['id'] in want:
            print('##', d['id'], d['region'])
            print((d['title'] or '') + ' || ' + (d['text'] or ''))
