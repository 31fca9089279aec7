"""Checks shared by the validators of the benefit gold files (check_benefits_dev5/6/7.py): the
labels of BENEFITS.md, the line format and the amounts. Each validator adds how its measures are
found (the development export or the real documents)."""
import json
import re
from collections import Counter

BENEFICIARIES = {'新开办企业', '小微企业', '中小企业', '个体工商户', '小规模纳税人', '高新技术企业', '外贸企业',
                 '民营企业', '外资企业', '农民工和就业困难人员', '高层次人才', '建设项目单位', '所有企业'}
TYPES = {'免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办'}
FIELDS = ['contains', 'doc', 'beneficiaries', 'benefit_types', 'amounts']
AMOUNT_FIELDS = ['text', 'value', 'unit', 'beneficiary']


def read_line(line, err, min_len):
    """The line as (dict, contains, doc, beneficiaries, benefit_types, amounts), or None after
    reporting through `err` why it cannot be checked further. Unknown or repeated labels are
    reported and the line is still returned."""
    try:
        d = json.loads(line)
    except ValueError as e:
        err('bad JSON: %s' % e)
        return None
    if list(d.keys()) != FIELDS:
        err('fields %s' % list(d.keys()))
        return None
    c, doc, bens, types, amounts = (d[k] for k in FIELDS)
    if not isinstance(c, str) or re.search(r'\s', c) or not min_len <= len(c) <= 30:
        err('contains must be %d-30 characters without whitespace: %r' % (min_len, c))
        return None
    for lst, vocab, what in ((bens, BENEFICIARIES, 'beneficiary'), (types, TYPES, 'benefit type')):
        if not isinstance(lst, list):
            err('%s list is not a list' % what)
            continue
        for x in lst:
            if x not in vocab:
                err('unknown %s %r' % (what, x))
        if len(set(lst)) != len(lst):
            err('repeated %s in %r' % (what, lst))
    return d, c, doc, bens, types, amounts


def check_amounts(amounts, body, bens, norm, err):
    """Each amount is {text, value, unit, beneficiary}, its text in the measure's `body`."""
    if not isinstance(amounts, list):
        err('amounts is not a list')
        return
    for a in amounts:
        if not isinstance(a, dict) or list(a.keys()) != AMOUNT_FIELDS:
            err('amount fields %r' % (a,))
            continue
        if not isinstance(a['text'], str) or not a['text'] or norm(a['text']) not in body:
            err('amount text %r not in the measure' % a['text'])
        if isinstance(a['value'], bool) or not isinstance(a['value'], (int, float)):
            err('amount value %r is not a number' % a['value'])
        if not isinstance(a['unit'], str) or not a['unit']:
            err('amount unit %r' % a['unit'])
        if a['beneficiary'] is not None and a['beneficiary'] not in bens:
            err('amount beneficiary %r not in beneficiaries' % a['beneficiary'])


def print_label_counts(rows, grants):
    """The verbose summary every validator prints: how often each label and unit is used, and
    the grants that name no group or name a group but no type."""
    print('beneficiaries:', dict(Counter(b for r in rows for b in r['beneficiaries']).most_common()))
    print('benefit types:', dict(Counter(t for r in rows for t in r['benefit_types']).most_common()))
    print('amount units:', dict(Counter(a['unit'] for r in rows for a in r['amounts']).most_common()))
    print('grants with beneficiaries [] / with a label but no type: %d / %d' % (
        sum(1 for r in grants if not r['beneficiaries']),
        sum(1 for r in grants if r['beneficiaries'] and not r['benefit_types'])))


def print_doc_summary(rows):
    """The count line of the validators over documents: measures, how many grant something and
    how many nothing, the documents (those with a grant) and the amounts; returns the grants."""
    grants = [r for r in rows if r['beneficiaries'] or r['benefit_types'] or r['amounts']]
    print('measures %d | grant something %d | grant nothing %d | documents %d (with a grant %d) | amounts %d'
          % (len(rows), len(grants), len(rows) - len(grants), len({r['doc'] for r in rows}),
             len({r['doc'] for r in grants}), sum(len(r['amounts']) for r in rows)))
    return grants
