package dev.precis.extract;

import static dev.precis.extract.CmsFixturePages.LANGS;
import static dev.precis.extract.CmsFixturePages.arc;
import static dev.precis.extract.CmsFixturePages.brightspot;
import static dev.precis.extract.CmsFixturePages.comments;
import static dev.precis.extract.CmsFixturePages.drupal;
import static dev.precis.extract.CmsFixturePages.jsonLd;
import static dev.precis.extract.CmsFixturePages.recentPosts;
import static dev.precis.extract.CmsFixturePages.related;
import static dev.precis.extract.CmsFixturePages.typo3;
import static dev.precis.extract.CmsFixturePages.wordpress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.CmsFixturePages.Lang;
import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Publication and change dates on invented news pages in the markup of European CMSs, in de, fr, es,
 * it, nl, pt, pl and ru: labelled dates in each language, numeric day orders, abbreviated months, weekday
 * prefixes, two-digit years, relative and yearless dates against the fetch time, structured data
 * (JSON-LD {@code @graph}, {@code article:published_time}, Dublin Core, {@code itemprop}), URL days, and
 * the dates that must not win: a change stated before the publication, a reader's comment, a sidebar or
 * related list, a copyright year, a day after the fetch time. Pages fetched at 2024-03-10T09:00Z.
 */
class CmsPageDatesTest {

    static final Instant FETCHED = Instant.parse("2024-03-10T09:00:00Z");
    private static final Clock BERLIN = Clock.fixed(FETCHED, ZoneId.of("Europe/Berlin"));
    private static final String[] ORDER = {"de", "fr", "es", "it", "nl", "pt", "pl", "ru"};

    /** One fixture: {@code published} the gold day (null: no date), {@code modified} the gold change day (null: unchecked, "-": none). */
    record Case(String name, String html, String url, String published, String modified) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Per language, in {@link #ORDER}: one string each. */
    private static List<Case> each(String kind, String[] shown, java.util.function.BiFunction<Lang, String, String> page,
            String url, String published, String modified) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < ORDER.length; i++) {
            Lang l = LANGS.get(ORDER[i]);
            out.add(new Case(l.code() + " " + kind + ": " + shown[i], page.apply(l, shown[i]), url, published, modified));
        }
        return out;
    }

    private static String wp(Lang l, String meta) {
        return wordpress(l, "", meta, "", "");
    }

    private static final String URL = "https://www.zeitung.example/lokales/radweg-kanal-4711.html";

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.addAll(each("labelled", new String[] {
            "Veröffentlicht am 12. Juli 2017, 14:05 Uhr", "Publié le 12 juillet 2017 à 14h05",
            "Publicado el 12 de julio de 2017, 14:05", "Pubblicato il 12 luglio 2017 alle 14:05",
            "Gepubliceerd op 12 juli 2017 om 14:05", "Publicado em 12 de julho de 2017, às 14h05",
            "Opublikowano: 12 lipca 2017, 14:05", "Опубликовано 12 июля 2017, 14:05"},
            (l, s) -> wp(l, "<span class=posted-on>" + s + "</span>"), URL, "2017-07-12", null));
        all.addAll(each("numeric", new String[] {
            "Stand: 03.02.2021", "Publié le 03/02/2021 à 10h30", "Publicado: 03/02/2021 - 10:30",
            "Pubblicato il 03/02/2021 alle 10:30", "Gepubliceerd op 03-02-2021, 10:30", "Publicado a 03/02/2021 10:30",
            "Opublikowano: 03.02.2021, 10:30", "Опубликовано: 03.02.2021 10:30"},
            (l, s) -> typo3(l, "", s, ""), URL, "2021-02-03", null));
        all.addAll(each("published then updated", new String[] {
            "Veröffentlicht am 29.06.2019 um 10:30 Uhr, aktualisiert am 30.06.2019 um 08:15 Uhr",
            "Publié le 29 juin 2019 à 10h30, mis à jour le 30 juin 2019 à 08h15",
            "Publicado: 29 de junio de 2019, 10:30. Actualizado: 30 de junio de 2019, 08:15",
            "Pubblicato il 29 giugno 2019 alle 10:30 - Aggiornato il 30 giugno 2019 alle 08:15",
            "Gepubliceerd op 29 juni 2019 om 10:30, bijgewerkt op 30 juni 2019 om 08:15",
            "Publicado em 29 de junho de 2019 às 10:30, atualizado em 30 de junho de 2019 às 08:15",
            "Opublikowano: 29 czerwca 2019, 10:30. Aktualizacja: 30 czerwca 2019, 08:15",
            "Опубликовано 29 июня 2019, 10:30. Обновлено 30 июня 2019, 08:15"},
            (l, s) -> brightspot(l, "", "<div class=\"Page-datePublished\">" + s + "</div>", ""), URL, "2019-06-29",
            "2019-06-30"));
        all.addAll(each("updated before published", new String[] {
            "Aktualisiert am 30.06.2019, 08:15 Uhr | Erstmals veröffentlicht am 29.06.2019, 10:30 Uhr",
            "Mis à jour le 30/06/2019 à 08h15 | Publié le 29/06/2019 à 10h30",
            "Actualizado 30/06/2019 08:15 | Publicado 29/06/2019 10:30",
            "Aggiornato il 30/06/2019 08:15 | Pubblicato il 29/06/2019 10:30",
            "Bijgewerkt 30-06-2019 08:15 | Gepubliceerd 29-06-2019 10:30",
            "Atualizado em 30/06/2019 08h15 | Publicado em 29/06/2019 10h30",
            "Aktualizacja: 30.06.2019 08:15 | Publikacja: 29.06.2019 10:30",
            "Обновлено 30.06.2019 08:15 | Опубликовано 29.06.2019 10:30"},
            (l, s) -> arc(l, "", "<div class=\"b-date\">" + s + "</div>", ""), URL, "2019-06-29", "2019-06-30"));
        all.addAll(each("updated before published, two boxes", new String[] {
            "Aktualisiert: 30.06.2019|Veröffentlicht: 29.06.2019", "Mis à jour le 30/06/2019|Publié le 29/06/2019",
            "Actualizado: 30/06/2019|Publicado: 29/06/2019", "Aggiornato: 30/06/2019|Pubblicato: 29/06/2019",
            "Bijgewerkt: 30-06-2019|Gepubliceerd: 29-06-2019", "Atualizado: 30/06/2019|Publicado: 29/06/2019",
            "Zaktualizowano: 30.06.2019|Opublikowano: 29.06.2019", "Обновлено: 30.06.2019|Опубликовано: 29.06.2019"},
            (l, s) -> brightspot(l, "", "<div class=\"Page-dateModified\">" + s.split("\\|")[0]
                    + "</div><div class=\"Page-datePublished\">" + s.split("\\|")[1] + "</div>", ""),
            URL, "2019-06-29", "2019-06-30"));
        all.addAll(each("abbreviated month", new String[] {
            "12. Sept. 2019", "12 sept. 2019", "12 sept. 2019", "12 set 2019", "12 sep 2019", "12 set. 2019",
            "12 wrz 2019", "12 сент. 2019"},
            (l, s) -> wp(l, "<span class=date>" + s + "</span>"), URL, "2019-09-12", null));
        all.addAll(each("abbreviated February", new String[] {
            "3. Febr. 2021", "3 févr. 2021", "3 feb. 2021", "3 feb 2021", "3 feb. 2021", "3 fev. 2021",
            "3 lut 2021", "3 февр. 2021"},
            (l, s) -> drupal(l, "", "<span class=\"field--name-created\">" + s + "</span>", ""), URL, "2021-02-03", null));
        all.addAll(each("abbreviated March", new String[] {
            "3. Mrz. 2020", "3 mars 2020", "3 mar. 2020", "3 mar 2020", "3 mrt 2020", "3 mar. 2020",
            "3 mar 2020", "3 мар. 2020"},
            (l, s) -> arc(l, "", "<time class=\"b-date\">" + s + "</time>", ""), URL, "2020-03-03", null));
        all.addAll(each("weekday prefix", new String[] {
            "Mittwoch, 12. Juli 2017", "mercredi 12 juillet 2017", "miércoles, 12 de julio de 2017",
            "mercoledì 12 luglio 2017", "woensdag 12 juli 2017", "quarta-feira, 12 de julho de 2017",
            "środa, 12 lipca 2017", "среда, 12 июля 2017"},
            (l, s) -> drupal(l, "", "<div class=\"node__submitted\">" + s + "</div>", ""), URL, "2017-07-12", null));
        all.addAll(each("short weekday, Drupal", new String[] {
            "Mi., 12.07.2017 - 14:05", "mer. 12/07/2017 - 14:05", "mié., 12/07/2017 - 14:05", "mer, 12/07/2017 - 14:05",
            "wo 12-07-2017 - 14:05", "qua, 12/07/2017 - 14:05", "śr., 12.07.2017 - 14:05", "ср, 12.07.2017 - 14:05"},
            (l, s) -> drupal(l, "", "<span class=\"field field--name-created\">" + s + "</span>", ""), URL,
            "2017-07-12", null));
        all.addAll(each("two-digit year", new String[] {
            "Veröffentlicht: 05.07.17", "Publié le 05/07/17", "Publicado el 05/07/17", "Pubblicato il 05/07/17",
            "Gepubliceerd op 05-07-17", "Publicado em 05/07/17", "Opublikowano 05.07.17", "Опубликовано 05.07.17"},
            (l, s) -> typo3(l, "", s, ""), URL, "2017-07-05", null));
        all.addAll(each("relative days", new String[] {
            "vor 2 Tagen", "il y a 2 jours", "hace 2 días", "2 giorni fa", "2 dagen geleden", "há 2 dias",
            "2 dni temu", "2 дня назад"},
            (l, s) -> arc(l, "", "<div class=\"b-date\">" + s + "</div>", ""), URL, "2024-03-08", null));
        all.addAll(each("relative hours", new String[] {
            "vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "3 ore fa", "3 uur geleden", "há 3 horas",
            "3 godziny temu", "3 часа назад"},
            (l, s) -> arc(l, "", "<div class=\"b-date\">" + s + "</div>", ""), URL, "2024-03-10", null));
        all.addAll(each("no year", new String[] {
            "Veröffentlicht am 12. Februar, 14:05 Uhr", "Publié le 12 février à 14h05", "Publicado el 12 de febrero, 14:05",
            "Pubblicato il 12 febbraio, 14:05", "Gepubliceerd op 12 februari, 14:05", "Publicado em 12 de fevereiro, 14:05",
            "Opublikowano 12 lutego, 14:05", "Опубликовано 12 февраля, 14:05"},
            (l, s) -> wp(l, "<span class=posted-on>" + s + "</span>"), URL, "2024-02-12", null));
        all.addAll(each("no year, after the fetch day", new String[] {
            "12. November, 14:05 Uhr", "12 novembre à 14h05", "12 de noviembre, 14:05", "12 novembre, 14:05",
            "12 november, 14:05", "12 de novembro, 14:05", "12 listopada, 14:05", "12 ноября, 14:05"},
            (l, s) -> wp(l, "<span class=posted-on><time class=\"entry-date\">" + s + "</time></span>"), URL,
            "2023-11-12", null));
        all.addAll(each("comment after an end-of-text date", new String[] {
            "Veröffentlicht am 4. März 2024", "Publié le 4 mars 2024", "Publicado el 4 de marzo de 2024",
            "Pubblicato il 4 marzo 2024", "Gepubliceerd op 4 maart 2024", "Publicado em 4 de março de 2024",
            "Opublikowano 4 marca 2024", "Опубликовано 4 марта 2024"},
            (l, s) -> wordpress(l, "", "", "<p class=\"post-date\">" + s + "</p>"
                    + comments("1 Kommentar", "2024-03-09T18:00:00+01:00", "9. März 2024 um 18:00"), ""),
            URL, "2024-03-04", null));
        all.addAll(each("sidebar dates, article date in the byline", new String[] {
            "4. März 2024", "4 mars 2024", "4 de marzo de 2024", "4 marzo 2024", "4 maart 2024", "4 de março de 2024",
            "4 marca 2024", "4 марта 2024"},
            (l, s) -> wordpress(l, "", "<span class=posted-on><a href=\"/\" rel=bookmark>" + s + "</a></span>", "",
                    recentPosts("Neueste Beiträge", "8. März 2024", "9. März 2024")), URL, "2024-03-04", null));
        all.addAll(each("undated article with sidebar and related dates", new String[] {"", "", "", "", "", "", "", ""},
            (l, s) -> wordpress(l, "", "", related("Mehr zum Thema", "08.03.2024", "09.03.2024"),
                    recentPosts("Neueste Beiträge", "8. März 2024", "9. März 2024")), URL, null, null));
        all.addAll(each("copyright only", new String[] {"", "", "", "", "", "", "", ""},
            (l, s) -> drupal(l, "", "", ""), URL, null, null));
        all.addAll(each("after the fetch time", new String[] {
            "Veröffentlicht am 12. Juli 2025", "Publié le 12 juillet 2025", "Publicado el 12 de julio de 2025",
            "Pubblicato il 12 luglio 2025", "Gepubliceerd op 12 juli 2025", "Publicado em 12 de julho de 2025",
            "Opublikowano 12 lipca 2025", "Опубликовано 12 июля 2025"},
            (l, s) -> wp(l, "<span class=posted-on>" + s + "</span>"), URL, null, null));
        all.addAll(CmsPageStructuredDates.cases());
        all.addAll(CmsPageMoreDates.cases());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theGoldDays(Case c) throws Exception {
        try {
            check(c);
            System.out.println("CMSFIXTURE\tdate\t" + c.name() + "\tok");
        } catch (AssertionError e) {
            System.out.println("CMSFIXTURE\tdate\t" + c.name() + "\tFAIL\t" + e.getMessage().replace('\n', ' '));
            throw e;
        }
    }

    private static void check(Case c) throws Exception {
        ExtractedPage p = new DensityArticleExtractor(null, BERLIN).extractPage(c.html(), c.url(), FETCHED);
        String published = p.article().published();
        if (c.published() == null) {
            assertThat(published).as("published").isNull();
        } else {
            assertThat(published).as("published").isNotNull();
            assertThat(published.substring(0, 10)).as("published").isEqualTo(c.published());
        }
        if ("-".equals(c.modified())) {
            assertThat(p.modified()).as("modified").isNull();
        } else if (c.modified() != null) {
            assertThat(p.modified()).as("modified").isNotNull();
            assertThat(p.modified().substring(0, 10)).as("modified").isEqualTo(c.modified());
        }
    }
}
