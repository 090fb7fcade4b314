"""Made-up European news pages (de, fr, es, it, nl, pt, pl, ru) probing the date readers (thirty-fourth session, ext41).

Each probe's expected publication day was fixed before any run. Usage:
  python3 bench/date-probes-eu.py write PROBES.jsonl        # one {"id","html","url","fetched"} a line
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-eu.py score
"""
import json
import probe_pages as pp
FETCHED = "2024-09-10T10:00:00Z"
BODY = {
 "de": ["Die Gemeinde hat am Montag neue Pläne für den Bau einer Fußgängerbrücke über den Kanal vorgestellt, die im kommenden Frühjahr beginnen und mehrere Millionen Euro kosten soll.",
        "Die Bürgermeisterin sagte, man habe lange mit den Anwohnern gesprochen und nun einen Entwurf gefunden, der den Verkehr in der Altstadt spürbar entlasten werde.",
        "Kritiker aus dem Stadtrat bemängeln dagegen die hohen Kosten und fordern, zuerst die bestehenden Radwege am Ufer auszubessern, bevor neue Bauwerke geplant werden."],
 "fr": ["La commune a présenté lundi un nouveau projet de passerelle piétonne au-dessus du canal, dont les travaux doivent commencer au printemps prochain pour plusieurs millions d'euros.",
        "La maire a expliqué que les habitants avaient été longuement consultés et qu'une solution avait été trouvée pour soulager la circulation dans la vieille ville.",
        "L'opposition municipale critique toutefois le coût élevé du chantier et demande que les pistes cyclables des quais soient d'abord remises en état."],
 "es": ["El ayuntamiento presentó el lunes un nuevo proyecto de pasarela peatonal sobre el canal, cuyas obras comenzarán la próxima primavera con un coste de varios millones de euros.",
        "La alcaldesa explicó que se consultó durante meses a los vecinos y que se encontró una solución para aliviar el tráfico en el casco antiguo.",
        "La oposición municipal critica el elevado coste de la obra y pide que primero se reparen los carriles bici junto al río."],
 "it": ["Il comune ha presentato lunedì un nuovo progetto di passerella pedonale sul canale, i cui lavori dovrebbero iniziare la prossima primavera per diversi milioni di euro.",
        "La sindaca ha spiegato che i residenti sono stati consultati a lungo e che è stata trovata una soluzione per alleggerire il traffico nel centro storico.",
        "L'opposizione in consiglio critica però il costo elevato dell'opera e chiede di riparare prima le piste ciclabili lungo il fiume."],
 "nl": ["De gemeente heeft maandag een nieuw plan gepresenteerd voor een voetgangersbrug over het kanaal, waarvan de bouw komend voorjaar moet beginnen en miljoenen euro's zal kosten.",
        "De burgemeester zei dat de bewoners lang zijn geraadpleegd en dat er een oplossing is gevonden die het verkeer in de binnenstad flink zal ontlasten.",
        "De oppositie in de gemeenteraad vindt de kosten echter te hoog en wil dat eerst de fietspaden langs de kade worden hersteld."],
 "pt": ["A câmara municipal apresentou na segunda-feira um novo projeto de passarela pedonal sobre o canal, cujas obras devem começar na próxima primavera por vários milhões de euros.",
        "A presidente da câmara explicou que os moradores foram consultados durante meses e que foi encontrada uma solução para aliviar o trânsito no centro histórico.",
        "A oposição critica o custo elevado da obra e pede que primeiro sejam reparadas as ciclovias junto ao rio."],
 "pl": ["Gmina przedstawiła w poniedziałek nowy projekt kładki dla pieszych nad kanałem, której budowa ma się rozpocząć wiosną przyszłego roku i kosztować kilka milionów euro.",
        "Burmistrz powiedziała, że mieszkańcy byli długo konsultowani i znaleziono rozwiązanie, które wyraźnie odciąży ruch na starym mieście.",
        "Opozycja w radzie miasta krytykuje jednak wysokie koszty i domaga się, by najpierw naprawić ścieżki rowerowe wzdłuż nabrzeża."],
 "ru": ["В понедельник администрация представила новый проект пешеходного моста через канал, строительство которого должно начаться следующей весной и обойдётся в несколько миллионов евро.",
        "Глава города рассказала, что жителей долго опрашивали и в итоге нашли решение, которое заметно разгрузит движение в старом центре.",
        "Оппозиция в городском совете критикует высокую стоимость проекта и требует сначала отремонтировать велодорожки вдоль набережной."],
}
TITLE = {"de":"Neue Brücke über den Kanal geplant","fr":"Une nouvelle passerelle sur le canal","es":"Una nueva pasarela sobre el canal",
 "it":"Una nuova passerella sul canale","nl":"Nieuwe brug over het kanaal gepland","pt":"Nova passarela sobre o canal",
 "pl":"Nowa kładka nad kanałem","ru":"Новый мост через канал"}
def body(l): return "".join(f"<p>{p}</p>" for p in BODY[l])
def page(l, meta="", before="", header="", after="", head=""):
    return (f'<!DOCTYPE html><html lang="{l}"><head><meta charset="utf-8"><title>{TITLE[l]} | Stadtblatt</title>{head}</head><body>'
            f'<header><nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/kultur">Kultur</a></nav></header>'
            f'<main>{before}<article><h1>{TITLE[l]}</h1>{header}{body(l)}</article>{after}</main>'
            f'<footer><p>© 2024 Stadtblatt</p></footer></body></html>')
def ld(pub, mod=None):
    d = {"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":pub}
    if mod: d["dateModified"]=mod
    return f'<script type="application/ld+json">{json.dumps(d)}</script>'
def box(title, items):
    lis = "".join(f'<li><a href="/a{i}">{t}</a> <span class="date">{d}</span></li>' for i,(t,d) in enumerate(items))
    return f'<aside class="teaser"><h2>{title}</h2><ul>{lis}</ul></aside>'
def comments(title, items):
    cs = "".join(f'<div class="comment"><p class="meta">{m}</p><p>{t}</p></div>' for m,t in items)
    return f'<section id="comments"><h2>{title}</h2>{cs}</section>'
P = []
def add(pid, l, exp, **kw): P.append((pid, l, exp, page(l, **kw)))
# 1. publication and update lines, both orders
add("order-de-pu","de","2024-03-05",header='<p class="meta">Veröffentlicht am 05.03.2024, 10:12 Uhr · Aktualisiert am 07.03.2024, 08:40 Uhr</p>')
add("order-de-up","de","2024-03-05",header='<p class="meta">Aktualisiert am 07.03.2024, 08:40 Uhr</p><p class="meta">Erschienen am 05.03.2024, 10:12 Uhr</p>')
add("order-fr-pu","fr","2024-03-05",header='<p class="meta">Publié le 5 mars 2024 à 10h12 · Mis à jour le 7 mars 2024 à 08h40</p>')
add("order-fr-up","fr","2024-03-05",header='<p class="meta">Mis à jour le 07/03/2024 à 08h40</p><p class="meta">Publié le 05/03/2024 à 10h12</p>')
add("order-es-pu","es","2024-03-05",header='<p class="meta">Publicado el 5 de marzo de 2024, 10:12 · Actualizado el 7 de marzo de 2024, 08:40</p>')
add("order-es-up","es","2024-03-05",header='<p class="meta">Actualizado: 07/03/2024 08:40h</p><p class="meta">Publicado: 05/03/2024 10:12h</p>')
add("order-it-pu","it","2024-03-05",header='<p class="meta">Pubblicato il 5 marzo 2024 alle 10:12 — Aggiornato il 7 marzo 2024 alle 08:40</p>')
add("order-it-up","it","2024-03-05",header='<p class="meta">Ultimo aggiornamento: 07/03/2024 08:40</p><p class="meta">Pubblicato il 05/03/2024</p>')
add("order-nl-pu","nl","2024-03-05",header='<p class="meta">Gepubliceerd op 5 maart 2024, bijgewerkt op 7 maart 2024</p>')
add("order-nl-up","nl","2024-03-05",header='<p class="meta">Laatste update: 07-03-2024, 08:40</p><p class="meta">Gepubliceerd: 05-03-2024, 10:12</p>')
add("order-pt-pu","pt","2024-03-05",header='<p class="meta">Publicado em 05/03/2024 às 10h12 Atualizado em 07/03/2024 às 08h40</p>')
add("order-pt-up","pt","2024-03-05",header='<p class="meta">Atualizado a 7 de março de 2024</p><p class="meta">Publicado a 5 de março de 2024</p>')
add("order-pl-pu","pl","2024-03-05",header='<p class="meta">Opublikowano: 05.03.2024, 10:12 Aktualizacja: 07.03.2024, 08:40</p>')
add("order-pl-up","pl","2024-03-05",header='<p class="meta">Zaktualizowano 7 marca 2024</p><p class="meta">Opublikowano 5 marca 2024</p>')
add("order-ru-pu","ru","2024-03-05",header='<p class="meta">Опубликовано 5 марта 2024, 10:12 · Обновлено 7 марта 2024, 08:40</p>')
add("order-ru-up","ru","2024-03-05",header='<p class="meta">Обновлено: 07.03.2024 08:40</p><p class="meta">Опубликовано: 05.03.2024 10:12</p>')
# 2. a date only in the byline block, month abbreviations with and without a dot
add("byline-de-dot","de","2024-01-12",header='<div class="author-box"><span>Von Max Muster</span> | <span>12. Jan. 2024</span></div>')
add("byline-de-nodot","de","2024-01-12",header='<div class="author-box">Von Max Muster, 12. Jan 2024, 14:03 Uhr</div>')
add("byline-fr-dot","fr","2024-01-12",header='<p class="byline">Par Jeanne Exemple, le 12 janv. 2024 à 14h03</p>')
add("byline-fr-nodot","fr","2024-01-12",header='<p class="byline">Par Jeanne Exemple — 12 janv 2024</p>')
add("byline-es-dede","es","2024-08-03",header='<p class="byline">Por Ana Ejemplo | 3 de ago. de 2024 - 14:03</p>')
add("byline-pt-dede","pt","2024-08-03",header='<p class="byline">Por João Exemplo — 3 de ago. de 2024</p>')
add("byline-it","it","2024-01-12",header='<p class="byline">di Marco Esempio · 12 gen. 2024</p>')
add("byline-nl","nl","2024-01-12",header='<p class="byline">Door Piet Voorbeeld · 12 jan 2024 om 14:03</p>')
add("byline-pl","pl","2024-01-12",header='<p class="byline">Autor: Jan Przykład, 12 sty 2024, 14:03</p>')
add("byline-ru","ru","2024-01-12",header='<p class="byline">Иван Пример, 12 янв. 2024, 14:03</p>')
# 3. teaser / most-read boxes with dates above the article
add("teaser-de","de","2024-06-04",before=box("Meistgelesen",[("Stau auf der Umgehung","09.09.2024"),("Neues Freibad eröffnet","08.09.2024"),("Markt fällt aus","07.09.2024")]),
    header='<p class="meta">04.06.2024, 09:15 Uhr</p>')
add("teaser-fr","fr","2024-06-04",before=box("Les plus lus",[("Bouchons sur la rocade","Publié le 9 sept. 2024"),("La piscine rouvre","Publié le 8 sept. 2024")]),
    header='<p class="meta">Publié le 4 juin 2024 à 09h15</p>')
add("teaser-es","es","2024-06-04",before=box("Lo más leído",[("Atasco en la circunvalación","09/09/2024"),("Abre la piscina","08/09/2024")]),
    header='<p class="meta">4 jun. 2024 - 09:15</p>')
add("teaser-it","it","2024-06-04",before=box("I più letti",[("Code in tangenziale","9 settembre 2024"),("Riapre la piscina","8 settembre 2024")]),
    header='<p class="meta">4 giugno 2024</p>')
add("teaser-nl","nl","2024-06-04",before=box("Meest gelezen",[("File op de ring","9 sep 2024"),("Zwembad weer open","8 sep 2024")]),
    header='<p class="meta">4 jun 2024, 09:15</p>')
# 4. comment dates after the article
add("comments-de","de","2024-05-14",header='<p class="meta">Veröffentlicht: 14.05.2024</p>',
    after=comments("Kommentare",[("Lena K. am 02.09.2024 um 18:20","Endlich passiert etwas."),("Tom B. am 01.09.2024","Viel zu teuer.")]))
add("comments-fr","fr","2024-05-14",header='<p class="meta">14 mai 2024</p>',
    after=comments("Réactions",[("Paul D. le 2 septembre 2024 à 18h20","Enfin !"),("Marie L. le 1 septembre 2024","Trop cher.")]))
add("comments-pl","pl","2024-05-14",header='<p class="meta">14.05.2024</p>',
    after=comments("Komentarze",[("Ola, 02.09.2024 18:20","Wreszcie."),("Adam, 01.09.2024","Za drogo.")]))
add("comments-ru","ru","2024-05-14",header='<p class="meta">14 мая 2024</p>',
    after=comments("Комментарии",[("Ольга, 2 сентября 2024","Наконец-то."),("Пётр, 1 сентября 2024","Слишком дорого.")]))
# 5. JSON-LD publication disagreeing with the shown one
add("ld-later-de","de","2024-03-05",head=ld("2024-09-01T06:00:00+02:00"),header='<p class="meta">Veröffentlicht am 05.03.2024</p>')
add("ld-later-fr","fr","2024-06-04",head=ld("2024-06-20T08:00:00+02:00"),header='<p class="meta">Publié le 4 juin 2024</p>')
add("ld-earlier-es","es","2024-02-01",head=ld("2024-02-01T08:00:00+01:00"),header='<p class="meta">15/02/2024</p>')
# 6. day-first numeric with 2-digit years
add("yy-de","de","2024-03-05",header='<p class="byline">Von A. Beispiel | 05.03.24, 10:12 Uhr</p>')
add("yy-fr","fr","2024-03-05",header='<p class="meta">Publié le 05/03/24 à 10h12</p>')
add("yy-it","it","2024-03-05",header='<p class="meta">Pubblicato il 05/03/24</p>')
add("yy-nl","nl","2024-03-05",header='<p class="meta">05-03-24 10:12</p>')
add("yy-es","es","2024-03-05",header='<p class="meta">05/03/24 - 10:12</p>')
# 7. relative time beside an absolute one
add("rel-de","de","2024-09-02",header='<p class="meta">Veröffentlicht am 02.09.2024 · Aktualisiert vor 3 Stunden</p>')
add("rel-fr","fr","2024-09-02",header='<p class="meta">Publié le 2 septembre 2024 · Modifié il y a 2 jours</p>')
add("rel-es","es","2024-09-01",before=box("Lo más leído",[("Atasco en la circunvalación","hace 2 horas"),("Abre la piscina","hace 5 horas")]),
    header='<p class="meta">Publicado el 1 de septiembre de 2024</p>')
add("rel-ru","ru","2024-09-02",before=box("Популярное",[("Пробка на кольце","3 часа назад")]),header='<p class="meta">2 сентября 2024</p>')
add("rel-pl","pl","2024-09-02",header='<p class="meta">Opublikowano 2 wrz 2024 · Zaktualizowano 5 godzin temu</p>')
add("rel-it","it","2024-09-02",header='<p class="meta">2 settembre 2024 · aggiornato 3 ore fa</p>')

# 8. harder variants
def tbox(items):
    lis = "".join(f'<div class="teaser-item"><a href="/t{i}">{t}</a><time datetime="{d}">{s}</time></div>' for i,(t,d,s) in enumerate(items))
    return f'<div class="teaser-row">{lis}</div>'
add("h-timeteaser-de","de","2024-06-04",before=tbox([("Stau auf der Umgehung","2024-09-09T07:00:00+02:00","09.09.2024"),("Freibad","2024-09-08T07:00:00+02:00","08.09.2024")]),
    header='<p class="meta"><time datetime="2024-06-04T09:15:00+02:00">04.06.2024, 09:15 Uhr</time></p>')
add("h-labelledbox-de","de","2024-06-04",before='<div class="box"><h3>Meistgelesen</h3><p><a href="/x">Stau auf der Umgehung</a> Veröffentlicht am 09.09.2024</p><p><a href="/y">Freibad eröffnet</a> Veröffentlicht am 08.09.2024</p></div>',
    header='<p class="meta">Veröffentlicht am 04.06.2024</p>')
add("h-endline-de","de","2024-06-04",after='<p class="meta">Erstellt am 04.06.2024</p>'+comments("Kommentare",[("Lena K. am 02.09.2024","Gut.")]))
add("h-oneline-fr","fr","2024-06-04",header='<p class="meta">Publié le 04/06/2024 à 09h15, modifié le 05/06/2024 à 10h00</p>')
add("h-stand-de","de","2024-03-05",header='<p class="meta">Stand: 07.03.2024, 08:40 Uhr</p><p class="meta">Erstveröffentlichung: 05.03.2024</p>')
add("h-zuletzt-de","de","2024-03-05",header='<p class="meta">Zuletzt aktualisiert: 07.03.2024 | Erstellt: 05.03.2024</p>')
add("h-noyear-ru","ru","2024-03-05",header='<p class="meta">5 марта 2024, 10:12, обновлено 7 марта, 08:40</p>')
add("h-upper-es","es","2024-03-05",header='<p class="meta">Madrid - 05 MAR 2024 - 10:12 CET</p>')
add("h-upperupd-es","es","2024-03-05",header='<p class="meta">05 mar 2024 - 10:12 CET <span>Actualizado: 07 mar 2024 - 08:40 CET</span></p>')
add("h-cap-it","it","2024-03-05",header='<p class="meta">05 Marzo 2024</p>')
add("h-rel-pt","pt","2024-03-05",header='<p class="meta">05/03/2024 10h12 - Atualizado há 3 horas</p>')
add("h-restamp-de","de","2024-03-05",head=ld("2024-09-01T06:00:00+02:00","2024-09-01T06:00:00+02:00"),header='<p class="meta">Veröffentlicht am 05.03.2024</p>')
add("h-rok-pl","pl","2024-03-05",header='<p class="meta">05.03.2024 r., godz. 10:12</p>')
add("h-le-fr","fr","2024-03-05",header='<p class="byline">Par Jeanne Exemple</p><p class="meta">Le 05.03.2024 à 10:12</p>')
add("h-weekday-de","de","2024-03-05",header='<p class="meta">Dienstag, 5. März 2024</p>')
add("h-weekday-fr","fr","2024-03-05",header='<p class="meta">mardi 5 mars 2024</p>')
add("h-lastcomment-de","de","2024-03-05",header='<p class="meta">Letzter Kommentar: 09.09.2024 · Veröffentlicht am 05.03.2024</p>')
add("h-datebelow-nl","nl","2024-03-05",header='<p class="byline">Door Piet Voorbeeld</p>',after='<p class="meta">dinsdag 5 maart 2024, 10:12</p>'+box("Meer nieuws",[("File","9 sep 2024")]))

# 9. third batch
add("b-mo-de","de","2024-03-04",header='<p class="meta">Mo, 04.03.2024 | 10:12 Uhr</p>')
add("b-nozero-de","de","2024-03-04",header='<p class="meta">4.3.2024, 10:12</p>')
add("b-1er-fr","fr","2024-03-01",header='<p class="meta">Publié le 1er mars 2024</p>')
add("b-mrt-nl","nl","2024-03-04",header='<p class="meta">ma 4 mrt 2024, 10:12</p>')
add("b-mar-it","it","2024-03-04",header='<p class="meta">04 mar 2024</p>')
add("b-mar-pt","pt","2024-03-04",header='<p class="meta">04 mar 2024 - 10h12</p>')
add("b-mar-pl","pl","2024-03-04",header='<p class="meta">4 mar 2024, 10:12</p>')
add("b-num-ru","ru","2024-03-04",header='<p class="meta">04.03.2024 10:12</p>')
add("b-weekday-es","es","2024-03-05",header='<p class="meta">martes, 5 de marzo de 2024</p>')
add("b-photo-de","de","2024-03-05",header='<figure><img src="/b.jpg"><figcaption>Die alte Brücke im Winter. Foto: Archiv, 01.01.2023</figcaption></figure><p class="meta">05.03.2024, 10:12 Uhr</p>')
add("b-lesen-de","de","2024-03-05",header='<p class="meta">Veröffentlicht am 05.03.2024</p><div class="inline-teaser"><strong>Lesen Sie auch:</strong> <a href="/x">Streit um die Brücke</a> (01.02.2024)</div>')
add("b-lead-de","de","2024-03-05",header='<p class="lead"><strong>Die Gemeinde will eine Brücke bauen. Die Kosten sind hoch.</strong></p><div class="author">Von Max Muster<br>05.03.2024</div>')
add("b-ogupd-fr","fr","2024-03-05",head='<meta property="article:published_time" content="2024-03-05T09:12:00Z"><meta property="og:updated_time" content="2024-03-07T07:40:00Z">',header='<p class="meta">Mis à jour le 7 mars 2024</p>')
add("b-upd-rel-fr","fr","2024-03-05",header='<p class="meta">Publié le 05 mars 2024 à 10h12, mis à jour il y a 2 heures</p>')
add("b-dateline-it","it","2024-03-05",header='<p class="byline">di Marco Esempio</p><p>ROMA, 5 marzo 2024 - Una nota.</p>')
add("b-crumb-de","de","2024-03-05",before='<nav class="breadcrumb"><a href="/">Start</a> › <a href="/archiv/2023">Archiv 2023</a></nav>',header='<p class="meta">05.03.2024</p>')
add("b-live-de","de","2024-09-10",header='<p class="meta">Liveblog · Aktualisiert vor 5 Minuten</p><p class="meta">10.09.2024, 09:50 Uhr</p>')
add("b-heute-de","de","2024-09-10",header='<p class="meta">Heute, 09:12 Uhr</p>')
add("b-gestern-fr","fr","2024-09-09",header='<p class="meta">Publié hier à 18h05</p>')
add("b-ld-only-it","it","2024-03-05",head=ld("2024-03-05T10:12:00+01:00","2024-03-07T08:40:00+01:00"),header='<p class="meta">Aggiornato il 7 marzo 2024</p>')
def address(l):
    """The made-up page address the probes use for a page in language l."""
    return f"https://example.{l}/stadt/neue-bruecke"

if __name__ == "__main__":
    pp.cli([(pid, exp, {"html": html, "url": address(l), "fetched": FETCHED}) for pid, l, exp, html in P])
