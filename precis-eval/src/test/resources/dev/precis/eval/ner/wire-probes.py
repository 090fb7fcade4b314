"""Turns wire-probes.txt (bracketed gold spans, tokens separated by spaces) into IOB2 for `precis eval ner --conll`.

Usage: python3 wire-probes.py wire-probes.txt > wire-probes.iob2
"""
import re
import sys

def tokens(text):
    # split off 's and end punctuation; the probe file already spaces out brackets, commas and stops
    out = []
    for word in text.split():
        if word.endswith("'s") and len(word) > 2:
            out += [word[:-2], "'s"]
        else:
            out.append(word)
    return out

def main(path):
    print("-DOCSTART- O\n")
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line == "===":
            print("-DOCSTART- O\n")
            continue
        pos = 0
        rows = []
        for m in re.finditer(r"\[(ORG|PER|LOC|MISC) ([^\]]+)\]", line):
            rows += [(t, "O") for t in tokens(line[pos:m.start()])]
            inner = tokens(m.group(2))
            rows += [(t, ("B-" if k == 0 else "I-") + m.group(1)) for k, t in enumerate(inner)]
            pos = m.end()
        rows += [(t, "O") for t in tokens(line[pos:])]
        for t, tag in rows:
            print(t, tag)
        print()

main(sys.argv[1])
