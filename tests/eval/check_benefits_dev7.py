#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev7.jsonl (own held-out gold set of the benefit extractor over the
418 real documents; see BENEFITS-DEV7.md). Adapted from check_benefits_dev6.py.

Usage: python3 tests/eval/check_benefits_dev7.py [MEASURES [REAL_DOCS]] [-v]

MEASURES defaults to /tmp/real-measures-plain.jsonl (fields id, source, title, text; only source and text
are read). REAL_DOCS, the folder of the raw documents, is read too when given.

Checks, for every line of benefits-dev7.jsonl (rules of BENEFITS.md and BENEFITS-DEV2..7.md):
  - exactly the five fields contains, doc, beneficiaries, benefit_types, amounts, in that order;
  - beneficiaries and benefit_types use the canonical vocabulary, with no label repeated;
  - each amount is {text, value, unit, beneficiary}: text a non-empty string that occurs in the measure,
    value a number, unit a non-empty string, beneficiary null or a label listed in beneficiaries;
  - contains has no whitespace and is 12-30 characters long;
  - contains (whitespace removed) lies in the text of exactly one measure of `doc`, exactly once;
  - if the raw document exists, contains occurs in it exactly once (whitespace removed);
  - no measure is used twice.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import json
import os
import re
import sys

from benefit_checks import check_amounts, print_doc_summary, print_label_counts, read_line

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'benefits-dev7.jsonl')



def norm(s):
    return re.sub(r'\s+', '', s or '')


def load_measures(path):
    by_doc = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            by_doc.setdefault(d['source'], []).append({'id': d['id'], 'body': norm(d.get('text'))})
    return by_doc


def find_measure(c, doc, by_doc, raw_dir, err, raw_required=False):
    """The one measure of `doc` whose text holds `c`, once, and `c` once in the raw document when
    `raw_dir` has it (a missing raw document is an error only when `raw_required`); None, after
    reporting through `err`, when no single measure holds it."""
    if doc not in by_doc:
        err('unknown doc %r' % doc)
        return None
    hits = [m for m in by_doc[doc] if c in m['body']]
    if len(hits) != 1:
        err('contains %r lies in %d measures of %s' % (c, len(hits), doc))
        return None
    m = hits[0]
    if m['body'].count(c) != 1:
        err('contains %r occurs %d times in measure %s' % (c, m['body'].count(c), m['id']))
    if raw_dir:
        raw = os.path.join(raw_dir, doc)
        if not os.path.exists(raw):
            if raw_required:
                err('no raw document %s' % raw)
        else:
            with open(raw, encoding='utf-8') as rf:
                k = norm(rf.read()).count(c)
            if k != 1:
                err('contains %r occurs %d times in the raw document %s' % (c, k, doc))
    return m


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    by_doc = load_measures(args[0] if args else '/tmp/real-measures-plain.jsonl')
    raw_dir = args[1] if len(args) > 1 else None
    errors, seen, rows = [], {}, []
    with open(GOLD, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            def err(msg):
                errors.append('line %d: %s' % (n, msg))
            read = read_line(line, err, 12)
            if read is None:
                continue
            d, c, doc, bens, types, amounts = read
            m = find_measure(c, doc, by_doc, raw_dir, err)
            if m is None:
                continue
            if m['id'] in seen:
                err('measure %s already used on line %d' % (m['id'], seen[m['id']]))
            seen[m['id']] = n
            check_amounts(amounts, m['body'], bens, norm, err)
            rows.append(d)

    for e in errors:
        print(e)
    grants = print_doc_summary(rows)
    if verbose:
        print_label_counts(rows, grants)
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
