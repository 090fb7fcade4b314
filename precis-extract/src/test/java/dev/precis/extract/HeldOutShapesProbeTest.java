package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeldOutShapesProbeTest {

    private static final String ADDRESS = "https://blatt.example/region/bruecke-id42.html";

    private static String page(String lang, String before, String meta, String after, String head) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=utf-8><title>Brücke wird später fertig | Blatt"
                + "</title>" + head + "</head><body><header><a href=/>Blatt</a><nav><a href=/politik>Politik</a></nav></header>" + before
                + "<main><article><h1>Brücke über den Fluss wird später fertig</h1>" + meta + LocaleDateFormsTest.paragraphs()
                + after + "</article></main><footer>© 2024 Blatt</footer></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // 1 relative change after a labelled publication
        "de~-~<p class=meta>Veröffentlicht am 07.03.2024 | aktualisiert vor 2 Stunden</p>~-~-~2024-03-07",
        "fr~-~<p class=meta>Publié le 7 mars 2024, mis à jour il y a 3 heures</p>~-~-~2024-03-07",
        // 2 change line above publication line
        "de~-~<p class=meta>Aktualisiert: 09.03.2024, 10:00 Uhr</p><p class=meta>Erstellt: 07.03.2024, 08:00 Uhr</p>~-~-~2024-03-07",
        "fr~-~<p class=meta>Mis à jour le 09/03/2024 à 10h00</p><p>Publié le 07/03/2024 à 08h00</p>~-~-~2024-03-07",
        "de~-~<p class=meta>Stand: 09.03.2024 14:00 Uhr</p>~-~<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-07T08:00:00+01:00\",\"dateModified\":\"2024-03-09T14:00:00+01:00\"}</script>~2024-03-07",
        // 3 a sidebar of most-read items before the article in the DOM
        "de~<aside class=meistgelesen><h3>Meistgelesen</h3><ul><li><span>09.03.2024</span> <a href=/a>Stau auf der A7</a></li><li><span>08.03.2024</span> <a href=/b>Fähre fährt länger</a></li></ul></aside>~<p class=autor>Von Anna Beispiel</p><time datetime=2024-03-05T09:00:00+01:00>05.03.2024</time>~-~-~2024-03-05",
        "de~<div class=col-left><div class=teaser><span class=date>09.03.2024</span> <a href=/a>Stau auf der A7 bei Hamburg</a></div></div>~<p class=autor>Von Anna Beispiel, 05.03.2024</p>~-~-~2024-03-05",
        "fr~<div class=sidebar><p>Les plus lus</p><div><span>09/03/2024</span> <a href=/a>Bouchons sur l'A7</a></div></div>~<p class=signature>Par Anne Exemple, le 5 mars 2024 à 9h00</p>~-~-~2024-03-05",
        // 4 comments after the article, the article dated only by its byline
        "de~-~<p class=autor>Von Anna Beispiel · 05.03.2024</p>~<div class=kommentare><h3>Kommentare</h3><div><b>Leser1</b> schrieb am 09.03.2024 um 10:12 Uhr: Gut so.</div></div>~-~2024-03-05",
        "de~-~<p class=autor>Von Anna Beispiel</p>~<div class=kommentare><h3>Kommentare</h3><div><b>Leser1</b> schrieb am 09.03.2024 um 10:12 Uhr: Gut so.</div></div>~-~none",
        "fr~-~<p class=signature>Par Anne Exemple</p>~<div id=comments><h3>Commentaires</h3><div><b>Lecteur</b> le 09/03/2024 à 10h12 : Très bien.</div></div>~-~none",
        // 5 numeric order by language
        "fr~-~<p class=meta>Publié le 03/08/2023 à 10h00</p>~-~-~2023-08-03",
        "de~-~<p class=meta>03.08.23, 10:00 Uhr</p>~-~-~2023-08-03",
        "fr~-~<p class=meta>Publié le 03/08/2023</p>~-~<meta property=og:locale content=fr_FR>~2023-08-03",
        // 6 relative-only publication
        "de~-~<p class=meta>Erstellt vor 2 Tagen</p>~-~-~2024-03-08",
        "fr~-~<p class=meta>Publié il y a 2 jours</p>~-~-~2024-03-08",
        "es~-~<p class=meta>Publicado hace 3 días</p>~-~-~2024-03-07",
        // 7 change meta only vs shown publication
        "de~-~<p class=meta>Veröffentlicht: 05.03.2024</p>~-~<meta property=article:modified_time content=2024-03-09T10:00:00+01:00>~2024-03-05",
        "fr~-~<p class=meta>Publié le 5 mars 2024 à 9h00 Mis à jour le 9 mars 2024 à 10h00</p>~-~<meta property=article:published_time content=2024-03-09T10:00:00+01:00>~2024-03-05",
        "de~-~<p class=meta>Erstellt am 05.03.2024 | Zuletzt aktualisiert am 09.03.2024</p>~-~<meta name=date content=2024-03-09T10:00:00+01:00>~2024-03-05",
        // 8 related items at the end with a publication label; article date in header
        "de~-~<p class=meta>05.03.2024, 09:00 Uhr</p>~<section><h2>Das könnte Sie auch interessieren</h2><div><span>Veröffentlicht am 09.03.2024</span> <a href=/c>Neue Fähre</a></div></section>~-~2024-03-05",
        // 9 day without month read as date? "Montag, 4. 3." no
        "de~-~<p class=meta>Montag, 04. März 2024, 18:15 Uhr</p>~-~-~2024-03-04",
        "fr~-~<p class=meta>Lundi 4 mars 2024 - 18:15</p>~-~-~2024-03-04",
        "fr~-~<p class=meta>Publié le lundi 4 mars 2024 à 18h15</p>~-~-~2024-03-04",
        "fr~-~<p class=meta>le 04/03 à 18h15</p>~-~-~2024-03-04",
        "de~-~<p class=meta>04.03. 18:15 Uhr</p>~-~-~2024-03-04",
        "fr~-~<p class=meta>1er mars 2024</p>~-~-~2024-03-01",
        "de~-~<p class=meta>1. März 2024</p>~-~-~2024-03-01",
        // 10 structured publication on the day the page shows as its change
        "de~-~<p class=meta>Veröffentlicht am 05.03.2024, zuletzt aktualisiert am 09.03.2024</p>~-~<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-09T10:00:00+01:00\"}</script>~2024-03-05",
        "de~-~<p class=meta>Erstellt: 05.03.2024 · Aktualisiert: 09.03.2024</p>~-~<meta property=article:published_time content=2024-03-09T10:00:00+01:00>~2024-03-05",
        "fr~-~<p class=meta>Publié le 05/03/2024 à 09h00, mis à jour le 09/03/2024 à 10h00</p>~-~<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-09T10:00:00+01:00\"}</script>~2024-03-05",
        "fr~-~<p class=meta><time class=updated datetime=2024-03-09T10:00>Mis à jour le 9 mars 2024</time> <time class=published datetime=2024-03-05T09:00>Publié le 5 mars 2024</time></p>~-~<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-09T10:00:00+01:00\"}</script>~2024-03-05",
        // guard: shown change only, structured publication earlier
        "de~-~<p class=meta>Aktualisiert am 09.03.2024</p>~-~<meta property=article:published_time content=2024-03-05T10:00:00+01:00>~2024-03-05",
        // 11 change above headline-ish, publication at the end
        "fr~-~<p class=meta>Mis à jour le 09/03/2024</p>~<p class=date>Publié le 05/03/2024</p>~-~2024-03-05",
        "de~-~<p class=meta>Aktualisiert am 09.03.2024</p>~-~-~2024-03-09",
        "de~-~<div class=meta><time class=updated datetime=2024-03-09T10:00:00+01:00>09.03.2024</time><time class=published datetime=2024-03-05T10:00:00+01:00>05.03.2024</time></div>~-~-~2024-03-05",
        // 12 sidebar with time elements, article undated
        "de~<aside><ul><li><time datetime=2024-03-09>09.03.2024</time> <a href=/a>Stau auf der A7</a></li></ul></aside>~<p class=autor>Von Anna Beispiel</p>~-~-~none",
        "fr~-~<p class=signature>Par Anne Exemple</p>~<div class=comments><ol><li><time datetime=2024-03-09T10:12>9 mars 2024 à 10h12</time> Très bien.</li></ol></div>~-~none",
    })
    void probe(String lang, String before, String meta, String after, String head, String expected) throws Exception {
        String html = page(lang, before == null ? "" : before, meta == null ? "" : meta, after == null ? "" : after,
                head == null ? "" : head);
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo(expected);
    }
}
