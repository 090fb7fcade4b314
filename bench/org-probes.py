"""Scores the invented organisation probes (names55's by default; names56's harder set as the second argument) with
`precis analyze`: each expected organisation must be found with exactly its text and typed ORGANIZATION. A miss is
told by kind: missed (nothing overlaps), cut (a shorter name inside it), over-long (a longer name holding it), typed
PER/LOC (the exact text, another type), other (overlapping across its edge). Found organisations that overlap no
expected one are counted as spurious. Expected names are given in their order in the text; a name listed twice is its
next occurrence.
Usage: python3 org-probes.py [precis.jar] [probes.txt]
  e.g. python3 bench/org-probes.py JAR precis-nlp/src/test/resources/dev/precis/nlp/entity/probes/newswire-orgs-56.txt"""
import collections, os, sys
from analyze_jsonl import analyze
jar = sys.argv[1] if len(sys.argv) > 1 else 'precis-cli/target/precis.jar'
PROBES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
    'precis-nlp/src/test/resources/dev/precis/nlp/entity/probes/newswire-orgs-55.txt')
probes = []
for line in open(PROBES):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    s, e = [x.strip() for x in line.rsplit('|', 1)]
    probes.append((s, [x.strip() for x in e.split(';') if x.strip()]))
res = analyze(jar, [{'id': str(i), 'text': s} for i, (s, _) in enumerate(probes)])
kinds = collections.Counter()
spurious = 0
for i, (s, exp) in enumerate(probes):
    ents = [(e['start'], e['end'], e['type']) for e in res.get(str(i), {}).get('entities', [])]
    spans = []
    for x in exp:
        # the expected spans are given in order: each is looked for after the one before (a name used twice is
        # listed twice)
        b = s.find(x, spans[-1][1] if spans else 0)
        if b < 0:
            sys.exit(f'expected text not in its sentence (after the span before): {x!r}')
        spans.append((b, b + len(x)))
    for x, (b, e) in zip(exp, spans):
        over = [f for f in ents if f[0] < e and b < f[1]]
        if any(f[:2] == (b, e) and f[2] == 'ORGANIZATION' for f in over):
            kinds['right'] += 1
            continue
        if any(f[:2] == (b, e) for f in over):
            kind = 'typed ' + next(f[2] for f in over if f[:2] == (b, e))[:3]
        elif not over:
            kind = 'missed'
        elif all(b <= f[0] and f[1] <= e for f in over):
            kind = 'cut'
        elif any(f[0] <= b and e <= f[1] for f in over):
            kind = 'over-long'
        else:
            kind = 'other'
        kinds[kind] += 1
        print(f'{kind:10} want {x!r} got {[s[f[0]:f[1]] + "/" + f[2][:3] for f in over]} | {s}')
    for f in ents:
        if f[2] == 'ORGANIZATION' and not any(f[0] < e and b < f[1] for b, e in spans):
            spurious += 1
            print(f'spurious   {s[f[0]:f[1]]!r} | {s}')
total = sum(kinds.values())
print(f'probes right {kinds["right"]}/{total}', ' '.join(f'{k} {v}' for k, v in sorted(kinds.items()) if k != 'right'),
      f'spurious {spurious}')
