package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A post's meta line naming the day of its latest reader comment before its own ({@link CommentLabels}): pages
 * written for this test, read under four zones' clocks at 2024-03-10T01:30Z; the comment's day never dates the
 * page, the post's does; a bare "Kommentar" (an opinion piece's kicker) still labels nothing.
 */
class LatestCommentDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p class=meta>Letzter Kommentar: 08.03.2024 | 05.03.2024</p>~2024-03-05",
        "de~<p class=meta>Neuester Kommentar am 08.03.2024 · 05.03.2024, 10:12 Uhr</p>~2024-03-05",
        "fr~<p class=meta>Dernier commentaire le 8 mars 2024 · 5 mars 2024</p>~2024-03-05",
        "es~<p class=meta>Último comentario: 08/03/2024 | 05/03/2024</p>~2024-03-05",
        "it~<p class=meta>Ultimo commento: 8 marzo 2024 · 5 marzo 2024</p>~2024-03-05",
        "nl~<p class=meta>Laatste reactie: 8 maart 2024 | 5 maart 2024</p>~2024-03-05",
        "pt~<p class=meta>Último comentário em 08/03/2024 | 05/03/2024</p>~2024-03-05",
        "pl~<p class=meta>Ostatni komentarz: 08.03.2024 | 05.03.2024</p>~2024-03-05",
        "ru~<p class=meta>Последний комментарий: 08.03.2024 | 05.03.2024</p>~2024-03-05",
        "en~<p class=meta>Last comment: <time datetime=2024-03-08>March 8, 2024</time> | <time datetime=2024-03-05>March 5, 2024</time></p>~2024-03-05",
        // the comment's day alone names none; an opinion piece's "Kommentar" is no comment's day
        "de~<p class=meta>Letzter Kommentar: 08.03.2024</p>~none",
        "de~<p class=meta>Kommentar | 05.03.2024</p>~2024-03-05",
    })
    void theLatestCommentsDayIsNotThePosts(String lang, String meta, String day) throws Exception {
        String html = LocaleDateFormsTest.page(lang, "", meta);
        assertThat(DatePages.sameDayInEveryZone(html, "https://news.example/lokales/bruecke", "2024-03-10T01:30:00Z"))
                .isEqualTo(day);
    }
}
