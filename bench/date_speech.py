"""The German and French translated views of bench/date-views.py: every visible English date, clock time, relative
time, weekday and date label of a page rewritten the way German or French sites write them, one general transform over
the page's text nodes (no page-specific code). Each page gets one house style, drawn with a fixed seed from its id:
  de  "3. März 2021" / "3. Mär. 2021" / "03.03.2021" / "03.03.21"; "Mittwoch, 3. März 2021"; "um 14:30 Uhr" / "14:30 Uhr";
      "Veröffentlicht am" / "Erstellt am" / "Datum:"; "Aktualisiert am" / "Zuletzt aktualisiert:" / "Stand:";
      "vor 3 Stunden", "gestern", "heute"; "Von" for a byline's "By"; a comment's "sagt:", "Antworten",
      "Schlagwörter:", "Kategorien:", "Ähnliche Beiträge", "Weiterlesen" (the boilerplate around dates).
  fr  "3 mars 2021" / "1er mars 2021" / "3 mars 2021" abbreviated "janv." / "03/03/2021" / "03.03.2021" / "03/03/21";
      "mercredi 3 mars 2021"; "à 14h30" / "à 14:30"; "Publié le" / "Posté le" / "Date :"; "Mis à jour le" /
      "Dernière mise à jour :"; "il y a 3 heures", "hier", "aujourd'hui"; "Par" for "By"; "dit :", "Répondre", "Étiquettes :",
      "Catégories :", "Articles similaires", "Lire la suite".
English dates in figures are read in the page's own order (a figure over 12 settles it; else the order in which the
gold day is written on the page; else month first) and written day first. ISO dates (2021-03-03) and a citation's
"2023 Jan 7" (a year before the month) are left as they are.
The gold date is unchanged (a translation moves no day). The page's <html lang> and og:locale say de or fr.
"""
import random
import re

MON = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
       "december"]
MON_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
            "oct": 10, "nov": 11, "dec": 12}
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}

DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
DE_MON_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_WD_ABBR = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
FR_MON_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_WD_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]

MONTH = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December" \
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?P<mdot>\.)?(?![a-z])"
WEEKDAY = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri" \
          r"|Sat|Sun)\.?,?\s+(?:the\s+)?)?"
ON = r"(?P<on>\b[Oo]n\s+(?:the\s+)?)?"
ORD = r"(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
CLOCK = r"(?P<h>\d{1,2})(?::(?P<min>\d\d))?(?::\d\d)?\s*(?P<ap>[AaPp]\.?\s?[Mm]\.?(?![a-z]))"
CLOCK24 = r"(?P<h>\d{1,2}):(?P<min>\d\d)(?::\d\d)?(?!\s*[AaPp]\.?\s?[Mm])(?![\d:])"
ZONE = r"(?:\s+(?:E[SD]?T|P[SD]?T|C[SD]?T|M[SD]?T|AE[SD]?T|IST))?(?![A-Za-z])"
AT_TIME = r"(?P<tail>(?:\s*(?:,|\||-|–|•|·|@|\bat\b)?\s*)(?:" + CLOCK + "|" + CLOCK24.replace("(?P<h>", "(?P<h2>") \
    .replace("(?P<min>", "(?P<min2>") + ")" + ZONE + ")?"

# Month day[, year] and day Month[ year], with the weekday and "on" before and a clock time after.
MDY = re.compile(r"(?<!\d{4} )(?<!\d{4}, )" + ON + WEEKDAY + MONTH + r"\s+(?P<day>\d{1,2})" + ORD + r"(?![\d:])(?:,?\s+" + YEAR + r")?" + AT_TIME)
DMY = re.compile(ON + WEEKDAY + r"(?:the\s+)?(?<![\d.,/:-])(?P<day>\d{1,2})" + ORD + r"\s+(?:of\s+)?" + MONTH + r",?(?:\s+" + YEAR
                 + r")?" + AT_TIME)
MY = re.compile(r"\b" + MONTH + r",?\s+" + YEAR + r"\b")
NUM = re.compile(ON + WEEKDAY + r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)?\d\d)"
                 r"(?![\d/.-]\d)" + AT_TIME)
LONE_CLOCK = re.compile(r"(?P<at>\bat\s+)?" + CLOCK + ZONE)
WEEKDAY_ONLY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
AGO = re.compile(r"\b(?P<n>\d+|an?|one|a few|several)\s+(?P<unit>second|sec|minute|min|hour|hr|day|week|month|year)s?"
                 r"\s+ago\b", re.I)
TODAY = re.compile(r"\b(Yesterday|yesterday|Today|today)\b(?P<at>\s+at\b)?")
LABEL = re.compile(r"(?P<label>\b(?:Last\s+[Uu]pdated|Last\s+[Mm]odified|Updated|UPDATED|Published|PUBLISHED|Posted"
                   r"|POSTED|Modified|Created|Date(?=\s*:)|Originally\s+published|First\s+published)|\b(?:updated|published"
                   r"|posted)(?=\s+on\b|:))(?P<on>\s+on\b)?(?P<colon>\s*:)?"
                   r"(?(on)|(?(colon)|(?=\s*(?:\ue000|$|\||,|-|–))))")
BY = re.compile(r"^(\s*)(By|BY|by)(\s+(?=[A-Z])|\s*$)")

DE_UNITS = {"second": ("Sekunde", "Sekunden"), "sec": ("Sekunde", "Sekunden"), "minute": ("Minute", "Minuten"),
            "min": ("Minute", "Minuten"), "hour": ("Stunde", "Stunden"), "hr": ("Stunde", "Stunden"),
            "day": ("Tag", "Tagen"), "week": ("Woche", "Wochen"), "month": ("Monat", "Monaten"),
            "year": ("Jahr", "Jahren")}
DE_ONE = {"Sekunde": "einer", "Minute": "einer", "Stunde": "einer", "Woche": "einer", "Tag": "einem",
          "Monat": "einem", "Jahr": "einem"}
FR_UNITS = {"second": ("seconde", "secondes"), "sec": ("seconde", "secondes"), "minute": ("minute", "minutes"),
            "min": ("minute", "minutes"), "hour": ("heure", "heures"), "hr": ("heure", "heures"),
            "day": ("jour", "jours"), "week": ("semaine", "semaines"), "month": ("mois", "mois"),
            "year": ("an", "ans")}
FR_ONE = {"seconde": "une", "minute": "une", "heure": "une", "semaine": "une", "jour": "un", "mois": "un", "an": "un"}

LABELS = {
    "de": {"published": [("Veröffentlicht", "Veröffentlicht am"), ("Erstellt", "Erstellt am"),
                         ("Datum", "Veröffentlicht am")],
           "posted": [("Veröffentlicht", "Veröffentlicht am"), ("Geschrieben", "Geschrieben am"),
                      ("Erstellt", "Erstellt am")],
           "updated": [("Aktualisiert", "Aktualisiert am"), ("Zuletzt aktualisiert", "Zuletzt aktualisiert am"),
                       ("Stand", "Stand:")],
           "modified": [("Geändert", "Geändert am"), ("Zuletzt geändert", "Zuletzt geändert am")],
           "created": [("Erstellt", "Erstellt am")], "date": [("Datum", "Datum:")],
           "first": [("Erstmals veröffentlicht", "Erstmals veröffentlicht am")]},
    "fr": {"published": [("Publié", "Publié le"), ("Publié", "Publié le"), ("Date de publication", "Publié le")],
           "posted": [("Posté", "Posté le"), ("Publié", "Publié le"), ("Écrit", "Écrit le")],
           "updated": [("Mis à jour", "Mis à jour le"), ("Dernière mise à jour", "Dernière mise à jour le"),
                       ("Actualisé", "Actualisé le")],
           "modified": [("Modifié", "Modifié le"), ("Dernière modification", "Dernière modification le")],
           "created": [("Créé", "Créé le")], "date": [("Date", "Date :")],
           "first": [("Première publication", "Première publication le")]},
}


# The boilerplate words around dates on blog and CMS pages (a comment's "says:", its "Reply", a post's "Tags:").
WORDS = {
    "de": [(r"\bsays:", "sagt:"), (r"\bReply\b", "Antworten"), (r"\bLeave a (?:Reply|Comment|comment)\b",
           "Schreibe einen Kommentar"), (r"\bComments\b", "Kommentare"), (r"\bcomments\b", "Kommentare"),
           (r"\bComment\b", "Kommentar"), (r"\bTags:", "Schlagwörter:"), (r"\bCategories:", "Kategorien:"),
           (r"\bCategory:", "Kategorie:"), (r"\bRelated (?:Posts|Articles|posts|articles)\b", "Ähnliche Beiträge"),
           (r"\bRecent Posts\b", "Neueste Beiträge"), (r"\bRead [Mm]ore\b", "Weiterlesen"),
           (r"\b(\d+) min read\b", r"\1 Min. Lesezeit"), (r"\bShare\b", "Teilen")],
    "fr": [(r"\bsays:", "dit :"), (r"\bReply\b", "Répondre"), (r"\bLeave a (?:Reply|Comment|comment)\b",
           "Laisser un commentaire"), (r"\bComments\b", "Commentaires"), (r"\bcomments\b", "commentaires"),
           (r"\bComment\b", "Commentaire"), (r"\bTags:", "Étiquettes :"), (r"\bCategories:", "Catégories :"),
           (r"\bCategory:", "Catégorie :"), (r"\bRelated (?:Posts|Articles|posts|articles)\b",
           "Articles similaires"), (r"\bRecent Posts\b", "Articles récents"), (r"\bRead [Mm]ore\b", "Lire la suite"),
           (r"\b(\d+) min read\b", r"\1 min de lecture"), (r"\bShare\b", "Partager")],
}


def month_of(word):
    w = word.lower().rstrip(".")
    return MON.index(w) + 1 if w in MON else MON_ABBR.get(w, 0)


def weekday_of(word):
    w = word.lower().rstrip(".")
    return WD.index(w) if w in WD else WD_ABBR.get(w, -1)


class Speech:
    """One page's rewriting into German ("de") or French ("fr"), its house style drawn from the page's id."""

    def __init__(self, lang, seed, page_order):
        r = random.Random("%s-%s" % (lang, seed))
        self.lang = lang
        self.order = page_order  # "mdy" or "dmy": how the English page writes a day in figures
        self.style = r.choices(["long", "abbr", "num"], [0.5, 0.2, 0.3])[0]
        self.num_sep = "." if lang == "de" else r.choice(["/", "/", "."])
        self.short_year = r.random() < 0.25  # "03.03.21", "03/03/21"
        self.first = lang == "fr" and r.random() < 0.7  # "1er mars"
        self.clock = "%d:%02d Uhr" if lang == "de" and r.random() < 0.7 else ("%d:%02d" if lang == "de" else
                                                                               r.choice(["%dh%02d", "%d:%02d"]))
        self.labels = {k: r.choice(v) for k, v in LABELS[lang].items()}
        self.by = "Von" if lang == "de" else "Par"

    # --- the pieces ---
    def month(self, m, abbr):
        if self.lang == "de":
            return (DE_MON_ABBR if abbr or self.style == "abbr" else DE_MON)[m - 1]
        return (FR_MON_ABBR if abbr or self.style == "abbr" else FR_MON)[m - 1]

    def weekday(self, w, abbr):
        if self.lang == "de":
            return (DE_WD_ABBR if abbr else DE_WD)[w]
        return (FR_WD_ABBR if abbr else FR_WD)[w]

    def time(self, h, mi, ap):
        h, mi = int(h), int(mi or 0)
        if ap:
            ap = ap.lower().replace(".", "").replace(" ", "")
            h = h % 12 + (12 if ap.startswith("p") else 0)
        if h > 23 or mi > 59:
            return None
        return self.clock % (h, mi)

    def date(self, d, m, y, abbr, wd=None, wd_abbr=False):
        """The day written in the page's style; y may be None (a yearless day)."""
        if not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        if self.style == "num" and y:
            y = y[2:] if self.short_year else y
            text = ("%02d.%02d.%s" if self.lang == "de" else "%02d" + self.num_sep + "%02d" + self.num_sep + "%s") % (
                d, m, y)
        elif self.style == "num" and self.lang == "de":
            text = "%02d.%02d." % (d, m)
        else:
            day = ("1er" if d == 1 and self.first else str(d)) if self.lang == "fr" else "%d." % d
            text = day + " " + self.month(m, abbr) + (" " + y if y else "")
        if wd is not None and wd >= 0:
            text = self.weekday(wd, wd_abbr) + (", " if self.lang == "de" else " ") + text
        return text

    def on(self, m):
        return ("am " if self.lang == "de" else "le ") if m.group("on") else ""

    def tail(self, m):
        if not m.group("tail"):
            return ""
        t = self.time(m.group("h") or m.group("h2"), m.group("min") or m.group("min2"), m.group("ap"))
        if t is None:
            return m.group("tail")
        sep = m.group("tail")
        lead = re.match(r"\s*(,|\||-|–|•|·|@|at)?\s*", sep).group(1)
        if lead in (None, "at", "@"):
            return (" um " if self.lang == "de" else " à ") + t
        return (" %s " % lead if lead != "," else ", ") + t

    # --- the rewriting ---
    def rewrite(self, text):
        """{@code text} with its English dates rewritten; each rewritten piece is held behind a private-use mark
        until the end so that no later pattern reads it again."""
        if not text.strip():
            return text
        held = []

        def hold(fn):
            def sub(m):
                out = fn(m)
                held.append(out)
                return "\ue000" + chr(0xe100 + len(held) - 1) + "\ue001"
            return sub

        text = MDY.sub(hold(self.sub_written), text)
        text = DMY.sub(hold(self.sub_written), text)
        text = MY.sub(hold(lambda m: self.month(month_of(m.group("mon")), bool(m.group("mdot")) or len(m.group("mon"))
                                                <= 4 and m.group("mon") not in ("June", "July", "May")) + " "
                           + m.group("year")), text)
        text = NUM.sub(hold(self.sub_figures), text)
        text = LONE_CLOCK.sub(hold(self.sub_clock), text)
        text = AGO.sub(hold(self.sub_ago), text)
        text = TODAY.sub(hold(self.sub_today), text)
        text = WEEKDAY_ONLY.sub(hold(lambda m: self.weekday(weekday_of(m.group(1)), False)), text)
        def label(m):
            nxt = re.match(r"\s*\ue000(.)\ue001", m.string[m.end():])
            k = ord(nxt.group(1)) - 0xe100 if nxt else -1
            on = k >= 0 and held[k].startswith(("am ", "le "))
            dated = k >= 0 and (held[k][:1].isdigit() or held[k].split(" ")[0].rstrip(",.") in DE_WD + FR_WD)
            out = self.sub_label(m, on or dated)
            if on and (out.endswith(":") or m.group("colon")):
                held[k] = held[k][3:]  # "Stand: 3. März", not "Stand: am 3. März"
            elif on and out.endswith((" am", " le")):
                out = out[:-3]
            return out

        text = LABEL.sub(hold(label), text)
        text = BY.sub(lambda m: m.group(1) + self.by + m.group(3), text)
        for pattern, word in WORDS[self.lang]:
            text = re.sub(pattern, word, text)
        return re.sub("\ue000(.)\ue001", lambda m: held[ord(m.group(1)) - 0xe100], text)

    def sub_written(self, m):
        mon = m.group("mon")
        abbr = bool(m.group("mdot")) or (len(mon) <= 4 and mon not in ("June", "July", "May"))
        wd = weekday_of(m.group("wd")) if m.group("wd") else None
        out = self.date(int(m.group("day")), month_of(mon), m.group("year"), abbr, wd,
                        bool(m.group("wd")) and len(m.group("wd")) <= 5)
        if out is None:
            return m.group(0)
        return self.on(m) + out + self.tail(m)

    def sub_figures(self, m):
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        if m.group("sep") == "." and self.order != "mdy":
            d, mo = a, b
        elif a > 12 or (self.order == "dmy" and b <= 12):
            d, mo = a, b
        else:
            mo, d = a, b
        if mo > 12 or d > 31:
            return m.group(0)
        if len(y) == 2:
            y = "20" + y if int(y) < 50 else "19" + y
        wd = weekday_of(m.group("wd")) if m.group("wd") else None
        if self.short_year:
            y = y[2:]
        if self.lang == "de":
            out = "%02d.%02d.%s" % (d, mo, y)
        else:
            out = "%02d%s%02d%s%s" % (d, self.num_sep, mo, self.num_sep, y)
        if wd is not None and wd >= 0:
            out = self.weekday(wd, len(m.group("wd")) <= 5) + (", " if self.lang == "de" else " ") + out
        return self.on(m) + out + self.tail(m)

    def sub_clock(self, m):
        t = self.time(m.group("h"), m.group("min"), m.group("ap"))
        if t is None:
            return m.group(0)
        return ("um " if self.lang == "de" else "à ") + t if m.group("at") else t

    def sub_ago(self, m):
        n, unit = m.group("n").lower(), m.group("unit").lower()
        units, ones = (DE_UNITS, DE_ONE) if self.lang == "de" else (FR_UNITS, FR_ONE)
        one, many = units[unit]
        if n in ("a", "an", "one", "1"):
            word = ones[one] + " " + one if n != "1" else "1 " + one
        elif n in ("a few", "several"):
            word = ("wenigen " if self.lang == "de" else "quelques ") + many
        else:
            word = n + " " + many
        return ("vor " if self.lang == "de" else "il y a ") + word

    def sub_today(self, m):
        w = m.group(1).lower()
        if self.lang == "de":
            out = {"yesterday": "gestern", "today": "heute"}[w]
            at = " um" if m.group("at") else ""
        else:
            out = {"yesterday": "hier", "today": "aujourd'hui"}[w]
            at = " à" if m.group("at") else ""
        if m.group(1)[0].isupper():
            out = out[0].upper() + out[1:]
        return out + at

    def sub_label(self, m, on_next=False):
        word = re.sub(r"\s+", " ", m.group("label")).lower()
        key = {"last updated": "updated", "last modified": "modified", "originally published": "first",
               "first published": "first"}.get(word, word)
        plain, with_on = self.labels[key]
        if word.startswith("last ") and key == "updated" and plain == "Aktualisiert":
            plain, with_on = "Zuletzt aktualisiert", "Zuletzt aktualisiert am"
        if with_on.endswith(":"):  # "Stand:", "Datum:", "Date :"
            return with_on
        if m.group("on"):
            return with_on
        if m.group("colon"):
            return plain + (" :" if self.lang == "fr" else ":")
        if on_next:
            return with_on
        return plain

    def attrs(self, tag, attrs):
        """<html lang> and og:locale say the page's language."""
        if tag == "html":
            attrs = [(k, v) for k, v in attrs if k not in ("lang", "xml:lang")] + [("lang", self.lang)]
        elif tag == "meta" and any(k == "property" and (v or "").lower() == "og:locale" for k, v in attrs):
            attrs = [(k, ("de_DE" if self.lang == "de" else "fr_FR") if k == "content" else v) for k, v in attrs]
        return attrs


def page_order(text, gold):
    """How an English page writes a day in figures: "dmy" or "mdy" (a figure over 12 settles it, then the gold
    day's own order on the page, else month first)."""
    votes = {"dmy": 0, "mdy": 0}
    for m in re.finditer(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)?\d\d)(?![\d/.-]\d)", text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            votes["dmy"] += 1
        elif b > 12 >= a:
            votes["mdy"] += 1
    if votes["dmy"] != votes["mdy"]:
        return max(votes, key=votes.get)
    if gold and len(gold) == 10:
        y, mo, d = int(gold[:4]), int(gold[5:7]), int(gold[8:10])
        if d != mo:
            yy = r"(%d|%02d)" % (y, y % 100)
            if re.search(r"(?<!\d)0?%d[/-]0?%d[/-]%s(?!\d)" % (d, mo, yy), text):
                return "dmy"
            if re.search(r"(?<!\d)0?%d[/-]0?%d[/-]%s(?!\d)" % (mo, d, yy), text):
                return "mdy"
    return "mdy"
