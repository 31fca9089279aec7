#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev19.jsonl (nineteenth development gold set of the benefit extractor over the
corpus: State Council documents and the five local plans; see BENEFITS-DEV19.md). It runs the checks of
check_benefits_dev12.py on this file, with benefits-dev12.jsonl and benefits-dev13.jsonl among the files no measure
may be shared with.

Usage: python3 tests/eval/check_benefits_dev19.py [EXPORT] [-v]

EXPORT defaults to /tmp/s12-corpus-export.jsonl. Only the fields id, source, title and text of the export are read.
Of the other development gold files over the corpus (benefits.jsonl, benefits-dev2..6.jsonl, benefits-dev12.jsonl,
benefits-dev13.jsonl) only `contains` and `doc` are read, to check that no measure is used twice. No held-out file is
opened.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import os
import sys

import check_benefits_dev12 as base
from check_benefits_dev12 import norm  # noqa: F401  (used by bdev19/build.py)

base.GOLD = os.path.join(base.HERE, 'benefits-dev19.jsonl')
base.OTHERS = base.OTHERS + ['benefits-dev12.jsonl', 'benefits-dev13.jsonl']


def main(argv):
    args = [a for a in argv if a != '-v']
    if not args:
        argv = ['/tmp/s12-corpus-export.jsonl'] + list(argv)
    return base.main(argv)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
