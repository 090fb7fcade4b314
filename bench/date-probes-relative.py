"""Made-up pages probing relative times (thirty-fourth session, ext43): read in the page's own zone, and a
vague one ("vor wenigen Tagen") not hiding a precise one after it. Built on bench/date-probes-eu.py's pages;
each probe carries its own fetch time. Expected days were fixed before any run. Usage:
  python3 bench/date-probes-relative.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-relative.py score
"""
import json
import probe_pages as pp
eu = pp.load("eu")
P = []
def add(pid, l, exp, fetched, **kw): P.append((pid, l, exp, fetched, eu.page(l, **kw)))
def mod(t): return f'<meta property="article:modified_time" content="{t}">'
def ldmod(t): return f'<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":"x","dateModified":t})}</script>'
def comment(t): return eu.comments("Kommentare", [(f'<time datetime="{t}">Leser</time>', "Gut so.")])
# 1. the page's zone from an offset in its own dates, fetched shortly after its midnight
add("zone-de-meta","de","2024-09-11","2024-09-10T22:30:00Z",head=mod("2024-09-11T00:25:00+02:00"),header='<p class="meta">Veröffentlicht vor 20 Minuten</p>')
add("zone-fr-ld","fr","2024-09-11","2024-09-10T22:50:00Z",head=ldmod("2024-09-11T00:40:00+02:00"),header='<p class="meta">Publié il y a 45 minutes</p>')
add("zone-de-time","de","2024-09-11","2024-09-10T22:30:00Z",header='<p class="meta">vor 30 Minuten</p>',after=comment("2024-09-11T00:28:00+02:00"))
add("zone-es-west","es","2024-09-10","2024-09-11T03:00:00Z",head=mod("2024-09-10T22:55:00-05:00"),header='<p class="meta">Publicado hace 2 horas</p>')
add("zone-ru-meta","ru","2024-09-11","2024-09-10T22:00:00Z",head=mod("2024-09-11T00:50:00+03:00"),header='<p class="meta">Опубликовано 30 минут назад</p>')
add("zone-de-heute","de","2024-09-11","2024-09-10T23:00:00Z",head=mod("2024-09-11T00:45:00+02:00"),header='<p class="meta">Heute, 00:40 Uhr</p>')
add("zone-pt-west","pt","2024-09-10","2024-09-11T01:30:00Z",head=mod("2024-09-10T22:20:00-03:00"),header='<p class="meta">Publicado há 1 hora</p>')
# 2. no offset: the zone the declared language settles (PageTimeZone), else the fetch clock's
add("lang-de","de","2024-09-11","2024-09-10T22:30:00Z",header='<p class="meta">Veröffentlicht vor 15 Minuten</p>')
add("lang-pl","pl","2024-09-11","2024-09-10T22:40:00Z",header='<p class="meta">Opublikowano 20 minut temu</p>')
add("lang-es-none","es","2024-09-10","2024-09-10T22:30:00Z",header='<p class="meta">Publicado hace 30 minutos</p>')
add("utc-offset-es","es","2024-09-10","2024-09-11T01:00:00Z",head=mod("2024-09-11T00:50:00+00:00"),header='<p class="meta">Publicado hace 2 horas</p>')
add("midday-de","de","2024-09-10","2024-09-10T10:00:00Z",head=mod("2024-09-10T11:55:00+02:00"),header='<p class="meta">vor 3 Stunden</p>')
# 3. a vague relative time before a precise one
NOON = "2024-09-10T10:00:00Z"
add("vague-de","de","2024-09-10",NOON,header='<p class="kicker">Serie, Teil 1 vor wenigen Tagen</p><p class="meta">Veröffentlicht vor 2 Stunden</p>')
add("vague-fr","fr","2024-09-10",NOON,header='<p class="kicker">Dossier ouvert il y a quelques jours</p><p class="meta">Publié il y a 3 heures</p>')
add("vague-es","es","2024-09-10",NOON,header='<p class="kicker">Serie iniciada hace unos días</p><p class="meta">Publicado hace 5 horas</p>')
add("vague-it","it","2024-09-10",NOON,header='<p class="kicker">Inchiesta avviata 2 mesi fa</p><p class="meta">Pubblicato 3 ore fa</p>')
add("vague-ru","ru","2024-09-10",NOON,header='<p class="kicker">Серия начата несколько дней назад</p><p class="meta">Опубликовано 2 часа назад</p>')
add("vague-pl","pl","2024-09-09",NOON,header='<p class="kicker">Cykl rozpoczęty kilka dni temu</p><p class="meta">Opublikowano 1 dzień temu</p>')
add("vague-only-de","de","",NOON,header='<p class="meta">Veröffentlicht vor wenigen Tagen</p>')
if __name__ == "__main__":
    pp.cli([(pid, exp, {"html": html, "url": eu.address(l), "fetched": fetched}) for pid, l, exp, fetched, html in P])
