package dev.precis.extract;

import static dev.precis.extract.CmsFixturePages.LANGS;
import static dev.precis.extract.CmsFixturePages.arc;
import static dev.precis.extract.CmsFixturePages.brightspot;
import static dev.precis.extract.CmsFixturePages.drupal;
import static dev.precis.extract.CmsFixturePages.jsonLd;
import static dev.precis.extract.CmsFixturePages.typo3;
import static dev.precis.extract.CmsFixturePages.wordpress;

import dev.precis.extract.CmsPageDatesTest.Case;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured-data and address fixtures of {@link CmsPageDatesTest}: a Yoast {@code @graph}, OpenGraph
 * article times, Dublin Core, microdata, URL days, a UTC time past local midnight, a structured change with a
 * shown publication, a reader's comment and a future day in JSON-LD, a dated ticker above the headline.
 */
final class CmsPageStructuredDates {

    private CmsPageStructuredDates() {
    }

    private static final String URL = "https://www.zeitung.example/lokales/radweg-kanal-4711.html";

    private static String yoast(String published, String modified) {
        return jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"@id\":\"" + URL
                + "\",\"url\":\"" + URL + "\",\"datePublished\":\"" + published + "\",\"dateModified\":\"" + modified
                + "\"},{\"@type\":\"Article\",\"@id\":\"" + URL + "#article\",\"isPartOf\":{\"@id\":\"" + URL
                + "\"},\"author\":{\"@id\":\"https://www.zeitung.example/#/schema/person/9f1\"},\"datePublished\":\""
                + published + "\",\"dateModified\":\"" + modified + "\"},{\"@type\":\"Person\",\"@id\":"
                + "\"https://www.zeitung.example/#/schema/person/9f1\",\"name\":\"Lena Vogt\"}]}");
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        String[][] updatedOnly = {
            {"de", "Zuletzt aktualisiert am 15. Januar 2020"}, {"fr", "Mis à jour le 15 janvier 2020"},
            {"es", "Actualizado el 15 de enero de 2020"}, {"it", "Aggiornato il 15 gennaio 2020"},
            {"nl", "Laatst bijgewerkt op 15 januari 2020"}, {"pt", "Atualizado em 15 de janeiro de 2020"},
            {"pl", "Zaktualizowano 15 stycznia 2020"}, {"ru", "Обновлено 15 января 2020"}};
        for (String[] u : updatedOnly) {
            // (dates60: a publication only in the graph, for search engines, and only the change half a year later
            // shown to readers: the change is the page's date of record — ChangesOfRecord; this case expected the
            // publication before)
            all.add(new Case(u[0] + " Yoast graph, only the update shown: " + u[1], wordpress(LANGS.get(u[0]),
                    yoast("2019-06-29T08:30:00+00:00", "2020-01-15T10:00:00+00:00"),
                    "<span class=updated-on>" + u[1] + "</span>", "", ""), URL, "2020-01-15", "2020-01-15"));
            // the same page whose head also names the publication (as Yoast writes it: article:published_time)
            all.add(new Case(u[0] + " Yoast graph and article:published_time, only the update shown: " + u[1],
                    wordpress(LANGS.get(u[0]), yoast("2019-06-29T08:30:00+00:00", "2020-01-15T10:00:00+00:00")
                            + "<meta property=\"article:published_time\" content=\"2019-06-29T08:30:00+00:00\">",
                    "<span class=updated-on>" + u[1] + "</span>", "", ""), URL, "2019-06-29", "2020-01-15"));
        }
        for (String l : new String[] {"de", "nl", "pl", "ru"}) {
            all.add(new Case(l + " article:published_time and modified_time", drupal(LANGS.get(l),
                    "<meta property=\"article:published_time\" content=\"2018-10-04T07:10:00+02:00\">"
                    + "<meta property=\"article:modified_time\" content=\"2018-10-06T12:00:00+02:00\">", "", ""),
                    URL, "2018-10-04", "2018-10-06"));
        }
        for (String l : new String[] {"de", "fr", "pl"}) {
            all.add(new Case(l + " Dublin Core issued", typo3(LANGS.get(l),
                    "<meta name=\"DC.date.issued\" content=\"2018-10-04\"><meta name=\"DC.date.modified\" "
                    + "content=\"2018-11-20\">", "", ""), URL, "2018-10-04", null));
            all.add(new Case(l + " dcterms.created", typo3(LANGS.get(l),
                    "<meta name=\"dcterms.created\" content=\"2018-10-04T07:10:00+02:00\">", "", ""), URL,
                    "2018-10-04", null));
        }
        for (String l : new String[] {"es", "it", "pt", "fr"}) {
            all.add(new Case(l + " URL day only", wordpress(LANGS.get(l), "", "", "", ""),
                    "https://www.zeitung.example/2019/06/29/radweg-kanal/", "2019-06-29", null));
            all.add(new Case(l + " compact URL day only", arc(LANGS.get(l), "", "", ""),
                    "https://www.zeitung.example/lokales/20190629-radweg-kanal", "2019-06-29", null));
        }
        for (String l : new String[] {"de", "ru", "pl", "it"}) {
            all.add(new Case(l + " TYPO3 itemprop time", typo3(LANGS.get(l), "", "<time itemprop=\"datePublished\" "
                    + "datetime=\"2017-07-12\">12.07.2017</time>", ""), URL, "2017-07-12", null));
        }
        String[][] midnight = {{"de", "3. Februar 2021, 00:30 Uhr"}, {"fr", "3 février 2021 à 00h30"},
            {"it", "3 febbraio 2021, 00:30"}, {"es-ES", "3 de febrero de 2021, 00:30"}};
        for (String[] m : midnight) {
            CmsFixturePages.Lang l = LANGS.get(m[0].substring(0, 2));
            // (Spanish without Spain's region leaves the zone open: Latin America's pages are Spanish too)
            l = new CmsFixturePages.Lang(m[0], l.headline(), l.site(), l.paragraphs());
            all.add(new Case(m[0] + " UTC time past local midnight: " + m[1], arc(l,
                    jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":"
                            + "\"2021-02-02T23:30:00Z\",\"dateModified\":\"2021-02-02T23:45:00Z\"}"),
                    "<div class=\"b-date\">" + m[1] + "</div>", ""), URL, "2021-02-03", null));
        }
        String[][] shownPublished = {{"nl", "Gepubliceerd op 3 februari 2021"}, {"de", "Veröffentlicht am 3. Februar 2021"},
            {"pt", "Publicado em 3 de fevereiro de 2021"}, {"pl", "Opublikowano 3 lutego 2021"}};
        for (String[] s : shownPublished) {
            all.add(new Case(s[0] + " structured change only, shown publication", brightspot(LANGS.get(s[0]),
                    jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"dateModified\":"
                            + "\"2021-02-05T09:00:00+01:00\"}"), "<div class=\"Page-datePublished\">" + s[1] + "</div>",
                    ""), URL, "2021-02-03", "2021-02-05"));
        }
        for (String l : new String[] {"fr", "es", "ru"}) {
            all.add(new Case(l + " JSON-LD comment dated after the article", wordpress(LANGS.get(l),
                    jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"datePublished\":"
                            + "\"2024-03-04T10:00:00+01:00\",\"comment\":[{\"@type\":\"Comment\",\"dateCreated\":"
                            + "\"2024-03-09T18:00:00+01:00\",\"text\":\"Super.\"}]}"), "", "", ""), URL,
                    "2024-03-04", null));
        }
        for (String l : new String[] {"de", "it", "nl"}) {
            all.add(new Case(l + " copyright year in JSON-LD only", drupal(LANGS.get(l),
                    jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"copyrightYear\":2023}"), "",
                    ""), URL, null, null));
        }
        String[][] future = {{"pt", "Publicado em 8 de março de 2024"}, {"es", "Publicado el 8 de marzo de 2024"},
            {"de", "Veröffentlicht am 8. März 2024"}};
        for (String[] f : future) {
            all.add(new Case(f[0] + " JSON-LD publication after the fetch time", arc(LANGS.get(f[0]),
                    jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":"
                            + "\"2024-05-01T10:00:00+02:00\"}"), "<div class=\"b-date\">" + f[1] + "</div>", ""),
                    URL, "2024-03-08", null));
        }
        String[][] ticker = {{"fr", "Publié le 4 mars 2024"}, {"de", "Veröffentlicht am 4. März 2024"},
            {"it", "Pubblicato il 4 marzo 2024"}, {"nl", "Gepubliceerd op 4 maart 2024"}};
        for (String[] t : ticker) {
            String html = wordpress(LANGS.get(t[0]), "", "<span class=posted-on>" + t[1] + "</span>", "", "")
                    .replace("<div id=content class=site-content>", "<div class=\"ticker\"><ul><li><time datetime="
                            + "\"2024-03-09T17:00:00+01:00\">09.03.</time> <a href=\"/a/1\">Feuerwehrfest am Hafen</a>"
                            + "</li><li><time datetime=\"2024-03-09T16:00:00+01:00\">09.03.</time> <a href=\"/a/2\">"
                            + "Neuer Wochenmarkt</a></li></ul></div><div id=content class=site-content>");
            all.add(new Case(t[0] + " dated ticker above the headline", html, URL, "2024-03-04", null));
        }
        return all;
    }
}
