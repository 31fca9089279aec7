#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev18.jsonl (eighteenth benefit gold set, DEVELOPMENT data over the 418 real
documents; see BENEFITS-DEV18.md). It runs the line checks of benefit_checks.py and the measure checks of
check_benefits_dev7.py on this file and adds two: no `contains` holds a comma (the plain export has `,` where the raw
documents have `，`), and no measure is used by another development gold file over the real documents
(benefits-dev7.jsonl, benefits-dev8.jsonl, benefits-dev9.jsonl; only `contains` and `doc` are read). No held-out file
is opened.

Usage: python3 tests/eval/check_benefits_dev18.py [MEASURES [REAL_DOCS]] [-v]

MEASURES defaults to /tmp/bdev18/plain.jsonl, else /tmp/real-measures-plain.jsonl (the plain export: only the fields
id, source and text are read; the full export /work/real-export-s7.jsonl works too, its other fields are ignored).
REAL_DOCS defaults to /work/shared/eval/real/docs when that folder exists; each `contains` must occur once in the raw
document (whitespace removed).

Checks, for every line (rules of BENEFITS.md and BENEFITS-DEV2..9.md): the five fields in order; the label vocabulary
with no label repeated; the amount objects ({text, value, unit, beneficiary}, text in the measure, beneficiary null or
a listed label); contains 12-30 characters without whitespace or comma; contains in exactly one measure text of `doc`,
once; contains once in the raw document; no measure used twice, here or by dev7/8/9.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import json
import os
import sys

from benefit_checks import check_amounts, print_doc_summary, print_label_counts, read_line
from check_benefits_dev7 import find_measure, load_measures, norm

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'benefits-dev18.jsonl')
OTHERS = ['benefits-dev7.jsonl', 'benefits-dev8.jsonl', 'benefits-dev9.jsonl']
RAW = '/work/shared/eval/real/docs'


def default_measures(plain='/tmp/bdev18/plain.jsonl'):
    for path in (plain, '/tmp/real-measures-plain.jsonl'):
        if os.path.exists(path):
            return path
    return plain


def owner(c, doc, by_doc):
    hits = [m for m in by_doc.get(doc, []) if c in m['body']]
    return hits[0]['id'] if len(hits) == 1 else None


def main(argv, gold=GOLD, earlier=OTHERS, plain='/tmp/bdev18/plain.jsonl'):
    """Validates `gold` (a set over the real documents written as this one: later sets call it
    with their own file, the earlier sets they must not reuse, and their plain export)."""
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    by_doc = load_measures(args[0] if args else default_measures(plain))
    raw_dir = args[1] if len(args) > 1 else (RAW if os.path.isdir(RAW) else None)
    others = {}
    for f in earlier:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            for line in fh:
                g = json.loads(line)
                i = owner(norm(g['contains']), g['doc'], by_doc)
                if i:
                    others[i] = f
    errors, seen, rows = [], {}, []
    with open(gold, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            def err(msg):
                errors.append('line %d: %s' % (n, msg))
            read = read_line(line, err, 12)
            if read is None:
                continue
            d, c, doc, bens, types, amounts = read
            if ',' in c or '，' in c:
                err('contains %r holds a comma' % c)
            m = find_measure(c, doc, by_doc, raw_dir, err, raw_required=True)
            if m is None:
                continue
            if m['id'] in seen:
                err('measure %s already used on line %d' % (m['id'], seen[m['id']]))
            if m['id'] in others:
                err('measure %s is used by %s' % (m['id'], others[m['id']]))
            seen[m['id']] = n
            check_amounts(amounts, m['body'], bens, norm, err)
            rows.append(d)

    for e in errors:
        print(e)
    grants = print_doc_summary(rows)
    if verbose:
        print_label_counts(rows, grants)
        print('measures with amounts / amounts / amounts bound to a label: %d / %d / %d' % (
            sum(1 for r in rows if r['amounts']), sum(len(r['amounts']) for r in rows),
            sum(1 for r in rows for a in r['amounts'] if a['beneficiary'])))
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
