"""Which day does a machine time with an offset or "Z" stand for? For every dated article page of the WCXB dev TUNE
half (odd file ids only; the test half's pages are never opened) this finds the publication (and change) times in
<meta content>, <time datetime> and JSON-LD whose day is not the same in every reading — as written, in UTC, in the
zone the page's declared language or region names (PageTimeZone's table; "en-US" read as New York, a nominal US zone),
and under any other offset the page writes on its own times — and tallies which reading the gold day takes and
which of the days the page shows in its visible text (bench/date-views.py's forms).
Usage:
  java -jar precis.jar eval extraction --wcxb /work/shared/data/wcxb-dev --split tune --no-baselines --pages-out P.jsonl
  python3 bench/date-zones.py [P.jsonl]     # one block per page (gold, Precis's day, readings, days shown) and the tally
"""
import datetime, gzip, importlib.util, json, os, re, sys
from zoneinfo import ZoneInfo

_spec = importlib.util.spec_from_file_location("date_views", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         "date-views.py"))
dv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dv)

# PageTimeZone's tables (languages spoken in one zone; regions), plus "us" read as New York for the count only
LANG = {"de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
        "pl": "Europe/Warsaw", "cs": "Europe/Prague", "da": "Europe/Copenhagen", "sv": "Europe/Stockholm"}
REGION = {"gb": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin", "at": "Europe/Vienna",
          "ch": "Europe/Zurich", "fr": "Europe/Paris", "be": "Europe/Brussels", "it": "Europe/Rome",
          "nl": "Europe/Amsterdam", "es": "Europe/Madrid", "in": "Asia/Kolkata", "jp": "Asia/Tokyo",
          "nz": "Pacific/Auckland", "us": "America/New_York"}
ISO = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})(?!\d)")
ATTR = re.compile(r"<(?:meta|time)\b[^>]*?\b(?:content|datetime)\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.I)
KEY = re.compile(r"\b(?:name|property|itemprop)\s*=\s*[\"']([^\"']+)", re.I)
LD = re.compile(r'"(datePublished|dateCreated|uploadDate|dateModified)"\s*:\s*"([^"]+)"')
PUBLISHED = re.compile(r"publi|creat|upload|^time$|^date$|pubdate", re.I)
CHANGED = re.compile(r"modif|updat", re.I)


def offset_of(text):
    if text == "Z":
        return datetime.timezone.utc
    o = text.replace(":", "")
    sign = -1 if o[0] == "-" else 1
    return datetime.timezone(sign * datetime.timedelta(hours=int(o[1:3]), minutes=int(o[3:5])))


def instant(m):
    day, hh, mm, ss, off = m.groups()
    return day, datetime.datetime.fromisoformat("%sT%s:%s:%s" % (day, hh, mm, ss or "00")).replace(tzinfo=offset_of(off)), off


def times(raw):
    """(key, match) for every time with an offset in meta/time attributes and JSON-LD date fields."""
    for a in ATTR.finditer(raw):
        k = KEY.search(a.group(0))
        key = k.group(1) if k else "time"
        for t in ISO.finditer(a.group(1)):
            yield key, t
    for a in LD.finditer(raw):
        for t in ISO.finditer(a.group(2)):
            yield "ld:" + a.group(1), t


def page_zone(raw, url):
    m = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z_-]+)", raw, re.I)
    lang = m.group(1).lower().replace("_", "-") if m else ""
    parts = lang.split("-")
    if len(parts) > 1 and parts[1] in REGION:
        return lang, REGION[parts[1]]
    if parts[0] in LANG:
        return lang, LANG[parts[0]]
    tld = re.sub(r"^https?://([^/:]+).*", r"\1", url or "").rsplit(".", 1)[-1]
    return lang, REGION.get(tld)


def main():
    predicted = {}
    if len(sys.argv) > 1:
        for line in open(sys.argv[1], encoding="utf-8"):
            r = json.loads(line)
            predicted[r["id"]] = r
    tally = {}
    for fid, truth in dv.tune_pages():
        raw = gzip.open(os.path.join(dv.WCXB, "html", fid + ".html.gz")).read().decode("utf-8", "replace")
        gold = truth["ground_truth"]["publish_date"]
        lang, zone = page_zone(raw, truth.get("url"))
        found = list(times(raw))
        own = sorted({t.group(5) for _, t in found if t.group(5) not in ("Z", "+00:00", "+0000")})
        rows = []
        for key, t in found:
            kind = "change" if CHANGED.search(key) else "publication" if PUBLISHED.search(key) else None
            if not kind:
                continue
            day, at, off = instant(t)
            readings = {"written": day, "utc": at.astimezone(datetime.timezone.utc).date().isoformat()}
            if zone:
                readings["zone"] = at.astimezone(ZoneInfo(zone)).date().isoformat()
            for o in own:
                if o != off:
                    readings["page " + o] = at.astimezone(offset_of(o)).date().isoformat()
            if len(set(readings.values())) > 1 and (kind, key, t.group(0)) not in [r[:3] for r in rows]:
                rows.append((kind, key, t.group(0), readings))
        if not rows or len(gold) != 10:
            continue
        p = dv.Text()
        p.feed(raw)
        text = re.sub(r"\s+", " ", " ".join(p.parts))
        days = sorted({d for r in rows for d in r[3].values()} | {gold})
        shown = [d for d in days if dv.day_forms(d).search(text)]
        got = (predicted.get(fid, {}).get("date") or "-")[:10]
        print("%s lang=%s zone=%s gold=%s precis=%s shown=%s" % (fid, lang or "-", zone, gold, got, ",".join(shown) or "-"))
        for kind, key, value, readings in rows:
            print("    %-11s %-24s %-32s %s" % (kind, key, value, " ".join("%s=%s" % kv for kv in readings.items())))
        # the page's tally: its first time (a publication before a change) one of whose readings is the gold day;
        # a page none of whose moving times reads as the gold day (comments' times, another date) counts apart
        row = next((r for r in sorted(rows, key=lambda r: r[0] != "publication") if gold in r[3].values()), None)
        if row is None:
            tally.setdefault("gold in no reading", {"pages": 0})["pages"] += 1
            continue
        kind, key, value, readings = row
        utc = value.endswith("Z") or value.endswith("+00:00") or value.endswith("+0000")
        t = tally.setdefault("%s, %s" % (kind, "UTC" if utc else "an offset"), {})
        t["pages"] = t.get("pages", 0) + 1
        for name in ("written", "utc", "zone", "page"):
            if any(day == gold for n, day in readings.items() if n == name or n.startswith(name + " ")):
                label = "gold page offset" if name == "page" else "gold " + name
                t[label] = t.get(label, 0) + 1
        moved = {day for day in readings.values()}
        t["shown: gold only"] = t.get("shown: gold only", 0) + (gold in shown and not (moved - {gold}) & set(shown))
        t["shown: another only"] = t.get("shown: another only", 0) + (gold not in shown and bool(moved & set(shown)))
        t["shown: both"] = t.get("shown: both", 0) + (gold in shown and bool((moved - {gold}) & set(shown)))
        t["precis right"] = t.get("precis right", 0) + (got == gold)
        print("    -> tally: %s, %s; gold = %s" % (kind, "UTC" if utc else "an offset",
                                                   ", ".join(n for n, d in readings.items() if d == gold)))
    print()
    for group, t in tally.items():
        print("%-20s %s" % (group, "  ".join("%s %d" % kv for kv in t.items())))


if __name__ == "__main__":
    main()
