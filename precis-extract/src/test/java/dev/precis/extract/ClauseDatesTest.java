package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date a sentence runs on after ({@link ClauseDates}) is what the text talks about, not the page's day: the
 * test on lines written for it in nine languages, then on pages read under four zones' clocks at a fixed instant
 * (a lone such date names no day; a meta line's, a dateline's, a repeated one's and a headline's closing one do).
 */
class ClauseDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a sentence runs on
        "Schon am 3. Januar 2024 hatte der Rat einen ersten Entwurf abgelehnt.~3. Januar 2024~true",
        "Le 3 janvier 2024, le conseil avait déjà rejeté un premier projet.~3 janvier 2024~true",
        "El 3 de enero de 2024 el pleno ya había rechazado un primer proyecto.~3 de enero de 2024~true",
        "Già il 3 gennaio 2024 il consiglio aveva respinto una prima bozza.~3 gennaio 2024~true",
        "Op 3 januari 2024 had de raad al een eerste ontwerp afgewezen.~3 januari 2024~true",
        "Em 3 de janeiro de 2024, a câmara já tinha rejeitado um primeiro projeto.~3 de janeiro de 2024~true",
        "Już 3 stycznia 2024 r. rada odrzuciła pierwszy projekt.~3 stycznia 2024~true",
        "Ещё 3 января 2024 года совет отклонил первый проект.~3 января 2024~true",
        "On January 3, 2024, the council had already rejected a first draft.~January 3, 2024~true",
        "What the March 1, 2024 Vote Means for the Bridge~March 1, 2024~true",
        // a meta line, a dateline, a byline, a label, a clock: nothing a sentence says
        "05.03.2024, 10:12 Uhr~05.03.2024~false",
        "Von Max Muster, 12. Januar 2024 | 2 Kommentare~12. Januar 2024~false",
        "BERLIN, 12. Juli 2017 – Die Stadt hat am Montag neue Pläne vorgestellt.~12. Juli 2017~false",
        "Berlin, 12.07.2017. Die Stadt hat am Montag neue Pläne vorgestellt.~12.07.2017~false",
        "March 5, 2024 by Jane Doe in Local News~March 5, 2024~false",
        "12 juillet 2017 mis à jour le 13 juillet 2017~12 juillet 2017~false",
        "5 de marzo de 2024 a las 10:12 horas~5 de marzo de 2024~false",
        "5 марта 2024, 10:12, обновлено 7 марта~5 марта 2024~false",
        "Die Bürgerversammlung findet am 12. Oktober 2024 statt.~12. Oktober 2024~false",
        "martes, 5 de marzo de 2024~5 de marzo de 2024~false",
        "Pressemitteilung vom 12.07.2017~12.07.2017~false",
        "12/07/2017 - Radweg am Kanal wird für den Verkehr gesperrt~12/07/2017~false",
        "Em 3 de janeiro de 2024 na segunda-feira a câmara votou.~3 de janeiro de 2024~true",
    })
    void aSentenceRunsOnAfterTheDate(String line, String date, boolean continues) {
        assertThat(ClauseDates.continues(line, line.indexOf(date) + date.length())).as(line).isEqualTo(continues);
    }

    private static final String FETCHED = "2024-03-10T01:30:00Z";
    private static final String ADDRESS = "https://news.example/lokales/bruecke";

    private static String page(String lang, String title, String meta) {
        String html = LocaleDateFormsTest.page(lang, "", meta);
        return title == null ? html : html.replace("Neue Brücke über den Fluss", title).replace("Neue Brücke | Lokalblatt", title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the only date a lone one in a short sentence: none
        "de~~<p>Schon am 3. Januar 2024 hatte der Rat einen ersten Entwurf abgelehnt.</p>~none",
        "fr~~<p>Le 3 janvier 2024, le conseil avait déjà rejeté un premier projet.</p>~none",
        "es~~<p>El 3 de enero de 2024 el pleno ya había rechazado un primer proyecto.</p>~none",
        "it~~<p>Già il 3 gennaio 2024 il consiglio aveva respinto una prima bozza.</p>~none",
        "nl~~<p>Op 3 januari 2024 had de raad al een eerste ontwerp afgewezen.</p>~none",
        "pl~~<p>Już 3 stycznia 2024 r. rada odrzuciła pierwszy projekt.</p>~none",
        "ru~~<p>Ещё 3 января 2024 года совет отклонил первый проект.</p>~none",
        "en~~<p>On January 3, 2024, the council had already rejected a first draft.</p>~none",
        // beside the meta line's day, that day
        "de~~<p class=meta>05.03.2024, 10:12 Uhr</p><p>Am 3. Januar 2024 hatte der Rat den Entwurf abgelehnt.</p>~2024-03-05",
        "pt~~<p>Em 3 de janeiro de 2024, a câmara já tinha rejeitado um primeiro projeto.</p><p class=meta>05/03/2024</p>~2024-03-05",
        // a day the text repeats, a dateline, a byline's day still date the page
        "en~~<p>On March 5, 2024, the council voted.</p><p>Since March 5, 2024, residents have been able to comment.</p>~2024-03-05",
        "de~~<p>BERLIN, 5. März 2024 – Die Stadt hat neue Pläne vorgestellt.</p>~2024-03-05",
        "en~~<p>March 5, 2024 by Jane Doe in Local News</p>~2024-03-05",
        // a headline's subject is no day; a headline closing on its day is
        "en~What the March 1, 2024 vote means for the bridge~~none",
        "de~Was die Abstimmung vom 1. März 2024 für die Brücke bedeutet~~none",
        "de~Pressemitteilung vom 01.03.2024~~2024-03-01",
    })
    void aLoneDateInASentenceDatesNoPage(String lang, String title, String meta, String day) throws Exception {
        String html = page(lang, title == null || title.isBlank() ? null : title, meta == null ? "" : meta);
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED)).isEqualTo(day);
    }
}
