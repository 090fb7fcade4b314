"""Scores the invented direct-quote probes (quotes36) with `precis analyze`: each expected quote (a piece of its
text) is found when a direct quote the analysis gives covers at least half of it, and credited when that quote's
speaker contains the expected name. The probes are invented newswire sentences, one form each (curly, single,
guillemet and low-9 marks, fragments, split quotes, colons, multi-paragraph quotes, Q&A, dashes, nbsp ...).
quote-probes-world.jsonl (quotes46) holds 71 invented short articles (89 quotes) in the shapes of news written around
the world: British single marks with double ones nested, guillemets and low-9 marks in English, quotes over several
paragraphs, split by their credit, after a colon, before the speaker is named, partial, cut off by a dash or an
ellipsis, credits in other orders ("told Reuters", "according to", "X added"), ``…'' marks, a paragraph a line.
quote-probes-news47.jsonl (quotes47) holds 68 invented articles (83 quotes) grouped by a "shape" field: quotes over
several paragraphs, colon introductions, the speaker only in the next sentence or paragraph, typographic variants, headline
quotes, quotes in brackets, quotes interrupted by the credit, speakers named by role, pronouns after several people,
interviews, and guards. A file whose probes carry "shape" also gets found/credited per shape, and "doubled": expected
quotes that two analysed quotes (of any kind) overlap by half, the same words listed twice.
quote-probes-news63.jsonl (quotes63) adds "exact" to an expected quote: credited only when the speaker shown equals
the name (case aside), for names run on into a verb or keeping a title.
quote-probes-news54.jsonl (quotes54) adds "not": phrases in marks that are no quote (scare quotes); "spurious" counts
those a direct quote covers by half.
Usage: python3 quote-probes.py [precis.jar] [probes.jsonl] [-v]"""
import json, os, sys
from analyze_jsonl import analyze
args = [a for a in sys.argv[1:] if a != '-v']
verbose = '-v' in sys.argv
jar = args[0] if args else 'precis-cli/target/precis.jar'
PROBES = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'quote-probes.jsonl')
probes = [json.loads(l) for l in open(PROBES, encoding='utf-8') if l.strip()]
res = analyze(jar, [{'id': p['id'], 'text': p['text']} for p in probes])
found = credited = tot = doubled = 0
spurious = guards = 0
shapes = {}
for p in probes:
    quotes = [q for q in res.get(p['id'], {}).get('quotes', []) if q.get('kind') == 'direct']
    for e in p['expect']:
        tot += 1
        s = p['text'].index(e['quote']); t = s + len(e['quote'])
        hits = [q for q in quotes if min(t, q['end']) - max(s, q['start']) >= (t - s) / 2]
        f = bool(hits)
        # "exact" (quotes63): credited only when the speaker shown is the expected name itself, so that a name run on
        # into its verb ("Rowling has already") or keeping a title ("DJ Ann Reed") is no credit
        c = any((e['speaker'].lower() == (q.get('speaker') or '').strip().lower()) if e.get('exact')
                else e['speaker'].lower() in (q.get('speaker') or '').lower() for q in hits)
        found += f; credited += c
        every = [q for q in res.get(p['id'], {}).get('quotes', [])
                 if min(t, q['end']) - max(s, q['start']) >= (t - s) / 2]
        doubled += len(every) > 1
        if 'shape' in p:
            row = shapes.setdefault(p['shape'], [0, 0, 0])
            row[0] += 1; row[1] += f; row[2] += c
        if not c or verbose:
            got = [(p['text'][q['start']:q['end']], q.get('speaker')) for q in quotes]
            print(f"{'OK  ' if c else 'MISS' if not f else 'SPKR'} {p['id']:>3} {p['form']:<28} want "
                  f"{e['quote'][:40]!r} / {e['speaker']} | got {got}")
    for g in p.get('not', []):
        # a guard: a phrase in marks that is no quote (a scare quote); spurious when a direct quote covers half of it
        guards += 1
        s = p['text'].index(g); t = s + len(g)
        if any(min(t, q['end']) - max(s, q['start']) >= (t - s) / 2 for q in quotes):
            spurious += 1
            print(f"SPUR {p['id']:>3} {p['form']:<28} not a quote: {g!r}")
for shape, (n, f, c) in shapes.items():
    print(f'  {shape:<60} found {f:>2}/{n:<2} credited {c:>2}/{n}')
print(f'probes found {found}/{tot}, credited {credited}/{tot}' + (f', doubled {doubled}' if shapes else '')
      + (f', spurious {spurious}/{guards}' if guards else ''))
