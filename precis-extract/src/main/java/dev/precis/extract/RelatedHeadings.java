package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Headings that open a list of other pages or readers' comments in words rather than markup
 * ({@code <h2>Mehr zum Thema</h2><ul>…</ul>}, "À lire aussi", "Das könnte Sie auch interessieren", "5
 * commentaires"): the dates under such a heading are those pages' or comments', never the article's, even
 * where no class or id names the box ({@link PageRegions} reads the names). The phrases are the usual
 * wordings in en/de/fr/it/es/nl/pt/pl, matched on the whole heading (a short one), so an article's own
 * section heading ("Mehr zu den Kosten") is no match. Stateless and thread-safe.
 */
final class RelatedHeadings {

    /** A heading longer than this is the article's own, not a list's label. */
    private static final int MAX = 60;

    private static final Pattern PHRASE = Pattern.compile(
            "(?:mehr zum thema|zum thema|passend zum thema|das könnte sie (?:auch )?interessieren|lesen sie auch|lesen sie mehr"
            + "|auch interessant|ebenfalls interessant|weitere (?:artikel|nachrichten|meldungen|themen|beiträge)"
            + "|(?:ähnliche|verwandte) (?:artikel|beiträge)|meistgelesen|meist gelesen|am meisten gelesen|neueste (?:artikel|beiträge)"
            + "|top-?themen|aktuelle (?:nachrichten|meldungen)"
            + "|(?:à |a )?lire aussi|(?:à |a )?voir aussi|sur le même sujet|sur le meme sujet|dans la même rubrique|les plus lus"
            + "|(?:les )?articles (?:similaires|liés|les plus lus)|(?:nos )?derniers articles|dernières actualités|vous aimerez aussi"
            + "|ces articles peuvent vous intéresser|à découvrir aussi|en continu"
            + "|related(?: articles| stories| posts| content| news| reading)?|read (?:more|next|also)|more (?:stories|news|articles)"
            + "|more from .{1,30}|you (?:may|might) also like|recommended(?: for you| stories)?|most (?:read|popular)|latest (?:news|posts|stories)"
            + "|recent posts|popular posts|trending(?: now)?"
            + "|leggi anche|potrebbe interessarti|articoli correlati|(?:i )?più letti|ultime notizie"
            + "|lee también|te puede interesar|también te puede interesar|noticias relacionadas|artículos relacionados|lo más leído|más leídas"
            + "|lees ook|meer over .{1,30}|gerelateerde artikelen|meest gelezen|ook interessant"
            + "|leia também|veja também|mais lidas|notícias relacionadas"
            + "|czytaj (?:także|też)|zobacz (?:także|też)|najczęściej czytane|polecamy"
            // readers' comments: "Kommentare", "3 Kommentare", "Commentaires (5)", "Leserkommentare"
            + "|(?:\\d+ )?(?:leser)?(?:kommentare?|commentaires?|comments?|réactions|reacties|commenti|comentarios|komentarze)(?: \\(\\d+\\))?)"
            + "[\\s:.…»>›-]*");

    private RelatedHeadings() {
    }

    /** True when {@code e} is an h2–h4 whose whole text is such a phrase. */
    static boolean opensList(Element e) {
        String tag = e.normalName();
        if (tag.length() != 2 || tag.charAt(0) != 'h' || tag.charAt(1) < '2' || tag.charAt(1) > '4') {
            return false;
        }
        String t = e.text().strip();
        return !t.isEmpty() && t.length() <= MAX && PHRASE.matcher(t.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The elements after {@code heading} under its parent up to the next heading of its level or higher:
     * the list it opens.
     */
    static List<Element> list(Element heading) {
        List<Element> out = new ArrayList<>();
        char level = heading.normalName().charAt(1);
        for (Element s = heading.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            String tag = s.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= level) {
                break;
            }
            out.add(s);
        }
        return out;
    }
}
