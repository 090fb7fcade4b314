package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shapes of German and French news pages that misdate a page for readers (a "last updated" day, a comment's,
 * a sidebar's or a related item's day, a day/month order, a day far from the headline), written for this test as
 * probes of what the date rules already do; they guard it. Pages read without a fetch time (as {@code precis
 * extract --input} reads them), each under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 * Without a fetch time a relative date ("vor 2 Tagen") names no day, and neither does a day without its year on
 * a page dated nowhere else ("le 04/03 à 18h15").
 */
class HeldOutShapesDatesTest {

    private static final String ADDRESS = "https://blatt.example/region/bruecke-id42.html";

    private static String page(String lang, String before, String meta, String after, String head) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=utf-8><title>Brücke wird später fertig | Blatt"
                + "</title>" + head + "</head><body><header><a href=/>Blatt</a><nav><a href=/politik>Politik</a></nav></header>" + before
                + "<main><article><h1>Brücke über den Fluss wird später fertig</h1>" + meta + LocaleDateFormsTest.paragraphs()
                + after + "</article></main><footer>© 2024 Blatt</footer></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "https://blatt.example/region/2024/03/05/bruecke.html~2024-03-05",
        "https://blatt.example/region/20240305/bruecke.html~2024-03-05",
        "https://blatt.example/region/bruecke-20240305.html~2024-03-05",
        "https://blatt.example/region/bruecke,12345,20240305.html~2024-03-05",
        "https://blatt.example/region/2024-03-05-bruecke.html~2024-03-05",
        "https://blatt.example/region/2024/03/bruecke.html~none",
        "https://blatt.example/region/bruecke_2024_03_05.html~2024-03-05",
        "https://blatt.example/2024/0305/bruecke.html~2024-03-05",
        // (dates55: a German page's day-first slug digits are its day, no longer refused)
        "https://blatt.example/region/art-05032024.html~2024-03-05",
    })
    void theAddressDatesAPageOnlyByAFullDay(String address, String expected) throws Exception {
        String html = page("de", "", "<p class=autor>Von Anna Beispiel</p>", "", "");
        assertThat(DatePages.sameDayInEveryZone(html, address, "2024-03-10T01:30:00Z")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // relative change after a labelled publication
        "de~-~<p class=meta>Veröffentlicht am 07.03.2024 | aktualisiert vor 2 Stunden</p>~-~-~2024-03-07",
        "fr~-~<p class=meta>Publié le 7 mars 2024, mis à jour il y a 3 heures</p>~-~-~2024-03-07",
        // change line above publication line
        "de~-~<p class=meta>Aktualisiert: 09.03.2024, 10:00 Uhr</p><p class=meta>Erstellt: 07.03.2024, 08:00 Uhr</p>~-~-~2024-03-07",
        "fr~-~<p class=meta>Mis à jour le 09/03/2024 à 10h00</p><p>Publié le 07/03/2024 à 08h00</p>~-~-~2024-03-07",
        "de~-~<p class=meta>Stand: 09.03.2024 14:00 Uhr</p>~-~<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-07T08:00:00+01:00\",\"dateModified\":\"2024-03-09T14:00:00+01:00\"}</script>~2024-03-07",
        // a sidebar of most-read items before the article in the DOM
        "de~<aside class=meistgelesen><h3>Meistgelesen</h3><ul><li><span>09.03.2024</span> <a href=/a>Stau auf der A7</a></li><li><span>08.03.2024</span> <a href=/b>Fähre fährt länger</a></li></ul></aside>~<p class=autor>Von Anna Beispiel</p><time datetime=2024-03-05T09:00:00+01:00>05.03.2024</time>~-~-~2024-03-05",
        "de~<div class=col-left><div class=teaser><span class=date>09.03.2024</span> <a href=/a>Stau auf der A7 bei Hamburg</a></div></div>~<p class=autor>Von Anna Beispiel, 05.03.2024</p>~-~-~2024-03-05",
        "fr~<div class=sidebar><p>Les plus lus</p><div><span>09/03/2024</span> <a href=/a>Bouchons sur l'A7</a></div></div>~<p class=signature>Par Anne Exemple, le 5 mars 2024 à 9h00</p>~-~-~2024-03-05",
        // comments after the article, the article dated only by its byline
        "de~-~<p class=autor>Von Anna Beispiel · 05.03.2024</p>~<div class=kommentare><h3>Kommentare</h3><div><b>Leser1</b> schrieb am 09.03.2024 um 10:12 Uhr: Gut so.</div></div>~-~2024-03-05",
        "de~-~<p class=autor>Von Anna Beispiel</p>~<div class=kommentare><h3>Kommentare</h3><div><b>Leser1</b> schrieb am 09.03.2024 um 10:12 Uhr: Gut so.</div></div>~-~none",
        "fr~-~<p class=signature>Par Anne Exemple</p>~<div id=comments><h3>Commentaires</h3><div><b>Lecteur</b> le 09/03/2024 à 10h12 : Très bien.</div></div>~-~none",
        // numeric order by language
        "fr~-~<p class=meta>Publié le 03/08/2023 à 10h00</p>~-~-~2023-08-03",
        "de~-~<p class=meta>03.08.23, 10:00 Uhr</p>~-~-~2023-08-03",
        "fr~-~<p class=meta>Publié le 03/08/2023</p>~-~<meta property=og:locale content=fr_FR>~2023-08-03",
        // relative-only publication: no day without a fetch time
        "de~-~<p class=meta>Erstellt vor 2 Tagen</p>~-~-~none",
        "fr~-~<p class=meta>Publié il y a 2 jours</p>~-~-~none",
        "es~-~<p class=meta>Publicado hace 3 días</p>~-~-~none",
        // a structured change, or a generic date name, against the publication the page shows
        "de~-~<p class=meta>Veröffentlicht: 05.03.2024</p>~-~<meta property=article:modified_time content=2024-03-09T10:00:00+01:00>~2024-03-05",
        "de~-~<p class=meta>Erstellt am 05.03.2024 | Zuletzt aktualisiert am 09.03.2024</p>~-~<meta name=date content=2024-03-09T10:00:00+01:00>~2024-03-05",
        // a related item after the text labelled a publication; the article dated on its meta line
        "de~-~<p class=meta>05.03.2024, 09:00 Uhr</p>~<section><h2>Das könnte Sie auch interessieren</h2><div><span>Veröffentlicht am 09.03.2024</span> <a href=/c>Neue Fähre</a></div></section>~-~2024-03-05",
        // full dates with weekdays, clock times, ordinals and abbreviated months; a day without its year dates nothing
        "de~-~<p class=meta>Montag, 04. März 2024, 18:15 Uhr</p>~-~-~2024-03-04",
        "fr~-~<p class=meta>Lundi 4 mars 2024 - 18:15</p>~-~-~2024-03-04",
        "fr~-~<p class=meta>Publié le lundi 4 mars 2024 à 18h15</p>~-~-~2024-03-04",
        "fr~-~<p class=meta>le 04/03 à 18h15</p>~-~-~none",
        "de~-~<p class=meta>04.03. 18:15 Uhr</p>~-~-~none",
        "fr~-~<p class=meta>1er mars 2024</p>~-~-~2024-03-01",
        "de~-~<p class=meta>1. März 2024</p>~-~-~2024-03-01",
        // a change above the text and the publication after it; a change alone; time elements classed updated and published
        "fr~-~<p class=meta>Mis à jour le 09/03/2024</p>~<p class=date>Publié le 05/03/2024</p>~-~2024-03-05",
        "de~-~<p class=meta>Aktualisiert am 09.03.2024</p>~-~-~2024-03-09",
        "de~-~<div class=meta><time class=updated datetime=2024-03-09T10:00:00+01:00>09.03.2024</time><time class=published datetime=2024-03-05T10:00:00+01:00>05.03.2024</time></div>~-~-~2024-03-05",
        // sidebar with time elements, article undated
        "de~<aside><ul><li><time datetime=2024-03-09>09.03.2024</time> <a href=/a>Stau auf der A7</a></li></ul></aside>~<p class=autor>Von Anna Beispiel</p>~-~-~none",
        "fr~-~<p class=signature>Par Anne Exemple</p>~<div class=comments><ol><li><time datetime=2024-03-09T10:12>9 mars 2024 à 10h12</time> Très bien.</li></ol></div>~-~none",
        // dates far from the headline: after a lead and a photo, after the text, meta names
        "de~-~<p class=lead>Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. </p><figure><img src=/b.jpg><figcaption>Die Baustelle am Fluss im Winter. Foto: Anna Beispiel</figcaption></figure><div class=date>05.03.2024 - 09:12</div>~-~-~2024-03-05",
        "fr~-~<p class=lead>Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. </p><figure><img src=/b.jpg><figcaption>Die Baustelle am Fluss im Winter. Foto: Anna Beispiel</figcaption></figure><div class=publication>5 mars 2024 à 9h12</div>~-~-~2024-03-05",
        "de~-~<p class=lead>Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. Die Brücke über den Fluss wird frühestens im Herbst fertig, weil Stahl fehlt und die Firma gewechselt hat. </p><figure><img src=/b.jpg><figcaption>Die Baustelle am Fluss im Winter. Foto: Anna Beispiel</figcaption></figure>~<p class=info>Artikel erschienen am 05.03.2024</p>~-~2024-03-05",
        "de~-~-~<p>05.03.2024</p>~-~2024-03-05",
        // a closing signature on a page dated nowhere else dates it (dates54; refused before, "a credit may be anyone's")
        "fr~-~-~<p><em>Anne Exemple, le 5 mars 2024</em></p>~-~2024-03-05",
        "de~<div class=kopf><span class=rubrik>Region</span> <span class=datum>05.03.2024</span></div>~-~-~-~2024-03-05",
        "de~-~<p class=meta><span>Region</span> · <span>Di 05.03.2024</span></p>~-~-~2024-03-05",
        "fr~-~<p class=meta>Mardi 5 mars 2024</p>~-~-~2024-03-05",
        "de~-~<p class=meta>5.3.2024</p>~-~-~2024-03-05",
        "de~-~<p class=meta>5. Mrz. 2024</p>~-~-~2024-03-05",
        "fr~-~<p class=meta>5 mars 2024 à 9h12</p>~-~-~2024-03-05",
        "fr~-~<p class=meta>Le 05.03.2024 à 09:12</p>~-~-~2024-03-05",
        "de~-~<p class=meta>2024-03-05 09:12</p>~-~-~2024-03-05",
        "de~-~-~-~<meta name=last-modified content=2024-03-09>~2024-03-09",
        "fr~-~-~-~<meta name=dc.date.created content=05/03/2024>~2024-03-05",
        "de~-~-~-~<meta name=DC.date content=2024-03-05>~2024-03-05",
        "de~-~-~-~<meta itemprop=datePublished content=2024-03-05T09:12:00+01:00>~2024-03-05",
        // a box the markup names a date, after the text or above a long breadcrumb; closing credit lines
        "de~-~-~<div class=artikel-datum>05.03.2024</div>~-~2024-03-05",
        "de~-~-~<div class=article-footer><span class=date>05.03.2024, 09:12 Uhr</span></div>~-~2024-03-05",
        "fr~-~-~<div class=date-publication>05/03/2024 09:12</div>~-~2024-03-05",
        "de~<div class=datum>05.03.2024</div><div class=breadcrumb><a href=/r0>Rubrik 0</a> › <a href=/r1>Rubrik 1</a> › <a href=/r2>Rubrik 2</a> › <a href=/r3>Rubrik 3</a> › <a href=/r4>Rubrik 4</a> › <a href=/r5>Rubrik 5</a> › <a href=/r6>Rubrik 6</a> › <a href=/r7>Rubrik 7</a> › <a href=/r8>Rubrik 8</a> › <a href=/r9>Rubrik 9</a> › <a href=/r10>Rubrik 10</a> › <a href=/r11>Rubrik 11</a> › <a href=/r12>Rubrik 12</a> › <a href=/r13>Rubrik 13</a> › <a href=/r14>Rubrik 14</a> › <a href=/r15>Rubrik 15</a> › <a href=/r16>Rubrik 16</a> › <a href=/r17>Rubrik 17</a> › <a href=/r18>Rubrik 18</a> › <a href=/r19>Rubrik 19</a> › <a href=/r20>Rubrik 20</a> › <a href=/r21>Rubrik 21</a> › <a href=/r22>Rubrik 22</a> › <a href=/r23>Rubrik 23</a> › <a href=/r24>Rubrik 24</a> › <a href=/r25>Rubrik 25</a> › <a href=/r26>Rubrik 26</a> › <a href=/r27>Rubrik 27</a> › <a href=/r28>Rubrik 28</a> › <a href=/r29>Rubrik 29</a> › <a href=/r30>Rubrik 30</a> › <a href=/r31>Rubrik 31</a> › <a href=/r32>Rubrik 32</a> › <a href=/r33>Rubrik 33</a> › <a href=/r34>Rubrik 34</a> › <a href=/r35>Rubrik 35</a> › <a href=/r36>Rubrik 36</a> › <a href=/r37>Rubrik 37</a> › <a href=/r38>Rubrik 38</a> › <a href=/r39>Rubrik 39</a> ›</div>~-~-~-~2024-03-05",
        "de~-~-~<p>Anna Beispiel, 05.03.2024</p>~-~2024-03-05",
        "de~-~-~<p>(dpa, 05.03.2024)</p>~-~2024-03-05",
        "fr~-~-~<p>Anne Exemple, 5 mars 2024</p>~-~2024-03-05",
        // a closing signature naming the byline's author
        "de~-~<p class=autor>Von Anna Beispiel</p>~<p>Anna Beispiel, 05.03.2024</p>~-~2024-03-05",
        "fr~-~<p class=signature>Par Anne Exemple</p>~<p>Anne Exemple, le 5 mars 2024</p>~-~2024-03-05",
    })
    void theArticlesOwnDayIsRead(String lang, String before, String meta, String after, String head, String expected) throws Exception {
        String html = page(lang, before == null ? "" : before, meta == null ? "" : meta, after == null ? "" : after,
                head == null ? "" : head);
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo(expected);
    }
}
