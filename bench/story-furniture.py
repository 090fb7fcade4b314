#!/usr/bin/env python3
"""A story-evaluation variant with outlet boilerplate: give each article of an events JSONL (as written by
`precis eval stories ... --write-events FILE`) a made-up outlet, as a URL host, and append that outlet's page
furniture (a newsletter blurb, a 'most read' list of four of the outlet's seven made-up headlines, a copyright
line; all written here, joined with spaces as one-line texts are). Outlets are drawn at random (fixed seed).

Usage: story-furniture.py IN OUT SEED [OUTLETS (default 8)] [none: URLs only, no furniture]
Then: precis eval stories --events OUT (see docs/quality/stories.md, twentieth session)."""
import json, random, sys
src, dst, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
outlets = int(sys.argv[4]) if len(sys.argv) > 4 else 8
bare = len(sys.argv) > 5 and sys.argv[5] == 'none'
rnd = random.Random(seed)
topics = ["harbour dredging contract", "school lunch prices", "stadium parking fees", "river bridge repairs",
          "library opening hours", "tram line extension", "hospital night shifts", "farmers market permits",
          "airport noise complaints", "wind farm planning", "museum ticket discounts", "police recruitment drive",
          "water rates increase", "cycle lane consultation", "port workers strike", "housing estate demolition"]
verbs = ["row deepens over", "council delays vote on", "residents question", "minister backs", "campaigners fight",
         "report criticises", "new figures reveal costs of", "judge rules on"]
def furniture(o):
    r = random.Random(1000 + o)
    heads = [f"{r.choice(verbs).capitalize()} {r.choice(topics)}" for _ in range(7)]
    name = f"The Daily Courier {o}"
    blurb = (f"Sign up to the {name} morning briefing and get the stories that matter delivered to your inbox "
             f"before breakfast. You can unsubscribe at any time and we never share your address.")
    return name, heads, blurb
rows = [json.loads(l) for l in open(src)]
out = open(dst, 'w')
for x in rows:
    o = rnd.randrange(outlets)
    name, heads, blurb = furniture(o)
    x['url'] = f"https://www.courier{o}.example/news/{x['id']}"
    if not bare:
        picked = rnd.sample(heads, 4)
        foot = " " + blurb + " Most read: " + " ".join(h + "." for h in picked) + \
               f" Copyright {name} Media Group. All rights reserved. Reproduction without written permission is prohibited."
        x['text'] = x['text'].rstrip() + foot
    out.write(json.dumps(x, ensure_ascii=False) + "\n")
