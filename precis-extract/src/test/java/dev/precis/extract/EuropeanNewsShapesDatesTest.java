package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards for the page shapes of European news sites the thirty-fourth session probed (de, fr, es, it, nl, pt, pl,
 * ru), all read already: a publication and a change line in either order, a date only in the byline block, month
 * abbreviations with and without a dot, day-first numeric dates with two-digit years, a most-read box dated above
 * the article, comments dated after it, and a relative time beside an absolute one. Pages written for this test,
 * read under Berlin, Paris, New York and Tokyo clocks fixed at 2024-09-10T10:00Z.
 */
class EuropeanNewsShapesDatesTest {

    private static String page(String lang, String before, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=utf-8><title>Brücke wird später fertig | Blatt"
                + "</title></head><body><header><a href=/>Blatt</a><nav><a href=/politik>Politik</a></nav></header><main>"
                + (before == null ? "" : before) + "<article><h1>Brücke über den Fluss wird später fertig</h1>" + meta
                + LocaleDateFormsTest.paragraphs() + "</article>" + (after == null ? "" : after)
                + "</main><footer>© 2024 Blatt</footer></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // a publication and a change line, in either order
        "de~-~<p class=meta>Aktualisiert am 07.03.2024, 08:40 Uhr</p><p class=meta>Erschienen am 05.03.2024</p>~-~2024-03-05",
        "fr~-~<p class=meta>Mis à jour le 07/03/2024 à 08h40</p><p class=meta>Publié le 05/03/2024 à 10h12</p>~-~2024-03-05",
        "es~-~<p class=meta>Actualizado: 07/03/2024 08:40h</p><p class=meta>Publicado: 05/03/2024 10:12h</p>~-~2024-03-05",
        "it~-~<p class=meta>Ultimo aggiornamento: 07/03/2024 08:40</p><p class=meta>Pubblicato il 05/03/2024</p>~-~2024-03-05",
        "nl~-~<p class=meta>Laatste update: 07-03-2024, 08:40</p><p class=meta>Gepubliceerd: 05-03-2024</p>~-~2024-03-05",
        "pt~-~<p class=meta>Atualizado a 7 de março de 2024</p><p class=meta>Publicado a 5 de março de 2024</p>~-~2024-03-05",
        "pl~-~<p class=meta>Zaktualizowano 7 marca 2024</p><p class=meta>Opublikowano 5 marca 2024</p>~-~2024-03-05",
        "ru~-~<p class=meta>Опубликовано 5 марта 2024, 10:12 · Обновлено 7 марта 2024, 08:40</p>~-~2024-03-05",
        // a date only in the byline block; abbreviated months with and without a dot
        "de~-~<div class=author-box>Von Max Muster, 12. Jan 2024, 14:03 Uhr</div>~-~2024-01-12",
        "fr~-~<p class=byline>Par Jeanne Exemple — 12 janv 2024</p>~-~2024-01-12",
        "es~-~<p class=byline>Por Ana Ejemplo | 3 de ago. de 2024 - 14:03</p>~-~2024-08-03",
        "pt~-~<p class=byline>Por João Exemplo — 3 de ago. de 2024</p>~-~2024-08-03",
        "nl~-~<p class=byline>Door Piet Voorbeeld · 4 mrt 2024 om 14:03</p>~-~2024-03-04",
        "pl~-~<p class=byline>Autor: Jan Przykład, 12 sty 2024, 14:03</p>~-~2024-01-12",
        "ru~-~<p class=byline>Иван Пример, 12 янв. 2024, 14:03</p>~-~2024-01-12",
        // day-first numbers with two-digit years
        "de~-~<p class=byline>Von A. Beispiel | 05.03.24, 10:12 Uhr</p>~-~2024-03-05",
        "nl~-~<p class=meta>05-03-24 10:12</p>~-~2024-03-05",
        // a most-read box dated above the article, comments dated after it
        "fr~<aside class=teaser><h2>Les plus lus</h2><ul><li><a href=/a1>Bouchons sur la rocade</a> Publié le 9 sept. 2024"
                + "</li></ul></aside>~<p class=meta>Publié le 4 juin 2024 à 09h15</p>~-~2024-06-04",
        "it~<aside class=teaser><h2>I più letti</h2><ul><li><a href=/a1>Code in tangenziale</a> 9 settembre 2024</li>"
                + "</ul></aside>~<p class=meta>4 giugno 2024</p>~-~2024-06-04",
        "pl~-~<p class=meta>14.05.2024</p>~<section id=comments><h2>Komentarze</h2><div class=comment><p>Ola, 02.09.2024 "
                + "18:20</p><p>Wreszcie.</p></div></section>~2024-05-14",
        // a relative time beside an absolute one
        "de~-~<p class=meta>Veröffentlicht am 02.09.2024 · Aktualisiert vor 3 Stunden</p>~-~2024-09-02",
        "es~<aside class=teaser><h2>Lo más leído</h2><ul><li><a href=/a1>Atasco</a> hace 2 horas</li></ul></aside>"
                + "~<p class=meta>Publicado el 1 de septiembre de 2024</p>~-~2024-09-01",
        "pt~-~<p class=meta>05/03/2024 10h12 - Atualizado há 3 horas</p>~-~2024-03-05",
    })
    void theArticlesOwnPublicationIsRead(String lang, String before, String meta, String after, String expected)
            throws Exception {
        String html = page(lang, before, meta, after);
        assertThat(DatePages.sameDayInEveryZone(html, "https://blatt.example/region/bruecke-id42.html",
                "2024-09-10T10:00:00Z")).isEqualTo(expected);
    }
}
