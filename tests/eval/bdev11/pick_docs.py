#!/usr/bin/env python3
"""Seeded choice of documents for benefits-dev11 (seed 20261204).

The product's users are enterprises looking for benefits, so the 418 real documents are split in two strata:
  E  documents whose title (经济特区 left out) names an enterprise, economic, labour or talent subject (regex ECON
     below), and every
     central or Shandong policy text (region 全国 or 山东…, title not ending in 条例/办法/规定/细则);
  O  all other documents (NPC procedure, environment, heritage, city management, civilised behaviour, …).
Each stratum's sorted list is shuffled with one random.Random(20261204): E first, then O
(rng.sample(sorted(E), len(E)), then rng.sample(sorted(O), len(O))). Prints
`stratum position source measures unused region title`; the annotator read E in this order, then O
(output in order.txt). A measure already used by an earlier gold set (used.json, from used.py) is never chosen,
but its document stays in the pool.
Usage: pick_docs.py [MEASURES]  (default /tmp/bdev11/real-measures-plain.jsonl)"""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MEASURES = sys.argv[1] if len(sys.argv) > 1 else '/tmp/bdev11/real-measures-plain.jsonl'
ECON = re.compile('企业|营商|投资|产业|经济|科技|创新|创业|人才|就业|失业|劳动|用工|养老保险|工伤|市场|开发区|示范区|合作区|'
                  '知识城|金融|技术|数字|信息化|招标|特许经营|旅游|农业机械|制造|商务|版权|知识产权|粤菜|工艺美术|家政|数据|'
                  '人工智能|智能')
used = json.load(open(os.path.join(HERE, 'used.json')))
uids = set(used['ids'])
docs = {}
for line in open(MEASURES, encoding='utf-8'):
    d = json.loads(line)
    o = docs.setdefault(d['source'], [d['doc_title'].replace(' ', ''), 0, 0, d['region'] or '-'])
    o[1] += 1
    o[2] += d['id'] not in uids
E, O = [], []
for s, (t, n, free, r) in docs.items():
    policy = (r == '全国' or r.startswith('山东')) and not re.search('(条例|办法|规定|细则)$', t)
    (E if ECON.search(t.replace('经济特区', '')) or policy else O).append(s)
rng = random.Random(20261204)
for name, pool in (('E', E), ('O', O)):
    for k, s in enumerate(rng.sample(sorted(pool), len(pool)), 1):
        t, n, free, r = docs[s]
        print(name, k, s, n, free, r, t[:50])
