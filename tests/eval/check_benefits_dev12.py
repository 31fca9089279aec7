#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev12.jsonl (twelfth development gold set of the benefit extractor over the
corpus: State Council documents and the five local plans; see BENEFITS-DEV12.md).

Usage: python3 tests/eval/check_benefits_dev12.py [EXPORT] [-v]

EXPORT defaults to /tmp/out-s5/export.jsonl. Only the fields id, source, title and text of the export are read.
Of the other development gold files over the corpus (benefits.jsonl, benefits-dev2..6.jsonl) only `contains` and
`doc` are read, to check that no measure is used twice. No held-out file is opened.

Checks, for every line (rules of BENEFITS.md and BENEFITS-DEV2..9.md):
  - exactly the five fields contains, doc, beneficiaries, benefit_types, amounts, in that order;
  - beneficiaries and benefit_types use the canonical vocabulary, with no label repeated;
  - each amount is {text, value, unit, beneficiary}: text a non-empty string that occurs in the measure,
    value a number, unit a non-empty string, beneficiary null or a label listed in beneficiaries;
  - contains has no whitespace and is 12-30 characters long;
  - contains occurs exactly once in the whole corpus (full-width ，；：（） folded to ASCII);
  - contains lies inside exactly one exported measure (title + text, whitespace removed), from `doc`;
  - no measure is used twice in this file or by one of the development files above.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import json
import os
import re
import sys
from collections import Counter

from benefit_checks import check_amounts, print_label_counts, read_line

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(ROOT, 'corpus')
GOLD = os.path.join(HERE, 'benefits-dev12.jsonl')
OTHERS = ['benefits.jsonl', 'benefits-dev2.jsonl', 'benefits-dev3.jsonl', 'benefits-dev4.jsonl',
          'benefits-dev5.jsonl', 'benefits-dev6.jsonl']

FOLD = str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'})


def norm(s):
    return re.sub(r'\s+', '', s or '').translate(FOLD)


def load_export(path):
    measures = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            measures.append({'id': d['id'], 'source': d['source'],
                             'body': norm((d.get('title') or '') + (d.get('text') or ''))})
    return measures


def load_corpus():
    texts = []
    for name in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, name)
        if name.endswith('.txt'):
            with open(p, encoding='utf-8') as f:
                texts.append(norm(f.read()))
        elif name.endswith('.jsonl'):
            with open(p, encoding='utf-8') as f:
                for line in f:
                    d = json.loads(line)
                    texts.append(norm(d.get('title', '')) + '\n' + norm(d.get('text', '')))
    return texts


def owners(contains, doc, measures):
    c = norm(contains)
    return [m for m in measures if c in m['body'] and (doc is None or m['source'] == doc)]


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    measures = load_export(args[0] if args else '/tmp/out-s5/export.jsonl')
    corpus = load_corpus()
    errors = []

    used_elsewhere = {}
    for name in OTHERS:
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                for m in owners(d['contains'], d['doc'], measures):  # only contains and doc are read
                    used_elsewhere[m['id']] = name

    seen, rows = {}, []
    with open(GOLD, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            def err(msg):
                errors.append('line %d: %s' % (n, msg))
            read = read_line(line, err, 12)
            if read is None:
                continue
            d, c, doc, bens, types, amounts = read
            occ = sum(t.count(norm(c)) for t in corpus)
            if occ != 1:
                err('contains %r occurs %d times in the corpus' % (c, occ))
            hits = owners(c, None, measures)
            if len(hits) != 1:
                err('contains %r lies in %d exported measures' % (c, len(hits)))
                continue
            m = hits[0]
            if m['body'].count(norm(c)) != 1:
                err('contains %r occurs %d times in measure %s' % (c, m['body'].count(norm(c)), m['id']))
            if m['source'] != doc:
                err('contains %r is in %s, not in doc %s' % (c, m['source'], doc))
            if m['id'] in seen:
                err('measure %s already used on line %d' % (m['id'], seen[m['id']]))
            seen[m['id']] = n
            if m['id'] in used_elsewhere:
                err('measure %s already used by %s' % (m['id'], used_elsewhere[m['id']]))
            check_amounts(amounts, m['body'], bens, norm, err)
            rows.append(d)

    for e in errors:
        print(e)
    grants = [r for r in rows if r['beneficiaries'] or r['benefit_types'] or r['amounts']]
    sc = [r for r in rows if r['doc'].startswith('govcn-')]
    print('measures %d | grant something %d | grant nothing %d | State Council %d (%.0f %%) | amounts %d'
          % (len(rows), len(grants), len(rows) - len(grants), len(sc), 100.0 * len(sc) / max(1, len(rows)),
             sum(len(r['amounts']) for r in rows)))
    if verbose:
        src = Counter(r['doc'][:3] for r in rows)
        print('by source:', ' '.join('%s=%d' % kv for kv in sorted(src.items())))
        print('grants by source:', dict(sorted(Counter(r['doc'][:3] for r in grants).items())))
        print_label_counts(rows, grants)
        print('amounts bound to a label: %d' % sum(1 for r in rows for a in r['amounts'] if a['beneficiary']))
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
