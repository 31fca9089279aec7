#!/usr/bin/env python3
"""Reading helper for the third pass over all 116 documents of order.txt: targeted scans, leaving out penalty
articles (罚款/处分). Prints position, measure id and the text around the first hit.
Usage: scan_all.py MODE   with MODE one of
  limits   statutory time limits and immediate handling (…之日起…日内作出/办理…, 当场, 当日, 即时)
  money    fees, subsidies, financing and legal aid (免费/免收/减免/补贴/补助/资助/贴息/贷款/代办/法律援助/无偿提供…)
  steps    waivers, merged or paperless handling and financing words (承诺/免于/不再要求/无需/合并/一并办理/网上办理/担保…)
  policy   the central and Shandong policy texts only (财政/专项资金/补贴/税/贷款/融资/保险/奖励/简化/审批/免/资助)"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
order = [l.split() for l in open(os.path.join(HERE, 'order.txt'), encoding='utf-8')]
PAT = {
    'limits': '(受理|收到|接到)[^。;]{0,25}(个工作日|日|天)内|(日|工作日|天)内[^。]{0,6}(作出|办理|审|答复|核发|予以|完成|颁发|发放|决定|给予|出具|登记|受理)|当场|当日|即时',
    'money': '免费|免收|免缴|减免|减收|补贴|补助|资助|贴息|贷款|代办|帮办|法律援助|无偿提供|即时办|当场',
    'steps': '承诺|免于|免予|不再要求|无需|不需要提交|不再提交|备案制|合并|一并办理|并联|网上办理|在线办理|一次性告知|贷款|贴息|担保',
    'policy': '财政|专项资金|补贴|补助|税|贷款|融资|金融|首台|保险|奖励|简化|审批|免|资助|优先支持|给予支持',
}
mode = sys.argv[1] if len(sys.argv) > 1 else 'limits'
pat = re.compile(PAT[mode])
keep = [o[0] for o in order if mode != 'policy' or o[2] in ('全国', '山东省', '山东省/青岛市', '山东省/济南市')]
by = {}
for line in open('/tmp/bdev9/real-measures-plain.jsonl', encoding='utf-8'):
    d = json.loads(line)
    by.setdefault(d['source'], []).append(d)
for s in keep:
    k = [o[0] for o in order].index(s)
    for d in by[s]:
        t = ((d['title'] or '') + '|' + d['text']).replace('\n', ' ')
        if re.search('罚款|处分', t):
            continue
        m = pat.search(t)
        if m:
            i = max(0, m.start() - 60)
            print(k, d['id'], '…', t[i:m.end() + 40])
