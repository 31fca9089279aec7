#!/usr/bin/env python3
"""Checks every contains of ann.py with cc.py; prints only the bad ones."""
import subprocess, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ann
seen = set()
for e in ann.E:
    if e[0] in seen:
        print('DUP', e[0])
    seen.add(e[0])
    out = subprocess.run(['python3', 'cc.py', e[0], e[1]], capture_output=True, text=True).stdout.strip()
    if not out.endswith('OK'):
        print(e[0], out)
print(len(ann.E), 'entries;', sum(1 for e in ann.E if e[2] or e[3] or e[4]), 'grants')
