"""Scores the invented direct-quote probes (quotes36) with `precis analyze`: each expected quote (a piece of its
text) is found when a direct quote the analysis gives covers at least half of it, and credited when that quote's
speaker contains the expected name. The probes are invented newswire sentences, one form each (curly, single,
guillemet and low-9 marks, fragments, split quotes, colons, multi-paragraph quotes, Q&A, dashes, nbsp ...).
quote-probes-world.jsonl (quotes46) holds 71 invented short articles (89 quotes) in the shapes of news written around
the world: British single marks with double ones nested, guillemets and low-9 marks in English, quotes over several
paragraphs, split by their credit, after a colon, before the speaker is named, partial, cut off by a dash or an
ellipsis, credits in other orders ("told Reuters", "according to", "X added"), ``…'' marks, a paragraph a line.
Usage: python3 quote-probes.py [precis.jar] [probes.jsonl] [-v]"""
import json, os, sys
from analyze_jsonl import analyze
args = [a for a in sys.argv[1:] if a != '-v']
verbose = '-v' in sys.argv
jar = args[0] if args else 'precis-cli/target/precis.jar'
PROBES = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'quote-probes.jsonl')
probes = [json.loads(l) for l in open(PROBES, encoding='utf-8') if l.strip()]
res = analyze(jar, [{'id': p['id'], 'text': p['text']} for p in probes])
found = credited = tot = 0
for p in probes:
    quotes = [q for q in res.get(p['id'], {}).get('quotes', []) if q.get('kind') == 'direct']
    for e in p['expect']:
        tot += 1
        s = p['text'].index(e['quote']); t = s + len(e['quote'])
        hits = [q for q in quotes if min(t, q['end']) - max(s, q['start']) >= (t - s) / 2]
        f = bool(hits)
        c = any(e['speaker'].lower() in (q.get('speaker') or '').lower() for q in hits)
        found += f; credited += c
        if not c or verbose:
            got = [(p['text'][q['start']:q['end']], q.get('speaker')) for q in quotes]
            print(f"{'OK  ' if c else 'MISS' if not f else 'SPKR'} {p['id']:>3} {p['form']:<28} want "
                  f"{e['quote'][:40]!r} / {e['speaker']} | got {got}")
print(f'probes found {found}/{tot}, credited {credited}/{tot}')
