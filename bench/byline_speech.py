"""The byline words of bench/date-views.py's German and French views: on top of date_speech's rewriting of dates and
date labels, the words a byline is made of written the German or French way, one general transform over the page's
text nodes (no page-specific code), the same on every page of the view and in every node of a page:
  "By" / "by" beside a name or a date    -> "Von" / "von", "Par" / "par" (a node "by" alone between a date and a link too)
  "Written by", "Posted by", "Published by", "Reported by", "Words by", "Story by", "Article by"
                                          -> "Geschrieben von", "Veröffentlicht von", "Von"; "Écrit par", "Publié par", "Par"
  "and" between two names of a byline     -> "und" / "et" (a node "and" alone between two linked names, and "and" inside a
                                             node that opens with the byline word)
  a role in a short node ("Staff Writer", "Senior Reporter", "Reporter", "Editor", "Correspondent", "Contributor",
  "Columnist", "Staff", "Author:", "About the Author")
                                          -> "Redakteur", "Korrespondent", "Gastautor", "Kolumnist", "Redaktion", "Autor:",
                                             "Über den Autor"; "Journaliste", "Rédacteur", "Correspondant", "Contributeur",
                                             "Chroniqueur", "Rédaction", "Auteur :", "À propos de l'auteur"
Names are never rewritten. The gold author keeps its names; only its own connecting " and " is written "und" / "et"
the way the page now joins the same names (6 tune pages' gold has one).
"""
import re

from date_speech import Speech

SHORT = 80  # a node longer than this is running text: only "by"/"and" after a rewritten date there

PHRASES = {
    "de": [("Written by", "Geschrieben von"), ("Posted by", "Veröffentlicht von"), ("Published by", "Veröffentlicht von"),
           ("Reported by", "Von"), ("Words by", "Text von"), ("Story by", "Von"), ("Article by", "Ein Beitrag von"),
           ("WRITTEN BY", "GESCHRIEBEN VON"), ("POSTED BY", "VERÖFFENTLICHT VON")],
    "fr": [("Written by", "Écrit par"), ("Posted by", "Publié par"), ("Published by", "Publié par"),
           ("Reported by", "Par"), ("Words by", "Texte de"), ("Story by", "Par"), ("Article by", "Un article de"),
           ("WRITTEN BY", "ÉCRIT PAR"), ("POSTED BY", "PUBLIÉ PAR")],
}
ROLES = {
    "de": [(r"Senior Staff Writer|Staff Writer|Staff Reporter|Senior Reporter|Senior Writer|Reporter|Journalist",
            "Redakteur"), (r"Editor-in-Chief|Editor in Chief", "Chefredakteur"),
           (r"Senior Editor|Managing Editor|Contributing Editor|Editor", "Redakteur"),
           (r"Senior Correspondent|Correspondent", "Korrespondent"),
           (r"Contributing Writer|Guest Author|Guest Writer|Contributor", "Gastautor"), (r"Columnist", "Kolumnist"),
           (r"About the Author|About The Author|About the author", "Über den Autor"), (r"Author:", "Autor:"),
           (r"Authors:", "Autoren:"), (r"Staff", "Redaktion"), (r"Writer", "Autor")],
    "fr": [(r"Senior Staff Writer|Staff Writer|Staff Reporter|Senior Reporter|Senior Writer|Reporter|Journalist",
            "Journaliste"), (r"Editor-in-Chief|Editor in Chief", "Rédacteur en chef"),
           (r"Senior Editor|Managing Editor|Contributing Editor|Editor", "Rédacteur"),
           (r"Senior Correspondent|Correspondent", "Correspondant"),
           (r"Contributing Writer|Guest Author|Guest Writer|Contributor", "Contributeur"), (r"Columnist", "Chroniqueur"),
           (r"About the Author|About The Author|About the author", "À propos de l'auteur"), (r"Author:", "Auteur :"),
           (r"Authors:", "Auteurs :"), (r"Staff", "Rédaction"), (r"Writer", "Auteur")],
}
# a rewritten date piece of date_speech (German or French month or figures) before a "by" in running text
DE_FR_DATE = re.compile(r"(\d{1,2}\.? (?:Jan|Feb|März|Mär|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez|janv|févr|mars|avr|"
                        r"mai|juin|juil|août|sept|oct|nov|déc)[a-zäéû]*\.?(?: \d{4})?|\d\d[./]\d\d[./]\d\d(?:\d\d)?)"
                        r"(?:,? (?:um|à) \S+(?: Uhr)?)?\s*(?:[,|·•–-]\s*)?$")
CAP = r"(?=\s*[A-ZÀ-Ý\ue000]|\s*$)"


class BylineSpeech(Speech):
    """date_speech's Speech plus the byline words."""

    def __init__(self, lang, seed, page_order):
        super().__init__(lang, seed, page_order)
        self.by_word = "von" if lang == "de" else "par"
        self.and_word = "und" if lang == "de" else "et"
        self.roles = [(re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % p), w) for p, w in ROLES[lang]]
        self.phrases = [(re.compile(r"(?<!\w)%s(?=\s|:|$)" % re.escape(p)), w) for p, w in PHRASES[lang]]

    def rewrite(self, text):
        if not text.strip():
            return text
        if text.strip() == "by":  # "by" alone between a date and a linked name: the lower-case word
            return text.replace("by", self.by_word)
        text = super().rewrite(text)  # dates, labels, "By" opening a node
        s = text.strip()
        short = len(s) <= SHORT
        if short:
            for p, w in self.phrases:
                text = p.sub(w, text)
            # a node that is "by" alone (between a date and a linked name), or "by" after a name or date in a line
            text = re.sub(r"(?<![\w-])by(?=\s|$)" + CAP, self.by_word, text)
            text = re.sub(r"(?<![\w-])BY(?=\s|$)" + CAP, self.by_word.upper(), text)
            for p, w in self.roles:
                text = p.sub(w, text)
            # "and" alone between two linked names, or inside a byline node
            bare = s.strip(" ,")
            byline = re.match(r"(?:Von|Par|VON|PAR|Geschrieben von|Écrit par|Veröffentlicht von|Publié par)\s", s)
            if bare == "and" or byline:
                text = re.sub(r"(?<![\w-])and(?=\s+[A-ZÀ-Ý]|\s*$)", self.and_word, text)
        else:
            # running text: "… 3. März 2021 by Jane Doe" (a meta line inside a long node)
            def by_after_date(m):
                return m.group(0) if not DE_FR_DATE.search(text[:m.start()]) else " " + self.by_word + " "
            text = re.sub(r"\s+by\s+(?=[A-ZÀ-Ý])", by_after_date, text)
        return text


def gold_author(lang, author):
    """The gold author with its connecting " and " written the page's way; the names unchanged."""
    if not author:
        return author
    return re.sub(r"(?<=\w) and (?=[A-Z])", " und " if lang == "de" else " et ", author)
