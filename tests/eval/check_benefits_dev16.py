#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev16.jsonl — HELD-OUT benefit gold set over the corpus (State Council documents
and the five local plans; see BENEFITS-DEV16.md). HELD-OUT — never open, never tune on. Run it, read its counts.

It runs the checks of check_benefits_dev12.py on this file, with benefits-dev12.jsonl and benefits-dev13.jsonl added to
the development files no measure may be shared with.

Usage: python3 tests/eval/check_benefits_dev16.py [EXPORT] [-v]

EXPORT defaults to /tmp/out-s5/export-stripped.jsonl (the corpus export without the extractor's fields); any export of
the corpus index works, since only the fields id, source, title and text are read. Of the development gold files over
the corpus (benefits.jsonl, benefits-dev2..6.jsonl, benefits-dev12.jsonl, benefits-dev13.jsonl) only `contains` and
`doc` are read, to check that no measure is used twice. No other held-out file is opened.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import os
import sys

import check_benefits_dev12 as base

DEFAULT_EXPORT = '/tmp/out-s5/export-stripped.jsonl'
base.GOLD = os.path.join(base.HERE, 'benefits-dev16.jsonl')
base.OTHERS = base.OTHERS + ['benefits-dev12.jsonl', 'benefits-dev13.jsonl']

if __name__ == '__main__':
    argv = sys.argv[1:]
    if not [a for a in argv if a != '-v']:
        argv = [DEFAULT_EXPORT] + argv
    sys.exit(base.main(argv))
