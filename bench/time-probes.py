"""Scores the invented time-expression probes (times31) with `precis analyze`: each expected
expression text=value must be found (its text overlapping the found one) with exactly that value;
text=- expects no expression overlapping that text (a "45-year-old" is no time).
Usage: python3 time-probes.py [precis.jar] [probes.txt]"""
import json, os, sys
from analyze_jsonl import analyze
jar = sys.argv[1] if len(sys.argv) > 1 else 'precis-cli/target/precis.jar'
PROBES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
    'precis-nlp/src/test/resources/dev/precis/nlp/time/probes/newswire-times-31.txt')
probes = []
batch = 1
for line in open(PROBES):
    line = line.rstrip('\n')
    if line.startswith('# --- batch'):
        batch = int(line.split()[3])
    if not line.strip() or line.startswith('#'):
        continue
    d, s, e = [x.strip() for x in line.split('|')]
    exp = [tuple(p.strip().rsplit('=', 1)) for p in e.split(';') if p.strip()]
    probes.append((d, s, exp, batch))
res = analyze(jar, [{'id': str(i), 'text': s, 'published': d} for i, (d, s, _, _b) in enumerate(probes)])
ok = tot = 0
per = {}
for i, (d, s, exp, b) in enumerate(probes):
    times = res.get(str(i), {}).get('times', [])
    found = []
    for t in times:
        txt = t.get('text') or s[t['start']:t['end']]
        found.append((txt, t.get('value')))
    for ex, val in exp:
        tot += 1
        hit = [f for f in found if ex.lower() in f[0].lower() or f[0].lower() in ex.lower() and len(f[0]) > 2]
        good = not hit if val == '-' else any(v == val for _, v in hit)
        ok += good
        a = per.setdefault(b, [0, 0]); a[0] += good; a[1] += 1
        if not good:
            print(f'FAIL {d} | {s} | want {ex}={val} | got {found}')
print(f'probes right {ok}/{tot}', ' '.join(f'batch{b} {a[0]}/{a[1]}' for b, a in sorted(per.items())))
