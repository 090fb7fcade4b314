"""Runs `precis analyze` in batch mode over {"id","text",…} documents and returns its output lines by id; shared by
the probe scorers. A failing run prints the CLI's error and exits."""
import json, subprocess, sys


def analyze(jar, docs):
    inp = ''.join(json.dumps(d) + '\n' for d in docs)
    out = subprocess.run(['java', '-Xmx3g', '--enable-native-access=ALL-UNNAMED', '-jar', jar, 'analyze',
                          '--input', '-', '--output', '-'], input=inp, capture_output=True, text=True)
    if out.returncode:
        print(out.stderr)
        sys.exit(1)
    return {o['id']: o for o in (json.loads(l) for l in out.stdout.splitlines() if l.strip().startswith('{'))}
