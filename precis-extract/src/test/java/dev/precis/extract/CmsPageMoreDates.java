package dev.precis.extract;

import static dev.precis.extract.CmsFixturePages.LANGS;
import static dev.precis.extract.CmsFixturePages.arc;
import static dev.precis.extract.CmsFixturePages.brightspot;
import static dev.precis.extract.CmsFixturePages.drupal;
import static dev.precis.extract.CmsFixturePages.typo3;
import static dev.precis.extract.CmsFixturePages.wordpress;

import dev.precis.extract.CmsPageDatesTest.Case;
import java.util.ArrayList;
import java.util.List;

/**
 * The second round of {@link CmsPageDatesTest}'s fixtures, mostly German and French: the other labels
 * those sites write ("Erstellt", "Erschienen am", "Online seit", "Mis en ligne le", "Paru le"), dates without
 * leading zeros or with spaces, dates after the text, the meta names of regional CMSs ({@code pubdate},
 * {@code publishdate}, {@code date}, {@code parsely-pub-date}, {@code itemprop} metas) and a {@code <time>}
 * whose text is the only date.
 */
final class CmsPageMoreDates {

    private CmsPageMoreDates() {
    }

    private static final String URL = "https://www.zeitung.example/lokales/radweg-kanal-4711.html";

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        String[][] labels = {
            {"de", "Erstellt: 12.07.2017, 14:05 Uhr"}, {"de", "Erschienen am 12.07.2017"}, {"de", "Online seit 12.07.2017, 14:05"},
            {"de", "Artikel vom 12. Juli 2017"}, {"de", "Datum: 12.07.2017"}, {"de", "Publiziert: 12.7.2017, 14.05 Uhr"},
            {"de", "12. 7. 2017"}, {"de", "12.07.2017 | 14:05 Uhr"}, {"de", "Mittwoch, 12.07.2017, 14:05 Uhr"},
            {"de", "12.07.2017 - 14:05"}, {"de", "Veröffentlicht 12.07.2017 um 14:05 Uhr"}, {"de", "Erstellt am 12. Juli 2017 um 14:05"},
            {"fr", "Mis en ligne le 12 juillet 2017 à 14:05"}, {"fr", "Paru le 12/07/2017"}, {"fr", "Créé le 12.07.2017 à 14h05"},
            {"fr", "Le 12 juillet 2017 à 14h05"}, {"fr", "Publié le : 12/07/2017 - 14:05"}, {"fr", "12/07/2017 à 14h05"},
            {"fr", "mercredi 12 juillet 2017 - 14:05"}, {"fr", "Publié le mercredi 12 juillet 2017 à 14h05"},
            {"fr", "Édition du 12 juillet 2017"}, {"fr", "12.07.2017"},
            {"it", "12 Luglio 2017 - 14:05"}, {"es", "12.07.2017 - 14:05 h"}, {"nl", "12-07-17, 14:05"},
            {"pl", "12.07.2017 r., 14:05"}, {"ru", "12 июля 2017 г., 14:05"}, {"pt", "12/07/2017 - 14h05"},
        };
        int i = 0;
        for (String[] l : labels) {
            String shown = l[1];
            String html = switch (i++ % 4) {
                case 0 -> typo3(LANGS.get(l[0]), "", "<span class=\"news-list-date\">" + shown + "</span>", "");
                case 1 -> drupal(LANGS.get(l[0]), "", "<div class=\"meta\">" + shown + "</div>", "");
                case 2 -> arc(LANGS.get(l[0]), "", "<div class=\"article-date\">" + shown + "</div>", "");
                default -> wordpress(LANGS.get(l[0]), "", "<span class=\"posted-on\">" + shown + "</span>", "", "");
            };
            all.add(new Case(l[0] + " shown: " + shown, html, URL, "2017-07-12", null));
        }
        String[][] afterText = {{"de", "(dpa) 12.07.2017"}, {"de", "Stand: 12.07.2017, 14:05 Uhr"},
            {"fr", "Publié le 12/07/2017"}, {"fr", "Article paru dans l'édition du 12 juillet 2017"}};
        for (String[] a : afterText) {
            String html = typo3(LANGS.get(a[0]), "", "", "").replace("</div></div></div>",
                    "<p class=\"article-footer\">" + a[1] + "</p></div></div></div>");
            all.add(new Case(a[0] + " after the text: " + a[1], html, URL, "2017-07-12", null));
        }
        String[][] metas = {
            {"de", "<meta name=\"pubdate\" content=\"20170712\">"},
            {"de", "<meta name=\"publishdate\" content=\"2017-07-12\">"},
            {"de", "<meta name=\"date\" content=\"2017-07-12T14:05:00+02:00\">"},
            {"fr", "<meta name=\"parsely-pub-date\" content=\"2017-07-12T12:05:00Z\">"},
            {"fr", "<meta itemprop=\"datePublished\" content=\"2017-07-12T14:05:00+02:00\">"},
            {"fr", "<meta property=\"og:article:published_time\" content=\"2017-07-12T14:05:00+02:00\">"},
            {"de", "<meta name=\"article:published_time\" content=\"2017-07-12T14:05:00+02:00\">"},
            {"it", "<meta name=\"DC.date\" content=\"2017-07-12\">"},
            {"nl", "<meta name=\"dcterms.issued\" content=\"2017-07-12\">"},
            {"de", "<meta name=\"date\" content=\"12.07.2017\">"},
        };
        for (String[] m : metas) {
            all.add(new Case(m[0] + " meta " + m[1], brightspot(LANGS.get(m[0]), m[1], "", ""), URL, "2017-07-12", null));
        }
        String[][] times = {{"de", "<time>12.07.2017</time>"}, {"fr", "<time>12 juillet 2017</time>"},
            {"de", "<time datetime=\"2017-07-12\">vor sieben Jahren</time>"},
            {"fr", "<time class=\"date\" datetime=\"2017-07-12T14:05\">12/07/2017</time>"},
            {"de", "<span data-timestamp=\"1499861100\">12.07.2017</span>"}};
        for (String[] t : times) {
            all.add(new Case(t[0] + " " + t[1], arc(LANGS.get(t[0]), "", t[1], ""), URL, "2017-07-12", null));
        }
        all.addAll(round3());
        all.addAll(round4());
        return all;
    }

    /** Yesterday and today words, capitals, more labels, structured values that are no ISO date, a kicker's date. */
    private static List<Case> round3() {
        List<Case> all = new ArrayList<>();
        String[][] dayWords = {
            {"de", "gestern, 14:05 Uhr", "2024-03-09"}, {"de", "heute, 09:12 Uhr", "2024-03-10"},
            {"fr", "hier à 14h05", "2024-03-09"}, {"fr", "aujourd'hui à 09h12", "2024-03-10"},
            {"es", "ayer, 14:05", "2024-03-09"}, {"it", "ieri alle 14:05", "2024-03-09"},
            {"nl", "gisteren, 14:05", "2024-03-09"}, {"pt", "ontem às 14h05", "2024-03-09"},
            {"pl", "wczoraj, 14:05", "2024-03-09"}, {"ru", "вчера в 14:05", "2024-03-09"},
            {"de", "vor 1 Std.", "2024-03-10"}, {"de", "vor 45 Min.", "2024-03-10"},
            {"fr", "il y a 3 h", "2024-03-10"}, {"fr", "il y a 45 min", "2024-03-10"},
        };
        for (String[] d : dayWords) {
            all.add(new Case(d[0] + " day word: " + d[1], arc(LANGS.get(d[0]), "", "<div class=\"b-date\">" + d[1]
                    + "</div>", ""), URL, d[2], null));
        }
        String[][] shown = {
            {"fr", "12 JUILLET 2017"}, {"de", "12. JULI 2017"}, {"it", "12 luglio 2017 ore 14:05"},
            {"pt", "12 jul 2017 14h05"}, {"es", "12/07/2017 14:05 CEST"}, {"nl", "wo 12 jul 2017 14:05"},
            {"pl", "12 lip 2017"}, {"ru", "12 июл 2017"}, {"ru", "12.07.2017 в 14:05"},
            {"pl", "Data publikacji: 12.07.2017"}, {"pl", "Data dodania: 12.07.2017"}, {"nl", "Geplaatst op 12 juli 2017"},
            {"es", "Fecha de publicación: 12/07/2017"}, {"it", "Data: 12/07/2017"}, {"pt", "Data de publicação: 12/07/2017"},
            {"fr", "Date de publication : 12/07/2017"}, {"de", "Veröffentlichungsdatum: 12.07.2017"},
            {"es", "12 Jul, 2017"}, {"it", "12-07-2017"}, {"fr", "12-07-2017"},
        };
        for (String[] d : shown) {
            all.add(new Case(d[0] + " shown: " + d[1], drupal(LANGS.get(d[0]), "", "<div class=\"submitted\">" + d[1]
                    + "</div>", ""), URL, "2017-07-12", null));
        }
        String[][] values = {
            {"fr", "12/07/2017"}, {"de", "12.07.2017 14:05"}, {"fr", "12/07/2017 14:05:00"},
            {"de", "Wed, 12 Jul 2017 14:05:00 +0200"}, {"it", "2017-07-12 14:05:00"}, {"es", "2017-07-12T14:05:00.000+0200"},
            {"nl", "20170712T140500"}, {"pl", "2017-07-12T14:05:00+02:00[Europe/Warsaw]"},
        };
        for (String[] v : values) {
            all.add(new Case(v[0] + " JSON-LD value " + v[1], brightspot(LANGS.get(v[0]), CmsFixturePages.jsonLd(
                    "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"" + v[1] + "\"}"),
                    "", ""), URL, "2017-07-12", null));
            all.add(new Case(v[0] + " meta value " + v[1], typo3(LANGS.get(v[0]),
                    "<meta property=\"article:published_time\" content=\"" + v[1] + "\">", "", ""), URL, "2017-07-12", null));
        }
        String[][] kicker = {{"de", "Lokales | 12.07.2017"}, {"fr", "Société · 12/07/2017"}, {"it", "Cronaca - 12 luglio 2017"}};
        for (String[] k : kicker) {
            String html = arc(LANGS.get(k[0]), "", "", "").replace("<h1 ", "<div class=\"kicker\">" + k[1] + "</div><h1 ");
            all.add(new Case(k[0] + " kicker above the headline: " + k[1], html, URL, "2017-07-12", null));
        }
        String[][] commentsOnly = {{"de", "9. März 2024 um 18:00"}, {"fr", "9 mars 2024 à 18 h 00"}};
        for (String[] c : commentsOnly) {
            all.add(new Case(c[0] + " undated article, dated comments", wordpress(LANGS.get(c[0]), "", "",
                    CmsFixturePages.comments("2 Kommentare", "2024-03-09T18:00:00+01:00", c[1]), ""), URL, null, null));
        }
        return all;
    }

    /** Headlines in {@code h2} under a logo {@code h1}, datelines, definition lists, broken JSON-LD, text-only microdata. */
    private static List<Case> round4() {
        List<Case> all = new ArrayList<>();
        String[][] logoH1 = {{"de", "<span class=\"date\">12.07.2017</span>"}, {"fr", "<p class=\"date\">Publié le 12/07/2017</p>"},
            {"it", "<span class=\"data\">12 luglio 2017</span>"}, {"nl", "<span class=\"datum\">12 juli 2017</span>"}};
        for (String[] d : logoH1) {
            String html = typo3(LANGS.get(d[0]), "", d[1], "")
                    .replace("<a class=logo href=\"/\">", "<h1 class=logo><a href=\"/\">").replace("</a><ul", "</a></h1><ul")
                    .replace("<h1 itemprop=\"headline\">", "<h2 itemprop=\"headline\">").replace("</h1></div><div class=\"footer\">",
                            "</h2></div><div class=\"footer\">");
            all.add(new Case(d[0] + " logo h1, headline h2: " + d[1], html, URL, "2017-07-12", null));
        }
        String[][] datelines = {{"de", "Berlin, 12. Juli 2017 – "}, {"fr", "Paris, le 12 juillet 2017 – "},
            {"es", "Madrid, 12 de julio de 2017.- "}, {"it", "Roma, 12 luglio 2017 – "}};
        for (String[] d : datelines) {
            String html = drupal(LANGS.get(d[0]), "", "", "").replaceFirst("<p>", "<p>" + d[1]);
            all.add(new Case(d[0] + " dateline: " + d[1], html, URL, "2017-07-12", null));
        }
        all.add(new Case("de definition list", wordpress(LANGS.get("de"), "", "<dl class=\"info\"><dt>Datum</dt><dd>12.07.2017</dd>"
                + "<dt>Rubrik</dt><dd>Lokales</dd></dl>", "", ""), URL, "2017-07-12", null));
        all.add(new Case("fr date in the title only", brightspot(LANGS.get("fr"), "", "", "").replace("</title>",
                "</title>").replace("<title>", "<title>12/07/2017 - "), URL, "2017-07-12", null));
        String[][] broken = {
            {"de", "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Radweg\",\"datePublished\":\"2017-07-12T14:05:00+02:00\",}"},
            {"fr", "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"description\":\"Ligne un\nligne deux\",\"datePublished\":\"2017-07-12T14:05:00+02:00\"}"},
            {"it", "<!-- {\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2017-07-12T14:05:00+02:00\"} -->"},
            {"nl", "{\"@context\":\"https://schema.org\",\"@type\":[\"Article\",\"NewsArticle\"],\"datePublished\":\"2017-07-12T14:05:00+02:00\"}"},
            {"pl", "{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-07-12T14:05:00+02:00\"}}"},
            {"es", "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2017-07-12T14:05:00+02:00\"}{\"@context\":\"https://schema.org\",\"@type\":\"Organization\",\"name\":\"Diario\"}"},
        };
        for (String[] b : broken) {
            all.add(new Case(b[0] + " JSON-LD " + b[1].substring(0, Math.min(60, b[1].length())), arc(LANGS.get(b[0]),
                    CmsFixturePages.jsonLd(b[1]), "", ""), URL, "2017-07-12", null));
        }
        String[][] micro = {{"de", "<span itemprop=\"datePublished\">12.07.2017</span>"},
            {"fr", "<span itemprop=\"datePublished\">12 juillet 2017</span>"},
            {"de", "<time pubdate>12.07.2017</time>"}, {"fr", "<abbr class=\"published\" title=\"2017-07-12T14:05:00+02:00\">12 juil.</abbr>"},
            {"ru", "<span itemprop=\"datePublished\" content=\"2017-07-12\">12 июля</span>"}};
        for (String[] m : micro) {
            all.add(new Case(m[0] + " microdata: " + m[1], wordpress(LANGS.get(m[0]), "", m[1], "", ""), URL, "2017-07-12", null));
        }
        return all;
    }
}
