"""The code the made-up page probes share (bench/date-probes-*.py and bench/title-probes.py): loading another probe
script as a module, the few page helpers several scripts had copied, and the command line every script runs. The
pages, their expected values and each script's own helpers stay in the scripts. A script imports this module by name
(`import probe_pages as pp`): Python puts the running script's folder, bench/, first on its path. Usage of every
script (unchanged):
  python3 bench/date-probes-X.py write PROBES.jsonl       # one {"id","html","url","fetched"} a line
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-X.py score
"""
import importlib.util, json, os, sys

HERE = os.path.dirname(__file__)


def load(name):
    """bench/date-probes-<name>.py as a fresh module of that name (the hyphens keep `import` from reaching it): its
    page templates, constants and helpers, with its own probes in its `P`, which the caller leaves alone."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, f"date-probes-{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def adder(probes, eu, address=None):
    """The `add(pid, lang, expected, html, url=None)` of the scripts that build a page first: appends (id, expected
    day or "", the line's other fields) to probes, at url or address(lang) (default eu.address), fetched at
    eu.FETCHED."""
    address = address or eu.address

    def add(pid, lang, expected, html, url=None):
        probes.append((pid, expected, {"html": html, "url": url or address(lang), "fetched": eu.FETCHED}))
    return add


def news_ending(eu):
    """`news(lang, end="", **kw)`: date-probes-eu.py's news page (eu.page's keywords) with `end` after the article's
    last paragraph, inside the article."""
    def news(lang, end="", **kw):
        return eu.page(lang, **kw).replace("</article>", end + "</article>", 1)
    return news


def line(text, cls="meta"):
    """A paragraph of the given class (none when cls is empty): a meta line, a byline, a date line."""
    return f'<p class="{cls}">{text}</p>' if cls else f"<p>{text}</p>"


def score_days(expected, lines):
    """Prints each probe whose published day is not expected[id] ("" for no day), then the count right."""
    right = 0
    for text in lines:
        r = json.loads(text)
        got = (r.get("published") or "")[:10]
        if got == expected[r["id"]]:
            right += 1
        else:
            print("WRONG", r["id"], "expected", expected[r["id"]] or None, "got", got or None)
    print("right", right, "of", len(expected))


def cli(probes, score=None, ensure_ascii=True):
    """The command line every probe script shares: `write FILE` writes one `extract --input` line per probe, `score`
    reads extract's output from standard input and scores it with score(expected, lines) (default: the published day,
    score_days). probes: (id, expected value, the line's other fields)."""
    if sys.argv[1] == "write":
        with open(sys.argv[2], "w") as f:
            for pid, _, fields in probes:
                f.write(json.dumps({"id": pid, **fields}, ensure_ascii=ensure_ascii) + "\n")
        print(len(probes), "probes")
    else:
        (score or score_days)({pid: exp for pid, exp, _ in probes}, sys.stdin)
