#!/usr/bin/env python3
"""Fits PageTypeClassifier's weights on the tuning half (odd file ids) of WCXB dev.

   ./mvnw -o -q -pl precis-extract -am install -DskipTests
   ./mvnw -o -q -pl precis-extract test-compile surefire:test -Dtest=PageSignalsDumpTest -Dprecis.pagetype.dump=/tmp/pt.tsv
   python3 bench/pagetype-fit.py /tmp/pt.tsv [--test]

Pages the rules before the score decide (rule_decides: schema.org types, forum scripts, documentation
and service addresses, home pages, section fronts) and pages without extracted text are left out; the
dump reads each page as the extractor does (streamed parts placed, no fetch time), so its figures are
the eval's. Only the tuning half's figures are printed; --test adds the test half's (report once). Two logistic regressions (L2 = 20 on standardized features): pages with article
evidence and pages without. Each bias is placed so that, together, 98.5% of the tuning half's
article pages stay articles while as many other pages as possible are refused. Prints the figures of
both halves and the weights on the raw features, to paste into PageTypeClassifier. Needs numpy.
"""
import csv
import sys

import numpy as np

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
names = [k for k in rows[0] if k not in ("id", "gold", "type", "score", "evidence", "rule_decides", "body_chars")]
X = np.array([[float(r[n]) for n in names] for r in rows])
y = np.array([r["gold"] == "article" for r in rows], dtype=float)
tune = np.array([int(r["id"]) % 2 == 1 for r in rows])
ev = np.array([r["evidence"] == "1" for r in rows])
schema = np.array([r["rule_decides"] == "1" for r in rows])
empty = np.array([r["body_chars"] == "0" for r in rows])
mu, sd = X[tune].mean(0), X[tune].std(0) + 1e-9
Z = (X - mu) / sd


def fit(Z, y, l2=20.0, steps=3000, rate=0.2):
    w, b = np.zeros(Z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        w -= rate * (Z.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= rate * (p - y).mean()
    return w, b


models, score = {}, np.zeros(len(rows))
for group in (True, False):
    m = tune & (ev == group) & ~schema & ~empty
    models[group] = fit(Z[m], y[m])
    w, b = models[group]
    score[ev == group] = (Z @ w + b)[ev == group]


def figures(t_ev, t_none, half):
    called = ~schema & ~empty & np.where(ev, score >= t_ev, score >= t_none)
    return called[half & (y == 1)].mean(), (~called)[half & (y == 0)].mean()


best = None
for t_ev in np.linspace(-6, 1, 36):
    for t_none in np.linspace(-6, 2, 41):
        kept, refused = figures(t_ev, t_none, tune)
        if kept >= 0.985 and (best is None or refused > best[0]):
            best = (refused, t_ev, t_none)
_, t_ev, t_none = best
for name, half in (("tune", tune), ("test", ~tune))[:2 if "--test" in sys.argv else 1]:
    print("%s: articles called articles %.3f, other pages not called articles %.3f" % ((name,) + figures(t_ev, t_none, half)))
for group, threshold in ((True, t_ev), (False, t_none)):
    w, b = models[group]
    raw = w / sd
    bias = b - (w * mu / sd).sum() - threshold
    print("WITH_EVIDENCE" if group else "WITHOUT_EVIDENCE", "bias %.4f" % bias)
    print(", ".join("%.4f" % v for v in raw))
